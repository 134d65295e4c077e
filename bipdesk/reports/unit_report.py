"""The unit's own report as A4 PDF (DESIGN §9): its exact figures, marked internal.

For the unit's own follow-up and for a project whose only unit it is: the
headline shares (who has two or more comparable measurements, who made a
positive, negative or no step, where those who left went), participants by
sex and age group, exits by sex, outcome group and reason, every question's
first and latest mean with who improved, worsened or stayed the same, and the
group's spider chart. The figures are exact (`bipdesk.reports.unit_figures`),
so every page says in its header that the report is internal and contains
small counts — and, for a demo database, that its people are invented. It is
never an aggregate file: `merge` refuses it.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from bipdesk.core.aggregation import (
    ALL,
    COMPARABLE,
    IMPROVED,
    MEAN_FIRST,
    MEAN_LATEST,
    MEASURED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    REGISTERED,
    SEXES,
    UNCHANGED,
    UNKNOWN_BAND,
    WORSENED,
    N,
)
from bipdesk.core.cards import localized
from bipdesk.core.participants import OutcomeGroup, exit_reasons_in
from bipdesk.io.aggregate_file import write_atomically
from bipdesk.io.table_figures import Figure, format_figure, label
from bipdesk.reports.fonts import BOLD, REGULAR, register_fonts
from bipdesk.reports.internal_mark import draw_marks, footer_text
from bipdesk.reports.pdf_document import a4_document, build_document, numbered_canvas
from bipdesk.reports.spider import group_spider_figure
from bipdesk.reports.texts import format_day, language_of, signed, text
from bipdesk.reports.unit_figures import UnitFigures, compares_words, period_words
from bipdesk.reports.unit_follow_up import unit_follow_up
from bipdesk.reports.unit_headlines import count_with_share, format_count, headlines
from bipdesk.reports.vector import FigureFlowable

CHART_SIZE = (6.9, 5.4)
"""Inches: the text column's width; room for the title, labels and legend."""
GRID = colors.Color(0.75, 0.75, 0.75)
SHADE = colors.Color(0.93, 0.93, 0.93)
NOTE_COLOUR = colors.Color(0.3, 0.3, 0.3)

__all__ = ["unit_report_pdf", "write_unit_report"]


def write_unit_report(
    figures: UnitFigures, out: str | os.PathLike[str] | BinaryIO, language: str = "sv"
) -> int:
    """Write the report as PDF; returns its pages. A path is written only once the whole
    report is made, so a failure leaves no half file."""
    if isinstance(out, str | os.PathLike):
        buffer = io.BytesIO()
        pages = _build(figures, buffer, language)
        write_atomically(Path(out), buffer.getvalue())
        return pages
    return _build(figures, out, language)


def unit_report_pdf(figures: UnitFigures, language: str = "sv") -> bytes:
    """The report as PDF bytes."""
    buffer = io.BytesIO()
    _build(figures, buffer, language)
    return buffer.getvalue()


def _build(figures: UnitFigures, out: BinaryIO, language: str) -> int:
    register_fonts()
    language = language_of(language)
    report = _Report(figures, language)
    title = f"{text('unit_title', language)}: {figures.unit}"
    document = a4_document(out, title, text("unit_internal", language), "unit_report")
    marks = [text("unit_internal", language)]
    if figures.demo:
        marks.append(text("unit_demo", language))
    document.pageTemplates[0].onPage = lambda canvas, _doc: draw_marks(canvas, marks)
    width = float(document.width)
    footer = footer_text("unit_footer", figures.unit, report.period, language, width)
    story = list(report.story(document))
    return build_document(document, story, numbered_canvas(footer, language))


class _Report:
    """The flowables of one report."""

    def __init__(self, figures: UnitFigures, language: str) -> None:
        self.figures = figures
        self.language = language
        self.period = period_words(figures.period, language)
        body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13)
        cell = ParagraphStyle("cell", body, fontSize=8.5, leading=10.5)
        head = ParagraphStyle(
            "head", cell, fontName=BOLD, fontSize=8, leading=9.8, alignment=TA_CENTER
        )
        self.body = body
        self.cell = cell
        self.cell_bold = ParagraphStyle("cell_bold", cell, fontName=BOLD)
        self.indented = ParagraphStyle("indented", cell, leftIndent=12)
        self.head = head
        self.head_left = ParagraphStyle("head_left", head, alignment=TA_LEFT)
        self.head_right = ParagraphStyle("head_right", head, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", body, fontName=BOLD, fontSize=20, leading=25)
        self.subtitle = ParagraphStyle("subtitle", body, fontSize=11.5, leading=15)
        self.heading = ParagraphStyle(
            "heading",
            body,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=14,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.headline = ParagraphStyle(
            "headline",
            body,
            fontSize=10.5,
            leading=14.5,
            leftIndent=10,
            bulletIndent=0,
            bulletFontName=REGULAR,
        )
        self.note = ParagraphStyle(
            "note", body, fontSize=8, leading=10.5, textColor=NOTE_COLOUR, spaceBefore=3
        )

    # -- small helpers -----------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return text(key, self.language, **values)

    def p(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(value), style or self.body)

    def number(self, value: int) -> str:
        return format_count(value, self.language)

    def show(self, count: int, base: int | None = None) -> str:
        """'71 (66 %)': the count and, when there is a base to take it of, its share."""
        return count_with_share(count, base, self.language)

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        header_rows: int,
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        """A table in the report's style: header rules, light row lines, numbers right.

        The columns after the first are widened where a header word or a figure would
        not fit (no word is ever broken), at the first column's cost.
        """
        widths = _fitted(rows, widths)
        result = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, header_rows), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black),
            ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ]
        result.setStyle(TableStyle(style))
        return result

    # -- the report ----------------------------------------------------------------

    def story(self, document: BaseDocTemplate) -> Iterator[Flowable]:
        width = float(document.width)
        yield from self.cover()
        yield from self.headlines()
        yield from self.participants(width)
        yield from self.exits(width)
        yield from self.questions(width)
        yield from self.spider()
        yield from unit_follow_up(self, width)

    def cover(self) -> Iterator[Flowable]:
        figures, language = self.figures, self.language
        yield Spacer(0, 4)
        yield self.p(f"{self.t('unit_title')}: {figures.unit}", self.title)
        yield Spacer(0, 2)
        yield self.p(self.t("unit_subtitle"), self.subtitle)
        yield Spacer(0, 8)
        card = figures.card
        facts = [
            (self.t("unit_period"), self.period),
            (self.t("unit_compared"), compares_words(figures.period, figures.baseline, language)),
            (
                self.t("unit_card"),
                self.t(
                    "unit_card_value",
                    title=localized(card.title, language),
                    id=card.id,
                    version=card.version,
                ),
            ),
            (self.t("unit_made"), format_day(figures.made, language, "long")),
        ]
        rows = [[self.p(name, self.cell_bold), self.p(value, self.cell)] for name, value in facts]
        about = Table(rows, colWidths=[90.0, 380.0], hAlign="LEFT")
        about.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        yield about
        yield Spacer(0, 8)
        yield self.p(self.t("unit_intro"))
        yield HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=8)

    def headlines(self) -> Iterator[Flowable]:
        yield self.p(self.t("unit_key_figures"), self.heading)
        for line in headlines(self.figures, self.language):
            yield Paragraph(escape(line), self.headline, bulletText="•")
            yield Spacer(0, 3)

    def participants(self, width: float) -> Iterator[Flowable]:
        f = self.figures
        header = [
            self.p(self.t("unit_col_group"), self.head_left),
            self.p(self.t("unit_col_registered"), self.head_right),
            self.p(self.t("unit_col_measured"), self.head_right),
            self.p(self.t("unit_col_comparable"), self.head_right),
            self.p(self.t("unit_col_steps"), self.head),
            "",
            "",
        ]
        second = ["", "", "", ""] + [
            self.p(self.t(f"unit_col_{m}"), self.head_right)
            for m in ("positive", "negative", "neutral")
        ]
        rows: list[list[Any]] = [header, second]
        shaded: list[int] = []
        for sex in (ALL, *SEXES):
            if sex in ("other", "unknown") and f.participants(REGISTERED, sex) == 0:
                continue
            shaded.append(len(rows))
            name = self.t("unit_all") if sex == ALL else label(sex, self.language)
            rows.append([self.p(name, self.cell_bold), *self.participant_row(sex, ALL)])
            for band in f.band_values:
                if f.participants(REGISTERED, sex, band) == 0:
                    continue
                name = self.p(_band(band, self.language), self.indented)
                rows.append([name, *self.participant_row(sex, band)])
        widths = [96.0, 54.0, 70.0, 86.0]
        widths += [(width - sum(widths)) / 3] * 3
        extra: list[tuple[Any, ...]] = [
            ("SPAN", (4, 0), (6, 0)),
            *(("SPAN", (c, 0), (c, 1)) for c in range(4)),
            ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
            ("LINEBELOW", (4, 0), (6, 0), 0.25, colors.black),
        ]
        for row in shaded:
            extra.append(("BACKGROUND", (0, row), (-1, row), SHADE))
            extra.append(("FONT", (1, row), (-1, row), BOLD, 8.5))
        yield CondPageBreak(70 * mm)
        yield self.p(self.t("unit_participants_title"), self.heading)
        yield self.table(rows, widths, header_rows=2, extra=extra)
        yield self.p(self.t("unit_participants_note"), self.note)

    def participant_row(self, sex: str, band: str) -> list[str]:
        f = self.figures
        registered = f.participants(REGISTERED, sex, band)
        comparable = f.participants(COMPARABLE, sex, band)
        return [
            self.number(registered),
            self.show(f.participants(MEASURED, sex, band), registered),
            self.show(comparable, registered),
            *(
                self.show(f.participants(m, sex, band), comparable)
                for m in (POSITIVE, NEGATIVE, NEUTRAL)
            ),
        ]

    def exits(self, width: float) -> Iterator[Flowable]:
        f = self.figures
        sexes = [x for x in SEXES if x in ("women", "men") or f.exits(x) > 0]
        columns = [*sexes, ALL]
        totals = {x: f.exits(x) for x in columns}
        header: list[Any] = [self.p(self.t("unit_exits_reason"), self.head_left)]
        header += [
            self.p(self.t("unit_all") if x == ALL else label(x, self.language), self.head_right)
            for x in columns
        ]
        rows: list[list[Any]] = [header]
        shaded: list[int] = []
        for group in OutcomeGroup:
            shaded.append(len(rows))
            rows.append(
                [self.p(self.t(f"unit_group_{group.value}"), self.cell_bold)]
                + [self.show(f.exits(x, group=group.value), totals[x]) for x in columns]
            )
            for reason in exit_reasons_in(group):
                rows.append(
                    [self.p(label(f"reason:{reason.value}", self.language), self.indented)]
                    + [self.show(f.exits(x, reason=reason.value), totals[x]) for x in columns]
                )
        total_row = len(rows)
        rows.append(
            [self.p(self.t("unit_exits_total"), self.cell_bold)]
            + [self.number(totals[x]) for x in columns]
        )
        column = min(84.0, (width - 200.0) / len(columns))
        widths = [width - column * len(columns)] + [column] * len(columns)
        extra: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, colors.black),
            ("FONT", (1, total_row), (-1, total_row), BOLD, 8.5),
        ]
        for row in shaded:
            extra.append(("BACKGROUND", (0, row), (-1, row), SHADE))
            extra.append(("FONT", (1, row), (-1, row), BOLD, 8.5))
        table = self.table(rows, widths, header_rows=1, extra=extra)
        yield CondPageBreak(60 * mm)
        yield KeepTogether(
            [
                self.p(self.t("unit_exits_title"), self.heading),
                table,
                self.p(self.t("unit_exits_note"), self.note),
            ]
        )

    def questions(self, width: float) -> Iterator[Flowable]:
        f = self.figures
        header = [
            self.p(self.t("unit_col_question"), self.head_left),
            self.p(self.t("unit_col_n"), self.head_right),
            self.p(self.t("unit_col_means"), self.head),
            "",
            "",
            self.p(self.t("unit_col_people"), self.head),
            "",
            "",
        ]
        second = [
            "",
            "",
            *(
                self.p(self.t(f"unit_col_{m}"), self.head_right)
                for m in ("first", "latest", "change")
            ),
            *(
                self.p(self.t(f"unit_col_{m}"), self.head_right)
                for m in ("improved", "worsened", "unchanged")
            ),
        ]
        rows: list[list[Any]] = [header, second]
        for question in f.card.question_ids:
            n = int(f.question(N, question) or 0)
            first = f.question(MEAN_FIRST, question)
            latest = f.question(MEAN_LATEST, question)
            change = ""
            if first is not None and latest is not None:
                change = signed(float(latest) - float(first), self.language, 2)
            rows.append(
                [
                    self.p(f.question_label(question, self.language), self.cell),
                    self.number(n),
                    self.mean(first),
                    self.mean(latest),
                    change,
                    *(
                        self.show(int(f.question(m, question) or 0), n)
                        for m in (IMPROVED, WORSENED, UNCHANGED)
                    ),
                ]
            )
        widths = [128.0, 38.0, 44.0, 46.0, 60.0]
        widths += [(width - sum(widths)) / 3] * 3
        extra = [
            ("SPAN", (2, 0), (4, 0)),
            ("SPAN", (5, 0), (7, 0)),
            ("SPAN", (0, 0), (0, 1)),
            ("SPAN", (1, 0), (1, 1)),
            ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
            ("LINEBELOW", (2, 0), (4, 0), 0.25, colors.black),
            ("LINEBELOW", (5, 0), (7, 0), 0.25, colors.black),
        ]
        note = self.t("unit_questions_note", low=f.card.scale.minimum, high=f.card.scale.maximum)
        yield CondPageBreak(80 * mm)
        yield KeepTogether(
            [
                self.p(self.t("unit_questions_title"), self.heading),
                self.table(rows, widths, header_rows=2, extra=extra),
                self.p(note, self.note),
            ]
        )

    def mean(self, value: int | float | None) -> str:
        if value is None:
            return "–"
        return format_figure(Figure(value, "mean"), self.language)

    def spider(self) -> Iterator[Flowable]:
        f = self.figures
        heading = self.p(self.t("unit_spider_title"), self.heading)
        comparable = f.participants(COMPARABLE)
        questions = f.card.question_ids
        first = {q: _mean(f.question(MEAN_FIRST, q)) for q in questions}
        latest = {q: _mean(f.question(MEAN_LATEST, q)) for q in questions}
        if comparable == 0 or all(v is None for v in first.values()):
            yield KeepTogether([heading, self.p(self.t("unit_spider_none"))])
            return
        # The report is internal: the chart is drawn for any group, however small.
        figure = group_spider_figure(
            f.card, first, latest, comparable, self.language, k=1, size=CHART_SIZE
        )
        yield CondPageBreak(CHART_SIZE[1] * 72 + 30)
        yield heading
        yield FigureFlowable(figure)


_PADDING = 3 + 4 + 2
"""Left and right cell padding of `table`, and two points to spare."""


def _fitted(rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> list[float]:
    """`widths` with every column after the first wide enough for its longest header
    word and its widest figure; the first column gives up what the others take."""
    fitted = list(widths)
    for column in range(1, len(fitted)):
        need = 0.0
        for row in rows:
            cell = row[column]
            if isinstance(cell, Paragraph):
                style = cell.style
                plain = cell.text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                pieces = plain.split()
                font, size = style.fontName, style.fontSize
            else:
                pieces, font, size = [str(cell)], BOLD, 8.5  # as wide as a bold row's
            for piece in pieces:
                need = max(need, stringWidth(piece, font, size))
        fitted[column] = max(fitted[column], need + _PADDING)
    fitted[0] -= sum(fitted) - sum(widths)
    return fitted


def _mean(value: int | float | None) -> float | None:
    return None if value is None else float(value)


def _band(band: str, language: str) -> str:
    """'20–29', '–19', '60–' with a real dash; 'unknown' in words."""
    if band == UNKNOWN_BAND:
        return label(f"band:{band}", language)
    return band.replace("-", "–")
