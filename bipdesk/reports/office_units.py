"""The last table of the project-office report: every file merged, with its unit, its
period and its own registered, comparable and step figures, and all units together.

A unit's figures are those it published (each within the protection's
largest deviation of the exact count, no margin); the total row is the
merged file's, with the margins of error of the sums.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from bipdesk.core.aggregation import ALL, COMPARABLE, PARTICIPANTS, REGISTERED
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.table_figures import Figure
from bipdesk.reports.office_figures import STEPS
from bipdesk.reports.office_frame import OfficeFrame, period_text, start_of


def unit_table(frame: OfficeFrame) -> Iterator[Flowable]:
    s = frame.styles
    header = [
        frame.head(frame.t("office_col_unit"), True),
        frame.head_number(frame.t("office_col_registered")),
        frame.head_number(frame.t("office_col_women_men")),
        frame.head_number(frame.t("office_col_comparable")),
        frame.head(frame.t("office_col_steps")),
        "",
        "",
    ]
    second = ["", "", "", ""] + [frame.head_number(frame.t(f"office_col_{m}")) for m in STEPS]
    rows: list[list[Any]] = [header, second]
    ordered = sorted(frame.units, key=lambda u: (u.unit.casefold(), start_of(u.period)))
    entries: list[tuple[AggregateFile, bool]] = [(u, False) for u in ordered]
    if frame.merged.is_merged:
        entries.append((frame.merged, True))
    for aggregate, total in entries:

        def figure(measure: str, sex: str = ALL, a: AggregateFile = aggregate) -> Figure:
            return frame.count(a, PARTICIPANTS, measure, sex=sex, age_band=ALL)

        registered, comparable = figure(REGISTERED), figure(COMPARABLE)
        if total:
            name: Any = frame.p(frame.t("office_units_total"), s.cell_bold)
        else:
            name = Paragraph(
                f"{escape(aggregate.unit)}<br/><font size=7 color='#555555'>"
                f"{escape(period_text(aggregate.period, frame.language))}</font>",
                s.cell,
            )
        rows.append(
            [
                name,
                frame.number(frame.show(registered), total),
                frame.number(
                    f"{frame.show(figure(REGISTERED, 'women'))} / "
                    f"{frame.show(figure(REGISTERED, 'men'))}",
                    total,
                ),
                frame.number(frame.show(comparable, registered), total),
                *(frame.number(frame.show(figure(m), comparable), total) for m in STEPS),
            ]
        )
    widths = [110.0, 52.0, 70.0, 80.0]
    widths += [(frame.width - sum(widths)) / 3] * 3
    spans = [
        ("SPAN", (4, 0), (6, 0)),
        *(("SPAN", (c, 0), (c, 1)) for c in range(4)),
        ("LINEBELOW", (4, 0), (6, 0), 0.25, colors.black),
    ]
    table = frame.table(rows, widths, header_rows=2, total_row=frame.merged.is_merged, extra=spans)
    yield CondPageBreak(60 * mm)
    yield frame.p(frame.t("office_units_title"), s.heading)
    yield table
    yield frame.p(
        frame.t("office_units_note", deviation=frame.merged.protection.max_deviation), s.note
    )
