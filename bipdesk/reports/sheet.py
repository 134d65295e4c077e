"""The printable follow-up sheet (uppföljningsblad): A4 portrait, fonts embedded.

A sheet shows the participant's code (the name only when asked), the unit and
the compared dates; the spider chart drawn as vectors; under it the timeline
and list of their activities (`sheet_activities`); every question's full
text with the answers and the change since the first measurement; ruled lines
for "Det här kom vi överens om"; and on every page "Sida x av y" and the day
it was printed. Many sheets go into one PDF, each numbering its own pages.

`load_sheet` (bipdesk.reports.sheet_data) gathers what one sheet needs from
a repository, `bipdesk.reports.sheet_story` lays it out; `write_sheets` here
writes any number of sheets into one PDF, with progress and Cancel; the CLI,
Print… and Save as PDF… all use them.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, PageBreak

from bipdesk.core.cards import localized
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.reports.fonts import register_fonts
from bipdesk.reports.pdf_document import NumberedCanvas, a4_document, build_document
from bipdesk.reports.sheet_data import SheetData, SheetError
from bipdesk.reports.sheet_story import _Writer
from bipdesk.reports.texts import format_day, text

Progress = Callable[[int, int], bool]
"""progress(done, total) -> keep going? (as bipdesk.ui.operations expects)"""


class SheetCancelledError(Exception):
    """Writing sheets was cancelled through the progress callback."""


def write_sheets(
    sheets: Iterable[SheetData],
    out: str | os.PathLike[str] | BinaryIO,
    total: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the sheets into one PDF; returns the number of pages.

    `progress(done, total)` is called as each sheet is laid out; returning
    False stops the work with SheetCancelledError (nothing useful is left in `out`).
    """
    register_fonts()
    writer = _Writer()
    story: list[Flowable] = []
    items = list(sheets)
    count = total if total is not None else len(items)
    for index, sheet in enumerate(items):
        if index:
            story.append(PageBreak())
        story.append(_SheetStart(sheet, index, count, progress))
        story.extend(writer.sheet_story(sheet))
    if not items:
        raise SheetError(QT_TRANSLATE_NOOP("sheet", "there is no sheet to write"))
    target: Any = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    first = items[0]
    title = text("sheet_title", first.language, card=localized(first.card.title, first.language))
    document = a4_document(
        target, title if len(items) > 1 else f"{title}: {first.code}", title, "sheet"
    )
    return build_document(document, story, NumberedCanvas)


def sheet_pdf(sheet: SheetData) -> bytes:
    """One sheet as PDF bytes."""
    buffer = io.BytesIO()
    write_sheets([sheet], buffer)
    return buffer.getvalue()


def write_sheet(sheet: SheetData, out: str | os.PathLike[str] | BinaryIO) -> int:
    """One sheet into `out`; returns its number of pages."""
    return write_sheets([sheet], out)


class _SheetStart(Flowable):
    """Invisible: marks where a sheet begins, for its footer and the progress."""

    def __init__(self, sheet: SheetData, index: int, total: int, progress: Progress | None):
        super().__init__()
        self.sheet = sheet
        self.index = index
        self.total = total
        self.progress = progress

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.progress is not None and not self.progress(self.index, self.total):
            raise SheetCancelledError(
                QT_TRANSLATE_NOOP("sheet", "writing the sheets was cancelled")
            )
        sheet = self.sheet
        self.canv.bip_sheet = (self.index, _footer_left(sheet), sheet.language)


def _footer_left(sheet: SheetData) -> str:
    printed = text("printed", sheet.language, day=format_day(sheet.printed, sheet.language))
    if sheet.demo:
        return f"{text('unit_demo', sheet.language)} · {sheet.code} · {printed}"
    return f"{sheet.code} · {printed}"


def save_path(path: str | os.PathLike[str]) -> Path:
    """A .pdf path (the suffix is added when missing)."""
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")
