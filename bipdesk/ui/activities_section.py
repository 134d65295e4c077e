"""The Activities section of the participant page: the list, its buttons and the timeline.

What the participant takes part in — work training, courses, health and
social support — one row per activity, with Add, Edit, End and Remove; under
it the timeline of the activities per BIP area since the start, with the
measurement dates, so coordinator and participant see what ran in parallel.
Every change is written in one transaction and announced like the page's own
changes (`Change.PARTICIPANTS`: an activity belongs to the participant).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.activities import Activity
from bipdesk.core.participants import Participant
from bipdesk.core.validation import Problem, ValidationError
from bipdesk.storage import DatabaseError
from bipdesk.ui.activity_dialog import ActivityDialog, EndActivityDialog
from bipdesk.ui.activity_labels import activity_type_labels, area_labels, branch_name, format_hours
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.formatting import format_day
from bipdesk.ui.language import said_in_app
from bipdesk.ui.read_only import disable_writing
from bipdesk.ui.storage_messages import storage_message
from bipdesk.ui.timeline_widget import TimelineWidget

MUTED_COLOUR = "#616161"
_ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 7
MAX_ROWS = 8
"""Rows shown without scrolling."""


class ActivitiesSection(QWidget):
    """One participant's activities; `show_participant` says whose."""

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._participant: Participant | None = None
        self._activities: list[Activity] = []
        self._measurement_dates: tuple[date, ...] = ()
        self.setAccessibleName(self.tr("Activities"))

        self.add_button = QPushButton(self.tr("Add activity…"))
        self.add_button.setAccessibleName(self.tr("Add activity"))
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit activity"))
        self.edit_button.clicked.connect(self.edit_activity)
        self.end_button = QPushButton(self.tr("End…"))
        self.end_button.setAccessibleName(self.tr("End activity"))
        self.end_button.setToolTip(self.tr("Set the end date of an ongoing activity"))
        self.end_button.clicked.connect(self.end_activity)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove activity"))
        self.remove_button.clicked.connect(self.remove_activity)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.end_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setAccessibleName(self.tr("Activities of the participant"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Activity"),
                self.tr("Area"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Hours"),
                self.tr("Place"),
                self.tr("Branch"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.edit_activity())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.remove_activity)

        self.empty_label = QLabel(
            self.tr(
                "No activities yet. Press Add activity to record what the participant takes "
                "part in: work training, courses, health or social support."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"color: {MUTED_COLOUR};")

        self.timeline_label = QLabel(self.tr("Activities per area since the start"))
        bold = QFont(self.timeline_label.font())
        bold.setBold(True)
        self.timeline_label.setFont(bold)
        self.timeline = TimelineWidget()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addSpacing(8)
        layout.addWidget(self.timeline_label)
        layout.addWidget(self.timeline)
        layout.addStretch(1)
        self._show()

    # -- loading ----------------------------------------------------------------

    @property
    def activities(self) -> list[Activity]:
        """The participant's activities as shown, oldest first."""
        return list(self._activities)

    def show_participant(
        self, participant: Participant | None, measurement_dates: Sequence[date] = ()
    ) -> None:
        """Show `participant`'s activities (None: a new participant, nothing to show)."""
        self._participant = participant
        self._measurement_dates = tuple(measurement_dates)
        self._activities = []
        if participant is not None:
            try:
                with self._context.database.transaction(write=False) as repository:
                    self._activities = repository.activities(participant.code)
            except DatabaseError as error:
                self.status_message.emit(storage_message(error))
        self._show()

    def _show(self) -> None:
        selected = self.selected_activity()
        types, areas = activity_type_labels(), area_labels()
        self.table.setRowCount(len(self._activities))
        ongoing_text = self.tr("Ongoing")
        for row, activity in enumerate(self._activities):
            cells = [
                types[activity.activity],
                areas[activity.area],
                format_day(activity.start_date),
                format_day(activity.end_date) if activity.end_date else ongoing_text,
                format_hours(activity.hours),
                activity.place or "",
                branch_name(activity.branch) if activity.branch else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID_ROLE, activity.id)
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 3 and activity.end_date is None:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        if selected is not None:
            self.select_activity(selected.id)
        self._fit_table()
        has_rows = bool(self._activities)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows and self._participant is not None)
        self._show_timeline()
        self._update_actions()

    def _fit_table(self) -> None:
        """As high as its rows (up to MAX_ROWS; more scroll), so the timeline stays close."""
        rows = min(self.table.rowCount(), MAX_ROWS)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(rows))
        if self.table.rowCount() > MAX_ROWS:
            height += self.table.rowHeight(0) // 2  # a half row shows there is more
        self.table.setFixedHeight(height + 2)

    def _show_timeline(self) -> None:
        participant = self._participant
        has_rows = bool(self._activities) and participant is not None
        self.timeline_label.setVisible(has_rows)
        self.timeline.setVisible(has_rows)
        if participant is None or not self._activities:
            self.timeline.show_timeline([], None, None, [], self._context.today())
            return
        self.timeline.show_timeline(
            self._activities,
            participant.start_date,
            participant.end_date,
            self._measurement_dates,
            self._context.today(),
        )

    def selected_activity(self) -> Activity | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        wanted = item.data(_ID_ROLE) if item is not None else None
        return next((a for a in self._activities if a.id == wanted), None)

    def select_activity(self, activity_id: int | None) -> None:
        for row, activity in enumerate(self._activities):
            if activity.id == activity_id:
                self.table.selectRow(row)
                return

    def _update_actions(self) -> None:
        selected = self.selected_activity()
        self.add_button.setEnabled(self._participant is not None)
        self.edit_button.setEnabled(selected is not None)
        self.remove_button.setEnabled(selected is not None)
        self.end_button.setEnabled(selected is not None and selected.end_date is None)
        disable_writing(
            self._context.database,
            self.add_button,
            self.edit_button,
            self.end_button,
            self.remove_button,
        )

    # -- actions ----------------------------------------------------------------

    def add_activity(self) -> bool:
        """Ask for a new activity and save it; True when saved."""
        participant = self._participant
        if participant is None or self._context.database.read_only:
            return False
        dialog = ActivityDialog(
            participant.code,
            self._context.today(),
            self,
            participant_start=participant.start_date,
        )
        return self._run(dialog, self.tr("The activity was added."))

    def edit_activity(self) -> bool:
        """Edit the selected activity; True when saved."""
        activity = self.selected_activity()
        participant = self._participant
        if activity is None or participant is None or self._context.database.read_only:
            return False
        dialog = ActivityDialog(
            participant.code,
            self._context.today(),
            self,
            existing=activity,
            participant_start=participant.start_date,
        )
        return self._run(dialog, self.tr("The activity was saved."))

    def _run(self, dialog: ActivityDialog, done: str) -> bool:
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                message = self.write(dialog.activity())
                if message is None:
                    self.status_message.emit(done)
                    return True
                if message == "":  # told in a message box; the dialog closes
                    return False
                dialog.show_problem(message)
            return False
        finally:
            dialog.deleteLater()

    def end_activity(self) -> bool:
        """Set the end date of the selected ongoing activity (today unless changed)."""
        activity = self.selected_activity()
        if activity is None or activity.end_date is not None or self._context.database.read_only:
            return False
        name = activity_type_labels()[activity.activity]
        dialog = EndActivityDialog(name, activity.start_date, self._context.today(), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            end = dialog.end_date
        finally:
            dialog.deleteLater()
        message = self.write(replace(activity, end_date=end))
        if message:
            QMessageBox.warning(self, self.tr("The activity was not changed"), message)
        if message is None:
            self.status_message.emit(
                self.tr("{activity} ended {date}.").format(activity=name, date=format_day(end))
            )
        return message is None

    def remove_activity(self) -> bool:
        """Remove the selected activity after asking; True when removed."""
        activity = self.selected_activity()
        if activity is None or activity.id is None or self._context.database.read_only:
            return False
        name = activity_type_labels()[activity.activity]
        answer = QMessageBox.question(
            self,
            self.tr("Remove activity"),
            self.tr("Remove {activity}, started {date}? It is removed for good.").format(
                activity=name, date=format_day(activity.start_date)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self._context.database.transaction() as repository:
                repository.delete_activity(activity.id)
        except DatabaseError as error:
            QMessageBox.warning(
                self, self.tr("The activity was not removed"), storage_message(error)
            )
            return False
        self.status_message.emit(self.tr("{activity} was removed.").format(activity=name))
        self._context.announce(Change.PARTICIPANTS)
        return True

    def write(self, activity: Activity) -> str | None:
        """Add (no id) or update `activity`: None when saved; the problem in words when
        storage refused the values; '' when a message box has told what went wrong."""
        try:
            with self._context.database.transaction() as repository:
                if activity.id is None:
                    saved = repository.add_activity(activity)
                else:
                    saved = repository.update_activity(activity)
        except ValidationError as error:
            return "\n".join(self._problem_text(p, activity) for p in error.problems)
        except DatabaseError as error:
            QMessageBox.warning(self, self.tr("The activity was not saved"), storage_message(error))
            return ""
        self._context.announce(Change.PARTICIPANTS)
        self.select_activity(saved.id)
        return None

    def _problem_text(self, problem: Problem, activity: Activity) -> str:
        if problem.code == "activity_taken":
            return self.tr(
                "The participant already has {activity} starting {date}; change the date "
                "or edit that activity."
            ).format(
                activity=activity_type_labels()[activity.activity],
                date=format_day(activity.start_date),
            )
        return said_in_app(problem.sentence)
