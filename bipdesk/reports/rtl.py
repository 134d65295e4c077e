"""Right-to-left text (Arabic, Persian, Hebrew…) on PDF pages.

reportlab lays text out left to right and does not join Arabic letters by
itself; its own right-to-left support needs `rlbidi`, which is not on PyPI.
So: arabic-reshaper turns the letters into their joined presentation forms
(DejaVu Sans, the font of every sheet, has all of Arabic Presentation
Forms-B), the words are broken into lines in reading order, and each line
is put into display order with python-bidi (the Unicode bidirectional
algorithm, so numbers and Latin words inside stay readable) and drawn flush
right. Breaking before reordering is what UAX #9 asks for; the other way
round, a paragraph's lines come out in the wrong order. python-bidi's
pure-Python `bidi.algorithm` is used, not its Rust `bidi.get_display`: only
the former mirrors brackets (rule L4), so "(…)" does not come out as ")…(".
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from bipdesk.core.cards import is_right_to_left


def shape(text: str) -> str:
    """`text` with Arabic letters in their joined forms (still in reading order)."""
    import arabic_reshaper  # imports fontTools (~0.1 s): only when a sheet needs it

    return str(arabic_reshaper.reshape(text))


def wrap_lines(text: str, font_name: str, font_size: float, width: float) -> list[str]:
    """Lines of at most `width` points, in reading order and shaped (a word longer
    than the width gets a line of its own)."""
    lines: list[str] = []
    current = ""
    for word in shape(text).split():
        candidate = f"{current} {word}" if current else word
        if current and stringWidth(candidate, font_name, font_size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def display_order(line: str) -> str:
    """One line as it is drawn from left to right, with a right-to-left base direction."""
    from bidi.algorithm import get_display

    return str(get_display(line, base_dir="R"))


class RightToLeftParagraph(Flowable):
    """A paragraph of right-to-left text, wrapped to the width it gets, flush right."""

    def __init__(
        self,
        text: str,
        font_name: str,
        font_size: float,
        leading: float,
        colour: object = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.font_name = font_name
        self.font_size = font_size
        self.leading = leading
        self.colour = colour
        self.lines: list[str] = []
        self.width = 0.0
        self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.lines = wrap_lines(self.text, self.font_name, self.font_size, available_width)
        self.height = self.leading * len(self.lines)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self.font_name, self.font_size)
        if self.colour is not None:
            canvas.setFillColor(self.colour)
        # The baseline of line i, from the top, as reportlab's Paragraph places it.
        descent = self.leading - self.font_size
        for index, line in enumerate(self.lines):
            y = self.height - self.leading * (index + 1) + descent
            canvas.drawRightString(self.width, y, display_order(line))
        canvas.restoreState()


def needs_right_to_left(language: str | None) -> bool:
    return language is not None and is_right_to_left(language)
