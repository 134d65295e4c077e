"""The exit survey's pages: one question in large type with the four steps as big
buttons, and the answers to look over before they are saved.

The question is in Swedish, the survey's language, and under it in the
participant's language when the survey has it; each button shows its number
and the step's words in both. As on the card's fill-in, "does not want to
answer" is always a choice of its own.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import is_right_to_left
from bipdesk.core.surveys import SCALE, Survey, SurveyQuestion

SURVEY_LANGUAGE = "sv"
"""The language every survey question is shown in first."""
MUTED_COLOUR = "#5f6368"
DEFAULT_POINT_SIZE = 20.0
MIN_POINT_SIZE = 14.0
MAX_POINT_SIZE = 44.0
MARGIN = 24
MAX_CONTENT_WIDTH = 1300

_BUTTON_STYLE = """
QPushButton {
    border: 1px solid palette(mid);
    border-radius: 8px;
    background: palette(base);
    padding: 6px;
}
QPushButton:hover { border: 2px solid palette(highlight); }
QPushButton:focus { border: 3px solid palette(highlight); }
QPushButton:checked {
    background: palette(highlight);
    border: 3px solid palette(dark);
}
"""


def _font(base: QFont, points: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _label(wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


class ScaleButton(QPushButton):
    """One step of the scale: its number large, its words under it (in Swedish and,
    muted, in the participant's language)."""

    def __init__(self, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setStyleSheet(_BUTTON_STYLE)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setProperty("scale_value", value)
        self.number_label = _label(wrap=False)
        self.number_label.setText(str(value))
        self.words_label = _label()
        self.second_label = _label()
        self._content = QVBoxLayout(self)
        self._content.setContentsMargins(8, 6, 8, 8)
        self._content.setSpacing(2)
        self._content.addWidget(self.number_label)
        self._content.addWidget(self.words_label)
        self._content.addWidget(self.second_label)
        self._content.addStretch(1)
        self.toggled.connect(self._show_checked)
        self._show_checked(False)

    def set_words(self, words: str, second: str | None) -> None:
        self.words_label.setText(words)
        self.second_label.setText(second or "")
        self.second_label.setVisible(bool(second))
        name = self.tr("Answer {value}: {label}").format(value=self.value, label=words)
        self.setAccessibleName(name)
        self.setToolTip(name)

    def set_text_size(self, points: float, second_italic: bool) -> None:
        base = self.font()
        self.number_label.setFont(_font(base, points * 1.2, bold=True))
        self.words_label.setFont(_font(base, max(11.0, points * 0.6)))
        self.second_label.setFont(_font(base, max(10.0, points * 0.55), italic=second_italic))
        self._content.invalidate()
        self.updateGeometry()

    def invalidate_content(self) -> None:
        self._content.invalidate()

    # As high as the number and the words need at the button's width: they wrap.
    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._content.totalHeightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = self._content.totalSizeHint()
        width = max(hint.width(), self.width())
        return QSize(hint.width(), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._content.totalMinimumSize().width(), self.sizeHint().height())

    def _show_checked(self, checked: bool) -> None:
        colour = "palette(highlighted-text)" if checked else "palette(text)"
        muted = "palette(highlighted-text)" if checked else MUTED_COLOUR
        for label in (self.number_label, self.words_label):
            label.setStyleSheet(f"color: {colour}; background: transparent;")
        self.second_label.setStyleSheet(f"color: {muted}; background: transparent;")


class ExitSurveyPage(QWidget):
    """Shows one question of the survey; reports the answer chosen."""

    answer_chosen = Signal(object)
    """1–4, or None for 'does not want to answer'."""

    def __init__(self, survey: Survey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._survey = survey
        self._second: str | None = None
        self._question: SurveyQuestion | None = None
        self._points = DEFAULT_POINT_SIZE
        self._wanted = DEFAULT_POINT_SIZE

        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setAccessibleName(self.tr("Question"))
        self.second_label = QLabel()
        self.second_label.setWordWrap(True)
        self.second_label.setTextFormat(Qt.TextFormat.PlainText)
        self.second_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.second_label.setAccessibleName(self.tr("Question in the participant's language"))
        self.second_label.hide()

        self.scale_buttons: list[ScaleButton] = []
        scale_row = QHBoxLayout()
        self._scale_row = scale_row
        scale_row.setSpacing(10)
        for value in SCALE:
            button = ScaleButton(value)
            button.clicked.connect(lambda _checked=False, v=value: self._choose(v))
            self.scale_buttons.append(button)
            scale_row.addWidget(button)

        self.no_answer_button = QPushButton(self.tr("Does not want to answer"))
        self.no_answer_button.setCheckable(True)
        self.no_answer_button.setAutoDefault(False)
        self.no_answer_button.setStyleSheet(
            _BUTTON_STYLE.replace("padding: 6px;", "padding: 6px 24px;")
        )
        self.no_answer_button.setAccessibleName(self.tr("Does not want to answer"))
        self.no_answer_button.clicked.connect(lambda _checked=False: self._choose(None))
        no_answer_row = QHBoxLayout()
        no_answer_row.addStretch(1)
        no_answer_row.addWidget(self.no_answer_button, 2)
        no_answer_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 8, MARGIN, 8)
        layout.addStretch(1)
        layout.addWidget(self.question_label)
        layout.addSpacing(6)
        layout.addWidget(self.second_label)
        layout.addSpacing(28)
        layout.addLayout(scale_row)
        layout.addSpacing(18)
        layout.addLayout(no_answer_row)
        layout.addStretch(2)
        self._layout = layout
        for first, second in zip(self.scale_buttons, self.scale_buttons[1:], strict=False):
            self.setTabOrder(first, second)
        self.setTabOrder(self.scale_buttons[-1], self.no_answer_button)
        self._set_scale_words()
        self.set_text_size(DEFAULT_POINT_SIZE)

    # -- what is shown ----------------------------------------------------------

    def show_question(self, question: SurveyQuestion, value: int | None, reached: bool) -> None:
        self._question = question
        self._set_question_texts()
        self.show_answer(value, reached)
        self._fit()

    def show_answer(self, value: int | None, reached: bool) -> None:
        for button in self.scale_buttons:
            button.setChecked(reached and button.value == value)
        self.no_answer_button.setChecked(reached and value is None)

    def set_second_language(self, language: str | None) -> None:
        """The participant's language under Swedish (None, or Swedish itself: none)."""
        self._second = language if language != SURVEY_LANGUAGE else None
        right_to_left = self._second is not None and is_right_to_left(self._second)
        direction = (
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        edge = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        self.second_label.setLayoutDirection(direction)
        self.second_label.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
        self._set_question_texts()
        self._set_scale_words()
        self._fit()

    @property
    def second_language(self) -> str | None:
        return self._second

    def set_text_size(self, points: float) -> None:
        """The zoom: the question in `points`, the rest in proportion; smaller only while
        the page is too low to show it all (as the card's fill-in), so nothing is cut off."""
        self._wanted = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, points))
        self._fit()

    def _fit(self) -> None:
        points = self._wanted
        self._apply_text_size(points)
        while points > MIN_POINT_SIZE and not self._fits():
            points = max(MIN_POINT_SIZE, points - 1)
            self._apply_text_size(points)

    def _fits(self) -> bool:
        if not self.isVisible() or self.height() <= 0:
            return True
        # the cached heights of the nested layouts are stale after a font change
        for button in self.scale_buttons:
            button.invalidate_content()
        self._scale_row.invalidate()
        self._layout.invalidate()
        self._layout.activate()  # lay out now, so the buttons have their real widths
        if self._layout.totalHeightForWidth(self.width()) > self.height():
            return False
        return all(b.height() >= b.heightForWidth(b.width()) for b in self.scale_buttons)

    def _apply_text_size(self, points: float) -> None:
        self._points = points
        base = self.font()
        italic = self._second is None or not is_right_to_left(self._second)
        self.question_label.setFont(_font(base, self._points))
        self.second_label.setFont(_font(base, self._points * 0.8, italic=italic))
        for button in self.scale_buttons:
            button.set_text_size(self._points, italic)
        self.no_answer_button.setFont(_font(base, max(13.0, self._points * 0.65)))
        self.no_answer_button.setMinimumHeight(round(48 * self._points / DEFAULT_POINT_SIZE))

    @property
    def text_size(self) -> float:
        return self._points

    def focus_answer(self) -> None:
        """Keyboard focus on the chosen answer (the first button when none)."""
        target: QPushButton | None = next((b for b in self.scale_buttons if b.isChecked()), None)
        if target is None and self.no_answer_button.isChecked():
            target = self.no_answer_button
        (target or self.scale_buttons[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def button_for(self, value: int | None) -> QPushButton:
        if value is None:
            return self.no_answer_button
        return self.scale_buttons[SCALE.index(value)]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        side = max(MARGIN, (event.size().width() - MAX_CONTENT_WIDTH) // 2)
        self._layout.setContentsMargins(side, 8, side, 8)
        super().resizeEvent(event)
        if event.size() != event.oldSize() or self._points < self._wanted:
            self._fit()

    # -- internals --------------------------------------------------------------

    def _choose(self, value: int | None) -> None:
        self.show_answer(value, True)
        self.answer_chosen.emit(value)

    def _set_question_texts(self) -> None:
        question = self._question
        if question is None:
            return
        text = question.text_in(SURVEY_LANGUAGE)
        self.question_label.setText(text)
        self.question_label.setAccessibleDescription(text)
        second = self._second
        if second is not None and second in question.text:
            self.second_label.setText(question.text[second])
            self.second_label.show()
        else:
            self.second_label.hide()

    def _set_scale_words(self) -> None:
        words = self._survey.scale_labels[SURVEY_LANGUAGE]
        second = self._survey.scale_labels.get(self._second) if self._second else None
        for index, button in enumerate(self.scale_buttons):
            button.set_words(words[index], second[index] if second else None)


class SurveySummaryPage(QWidget):
    """The answers given, one row per question; a row opens its question again."""

    question_clicked = Signal(int)

    def __init__(self, survey: Survey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._survey = survey
        self.heading = QLabel(self.tr("The answers"))
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.question_labels: list[QLabel] = []
        self.answer_buttons: list[QPushButton] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        for row, question in enumerate(survey.questions):
            label = QLabel(question.text_in(SURVEY_LANGUAGE))
            label.setWordWrap(True)
            button = QPushButton()
            button.setAutoDefault(False)
            button.setFlat(True)
            button.setStyleSheet("QPushButton { text-align: left; padding: 4px 8px; }")
            button.setToolTip(self.tr("Change this answer"))
            button.clicked.connect(lambda _checked=False, r=row: self.question_clicked.emit(r))
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1)
            self.question_labels.append(label)
            self.answer_buttons.append(button)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.save_button = QPushButton(self.tr("Save the answers"))
        self.save_button.setAutoDefault(False)
        self.save_button.setStyleSheet(
            "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
            " padding: 0.5em 1.6em; border-radius: 4px; }"
            " QPushButton:focus { border: 2px solid palette(text); }"
        )
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setAutoDefault(False)
        self.back_button.setAccessibleName(self.tr("Back to the last question"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.back_button)
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 8, MARGIN, 8)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addWidget(self.note_label)
        layout.addSpacing(16)
        layout.addLayout(save_row)
        layout.addStretch(2)
        self.set_text_size(DEFAULT_POINT_SIZE)

    def show_answers(self, answers: Mapping[str, int | None]) -> None:
        """`answers`: question id → 1–4, or None (skipped or not reached)."""
        words = self._survey.scale_labels[SURVEY_LANGUAGE]
        for question, button in zip(self._survey.questions, self.answer_buttons, strict=True):
            value = answers.get(question.id)
            if value is None:
                button.setText(self.tr("Not answered"))
            else:
                button.setText(
                    self.tr("{value} – {label}").format(value=value, label=words[value - 1])
                )
            button.setAccessibleName(
                self.tr("{question}: {answer}").format(
                    question=question.label_in(SURVEY_LANGUAGE), answer=button.text()
                )
            )
        if not any(v is not None for v in answers.values()):
            self.note_label.setText(
                self.tr(
                    "No question is answered, so nothing is saved; an earlier answer is removed."
                )
            )
        else:
            self.note_label.setText(
                self.tr("The answers are counted in the reports without names.")
            )

    def set_text_size(self, points: float) -> None:
        base = self.font()
        self.heading.setFont(_font(base, points, bold=True))
        body = max(12.0, points * 0.7)
        for label in self.question_labels:
            label.setFont(_font(base, body))
        for button in self.answer_buttons:
            button.setFont(_font(base, body, bold=True))
        self.note_label.setFont(_font(base, max(11.0, points * 0.55)))
        self.save_button.setFont(_font(base, max(13.0, points * 0.7), bold=True))
        self.back_button.setFont(_font(base, max(12.0, points * 0.6)))
