"""One question in large type, the scale as big buttons, 'no answer' and a note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import Card, Question, is_right_to_left, localized, localized_anchors
from bipdesk.core.scripts import has_ethiopic
from bipdesk.ui.fill_in.anchors import AnchorRow
from bipdesk.ui.fill_in.answer_buttons import FOCUS_MARGIN, AnswerButton, AnswerGroup
from bipdesk.ui.fill_in.colours import error_colour, flat_button_style, muted_colour
from bipdesk.ui.fill_in.text_scale import forget_sizes
from bipdesk.ui.fill_in.texts import (
    DRAFT_NOTE_STYLE,
    area_name,
    draft_translation_text,
    no_answer_text,
)

DEFAULT_POINT_SIZE = 20.0
MIN_POINT_SIZE = 16.0
MAX_DISPLAY_POINT_SIZE = 60.0
"""The full-screen mode enlarges the zoom up to this."""
SCALE_BUTTON_HEIGHT = 64
"""Logical pixels; Qt multiplies them at 200 % scaling."""

MARGIN = 24
GAPS = (28, 16, 12)
"""Above the scale, above 'no answer', above the note; 4 each when the page is too low."""
MAX_CONTENT_WIDTH = 1400
"""On a wide screen the question and its answers keep to a readable width."""


def _font(base: QFont, points: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font


class QuestionPage(QWidget):
    """Shows one question; reports the answer chosen and the note typed."""

    answer_chosen = Signal(object)
    """int on the scale, or None for 'don't want to answer / not applicable'."""
    note_edited = Signal(str)

    def __init__(self, card: Card, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card = card
        self._language = language
        self._second_language: str | None = None
        self._question: Question | None = None
        self._value: int | None = None
        self._reached = False
        self._points = DEFAULT_POINT_SIZE
        self._wanted = DEFAULT_POINT_SIZE
        self._compact = False

        self.area_label = QLabel()
        self.area_label.setStyleSheet(f"color: {muted_colour()};")
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.second_label = QLabel()
        """The question in a second language beside the first (hidden until asked for)."""
        self.second_label.setWordWrap(True)
        self.second_label.setTextFormat(Qt.TextFormat.PlainText)
        self.second_label.setStyleSheet(f"color: {muted_colour()};")
        self.second_label.setAccessibleName(self.tr("Question in the participant's language"))
        self.second_label.hide()
        self.draft_note = QLabel(draft_translation_text())
        """For the coordinator: the participant's language is a draft translation."""
        self.draft_note.setStyleSheet(DRAFT_NOTE_STYLE)
        self.draft_note.hide()

        self.answer_group = AnswerGroup()
        """The answers, one radio group named by the question (for a screen reader)."""
        self.scale_buttons: list[AnswerButton] = []
        scale_row = QHBoxLayout()
        scale_row.setSpacing(8)
        for value in card.scale.steps:
            button = AnswerButton(str(value), value)
            button.setMinimumSize(48, SCALE_BUTTON_HEIGHT)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, v=value: self._choose(v))
            self.answer_group.add(button)
            self.scale_buttons.append(button)
            scale_row.addWidget(button)

        self.minimum_label = QLabel()
        self.maximum_label = QLabel()
        self.maximum_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for label in (self.minimum_label, self.maximum_label):
            label.setWordWrap(True)
        ends = QHBoxLayout()
        ends.addWidget(self.minimum_label, 1)
        ends.addStretch(1)
        ends.addWidget(self.maximum_label, 1)
        # The ends of the scale in the participant's language, under the card's.
        self.second_minimum_label = QLabel()
        self.second_maximum_label = QLabel()
        second_ends = QHBoxLayout()
        second_ends.addWidget(self.second_minimum_label, 1)
        second_ends.addStretch(1)
        second_ends.addWidget(self.second_maximum_label, 1)
        for label in (self.second_minimum_label, self.second_maximum_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setStyleSheet(f"color: {muted_colour()};")
            label.hide()
        # The question's anchors under the parts of the scale (the ends give way to them).
        self.anchor_row = AnchorRow(card.scale)
        self.anchor_row.watch(self.scale_buttons)
        self.anchor_row.hide()

        self.no_answer_button = AnswerButton(no_answer_text(), None)
        self.no_answer_button.horizontal_padding = 20
        self.no_answer_button.setMinimumHeight(44 + 2 * FOCUS_MARGIN)
        self.answer_group.add(self.no_answer_button)
        self.no_answer_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.no_answer_button.setAccessibleName(no_answer_text())
        self.no_answer_button.clicked.connect(lambda _checked=False: self._choose(None))
        self.prompt_label = QLabel()
        """How to answer, after Enter on a question nobody has answered."""
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setStyleSheet(f"color: {error_colour()}; font-weight: bold;")
        self.prompt_label.hide()
        no_answer_row = QHBoxLayout()
        no_answer_row.addStretch(1)
        no_answer_row.addWidget(self.no_answer_button, 2)
        no_answer_row.addStretch(1)

        self.note_button = QPushButton(self.tr("+ Add a note"))
        self.note_button.setAutoDefault(False)
        self.note_button.setFlat(True)
        self.note_button.setStyleSheet(flat_button_style())
        self.note_button.setAccessibleName(self.tr("Add a note to this question"))
        self.note_button.clicked.connect(self.open_note)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Note on this question (optional)"))
        hint = self.note_edit.palette()  # the placeholder reads too (4.5:1)
        hint.setColor(QPalette.ColorRole.PlaceholderText, QColor(muted_colour()))
        self.note_edit.setPalette(hint)
        self.note_edit.setAccessibleName(self.tr("Note on this question"))
        self.note_edit.setClearButtonEnabled(True)
        self.note_edit.textEdited.connect(self.note_edited)
        self.note_edit.hide()
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_button)
        note_row.addWidget(self.note_edit, 1)
        note_row.addStretch(0)

        # The question sits a little above the middle, right above its answers.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 8, MARGIN, 8)
        layout.addStretch(1)
        layout.addWidget(self.area_label)
        layout.addSpacing(4)
        layout.addWidget(self.question_label)
        layout.addWidget(self.second_label)
        layout.addWidget(self.draft_note, 0, Qt.AlignmentFlag.AlignLeft)
        # Gaps that close up when even the smallest text does not fit (a low screen).
        self._gaps = [QSpacerItem(0, height) for height in GAPS]
        layout.addItem(self._gaps[0])
        answers = QVBoxLayout(self.answer_group)
        self._answers_layout = answers
        # No margins above and below: the group's focus ring runs through the room
        # the answers keep free around their boxes (FOCUS_MARGIN).
        answers.setContentsMargins(6, 0, 6, 0)
        answers.setSpacing(layout.spacing())
        answers.addLayout(scale_row)
        answers.addWidget(self.anchor_row)
        answers.addLayout(ends)
        answers.addLayout(second_ends)
        answers.addItem(self._gaps[1])
        answers.addLayout(no_answer_row)
        layout.addWidget(self.answer_group)
        layout.addWidget(self.prompt_label)
        layout.addItem(self._gaps[2])
        layout.addLayout(note_row)
        layout.addStretch(2)
        self._layout = layout

        self.setTabOrder(self.scale_buttons[-1], self.no_answer_button)
        self.setTabOrder(self.no_answer_button, self.note_button)
        self.setTabOrder(self.note_button, self.note_edit)
        self._set_scale_texts()
        self.set_text_size(DEFAULT_POINT_SIZE)

    # -- what is shown --------------------------------------------------------

    def show_question(
        self, question: Question, value: int | None, reached: bool, note: str
    ) -> None:
        """Show `question` with its current answer (reached=False: not answered yet)."""
        self._question = question
        self.area_label.setText(self.tr("Area: {area}").format(area=area_name(question.area)))
        self._set_question_texts()
        self.note_edit.setText(note)
        self.note_edit.setVisible(bool(note))
        self.note_button.setVisible(not note)
        self.show_answer(value, reached)
        self.show_prompt("")
        self._fit()

    def show_answer(self, value: int | None, reached: bool) -> None:
        self._value, self._reached = value, reached
        self.answer_group.choose(self.button_for(value) if reached else None)
        self.anchor_row.set_chosen(value if reached else None)

    def show_prompt(self, text: str) -> None:
        """Say how to answer (empty: hide the prompt)."""
        self.prompt_label.setText(text)
        self.prompt_label.setVisible(bool(text))
        self._fit()

    def set_second_language(self, language: str | None) -> None:
        """Show the question in the participant's language under the card's (seed 003:
        an interpreter alone made self-assessment hard). None hides it.

        A right-to-left language (Arabic, Persian…) is laid out right to left in its
        own labels only; the scale keeps 1 on the left as on the printed card.
        """
        self._second_language = language if language != self._language else None
        direction = (
            Qt.LayoutDirection.RightToLeft
            if self._second_language is not None and is_right_to_left(self._second_language)
            else Qt.LayoutDirection.LeftToRight
        )
        right_to_left = direction is Qt.LayoutDirection.RightToLeft
        # AlignAbsolute: "right" means right, whatever the label's layout direction.
        edge = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        self.second_label.setLayoutDirection(direction)
        self.second_label.setAlignment(
            edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
        )
        for label, side in (
            (self.second_minimum_label, Qt.AlignmentFlag.AlignLeft),
            (self.second_maximum_label, Qt.AlignmentFlag.AlignRight),
        ):
            label.setLayoutDirection(direction)
            label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
        self._set_question_texts()
        self._set_scale_texts()
        self._fit()

    @property
    def second_language(self) -> str | None:
        return self._second_language

    def set_text_size(self, points: float) -> None:
        """The zoom: the question in `points`, the rest in proportion; smaller only
        while the page is too low to show it all (full screen at 200 % on a laptop,
        a long question with its translation), so nothing is ever cut off."""
        self._wanted = max(MIN_POINT_SIZE, min(MAX_DISPLAY_POINT_SIZE, points))
        self._fit()

    def _fit(self) -> None:
        points = self._wanted
        self._compact = False
        self._apply_text_size(points)
        while points > MIN_POINT_SIZE and not self._fits():
            points = max(MIN_POINT_SIZE, points - 1)
            self._apply_text_size(points)
        if not self._fits():
            # Still too low (200 % full screen, a translation and its anchors): the
            # gaps close, the area gives way, the buttons and anchors take less room.
            self._compact = True
            self._apply_text_size(points)
        if self.isVisible():
            # Lay out at once, the answers' own layout too: nobody sees a page
            # half laid out for the old size.
            forget_sizes(self._answers_layout)
            self._layout.activate()
            self._answers_layout.activate()

    def _fits(self) -> bool:
        """Whether everything shows at its natural height in the page's height."""
        if not self.isVisible() or self.height() <= 0:
            return True
        # The group of answers has its own layouts: renew their sizes now, not later.
        forget_sizes(self._answers_layout)
        self.answer_group.updateGeometry()
        self._layout.invalidate()
        needed = self._layout.totalHeightForWidth(self.width())
        return needed <= self.height()

    def _apply_text_size(self, points: float) -> None:
        self._points = points
        compact = self._compact
        for gap, height in zip(self._gaps, GAPS, strict=True):
            gap.changeSize(0, 4 if compact else height)
        self.area_label.setVisible(not compact)
        base = self.font()
        self.question_label.setFont(_font(base, self._points))
        # Slanted script is no help to a reader of Arabic, Persian, Hebrew or Tigrinya.
        second = self._second_language
        italic = second is None or not (
            is_right_to_left(second) or has_ethiopic(self.second_label.text())
        )
        self.second_label.setFont(_font(base, self._points * 0.8, italic=italic))
        ends = max(12.0, self._points * 0.65)
        for label in (self.minimum_label, self.maximum_label):
            label.setFont(_font(base, ends))
        for label in (self.second_minimum_label, self.second_maximum_label):
            label.setFont(_font(base, ends * 0.9))
        self.anchor_row.set_fonts(10.0 if compact else ends)
        self.draft_note.setFont(_font(base, max(11.0, self._points * 0.5)))
        self.area_label.setFont(_font(base, max(11.0, self._points * 0.55)))
        numbers = max(18.0, self._points)
        # Compact: the room for the focus ring comes out of the box.
        room = 0 if compact else 2 * FOCUS_MARGIN
        height = 44 if compact else max(SCALE_BUTTON_HEIGHT, round(numbers * 3))
        for button in [*self.scale_buttons, self.no_answer_button]:
            button.set_margin(room // 2)
        for button in self.scale_buttons:
            button.setFont(_font(base, numbers, bold=True))
            button.setMinimumHeight(height + room)
        self.no_answer_button.setFont(_font(base, max(13.0, self._points * 0.65)))
        self.prompt_label.setFont(_font(base, max(13.0, self._points * 0.65), bold=True))
        self.no_answer_button.setMinimumHeight((36 if compact else 44) + room)
        self.note_edit.setFont(_font(base, max(12.0, self._points * 0.6)))
        self.note_button.setFont(_font(base, max(11.0, self._points * 0.55)))

    @property
    def text_size(self) -> float:
        return self._points

    @property
    def compact(self) -> bool:
        """Whether even the smallest text did not fit and the page closed up."""
        return self._compact

    def current_value(self) -> tuple[int | None, bool]:
        return self._value, self._reached

    def open_note(self) -> None:
        self.note_button.hide()
        self.note_edit.show()
        self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_answer(self) -> None:
        """Keyboard focus on the chosen answer; on the group of answers when none is
        chosen, so that no answer looks given before one is."""
        target = next((b for b in self.scale_buttons if b.isChecked()), None)
        if target is None and self.no_answer_button.isChecked():
            target = self.no_answer_button
        (target or self.answer_group).setFocus(Qt.FocusReason.OtherFocusReason)

    def button_for(self, value: int | None) -> AnswerButton | None:
        if value is None:
            return self.no_answer_button
        return next((b for b in self.scale_buttons if b.property("scale_value") == value), None)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        side = max(MARGIN, (event.size().width() - MAX_CONTENT_WIDTH) // 2)
        self._layout.setContentsMargins(side, 8, side, 8)
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height() or self._points < self._wanted:
            self._fit()

    # -- internals ------------------------------------------------------------

    def _choose(self, value: int | None) -> None:
        self.show_answer(value, True)
        self.show_prompt("")
        self.answer_chosen.emit(value)

    def _set_question_texts(self) -> None:
        question = self._question
        if question is None:
            return
        self.question_label.setText(localized(question.text, self._language))
        # A screen reader hears the question itself, and again as the name of its answers.
        text = localized(question.text, self._language)
        self.question_label.setAccessibleName(text)
        self.question_label.setAccessibleDescription(self.area_label.text())
        self.answer_group.setAccessibleName(text)
        second = self._second_language
        if second is not None and second in question.text:
            self.second_label.setText(question.text[second])
            self.second_label.show()
        else:
            self.second_label.hide()
        self.draft_note.setVisible(
            second is not None
            and self.second_label.isVisibleTo(self)
            and self._card.is_draft(second)
        )
        self.anchor_row.show_anchors(question, self._language, second)
        anchored = localized_anchors(question, self._language) is not None
        if not anchored:  # the ends of the scale say what they mean
            scale = self._card.scale
            self.scale_buttons[0].setAccessibleDescription(
                localized(scale.minimum_label, self._language)
            )
            self.scale_buttons[-1].setAccessibleDescription(
                localized(scale.maximum_label, self._language)
            )
        for label in (self.minimum_label, self.maximum_label):
            label.setVisible(not anchored)
        self._set_second_scale_texts()

    def _set_second_scale_texts(self) -> None:
        scale = self._card.scale
        second = self._second_language
        for label, value, texts in (
            (self.second_minimum_label, scale.minimum, scale.minimum_label),
            (self.second_maximum_label, scale.maximum, scale.maximum_label),
        ):
            if second is not None and second in texts and not self.anchor_row.isVisibleTo(self):
                label.setText(self.tr("{value} = {label}").format(value=value, label=texts[second]))
                label.show()
            else:
                label.hide()

    def _set_scale_texts(self) -> None:
        self._set_second_scale_texts()
        scale = self._card.scale
        low = localized(scale.minimum_label, self._language)
        high = localized(scale.maximum_label, self._language)
        self.minimum_label.setText(
            self.tr("{value} = {label}").format(value=scale.minimum, label=low)
        )
        self.maximum_label.setText(
            self.tr("{value} = {label}").format(value=scale.maximum, label=high)
        )
        for button in self.scale_buttons:
            value = int(button.property("scale_value"))
            # "7 of 10"; the anchor (or the end's label) is its description.
            name = self.tr("{value} of {maximum}").format(value=value, maximum=scale.maximum)
            button.setAccessibleName(name)
            if value in (scale.minimum, scale.maximum):
                label = low if value == scale.minimum else high
                button.setToolTip(self.tr("{value} = {label}").format(value=value, label=label))
            else:
                button.setToolTip(name)
