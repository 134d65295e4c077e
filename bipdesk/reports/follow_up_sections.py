"""The follow-up sections of DESIGN §10 in a report: what both the unit's own
report and the project office's show, each through its own way of writing
figures (`FollowUpSource`: exact counts in the unit's, published counts with
their margins of error in the office's).

Six sections, as seed 004 describes them: the share of the activity hours per
BIP area by sex (with a chart), participants per activity type by sex (work
training first), participants with parallel activities month by month since
their start (a chart), what those who left for work went to and the branch,
by sex, and the exit survey's positive shares per question against the
project's goal with the response rate.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from bipdesk.core.activities import BRANCHES, MAX_MONTH, ActivityType
from bipdesk.core.aggregation import ALL, SEXES
from bipdesk.core.cards import Area
from bipdesk.core.exits import EXIT_ATTRIBUTES
from bipdesk.core.follow_up import (
    ACTIVE,
    ACTIVITIES,
    ACTIVITY_TYPES,
    ANSWERED,
    EXIT_BRANCH,
    EXIT_EMPLOYMENT,
    EXIT_SURVEY,
    JOB_AND_OTHER,
    LEFT,
    PARALLEL,
    PARALLEL_MEASURE,
    PARTICIPANTS_MEASURE,
    POSITIVE_ANSWERS,
)
from bipdesk.io.surveys import exit_survey
from bipdesk.io.table_figures import WITHHELD_TEXT, Figure, format_figure, label
from bipdesk.reports.follow_up_charts import (
    MonthCounts,
    hours_figure,
    parallel_figure,
    percent,
    survey_figure,
)
from bipdesk.reports.texts import text
from bipdesk.reports.vector import FigureFlowable

AREAS = tuple(Area)
SHADE = colors.Color(0.93, 0.93, 0.93)
EMPLOYMENT_GROUPS = (
    ("employment", ("permanent", "temporary")),
    ("working_time", ("full_time", "part_time")),
    ("subsidy", ("subsidised", "unsubsidised")),
)
# the groups hold every attribute of the exit_employment table, in its order
assert tuple(a for _g, pair in EMPLOYMENT_GROUPS for a in pair) == EXIT_ATTRIBUTES


class FollowUpSource(Protocol):
    """What a report gives the sections: its figures, words, styles and tables."""

    language: str
    width: float
    heading: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    indented: ParagraphStyle
    survey_goal: float
    """The project's goal for the exit survey's shares of positive answers."""

    def count(self, table: str, measure: str, **dimensions: str | int) -> Figure:
        """A count of people as the report shows it."""

    def left(self, sex: str, reason: str | None = None) -> Figure:
        """Everybody who left (of one exit reason) in the period."""

    def registered(self, sex: str) -> Figure:
        """The participants registered in the period (the card's participants table)."""

    def hours_shares(self, sex: str) -> dict[Area, float] | None:
        """Each area's share of the sex's hours; None where it may not be shown."""

    def share(self, part: Figure, whole: Figure) -> float | None:
        """part / whole where it may be shown, else None."""

    def show(self, figure: Figure, base: Figure | None = None) -> str:
        """The count as the report writes it, with its share of `base` where shown."""

    def is_zero(self, figure: Figure) -> bool: ...

    def head(self, value: str, left: bool = False) -> Any: ...

    def head_number(self, value: str) -> Any: ...

    def number(self, value: str, bold: bool = False) -> Any: ...

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        extra: Sequence[tuple[Any, ...]],
        total: bool = True,
    ) -> Table:
        """A table in the report's style: one header row and (`total`) a total row last."""

    def note_text(self, key: str, **values: object) -> str:
        """The report's own note under a section (exact or protected figures)."""


def has_follow_up(source: FollowUpSource) -> bool:
    """Whether the figures hold the follow-up tables at all (older files do not)."""
    return source.count(ACTIVITIES, PARTICIPANTS_MEASURE, sex=ALL, area=ALL).value is not None


def follow_up_sections(source: FollowUpSource) -> Iterator[Flowable]:
    """Every follow-up section, in seed 004's order."""
    if not has_follow_up(source):
        return
    yield from hours_section(source)
    yield from activity_types_section(source)
    yield from parallel_section(source)
    yield from employment_section(source)
    yield from branch_section(source)
    yield from survey_section(source)


def _t(source: FollowUpSource, key: str, **values: object) -> str:
    return text(key, source.language, **values)


def _p(source: FollowUpSource, value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(value), style)


def _sexes(source: FollowUpSource, figures: Any) -> list[str]:
    """Women and men always; other and unknown where somebody is."""
    return [
        sex
        for sex in SEXES
        if sex in ("women", "men") or not all(source.is_zero(f) for f in figures(sex))
    ]


def _sex_name(source: FollowUpSource, sex: str) -> str:
    return _t(source, "follow_up_all") if sex == ALL else label(sex, source.language)


def _columns_widths(source: FollowUpSource, count: int, first: float = 170.0) -> list[float]:
    column = min(92.0, (source.width - first) / count)
    return [source.width - column * count] + [column] * count


def _titled(source: FollowUpSource, title_key: str, body: list[Flowable]) -> Iterator[Flowable]:
    yield CondPageBreak(55 * mm)
    yield KeepTogether([_p(source, _t(source, title_key), source.heading), *body])


def _none(source: FollowUpSource, title_key: str, none_key: str) -> Iterator[Flowable]:
    yield from _titled(source, title_key, [_p(source, _t(source, none_key), source.cell)])


# -- hours per area ----------------------------------------------------------------------


def hours_section(source: FollowUpSource) -> Iterator[Flowable]:
    everyone = source.count(ACTIVITIES, PARTICIPANTS_MEASURE, sex=ALL, area=ALL)
    if source.is_zero(everyone):
        yield from _none(source, "follow_up_hours_title", "follow_up_no_activities")
        return
    sexes = _sexes(
        source, lambda x: [source.count(ACTIVITIES, PARTICIPANTS_MEASURE, sex=x, area=ALL)]
    )
    header = [
        source.head(_t(source, "follow_up_col_sex"), True),
        source.head_number(_t(source, "follow_up_col_with_activities")),
        source.head_number(_t(source, "follow_up_col_hours")),
        *(source.head_number(area_label(a, source.language)) for a in AREAS),
    ]
    rows: list[list[Any]] = [header]
    chart_rows: list[tuple[str, dict[Area, float] | None]] = []
    for sex in (*sexes, ALL):
        total = sex == ALL
        people = source.count(ACTIVITIES, PARTICIPANTS_MEASURE, sex=sex, area=ALL)
        hours = source.count(ACTIVITIES, "hours", sex=sex, area=ALL)
        shares = source.hours_shares(sex)
        cells = [
            source.number(_shares_text(shares, area, source.language), total) for area in AREAS
        ]
        rows.append(
            [
                _p(source, _sex_name(source, sex), source.cell_bold if total else source.cell),
                source.number(source.show(people, source.registered(sex)), total),
                source.number(_hours_text(hours, source.language), total),
                *cells,
            ]
        )
        if shares is not None:  # the table says `..` where a share is withheld
            chart_rows.append((_sex_name(source, sex), shares))
    widths = [80.0, 92.0, 64.0]
    widths += [(source.width - sum(widths)) / len(AREAS)] * len(AREAS)
    yield from _titled(
        source,
        "follow_up_hours_title",
        [
            source.table(rows, widths, ()),
            _p(source, source.note_text("hours"), source.note),
        ],
    )
    if chart_rows:
        chart = hours_figure([chart_rows[-1], *chart_rows[:-1]], source.language)  # all first
        yield FigureFlowable(chart)


def area_label(area: Area, language: str) -> str:
    """'Job focus' as a column header: the area's name, capitalised."""
    return label(f"area:{area.value}", language).capitalize()


def _shares_text(shares: dict[Area, float] | None, area: Area, language: str) -> str:
    if shares is None:
        return WITHHELD_TEXT
    return percent(shares.get(area, 0.0), language)


def _hours_text(hours: Figure, language: str) -> str:
    """Whole hours, thousands apart ('12 345')."""
    if hours.value is None or hours.withheld:
        return WITHHELD_TEXT
    return format_figure(Figure(round(float(hours.value))), language, grouping=True)


# -- activity types ---------------------------------------------------------------------------


def activity_types_section(source: FollowUpSource) -> Iterator[Flowable]:
    def figure(sex: str, kind: str) -> Figure:
        return source.count(ACTIVITY_TYPES, PARTICIPANTS_MEASURE, sex=sex, activity=kind)

    if source.is_zero(figure(ALL, ALL)):
        return  # the hours section has said that nobody had an activity
    sexes = _sexes(source, lambda x: [figure(x, ALL)])
    columns = [*sexes, ALL]
    bases = {x: figure(x, ALL) for x in columns}
    header = [source.head(_t(source, "follow_up_col_activity"), True)]
    header += [source.head_number(_sex_name(source, x)) for x in columns]
    rows: list[list[Any]] = [header]
    for kind in ActivityType:
        figures = [figure(x, kind.value) for x in columns]
        work = kind is ActivityType.WORK_TRAINING
        if not work and all(source.is_zero(f) for f in figures):
            continue
        name = label(f"activity:{kind.value}", source.language)
        rows.append(
            [_p(source, name, source.cell_bold if work else source.cell)]
            + [
                source.number(source.show(f, bases[x]), work)
                for f, x in zip(figures, columns, strict=True)
            ]
        )
    rows.append(
        [_p(source, _t(source, "follow_up_with_activities"), source.cell_bold)]
        + [source.number(source.show(bases[x]), True) for x in columns]
    )
    widths = _columns_widths(source, len(columns))
    yield from _titled(
        source,
        "follow_up_types_title",
        [
            source.table(rows, widths, ()),
            _p(source, source.note_text("types"), source.note),
        ],
    )


# -- parallel activities ------------------------------------------------------------------------


def parallel_months(source: FollowUpSource) -> list[MonthCounts]:
    months: list[MonthCounts] = []
    for month in range(1, MAX_MONTH + 1):
        figures = [
            source.count(PARALLEL, m, month=month)
            for m in (ACTIVE, PARALLEL_MEASURE, JOB_AND_OTHER)
        ]
        values = [None if f.withheld or f.value is None else float(f.value) for f in figures]
        months.append(
            MonthCounts(
                month,
                values[0],
                values[1],
                values[2],
                (figures[0].margin, figures[1].margin, figures[2].margin),
            )
        )
    return months


def parallel_section(source: FollowUpSource) -> Iterator[Flowable]:
    if source.is_zero(source.count(ACTIVITIES, PARTICIPANTS_MEASURE, sex=ALL, area=ALL)):
        return  # the hours section has said that nobody had an activity
    months = parallel_months(source)
    if not any(m.active for m in months):
        return
    chart = parallel_figure(months, source.language)
    yield CondPageBreak(float(chart.get_size_inches()[1]) * 72 + 90)
    yield _p(source, _t(source, "follow_up_parallel_title"), source.heading)
    yield FigureFlowable(chart)
    yield _p(source, source.note_text("parallel"), source.note)


# -- employment and branch at exit -------------------------------------------------------------


def employment_section(source: FollowUpSource) -> Iterator[Flowable]:
    work = "work"
    if source.is_zero(source.left(ALL, work)):
        yield from _none(source, "follow_up_employment_title", "follow_up_no_work_exits")
        return
    sexes = _sexes(source, lambda x: [source.left(x, work)])
    columns = [*sexes, ALL]
    bases = {x: source.left(x, work) for x in columns}
    header = [source.head("", True)]
    header += [source.head_number(_sex_name(source, x)) for x in columns]
    rows: list[list[Any]] = [header]
    rows.append(
        [_p(source, _t(source, "follow_up_left_for_work"), source.cell_bold)]
        + [source.number(source.show(bases[x]), True) for x in columns]
    )
    group_rows: list[int] = []
    for group, attributes in EMPLOYMENT_GROUPS:
        group_rows.append(len(rows))
        rows.append(
            [_p(source, _t(source, f"follow_up_{group}"), source.cell_bold)] + [""] * len(columns)
        )
        for attribute in attributes:
            name = label(f"attribute:{attribute}", source.language)
            rows.append(
                [_p(source, name, source.indented)]
                + [
                    source.number(
                        source.show(
                            source.count(EXIT_EMPLOYMENT, LEFT, sex=x, attribute=attribute),
                            bases[x],
                        )
                    )
                    for x in columns
                ]
            )
    extra: list[tuple[Any, ...]] = [
        ("LINEABOVE", (0, r), (-1, r), 0.6, colors.Color(0.4, 0.4, 0.4)) for r in group_rows
    ]
    extra.append(("BACKGROUND", (0, 1), (-1, 1), SHADE))  # the base of the shares
    yield from _titled(
        source,
        "follow_up_employment_title",
        [
            source.table(rows, _columns_widths(source, len(columns)), extra, total=False),
            _p(source, source.note_text("employment"), source.note),
        ],
    )


def branch_section(source: FollowUpSource) -> Iterator[Flowable]:
    def figure(sex: str, branch: str) -> Figure:
        return source.count(EXIT_BRANCH, LEFT, sex=sex, branch=branch)

    if source.is_zero(figure(ALL, ALL)):
        return
    sexes = _sexes(source, lambda x: [figure(x, ALL)])
    columns = [*sexes, ALL]
    bases = {x: figure(x, ALL) for x in columns}
    header = [source.head(_t(source, "follow_up_col_branch"), True)]
    header += [source.head_number(_sex_name(source, x)) for x in columns]
    rows: list[list[Any]] = [header]
    for branch in BRANCHES:
        figures = [figure(x, branch) for x in columns]
        if all(source.is_zero(f) for f in figures):
            continue
        rows.append(
            [_p(source, label(f"branch:{branch}", source.language), source.cell)]
            + [
                source.number(source.show(f, bases[x]))
                for f, x in zip(figures, columns, strict=True)
            ]
        )
    rows.append(
        [_p(source, _t(source, "follow_up_with_branch"), source.cell_bold)]
        + [source.number(source.show(bases[x]), True) for x in columns]
    )
    yield from _titled(
        source,
        "follow_up_branch_title",
        [
            source.table(rows, _columns_widths(source, len(columns), 220.0), ()),
            _p(source, source.note_text("branch"), source.note),
        ],
    )


# -- the exit survey ------------------------------------------------------------------------------


def survey_section(source: FollowUpSource) -> Iterator[Flowable]:
    goal = source.survey_goal
    survey = exit_survey()
    left = source.left(ALL)
    questions = [
        q
        for q in survey.questions
        if source.count(EXIT_SURVEY, ANSWERED, question=q.id).value is not None
    ]
    answered_any = [source.count(EXIT_SURVEY, ANSWERED, question=q.id) for q in questions]
    if not questions or all(source.is_zero(f) for f in answered_any):
        yield from _none(source, "follow_up_survey_title", "follow_up_no_answers")
        return
    goal_text = percent(goal, source.language)
    header = [
        source.head(_t(source, "follow_up_col_question"), True),
        source.head_number(_t(source, "follow_up_col_answered")),
        source.head_number(_t(source, "follow_up_col_positive")),
        source.head_number(_t(source, "follow_up_col_goal", goal=goal_text)),
    ]
    rows: list[list[Any]] = [header]
    chart: list[tuple[str, float | None]] = []
    for question, answered in zip(questions, answered_any, strict=True):
        positive = source.count(EXIT_SURVEY, POSITIVE_ANSWERS, question=question.id)
        share = source.share(positive, answered)
        if share is None:
            reached = WITHHELD_TEXT
        else:
            reached = _t(
                source, "follow_up_goal_met" if share >= goal else "follow_up_goal_not_met"
            )
        rows.append(
            [
                _p(source, question.text_in(source.language), source.cell),
                source.number(source.show(answered, left)),
                source.number(source.show(positive, answered)),
                source.number(reached),
            ]
        )
        chart.append((question.label_in(source.language), share))
    rows.append(
        [
            _p(source, _t(source, "follow_up_left_all"), source.cell_bold),
            source.number(source.show(left), True),
            "",
            "",
        ]
    )
    widths = [source.width - 3 * 92.0, 92.0, 92.0, 92.0]
    figure = survey_figure(chart, source.language, goal)
    yield from _titled(
        source,
        "follow_up_survey_title",
        [
            source.table(rows, widths, ()),
            _p(source, source.note_text("survey", goal=goal_text), source.note),
        ],
    )
    yield KeepTogether([FigureFlowable(figure)])
