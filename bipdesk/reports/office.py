"""The project office's PDF report of merged aggregate files (DESIGN §7).

One A4 report for a steering group or funder: a cover with the period, the
units and how to read the tables; the headline figures (registered, the share
with two or more measurements, positive/negative/no step, by sex and by age
group); exits by outcome group, reason and sex; the mean of the first and the
latest measurement per question, and their group spider; and a table per unit.

Everything shown comes from the aggregate files alone, so nothing personal
can appear. The rules of the files' tables hold here too (they are the same
functions): a suppressed count reads `..`, a merged total with a suppressed
part reads `≥ 123`, and a share is shown only when its count and its base are
exact and at least `min_people` people stand behind the base.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from bipdesk.core.aggregation import (
    ALL,
    COMPARABLE,
    EXITS,
    IMPROVED,
    LEFT,
    MEAN_FIRST,
    MEAN_LATEST,
    MEASURED,
    NEGATIVE,
    NEUTRAL,
    PARTICIPANTS,
    POSITIVE,
    QUESTIONS,
    REGISTERED,
    SEXES,
    UNCHANGED,
    UNKNOWN_BAND,
    WORSENED,
    N,
)
from bipdesk.core.cards import Card, CardError, localized
from bipdesk.core.participants import ExitReason, OutcomeGroup, exit_reasons_in
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import (
    SUPPRESSED_TEXT,
    AggregateFile,
    Figure,
    count_figure,
    format_figure,
    label,
    share_figure,
    write_atomically,
)
from bipdesk.io.merge import sources_of
from bipdesk.reports.fonts import BOLD, REGULAR, register_fonts
from bipdesk.reports.sheet import a4_document, build_document, numbered_canvas
from bipdesk.reports.spider import group_spider_figure
from bipdesk.reports.texts import format_day, language_of, signed, text
from bipdesk.reports.vector import draw_figure

CHART_SIZE = (6.9, 5.4)
"""Inches: the text column's width; room for the title, labels and legend."""
PARTIAL_MARK = "*"
NBSP = "\xa0"
COVER_UNITS = 15
"""More units than this are listed only in the per-unit table, not on the cover too."""
GRID = colors.Color(0.75, 0.75, 0.75)
SHADE = colors.Color(0.94, 0.94, 0.94)
NOTE_COLOUR = colors.Color(0.3, 0.3, 0.3)

__all__ = ["office_report_pdf", "write_office_report"]


def write_office_report(
    merged: AggregateFile,
    units: Sequence[AggregateFile],
    out: str | os.PathLike[str] | BinaryIO,
    language: str = "sv",
    card: Card | None = None,
) -> int:
    """Write the report of `merged` (and a table of `units`) as PDF; returns its pages.

    `merged` is what `bipdesk.io.merge` made of `units`, or a unit's own file.
    `card` gives the question labels and the spider; without it the installed
    card of the file's id and version is used. A path is written only once the
    whole report is made, so a failure leaves no half file.
    """
    if isinstance(out, str | os.PathLike):
        buffer = io.BytesIO()
        pages = _build(merged, units, buffer, language, card)
        write_atomically(Path(out), buffer.getvalue())
        return pages
    return _build(merged, units, out, language, card)


def office_report_pdf(
    merged: AggregateFile,
    units: Sequence[AggregateFile],
    language: str = "sv",
    card: Card | None = None,
) -> bytes:
    """The report as PDF bytes (see `write_office_report`)."""
    buffer = io.BytesIO()
    _build(merged, units, buffer, language, card)
    return buffer.getvalue()


def _build(
    merged: AggregateFile,
    units: Sequence[AggregateFile],
    out: BinaryIO,
    language: str,
    card: Card | None,
) -> int:
    register_fonts()
    language = language_of(language)
    report = _Report(merged, list(units), language, _card_for(merged, card), date.today())
    title = text("office_title", language)
    document = a4_document(out, f"{title}: {report.period_text}", title, "report")
    footer = text("office_footer", language, period=report.period_text)
    maker = numbered_canvas(footer, language)
    return build_document(document, list(report.story(document.width)), maker)


def _card_for(merged: AggregateFile, card: Card | None) -> Card | None:
    """The given card or the installed one of the file's id and version, if any."""
    wanted = (merged.card.id, merged.card.version)
    if card is not None and (card.id, card.version) == wanted:
        return card
    from bipdesk.io.cards import default_cards

    try:
        return default_cards().get(*wanted)
    except CardError:  # a broken card file of the user's: report without the card
        return None


class _FigureFlowable(Flowable):
    """A matplotlib figure drawn as vectors where the layout puts it."""

    def __init__(self, figure: Any) -> None:
        super().__init__()
        self.figure = figure
        width, height = figure.get_size_inches()
        self.width, self.height = float(width) * 72, float(height) * 72

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_figure(self.figure, self.canv, 0, 0)


@dataclass(frozen=True)
class _Styles:
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


def _styles() -> _Styles:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13)
    cell = ParagraphStyle("cell", body, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", cell, fontName=BOLD, fontSize=8, leading=9.8, alignment=TA_CENTER)
    return _Styles(
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
    )


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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


def _total(figures: Iterable[Figure]) -> Figure:
    """The sum of published parts; a suppressed part counts as at least 1 (as in merge)."""
    value, bound = 0, False
    for figure in figures:
        if figure.suppressed:
            value, bound = value + 1, True
        elif figure.value is not None:
            value += int(figure.value)
            bound = bound or figure.lower_bound
    return Figure(value, "count", lower_bound=bound)


def _best(*figures: Figure) -> Figure:
    """Of several sums of the same count, an exact one, else the highest lower bound."""
    exact = [f for f in figures if not f.lower_bound and not f.suppressed]
    if exact:
        return exact[0]
    return max(figures, key=lambda f: f.value or 0)


def _is_zero(figure: Figure) -> bool:
    return not figure.suppressed and not figure.lower_bound and figure.value == 0


class _Report:
    """The flowables of one report."""

    def __init__(
        self,
        merged: AggregateFile,
        units: list[AggregateFile],
        language: str,
        card: Card | None,
        today: date,
    ) -> None:
        self.merged = merged
        self.units = units
        self.language = language
        self.card = card
        self.today = today
        self.styles = _styles()
        self.people = merged.min_people
        self.period_text = period_text(merged.period, language)
        self.labels: Mapping[str, str] = (
            {q.id: localized(q.label, language) for q in card.questions} if card else {}
        )
        self.spider_card = card if card and card.question_ids == merged.card.questions else None
        self.width = 0.0

    # -- small helpers -----------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return text(key, self.language, **values)

    def p(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain text (escaped)."""
        return Paragraph(_escape(value), style or self.styles.body)

    def count(self, aggregate: AggregateFile, table: str, measure: str, **dims: str) -> Figure:
        return count_figure(aggregate.cell(table, measure, **dims))

    def show(self, figure: Figure, base: Figure | None = None) -> str:
        """'71 (66 %)': the count, and its share of `base` when one may be shown.

        '≥ 123' and '66 %' are held together by no-break spaces, so a cell that
        wraps ('123 / 144') wraps only between figures.
        """
        shown = format_figure(figure, self.language, grouping=True).replace("≥ ", "≥" + NBSP)
        if base is None or figure.suppressed or figure.lower_bound or figure.value == 0:
            return shown
        share = share_figure(figure, base, self.people)
        if share.suppressed or share.value is None:
            return shown
        percent = format_figure(share, self.language).replace(" ", NBSP)
        return f"{shown}{NBSP}({percent})"

    def in_words(self, figure: Figure, base: Figure | None = None) -> str:
        """`show` for a sentence: a lower bound reads 'minst 123' rather than '≥ 123'."""
        if figure.lower_bound:
            exact = Figure(figure.value, figure.kind)
            return self.t("office_at_least", n=format_figure(exact, self.language, grouping=True))
        return self.show(figure, base)

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
        return Paragraph(_escape(value), style)

    def head(self, value: str, left: bool = False) -> Paragraph:
        """A header over text (`left`) or over a group of columns (centred)."""
        return Paragraph(_escape(value), self.styles.head_left if left else self.styles.head)

    def head_number(self, value: str) -> Paragraph:
        """A header over a column of numbers: right-aligned like them."""
        return Paragraph(_escape(value), self.styles.head_right)

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        header_rows: int = 1,
        total_row: bool = True,
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        """A table in the report's style: header rules, light row lines, a bold total.

        The columns after the first are widened where a header word or a number
        would not fit (so no word is ever broken), at the first column's cost.
        """
        widths = _fitted(rows, widths, header_rows, extra)
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
            ("LEFTPADDING", (1, 0), (-1, header_rows - 1), 3 + _HEADER_GAP),
        ]
        if total_row and last >= header_rows:
            style += [
                ("LINEABOVE", (0, last), (-1, last), 0.8, colors.black),
                ("BACKGROUND", (0, last), (-1, last), SHADE),
            ]
        style += list(extra)
        result.setStyle(TableStyle(style))
        return result

    # -- the report ----------------------------------------------------------------

    def story(self, width: float) -> Iterator[Flowable]:
        self.width = width
        yield from self.cover()
        yield PageBreak()
        yield from self.key_figures()
        yield from self.progression()
        yield from self.exits()
        yield from self.questions()
        yield from self.spider()
        if self.units:
            yield from self.unit_table()

    def cover(self) -> Iterator[Flowable]:
        s = self.styles
        merged = self.merged
        sources = sources_of(merged)
        count = len(sources)
        yield Spacer(0, 18 * mm)
        yield self.p(self.t("office_title"), s.title)
        units = self.t("office_one_unit") if count == 1 else self.t("office_many_units", n=count)
        yield self.p(self.t("office_subtitle", units=units), s.subtitle)
        yield Spacer(0, 8 * mm)
        yield self.p(self.period_text, s.period)
        yield HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=6)
        yield Spacer(0, 4 * mm)

        facts: list[tuple[str, str]] = []
        if self.card is not None:
            card_title = localized(self.card.title, self.language)
        else:
            card_title = merged.card.id
        facts.append(
            (
                self.t("office_card"),
                self.t(
                    "office_card_value",
                    title=card_title,
                    id=merged.card.id,
                    version=merged.card.version,
                ),
            )
        )
        facts.append((self.t("office_created"), format_day(self.today, self.language)))
        if merged.is_merged:
            made = _day_of(merged.generated_at)
            if made is not None:
                facts.append((self.t("office_merged"), format_day(made, self.language)))
        software = sorted({merged.software, *(u.software for u in self.units)})
        facts.append((self.t("office_software"), ", ".join(software)))
        facts.append(
            (
                self.t("office_protection"),
                self.t(
                    "office_protection_value", k=merged.k, below=merged.k - 1, people=self.people
                ),
            )
        )
        rows = [[self.p(name, s.cell_bold), self.p(value, s.cell)] for name, value in facts]
        yield Table(
            rows,
            colWidths=[48 * mm, self.width - 48 * mm],
            hAlign="LEFT",
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            ),
        )
        if self.card is None:
            yield Spacer(0, 3 * mm)
            yield self.p(
                self.t("office_card_missing", id=merged.card.id, version=merged.card.version),
                ParagraphStyle("warning", s.body, fontName=BOLD),
            )
        yield Spacer(0, 7 * mm)
        yield from self.reading_guide()
        yield Spacer(0, 6 * mm)
        yield CondPageBreak(30 * mm)
        yield self.p(self.t("office_units"), ParagraphStyle("units", s.subheading, keepWithNext=0))
        if self.units and count > COVER_UNITS:  # the table at the end lists them all
            yield self.p(self.t("office_units_see_table", n=count), s.body)
            return
        unit_rows: list[list[Any]] = [
            [
                self.head(self.t("office_col_unit"), True),
                self.head(self.t("office_unit_period"), True),
            ]
        ]
        for source in sorted(sources, key=lambda x: (x.unit.casefold(), _start_of(x.period))):
            unit_rows.append(
                [
                    self.p(source.unit, s.cell),
                    self.p(period_text(source.period, self.language), s.cell),
                ]
            )
        yield self.table(unit_rows, [self.width * 0.55, self.width * 0.45], total_row=False)

    def reading_guide(self) -> Iterator[Flowable]:
        s = self.styles
        entries = [
            (SUPPRESSED_TEXT, self.t("office_reading_suppressed", below=self.merged.k - 1)),
            ("≥ 123", self.t("office_reading_bound")),
            (
                self.show(Figure(71), Figure(108)),
                self.t("office_reading_share", people=self.people),
            ),
        ]
        if any(cell.partial for cell in self.merged.cells):
            entries.append(
                (
                    self._mean_text(Figure(5.12, "mean"), partial=True),
                    self.t("office_reading_partial", people=self.people),
                )
            )
        rows: list[list[Any]] = [[self.p(self.t("office_reading"), s.subheading), ""]]
        rows += [[self.p(symbol, s.symbol), self.p(meaning, s.cell)] for symbol, meaning in entries]
        rows.append([self.p(self.t("office_reading_no_data"), s.cell), ""])
        last = len(rows) - 1
        yield KeepTogether(
            Table(
                rows,
                colWidths=[26 * mm, self.width - 26 * mm],
                hAlign="LEFT",
                style=TableStyle(
                    [
                        ("SPAN", (0, 0), (1, 0)),
                        ("SPAN", (0, last), (1, last)),
                        ("BOX", (0, 0), (-1, -1), 0.6, colors.Color(0.5, 0.5, 0.5)),
                        ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.97, 0.97, 0.97)),
                        ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 6),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ("TOPPADDING", (0, last), (-1, last), 6),
                        ("BOTTOMPADDING", (0, last), (-1, last), 6),
                    ]
                ),
            )
        )

    # -- headline figures -----------------------------------------------------------

    def participants(self, measure: str, sex: str = ALL, band: str = ALL) -> Figure:
        return self.count(self.merged, PARTICIPANTS, measure, sex=sex, age_band=band)

    def exits_of(self, sex: str, group: OutcomeGroup) -> Figure:
        return self.count(self.merged, EXITS, LEFT, sex=sex, outcome_group=group.value)

    def exits_total(self, sex: str) -> Figure:
        """All who left (of one sex): the file publishes no such cell, so a sum of its
        groups, or of its reasons, whichever says more."""
        groups = _total(self.exits_of(sex, g) for g in OutcomeGroup)
        reasons = _total(
            self.count(self.merged, EXITS, LEFT, sex=sex, exit_reason=r.value) for r in ExitReason
        )
        return _best(groups, reasons)

    def key_figures(self) -> Iterator[Flowable]:
        s = self.styles
        registered = self.participants(REGISTERED)
        comparable = self.participants(COMPARABLE)
        steps = {m: self.participants(m) for m in (POSITIVE, NEGATIVE, NEUTRAL)}
        yield self.p(self.t("office_key_figures"), s.heading)
        if not comparable.suppressed and not any(f.suppressed for f in steps.values()):
            yield self.p(
                self.t(
                    "office_summary",
                    comparable=self.in_words(comparable),
                    positive=self.in_words(steps[POSITIVE], comparable),
                    negative=self.in_words(steps[NEGATIVE], comparable),
                    neutral=self.in_words(steps[NEUTRAL], comparable),
                ),
                ParagraphStyle("summary", s.body, fontSize=10.5, leading=14.5, spaceAfter=6),
            )
        lines: list[tuple[int, str, str]] = [
            (0, self.t("office_registered"), self.show(registered))
        ]
        for sex in SEXES:
            figure = self.participants(REGISTERED, sex)
            if sex in ("women", "men") or not _is_zero(figure):
                lines.append((1, label(sex, self.language), self.show(figure, registered)))
        lines.append(
            (1, self.t("office_measured"), self.show(self.participants(MEASURED), registered))
        )
        lines.append((1, self.t("office_comparable"), self.show(comparable, registered)))
        for measure, figure in steps.items():
            lines.append((2, self.t(f"office_step_{measure}"), self.show(figure, comparable)))
        groups = {g: self.exits_of(ALL, g) for g in OutcomeGroup}
        left = _best(self.exits_total(ALL), _total(self.exits_total(x) for x in SEXES))
        lines.append((0, self.t("office_left"), self.show(left)))
        for group, figure in groups.items():
            lines.append((1, self.t(f"office_group_{group.value}"), self.show(figure, left)))
        rows: list[list[Any]] = []
        bold_rows: list[int] = []
        for index, (level, name, shown) in enumerate(lines):
            style = ParagraphStyle(
                f"key{level}",
                s.body,
                fontName=BOLD if level == 0 else REGULAR,
                leftIndent=14 * level,
            )
            shown_cell = self.number(shown, bold=level == 0, size=s.body.fontSize)
            rows.append([Paragraph(_escape(name), style), shown_cell])
            if level == 0:
                bold_rows.append(index)
        extra: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, 9),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        for index in bold_rows:
            extra.append(("BACKGROUND", (0, index), (-1, index), SHADE))
            extra.append(("LINEABOVE", (0, index), (-1, index), 0.8, colors.black))
        extra.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, colors.black))
        yield Table(rows, colWidths=[105 * mm, 40 * mm], hAlign="LEFT", style=TableStyle(extra))
        yield self.p(self.t("office_key_note"), ParagraphStyle("key_note", s.note, spaceAfter=8))

    def progression(self) -> Iterator[Flowable]:
        s = self.styles
        yield CondPageBreak(70 * mm)
        yield self.p(self.t("office_progress_title"), s.heading)
        by_sex = self.progress_table(
            label("sex", self.language),
            [(label(x, self.language), x, ALL) for x in (*SEXES, ALL)],
            keep=lambda x: x[1] in ("women", "men", ALL),
        )
        yield KeepTogether([self.p(self.t("office_by_sex"), s.subheading), by_sex])
        bands = [*self.merged.age_bands, UNKNOWN_BAND, ALL]
        by_band = self.progress_table(
            self.t("office_band_header"),
            [(_band_label(b, self.language), ALL, b) for b in bands],
            keep=lambda x: x[2] in (*self.merged.age_bands, ALL),
        )
        yield KeepTogether(
            [
                Spacer(0, 4 * mm),
                self.p(self.t("office_by_band"), s.subheading),
                by_band,
                self.p(self.t("office_progress_note"), s.note),
            ]
        )

    def progress_table(
        self,
        first_header: str,
        rows_wanted: list[tuple[str, str, str]],
        keep: Any,
    ) -> Table:
        """Registered, measured, comparable and the three steps for each row (sex, band)."""
        columns = [
            self.head(first_header, True),
            self.head_number(self.t("office_col_registered")),
            self.head_number(self.t("office_col_measured")),
            self.head_number(self.t("office_col_comparable")),
            self.head(self.t("office_col_steps")),
            "",
            "",
        ]
        second = ["", "", "", ""] + [
            self.head_number(self.t(f"office_col_{m}")) for m in ("positive", "negative", "neutral")
        ]
        rows: list[list[Any]] = [columns, second]
        for wanted in rows_wanted:
            name, sex, band = wanted
            figures = {
                m: self.participants(m, sex, band)
                for m in (REGISTERED, MEASURED, COMPARABLE, POSITIVE, NEGATIVE, NEUTRAL)
            }
            if not keep(wanted) and all(_is_zero(f) for f in figures.values()):
                continue
            total = sex == ALL and band == ALL
            registered, comparable = figures[REGISTERED], figures[COMPARABLE]
            rows.append(
                [
                    self.p(name, self.styles.cell_bold if total else self.styles.cell),
                    self.number(self.show(registered), total),
                    self.number(self.show(figures[MEASURED], registered), total),
                    self.number(self.show(comparable, registered), total),
                    *(
                        self.number(self.show(figures[m], comparable), total)
                        for m in (POSITIVE, NEGATIVE, NEUTRAL)
                    ),
                ]
            )
        widths = [86.0, 60.0, 66.0, 84.0]
        widths += [(self.width - sum(widths)) / 3] * 3
        spans = [
            ("SPAN", (4, 0), (6, 0)),
            ("SPAN", (0, 0), (0, 1)),
            ("SPAN", (1, 0), (1, 1)),
            ("SPAN", (2, 0), (2, 1)),
            ("SPAN", (3, 0), (3, 1)),
            ("LINEBELOW", (4, 0), (6, 0), 0.25, colors.black),
        ]
        return self.table(rows, widths, header_rows=2, extra=spans)

    # -- exits ------------------------------------------------------------------------

    def exits(self) -> Iterator[Flowable]:
        s = self.styles
        merged = self.merged
        sexes = [
            x
            for x in SEXES
            if x in ("women", "men")
            or not all(
                _is_zero(self.count(merged, EXITS, LEFT, sex=x, outcome_group=g.value))
                for g in OutcomeGroup
            )
        ]
        columns = [*sexes, ALL]
        totals = {x: self.exits_total(x) for x in SEXES}
        totals[ALL] = _best(self.exits_total(ALL), _total(totals.values()))
        header: list[Any] = [self.head(self.t("office_exits_reason"), True)]
        header += [self.head_number(label(x, self.language)) for x in columns]
        rows: list[list[Any]] = [header]
        group_rows: list[int] = []
        for group in OutcomeGroup:
            group_rows.append(len(rows))
            rows.append(
                [self.p(self.t(f"office_group_{group.value}"), s.cell_bold)]
                + [
                    self.number(self.show(self.exits_of(x, group), totals[x]), True)
                    for x in columns
                ]
            )
            for reason in exit_reasons_in(group):
                rows.append(
                    [
                        Paragraph(
                            _escape(label(f"reason:{reason.value}", self.language)),
                            ParagraphStyle("reason", s.cell, leftIndent=12),
                        )
                    ]
                    + [
                        self.number(
                            self.show(
                                self.count(merged, EXITS, LEFT, sex=x, exit_reason=reason.value),
                                totals[x],
                            )
                        )
                        for x in columns
                    ]
                )
        rows.append(
            [self.p(self.t("office_exits_total"), s.cell_bold)]
            + [self.number(self.show(totals[x]), True) for x in columns]
        )
        column = min(90.0, (self.width - 190.0) / len(columns))
        widths = [self.width - column * len(columns)] + [column] * len(columns)
        extra = [
            ("LINEABOVE", (0, r), (-1, r), 0.6, colors.Color(0.4, 0.4, 0.4)) for r in group_rows[1:]
        ]
        table = self.table(rows, widths, extra=extra)
        yield CondPageBreak(60 * mm)
        yield self.p(self.t("office_exits_title"), s.heading)
        yield KeepTogether([table, self.p(self.t("office_exits_note"), s.note)])

    # -- questions --------------------------------------------------------------------

    def question_label(self, question: str) -> str:
        return self.labels.get(question, question)

    def mean(self, question: str, measure: str) -> tuple[Figure, bool]:
        cell = self.merged.cell(QUESTIONS, measure, question=question)
        return count_figure(cell, "mean"), bool(cell is not None and cell.partial)

    def questions(self) -> Iterator[Flowable]:
        s = self.styles
        merged = self.merged
        header = [
            self.head(self.t("office_col_question"), True),
            self.head_number(self.t("office_col_n")),
            self.head(self.t("office_col_means")),
            "",
            "",
            self.head(self.t("office_col_people")),
            "",
            "",
        ]
        second = [
            "",
            "",
            self.head_number(self.t("office_col_first")),
            self.head_number(self.t("office_col_latest")),
            self.head_number(self.t("office_col_change")),
            self.head_number(self.t("office_col_improved")),
            self.head_number(self.t("office_col_worsened")),
            self.head_number(self.t("office_col_unchanged")),
        ]
        rows: list[list[Any]] = [header, second]
        for question in merged.card.questions:
            n = self.count(merged, QUESTIONS, N, question=question)
            first, first_partial = self.mean(question, MEAN_FIRST)
            latest, latest_partial = self.mean(question, MEAN_LATEST)
            change = ""
            if first.value is not None and latest.value is not None:
                change = signed(float(latest.value) - float(first.value), self.language, 2)
            elif first.suppressed or latest.suppressed:
                change = SUPPRESSED_TEXT
            rows.append(
                [
                    self.p(self.question_label(question), s.cell),
                    self.number(self.show(n)),
                    self.number(self._mean_text(first, first_partial)),
                    self.number(self._mean_text(latest, latest_partial)),
                    self.number(change),
                    *(
                        self.number(
                            self.show(self.count(merged, QUESTIONS, m, question=question), n)
                        )
                        for m in (IMPROVED, WORSENED, UNCHANGED)
                    ),
                ]
            )
        widths = [140.0, 36.0, 42.0, 48.0, 58.0]
        widths += [(self.width - sum(widths)) / 3] * 3
        spans = [
            ("SPAN", (2, 0), (4, 0)),
            ("SPAN", (5, 0), (7, 0)),
            ("SPAN", (0, 0), (0, 1)),
            ("SPAN", (1, 0), (1, 1)),
            ("LINEBELOW", (2, 0), (4, 0), 0.25, colors.black),
            ("LINEBELOW", (5, 0), (7, 0), 0.25, colors.black),
        ]
        notes = [
            self.p(
                self.t(
                    "office_questions_note", low=merged.card.scale_min, high=merged.card.scale_max
                ),
                s.note,
            )
        ]
        if any(c.partial for c in merged.cells if c.table == QUESTIONS):
            notes.append(
                self.p(
                    f"{PARTIAL_MARK} " + self.t("office_reading_partial", people=self.people),
                    s.note,
                )
            )
        if self.card is None:
            notes.append(
                self.p(
                    self.t("office_card_missing", id=merged.card.id, version=merged.card.version),
                    s.note,
                )
            )
        yield CondPageBreak(80 * mm)
        yield self.p(self.t("office_questions_title"), s.heading)
        yield KeepTogether(
            [self.table(rows, widths, header_rows=2, total_row=False, extra=spans), *notes]
        )

    def _mean_text(self, figure: Figure, partial: bool) -> str:
        shown = format_figure(figure, self.language)
        return f"{shown}{PARTIAL_MARK}" if partial and figure.value is not None else shown

    def spider(self) -> Iterator[Flowable]:
        s = self.styles
        merged = self.merged
        heading = self.p(self.t("office_spider_title"), s.heading)
        reason = self.spider_problem()
        if reason is not None:
            yield KeepTogether([heading, self.p(reason, s.body)])
            return
        assert self.spider_card is not None
        comparable = self.participants(COMPARABLE)
        assert comparable.value is not None
        first: dict[str, float | None] = {}
        latest: dict[str, float | None] = {}
        for question in merged.card.questions:
            first[question] = self.mean(question, MEAN_FIRST)[0].value
            latest[question] = self.mean(question, MEAN_LATEST)[0].value
        figure = group_spider_figure(
            self.spider_card,
            first,
            latest,
            int(comparable.value),
            self.language,
            k=self.people,
            size=CHART_SIZE,
        )
        if comparable.lower_bound and figure.texts:  # the title says "n = …"
            title = figure.texts[-1]
            title.set_text(title.get_text().replace("n = ", "n ≥ "))
        yield CondPageBreak(CHART_SIZE[1] * 72 + 30)
        yield heading
        yield _FigureFlowable(figure)

    def spider_problem(self) -> str | None:
        """Why the spider cannot be shown, in one plain sentence; None when it can."""
        merged = self.merged
        if self.spider_card is None:
            return self.t(
                "office_spider_missing_card", id=merged.card.id, version=merged.card.version
            )
        comparable = self.participants(COMPARABLE)
        if comparable.suppressed or comparable.value is None:
            return self.t("office_spider_hidden")
        if comparable.value < self.people:
            n = format_figure(comparable, self.language, grouping=True)
            return self.t("office_spider_too_few", n=n, people=self.people)
        published = [
            q
            for q in merged.card.questions
            if self.mean(q, MEAN_FIRST)[0].value is not None
            and self.mean(q, MEAN_LATEST)[0].value is not None
        ]
        if not published:
            return self.t("office_spider_no_means", people=self.people)
        return None

    # -- units ------------------------------------------------------------------------

    def unit_table(self) -> Iterator[Flowable]:
        s = self.styles
        header = [
            self.head(self.t("office_col_unit"), True),
            self.head_number(self.t("office_col_registered")),
            self.head_number(self.t("office_col_women_men")),
            self.head_number(self.t("office_col_comparable")),
            self.head(self.t("office_col_steps")),
            "",
            "",
        ]
        second = ["", "", "", ""] + [
            self.head_number(self.t(f"office_col_{m}")) for m in ("positive", "negative", "neutral")
        ]
        rows: list[list[Any]] = [header, second]
        ordered = sorted(self.units, key=lambda u: (u.unit.casefold(), _start_of(u.period)))
        entries: list[tuple[AggregateFile, bool]] = [(u, False) for u in ordered]
        if self.merged.is_merged:
            entries.append((self.merged, True))
        for aggregate, total in entries:

            def figure(measure: str, sex: str = ALL, a: AggregateFile = aggregate) -> Figure:
                return self.count(a, PARTICIPANTS, measure, sex=sex, age_band=ALL)

            registered, comparable = figure(REGISTERED), figure(COMPARABLE)
            if total:
                name: Any = self.p(self.t("office_units_total"), s.cell_bold)
            else:
                name = Paragraph(
                    f"{_escape(aggregate.unit)}<br/><font size=7 color='#555555'>"
                    f"{_escape(period_text(aggregate.period, self.language))}</font>",
                    s.cell,
                )
            rows.append(
                [
                    name,
                    self.number(self.show(registered), total),
                    self.number(
                        f"{self.show(figure(REGISTERED, 'women'))} / "
                        f"{self.show(figure(REGISTERED, 'men'))}",
                        total,
                    ),
                    self.number(self.show(comparable, registered), total),
                    *(
                        self.number(self.show(figure(m), comparable), total)
                        for m in (POSITIVE, NEGATIVE, NEUTRAL)
                    ),
                ]
            )
        widths = [124.0, 58.0, 62.0, 80.0]
        widths += [(self.width - sum(widths)) / 3] * 3
        spans = [
            ("SPAN", (4, 0), (6, 0)),
            *(("SPAN", (c, 0), (c, 1)) for c in range(4)),
            ("LINEBELOW", (4, 0), (6, 0), 0.25, colors.black),
        ]
        table = self.table(
            rows, widths, header_rows=2, total_row=self.merged.is_merged, extra=spans
        )
        yield CondPageBreak(60 * mm)
        yield self.p(self.t("office_units_title"), s.heading)
        yield table
        yield self.p(self.t("office_units_note"), s.note)


_PADDING = 3 + 4 + 1
"""Left and right cell padding of `table`, and a point to spare."""
_HEADER_GAP = 6
"""Extra room in front of every cell after the first column (the headers' left padding)."""


def _fitted(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    header_rows: int,
    extra: Sequence[tuple[Any, ...]],
) -> list[float]:
    """`widths` with every column after the first wide enough for its longest header
    word and its widest number; the first column gives up what the others take."""
    spanned = {
        command[1] for command in extra if command[0] == "SPAN" and command[1][0] != command[2][0]
    }
    fitted = list(widths)
    for column in range(1, len(fitted)):
        need = 0.0
        for index, row in enumerate(rows):
            cell = row[column]
            if not isinstance(cell, Paragraph) or (column, index) in spanned:
                continue
            style = cell.style
            plain = cell.text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            header = index < header_rows
            pieces = plain.split() if header else plain.split(" / ")
            # a gap in front, so "16 400" and "4 920" in neighbouring cells never read as one
            extra_gap = _HEADER_GAP
            for piece in pieces:
                width = stringWidth(piece, style.fontName, style.fontSize) + extra_gap
                need = max(need, width)
        fitted[column] = max(fitted[column], need + _PADDING)
    fitted[0] -= sum(fitted) - sum(widths)
    return fitted


def _band_label(band: str, language: str) -> str:
    """'20–29', '–19', '60–' with a real dash; the margin and 'unknown' in words."""
    if band in (ALL, UNKNOWN_BAND):
        return label(f"band:{band}", language)
    return band.replace("-", "–")


def _start_of(period: Period) -> date:
    return period.start or date.min


def _day_of(timestamp: str) -> date | None:
    try:
        return datetime.fromisoformat(timestamp).date()
    except ValueError:
        return None
