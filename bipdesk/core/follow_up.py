"""The follow-up tables beyond the card (DESIGN §10), counted from plain participants.

Besides the card, seed 004 reports the hours in activities of each BIP area,
who took part in which kind of activity (work training by sex), how many
participants had activities of several areas at once month by month since
their start, what those who left for work went to, the branch, and the exit
survey. `FollowUpAggregator` counts these one participant at a time, like
`bipdesk.core.aggregation.Aggregator`, as exact `KeyedCell`s with the cell key of
their people; `bipdesk.core.protection.protect` perturbs them as every count.

Period semantics: the people of `activities`, `activity_types` and `parallel`
are those registered in the period (active at some time in it); an activity
counts where it overlaps the period, its hours pro rata to its days inside
it; a month since start counts where it overlaps both the period and the
participant's time in the project. `exit_employment`, `exit_branch` and
`exit_survey` count those whose end date lies in the period and, for the first
two, who left for work.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, TypeAlias

from bipdesk.core.activities import (
    BRANCHES,
    MAX_MONTH,
    Activity,
    ActivityType,
    hours_in_period,
    month_range,
)
from bipdesk.core.aggregation import (
    ALL,
    HOURS,
    SEXES,
    Cell,
    KeyedCell,
    ParticipantFacts,
)
from bipdesk.core.cards import Area
from bipdesk.core.exits import EXIT_ATTRIBUTES, ExitForm
from bipdesk.core.participants import ExitReason, Sex
from bipdesk.core.periods import Period
from bipdesk.core.perturbation import KEY_SPACE
from bipdesk.core.surveys import is_positive

ACTIVITIES = "activities"
ACTIVITY_TYPES = "activity_types"
PARALLEL = "parallel"
EXIT_EMPLOYMENT = "exit_employment"
EXIT_BRANCH = "exit_branch"
EXIT_SURVEY = "exit_survey"
FOLLOW_UP_TABLES = (ACTIVITIES, ACTIVITY_TYPES, PARALLEL, EXIT_EMPLOYMENT, EXIT_BRANCH, EXIT_SURVEY)

PARTICIPANTS_MEASURE = "participants"
ACTIVE = "active"
PARALLEL_MEASURE = "parallel"
JOB_AND_OTHER = "job_and_other"
LEFT = "left"
ANSWERED = "answered"
POSITIVE_ANSWERS = "positive"
PARALLEL_MEASURES = (ACTIVE, PARALLEL_MEASURE, JOB_AND_OTHER)
MAGNITUDE_MEASURES = frozenset({HOURS})

AREAS = tuple(area.value for area in Area)
HOURS_DECIMALS = 2

FollowUpFacts: TypeAlias = tuple[
    ParticipantFacts, ExitForm, Sequence[Activity], Mapping[str, int] | None
]
"""One participant: the facts of the card tables, the exit form, all of their
activities and their exit survey answers (None when not answered)."""

_Key = tuple[str, ...]


class _Tally:
    """People (with their record keys) and, for hours, the sum and the largest share."""

    __slots__ = ("hours", "keys", "n", "top")

    def __init__(self) -> None:
        self.n = 0
        self.keys = 0
        self.hours = 0.0
        self.top = 0.0


class FollowUpAggregator:
    """Counts participants one at a time; `cells()` gives the exact §10 tables with keys."""

    def __init__(self, period: Period, survey_questions: Sequence[str], today: date) -> None:
        self.period = period
        self.today = today
        self._questions = tuple(survey_questions)
        self._counts: dict[tuple[str, str, _Key], _Tally] = {}
        self._month_cache: dict[date, tuple[tuple[_Key, date, date], ...]] = {}

    def _count(self, table: str, measure: str, key: _Key, record_key: int) -> _Tally:
        tally = self._counts.get((table, measure, key))
        if tally is None:
            tally = self._counts[table, measure, key] = _Tally()
        tally.n += 1
        tally.keys += record_key
        return tally

    def add(self, facts: FollowUpFacts) -> None:
        participant, exit_form, activities, answers = facts
        sex, _birth_year, start, end, reason, record_key = participant
        sex = Sex(sex).value
        period = self.period
        if end is not None and period.contains(end):
            self._add_exit(sex, reason, exit_form, answers, record_key)
        if not period.overlaps(start, end):
            return
        since, until = period.start, period.end
        hours: dict[str, float] = {}
        kinds: set[str] = set()
        for activity in activities:
            if not period.overlaps(activity.start_date, activity.last_day(self.today)):
                continue
            share = hours_in_period(activity, since, until, self.today)
            hours[activity.area.value] = hours.get(activity.area.value, 0.0) + share
            kinds.add(activity.activity.value)
        if hours:
            for area, own in (*hours.items(), (ALL, sum(hours.values()))):
                for who in (sex, ALL):
                    tally = self._count(ACTIVITIES, PARTICIPANTS_MEASURE, (who, area), record_key)
                    tally.hours += own
                    tally.top = max(tally.top, own)
            for kind in (*kinds, ALL):
                for who in (sex, ALL):
                    self._count(ACTIVITY_TYPES, PARTICIPANTS_MEASURE, (who, kind), record_key)
        if start is not None:
            self._add_months(start, end, activities, record_key)

    def _add_months(
        self, start: date, end: date | None, activities: Sequence[Activity], record_key: int
    ) -> None:
        period, today = self.period, self.today
        last_day = end or (period.end if period.end is not None else today)
        since, until = period.start or date.min, period.end or date.max
        for key, first, last in self._months_of(start):
            if first > last_day:
                break
            if last < since or first > until:
                continue
            self._count(PARALLEL, ACTIVE, key, record_key)
            if len(activities) < 2:
                continue
            areas = {
                a.area for a in activities if a.start_date <= last and a.last_day(today) >= first
            }
            if len(areas) >= 2:
                self._count(PARALLEL, PARALLEL_MEASURE, key, record_key)
                if Area.JOB in areas:
                    self._count(PARALLEL, JOB_AND_OTHER, key, record_key)

    def _months_of(self, start: date) -> tuple[tuple[_Key, date, date], ...]:
        """Months 1–24 since `start` with their first and last days, once per start date:
        an export of 100,000 participants asks for them 1.7 million times."""
        months = self._month_cache.get(start)
        if months is None:
            months = self._month_cache[start] = tuple(
                ((str(month),), *month_range(start, month)) for month in range(1, MAX_MONTH + 1)
            )
        return months

    def _add_exit(
        self,
        sex: str,
        reason: str | None,
        exit_form: ExitForm,
        answers: Mapping[str, int] | None,
        record_key: int,
    ) -> None:
        if answers:
            for question, answer in answers.items():
                if question not in self._questions:
                    continue
                self._count(EXIT_SURVEY, ANSWERED, (question,), record_key)
                if is_positive(answer):
                    self._count(EXIT_SURVEY, POSITIVE_ANSWERS, (question,), record_key)
        if reason != ExitReason.WORK.value:
            return
        for who in (sex, ALL):
            for attribute in exit_form.attributes():
                self._count(EXIT_EMPLOYMENT, LEFT, (who, attribute), record_key)
            if exit_form.branch is not None:
                self._count(EXIT_BRANCH, LEFT, (who, exit_form.branch), record_key)
                self._count(EXIT_BRANCH, LEFT, (who, ALL), record_key)

    def cells(self) -> list[KeyedCell]:
        """Every §10 table, every combination present (zeros included), exact."""
        cells: list[KeyedCell] = []
        sexes = (*SEXES, ALL)
        for sex in sexes:
            for area in (*AREAS, ALL):
                tally = self._counts.get((ACTIVITIES, PARTICIPANTS_MEASURE, (sex, area)))
                cells.append(
                    self._keyed(ACTIVITIES, PARTICIPANTS_MEASURE, tally, sex=sex, area=area)
                )
                cells.append(self._hours(tally, sex=sex, area=area))
        for sex in sexes:
            for kind in (*(k.value for k in ActivityType), ALL):
                tally = self._counts.get((ACTIVITY_TYPES, PARTICIPANTS_MEASURE, (sex, kind)))
                cells.append(
                    self._keyed(ACTIVITY_TYPES, PARTICIPANTS_MEASURE, tally, sex=sex, activity=kind)
                )
        for month in range(1, MAX_MONTH + 1):
            for measure in PARALLEL_MEASURES:
                tally = self._counts.get((PARALLEL, measure, (str(month),)))
                cells.append(self._keyed(PARALLEL, measure, tally, month=month))
        for sex in sexes:
            for attribute in EXIT_ATTRIBUTES:
                tally = self._counts.get((EXIT_EMPLOYMENT, LEFT, (sex, attribute)))
                cells.append(
                    self._keyed(EXIT_EMPLOYMENT, LEFT, tally, sex=sex, attribute=attribute)
                )
        for sex in sexes:
            for branch in (*BRANCHES, ALL):
                tally = self._counts.get((EXIT_BRANCH, LEFT, (sex, branch)))
                cells.append(self._keyed(EXIT_BRANCH, LEFT, tally, sex=sex, branch=branch))
        for question in self._questions:
            for measure in (ANSWERED, POSITIVE_ANSWERS):
                tally = self._counts.get((EXIT_SURVEY, measure, (question,)))
                cells.append(self._keyed(EXIT_SURVEY, measure, tally, question=question))
        return cells

    @staticmethod
    def _keyed(table: str, measure: str, tally: _Tally | None, **dimensions: Any) -> KeyedCell:
        n, keys = (tally.n, tally.keys) if tally is not None else (0, 0)
        return KeyedCell(Cell(table, measure, n, **dimensions), keys % KEY_SPACE)

    @staticmethod
    def _hours(tally: _Tally | None, **dimensions: Any) -> KeyedCell:
        if tally is None:
            return KeyedCell(Cell(ACTIVITIES, HOURS, 0.0, **dimensions), 0)
        cell = Cell(ACTIVITIES, HOURS, round(tally.hours, HOURS_DECIMALS), **dimensions)
        return KeyedCell(cell, tally.keys % KEY_SPACE, tally.top)


def follow_up_cells(
    facts: Iterable[FollowUpFacts], period: Period, survey_questions: Sequence[str], today: date
) -> list[KeyedCell]:
    """The exact §10 tables of every participant in `facts`."""
    aggregator = FollowUpAggregator(period, survey_questions, today)
    for one in facts:
        aggregator.add(one)
    return aggregator.cells()
