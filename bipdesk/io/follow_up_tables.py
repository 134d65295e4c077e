"""The follow-up tables of DESIGN §10 for people: activities and hours by area,
activity types, parallel activities by month since start, employment and
branch at exit, and the exit survey. Wide form like the card's tables
(`aggregate_tables`), from the published cells; shares are computed from
published counts and hours, and withheld below `means_from_n` in the whole."""

from __future__ import annotations

from typing import Any

from bipdesk.core.activities import BRANCHES, MAX_MONTH, ActivityType
from bipdesk.core.aggregation import ALL, EXITS, HOURS, SEXES
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
from bipdesk.core.participants import ExitReason
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.table_figures import Figure, TableView, count_figure, label, share_figure


def has_follow_up(aggregate: AggregateFile) -> bool:
    """Files made before the §10 tables (or with none of them) show no such tables."""
    return any(cell.table == ACTIVITIES for cell in aggregate.cells)


def follow_up_views(aggregate: AggregateFile, language: str = "sv") -> list[TableView]:
    if not has_follow_up(aggregate):
        return []
    return [
        _activities_view(aggregate, language),
        _activity_types_view(aggregate, language),
        _parallel_view(aggregate, language),
        _employment_view(aggregate, language),
        _branch_view(aggregate, language),
        _survey_view(aggregate, language),
    ]


def _cell(aggregate: AggregateFile, table: str, measure: str, **dimensions: Any) -> Figure:
    return count_figure(aggregate.cell(table, measure, **dimensions))


def _least(aggregate: AggregateFile) -> int:
    return aggregate.protection.means_from_n


def _activities_view(aggregate: AggregateFile, language: str) -> TableView:
    areas = [a.value for a in Area]
    headers = (
        label("sex", language),
        *(f"{label('col:participants', language)}: {label(f'area:{a}', language)}" for a in areas),
        *(f"{label('col:hours', language)}: {label(f'area:{a}', language)}" for a in areas),
        label("col:hours", language) + ": " + label(ALL, language),
        *(f"{label('col:share_hours', language)}: {label(f'area:{a}', language)}" for a in areas),
    )
    rows: list[tuple[str | Figure, ...]] = []
    for sex in (ALL, *SEXES):
        people = [
            _cell(aggregate, ACTIVITIES, PARTICIPANTS_MEASURE, sex=sex, area=a) for a in areas
        ]
        hours = [_cell(aggregate, ACTIVITIES, HOURS, sex=sex, area=a) for a in areas]
        total = _cell(aggregate, ACTIVITIES, HOURS, sex=sex, area=ALL)
        everyone = _cell(aggregate, ACTIVITIES, PARTICIPANTS_MEASURE, sex=sex, area=ALL)
        shares = [
            share_figure(h, total, 1)
            if (everyone.value or 0) >= _least(aggregate)
            else Figure(None, "share", withheld=True)
            for h in hours
        ]
        rows.append((label(sex, language), *people, *hours, total, *shares))
    return TableView(ACTIVITIES, label(ACTIVITIES, language), headers, tuple(rows))


def _activity_types_view(aggregate: AggregateFile, language: str) -> TableView:
    sexes = (ALL, *SEXES)
    headers = (label("col:activity", language), *(label(s, language) for s in sexes))
    rows: list[tuple[str | Figure, ...]] = []
    for kind in (*(k.value for k in ActivityType), ALL):
        name = label(ALL, language) if kind == ALL else label(f"activity:{kind}", language)
        figures = [
            _cell(aggregate, ACTIVITY_TYPES, PARTICIPANTS_MEASURE, sex=s, activity=kind)
            for s in sexes
        ]
        rows.append((name, *figures))
    return TableView(ACTIVITY_TYPES, label(ACTIVITY_TYPES, language), headers, tuple(rows))


def _parallel_view(aggregate: AggregateFile, language: str) -> TableView:
    headers = (
        label("col:month", language),
        label("col:active", language),
        label("col:parallel", language),
        label("col:job_and_other", language),
        label("col:share_parallel", language),
    )
    rows: list[tuple[str | Figure, ...]] = []
    for month in range(1, MAX_MONTH + 1):
        active = _cell(aggregate, PARALLEL, ACTIVE, month=month)
        parallel = _cell(aggregate, PARALLEL, PARALLEL_MEASURE, month=month)
        both = _cell(aggregate, PARALLEL, JOB_AND_OTHER, month=month)
        share = share_figure(parallel, active, _least(aggregate))
        rows.append((str(month), active, parallel, both, share))
    return TableView(PARALLEL, label(PARALLEL, language), headers, tuple(rows))


def _employment_view(aggregate: AggregateFile, language: str) -> TableView:
    headers = (
        label("sex", language),
        label("col:left_for_work", language),
        *(label(f"attribute:{a}", language) for a in EXIT_ATTRIBUTES),
        *(f"% {label(f'attribute:{a}', language)}" for a in EXIT_ATTRIBUTES),
    )
    rows: list[tuple[str | Figure, ...]] = []
    for sex in (ALL, *SEXES):
        left = _cell(aggregate, EXITS, "left", sex=sex, exit_reason=ExitReason.WORK.value)
        counts = [
            _cell(aggregate, EXIT_EMPLOYMENT, LEFT, sex=sex, attribute=a) for a in EXIT_ATTRIBUTES
        ]
        shares = [share_figure(c, left, _least(aggregate)) for c in counts]
        rows.append((label(sex, language), left, *counts, *shares))
    return TableView(EXIT_EMPLOYMENT, label(EXIT_EMPLOYMENT, language), headers, tuple(rows))


def _branch_view(aggregate: AggregateFile, language: str) -> TableView:
    sexes = (ALL, *SEXES)
    headers = (label("col:branch", language), *(label(s, language) for s in sexes))
    rows: list[tuple[str | Figure, ...]] = []
    for branch in (*BRANCHES, ALL):
        name = label(ALL, language) if branch == ALL else label(f"branch:{branch}", language)
        figures = [_cell(aggregate, EXIT_BRANCH, LEFT, sex=s, branch=branch) for s in sexes]
        rows.append((name, *figures))
    return TableView(EXIT_BRANCH, label(EXIT_BRANCH, language), headers, tuple(rows))


def _survey_view(aggregate: AggregateFile, language: str) -> TableView:
    headers = (
        label("question", language),
        label("col:answered", language),
        label("col:positive", language),
        label("col:share_positive", language),
        label("col:response_rate", language),
    )
    left = _left_total(aggregate)
    questions = sorted(
        {c.question for c in aggregate.cells if c.table == EXIT_SURVEY and c.question},
        key=_survey_order(aggregate),
    )
    rows: list[tuple[str | Figure, ...]] = []
    for question in questions:
        answered = _cell(aggregate, EXIT_SURVEY, ANSWERED, question=question)
        positive = _cell(aggregate, EXIT_SURVEY, POSITIVE_ANSWERS, question=question)
        rows.append(
            (
                question,
                answered,
                positive,
                share_figure(positive, answered, _least(aggregate)),
                share_figure(answered, left, _least(aggregate)),
            )
        )
    return TableView(EXIT_SURVEY, label(EXIT_SURVEY, language), headers, tuple(rows))


def _left_total(aggregate: AggregateFile) -> Figure:
    """Everybody who left in the period: the sum of the outcome groups, as published."""
    groups = ("work_or_studies", "closer_to_labour_market", "other")
    values = [aggregate.value(EXITS, "left", sex=ALL, outcome_group=g) for g in groups]
    return Figure(sum(int(v or 0) for v in values))


def _survey_order(aggregate: AggregateFile) -> Any:
    order = [c.question for c in aggregate.cells if c.table == EXIT_SURVEY]
    return lambda question: order.index(question)
