"""The first page of the project-office report: what it covers, how it is protected,
and how to read its figures.

The period line names every period when the files cover different ones; the
protection is said in the one sentence of `protection_sentence`; the reading
guide explains `71 ± 6` (the 95 % margin of error of a merged count), `71 (66 %)`
(a share of published counts) and `..` (a withheld mean) with this report's
own numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from bipdesk.core.cards import localized
from bipdesk.io.aggregate_tables import protection_sentence
from bipdesk.io.merge import sources_of
from bipdesk.io.table_figures import WITHHELD_TEXT, Figure, label
from bipdesk.reports.fonts import BOLD, REGULAR
from bipdesk.reports.office_frame import OfficeFrame, period_text, start_of
from bipdesk.reports.texts import format_day

COVER_UNITS = 15
"""More units than this are listed only in the per-unit table, not on the cover too."""
EXAMPLE_COUNT, EXAMPLE_BASE = 71, 108
"""The example of the reading guide: 71 of 108 is 66 %."""


def cover(frame: OfficeFrame) -> Iterator[Flowable]:
    s = frame.styles
    merged = frame.merged
    sources = sources_of(merged)
    count = len(sources)
    if merged.demo:
        yield Spacer(0, 6 * mm)
        yield frame.p(label("demo", frame.language), s.demo)
        yield frame.p(frame.t("office_demo_note"), s.body)
        yield Spacer(0, 6 * mm)
    else:
        yield Spacer(0, 18 * mm)
    yield frame.p(frame.t("office_title"), s.title)
    distinct = len({source.unit.casefold() for source in sources})
    units = (
        frame.t("office_one_unit") if distinct == 1 else frame.t("office_many_units", n=distinct)
    )
    if count > distinct:
        units += " " + frame.t("office_files", n=count)
    yield frame.p(frame.t("office_subtitle", units=units), s.subtitle)
    yield Spacer(0, 8 * mm)
    yield from _periods(frame)
    yield HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=6)
    yield Spacer(0, 4 * mm)
    yield _facts(frame)
    if frame.card is None:
        yield Spacer(0, 3 * mm)
        yield frame.p(
            frame.t("office_card_missing", id=merged.card.id, version=merged.card.version),
            ParagraphStyle("warning", s.body, fontName=BOLD),
        )
    yield Spacer(0, 7 * mm)
    yield reading_guide(frame)
    yield Spacer(0, 6 * mm)
    yield from _unit_list(frame)


def _periods(frame: OfficeFrame) -> Iterator[Flowable]:
    """The period in large type; every period, one a line, when the files cover several."""
    s = frame.styles
    if not frame.mixed_periods:
        yield frame.p(frame.period_text, s.period)
        return
    yield frame.p(frame.t("office_mixed_periods", n=len(frame.periods)), s.subheading)
    for period in frame.periods:
        yield frame.p(period_text(period, frame.language), s.period)
    yield frame.p(frame.t("office_mixed_note"), s.note)


def _facts(frame: OfficeFrame) -> Table:
    s = frame.styles
    merged = frame.merged
    facts: list[tuple[str, str]] = []
    if merged.project:
        facts.append((frame.t("office_project"), merged.project))
    card_title = localized(frame.card.title, frame.language) if frame.card else merged.card.id
    facts.append(
        (
            frame.t("office_card"),
            frame.t(
                "office_card_value",
                title=card_title,
                id=merged.card.id,
                version=merged.card.version,
            ),
        )
    )
    facts.append((frame.t("office_created"), format_day(frame.today, frame.language)))
    if merged.is_merged:
        made = _day_of(merged.generated_at)
        if made is not None:
            facts.append((frame.t("office_merged"), format_day(made, frame.language)))
    software = sorted({merged.software, *(u.software for u in frame.units)})
    facts.append((frame.t("office_software"), ", ".join(software)))
    facts.append((frame.t("office_protection"), protection_sentence(merged, frame.language)))
    rows = [[frame.p(name, s.cell_bold), frame.p(value, s.cell)] for name, value in facts]
    return Table(
        rows,
        colWidths=[48 * mm, frame.width - 48 * mm],
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


def reading_guide(frame: OfficeFrame) -> Flowable:
    """A boxed key to the figures, with this report's largest margin of error."""
    s = frame.styles
    merged = frame.merged
    entries: list[tuple[str, str]] = []
    if merged.is_merged:
        margin = max(frame.largest_margin, 1)
        example = Figure(EXAMPLE_COUNT, margin=margin)
        entries.append(
            (
                frame.show(example),
                frame.t(
                    "office_reading_margin",
                    low=EXAMPLE_COUNT - margin,
                    high=EXAMPLE_COUNT + margin,
                    largest=frame.largest_margin,
                ),
            )
        )
    else:
        entries.append(
            (
                frame.show(Figure(EXAMPLE_COUNT)),
                frame.t("office_reading_count", deviation=merged.protection.max_deviation),
            )
        )
    entries.append(
        (
            frame.show(Figure(EXAMPLE_COUNT), Figure(EXAMPLE_BASE)),
            frame.t(
                "office_reading_share",
                part=EXAMPLE_COUNT,
                whole=EXAMPLE_BASE,
                people=frame.people,
            ),
        )
    )
    entries.append((WITHHELD_TEXT, frame.t("office_reading_withheld", people=frame.people)))
    rows: list[list[Any]] = [[frame.p(frame.t("office_reading"), s.subheading), ""]]
    rows += [[frame.p(symbol, s.symbol), frame.p(meaning, s.cell)] for symbol, meaning in entries]
    rows.append([frame.p(frame.t("office_reading_no_data"), s.cell), ""])
    last = len(rows) - 1
    return KeepTogether(
        Table(
            rows,
            colWidths=[30 * mm, frame.width - 30 * mm],
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


def _unit_list(frame: OfficeFrame) -> Iterator[Flowable]:
    s = frame.styles
    sources = sources_of(frame.merged)
    yield CondPageBreak(30 * mm)
    yield frame.p(frame.t("office_units"), ParagraphStyle("units", s.subheading, keepWithNext=0))
    if frame.units and len(sources) > COVER_UNITS:  # the table at the end lists them all
        yield frame.p(frame.t("office_units_see_table", n=len(sources)), s.body)
        return
    rows: list[list[Any]] = [
        [
            frame.head(frame.t("office_col_unit"), True),
            frame.head(frame.t("office_unit_period"), True),
        ]
    ]
    for source in sorted(sources, key=lambda x: (x.unit.casefold(), start_of(x.period))):
        rows.append(
            [
                frame.p(source.unit, s.cell),
                frame.p(period_text(source.period, frame.language), s.cell),
            ]
        )
    yield frame.table(rows, [frame.width * 0.55, frame.width * 0.45], total_row=False)


def _day_of(timestamp: str) -> date | None:
    try:
        return datetime.fromisoformat(timestamp).date()
    except ValueError:
        return None
