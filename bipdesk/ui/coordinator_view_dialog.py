"""The coordinator's own view of a measurement: talked through together, and their
value and a short reason for each question they see differently.

Opened from the fill-in's summary (before saving) and from the participant
page for a saved measurement. The dialog says plainly that this is the
coordinator's view and that the participant's answers stay the measurement;
it refuses a value without a reason and a reason without a value, each with
one message naming the question, and drops a value equal to the
participant's answer (that is no different view).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import Card, localized
from bipdesk.core.coordinator_view import MAX_REASON_LENGTH, CoordinatorValue, CoordinatorView
from bipdesk.core.measurements import Measurement
from bipdesk.core.validation import ValidationError
from bipdesk.storage import DatabaseError
from bipdesk.storage.concurrency import ConcurrentChangeError
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.formatting import format_day
from bipdesk.ui.language import current_language, said_in_app
from bipdesk.ui.storage_messages import storage_message

QUESTION, ANSWER, VALUE, REASON = range(4)
MUTED_COLOUR = "#5f6368"
ERROR_COLOUR = "#b00020"


class CoordinatorViewDialog(QDialog):
    """Edits the coordinator's view of `measurement` (answers as they stand now)."""

    def __init__(
        self,
        card: Card,
        measurement: Measurement,
        view: CoordinatorView,
        parent: QWidget | None = None,
        question_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._card = card
        self._measurement = measurement
        self._language = current_language()
        self.setWindowTitle(
            self.tr("Coordinator's view — {date}").format(date=format_day(measurement.date))
        )
        self.setModal(True)

        intro = QLabel(
            self.tr(
                "Your own view as coordinator, noted beside the participant's answers. "
                "Choose a value only where you see it differently, and say why in a few "
                "words. The participant's answers stay the measurement: progression and "
                "reports use them alone."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.talked_through_box = QCheckBox(self.tr("&Talked through together"))
        self.talked_through_box.setAccessibleName(self.tr("Talked through together"))
        self.talked_through_box.setChecked(view.talked_through)

        self.table = QTableWidget(len(card.questions), 4)
        self.table.setAccessibleName(self.tr("The coordinator's value per question"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Participant"),
                self.tr("Your value"),
                self.tr("Why you see it differently"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.value_boxes: dict[str, QComboBox] = {}
        self.reason_edits: dict[str, QLineEdit] = {}
        for row, question in enumerate(card.questions):
            label = QTableWidgetItem(localized(question.label, self._language))
            label.setToolTip(localized(question.text, self._language))
            answer = measurement.answer(question.id)
            answer_item = QTableWidgetItem("–" if answer is None else str(answer))
            answer_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, QUESTION, label)
            self.table.setItem(row, ANSWER, answer_item)
            entry = view.values.get(question.id)
            self.table.setCellWidget(row, VALUE, self._value_box(question.id, entry, answer))
            self.table.setCellWidget(row, REASON, self._reason_edit(question.id, entry))
        self.table.resizeRowsToContents()
        self.table.setMinimumWidth(760)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.talked_through_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._start_at = question_id if question_id in self.value_boxes else None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._start_at is not None:  # after showing: a dialog gives its first child focus
            self.focus_question(self._start_at)
            self._start_at = None

    def _value_box(
        self, question_id: str, entry: CoordinatorValue | None, answer: int | None
    ) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Your value"))
        box.addItem(self.tr("— (same view)"), None)
        for step in self._card.scale.steps:
            text = str(step)
            if step == answer:
                text = self.tr("{value} (the participant's)").format(value=step)
            box.addItem(text, step)
        if entry is not None:
            box.setCurrentIndex(max(0, box.findData(entry.value)))
        box.currentIndexChanged.connect(lambda _index: self.error_label.hide())
        self.value_boxes[question_id] = box
        return box

    def _reason_edit(self, question_id: str, entry: CoordinatorValue | None) -> QLineEdit:
        edit = QLineEdit(entry.reason if entry is not None else "")
        edit.setMaxLength(MAX_REASON_LENGTH)
        edit.setAccessibleName(self.tr("Why you see it differently"))
        edit.textEdited.connect(lambda _text: self.error_label.hide())
        self.reason_edits[question_id] = edit
        return edit

    def focus_question(self, question_id: str) -> None:
        """Put the keyboard on that question's value (the row the coordinator came from)."""
        row = self._card.question_ids.index(question_id)
        item = self.table.item(row, QUESTION)
        if item is not None:
            self.table.scrollToItem(item)
        self.value_boxes[question_id].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_value(self, question_id: str, value: int | None, reason: str = "") -> None:
        """Choose a value and type a reason (for tests and scripted use)."""
        box = self.value_boxes[question_id]
        box.setCurrentIndex(max(0, box.findData(value)))
        self.reason_edits[question_id].setText(reason)

    def problems(self) -> list[str]:
        """What stops OK, one message per question."""
        messages: list[str] = []
        for question in self._card.questions:
            value = self.value_boxes[question.id].currentData()
            reason = self.reason_edits[question.id].text().strip()
            label = localized(question.label, self._language)
            if value is None and reason:
                messages.append(
                    self.tr("{question}: choose your value, or clear the reason.").format(
                        question=label
                    )
                )
            elif (
                value is not None and value != self._measurement.answer(question.id) and not reason
            ):
                messages.append(
                    self.tr("{question}: say in a few words why you see it differently.").format(
                        question=label
                    )
                )
        return messages

    def view(self) -> CoordinatorView:
        """The view as the dialog shows it (a value equal to the answer is left out)."""
        values: dict[str, CoordinatorValue] = {}
        for question in self._card.questions:
            value = self.value_boxes[question.id].currentData()
            reason = self.reason_edits[question.id].text().strip()
            if value is not None and value != self._measurement.answer(question.id) and reason:
                values[question.id] = CoordinatorValue(int(value), reason)
        return CoordinatorView(self.talked_through_box.isChecked(), values)

    def accept(self) -> None:
        messages = self.problems()
        if messages:
            self.error_label.setText("\n".join(messages))
            self.error_label.show()
            return
        super().accept()


def edit_coordinator_view(parent: QWidget, context: AppContext, measurement: Measurement) -> bool:
    """The participant page's 'Coordinator's view…' of a saved measurement: open the
    dialog, save what it says; True when saved."""
    if measurement.id is None:
        return False
    card = context.database.cards.get(measurement.card.id, measurement.card.version)
    title = QCoreApplication.translate("CoordinatorViewDialog", "Coordinator's view")
    if card is None:
        text = QCoreApplication.translate(
            "CoordinatorViewDialog",
            "The measurement was made with card {card}, which is not installed.",
        )
        QMessageBox.warning(parent, title, text.format(card=str(measurement.card)))
        return False
    try:
        with context.database.transaction(write=False) as repository:
            view = repository.coordinator_view(measurement.id)
    except DatabaseError as error:
        QMessageBox.warning(parent, title, storage_message(error))
        return False
    dialog = CoordinatorViewDialog(card, measurement, view, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            with context.database.transaction() as repository:
                if dialog.view() != view:  # a changed view is a save of the measurement
                    repository.claim_measurement(measurement)
                repository.save_coordinator_view(measurement.id, dialog.view())
        except ValidationError as error:
            text = QCoreApplication.translate(
                "CoordinatorViewDialog", "The coordinator's view was not saved: {reason}"
            )
            QMessageBox.warning(parent, title, text.format(reason=said_in_app(error)))
            return False
        except DatabaseError as error:
            if isinstance(error, ConcurrentChangeError):
                context.announce(Change.MEASUREMENTS)  # the page reads it again
            QMessageBox.warning(parent, title, storage_message(error))
            return False
    finally:
        dialog.deleteLater()
    context.announce(Change.MEASUREMENTS)
    return True
