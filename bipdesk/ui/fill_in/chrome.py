"""What surrounds the question: who and which card above, progress and buttons below."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bipdesk.ui.date_edits import qdate, show_dates_as_the_app
from bipdesk.ui.fill_in.answer_buttons import announce
from bipdesk.ui.fill_in.colours import button_style, error_colour, muted_colour
from bipdesk.ui.fill_in.texts import DRAFT_NOTE_STYLE


def _scaled(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font



class Header(QWidget):
    """The participant (code, and name when names are shown), the card, the date, the
    participant's language and the view controls; never anything about another participant."""

    def __init__(
        self,
        who: str,
        card_title: str,
        card_key: str,
        today: date,
        parent: QWidget | None = None,
        second_languages: Sequence[tuple[str, str]] = (),
    ) -> None:
        """`second_languages`: (code, name) of the card's other languages, offered as the
        participant's language beside the app's (the choice is hidden when there is none)."""
        super().__init__(parent)
        self.who_label = QLabel(who)
        self.who_label.setFont(_scaled(self, 1.3, bold=True))
        self.who_label.setAccessibleName(self.tr("Participant"))
        self.card_label = QLabel(card_title)
        self.card_label.setToolTip(card_key)
        self.card_label.setStyleSheet(f"color: {muted_colour()};")

        date_label = QLabel(self.tr("&Date:"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        show_dates_as_the_app(self.date_edit)
        self.date_edit.setAccessibleName(self.tr("Measurement date"))
        self.date_edit.setMaximumDate(qdate(today))
        date_label.setBuddy(self.date_edit)
        self.date_warning = QLabel()
        self.date_warning.setObjectName("date_warning")
        self.date_warning.setStyleSheet(DRAFT_NOTE_STYLE)
        self.date_warning.setAccessibleName(self.tr("About the date"))
        self.date_warning.setVisible(False)

        self.zoom_out_button = self._tool_button("A−", self.tr("Smaller text (Ctrl+-)"))
        self.zoom_in_button = self._tool_button("A+", self.tr("Larger text (Ctrl++)"))
        self.full_screen_button = self._tool_button(
            self.tr("Full screen"), self.tr("Show only this card on the whole screen (F11)")
        )
        self.full_screen_button.setCheckable(True)

        self.language_label = QLabel(self.tr("Participant's &language:"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("None"), None)
        for code, name in second_languages:
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(self.tr("Participant's language"))
        self.language_combo.setToolTip(
            self.tr(
                "Show each question in the participant's language too, beside the card's "
                "text. Remembered for this participant."
            )
        )
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_label.setBuddy(self.language_combo)
        for widget in (self.language_label, self.language_combo):
            widget.setVisible(bool(second_languages))

        # Two lines that stay within a small screen at 200 % text: who and the view
        # controls above, the date and the participant's language below; the card's
        # name and the date warning wrap rather than widen the window.
        self.card_label.setWordWrap(True)
        self.date_warning.setWordWrap(True)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.who_label)
        layout.addSpacing(12)
        layout.addWidget(self.card_label, 1)
        layout.addSpacing(12)
        layout.addWidget(self.zoom_out_button)
        layout.addWidget(self.zoom_in_button)
        layout.addWidget(self.full_screen_button)
        language_row = QHBoxLayout()
        language_row.setContentsMargins(0, 0, 0, 0)
        language_row.addWidget(date_label)
        language_row.addWidget(self.date_edit)
        language_row.addSpacing(12)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        language_row.addWidget(self.date_warning)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(layout)
        rows.addLayout(language_row)
        self.setTabOrder(self.date_edit, self.zoom_out_button)
        self.setTabOrder(self.zoom_out_button, self.zoom_in_button)
        self.setTabOrder(self.zoom_in_button, self.full_screen_button)
        self.setTabOrder(self.full_screen_button, self.language_combo)

    def show_date_warning(self, text: str) -> None:
        """A word about the chosen date (empty: none), e.g. that it lies before the start."""
        self.date_warning.setText(text)
        self.date_warning.setVisible(bool(text))

    def show_full_screen(self, full: bool) -> None:
        self.full_screen_button.setChecked(full)
        self.full_screen_button.setText(
            self.tr("Leave full screen") if full else self.tr("Full screen")
        )

    @staticmethod
    def _tool_button(text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setStyleSheet(button_style())
        return button


class Footer(QWidget):
    """Progress ('3 / 10' and a bar), the key hint, a status line, Close / Back / Next."""

    def __init__(self, question_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_label = QLabel()
        self.progress_label.setFont(_scaled(self, 1.3, bold=True))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, question_count)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(14)
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        progress_row = QHBoxLayout()
        progress_row.setContentsMargins(0, 0, 0, 0)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress_bar, 1)
        self.progress_row = QWidget()
        self.progress_row.setLayout(progress_row)

        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(f"color: {muted_colour()};")
        self.status_label = QLabel()
        self.status_label.setStyleSheet(f"color: {error_colour()};")
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.cancel_button = self._button(self.tr("Close"), self.tr("Close the card"))
        self.back_button = self._button(self.tr("← Back"), self.tr("Previous question"))
        self.next_button = self._button(self.tr("Next →"), self.tr("Next question"))
        navigation = QHBoxLayout()
        navigation.setContentsMargins(0, 0, 0, 0)
        navigation.addWidget(self.cancel_button)
        navigation.addStretch(1)
        navigation.addWidget(self.back_button)
        navigation.addWidget(self.next_button)
        self.navigation = QWidget()
        self.navigation.setLayout(navigation)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.navigation)
        self.setTabOrder(self.back_button, self.next_button)
        self.setTabOrder(self.next_button, self.cancel_button)

    def show_question(self, number: int, total: int) -> None:
        self.progress_label.setText(
            self.tr("{number} / {total}").format(number=number, total=total)
        )
        spoken = self.tr("Question {number} of {total}").format(number=number, total=total)
        self.progress_label.setAccessibleName(spoken)
        self.progress_label.setAccessibleDescription(spoken)
        self.progress_bar.setAccessibleDescription(spoken)
        announce(self.progress_label)
        self.progress_bar.setValue(number)
        self.back_button.setEnabled(number > 1)
        self.next_button.setText(self.tr("Summary →") if number == total else self.tr("Next →"))
        self.progress_row.show()
        self.navigation.show()

    def show_summary(self) -> None:
        """The summary page has its own Back and Save."""
        self.progress_row.hide()
        self.navigation.hide()

    def report(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.setVisible(bool(message))

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setAccessibleName(name)
        button.setMinimumHeight(40)
        button.setFont(_scaled(self, 1.2))
        button.setStyleSheet(button_style())
        return button
