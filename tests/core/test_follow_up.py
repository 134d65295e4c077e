"""The follow-up tables of DESIGN §10, exact and protected, on the seed-004 unit and on
small hand-made cases at the edges of a period."""

from __future__ import annotations

import random
from datetime import date

import pytest

from bipdesk.core.activities import Activity, ActivityType
from bipdesk.core.aggregation import ALL, Cell, KeyedCell
from bipdesk.core.cards import Area
from bipdesk.core.exits import ExitForm
from bipdesk.core.follow_up import FollowUpFacts, follow_up_cells
from bipdesk.core.participants import ExitReason, Participant
from bipdesk.core.periods import Period
from bipdesk.core.protection import protect
from bipdesk.io.ptables import load_magnitudes, load_ptable
from tests.seed_units import (
    SEED_004_ANSWERED,
    SEED_004_HOURS,
    SEED_004_SURVEY,
    seed_004_follow_up,
)

QUESTIONS = ("useful", "experience_used", "involved")
TODAY = date(2025, 6, 30)


def facts_of(
    people: list[Participant],
    activities: dict[str, list[Activity]],
    answers: dict[str, dict[str, int]],
    keys: dict[str, int] | None = None,
) -> list[FollowUpFacts]:
    return [
        (
            (
                p.sex.value,
                p.birth_year,
                p.start_date,
                p.end_date,
                None if p.exit_reason is None else p.exit_reason.value,
                (keys or {}).get(p.code, 0),
            ),
            p.exit_form,
            activities.get(p.code, []),
            answers.get(p.code),
        )
        for p in people
    ]


def value(cells: list[KeyedCell] | list[Cell], table: str, measure: str, **dims: object) -> float:
    plain = [c.cell if isinstance(c, KeyedCell) else c for c in cells]
    found = [
        c
        for c in plain
        if c.table == table
        and c.measure == measure
        and all(getattr(c, k) == v for k, v in dims.items())
    ]
    assert len(found) == 1, (table, measure, dims, len(found))
    return float(found[0].value or 0)


@pytest.fixture(scope="module")
def seed() -> tuple[list[KeyedCell], list[Cell]]:
    people, activities, answers = seed_004_follow_up()
    chance = random.Random(4)
    keys = {p.code: chance.randrange(256) for p in people}
    exact = follow_up_cells(facts_of(people, activities, answers, keys), Period(), QUESTIONS, TODAY)
    return exact, protect(exact, load_ptable(), load_magnitudes())


def test_seed_004_work_training_hours_and_survey_exactly(
    seed: tuple[list[KeyedCell], list[Cell]],
) -> None:
    exact, _ = seed
    kind = ActivityType.WORK_TRAINING.value
    assert value(exact, "activity_types", "participants", sex="women", activity=kind) == 227
    assert value(exact, "activity_types", "participants", sex="men", activity=kind) == 155
    assert value(exact, "activity_types", "participants", sex=ALL, activity=kind) == 382
    total = value(exact, "activities", "hours", sex=ALL, area=ALL)
    assert total == pytest.approx(626 * sum(SEED_004_HOURS.values()))
    for area, hours in SEED_004_HOURS.items():
        share = value(exact, "activities", "hours", sex=ALL, area=area) / total
        assert share == pytest.approx(hours / 100)
    for question, positive in SEED_004_SURVEY.items():
        assert value(exact, "exit_survey", "answered", question=question) == SEED_004_ANSWERED
        assert value(exact, "exit_survey", "positive", question=question) == positive
    assert round(100 * 198 / 213) == 93 and round(100 * 200 / 213) == 94
    assert value(exact, "exit_employment", "left", sex="women", attribute="permanent") == 14
    assert value(exact, "exit_employment", "left", sex="men", attribute="full_time") == 32


def test_seed_004_published_within_the_protections_deviation(
    seed: tuple[list[KeyedCell], list[Cell]],
) -> None:
    exact, published = seed
    for truth, cell in zip(exact, published, strict=True):
        assert truth.cell.key == cell.key
        if cell.measure == "hours":
            assert isinstance(cell.value, int)
            assert abs(cell.value - float(truth.cell.value or 0)) <= truth.top + 0.5
        else:
            assert cell.value not in (1, 2)
            assert abs(int(cell.value or 0) - int(truth.cell.value or 0)) <= 2
    total = value(published, "activities", "hours", sex=ALL, area=ALL)
    for area, hours in SEED_004_HOURS.items():
        share = value(published, "activities", "hours", sex=ALL, area=area) / total
        assert round(100 * share) == hours


def _one(
    activities: list[Activity],
    start: date = date(2025, 1, 1),
    end: date | None = None,
    reason: ExitReason | None = None,
    form: ExitForm | None = None,
) -> FollowUpFacts:
    return (
        ("women", 1990, start, end, None if reason is None else reason.value, 9),
        form or ExitForm(),
        activities,
        None,
    )


def test_hours_pro_rata_at_the_edges_of_a_quarter() -> None:
    # 90 days from 1 March to 29 May: 31 of them in March, 59 in April–May.
    spring = Activity(
        "p", ActivityType.COUNSELLING, Area.HEALTH, date(2025, 3, 1), date(2025, 5, 29), 90
    )
    ongoing = Activity("p", ActivityType.INTERNSHIP, Area.JOB, date(2025, 4, 1), None, 91)
    cells = follow_up_cells([_one([spring, ongoing])], Period.quarter(2025, 2), QUESTIONS, TODAY)
    assert value(cells, "activities", "hours", sex=ALL, area="health") == pytest.approx(59)
    # ongoing: runs to the period's end (30 June), all 91 hours in the quarter
    assert value(cells, "activities", "hours", sex=ALL, area="job") == pytest.approx(91)
    assert value(cells, "activities", "participants", sex="women", area=ALL) == 1
    first = follow_up_cells([_one([spring])], Period.quarter(2025, 1), QUESTIONS, TODAY)
    assert value(first, "activities", "hours", sex=ALL, area="health") == pytest.approx(31)


def test_parallel_months_count_areas_not_activities() -> None:
    start = date(2025, 1, 1)
    job = Activity("p", ActivityType.WORK_TRAINING, Area.JOB, start, date(2025, 6, 30), 100)
    two_health = [
        Activity(
            "p", ActivityType.COUNSELLING, Area.HEALTH, date(2025, 2, 1), date(2025, 2, 28), 5
        ),
        Activity(
            "p", ActivityType.REHABILITATION, Area.HEALTH, date(2025, 2, 1), date(2025, 3, 1), 5
        ),
    ]
    cells = follow_up_cells(
        [_one([job, *two_health], start, date(2025, 6, 30))], Period(), QUESTIONS, TODAY
    )
    assert value(cells, "parallel", "active", month=1) == 1
    assert value(cells, "parallel", "parallel", month=1) == 0
    assert value(cells, "parallel", "parallel", month=2) == 1
    # an activity ending on the first day of month 3 still runs in month 3
    assert value(cells, "parallel", "job_and_other", month=3) == 1
    assert value(cells, "parallel", "parallel", month=4) == 0
    assert value(cells, "parallel", "active", month=6) == 1
    assert value(cells, "parallel", "active", month=7) == 0


def test_exit_employment_counts_only_who_left_for_work_in_the_period() -> None:
    form = ExitForm(subsidised=True, branch="q")
    work = _one([], end=date(2025, 5, 1), reason=ExitReason.WORK, form=form)
    studies = _one([], end=date(2025, 5, 1), reason=ExitReason.STUDIES, form=form)
    later = _one([], end=date(2025, 8, 1), reason=ExitReason.WORK, form=form)
    cells = follow_up_cells([work, studies, later], Period.quarter(2025, 2), QUESTIONS, TODAY)
    assert value(cells, "exit_employment", "left", sex=ALL, attribute="subsidised") == 1
    assert value(cells, "exit_employment", "left", sex=ALL, attribute="permanent") == 0
    assert value(cells, "exit_branch", "left", sex="women", branch="Q") == 1
    assert value(cells, "exit_branch", "left", sex=ALL, branch=ALL) == 1
