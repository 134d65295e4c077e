"""The questions of the project-office report: the mean of the first and the latest
measurement per question, who improved, and the group's spider chart.

A mean is published only where at least `means_from_n` people stand behind
it; a withheld one reads `..`, and so does a change that needs it. The
counts of this table are shown without their margins (the note says how
large they are at most), so that the eight columns keep to one line each.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from bipdesk.core.aggregation import (
    COMPARABLE,
    IMPROVED,
    MEAN_FIRST,
    MEAN_LATEST,
    QUESTIONS,
    UNCHANGED,
    WORSENED,
    N,
)
from bipdesk.io.table_figures import WITHHELD_TEXT, Figure, count_figure, format_figure
from bipdesk.reports.office_frame import OfficeFrame
from bipdesk.reports.spider import group_spider_figure
from bipdesk.reports.texts import signed
from bipdesk.reports.vector import FigureFlowable

CHART_SIZE = (6.9, 5.4)
"""Inches: the text column's width; room for the title, labels and legend."""


def mean(frame: OfficeFrame, question: str, measure: str) -> Figure:
    return count_figure(frame.merged.cell(QUESTIONS, measure, question=question), "mean")


def questions(frame: OfficeFrame) -> Iterator[Flowable]:
    s = frame.styles
    merged = frame.merged
    header = [
        frame.head(frame.t("office_col_question"), True),
        frame.head_number(frame.t("office_col_n")),
        frame.head(frame.t("office_col_means")),
        "",
        "",
        frame.head(frame.t("office_col_people")),
        "",
        "",
    ]
    second = [
        "",
        "",
        frame.head_number(frame.t("office_col_first")),
        frame.head_number(frame.t("office_col_latest")),
        frame.head_number(frame.t("office_col_change")),
        frame.head_number(frame.t("office_col_improved")),
        frame.head_number(frame.t("office_col_worsened")),
        frame.head_number(frame.t("office_col_unchanged")),
    ]
    rows: list[list[Any]] = [header, second]
    for question in merged.card.questions:
        n = frame.count(merged, QUESTIONS, N, question=question)
        first = mean(frame, question, MEAN_FIRST)
        latest = mean(frame, question, MEAN_LATEST)
        change = ""
        if first.value is not None and latest.value is not None:
            change = signed(float(latest.value) - float(first.value), frame.language, 2)
        elif first.withheld or latest.withheld:
            change = WITHHELD_TEXT
        rows.append(
            [
                frame.p(frame.labels.get(question, question), s.cell),
                frame.number(frame.show(n, margin=False)),
                frame.number(format_figure(first, frame.language)),
                frame.number(format_figure(latest, frame.language)),
                frame.number(change),
                *(
                    frame.number(
                        frame.show(
                            frame.count(merged, QUESTIONS, m, question=question), n, margin=False
                        )
                    )
                    for m in (IMPROVED, WORSENED, UNCHANGED)
                ),
            ]
        )
    widths = [140.0, 36.0, 42.0, 48.0, 58.0]
    widths += [(frame.width - sum(widths)) / 3] * 3
    spans = [
        ("SPAN", (2, 0), (4, 0)),
        ("SPAN", (5, 0), (7, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("LINEBELOW", (2, 0), (4, 0), 0.25, colors.black),
        ("LINEBELOW", (5, 0), (7, 0), 0.25, colors.black),
    ]
    notes = [
        frame.p(
            frame.t(
                "office_questions_note",
                low=merged.card.scale_min,
                high=merged.card.scale_max,
                people=frame.people,
            ),
            s.note,
        )
    ]
    if frame.largest_margin:
        notes.append(
            frame.p(frame.t("office_questions_margins", largest=frame.largest_margin), s.note)
        )
    if frame.card is None:
        notes.append(
            frame.p(
                frame.t("office_card_missing", id=merged.card.id, version=merged.card.version),
                s.note,
            )
        )
    yield CondPageBreak(80 * mm)
    yield frame.p(frame.t("office_questions_title"), s.heading)
    yield KeepTogether(
        [frame.table(rows, widths, header_rows=2, total_row=False, extra=spans), *notes]
    )


def spider(frame: OfficeFrame) -> Iterator[Flowable]:
    s = frame.styles
    merged = frame.merged
    heading = frame.p(frame.t("office_spider_title"), s.heading)
    reason = spider_problem(frame)
    if reason is not None:
        yield KeepTogether([heading, frame.p(reason, s.body)])
        return
    assert frame.spider_card is not None
    comparable = frame.participants(COMPARABLE)
    assert comparable.value is not None
    first = {q: mean(frame, q, MEAN_FIRST).value for q in merged.card.questions}
    latest = {q: mean(frame, q, MEAN_LATEST).value for q in merged.card.questions}
    figure = group_spider_figure(
        frame.spider_card,
        {q: None if v is None else float(v) for q, v in first.items()},
        {q: None if v is None else float(v) for q, v in latest.items()},
        int(comparable.value),
        frame.language,
        k=frame.people,
        size=CHART_SIZE,
    )
    if comparable.margin and figure.texts:  # the title says "n = 108": with its margin
        title = figure.texts[-1]
        before, _, after = title.get_text().rpartition(")")
        title.set_text(f"{before} ± {comparable.margin}){after}")
    yield CondPageBreak(CHART_SIZE[1] * 72 + 30)
    yield heading
    yield FigureFlowable(figure)


def spider_problem(frame: OfficeFrame) -> str | None:
    """Why the spider cannot be shown, in one plain sentence; None when it can."""
    merged = frame.merged
    if frame.spider_card is None:
        return frame.t("office_spider_missing_card", id=merged.card.id, version=merged.card.version)
    comparable = frame.participants(COMPARABLE)
    if comparable.value is None or comparable.value < frame.people:
        n = format_figure(comparable, frame.language, grouping=True) or "0"
        return frame.t("office_spider_too_few", n=n, people=frame.people)
    published = [
        q
        for q in merged.card.questions
        if mean(frame, q, MEAN_FIRST).value is not None
        and mean(frame, q, MEAN_LATEST).value is not None
    ]
    if not published:
        return frame.t("office_spider_no_means", people=frame.people)
    return None
