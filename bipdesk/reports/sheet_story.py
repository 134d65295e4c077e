"""What one follow-up sheet shows, top to bottom, as reportlab flowables.

The heading, the spider chart drawn as vectors, the activities, every
question's answers and change since the first measurement, the talking
points, the anchors and the lines for what was agreed. `bipdesk.reports.sheet`
puts the stories of many sheets into one PDF; the register extract borrows
the paragraph styles.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from bipdesk.core.cards import Card, Texts, localized
from bipdesk.core.coordinator_view import CoordinatorView
from bipdesk.core.measurements import Measurement
from bipdesk.language import language_name
from bipdesk.reports.changes import ChangeTable, change_table
from bipdesk.reports.fonts import BOLD, OBLIQUE, REGULAR, markup
from bipdesk.reports.rtl import RightToLeftParagraph, needs_right_to_left
from bipdesk.reports.sheet_activities import activity_story
from bipdesk.reports.sheet_agreed import AgreedBlock
from bipdesk.reports.sheet_anchors import anchor_legend
from bipdesk.reports.sheet_data import SheetData
from bipdesk.reports.sheet_talking_points import talking_points_story
from bipdesk.reports.spider import SpiderChart
from bipdesk.reports.spider_outline import show_with_coordinator_view
from bipdesk.reports.texts import format_day, format_number, signed, text
from bipdesk.reports.vector import draw_figure

CHART_SIZE = (6.9, 4.75)
"""Inches: the full width of the text column."""


class _ChartFlowable(Flowable):
    """The spider chart, drawn as vectors when the page is laid out."""

    def __init__(
        self,
        chart: SpiderChart,
        measurements: Sequence[Measurement],
        view: CoordinatorView | None = None,
    ) -> None:
        super().__init__()
        self.chart = chart
        self.measurements = list(measurements)
        self.view = view
        width, height = chart.figure.get_size_inches()
        self.width, self.height = float(width) * 72, float(height) * 72

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # The chart is shared by the sheets of one card: show this one's polygons now.
        show_with_coordinator_view(self.chart, self.measurements, self.view)
        draw_figure(self.chart.figure, self.canv, 0, 0)


_charts = threading.local()


def _chart(card: Card, language: str, second: str | None = None) -> SpiderChart:
    """A sheet-sized chart for the card (labels also in the participant's language
    `second`), kept per thread (building one costs ~100 ms)."""
    cache: dict[tuple[str, int, str, str], SpiderChart] | None = getattr(_charts, "cache", None)
    if cache is None:
        cache = _charts.cache = {}
    key = (card.id, card.version, language, second or "")
    chart = cache.get(key)
    if chart is None or chart.card != card:
        if len(cache) >= 8:
            cache.clear()
        chart = cache[key] = SpiderChart(
            card, language, size=CHART_SIZE, font_size=8.5, second_language=second
        )
    return chart


class _Writer:
    """Builds the flowables of sheets."""

    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12.5)
        self.title = ParagraphStyle("title", base, fontName=BOLD, fontSize=15, leading=19)
        self.meta = ParagraphStyle("meta", base, fontSize=10, leading=14)
        self.heading = ParagraphStyle(
            "heading", base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=4
        )
        self.cell = ParagraphStyle("cell", base, fontSize=9, leading=11.5)
        self.second_cell = ParagraphStyle(
            "second_cell", self.cell, fontName=OBLIQUE, textColor=colors.Color(0.2, 0.2, 0.2)
        )
        self.head_cell = ParagraphStyle(
            "head", base, fontName=BOLD, fontSize=8.5, leading=10.5, alignment=TA_CENTER
        )
        self.head_left = ParagraphStyle("head_left", self.head_cell, alignment=TA_LEFT)
        self.small = ParagraphStyle("small", base, fontSize=8.5, leading=11)

    def sheet_story(self, sheet: SheetData) -> Iterator[Flowable]:
        language = sheet.language
        card_title = localized(sheet.card.title, language)
        yield Paragraph(escape(text("sheet_title", language, card=card_title)), self.title)
        yield Spacer(0, 3)
        who = sheet.code
        if sheet.show_name and sheet.participant.name:
            who = f"{sheet.code} – {sheet.participant.name}"
        lines = [f"<b>{escape(text('participant', language))}:</b> {escape(who)}"]
        if sheet.demo:  # under the title too: the footer alone is easily missed
            lines.insert(0, f'<font color="#9e1212"><b>{text("unit_demo", language)}</b></font>')
        if sheet.unit:
            lines.append(f"<b>{escape(text('unit', language))}:</b> {escape(sheet.unit)}")
        if sheet.measurements:
            days = ", ".join(format_day(m.date, language) for m in sheet.measurements)
        else:
            days = text("no_measurements", language)
        lines.append(f"<b>{escape(text('compared', language))}:</b> {escape(days)}")
        second = sheet.second_texts()
        if second and sheet.second_language is not None:
            name = language_name(sheet.second_language, language, capitalised=False)
            lines.append(f"<b>{escape(text('card_language', language))}:</b> {escape(name)}")
        yield Paragraph("<br/>".join(lines), self.meta)
        yield HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=5)
        second_language = sheet.second_language if second else None
        yield _ChartFlowable(
            _chart(sheet.card, language, second_language),
            sheet.measurements,
            sheet.coordinator_view,
        )
        yield from activity_story(sheet.history, language, sheet.printed)
        yield Spacer(0, 4)
        yield self._table(
            change_table(sheet.card, sheet.measurements, language), language, second, sheet
        )
        yield Spacer(0, 10)
        latest = sheet.measurements[-1] if sheet.measurements else None
        yield from talking_points_story(sheet.card, latest, sheet.coordinator_view, language)
        yield from anchor_legend(sheet.card, language, second_language, CHART_SIZE[0] * 72)
        yield Spacer(0, 10)
        yield AgreedBlock(language, self.heading, self.small)

    def _question_cell(self, row_text: str, second: str | None, sheet: SheetData) -> Any:
        """The question, and under it the participant's language (right to left for
        Arabic and the like: reportlab would draw those letters unjoined and reversed)."""
        first = Paragraph(escape(row_text), self.cell)
        if second is None:
            return first
        if needs_right_to_left(sheet.second_language):
            grey = colors.Color(0.2, 0.2, 0.2)
            return [first, RightToLeftParagraph(second, REGULAR, 9, 11.5, grey)]
        return [first, Paragraph(markup(second), self.second_cell)]

    def _table(
        self,
        table: ChangeTable,
        language: str,
        second: Texts | None = None,
        sheet: SheetData | None = None,
    ) -> Table:
        dash = text("not_answered", language)
        many = len(table.measurements)
        header: list[Any] = [Paragraph(escape(text("question", language)), self.head_left)]
        header += [Paragraph(escape(format_day(d, language)), self.head_cell) for d in table.dates]
        if many >= 2:
            header.append(Paragraph(escape(text("change_since_first", language)), self.head_cell))
        rows: list[list[Any]] = [header]
        for row in table.rows:
            if second and sheet is not None:
                cells: list[Any] = [
                    self._question_cell(row.text, second.get(row.question_id), sheet)
                ]
            else:
                cells = [Paragraph(escape(row.text), self.cell)]
            cells += [dash if a is None else str(a) for a in row.answers]
            if many >= 2:
                cells.append(
                    dash
                    if row.change is None or row.trend is None
                    else f"{row.trend.mark} {signed(row.change, language)}"
                )
            rows.append(cells)
        mean: list[Any] = [Paragraph(f"<b>{escape(text('mean', language))}</b>", self.cell)]
        mean += [dash if v is None else format_number(v, language, 1) for v in table.means]
        if many >= 2:
            mean.append(
                dash
                if table.mean_change is None or table.mean_trend is None
                else f"{table.mean_trend.mark} {signed(table.mean_change, language, 1)}"
            )
        rows.append(mean)

        total_width = CHART_SIZE[0] * 72
        answer_width = 56.0 if many <= 4 else 46.0
        change_width = 62.0 if many >= 2 else 0.0
        widths = [total_width - answer_width * many - change_width]
        widths += [answer_width] * many + ([change_width] if many >= 2 else [])
        result = Table(rows, colWidths=widths, repeatRows=1)
        last = len(rows) - 1
        style = [
            ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
            ("FONT", (1, last), (-1, last), BOLD, 9.5),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEABOVE", (0, last), (-1, last), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, last - 1), 0.25, colors.Color(0.7, 0.7, 0.7)),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if many:  # the latest answers stand out, also in grey print
            style.append(("BACKGROUND", (many, 1), (many, last), colors.Color(0.93, 0.93, 0.93)))
        result.setStyle(TableStyle(style))
        return result
