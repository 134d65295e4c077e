"""The headline figures of the project-office report: the summary sentence, the key
figures, and participants and progression steps by sex and by age group.

Every count is the merged, published one with its 95 % margin of error
(`71 ± 6`); every share is of published counts and shown only where at least
`means_from_n` people stand behind its base (`71 ± 6 (66 %)`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from bipdesk.core.aggregation import (
    ALL,
    COMPARABLE,
    MEASURED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    REGISTERED,
    SEXES,
    UNKNOWN_BAND,
)
from bipdesk.core.participants import OutcomeGroup
from bipdesk.io.table_figures import label
from bipdesk.reports.fonts import BOLD, REGULAR
from bipdesk.reports.office_frame import (
    GRID,
    SHADE,
    OfficeFrame,
    band_label,
    is_zero,
    period_text,
)

STEPS = (POSITIVE, NEGATIVE, NEUTRAL)

_PROGRESS_NOTES = {"start": "office_progress_note_start", "period": "office_progress_note"}
"""What a step compares, by the merged files' baseline (DESIGN §4)."""


def key_figures(frame: OfficeFrame) -> Iterator[Flowable]:
    s = frame.styles
    registered = frame.participants(REGISTERED)
    comparable = frame.participants(COMPARABLE)
    steps = {m: frame.participants(m) for m in STEPS}
    yield frame.p(frame.t("office_key_figures"), s.heading)
    if frame.mixed_periods:
        periods = "; ".join(period_text(p, frame.language) for p in frame.periods)
        yield frame.p(
            frame.t("office_key_periods", periods=periods),
            ParagraphStyle("periods", s.body, spaceAfter=4),
        )
    if comparable.value:  # "Of 0 participants ..." says nothing
        yield frame.p(
            frame.t(
                "office_summary",
                comparable=frame.show(comparable),
                positive=frame.show(steps[POSITIVE], comparable),
                negative=frame.show(steps[NEGATIVE], comparable),
                neutral=frame.show(steps[NEUTRAL], comparable),
            ),
            ParagraphStyle("summary", s.body, fontSize=10.5, leading=14.5, spaceAfter=6),
        )
    lines: list[tuple[int, str, str]] = [(0, frame.t("office_registered"), frame.show(registered))]
    for sex in SEXES:
        figure = frame.participants(REGISTERED, sex)
        if sex in ("women", "men") or not is_zero(figure):
            lines.append((1, label(sex, frame.language), frame.show(figure, registered)))
    lines.append(
        (1, frame.t("office_measured"), frame.show(frame.participants(MEASURED), registered))
    )
    lines.append((1, frame.t("office_comparable"), frame.show(comparable, registered)))
    for measure, figure in steps.items():
        lines.append((2, frame.t(f"office_step_{measure}"), frame.show(figure, comparable)))
    left = frame.exits_total(ALL)
    lines.append((0, frame.t("office_left"), frame.show(left)))
    for group in OutcomeGroup:
        figure = frame.exits_of(ALL, group)
        lines.append((1, frame.t(f"office_group_{group.value}"), frame.show(figure, left)))
    rows: list[list[Any]] = []
    bold_rows: list[int] = []
    for index, (level, name, shown) in enumerate(lines):
        style = ParagraphStyle(
            f"key{level}",
            s.body,
            fontName=BOLD if level == 0 else REGULAR,
            leftIndent=14 * level,
        )
        shown_cell = frame.number(shown, bold=level == 0, size=s.body.fontSize)
        rows.append([Paragraph(escape(name), style), shown_cell])
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
    yield Table(rows, colWidths=[100 * mm, 50 * mm], hAlign="LEFT", style=TableStyle(extra))
    yield frame.p(frame.t("office_key_note"), ParagraphStyle("key_note", s.note, spaceAfter=8))


def progression(frame: OfficeFrame) -> Iterator[Flowable]:
    s = frame.styles
    yield CondPageBreak(70 * mm)
    yield frame.p(frame.t("office_progress_title"), s.heading)
    by_sex = progress_table(
        frame,
        label("sex", frame.language),
        [(label(x, frame.language), x, ALL) for x in (*SEXES, ALL)],
        keep=lambda x: x[1] in ("women", "men", ALL),
    )
    yield KeepTogether([frame.p(frame.t("office_by_sex"), s.subheading), by_sex])
    bands = [*frame.merged.age_bands, UNKNOWN_BAND, ALL]
    by_band = progress_table(
        frame,
        frame.t("office_band_header"),
        [(band_label(b, frame.language), ALL, b) for b in bands],
        keep=lambda x: x[2] in (*frame.merged.age_bands, ALL),
    )
    yield KeepTogether(
        [
            Spacer(0, 4 * mm),
            frame.p(frame.t("office_by_band"), s.subheading),
            by_band,
            frame.p(frame.t(_PROGRESS_NOTES[frame.merged.baseline]), s.note),
        ]
    )


def progress_table(
    frame: OfficeFrame,
    first_header: str,
    rows_wanted: list[tuple[str, str, str]],
    keep: Callable[[tuple[str, str, str]], bool],
) -> Table:
    """Registered, measured, comparable and the three steps for each row (sex, band)."""
    columns = [
        frame.head(first_header, True),
        frame.head_number(frame.t("office_col_registered")),
        frame.head_number(frame.t("office_col_measured")),
        frame.head_number(frame.t("office_col_comparable")),
        frame.head(frame.t("office_col_steps")),
        "",
        "",
    ]
    second = ["", "", "", ""] + [frame.head_number(frame.t(f"office_col_{m}")) for m in STEPS]
    rows: list[list[Any]] = [columns, second]
    for wanted in rows_wanted:
        name, sex, band = wanted
        figures = {
            m: frame.participants(m, sex, band) for m in (REGISTERED, MEASURED, COMPARABLE, *STEPS)
        }
        if not keep(wanted) and all(is_zero(f) for f in figures.values()):
            continue
        total = sex == ALL and band == ALL
        registered, comparable = figures[REGISTERED], figures[COMPARABLE]
        rows.append(
            [
                frame.p(name, frame.styles.cell_bold if total else frame.styles.cell),
                frame.number(frame.show(registered), total),
                frame.number(frame.show(figures[MEASURED], registered), total),
                frame.number(frame.show(comparable, registered), total),
                *(frame.number(frame.show(figures[m], comparable), total) for m in STEPS),
            ]
        )
    widths = [70.0, 58.0, 70.0, 80.0]
    widths += [(frame.width - sum(widths)) / 3] * 3
    spans = [
        ("SPAN", (4, 0), (6, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (3, 1)),
        ("LINEBELOW", (4, 0), (6, 0), 0.25, colors.black),
    ]
    return frame.table(rows, widths, header_rows=2, extra=spans)
