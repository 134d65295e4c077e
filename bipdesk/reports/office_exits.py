"""The exits of the project-office report: who left, by outcome group, reason and sex.

The file publishes each reason and each outcome group, but no total of all
who left; the total of a column is the sum of its outcome groups, with the
margin of error of a sum of that many perturbed parts. Shares are of that
total, as published counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from bipdesk.core.aggregation import ALL, EXITS, LEFT, SEXES
from bipdesk.core.participants import OutcomeGroup, exit_reasons_in
from bipdesk.io.table_figures import label
from bipdesk.reports.office_frame import OfficeFrame, is_zero


def exits(frame: OfficeFrame) -> Iterator[Flowable]:
    s = frame.styles
    merged = frame.merged
    sexes = [
        x
        for x in SEXES
        if x in ("women", "men") or not all(is_zero(frame.exits_of(x, g)) for g in OutcomeGroup)
    ]
    columns = [*sexes, ALL]
    totals = {x: frame.exits_total(x) for x in columns}
    header: list[Any] = [frame.head(frame.t("office_exits_reason"), True)]
    header += [frame.head_number(label(x, frame.language)) for x in columns]
    rows: list[list[Any]] = [header]
    group_rows: list[int] = []
    reason_style = ParagraphStyle("reason", s.cell, leftIndent=12)
    for group in OutcomeGroup:
        group_rows.append(len(rows))
        rows.append(
            [frame.p(frame.t(f"office_group_{group.value}"), s.cell_bold)]
            + [frame.number(frame.show(frame.exits_of(x, group), totals[x]), True) for x in columns]
        )
        for reason in exit_reasons_in(group):
            rows.append(
                [Paragraph(escape(label(f"reason:{reason.value}", frame.language)), reason_style)]
                + [
                    frame.number(
                        frame.show(
                            frame.count(merged, EXITS, LEFT, sex=x, exit_reason=reason.value),
                            totals[x],
                        )
                    )
                    for x in columns
                ]
            )
    rows.append(
        [frame.p(frame.t("office_exits_total"), s.cell_bold)]
        + [frame.number(frame.show(totals[x]), True) for x in columns]
    )
    column = min(98.0, (frame.width - 150.0) / len(columns))
    widths = [frame.width - column * len(columns)] + [column] * len(columns)
    extra = [
        ("LINEABOVE", (0, r), (-1, r), 0.6, colors.Color(0.4, 0.4, 0.4)) for r in group_rows[1:]
    ]
    table = frame.table(rows, widths, extra=extra)
    yield CondPageBreak(60 * mm)
    yield frame.p(frame.t("office_exits_title"), s.heading)
    yield KeepTogether([table, frame.p(frame.t("office_exits_note"), s.note)])
