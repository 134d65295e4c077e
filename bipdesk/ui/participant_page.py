"""One participant: background form, next due date, measurement history and actions.

The page reads and writes only through `Database.transaction()` and the core's
rules (validation, scheduling, progression); it holds plain dataclasses, never
a session. Space on the right (`chart_area`) is kept for the spider chart.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.exits import ExitForm
from bipdesk.core.measurements import Measurement, chronological
from bipdesk.core.participants import (
    ExitReason,
    Participant,
    Sex,
)
from bipdesk.core.progression import compare
from bipdesk.core.scheduling import DueState, due_status
from bipdesk.core.validation import (
    EARLIEST_BIRTH_YEAR,
    MAX_CODE_LENGTH,
    Problem,
    ValidationError,
    latest_birth_year,
    validate_participant,
)
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.storage import DatabaseError
from bipdesk.ui.activities_section import ActivitiesSection
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.contrast import accent_button_style, readable_colour
from bipdesk.ui.date_edits import date_format
from bipdesk.ui.date_edits import pydate as _pydate
from bipdesk.ui.date_edits import qdate as _qdate
from bipdesk.ui.exit_dialog import ExitDialog as EndParticipationDialog  # its former name here
from bipdesk.ui.exit_dialog import end_ongoing_activities, record_exit
from bipdesk.ui.exit_labels import exit_reason_labels
from bipdesk.ui.formatting import change_text, format_day, format_number
from bipdesk.ui.history_section import HistorySection
from bipdesk.ui.language import said_in_app
from bipdesk.ui.page_room import keep_rows_visible, scrolling
from bipdesk.ui.progression_summary import ProgressionSummary
from bipdesk.ui.read_only import disable_writing
from bipdesk.ui.storage_messages import storage_message

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#a15c00"
GOOD_COLOUR = "#2e7d32"
MUTED_COLOUR = "#616161"
NO_DATE = QDate(1900, 1, 1)
"""The minimum of the start-date editor; shown as 'Not set' and read as None."""


def signed_number(value: float) -> str:
    """'▲ +0.8', '▼ −0.8' or '= 0.0', as in the change table and on the sheet."""
    return change_text(value, 1)


def sex_labels() -> dict[Sex, str]:
    return {
        Sex.WOMEN: QCoreApplication.translate("ParticipantPage", "Woman"),
        Sex.MEN: QCoreApplication.translate("ParticipantPage", "Man"),
        Sex.OTHER: QCoreApplication.translate("ParticipantPage", "Other"),
        Sex.UNKNOWN: QCoreApplication.translate("ParticipantPage", "Not stated"),
    }


# -- measurement history ---------------------------------------------------------


@dataclass(frozen=True)
class HistoryRow:
    measurement: Measurement
    mean: float | None
    change: Fraction | None
    """Against the previous measurement of the same card; None for the first or not comparable."""
    previous: Measurement | None
    compared: int
    """How many questions were answered in both."""


def history_rows(measurements: list[Measurement]) -> list[HistoryRow]:
    """Newest first; each row compared with the previous measurement of its card id."""
    rows: list[HistoryRow] = []
    last_of_card: dict[str, Measurement] = {}
    for measurement in chronological(measurements):
        previous = last_of_card.get(measurement.card.id)
        change: Fraction | None = None
        compared = 0
        if previous is not None:
            result = compare(previous, measurement)
            change, compared = result.change, len(result.compared_questions)
        rows.append(HistoryRow(measurement, measurement.mean(), change, previous, compared))
        last_of_card[measurement.card.id] = measurement
    rows.reverse()
    return rows


class HistoryModel(QAbstractTableModel):
    """Measurements of one participant as plain rows: date, card, mean, change."""

    DATE, CARD, MEAN, CHANGE, NOTE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_measurements(self, measurements: list[Measurement]) -> None:
        self.beginResetModel()
        self._rows = history_rows(measurements)
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("Card"),
            self.tr("Mean score"),
            self.tr("Change"),
            self.tr("Note"),
        )[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return (
                row.measurement.date,
                str(row.measurement.card),
                row.mean,
                None if row.change is None else float(row.change),
                row.measurement.note,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MEAN, self.CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHANGE and row.change:
            return QBrush(QColor(readable_colour(GOOD_COLOUR if row.change > 0 else ERROR_COLOUR)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row: HistoryRow, column: int) -> str:
        if column == self.DATE:
            return format_day(row.measurement.date)
        if column == self.CARD:
            return str(row.measurement.card)
        if column == self.MEAN:
            return "—" if row.mean is None else format_number(row.mean, 1)
        if column == self.NOTE:
            return " ".join((row.measurement.note or "").split())
        if row.previous is None or row.change is None:
            return "—"
        return signed_number(float(row.change))

    def _tooltip(self, row: HistoryRow, column: int) -> str | None:
        if column == self.NOTE:
            return row.measurement.note or None
        if column == self.MEAN:
            answered = len(row.measurement.answered)
            return self.tr("Mean of the {count} answered questions.").format(count=answered)
        if column != self.CHANGE:
            return None
        if row.previous is None:
            return self.tr("The first measurement with this card.")
        if row.change is None:
            return self.tr(
                "No question was answered both here and in the measurement of {date}."
            ).format(date=format_day(row.previous.date))
        return self.tr(
            "Compared with the measurement of {date}, over the {count} questions answered in both."
        ).format(date=format_day(row.previous.date), count=row.compared)


# -- the page ----------------------------------------------------------------------


class _Field(QWidget):
    """An editor with a small red message right under it."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {readable_colour(ERROR_COLOUR)};")
        small = self.error.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.error.setFont(small)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)

    def show_problem(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        self.editor.setAccessibleDescription(message or "")


class ParticipantPage(QWidget):
    """Background, next due date and measurement history of one participant."""

    measurement_requested = Signal(str)
    participant_saved = Signal(str)
    closed = Signal()
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stored: Participant | None = None
        self._measurements: list[Measurement] = []
        self._other_codes: set[str] = set()
        self._loading = True  # no validation while the widgets are being built
        self._baseline: tuple[object, ...] = ()
        self._problems: list[Problem] = []
        self.setAccessibleName(self.tr("Participant"))

        self._build_header()
        self._build_form()
        self._build_history()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.form_box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(left.minimumSizeHint().width() + 24)

        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(scroll)
        self.body.addWidget(self.right_panel)
        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(self.header_layout)
        layout.addWidget(self.body, 1)

        self._set_tab_order()
        self._loading = False
        context.changed.connect(self._on_changed)
        self.show_participant(None)

    # -- building -------------------------------------------------------------

    def _build_header(self) -> None:
        self.back_button = QPushButton(self.tr("← All participants"))
        self.back_button.setAccessibleName(self.tr("Back to all participants"))
        self.back_button.setToolTip(self.tr("Back to the list of participants"))
        self.back_button.clicked.connect(self.closed)
        self.title_label = QLabel()
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.header_layout = QHBoxLayout()
        self.header_layout.addWidget(self.back_button)
        self.header_layout.addSpacing(12)
        self.header_layout.addWidget(self.title_label)
        self.header_layout.addSpacing(12)
        self.header_layout.addWidget(self.state_label)
        self.header_layout.addStretch(1)

    def _line(self, accessible: str, placeholder: str = "") -> QLineEdit:
        editor = QLineEdit()
        editor.setAccessibleName(accessible)
        editor.setPlaceholderText(placeholder)
        editor.setClearButtonEnabled(True)
        editor.textEdited.connect(self._on_edited)
        editor.returnPressed.connect(self._save_on_enter)
        return editor

    def _build_form(self) -> None:
        self.code_edit = self._line(self.tr("Participant code"), self.tr("e.g. P-0042"))
        self.code_edit.setMaxLength(MAX_CODE_LENGTH + 10)
        self.code_edit.setClearButtonEnabled(False)
        self.name_edit = self._line(self.tr("Name"), self.tr("Optional"))
        self.sex_combo = QComboBox()
        self.sex_combo.setAccessibleName(self.tr("Sex"))
        for sex, label in sex_labels().items():
            self.sex_combo.addItem(label, sex)
        self.sex_combo.currentIndexChanged.connect(self._on_edited)
        self.birth_year_edit = self._line(self.tr("Birth year"), self.tr("Unknown"))
        self.birth_year_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.birth_year_edit)
        )
        self.birth_year_edit.setClearButtonEnabled(False)
        self.referrer_edit = self._line(self.tr("Referrer"), self.tr("e.g. Arbetsförmedlingen"))
        self.municipality_edit = self._line(self.tr("Municipality"))
        self.unit_edit = self._line(self.tr("Unit"))
        self.coordinator_edit = self._line(self.tr("Coordinator"))
        self.start_edit = QDateEdit()
        self.start_edit.setAccessibleName(self.tr("Start date"))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(date_format())
        self.start_edit.setMinimumDate(NO_DATE)
        self.start_edit.setSpecialValueText(self.tr("Not set"))
        self.start_edit.dateChanged.connect(self._on_edited)
        self.end_label = QLabel()
        self.end_label.setAccessibleName(self.tr("End date"))
        self.exit_label = QLabel()
        self.exit_label.setAccessibleName(self.tr("Exit reason"))
        self.exit_label.setWordWrap(True)

        self.fields: dict[str, _Field] = {
            "code": _Field(self.code_edit),
            "name": _Field(self.name_edit),
            "sex": _Field(self.sex_combo),
            "birth_year": _Field(self.birth_year_edit),
            "referrer": _Field(self.referrer_edit),
            "municipality": _Field(self.municipality_edit),
            "unit": _Field(self.unit_edit),
            "coordinator": _Field(self.coordinator_edit),
            "start_date": _Field(self.start_edit),
            "end_date": _Field(self.end_label),
            "exit_reason": _Field(self.exit_label),
        }
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        labels = {
            "code": self.tr("&Code:"),
            "name": self.tr("&Name:"),
            "sex": self.tr("&Sex:"),
            "birth_year": self.tr("&Birth year:"),
            "referrer": self.tr("&Referrer:"),
            "municipality": self.tr("&Municipality:"),
            "unit": self.tr("&Unit:"),
            "coordinator": self.tr("C&oordinator:"),
            "start_date": self.tr("S&tart date:"),
            "end_date": self.tr("End date:"),
            "exit_reason": self.tr("Exit reason:"),
        }
        for name, label in labels.items():
            self.form.addRow(label, self.fields[name])

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save participant"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.setAccessibleName(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self._discard)
        self.end_button = QPushButton(self.tr("Record exit…"))
        self.end_button.setAccessibleName(self.tr("Record exit"))
        self.end_button.clicked.connect(self.end_participation)
        self.reopen_button = QPushButton(self.tr("Reopen participation…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen participation"))
        self.reopen_button.clicked.connect(self.reopen_participation)

        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.discard_button)
        save_row.addStretch(1)
        participation_row = QHBoxLayout()
        participation_row.addWidget(self.end_button)
        participation_row.addWidget(self.reopen_button)
        self.survey_button = QPushButton(self.tr("Exit survey…"))
        self.survey_button.setToolTip(self.tr("The participant answers the exit survey"))
        self.survey_button.clicked.connect(lambda: self.open_exit_survey())
        participation_row.addWidget(self.survey_button)
        participation_row.addStretch(1)
        self.extract_button = QPushButton(self.tr("Extract all data…"))
        self.extract_button.setAccessibleName(self.tr("Extract all data about the participant"))
        self.extract_button.setToolTip(
            self.tr("Save everything stored about the participant as JSON and PDF (GDPR).")
        )
        self.extract_button.clicked.connect(self.extract_data)
        self.erase_button = QPushButton(self.tr("Erase participant…"))
        self.erase_button.setAccessibleName(self.tr("Erase participant"))
        self.erase_button.setToolTip(
            self.tr("Remove the participant and everything stored about them, for good.")
        )
        self.erase_button.clicked.connect(self.erase_participant)
        privacy_row = QHBoxLayout()
        privacy_row.addWidget(self.extract_button)
        privacy_row.addWidget(self.erase_button)
        privacy_row.addStretch(1)

        self.form_box = QGroupBox(self.tr("Background"))
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(self.form)
        box_layout.addLayout(save_row)
        box_layout.addSpacing(8)
        box_layout.addLayout(participation_row)
        box_layout.addLayout(privacy_row)

    def _build_history(self) -> None:
        self.due_label = QLabel()
        self.due_label.setAccessibleName(self.tr("Next measurement due"))
        self.due_label.setWordWrap(True)
        due_font = self.due_label.font()
        due_font.setPointSizeF(due_font.pointSizeF() * 1.35)
        due_font.setBold(True)
        self.due_label.setFont(due_font)

        self.new_button = QPushButton(self.tr("New measurement"))
        self.new_button.setAccessibleName(self.tr("New measurement"))
        self.new_button.setToolTip(self.tr("Fill in the card together with the participant"))
        big = self.new_button.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.new_button.setFont(big)
        self.new_button.setStyleSheet(accent_button_style())
        self.new_button.clicked.connect(self._request_measurement)

        due_row = QHBoxLayout()
        due_row.addWidget(self.due_label, 1)
        due_row.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.history_model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setAccessibleName(self.tr("Measurement history"))
        self.history_view.setModel(self.history_model)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.verticalHeader().hide()
        self.history_view.setTabKeyNavigation(False)
        self.history_view.setWordWrap(False)
        self.history_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.history_view.doubleClicked.connect(lambda _index: self.edit_measurement())
        self.history_view.selectionModel().selectionChanged.connect(self._update_actions)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.history_view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_measurement)
        self.empty_history_label = QLabel()
        self.empty_history_label.setWordWrap(True)
        self.empty_history_label.setAlignment(
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        )
        self.empty_history_label.setStyleSheet(f"color: {readable_colour(MUTED_COLOUR)};")

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit measurement"))
        self.edit_button.clicked.connect(self.edit_measurement)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete measurement"))
        self.delete_button.clicked.connect(self.delete_measurement)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.edit_button)
        history_buttons.addWidget(self.delete_button)
        from bipdesk.ui.conversation_buttons import ConversationButtons

        self.conversation = ConversationButtons(
            self._context, self, lambda: self.code, self.selected_measurement
        )
        self.conversation.status_message.connect(self.status_message)
        history_buttons.addWidget(self.conversation.view_button)
        history_buttons.addStretch(1)

        self.history_box = QGroupBox(self.tr("Measurements"))
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history_view, 1)
        history_layout.addWidget(self.empty_history_label, 1)
        history_layout.addLayout(history_buttons)

        self.chart_area = QWidget()
        self.chart_area.setAccessibleName(self.tr("Comparison of measurements"))
        self.chart_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        chart_layout = QVBoxLayout(self.chart_area)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_box = ProgressionSummary()
        from bipdesk.ui.spider_widget import SpiderPanel  # matplotlib: only when a page opens

        self.spider_panel = SpiderPanel(self._context)
        self.print_button = QPushButton(self.tr("Print follow-up sheet…"))
        self.print_button.setAccessibleName(self.tr("Print follow-up sheet"))
        self.print_button.clicked.connect(self.print_sheet)
        self.save_pdf_button = QPushButton(self.tr("Save sheet as PDF…"))
        self.save_pdf_button.setAccessibleName(self.tr("Save follow-up sheet as PDF"))
        self.save_pdf_button.clicked.connect(self.save_sheet_as_pdf)
        sheet_buttons = QHBoxLayout()
        sheet_buttons.addWidget(self.print_button)
        sheet_buttons.addWidget(self.save_pdf_button)
        sheet_buttons.addStretch(1)
        sheet_buttons.addWidget(self.conversation.copy_button)
        sheet_buttons.addWidget(self.conversation.show_button)
        chart_layout.addWidget(self.spider_panel, 1)
        chart_layout.addLayout(sheet_buttons)
        chart_layout.addWidget(self.summary_box)

        # History above, comparison below: the chart needs the page's full width.
        self.history_split = QSplitter(Qt.Orientation.Vertical)
        self.history_split.setChildrenCollapsible(False)
        self.history_split.addWidget(self.history_box)
        keep_rows_visible(self.history_view)  # five measurements; the chart scrolls
        self.history_split.addWidget(scrolling(self.chart_area))
        self.history_split.setStretchFactor(0, 1)
        self.history_split.setStretchFactor(1, 3)

        self.right_panel = QWidget()
        right = QVBoxLayout(self.right_panel)
        right.setContentsMargins(8, 0, 0, 0)
        right.addLayout(due_row)
        self.activities_section = ActivitiesSection(self._context)
        self.activities_section.status_message.connect(self.status_message)
        self.right_tabs = QTabWidget()
        self.right_tabs.addTab(self.history_split, self.tr("Measurements"))
        self.right_tabs.addTab(self.activities_section, self.tr("Activities"))
        self.history_section = HistorySection(self._context)
        self.right_tabs.addTab(self.history_section, self.tr("Edit history"))
        right.addWidget(self.right_tabs, 1)
        right.addStretch(0)  # keeps the hint at the top while there is no history

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.back_button,
            self.code_edit,
            self.name_edit,
            self.sex_combo,
            self.birth_year_edit,
            self.referrer_edit,
            self.municipality_edit,
            self.unit_edit,
            self.coordinator_edit,
            self.start_edit,
            self.save_button,
            self.discard_button,
            self.end_button,
            self.reopen_button,
            self.extract_button,
            self.erase_button,
            self.new_button,
            self.history_view,
            self.edit_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- loading --------------------------------------------------------------

    @property
    def code(self) -> str | None:
        """The code of the participant shown (as stored), None for a new one."""
        return None if self._stored is None else self._stored.code

    @property
    def participant(self) -> Participant | None:
        return self._stored

    def show_participant(self, code: str | None) -> None:
        """Show a stored participant, or an empty form for a new one (None)."""
        stored = None
        measurements: list[Measurement] = []
        with self._context.database.transaction(write=False) as repository:
            codes = repository.participant_codes()
            if code is not None:
                stored = repository.participant(code)
                if stored is not None:
                    measurements = repository.measurements(stored.code)
        if code is not None and stored is None:
            self.status_message.emit(
                self.tr("The participant {code} no longer exists.").format(code=code)
            )
        self._stored = stored
        self._measurements = measurements
        self._other_codes = codes - ({stored.code} if stored else set())
        self._fill_form(stored)
        self._show_history()
        self._show_chart()
        self._apply_name_visibility()
        if stored is None:
            self.code_edit.setFocus()
        else:
            self.new_button.setFocus()  # the usual next step; Enter or Space starts it

    def refresh(self) -> None:
        """Read the participant again; edits in progress in the form are kept."""
        if self._stored is None:
            with self._context.database.transaction(write=False) as repository:
                self._other_codes = repository.participant_codes()
            self._validate()
            return
        dirty = self.is_dirty()
        assert self._stored.id is not None
        with self._context.database.transaction(write=False) as repository:
            found = [p for p in [repository.participant(self._stored.code)] if p is not None]
            if not found:  # renamed elsewhere: find it by its id
                found = [p for p in repository.participants() if p.id == self._stored.id]
            codes = repository.participant_codes()
            measurements = repository.measurements(found[0].code) if found else []
        if not found:
            self.show_participant(None)
            return
        self._stored = found[0]
        self._measurements = measurements
        self._other_codes = codes - {self._stored.code}
        if dirty:
            self._show_participation(self._stored)
            self._validate()
        else:
            self._fill_form(self._stored)
        self._show_history()
        self._show_chart()
        self._apply_name_visibility()

    def _on_changed(self, what: str) -> None:
        if what == Change.SETTINGS:
            self._apply_name_visibility()
            self._show_history()
        else:
            self.refresh()

    def _fill_form(self, participant: Participant | None) -> None:
        self._loading = True
        try:
            p = participant or Participant(
                code="",
                unit=self._context.unit_name or None,
                start_date=self._context.today(),
            )
            self.code_edit.setText(p.code)
            self.name_edit.setText(p.name or "")
            self.sex_combo.setCurrentIndex(self.sex_combo.findData(p.sex))
            self.birth_year_edit.setText("" if p.birth_year is None else str(p.birth_year))
            self.referrer_edit.setText(p.referrer or "")
            self.municipality_edit.setText(p.municipality or "")
            self.unit_edit.setText(p.unit or "")
            self.coordinator_edit.setText(p.coordinator or "")
            self.start_edit.setDate(_qdate(p.start_date) if p.start_date else NO_DATE)
            self._show_participation(participant)
        finally:
            self._loading = False
        self._baseline = self._form_values()
        self._validate()

    def _show_participation(self, participant: Participant | None) -> None:
        ended = participant is not None and participant.end_date is not None
        if participant is None:
            self.title_label.setText(self.tr("New participant"))
            self.state_label.setText("")
        else:
            self.title_label.setText(self._title(participant))
            if ended:
                assert participant.end_date is not None
                self.state_label.setText(
                    self.tr("Ended {date}").format(date=format_day(participant.end_date))
                )
                self.state_label.setStyleSheet(
                    f"color: {readable_colour(MUTED_COLOUR)}; font-weight: bold;"
                )
            else:
                self.state_label.setText(self.tr("Active"))
                self.state_label.setStyleSheet(
                    f"color: {readable_colour(GOOD_COLOUR)}; font-weight: bold;"
                )
        end = participant.end_date if participant else None
        reason = participant.exit_reason if participant else None
        self.end_label.setText(format_day(end) if end else self.tr("Still taking part"))
        self.exit_label.setText(exit_reason_labels()[reason] if reason else "—")
        self.form.setRowVisible(self.fields["exit_reason"], ended)
        self.form.setRowVisible(self.fields["end_date"], participant is not None)
        self.end_button.setVisible(participant is not None and not ended)
        self.reopen_button.setVisible(ended)
        self.survey_button.setVisible(ended)
        self.extract_button.setVisible(participant is not None)
        self.erase_button.setVisible(participant is not None)
        self.save_button.setText(
            self.tr("Add participant") if participant is None else self.tr("Save")
        )

    def _title(self, participant: Participant) -> str:
        if self._context.show_names and participant.name:
            return self.tr("{code} · {name}").format(code=participant.code, name=participant.name)
        return participant.code

    def _apply_name_visibility(self) -> None:
        show = self._context.show_names
        self.form.setRowVisible(self.fields["name"], show)
        if self._stored is not None:
            self.title_label.setText(self._title(self._stored))

    # -- the form -------------------------------------------------------------

    def _form_values(self) -> tuple[object, ...]:
        return (
            self.code_edit.text(),
            self.name_edit.text(),
            self.sex_combo.currentData(),
            self.birth_year_edit.text(),
            self.referrer_edit.text(),
            self.municipality_edit.text(),
            self.unit_edit.text(),
            self.coordinator_edit.text(),
            self.start_edit.date(),
        )

    def is_dirty(self) -> bool:
        """True when the form differs from what was last loaded or saved."""
        return self._form_values() != self._baseline

    def form_participant(self) -> Participant:
        """The participant as the form describes it (birth year text not yet checked)."""
        stored = self._stored
        year = self.birth_year_edit.text().strip()
        start = self.start_edit.date()

        def text(editor: QLineEdit) -> str | None:
            return editor.text().strip() or None

        return Participant(
            code=self.code_edit.text().strip(),
            name=text(self.name_edit),
            sex=Sex(self.sex_combo.currentData()),
            birth_year=int(year) if len(year) == 4 else None,
            referrer=text(self.referrer_edit),
            municipality=text(self.municipality_edit),
            unit=text(self.unit_edit),
            coordinator=text(self.coordinator_edit),
            start_date=None if start == NO_DATE else _pydate(start),
            end_date=stored.end_date if stored else None,
            exit_reason=stored.exit_reason if stored else None,
            employment=stored.employment if stored else None,
            working_time=stored.working_time if stored else None,
            subsidised=stored.subsidised if stored else None,
            exit_branch=stored.exit_branch if stored else None,
            id=stored.id if stored else None,
        )

    def problems(self) -> list[Problem]:
        """What stops the form from being saved, from the core's rules."""
        participant = self.form_participant()
        problems = validate_participant(participant, self._context.today(), self._other_codes)
        year = self.birth_year_edit.text().strip()
        if year and len(year) != 4:
            problems.append(
                Problem(
                    "birth_year",
                    "birth_year_digits",
                    QT_TRANSLATE_NOOP("validation", "the birth year has four digits"),
                )
            )
        return problems

    def _message(self, problem: Problem) -> str:
        today = self._context.today()
        messages = {
            "code_empty": self.tr("Enter a code for the participant."),
            "code_too_long": self.tr("The code can be at most {count} characters long.").format(
                count=MAX_CODE_LENGTH
            ),
            "code_taken": self.tr("Another participant already has the code {code}.").format(
                code=self.code_edit.text().strip()
            ),
            "birth_year_range": self.tr(
                "The birth year must be between {first} and {last}."
            ).format(first=EARLIEST_BIRTH_YEAR, last=latest_birth_year(today)),
            "birth_year_digits": self.tr(
                "Write the birth year with four digits, or leave it empty when it is not known."
            ),
            "end_before_start": self.tr("The start date is after the end of the participation."),
            "exit_reason_missing": self.tr("An ended participation needs an exit reason."),
            "end_date_missing": self.tr("An exit reason needs an end date."),
        }
        return messages.get(problem.code) or said_in_app(problem.sentence)

    def _on_edited(self) -> None:
        if not self._loading:
            self._validate()

    def _validate(self) -> None:
        self._problems = self.problems()
        by_field: dict[str, list[str]] = {}
        for problem in self._problems:
            field = "start_date" if problem.code == "end_before_start" else problem.field
            if field not in self.fields:
                field = "code"
            by_field.setdefault(field, []).append(self._message(problem))
        for name, field_widget in self.fields.items():
            field_widget.show_problem("\n".join(by_field.get(name, [])) or None)
        dirty = self.is_dirty()
        self.save_button.setEnabled(not self._problems and (dirty or self._stored is None))
        self.discard_button.setEnabled(dirty)
        self._update_actions()

    def _save_on_enter(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def _discard(self) -> None:
        self._fill_form(self._stored)

    def save(self) -> bool:
        """Add or update the participant; True when it was saved."""
        self._validate()
        if self._problems:
            return False
        participant = self.form_participant()
        try:
            with self._context.database.transaction() as repository:
                if participant.id is None:
                    saved = repository.add_participant(participant)
                else:
                    saved = repository.update_participant(participant)
        except ValidationError as error:
            self._problems = error.problems
            for problem in error.problems:
                field = self.fields.get(problem.field, self.fields["code"])
                field.show_problem(self._message(problem))
            self.save_button.setEnabled(False)
            return False
        except DatabaseError as error:
            QMessageBox.warning(
                self, self.tr("The participant was not saved"), storage_message(error)
            )
            return False
        self._stored = saved
        self._fill_form(saved)
        self.status_message.emit(self.tr("Participant {code} saved.").format(code=saved.code))
        self.participant_saved.emit(saved.code)
        self._context.announce(Change.PARTICIPANTS)
        return True

    # -- history --------------------------------------------------------------

    def _show_history(self) -> None:
        self.history_model.set_measurements(self._measurements)
        has_rows = bool(self._measurements)
        self.history_view.setVisible(has_rows)
        self.empty_history_label.setVisible(not has_rows)
        # The tabs, not the Measurements page itself: showing a page of a tab widget
        # paints it over whichever tab is current.
        self.right_tabs.setVisible(self._stored is not None)
        self.new_button.setVisible(self._stored is not None)
        self.empty_history_label.setText(
            self.tr("No measurements yet. Press New measurement to fill in the first card.")
        )
        self._show_due()
        self._show_summary()
        self._update_actions()

    def _show_due(self) -> None:
        stored = self._stored
        if stored is None:
            self.due_label.setText(
                self.tr(
                    "Fill in the background and press Add participant; "
                    "then the first measurement can be made."
                )
            )
            self.due_label.setStyleSheet(f"color: {readable_colour(MUTED_COLOUR)};")
            return
        latest = max((m.date for m in self._measurements), default=None)
        today = self._context.today()
        status = due_status(stored, latest, today, self._context.interval_months)
        colour = ""
        if status.state is DueState.ENDED:
            assert stored.end_date is not None
            text = self.tr("Participation ended {date}; no more measurements are due.").format(
                date=format_day(stored.end_date)
            )
            colour = MUTED_COLOUR
        elif status.state is DueState.NEVER_MEASURED:
            text = self.tr("No measurement yet: the first one is due now.")
            colour = WARNING_COLOUR
        else:
            assert status.due_date is not None
            day = format_day(status.due_date)
            if status.state is DueState.OVERDUE:
                text = self.tr("Next measurement due: {date} — overdue").format(date=day)
                colour = ERROR_COLOUR
            elif status.state is DueState.DUE_SOON:
                text = self.tr("Next measurement due: {date} — soon").format(date=day)
                colour = WARNING_COLOUR
            else:
                text = self.tr("Next measurement due: {date}").format(date=day)
        self.due_label.setText(text)
        self.due_label.setStyleSheet(f"color: {readable_colour(colour)};" if colour else "")

    def _show_chart(self) -> None:
        self.activities_section.show_participant(self._stored, [m.date for m in self._measurements])
        self.history_section.show_participant(self.code)
        has_measurements = self._stored is not None and bool(self._measurements)
        conversation = (self.conversation.show_button, self.conversation.copy_button)
        for widget in (self.spider_panel, self.print_button, self.save_pdf_button, *conversation):
            widget.setVisible(has_measurements)
        if self._stored is not None and has_measurements:
            self.spider_panel.show_participant(self._stored.code)

    def print_sheet(self) -> bool:
        """File → Print…: the follow-up sheet of the measurements ticked in the chart."""
        from bipdesk.ui.printing import print_sheet

        sheet = self.spider_panel.current_sheet()
        return sheet is not None and print_sheet(self, sheet)

    def save_sheet_as_pdf(self) -> None:
        from bipdesk.ui.printing import save_sheet_as_pdf

        sheet = self.spider_panel.current_sheet()
        if sheet is not None and (path := save_sheet_as_pdf(self, sheet)) is not None:
            self.status_message.emit(
                self.tr("Saved the follow-up sheet as {path}").format(path=path)
            )

    def _show_summary(self) -> None:
        self.summary_box.show_measurements(self._measurements)

    def selected_measurement(self) -> Measurement | None:
        rows = self.history_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.history_model.row_at(rows[0].row()).measurement

    def select_measurement(self, row: int) -> None:
        self.history_view.selectRow(row)

    def _update_actions(self) -> None:
        stored = self._stored is not None
        selected = self.selected_measurement() is not None
        self.new_button.setEnabled(stored and not self.is_dirty())
        self.new_button.setToolTip(
            self.tr("Save the changes to the background first.")
            if stored and self.is_dirty()
            else self.tr("Fill in the card together with the participant")
        )
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.conversation.view_button.setEnabled(selected)
        self.end_button.setEnabled(stored)
        disable_writing(
            self._context.database,
            self.save_button,
            self.discard_button,
            self.end_button,
            self.reopen_button,
            self.survey_button,
            self.erase_button,
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.conversation.view_button,
            *self.fields.values(),
        )

    # -- actions --------------------------------------------------------------

    def _request_measurement(self) -> None:
        if self._stored is not None:
            self.measurement_requested.emit(self._stored.code)

    def edit_measurement(self) -> None:
        measurement = self.selected_measurement()
        if measurement is None or self._stored is None or self._context.database.read_only:
            return
        from bipdesk.ui.fill_in import FillInDialog  # written beside this page

        dialog = FillInDialog(self._context, self._stored.code, self, measurement_id=measurement.id)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def delete_measurement(self) -> None:
        measurement = self.selected_measurement()
        if measurement is None or measurement.id is None or self._context.database.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete measurement"),
            self.tr(
                "Delete the measurement of {date}? Its answers and notes are removed for good."
            ).format(date=format_day(measurement.date)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._context.database.transaction() as repository:
                repository.delete_measurement(measurement.id)
        except DatabaseError as error:
            QMessageBox.warning(
                self, self.tr("The measurement was not deleted"), storage_message(error)
            )
            return
        self.status_message.emit(
            self.tr("The measurement of {date} was deleted.").format(
                date=format_day(measurement.date)
            )
        )
        self._context.announce(Change.MEASUREMENTS)

    def end_participation(self) -> None:
        stored = self._stored
        if stored is None:
            return
        with self._context.database.transaction(write=False) as repository:
            answered = repository.survey_response(stored.code) is not None
            today, activities = self._context.today(), repository.activities(stored.code)
        ongoing = sum(a.end_date is None and a.start_date <= today for a in activities)
        dialog = EndParticipationDialog(
            stored.start_date, today, self, survey_answered=answered, ongoing=ongoing
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.exit_reason is None:
            return
        form, end_activities = dialog.exit_form, dialog.end_ongoing
        if self.write_end(dialog.end_date, dialog.exit_reason, form, end_activities) and (
            dialog.survey_now
        ):
            self.open_exit_survey()

    def open_exit_survey(self) -> None:
        """The participant answers the exit survey (window-modal, the page goes on)."""
        from bipdesk.ui.exit_survey_dialog import ExitSurveyDialog

        if self._stored is not None and not self._context.database.read_only:
            dialog = ExitSurveyDialog(self._context, self._stored.code, self)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

    def write_end(
        self,
        end: date | None,
        reason: ExitReason | None,
        form: ExitForm | None = None,
        end_activities: bool = False,
    ) -> bool:
        """Store the end of the participation and the job left for (None, None reopens it);
        `end_activities`: the activities still going on end on the same day."""
        stored = self._stored
        if stored is None:
            return False
        try:
            with self._context.database.transaction() as repository:
                current = repository.participant(stored.code) or stored
                saved = record_exit(repository, current, end, reason, form or ExitForm())
                if end is not None and end_activities:
                    end_ongoing_activities(repository, saved.code, end)
        except (ValidationError, DatabaseError) as error:
            problems = getattr(error, "problems", None)
            if problems:
                text = "\n".join(self._message(p) for p in problems)
            else:
                text = storage_message(error)
            QMessageBox.warning(self, self.tr("The participation was not changed"), text)
            return False
        self._stored = saved
        if end is None:
            message = self.tr("The participation of {code} was reopened.")
        else:
            message = self.tr("The participation of {code} was ended.")
        self.status_message.emit(message.format(code=saved.code))
        self.participant_saved.emit(saved.code)
        self._context.announce(Change.PARTICIPANTS)
        return True

    def erase_participant(self) -> bool:
        """Erase the participant shown after the code is typed again; True when erased."""
        from bipdesk.ui.privacy_dialogs import (
            EraseParticipantDialog,
            backups_note,
            erase_with_message,
        )

        stored = self._stored
        if stored is None:
            return False
        dialog = EraseParticipantDialog(stored.code, backups_note(self._context), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        if erase_with_message(self, self._context, [stored.code]) is None:
            return False
        self._stored = None
        self.status_message.emit(self.tr("Participant {code} was erased.").format(code=stored.code))
        self.closed.emit()
        return True

    def extract_data(self) -> None:
        """Save everything stored about the participant as JSON and PDF (subject access)."""
        from bipdesk.ui.fill_in import ui_language
        from bipdesk.ui.privacy_dialogs import ask_extract_path, write_extract

        stored = self._stored
        if stored is None:
            return
        path = ask_extract_path(self, self._context, stored.code)
        if path is None:
            return
        try:
            pdf = write_extract(self._context, stored.code, path, ui_language())
        except (DatabaseError, OSError) as error:
            QMessageBox.warning(self, self.tr("The data was not saved"), storage_message(error))
            return
        self.status_message.emit(
            self.tr("Saved everything stored about {code} as {json} and {pdf}.").format(
                code=stored.code, json=path.name, pdf=pdf.name
            )
        )

    def reopen_participation(self) -> None:
        stored = self._stored
        if stored is None or stored.end_date is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reopen participation"),
            self.tr(
                "Reopen the participation of {code}? The end date and the exit reason are cleared."
            ).format(code=stored.code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.write_end(None, None)
