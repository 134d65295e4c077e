"""The start page: who is overdue, due soon or never measured; one click starts the fill-in.

On a database without participants it shows a welcome panel instead, with
the three ways to begin: add a participant, import a file, open demo data,
and a link to the user guide.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.overview import ParticipantOverview
from bipdesk.core.scheduling import DUE_SOON_DAYS, DueEntry, DueLists, due_lists
from bipdesk.storage.errors import DatabaseError
from bipdesk.ui.context import AppContext
from bipdesk.ui.formatting import format_day
from bipdesk.ui.read_only import disable_writing
from bipdesk.ui.storage_messages import warn_storage_error

ROWS_PER_SECTION = 25
"""Rows shown per section; the rest are one click away in the participant list."""


def _scaled_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _big_button(text: str, accessible_name: str, parent: QWidget | None = None) -> QPushButton:
    """A button sized from the font, so it grows with the text at 200 % scaling."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible_name)
    button.setFont(_scaled_font(button, 1.15))
    height = button.fontMetrics().height()
    button.setMinimumHeight(int(height * 2.2))
    button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 3 * height)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class DueRow(QFrame):
    """One participant in a due section: code, name, when due, Open, Start measurement."""

    def __init__(self, entry: DueEntry, text: str, show_name: bool, parent: QWidget) -> None:
        super().__init__(parent)
        code = entry.participant.code
        self.code = code
        self.setObjectName("due_row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.code_label = QLabel(code, self)
        self.code_label.setFont(_scaled_font(self, 1.15))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        em = self.code_label.fontMetrics().horizontalAdvance("M")
        # Fixed minimum widths line the "when" texts up from row to row.
        self.code_label.setMinimumWidth(em * 5)
        layout.addWidget(self.code_label)
        if show_name:
            self.name_label: QLabel | None = QLabel(entry.participant.name or "", self)
            self.name_label.setFont(_scaled_font(self, 1.15, bold=False))
            self.name_label.setMinimumWidth(em * 11)
            layout.addWidget(self.name_label)
        else:
            self.name_label = None
        layout.addSpacing(16)
        self.when_label = QLabel(text, self)
        self.when_label.setWordWrap(True)
        self.when_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.when_label, 1)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open participant {code}").format(code=code))
        self.open_button.setToolTip(self.tr("Show the participant's page."))
        self.start_button = _big_button(
            self.tr("Start measurement"),
            self.tr("Start measurement for {code}").format(code=code),
            self,
        )
        self.start_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.open_button.setMinimumHeight(self.start_button.minimumHeight())
        layout.addWidget(self.open_button)
        layout.addWidget(self.start_button)


class DueSection(QWidget):
    """A heading with its count, up to ROWS_PER_SECTION rows, and 'show all' for the rest."""

    def __init__(self, title: Callable[[int], str], empty_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._title = title
        self._empty_text = empty_text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setFont(_scaled_font(self, 1.3))
        layout.addWidget(self.heading)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        layout.addLayout(self._rows_box)
        self.rows: list[DueRow] = []
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setEnabled(False)
        layout.addWidget(self.empty_label)
        self.more_button = QPushButton(self)
        self.more_button.setFlat(True)
        self.more_button.setStyleSheet("text-align: left; text-decoration: underline;")
        self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more_button.hide()
        more_row = QHBoxLayout()
        more_row.addWidget(self.more_button)
        more_row.addStretch(1)
        layout.addLayout(more_row)

    def set_rows(self, rows: Sequence[DueRow], total: int, more_text: str) -> None:
        for row in self.rows:
            self._rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = list(rows)
        for row in self.rows:
            self._rows_box.addWidget(row)
        self.heading.setText(self._title(total))
        self.heading.setAccessibleName(self.heading.text())
        self.empty_label.setVisible(total == 0)
        self.more_button.setVisible(total > len(self.rows))
        self.more_button.setText(more_text)
        self.more_button.setAccessibleName(more_text)


class StartPage(QWidget):
    """What a coordinator sees first: who needs a measurement now."""

    measurement_requested = Signal(str)
    """A participant code: start the fill-in for them."""
    participant_requested = Signal(str)
    """A participant code: show their page."""
    add_participant_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()
    guide_requested = Signal()
    """The user guide (Help → User guide)."""
    list_requested = Signal(str)
    """A `DueFilter` value: show the participant list filtered to that section."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._dirty = False
        self.lists = DueLists()
        self.participant_count = 0
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self._build_due_page()
        self._build_empty_page()
        context.changed.connect(self._context_changed)
        self.refresh()

    # -- building ----------------------------------------------------------------

    def _build_due_page(self) -> None:
        scroll = QScrollArea(self._stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(18)
        self.title_label = QLabel(self.tr("Who is due for a measurement"), page)
        self.title_label.setFont(_scaled_font(page, 1.6))
        layout.addWidget(self.title_label)
        self.summary_label = QLabel(page)
        self.summary_label.setWordWrap(True)
        self.counts_label = QLabel(page)
        self.counts_label.setWordWrap(True)
        summary_box = QVBoxLayout()
        summary_box.setSpacing(2)
        summary_box.addWidget(self.summary_label)
        summary_box.addWidget(self.counts_label)
        layout.addLayout(summary_box)
        self.overdue_section = DueSection(
            lambda n: self.tr("Overdue ({count})").format(count=n),
            self.tr("Nobody is overdue."),
            page,
        )
        self.due_soon_section = DueSection(
            lambda n: self.tr("Due within {days} days ({count})").format(
                days=DUE_SOON_DAYS, count=n
            ),
            self.tr("Nobody is due in the next {days} days.").format(days=DUE_SOON_DAYS),
            page,
        )
        self.never_section = DueSection(
            lambda n: self.tr("Never measured ({count})").format(count=n),
            self.tr("Everyone has been measured at least once."),
            page,
        )
        self.overdue_section.more_button.clicked.connect(
            lambda: self.list_requested.emit("overdue")
        )
        self.due_soon_section.more_button.clicked.connect(
            lambda: self.list_requested.emit("due_soon")
        )
        self.never_section.more_button.clicked.connect(
            lambda: self.list_requested.emit("never_measured")
        )
        for section in self.sections():
            layout.addWidget(section)
        layout.addStretch(1)
        scroll.setWidget(page)
        self._due_page = scroll
        self._stack.addWidget(scroll)

    def _build_empty_page(self) -> None:
        page = QWidget(self._stack)
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        panel = QFrame(page)
        panel.setObjectName("welcome_panel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(panel.fontMetrics().horizontalAdvance("M") * 60)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        title = QLabel(self.tr("Welcome to BIP Desk"), panel)
        title.setFont(_scaled_font(panel, 1.6))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "There are no participants yet. Add the first one, import them from "
                "a spreadsheet, or look around with invented demo data."
            ),
            panel,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFont(_scaled_font(text, 1.1, bold=False))
        layout.addWidget(text)
        layout.addSpacing(8)
        style = self.style()
        self.add_button = _big_button(self.tr("Add participant"), self.tr("Add participant"), panel)
        self.add_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.import_button = _big_button(
            self.tr("Import from file…"), self.tr("Import from file"), panel
        )
        self.import_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.demo_button = _big_button(self.tr("Open demo data"), self.tr("Open demo data"), panel)
        self.demo_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DirIcon))
        self.add_button.clicked.connect(self.add_participant_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.add_button, self.import_button, self.demo_button):
            layout.addWidget(button)
        # The demo opens a database of its own: a read-only one here stays as it is.
        disable_writing(self.context.database, self.add_button, self.import_button)
        self.guide_link = QLabel(
            self.tr(
                '<a href="guide">New to BIP Desk? Read the user guide (F1), with pictures.</a>'
            ),
            panel,
        )
        self.guide_link.setAccessibleName(self.tr("Read the user guide"))
        self.guide_link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guide_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.guide_link.linkActivated.connect(lambda _link: self.guide_requested.emit())
        layout.addSpacing(4)
        layout.addWidget(self.guide_link)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._empty_page = page
        self._stack.addWidget(page)

    # -- state ---------------------------------------------------------------------

    def sections(self) -> tuple[DueSection, DueSection, DueSection]:
        return (self.overdue_section, self.due_soon_section, self.never_section)

    @property
    def is_empty_state(self) -> bool:
        return self._stack.currentWidget() is self._empty_page

    def _context_changed(self, what: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the database again and rebuild the sections; a refusal (the server
        away, the login's rights) is told, and the page keeps what it showed."""
        try:
            rows = self.context.participant_overview()
        except DatabaseError as error:
            warn_storage_error(self, self.tr("The start page could not be read"), error)
            return
        self.set_overview(rows)

    def set_overview(self, rows: Sequence[ParticipantOverview]) -> None:
        self._dirty = False
        self.participant_count = len(rows)
        if not rows:
            self.lists = DueLists()
            self._stack.setCurrentWidget(self._empty_page)
            return
        today = self.context.today()
        interval = self.context.interval_months
        self.lists = due_lists(
            ((row.participant, row.latest_measurement) for row in rows), today, interval
        )
        show_names = self.context.show_names
        if interval == 1:
            summary = self.tr(
                "Today is {today}. A measurement is due 1 month after the latest one."
            )
        else:
            summary = self.tr(
                "Today is {today}. A measurement is due {months} months after the latest one."
            )
        counts = self.tr(
            "Overdue: {overdue}. Due within {days} days: {soon}. Never measured: {never}."
        ).format(
            overdue=len(self.lists.overdue),
            days=DUE_SOON_DAYS,
            soon=len(self.lists.due_soon),
            never=len(self.lists.never_measured),
        )
        self.summary_label.setText(summary.format(today=format_day(today), months=interval))
        self.counts_label.setText(counts)
        self._fill(
            self.overdue_section,
            self.lists.overdue,
            show_names,
            self.tr("Show all {count} overdue participants in the list").format(
                count=len(self.lists.overdue)
            ),
        )
        self._fill(
            self.due_soon_section,
            self.lists.due_soon,
            show_names,
            self.tr("Show all {count} participants due soon in the list").format(
                count=len(self.lists.due_soon)
            ),
        )
        self._fill(
            self.never_section,
            self.lists.never_measured,
            show_names,
            self.tr("Show all {count} participants never measured in the list").format(
                count=len(self.lists.never_measured)
            ),
        )
        self._stack.setCurrentWidget(self._due_page)

    def _fill(
        self, section: DueSection, entries: list[DueEntry], show_names: bool, more_text: str
    ) -> None:
        today = self.context.today()
        rows: list[DueRow] = []
        for entry in entries[:ROWS_PER_SECTION]:
            row = DueRow(entry, self.due_text(entry, today), show_names, section)
            code = entry.participant.code
            row.start_button.clicked.connect(
                lambda _checked=False, code=code: self.measurement_requested.emit(code)
            )
            row.open_button.clicked.connect(
                lambda _checked=False, code=code: self.participant_requested.emit(code)
            )
            disable_writing(self.context.database, row.start_button)
            rows.append(row)
        section.set_rows(rows, len(entries), more_text)

    def due_text(self, entry: DueEntry, today: date) -> str:
        """'12 days overdue (due on …)', 'Due in 5 days, on …', 'Never measured; started …'."""
        due = entry.status.due_date
        if due is None:
            start = entry.participant.start_date
            if start is None:
                return self.tr("Never measured.")
            return self.tr("Never measured; started on {date}.").format(date=format_day(start))
        days = (due - today).days
        if days == -1:
            text = self.tr("1 day overdue (was due on {date}).")
        elif days < 0:
            text = self.tr("{days} days overdue (was due on {date}).")
        elif days == 0:
            text = self.tr("Due today.")
        elif days == 1:
            text = self.tr("Due tomorrow, on {date}.")
        else:
            text = self.tr("Due in {days} days, on {date}.")
        return text.format(days=abs(days), date=format_day(due))

    def start_buttons(self) -> list[QPushButton]:
        return [row.start_button for section in self.sections() for row in section.rows]
