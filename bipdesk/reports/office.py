"""The project office's PDF report of merged aggregate files (DESIGN §7).

One A4 report for a steering group or funder: a cover with the period (every
period, when the files cover several), the units, the protection in one
sentence and how to read the figures (`bipdesk.reports.office_cover`); the
headline figures with their 95 % margins of error, by sex and by age group
(`office_figures`); exits by outcome group, reason and sex (`office_exits`);
the mean of the first and the latest measurement per question and the
group spider (`office_questions`); and a table of the units' files
(`office_units`); and, where the files have them, the follow-up tables of
activities, exits to work and the exit survey (`office_follow_up`). A file of
invented demo people says so on every page.

Everything shown comes from the aggregate files alone, so nothing personal
can appear. The figures are the published ones: counts protected by the cell
key method, summed with their margins of error, shares of those counts, and
means withheld (`..`) where fewer than `means_from_n` people stand behind them.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from bipdesk.core.cards import Card
from bipdesk.core.surveys import DEFAULT_GOAL
from bipdesk.io.aggregate_file import AggregateFile, write_atomically
from bipdesk.io.table_figures import label
from bipdesk.reports.fonts import BOLD, register_fonts
from bipdesk.reports.office_cover import cover
from bipdesk.reports.office_exits import exits
from bipdesk.reports.office_figures import key_figures, progression
from bipdesk.reports.office_follow_up import follow_up
from bipdesk.reports.office_frame import DEMO_COLOUR, OfficeFrame, installed_card
from bipdesk.reports.office_questions import questions, spider
from bipdesk.reports.office_units import unit_table
from bipdesk.reports.pdf_document import MARGIN, a4_document, build_document, numbered_canvas
from bipdesk.reports.texts import language_of, text

__all__ = ["office_report_pdf", "write_office_report"]


def write_office_report(
    merged: AggregateFile,
    units: Sequence[AggregateFile],
    out: str | os.PathLike[str] | BinaryIO,
    language: str = "sv",
    card: Card | None = None,
    survey_goal: float = DEFAULT_GOAL,
) -> int:
    """Write the report of `merged` (and a table of `units`) as PDF; returns its pages.

    `merged` is what `bipdesk.io.merge` made of `units`, or a unit's own file.
    `card` gives the question labels and the spider; without it the installed
    card of the file's id and version is used; `survey_goal` is the project's
goal for the exit survey's shares of positive answers. A path is written only once the
    whole report is made, so a failure leaves no half file.
    """
    if isinstance(out, str | os.PathLike):
        buffer = io.BytesIO()
        pages = _build(merged, units, buffer, language, card, survey_goal)
        write_atomically(Path(out), buffer.getvalue())
        return pages
    return _build(merged, units, out, language, card, survey_goal)


def office_report_pdf(
    merged: AggregateFile,
    units: Sequence[AggregateFile],
    language: str = "sv",
    card: Card | None = None,
    survey_goal: float = DEFAULT_GOAL,
) -> bytes:
    """The report as PDF bytes (see `write_office_report`)."""
    buffer = io.BytesIO()
    _build(merged, units, buffer, language, card, survey_goal)
    return buffer.getvalue()


def _build(
    merged: AggregateFile,
    units: Sequence[AggregateFile],
    out: BinaryIO,
    language: str,
    card: Card | None,
    survey_goal: float,
) -> int:
    register_fonts()
    language = language_of(language)
    card = installed_card(merged, card)
    frame = OfficeFrame(merged, list(units), language, card, date.today(), survey_goal)
    title = text("office_title", language)
    document = a4_document(out, f"{title}: {frame.period_text}", title, "report")
    footer_key = "office_footer_mixed" if frame.mixed_periods else "office_footer"
    footer = text(footer_key, language, period=frame.period_text)
    maker = numbered_canvas(footer, language)
    if merged.demo:
        maker = _demo_canvas(maker, label("demo", language))
    return build_document(document, list(_story(frame, document.width)), maker)


def _story(frame: OfficeFrame, width: float) -> Iterator[Flowable]:
    frame.width = width
    yield from cover(frame)
    yield PageBreak()
    yield from key_figures(frame)
    yield from progression(frame)
    yield from exits(frame)
    yield from questions(frame)
    yield from spider(frame)
    yield from follow_up(frame)
    if frame.units:
        yield from unit_table(frame)


def _demo_canvas(base: type[Canvas], mark: str) -> type[Canvas]:
    """`base` with `mark` in red at the top of every page: no page of a demo report
    can be taken for one of real people."""

    class _Demo(base):
        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(DEMO_COLOUR)
            self.setFont(BOLD, 10)
            self.drawCentredString(width / 2, height - MARGIN / 2 - 3, mark)
            self.restoreState()
            super().showPage()

    return _Demo
