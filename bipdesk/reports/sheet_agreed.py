"""'What we agreed' at the end of the follow-up sheet: lines to write on by hand.

The block takes the room left on the last page, with fewer writing lines when
that room is short, instead of moving alone to a page of its own (the demo
sheets ended on a third page holding nothing but these lines).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from bipdesk.reports.texts import text

AGREED_LINES = 8
"""Writing lines on a page with room for them all."""
MIN_AGREED_LINES = 3
"""Fewer would be too little to write on: then the block goes to the next page."""
LINE_GAP = 17.0
GAP = 10.0
"""Above 'Next meeting' and above the signature."""
LINE_COLOUR = colors.Color(0.45, 0.45, 0.45)


class AgreedBlock(Flowable):
    """Heading, writing lines, 'Next meeting: ___' and 'Signature: ___'."""

    def __init__(self, language: str, heading: ParagraphStyle, small: ParagraphStyle) -> None:
        super().__init__()
        self.heading = Paragraph(escape(text("agreed", language)), heading)
        self.labels = (text("next_meeting", language), text("signature", language))
        self.small = small
        self.lines = AGREED_LINES
        self._heading_height = 0.0

    def _height(self, lines: int) -> float:
        labelled = 2 * (GAP + self.small.leading + 4)
        return self._heading_height + 6 + lines * LINE_GAP + labelled

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _w, self._heading_height = self.heading.wrap(available_width, available_height)
        fitting = AGREED_LINES
        while fitting > MIN_AGREED_LINES and self._height(fitting) > available_height:
            fitting -= 1
        self.lines = fitting
        return available_width, self._height(fitting)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # never split: on the next page it has room for every line

    def draw(self) -> None:
        canvas = self.canv
        top = self._height(self.lines)
        y = top - self._heading_height
        self.heading.drawOn(canvas, 0, y)
        y -= 6
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(LINE_COLOUR)
        for _ in range(self.lines):
            y -= LINE_GAP
            canvas.line(0, y, self.width, y)
        for label, share in zip(self.labels, (0.45, 1.0), strict=True):
            y -= GAP + self.small.leading + 4
            self._labelled_line(label, share, y)

    def _labelled_line(self, label: str, share: float, y: float) -> None:
        """'Label: ______' for writing by hand."""
        canvas = self.canv
        canvas.setFont(self.small.fontName, self.small.fontSize)
        canvas.drawString(0, y + 2, label)
        start = canvas.stringWidth(label, self.small.fontName, self.small.fontSize) + 6
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(LINE_COLOUR)
        canvas.line(start, y, max(start + 60, self.width * share), y)
