"""The fill-in keys, decided in one pure function so the rules read in one place.

Question pages: 1–9 choose that value, 0 chooses 10 (on a 1–10 scale), ←/→ move
the choice, Space chooses the focused answer, Enter chooses the focused answer
and goes on (anywhere else it goes on, never past a question nobody has answered),
Backspace goes back, − or N means 'don't want to answer / not applicable'.
Summary: Enter or Ctrl+Enter saves, Backspace goes back. Anywhere: F11 full
screen, Ctrl + / Ctrl − / Ctrl 0 zoom. While a note or the date has the focus,
typing goes there instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import Qt

from bipdesk.core.cards import Scale


class Command(Enum):
    CHOOSE = auto()
    """Answer `value`."""
    MOVE = auto()
    """Move the choice by `value` steps."""
    NO_ANSWER = auto()
    NEXT = auto()
    CHOOSE_FOCUSED = auto()
    """Space on an answer: choose that answer."""
    CHOOSE_FOCUSED_AND_NEXT = auto()
    """Enter on an answer: choose that answer and go on (not the one chosen before)."""
    NEED_ANSWER = auto()
    """Enter on a question nobody has answered: say how to answer, stay."""
    BACK = auto()
    SAVE = auto()
    PRESS = auto()
    """Press the focused button (Enter on Back, Close, Save …)."""
    FULL_SCREEN = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    IGNORE = auto()
    """A fill-in key that does nothing here (so that it does not reach a button)."""


class Target(Enum):
    """What kind of widget has the keyboard focus."""

    TEXT = auto()
    """A note or the date: typing goes there."""
    TABLE = auto()
    """The summary table: Enter opens the current row's question."""
    BUTTON = auto()
    """A button other than the answers: Enter presses it."""
    ANSWER = auto()
    """An answer of the question shown: Space and Enter choose it."""
    OTHER = auto()


@dataclass(frozen=True)
class KeyAction:
    command: Command
    value: int = 0


_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NO_ANSWER = (Qt.Key.Key_Minus, Qt.Key.Key_N)


def digit_value(digit: int, scale: Scale) -> int:
    """The answer a digit key stands for: 0 is 10 on a scale with 10 and without 0."""
    if digit == 0 and scale.contains(10) and not scale.contains(0):
        return 10
    return digit


def key_action(
    key: int,
    modifiers: Qt.KeyboardModifier,
    *,
    target: Target,
    on_summary: bool,
    auto_repeat: bool,
    scale: Scale,
    answered: bool = True,
) -> KeyAction | None:
    """What a key press does, or None to let the focused widget have it."""
    modifiers = modifiers & ~Qt.KeyboardModifier.KeypadModifier
    if key == Qt.Key.Key_F11:
        return KeyAction(Command.FULL_SCREEN)
    if modifiers & Qt.KeyboardModifier.ControlModifier:
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            return KeyAction(Command.ZOOM_IN)
        if key == Qt.Key.Key_Minus:
            return KeyAction(Command.ZOOM_OUT)
        if key == Qt.Key.Key_0:
            return KeyAction(Command.ZOOM_RESET)
        if key in _RETURN and on_summary:
            return KeyAction(Command.IGNORE if auto_repeat else Command.SAVE)
        return None
    if modifiers & ~Qt.KeyboardModifier.ShiftModifier or target is Target.TEXT:
        return None
    if key == Qt.Key.Key_Backspace:
        return KeyAction(Command.BACK)
    if key in _RETURN:
        if target is Target.TABLE:
            return None
        if auto_repeat:  # holding Enter down must not run through the card
            return KeyAction(Command.IGNORE)
        if target is Target.BUTTON:
            return KeyAction(Command.PRESS)
        if on_summary:
            return KeyAction(Command.SAVE)
        if target is Target.ANSWER:
            return KeyAction(Command.CHOOSE_FOCUSED_AND_NEXT)
        return KeyAction(Command.NEXT if answered else Command.NEED_ANSWER)
    if on_summary:
        return None
    if key == Qt.Key.Key_Space and target is Target.ANSWER:
        return KeyAction(Command.IGNORE if auto_repeat else Command.CHOOSE_FOCUSED)
    if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
        value = digit_value(key - Qt.Key.Key_0, scale)
        return (
            KeyAction(Command.CHOOSE, value) if scale.contains(value) else KeyAction(Command.IGNORE)
        )
    if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        return KeyAction(Command.MOVE, -1 if key == Qt.Key.Key_Left else 1)
    if key in _NO_ANSWER:
        return KeyAction(Command.NO_ANSWER)
    return None
