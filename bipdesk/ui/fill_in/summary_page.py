"""The summary before saving: every answer beside the previous measurement."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import Card, is_right_to_left, localized
from bipdesk.core.measurements import Measurement
from bipdesk.language import language_name
from bipdesk.ui.fill_in.colours import button_style, error_colour, muted_colour
from bipdesk.ui.fill_in.coordinator_section import CoordinatorSection
from bipdesk.ui.fill_in.state import FillInState
from bipdesk.ui.fill_in.texts import ERROR_COLOUR
from bipdesk.ui.formatting import change_text as formatted_change
from bipdesk.ui.formatting import format_day

QUESTION, ANSWER, PREVIOUS, CHANGE, SECOND = range(5)
"""SECOND: the question's label in the participant's language, only when one is chosen."""


def change_text(now: int | None, before: int | None) -> str:
    """'▲ +2', '▼ −1', '= 0' as everywhere else in the app; empty when either is missing."""
    if now is None or before is None:
        return ""
    return formatted_change(now - before, 0)


class SummaryPage(QWidget):
    """The table of answers, the overall note and Back / Save."""

    question_clicked = Signal(int)
    note_edited = Signal(str)

    def __init__(self, card: Card, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card = card
        self._language = language
        self._second_language: str | None = None

        self.title_label = QLabel(self.tr("Summary"))
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.help_label = QLabel(
            self.tr("Check the answers together. Click a row to change that answer.")
        )
        self.help_label.setWordWrap(True)
        self.unanswered_label = QLabel()
        """Names the questions nobody has answered yet (never reached or passed by)."""
        self.unanswered_label.setWordWrap(True)
        self.unanswered_label.setStyleSheet(f"color: {error_colour()}; font-weight: bold;")
        self.unanswered_label.hide()

        self.table = QTableWidget(len(card.questions), 4)
        self.table.setAccessibleName(self.tr("Answers, this time and the previous time"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.verticalHeader().setVisible(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (ANSWER, PREVIOUS, CHANGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table_font = QFont(self.font())
        table_font.setPointSizeF(table_font.pointSizeF() * 1.25)
        self.table.setFont(table_font)
        self.table.cellClicked.connect(lambda row, _column: self.question_clicked.emit(row))
        self.table.activated.connect(lambda index: self.question_clicked.emit(index.row()))

        self.previous_label = QLabel()
        self.previous_label.setStyleSheet(f"color: {muted_colour()};")
        self.previous_label.setWordWrap(True)

        note_label = QLabel(self.tr("&Note on the whole measurement (optional):"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note on the whole measurement"))
        self.note_edit.setTabChangesFocus(True)
        self.fit_note()
        self.note_edit.textChanged.connect(
            lambda: self.note_edited.emit(self.note_edit.toPlainText())
        )
        note_label.setBuddy(self.note_edit)

        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {error_colour()};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the last question"))
        self.back_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("&Save measurement"))
        self.save_button.setAccessibleName(self.tr("Save measurement"))
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(40)
        save_font = QFont(self.font())
        save_font.setPointSizeF(save_font.pointSizeF() * 1.2)
        save_font.setBold(True)
        self.save_button.setFont(save_font)
        self.back_button.setFont(save_font)
        self.back_button.setMinimumHeight(40)
        for button in (self.back_button, self.save_button):
            button.setStyleSheet(button_style())
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        # All but the buttons scrolls: at 200 % text on a low screen nothing is cut off.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.help_label)
        layout.addWidget(self.unanswered_label)
        layout.addWidget(self.table)
        layout.addWidget(self.previous_label)
        layout.addSpacing(8)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        self.coordinator_section = CoordinatorSection(self.table)
        layout.addSpacing(8)
        layout.addWidget(self.coordinator_section)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 8)
        page.addWidget(self.scroll_area, 1)
        page.addLayout(buttons)

        self.setTabOrder(self.table, self.note_edit)
        self.setTabOrder(self.note_edit, self.coordinator_section.talked_through_box)
        self.setTabOrder(
            self.coordinator_section.talked_through_box, self.coordinator_section.view_button
        )
        self.setTabOrder(self.coordinator_section.view_button, self.back_button)
        self.setTabOrder(self.back_button, self.save_button)

    def set_second_language(self, language: str | None) -> None:
        """Add a column with each question in `language` (None: no such column); it
        shows at the next show_summary."""
        self._second_language = language if language != self._language else None

    def fit_note(self) -> None:
        """Three lines of the note in its font (after the text size changed)."""
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 16)

    def show_summary(self, state: FillInState, previous: Measurement | None) -> None:
        if previous is None:
            previous_header = self.tr("Previous")
            self.previous_label.setText(self.tr("There is no earlier measurement to compare with."))
        else:
            previous_header = self.tr("Previous\n{date}").format(date=format_day(previous.date))
            self.previous_label.setText(
                self.tr("Compared with the measurement of {date}.").format(
                    date=format_day(previous.date)
                )
            )
        second = self._second_language
        headers = [self.tr("Question"), self.tr("This time"), previous_header, self.tr("Change")]
        if second is not None:
            headers.append(language_name(second))
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        if second is not None:
            self.table.horizontalHeader().setSectionResizeMode(
                SECOND, QHeaderView.ResizeMode.Stretch
            )
        edge = (
            Qt.AlignmentFlag.AlignRight
            if second is not None and is_right_to_left(second)
            else Qt.AlignmentFlag.AlignLeft
        )
        no_answer = self.tr("No answer")
        not_answered = self.tr("Not answered yet")
        unanswered: list[int] = []
        for row, question in enumerate(self._card.questions):
            now = state.answer(question.id)
            reached = state.is_reached(question.id)
            if not reached:
                unanswered.append(row + 1)
            before = previous.answer(question.id) if previous is not None else None
            label = QTableWidgetItem(localized(question.label, self._language))
            label.setToolTip(localized(question.text, self._language))
            note = state.question_notes.get(question.id)
            if note:
                label.setText(
                    self.tr("{label} (note: {note})").format(label=label.text(), note=note)
                )
            cells = [
                label,
                self._value_item(now, no_answer)
                if reached
                else self._unanswered_item(not_answered),
                self._value_item(before, "—" if previous is None else no_answer),
                QTableWidgetItem(change_text(now, before)),
            ]
            if second is not None:
                translated = QTableWidgetItem(question.label.get(second, ""))
                translated.setToolTip(question.text.get(second, ""))
                translated.setTextAlignment(
                    edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
                )
                cells.append(translated)
            cells[CHANGE].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        if self.note_edit.toPlainText() != state.note:
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(state.note)
            self.note_edit.blockSignals(False)
        self.coordinator_section.show_state(state)
        self._show_unanswered(unanswered)
        self.show_problems([])

    def _show_unanswered(self, numbers: list[int]) -> None:
        if len(numbers) == 1:
            text = self.tr(
                "Not answered yet: question {numbers}. Click the row to answer it; "
                "if you save now, it is saved without an answer."
            )
        else:
            text = self.tr(
                "Not answered yet: questions {numbers}. Click a row to answer it; "
                "if you save now, they are saved without an answer."
            )
        self.unanswered_label.setText(text.format(numbers=", ".join(str(n) for n in numbers)))
        self.unanswered_label.setVisible(bool(numbers))

    def unanswered_rows(self) -> list[int]:
        """The rows marked as not answered yet (for tests)."""
        text = self.tr("Not answered yet")
        return [r for r in range(self.table.rowCount()) if self.row_texts(r)[ANSWER] == text]

    def _unanswered_item(self, text: str) -> QTableWidgetItem:
        """A question nobody has answered stands out, unlike a chosen 'No answer'."""
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.table.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QColor(ERROR_COLOUR))
        item.setBackground(QColor("#fde7e9"))
        return item

    def show_problems(self, messages: list[str]) -> None:
        self.error_label.setText("\n".join(messages))
        self.error_label.setVisible(bool(messages))

    def row_texts(self, row: int) -> list[str]:
        """What a row shows, column by column (for tests and screen readers)."""
        items = (self.table.item(row, c) for c in range(self.table.columnCount()))
        return [item.text() if item is not None else "" for item in items]

    def _value_item(self, value: int | None, missing: str) -> QTableWidgetItem:
        item = QTableWidgetItem(missing if value is None else str(value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if value is None:
            font = QFont(self.table.font())
            font.setItalic(True)
            item.setFont(font)
            item.setForeground(Qt.GlobalColor.darkGray)
        return item
