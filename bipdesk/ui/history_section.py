"""The Edit history section of the participant page: every recorded change, newest first.

When, who (the name in Settings, else the computer's login), from where (the
app, the command line or an imported file) and what changed, before → after,
in the app's language: questions by their label on the card, dates and times
through babel. A participant's name stays hidden here too while Settings hide
names. The page calls `show_participant` whenever it reloads, so the list
follows every save, import and removal.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from babel.dates import format_date, format_time
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import CardKey, CardLibrary, localized
from bipdesk.core.history import (
    IMPORT_PREFIX,
    SOURCE_APP,
    SOURCE_COMMAND_LINE,
    Change,
    Edit,
    Kind,
    Subject,
    Words,
    what_changed,
)
from bipdesk.core.participants import Sex
from bipdesk.ui.activity_labels import branch_name
from bipdesk.ui.context import AppContext
from bipdesk.ui.context import Change as Announced
from bipdesk.ui.exit_labels import (
    employment_labels,
    exit_reason_labels,
    subsidised_labels,
    working_time_labels,
)
from bipdesk.ui.formatting import format_day
from bipdesk.ui.language import current_language

MUTED_COLOUR = "#616161"
COLUMNS = 4


def source_text(source: str) -> str:
    """Where a change came from, in words: 'the app', 'import of visits.csv'."""
    if source == SOURCE_APP:
        return QCoreApplication.translate("HistorySection", "the app")
    if source == SOURCE_COMMAND_LINE:
        return QCoreApplication.translate("HistorySection", "the command line")
    if source.startswith(IMPORT_PREFIX):
        return QCoreApplication.translate("HistorySection", "import of {file}").format(
            file=source[len(IMPORT_PREFIX) :]
        )
    return source


def field_names() -> dict[str, str]:
    """A participant's fields as the page names them."""
    return {
        "code": QCoreApplication.translate("HistorySection", "Code"),
        "name": QCoreApplication.translate("HistorySection", "Name"),
        "sex": QCoreApplication.translate("HistorySection", "Sex"),
        "birth_year": QCoreApplication.translate("HistorySection", "Birth year"),
        "referrer": QCoreApplication.translate("HistorySection", "Referrer"),
        "municipality": QCoreApplication.translate("HistorySection", "Municipality"),
        "unit": QCoreApplication.translate("HistorySection", "Unit"),
        "coordinator": QCoreApplication.translate("HistorySection", "Coordinator"),
        "start_date": QCoreApplication.translate("HistorySection", "Start date"),
        "end_date": QCoreApplication.translate("HistorySection", "End date"),
        "exit_reason": QCoreApplication.translate("HistorySection", "Exit reason"),
        "employment": QCoreApplication.translate("HistorySection", "Employment"),
        "working_time": QCoreApplication.translate("HistorySection", "Working time"),
        "subsidised": QCoreApplication.translate("HistorySection", "Subsidised employment"),
        "exit_branch": QCoreApplication.translate("HistorySection", "Branch"),
    }


def _sex_labels() -> dict[str, str]:
    # The participant page's words (same translation context).
    return {
        Sex.WOMEN: QCoreApplication.translate("ParticipantPage", "Woman"),
        Sex.MEN: QCoreApplication.translate("ParticipantPage", "Man"),
        Sex.OTHER: QCoreApplication.translate("ParticipantPage", "Other"),
        Sex.UNKNOWN: QCoreApplication.translate("ParticipantPage", "Not stated"),
    }


def field_value(name: str, value: str, show_names: bool = True) -> str:
    """A participant's field's stored value in the app's words."""
    if name == "name" and not show_names:
        return QCoreApplication.translate("HistorySection", "(hidden)")
    known: dict[str, str] = {}
    if name == "sex":
        known = _sex_labels()
    elif name == "exit_reason":
        known = {reason.value: text for reason, text in exit_reason_labels().items()}
    elif name == "employment":
        known = {kind.value: text for kind, text in employment_labels().items()}
    elif name == "working_time":
        known = {kind.value: text for kind, text in working_time_labels().items()}
    elif name == "subsidised":
        known = {"yes" if key else "no": text for key, text in subsidised_labels().items()}
    elif name == "exit_branch" and len(value) == 1:
        try:
            return branch_name(value)
        except KeyError:
            return value
    return known.get(value, value)


def history_words(
    cards: CardLibrary, card: CardKey | None = None, show_names: bool = True
) -> Words:
    """The words of a change in the app's language; questions by their label on `card`."""
    language = current_language()
    found = None if card is None else cards.get(card.id, card.version)

    def question(question_id: str) -> str:
        if found is None or not found.has_question(question_id):
            return question_id
        return localized(found.question(question_id).label, language)

    names = field_names()
    return Words(
        participant_added=QCoreApplication.translate("HistorySection", "participant added"),
        measurement_added=QCoreApplication.translate("HistorySection", "measurement added"),
        measurement_removed=QCoreApplication.translate("HistorySection", "measurement removed"),
        not_answered=QCoreApplication.translate("HistorySection", "not answered"),
        empty=QCoreApplication.translate("HistorySection", "empty"),
        note_word=QCoreApplication.translate("HistorySection", "note"),
        question_note=QCoreApplication.translate("HistorySection", "note on {question}"),
        date_word=QCoreApplication.translate("HistorySection", "date"),
        card_word=QCoreApplication.translate("HistorySection", "card"),
        talked_through=QCoreApplication.translate("HistorySection", "talked through together"),
        yes=QCoreApplication.translate("HistorySection", "yes"),
        no=QCoreApplication.translate("HistorySection", "no"),
        coordinator_view=QCoreApplication.translate(
            "HistorySection", "coordinator's view of {question}"
        ),
        question=question,
        participant_field=lambda name: names.get(name, name),
        participant_value=lambda name, value: field_value(name, value, show_names),
        day=format_day,
    )


def change_text(change: Change, cards: CardLibrary, show_names: bool = True) -> str:
    """'Measurement 5 Sep 2021: Job search 9 → 1', 'Start date 1 Jun 2021 → 1 May 2021'."""
    words = history_words(cards, change.card, show_names)
    if change.subject is Subject.MEASUREMENT and change.measurement_date is not None:
        if change.kind in (Kind.ADDED, Kind.REMOVED):
            words = replace(
                words,
                measurement_added=QCoreApplication.translate("HistorySection", "added"),
                measurement_removed=QCoreApplication.translate("HistorySection", "removed"),
            )
        day = format_day(change.measurement_date)
        return QCoreApplication.translate("HistorySection", "Measurement {day}: {change}").format(
            day=day, change=what_changed(change, words)
        )
    text = what_changed(change, words)
    return text[:1].upper() + text[1:]


def format_moment(moment: datetime) -> str:
    """'5 dec. 2026 14:03' / 'Dec 5, 2026 2:03 PM' in this computer's time zone."""
    local, language = moment.astimezone(), current_language()
    day = format_date(local, "medium", locale=language)
    text = f"{day} {format_time(local, 'short', locale=language)}"
    return text.replace("\u202f", " ")


class HistorySection(QWidget):
    """One participant's edit history; `show_participant` says whose."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._code: str | None = None
        self._edits: list[Edit] = []
        self.setAccessibleName(self.tr("Edit history"))

        self.intro_label = QLabel(
            self.tr(
                "Every change to the participant's details and measurements: when, by whom, "
                "from where and what changed. Newest first."
            )
        )
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(f"color: {MUTED_COLOUR};")

        self.table = QTableWidget(0, COLUMNS)
        self.table.setAccessibleName(self.tr("Changes to the participant's record"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("From"), self.tr("What changed")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())

        self.empty_label = QLabel(
            self.tr(
                "No changes are recorded yet. From now on every change to the participant's "
                "details and measurements is listed here, with who made it and when."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"color: {MUTED_COLOUR};")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        context.changed.connect(self._on_changed)
        self._show()

    @property
    def edits(self) -> list[Edit]:
        return list(self._edits)

    def show_participant(self, code: str | None) -> None:
        """Read the history of `code` (None: a participant not saved yet)."""
        self._code = code
        self._edits = []
        if code is not None:
            with self._context.database.transaction(write=False) as repository:
                self._edits = repository.history(code)
        self._show()

    def _on_changed(self, what: str) -> None:
        if what == Announced.SETTINGS:  # names shown or hidden
            self._show()

    def _show(self) -> None:
        cards, show_names = self._context.database.cards, self._context.show_names
        table = self.table
        table.setRowCount(len(self._edits))
        for row, edit in enumerate(self._edits):
            values = [
                format_moment(edit.when),
                edit.by,
                source_text(edit.source),
                change_text(edit, cards, show_names),
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        has_rows = bool(self._edits)
        table.setVisible(has_rows)
        self.intro_label.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows and self._code is not None)
