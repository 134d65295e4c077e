"""The coordinator's part of the summary: "talked through together" and their own view.

A quiet strip under the participant's answers, headed as the coordinator's,
so that the participant never reads it as a second set of answers: one
check box, one button that opens `CoordinatorViewDialog` on the question of
the selected row, and one line saying where the coordinator's view differs.
The view lives in `FillInState.coordinator_view` and is saved with the
measurement, in the same transaction; it is not part of the draft.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.coordinator_view import CoordinatorView, talking_points
from bipdesk.core.measurements import Measurement
from bipdesk.storage import DatabaseError
from bipdesk.storage.repository import Repository
from bipdesk.ui.context import AppContext
from bipdesk.ui.coordinator_view_dialog import CoordinatorViewDialog
from bipdesk.ui.fill_in.colours import button_style, muted_colour
from bipdesk.ui.fill_in.state import FillInState
from bipdesk.ui.fill_in.texts import ui_language


def load_coordinator_view(context: AppContext, measurement_id: int | None) -> CoordinatorView:
    """The saved view of the measurement being edited (empty for a new one, or when
    it cannot be read: the coordinator notes it again)."""
    if measurement_id is None:
        return CoordinatorView()
    try:
        with context.database.transaction(write=False) as repository:
            return repository.coordinator_view(measurement_id)
    except DatabaseError:
        return CoordinatorView()


def save_coordinator_view(repository: Repository, saved: Measurement, state: FillInState) -> None:
    """Keep the state's view beside the measurement just saved (same transaction)."""
    assert saved.id is not None
    repository.save_coordinator_view(saved.id, state.coordinator_view)


class CoordinatorSection(QFrame):
    """'For the coordinator': talked through together, and the coordinator's view."""

    changed = Signal()

    def __init__(self, table: QTableWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._state: FillInState | None = None
        self.setObjectName("coordinator_section")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("For the coordinator"))

        heading = QLabel(self.tr("For the coordinator:"))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        heading.setStyleSheet(f"color: {muted_colour()};")
        self.talked_through_box = QCheckBox(self.tr("&Talked through together"))
        self.talked_through_box.setToolTip(
            self.tr("You and the participant went through the answers together.")
        )
        self.talked_through_box.setAccessibleName(self.tr("Talked through together"))
        self.talked_through_box.toggled.connect(self._talked_through)
        self.view_button = QPushButton(self.tr("&Coordinator's view…"))
        self.view_button.setStyleSheet(button_style())
        self.view_button.setAutoDefault(False)
        self.view_button.setAccessibleName(self.tr("Coordinator's view"))
        self.view_button.setToolTip(
            self.tr(
                "Note your own value and why, where you see a question differently. "
                "The participant's answer stays the measurement."
            )
        )
        self.view_button.clicked.connect(lambda: self.open_view())
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet(f"color: {muted_colour()};")
        self.summary_label.hide()

        # One row, and the differences under it only when there are any: the
        # summary must still fit a laptop screen at 200 % (about 540 points high).
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addSpacing(12)
        row.addWidget(self.talked_through_box)
        row.addStretch(1)
        row.addWidget(self.view_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.summary_label)

    def show_state(self, state: FillInState) -> None:
        self._state = state
        self.talked_through_box.blockSignals(True)
        self.talked_through_box.setChecked(state.coordinator_view.talked_through)
        self.talked_through_box.blockSignals(False)
        self._show_summary()

    def open_view(self, question_id: str | None = None) -> CoordinatorViewDialog | None:
        """Open the dialog (on the selected row's question unless one is named); the
        view is taken over when it is closed with OK. Returns the open dialog."""
        state = self._state
        if state is None:
            return None
        if question_id is None:
            row = self._table.currentRow()
            ids = state.card.question_ids
            question_id = ids[row] if 0 <= row < len(ids) else None
        dialog = CoordinatorViewDialog(
            state.card, state.to_measurement(), state.coordinator_view, self.window(), question_id
        )
        dialog.finished.connect(lambda result: self._dialog_closed(dialog, result))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: CoordinatorViewDialog, result: int) -> None:
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or self._state is None:
            return
        view = dialog.view()
        if view != self._state.coordinator_view:
            self._state.coordinator_view = view
            self.show_state(self._state)
            self.changed.emit()

    def _talked_through(self, checked: bool) -> None:
        if self._state is None:
            return
        self._state.coordinator_view = self._state.coordinator_view.with_talked_through(checked)
        self.changed.emit()

    def _show_summary(self) -> None:
        state = self._state
        if state is None:
            return
        points = talking_points(
            state.to_measurement(), state.coordinator_view, state.card, ui_language()
        )
        self.summary_label.setVisible(bool(points))
        if not points:
            self.summary_label.clear()
            return
        listed = ", ".join(
            self.tr("{question} {value} (participant {answer})").format(
                question=point.label,
                value=point.coordinator_value,
                answer="–" if point.answer is None else point.answer,
            )
            for point in points
        )
        self.summary_label.setText(
            self.tr("Where you see it differently: {list}").format(list=listed)
        )
