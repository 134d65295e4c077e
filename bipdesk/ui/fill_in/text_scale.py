"""All text of the fill-in grows together (WCAG 1.4.4), not only the question.

The zoom (Ctrl+plus/minus, remembered as a percentage) sets the question's size
on the question page, which sizes its own texts in proportion; `TextScale`
brings every other text of the dialog — the participant and the date above, the
progress, the key hint and the buttons below, the summary — to the same
percentage of its own size. 100 % follows the system's font size: a user who
has made the system's text larger gets a larger card from the start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLayout, QWidget

SYSTEM_POINT_SIZE = 9.0
"""The system font size the fill-in's sizes were drawn for (Windows' 9 pt)."""
PERCENT_KEY = "fill_in/text_percent"
"""The remembered zoom, in per cent of the size that follows the system font."""
OLD_POINTS_KEY = "fill_in/question_point_size"
"""Before issue 19 the zoom was remembered as the question's size in points."""
MIN_PERCENT = 80
MAX_PERCENT = 200
STEP_PERCENT = 10


def system_factor() -> float:
    """How much larger the system's text is than the size drawn for (never smaller:
    the question stays large on a system with small text)."""
    points = QApplication.font().pointSizeF()
    return max(1.0, points / SYSTEM_POINT_SIZE) if points > 0 else 1.0


def forget_sizes(layout: QLayout) -> None:
    """Forget the sizes `layout` and the layouts in it have worked out, so that they
    are measured again now rather than after the next event loop pass."""
    layout.invalidate()
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout() if item is not None else None
        if inner is not None:
            forget_sizes(inner)


class TextScale:
    """Remembers the font every widget under `roots` has at 100 % and sets it at
    any percentage; widgets added later (rows of a table) inherit the scaled font."""

    def __init__(self, roots: Sequence[QWidget]) -> None:
        self._fonts: list[tuple[QWidget, QFont]] = []
        for root in roots:
            for widget in [root, *root.findChildren(QWidget)]:
                self._fonts.append((widget, QFont(widget.font())))
        self._percent = 100.0

    @property
    def percent(self) -> float:
        return self._percent

    def apply(self, percent: float) -> None:
        self._percent = percent
        for widget, font in self._fonts:
            scaled = QFont(font)
            size = font.pointSizeF()
            if size > 0:
                scaled.setPointSizeF(size * percent / 100)
            widget.setFont(scaled)

    def fit(self, wanted: float, fits: Callable[[], bool]) -> None:
        """`wanted` per cent, or less (not under 100) while `fits` says the window
        is too low for it: the buttons below must never leave the screen."""
        percent = wanted
        self.apply(percent)
        while percent > 100 and not fits():
            percent = max(100.0, percent - STEP_PERCENT)
            self.apply(percent)
