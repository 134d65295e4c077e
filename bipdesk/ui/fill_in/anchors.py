"""The question's anchors under the scale, each under its part (1–3, 4–7, 8–10).

So that "a 5" means the same to everyone (DESIGN §3), the plain words for the
low, middle and high part of the scale stand under those buttons, in the
card's language and, beneath, in the participant's. The part of the step
under the mouse, or else of the chosen step (or the one reached with Tab),
is marked: bold text and a thick bar in the highlight colour, so that it
shows without colour too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFocusEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import Question, Scale, anchor_index, is_right_to_left, localized_anchors
from bipdesk.ui.contrast import control_colours
from bipdesk.ui.fill_in.colours import divider_colour, muted_colour

SPACING = 8
"""As between the scale buttons, so that each part lines up with its buttons."""


def _cell_style() -> str:
    """The marked part's bar is thicker (and in the chosen answer's colour); the
    margin keeps every cell's text at one height."""
    accent = control_colours(QApplication.palette()).accent
    return f"""
QFrame#anchorCell {{
    border: none;
    border-top: 3px solid {divider_colour()};
    margin-top: 4px;
    background: transparent;
}}
QFrame#anchorCell[current="true"] {{
    border-top: 7px solid {accent};
    margin-top: 0px;
}}
"""


_KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


def _anchor_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


class AnchorCell(QFrame):
    """One part of the scale: its anchor in the card's and the participant's language.

    The cell asks for the height its texts take in bold, so marking it never
    changes the page's layout (which would move the buttons under the mouse);
    any room to spare stays below the texts.
    """

    def __init__(self, first: int, last: int) -> None:
        super().__init__()
        self.setObjectName("anchorCell")
        self.setStyleSheet(_cell_style())
        self.first, self.last = first, last
        self.text_label = _anchor_label()
        self.second_label = _anchor_label()
        self.second_label.setStyleSheet(f"color: {muted_colour()};")
        self._measure = _anchor_label()
        """Never shown: measures a text in bold."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.text_label)
        layout.addWidget(self.second_label)
        layout.addStretch(1)
        self._layout = layout
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._current = False

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """No floor of its own: the question page shrinks its text to make room,
        and the dialog must still fit a low screen."""
        return QSize(0, 0)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        frame, inner = self.contentsMargins(), self._layout.contentsMargins()
        text_width = max(1, width - frame.left() - frame.right() - inner.left() - inner.right())
        shown = [label for label in (self.text_label, self.second_label) if not label.isHidden()]
        height = frame.top() + frame.bottom() + inner.top() + inner.bottom()
        height += self._layout.spacing() * max(0, len(shown) - 1)
        for label in shown:
            bold = QFont(label.font())
            bold.setBold(True)
            self._measure.setFont(bold)
            self._measure.setText(label.text())
            measured = self._measure.heightForWidth(text_width)
            height += max(label.heightForWidth(text_width), measured)
        return height

    @property
    def steps(self) -> str:
        return f"{self.first}–{self.last}" if self.first != self.last else str(self.first)

    @property
    def is_current(self) -> bool:
        return self._current

    def set_current(self, current: bool) -> None:
        if current == self._current:
            return
        self._current = current
        self.setProperty("current", "true" if current else "false")
        for label in (self.text_label, self.second_label):
            font = QFont(label.font())
            font.setBold(current)
            label.setFont(font)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()


class AnchorRow(QWidget):
    """The three anchors of the question shown; hidden for a question without them.

    The cells are placed by hand, each from the left edge of its first button to
    the right edge of its last (the buttons share the width equally, SPACING
    apart), and the row is as tall as its tallest cell needs.
    """

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self.cells: list[AnchorCell] = []
        for first, last in scale.anchor_ranges:
            cell = AnchorCell(first, last)
            cell.setParent(self)
            self.cells.append(cell)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._hovered: int | None = None
        self._chosen: int | None = None
        self._focused: int | None = None
        self._buttons: list[QAbstractButton] = []

    def _spans(self, width: int) -> list[tuple[int, int]]:
        """(x, width) of each cell in a row `width` wide."""
        steps = len(self._scale.steps)
        button = (width - SPACING * (steps - 1)) / steps
        spans = []
        for cell in self.cells:
            left = (cell.first - self._scale.minimum) * (button + SPACING)
            right = (cell.last - self._scale.minimum) * (button + SPACING) + button
            spans.append((round(left), max(0, round(right) - round(left))))
        return spans

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        spans = self._spans(width)
        return max(cell.heightForWidth(w) for cell, (_x, w) in zip(self.cells, spans, strict=True))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = max(self.width(), 300)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        for cell, (x, width) in zip(self.cells, self._spans(self.width()), strict=True):
            cell.setGeometry(x, 0, width, self.height())

    def watch(self, buttons: Sequence[QAbstractButton]) -> None:
        """Follow the mouse and the keyboard over the scale's buttons (`scale_value`)."""
        self._buttons = list(buttons)
        for button in self._buttons:
            button.installEventFilter(self)

    def show_anchors(self, question: Question, language: str, second: str | None) -> None:
        """The anchors of `question` in `language`, and in `second` when the card has them."""
        texts = localized_anchors(question, language)
        self._focused = None  # a new question starts unmarked until something is chosen
        self.setVisible(texts is not None)
        for button in self._buttons:  # a screen reader says what the step means
            value = button.property("scale_value")
            meaning = texts[anchor_index(self._scale, value)] if texts is not None else ""
            button.setAccessibleDescription(meaning)
        if texts is None:
            return
        seconds = question.anchors.get(second) if second is not None else None
        right_to_left = second is not None and is_right_to_left(second)
        direction = (
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        for index, cell in enumerate(self.cells):
            cell.text_label.setText(texts[index])
            cell.second_label.setVisible(seconds is not None)
            cell.second_label.setText(seconds[index] if seconds is not None else "")
            cell.second_label.setLayoutDirection(direction)
            accessible = f"{cell.steps}: {texts[index]}"
            if seconds is not None:
                accessible += f" / {seconds[index]}"
            cell.setAccessibleName(accessible)
            cell.setToolTip(accessible)
        self._refresh()
        self.updateGeometry()

    def set_fonts(self, points: float) -> None:
        """Both languages in `points`: the participant reads theirs as large as the card's."""
        for cell in self.cells:
            for label in (cell.text_label, cell.second_label):
                font = QFont(label.font())
                font.setPointSizeF(points)
                label.setFont(font)
        self.updateGeometry()

    def set_chosen(self, value: int | None) -> None:
        """The answer chosen (None: none, or 'no answer')."""
        self._chosen = value
        self._refresh()

    @property
    def current_index(self) -> int | None:
        """0, 1 or 2: the part marked now (None: none)."""
        return next((i for i, cell in enumerate(self.cells) if cell.is_current), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched in self._buttons:
            value = watched.property("scale_value")
            kind = event.type()
            if kind == QEvent.Type.Enter and isinstance(value, int):
                self._hovered = value
                self._refresh()
            elif kind == QEvent.Type.Leave and self._hovered == value:
                self._hovered = None
                self._refresh()
            elif kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
                # Not the focus a window gives its first button as it opens.
                keyboard = event.reason() in _KEYBOARD_REASONS and self.isActiveWindow()
                self._focused = value if keyboard and isinstance(value, int) else None
                self._refresh()
            elif kind == QEvent.Type.FocusOut and self._focused == value:
                self._focused = None
                self._refresh()
        return super().eventFilter(watched, event)

    def _refresh(self) -> None:
        """Mark the part of the hovered step, else of the chosen one, else of the
        one reached from the keyboard (not the first button focused on arrival,
        which would suggest the low part to the participant)."""
        value = next(
            (v for v in (self._hovered, self._chosen, self._focused) if v is not None), None
        )
        index = anchor_index(self._scale, value) if value is not None else None
        for i, cell in enumerate(self.cells):
            cell.set_current(i == index)
