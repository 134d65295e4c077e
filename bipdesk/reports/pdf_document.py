"""The A4 document every BIP Desk PDF shares: margins, metadata, footer, "page x of y".

The follow-up sheet, the participant's copy, the register extract and the
unit's and project office's reports all lay out their stories on this page,
so that they look like one family and each page says where it belongs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from bipdesk import __version__
from bipdesk.reports.fonts import REGULAR
from bipdesk.reports.texts import text

MARGIN = 16 * mm
FOOTER_Y = 9 * mm


def a4_document(target: Any, title: str, subject: str, template: str) -> BaseDocTemplate:
    """The page every BIP Desk PDF shares: A4, margins with room for the footer, metadata."""
    document = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author="BIP Desk",
        creator=f"BIP Desk {__version__}",
        subject=subject,
        invariant=False,
    )
    frame = Frame(
        document.leftMargin,
        document.bottomMargin,
        document.width,
        document.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document.addPageTemplates([PageTemplate(id=template, frames=[frame])])
    return document


def build_document(document: BaseDocTemplate, story: list[Flowable], canvasmaker: Any) -> int:
    """Lay out `story` with compressed page streams; returns the number of pages."""
    with binary_streams():
        document.build(story, canvasmaker=canvasmaker)
    return int(document.page)


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Compressed binary page streams instead of ASCII85 (which reportlab encodes in
    pure Python without its optional accelerator): a third of the time, smaller files."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


class NumberedCanvas(Canvas):
    """Holds every page back until the end, so each can say 'page x of y' of its part.

    `bip_sheet` is (part, the footer's left text, language): the follow-up
    sheet starts a part per sheet, `numbered_canvas` makes the PDF one part.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Start every page in DejaVu Sans, so no unembedded Helvetica is referenced.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9.5
        super().__init__(*args, **kwargs)
        self.bip_sheet: tuple[int, str, str] = (0, "", "sv")
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        per_sheet: dict[int, int] = {}
        for state in self._pages:
            key = state["bip_sheet"][0]
            per_sheet[key] = per_sheet.get(key, 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            key, left, language = self.bip_sheet
            seen[key] = seen.get(key, 0) + 1
            self._footer(left, text("page", language, page=seen[key], pages=per_sheet[key]))
            super().showPage()
        super().save()

    def _footer(self, left: str, right: str) -> None:
        draw_footer(self, left, right)


def numbered_canvas(left: str, language: str) -> type[Canvas]:
    """The canvas of a PDF in one part: `left` and 'page x of y' in every footer."""

    class _Numbered(NumberedCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.bip_sheet = (0, left, language)

    return _Numbered


def draw_footer(canvas: Canvas, left: str, right: str) -> None:
    """The footer of every BIP Desk PDF page: a thin rule, `left` and `right` below it."""
    width = canvas._pagesize[0]
    canvas.saveState()
    canvas.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, FOOTER_Y + 11, width - MARGIN, FOOTER_Y + 11)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(colors.Color(0.25, 0.25, 0.25))
    canvas.drawString(MARGIN, FOOTER_Y, left)
    canvas.drawRightString(width - MARGIN, FOOTER_Y, right)
    canvas.restoreState()
