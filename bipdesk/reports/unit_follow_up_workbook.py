"""The follow-up sheets of the unit's own workbook (DESIGN §10), with exact figures.

The same six tables as the aggregate file's follow-up sheets, with the same
headers (`bipdesk.io.follow_up_tables`), but exact and every share shown:
activities and hours by sex and area, participants per activity type,
parallel activities by month since the start, employment and branch of those
who left for work, and the exit survey with its response rate and the
project's goal.
"""

from __future__ import annotations

from collections.abc import Sequence

from bipdesk.core.activities import BRANCHES, MAX_MONTH, ActivityType
from bipdesk.core.aggregation import ALL, EXITS, HOURS, LEFT, SEXES, Cell
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
    PARALLEL,
    PARALLEL_MEASURE,
    PARTICIPANTS_MEASURE,
    POSITIVE_ANSWERS,
)
from bipdesk.core.participants import ExitReason, OutcomeGroup
from bipdesk.io.surveys import exit_survey
from bipdesk.io.table_figures import label
from bipdesk.reports.texts import text
from bipdesk.reports.unit_follow_up import cell_index

Value = str | int | float | None
Row = list[Value]
Sheet = tuple[str, tuple[Row, list[Row], list[str | None]]]
"""The table's name, and its headers, rows and number format per column."""

COUNT, SHARE, HOURS_FORMAT = "0", "0 %", "0.0"


class _Cells:
    def __init__(self, cells: Sequence[Cell]) -> None:
        self._index = cell_index(cells)

    def get(self, table: str, measure: str, **dimensions: str | int) -> int | float:
        found = self._index.get((table, measure, frozenset(dimensions.items())))
        return 0 if found is None or found.value is None else found.value


def _share(part: float, whole: float) -> float | None:
    return part / whole if whole > 0 else None


def has_follow_up(cells: Sequence[Cell]) -> bool:
    return any(cell.table == ACTIVITIES for cell in cells)


def follow_up_sheets(cells: Sequence[Cell], language: str, survey_goal: float) -> list[Sheet]:
    """The six follow-up tables of the unit's exact cells (none for figures without them);
    the exit survey's shares stand beside the project's `survey_goal`."""
    if not has_follow_up(cells):
        return []
    found = _Cells(cells)
    return [
        (ACTIVITIES, _activities(found, language)),
        (ACTIVITY_TYPES, _activity_types(found, language)),
        (PARALLEL, _parallel(found, language)),
        (EXIT_EMPLOYMENT, _employment(found, language)),
        (EXIT_BRANCH, _branch(found, language)),
        (EXIT_SURVEY, _survey(found, language, survey_goal)),
    ]


def _areas(language: str, column: str) -> list[Value]:
    return [f"{label(column, language)}: {label(f'area:{a.value}', language)}" for a in Area]


def _activities(found: _Cells, language: str) -> tuple[Row, list[Row], list[str | None]]:
    everyone = f"{label('col:participants', language)}: {label(ALL, language)}"
    all_hours = f"{label('col:hours', language)}: {label(ALL, language)}"
    headers: Row = [
        label("sex", language),
        *_areas(language, "col:participants"),
        everyone,
        *_areas(language, "col:hours"),
        all_hours,
        *_areas(language, "col:share_hours"),
    ]
    rows: list[Row] = []
    for sex in (ALL, *SEXES):
        people = [found.get(ACTIVITIES, PARTICIPANTS_MEASURE, sex=sex, area=a.value) for a in Area]
        hours = [found.get(ACTIVITIES, HOURS, sex=sex, area=a.value) for a in Area]
        total = found.get(ACTIVITIES, HOURS, sex=sex, area=ALL)
        rows.append(
            [
                label(sex, language),
                *people,
                found.get(ACTIVITIES, PARTICIPANTS_MEASURE, sex=sex, area=ALL),
                *hours,
                total,
                *(_share(h, total) for h in hours),
            ]
        )
    areas = len(Area)
    kinds: list[str | None] = [None, *[COUNT] * (areas + 1)]
    kinds += [HOURS_FORMAT] * (areas + 1) + [SHARE] * areas
    return headers, rows, kinds


def _activity_types(found: _Cells, language: str) -> tuple[Row, list[Row], list[str | None]]:
    sexes = (ALL, *SEXES)
    headers: Row = [label("col:activity", language), *(label(s, language) for s in sexes)]
    rows: list[Row] = []
    for kind in (*(k.value for k in ActivityType), ALL):
        name = label(ALL, language) if kind == ALL else label(f"activity:{kind}", language)
        rows.append(
            [name]
            + [found.get(ACTIVITY_TYPES, PARTICIPANTS_MEASURE, sex=s, activity=kind) for s in sexes]
        )
    return headers, rows, [None, *[COUNT] * len(sexes)]


def _parallel(found: _Cells, language: str) -> tuple[Row, list[Row], list[str | None]]:
    headers: Row = [
        label("col:month", language),
        label("col:active", language),
        label("col:parallel", language),
        label("col:job_and_other", language),
        label("col:share_parallel", language),
    ]
    rows: list[Row] = []
    for month in range(1, MAX_MONTH + 1):
        active = found.get(PARALLEL, ACTIVE, month=month)
        parallel = found.get(PARALLEL, PARALLEL_MEASURE, month=month)
        both = found.get(PARALLEL, JOB_AND_OTHER, month=month)
        rows.append([month, active, parallel, both, _share(parallel, active)])
    return headers, rows, [COUNT, COUNT, COUNT, COUNT, SHARE]


def _employment(found: _Cells, language: str) -> tuple[Row, list[Row], list[str | None]]:
    headers: Row = [
        label("sex", language),
        label("col:left_for_work", language),
        *(label(f"attribute:{a}", language) for a in EXIT_ATTRIBUTES),
        *(f"% {label(f'attribute:{a}', language)}" for a in EXIT_ATTRIBUTES),
    ]
    rows: list[Row] = []
    for sex in (ALL, *SEXES):
        left = found.get(EXITS, LEFT, sex=sex, exit_reason=ExitReason.WORK.value)
        counts = [found.get(EXIT_EMPLOYMENT, LEFT, sex=sex, attribute=a) for a in EXIT_ATTRIBUTES]
        rows.append([label(sex, language), left, *counts, *(_share(c, left) for c in counts)])
    attributes = len(EXIT_ATTRIBUTES)
    return headers, rows, [None, COUNT, *[COUNT] * attributes, *[SHARE] * attributes]


def _branch(found: _Cells, language: str) -> tuple[Row, list[Row], list[str | None]]:
    sexes = (ALL, *SEXES)
    headers: Row = [label("col:branch", language), *(label(s, language) for s in sexes)]
    rows: list[Row] = []
    for branch in (*BRANCHES, ALL):
        name = label(ALL, language) if branch == ALL else label(f"branch:{branch}", language)
        rows.append([name] + [found.get(EXIT_BRANCH, LEFT, sex=s, branch=branch) for s in sexes])
    return headers, rows, [None, *[COUNT] * len(sexes)]


def _survey(
    found: _Cells, language: str, goal: float
) -> tuple[Row, list[Row], list[str | None]]:
    survey = exit_survey()
    headers: Row = [
        text("unit_col_question_id", language),
        text("follow_up_col_question", language),
        label("col:answered", language),
        label("col:positive", language),
        label("col:share_positive", language),
        label("col:response_rate", language),
        text("follow_up_xlsx_goal", language),
    ]
    left = sum(found.get(EXITS, LEFT, sex=ALL, outcome_group=group.value) for group in OutcomeGroup)
    rows: list[Row] = []
    for question in survey.questions:
        answered = found.get(EXIT_SURVEY, ANSWERED, question=question.id)
        positive = found.get(EXIT_SURVEY, POSITIVE_ANSWERS, question=question.id)
        rows.append(
            [
                question.id,
                question.text_in(language),
                answered,
                positive,
                _share(positive, answered),
                _share(answered, left),
                goal,
            ]
        )
    return headers, rows, [None, None, COUNT, COUNT, SHARE, SHARE, SHARE]
