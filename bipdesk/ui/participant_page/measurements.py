"""The measurements on the participant page: when the next one is due, the list of those
made, and starting, editing or deleting one.

New measurement is the page's main button: it is the usual next step, so it
stands beside the due date, large, and takes the focus when a page opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from bipdesk.core.measurements import Measurement
from bipdesk.core.scheduling import DueState, due_status
from bipdesk.storage import DatabaseError
from bipdesk.storage.concurrency import ConcurrentChangeError
from bipdesk.ui.context import Change
from bipdesk.ui.contrast import accent_button_style, readable_colour
from bipdesk.ui.formatting import format_day
from bipdesk.ui.participant_page.history_model import HistoryModel
from bipdesk.ui.participant_page.part import (
    ERROR_COLOUR,
    MUTED_COLOUR,
    WARNING_COLOUR,
    PagePart,
)
from bipdesk.ui.storage_messages import storage_message


class MeasurementList(PagePart):
    """The due line with New measurement, and the measurements with Edit and Delete."""

    def _build_measurements(self) -> QHBoxLayout:
        """The list in `self.history_box`; answers the row of the due date and New measurement."""
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
        return due_row

    # -- showing --------------------------------------------------------------

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

    def selected_measurement(self) -> Measurement | None:
        rows = self.history_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.history_model.row_at(rows[0].row()).measurement

    def select_measurement(self, row: int) -> None:
        self.history_view.selectRow(row)

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
                repository.delete_measurement(measurement.id, measurement.version)
        except DatabaseError as error:
            if isinstance(error, ConcurrentChangeError):
                self._context.announce(Change.MEASUREMENTS)  # every view reads it again
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
