"""The frame of the project-office report: what every section of it shares.

`OfficeFrame` holds the merged file, the units' files, the language and the
card, and writes figures the one way the whole report writes them: a merged
count with its 95 % margin of error and, where it may be shown, its share
of a base, `71 ± 6 (66 %)`; a withheld mean `..`. The styles, the table
layout (header rules, light row lines, a bold total) and the chart flowable
are here too, so the sections only say what they show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from bipdesk.core.aggregation import (
    ALL,
    EXITS,
    LEFT,
    PARTICIPANTS,
    SUM_MEASURES,
    UNKNOWN_BAND,
    Cell,
)
from bipdesk.core.cards import Card, CardError, localized
from bipdesk.core.participants import OutcomeGroup
from bipdesk.core.periods import Period
from bipdesk.core.perturbation import margin_of_error
from bipdesk.core.surveys import DEFAULT_GOAL
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.merge import sources_of
from bipdesk.io.table_figures import Figure, count_figure, format_figure, label, share_figure
from bipdesk.reports.fonts import BOLD, REGULAR
from bipdesk.reports.texts import format_day, text

NBSP = "\xa0"
GRID = colors.Color(0.75, 0.75, 0.75)
SHADE = colors.Color(0.94, 0.94, 0.94)
NOTE_COLOUR = colors.Color(0.3, 0.3, 0.3)
DEMO_COLOUR = colors.Color(0.72, 0.11, 0.11)
PADDING = 3 + 4 + 1
"""Left and right cell padding of `OfficeFrame.table`, and a point to spare."""
HEADER_GAP = 6
"""Extra room in front of every cell after the first column (the headers' left padding)."""
FIGURE_GAP = 2
"""Extra room in front of a figure on one line: with the paddings, two figures' width apart."""
FIRST_COLUMN = 56.0
"""The narrowest the first column (the names of the rows) is made for one-line figures."""


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    period: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    number: ParagraphStyle
    head: ParagraphStyle
    head_left: ParagraphStyle
    head_right: ParagraphStyle
    symbol: ParagraphStyle
    small: ParagraphStyle
    demo: ParagraphStyle


def make_styles() -> Styles:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13)
    cell = ParagraphStyle("cell", body, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", cell, fontName=BOLD, fontSize=8, leading=9.8, alignment=TA_CENTER)
    return Styles(
        body=body,
        title=ParagraphStyle("title", body, fontName=BOLD, fontSize=22, leading=27),
        subtitle=ParagraphStyle("subtitle", body, fontSize=11.5, leading=15, spaceBefore=4),
        period=ParagraphStyle("period", body, fontName=BOLD, fontSize=14, leading=18),
        heading=ParagraphStyle(
            "heading",
            body,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=14,
            spaceAfter=5,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            body,
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=4,
            spaceAfter=3,
            keepWithNext=1,
        ),
        note=ParagraphStyle(
            "note", body, fontSize=8, leading=10.5, textColor=NOTE_COLOUR, spaceBefore=3
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", cell, fontName=BOLD),
        number=ParagraphStyle("number", cell, alignment=TA_RIGHT),
        head=head,
        head_left=ParagraphStyle("head_left", head, alignment=TA_LEFT),
        head_right=ParagraphStyle("head_right", head, alignment=TA_RIGHT),
        symbol=ParagraphStyle("symbol", cell, fontName=BOLD, fontSize=9.5, leading=12),
        small=ParagraphStyle("small", cell, fontSize=8, leading=10, textColor=NOTE_COLOUR),
        demo=ParagraphStyle(
            "demo", body, fontName=BOLD, fontSize=12, leading=16, textColor=DEMO_COLOUR
        ),
    )


def period_text(period: Period, language: str) -> str:
    """A period for people: '1 jan. 2024 – 31 dec. 2024'; open ends in words."""
    start = format_day(period.start, language) if period.start else None
    end = format_day(period.end, language) if period.end else None
    if start and end:
        return text("office_period_both", language, start=start, end=end)
    if start:
        return text("office_period_from", language, start=start)
    if end:
        return text("office_period_to", language, end=end)
    return text("office_period_open", language)


def start_of(period: Period) -> date:
    return period.start or date.min


def periods_of(aggregate: AggregateFile) -> list[Period]:
    """The different periods of the exports in `aggregate`, earliest first."""
    found = {source.period for source in sources_of(aggregate)}
    return sorted(found, key=lambda p: (start_of(p), p.end or date.max))


def band_label(band: str, language: str) -> str:
    """'20–29', '–19', '60–' with a real dash; the margin and 'unknown' in words."""
    if band in (ALL, UNKNOWN_BAND):
        return label(f"band:{band}", language)
    return band.replace("-", "–")


def installed_card(merged: AggregateFile, card: Card | None = None) -> Card | None:
    """The given card or the installed one of the file's id and version, if any."""
    wanted = (merged.card.id, merged.card.version)
    if card is not None and (card.id, card.version) == wanted:
        return card
    from bipdesk.io.cards import default_cards

    try:
        return default_cards().get(*wanted)
    except CardError:  # a broken card file of the user's: report without the card
        return None


def is_zero(figure: Figure) -> bool:
    return not figure.withheld and figure.value == 0


class OfficeFrame:
    """The files, the language and the card of one report, and its way of writing figures."""

    def __init__(
        self,
        merged: AggregateFile,
        units: list[AggregateFile],
        language: str,
        card: Card | None,
        today: date,
        survey_goal: float = DEFAULT_GOAL,
    ) -> None:
        self.merged = merged
        self.survey_goal = survey_goal
        self.units = units
        self.language = language
        self.card = card
        self.today = today
        self.styles = make_styles()
        self.people = merged.protection.means_from_n
        self.periods = periods_of(merged)
        self.period_text = period_text(merged.period, language)
        self.labels: dict[str, str] = (
            {q.id: localized(q.label, language) for q in card.questions} if card else {}
        )
        self.spider_card = card if card and card.question_ids == merged.card.questions else None
        self.width = 0.0

    @property
    def mixed_periods(self) -> bool:
        return len(self.periods) > 1

    @property
    def largest_margin(self) -> int:
        """The largest margin of error of any count in the merged file (0 for a unit's file)."""
        return max((c.margin or 0 for c in self.merged.cells if c.is_count), default=0)

    # -- words and figures --------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return text(key, self.language, **values)

    def p(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain text (escaped)."""
        return Paragraph(escape(value), style or self.styles.body)

    def count(self, aggregate: AggregateFile, table: str, measure: str, **dims: Any) -> Figure:
        return count_figure(aggregate.cell(table, measure, **dims))

    def participants(self, measure: str, sex: str = ALL, band: str = ALL) -> Figure:
        return self.count(self.merged, PARTICIPANTS, measure, sex=sex, age_band=band)

    def exits_of(self, sex: str, group: OutcomeGroup) -> Figure:
        return self.count(self.merged, EXITS, LEFT, sex=sex, outcome_group=group.value)

    def exits_total(self, sex: str) -> Figure:
        """All who left (of one sex): the file has no such cell, so the sum of its groups,
        with the margin of a sum of that many perturbed parts."""
        cells = [
            self.merged.cell(EXITS, LEFT, sex=sex, outcome_group=g.value) for g in OutcomeGroup
        ]
        return sum_figure(self.merged, cells)

    def show(self, figure: Figure, base: Figure | None = None, margin: bool = True) -> str:
        """'71 ± 6 (66 %)': the count, its margin (merged files), and its share of `base`.

        The count and its margin, and the share, are each held together by
        no-break spaces, so a narrow cell wraps only in front of the share.
        """
        shown = format_figure(figure, self.language, grouping=True, with_margin=margin)
        shown = shown.replace(" ± ", f"{NBSP}±{NBSP}")
        if base is None or figure.withheld or figure.value in (None, 0):
            return shown
        share = share_figure(figure, base, self.people)
        if share.withheld or share.value is None:
            return shown
        percent = format_figure(share, self.language).replace(" ", NBSP)
        return f"{shown} ({percent})"

    # -- table cells ----------------------------------------------------------------------

    def number(self, value: str, bold: bool = False, size: float | None = None) -> Paragraph:
        style = self.styles.number
        if bold or size:
            style = ParagraphStyle(
                "number_bold",
                style,
                fontName=BOLD if bold else REGULAR,
                fontSize=size or style.fontSize,
                leading=(size or style.fontSize) * 1.25,
            )
        return Paragraph(escape(value), style)

    def head(self, value: str, left: bool = False) -> Paragraph:
        """A header over text (`left`) or over a group of columns (centred)."""
        return Paragraph(escape(value), self.styles.head_left if left else self.styles.head)

    def head_number(self, value: str) -> Paragraph:
        """A header over a column of numbers: right-aligned like them."""
        return Paragraph(escape(value), self.styles.head_right)

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        header_rows: int = 1,
        total_row: bool = True,
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        """A table in the report's style: header rules, light row lines, a bold total.

        The columns after the first are widened where a header word or an
        unbreakable figure would not fit (so nothing is ever broken inside a
        word or a figure), at the first column's cost.
        """
        widths = fitted(rows, widths, header_rows, extra)
        result = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
        last = len(rows) - 1
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black),
            ("LINEBELOW", (0, header_rows), (-1, last), 0.25, GRID),
            ("LINEBELOW", (0, last), (-1, last), 0.8, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            # headers of neighbouring columns never touch
            ("LEFTPADDING", (1, 0), (-1, header_rows - 1), 3 + HEADER_GAP),
        ]
        if total_row and last >= header_rows:
            style += [
                ("LINEABOVE", (0, last), (-1, last), 0.8, colors.black),
                ("BACKGROUND", (0, last), (-1, last), SHADE),
            ]
        style += list(extra)
        result.setStyle(TableStyle(style))
        return result


def sum_figure(aggregate: AggregateFile, cells: Sequence[Cell | None]) -> Figure:
    """The sum of published counts; in a merged file with the margin of all their parts."""
    present = [c for c in cells if c is not None and c.measure not in SUM_MEASURES]
    value = sum(int(c.value or 0) for c in present)
    if not aggregate.is_merged:
        return Figure(value)
    parts = sum(aggregate.parts.get(c.key, 0) for c in present)
    return Figure(value, margin=margin_of_error(parts, aggregate.protection.variance))


def fitted(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    header_rows: int,
    extra: Sequence[tuple[Any, ...]],
) -> list[float]:
    """`widths` with every column after the first wide enough for its longest header
    word and its widest unbreakable figure; the first column gives up what the others take."""
    spanned = {
        command[1] for command in extra if command[0] == "SPAN" and command[1][0] != command[2][0]
    }
    result = list(widths)
    for column in range(1, len(result)):
        need = 0.0
        for index, row in enumerate(rows):
            cell = row[column]
            if not isinstance(cell, Paragraph) or (column, index) in spanned:
                continue
            style = cell.style
            plain = cell.text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            # Words of a header, figures of a cell: no-break spaces hold each together.
            for piece in plain.split(" "):
                # a gap in front, so "16 400" and "4 920" in neighbouring cells never read as one
                width = stringWidth(piece, style.fontName, style.fontSize) + HEADER_GAP
                need = max(need, width)
        result[column] = max(result[column], need + PADDING)
    result[0] -= sum(result) - sum(widths)
    return _one_line(rows, result, header_rows)


def _one_line(rows: Sequence[Sequence[Any]], widths: list[float], header_rows: int) -> list[float]:
    """`widths` with every figure on one line when the first column can give the room
    and keep its widest word (and FIRST_COLUMN); else `widths` as they are."""
    full = list(widths)
    first = FIRST_COLUMN
    for index, row in enumerate(rows):
        for column, cell in enumerate(row):
            if not isinstance(cell, Paragraph):
                continue
            style = cell.style
            plain = cell.text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            if column == 0:
                for word in re.sub(r"<[^>]*>", " ", plain).split():
                    width = stringWidth(word, style.fontName, style.fontSize) + PADDING
                    first = max(first, width)
                continue
            if index < header_rows:
                continue
            width = stringWidth(plain, style.fontName, style.fontSize) + FIGURE_GAP + PADDING
            full[column] = max(full[column], width)
    extra = sum(full[1:]) - sum(widths[1:])
    if extra <= 0 or widths[0] - extra < first:
        return widths
    full[0] = widths[0] - extra
    return full
