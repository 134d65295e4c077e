"""The mark on every page of a PDF that must not leave the unit (DESIGN §9).

A red-bordered band at the top of each page says the document is internal
and contains small counts, and — for a demo database — that its people are
invented; the footer names the document, shortened so it never runs into
"Page x of y".
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bipdesk.reports.fonts import BOLD, REGULAR
from bipdesk.reports.pdf_document import MARGIN
from bipdesk.reports.texts import text

MARK_INK = colors.Color(0.62, 0.07, 0.07)
MARK_PAPER = colors.Color(0.99, 0.91, 0.91)
MARK_TOP = 6 * mm
"""From the top edge of the page to the top of the band."""
MARK_HEIGHT = 7 * mm
MARK_SIZE = 9
FOOTER_SIZE = 8
"""Points: the footer's type (`bipdesk.reports.pdf_document.draw_footer`)."""
SHORTEST_NAME = 12
"""Characters: the footer never shortens a name below this."""


def draw_marks(canvas: Canvas, marks: Sequence[str]) -> None:
    """The band at the top of the page: the first mark on the left, the others right."""
    width, height = canvas._pagesize
    bottom = height - MARK_TOP - MARK_HEIGHT
    canvas.saveState()
    canvas.setFillColor(MARK_PAPER)
    canvas.setStrokeColor(MARK_INK)
    canvas.setLineWidth(0.8)
    canvas.rect(MARGIN, bottom, width - 2 * MARGIN, MARK_HEIGHT, stroke=1, fill=1)
    canvas.setFillColor(MARK_INK)
    canvas.setFont(BOLD, MARK_SIZE)
    baseline = bottom + (MARK_HEIGHT - MARK_SIZE * 0.72) / 2
    canvas.drawString(MARGIN + 3 * mm, baseline, marks[0])
    if len(marks) > 1:
        canvas.drawRightString(width - MARGIN - 3 * mm, baseline, "   ".join(marks[1:]))
    canvas.restoreState()


def footer_text(key: str, name: str, period: str, language: str, width: float) -> str:
    """The footer text `key` of `name` and `period`, the name shortened ('…') where the
    whole would run into 'Page x of y' on the right of a `width` wide line."""
    room = width - stringWidth(text("page", language, page=99, pages=99), REGULAR, FOOTER_SIZE)
    room -= 12
    shortened = name
    while True:
        footer = text(key, language, unit=shortened, period=period)
        if stringWidth(footer, REGULAR, FOOTER_SIZE) <= room or len(shortened) <= SHORTEST_NAME:
            return footer
        shortened = shortened[: len(shortened) - 2].rstrip() + "…"
