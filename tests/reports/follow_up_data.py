"""Units with activities, exits to work and exit survey answers (DESIGN §10), for the
follow-up sections of the unit's and the project office's reports.

`varied_people` makes a deterministic mix: every participant has a job focus
activity (work training for about half), some health, social and skills
activities, some running in parallel, some ongoing; of those who left in 2024
about a third left for work with an exit form and a branch; about 60 % of
those who left answered the exit survey. `small_follow_up` is a handful of
people whose exact figures are easy to count by hand.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import sqlalchemy as sa

from bipdesk.core.activities import DEFAULT_AREA, Activity, ActivityType
from bipdesk.core.cards import Area
from bipdesk.core.exits import Employment, WorkingTime
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.surveys import SurveyResponse
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.cards import default_cards
from bipdesk.io.export import build_aggregate
from bipdesk.io.merge import merge_aggregates
from bipdesk.reports.sheet_data import UNIT_SETTING
from bipdesk.storage import Database, open_database
from tests.reports.office_data import TODAY, YEAR
from tests.seed_units import seed_004_follow_up

SURVEY = ("useful", "experience_used", "involved")


@dataclass(frozen=True)
class Unit:
    people: tuple[Participant, ...]
    activities: dict[str, list[Activity]]
    answers: dict[str, dict[str, int]]


def _activity(
    code: str, kind: ActivityType, start: date, days: int | None, hours: float
) -> Activity:
    area = DEFAULT_AREA[kind] or Area.SOCIAL
    end = None if days is None else start + timedelta(days=days)
    return Activity(code, kind, area, start, end, hours)


def varied_people(prefix: str, count: int, seed: int) -> Unit:
    chance = random.Random(seed)
    people: list[Participant] = []
    activities: dict[str, list[Activity]] = {}
    answers: dict[str, dict[str, int]] = {}
    reasons = [ExitReason.WORK] * 4 + [
        ExitReason.STUDIES,
        ExitReason.JOB_SEEKING,
        ExitReason.REHABILITATION,
        ExitReason.COMPLETED,
        ExitReason.DROPPED_OUT,
    ]
    for number in range(count):
        code = f"{prefix}-{number + 1:03d}"
        sex = chance.choices([Sex.WOMEN, Sex.MEN, Sex.OTHER], [55, 43, 2])[0]
        start = date(2023, 9, 1) + timedelta(days=chance.randrange(420))
        leaves = chance.random() < 0.45
        end = None
        reason = None
        if leaves:
            end = min(date(2024, 12, 31), start + timedelta(days=60 + chance.randrange(400)))
            reason = chance.choice(reasons)
        person = Participant(
            code,
            sex=sex,
            birth_year=1962 + chance.randrange(42),
            start_date=start,
            end_date=end,
            exit_reason=reason,
        )
        if reason is ExitReason.WORK:
            person = Participant(
                code,
                sex=sex,
                birth_year=person.birth_year,
                start_date=start,
                end_date=end,
                exit_reason=reason,
                employment=chance.choice([Employment.PERMANENT, Employment.TEMPORARY, None]),
                working_time=chance.choice([WorkingTime.FULL_TIME, WorkingTime.PART_TIME]),
                subsidised=chance.random() < 0.4,
                exit_branch=chance.choice("GGQQCHINFP"),
            )
        people.append(person)
        last = end or TODAY

        def days_left(since: date, last: date = last) -> int:
            return max(1, (last - since).days)

        mine: list[Activity] = []
        job = chance.choice(
            [ActivityType.WORK_TRAINING] * 5
            + [ActivityType.INTERNSHIP] * 2
            + [ActivityType.JOB_COACHING] * 2
            + [ActivityType.EMPLOYMENT_SUBSIDISED]
        )
        # a third begin with health or social support and take up the job activity later
        late = chance.random() < 0.35
        job_start = start + timedelta(
            days=chance.randrange(90, 200) if late else chance.randrange(30)
        )
        if late:
            mine.append(
                _activity(code, ActivityType.COUNSELLING, start, min(150, days_left(start)), 20)
            )
        job_days = None if end is None and chance.random() < 0.5 else days_left(job_start)
        mine.append(_activity(code, job, job_start, job_days, 40 + chance.randrange(360)))
        if chance.random() < 0.55:
            kind = chance.choice(
                [
                    ActivityType.COUNSELLING,
                    ActivityType.REHABILITATION,
                    ActivityType.HEALTH_PROMOTION,
                ]
            )
            since = start + timedelta(days=1 + chance.randrange(90))
            mine.append(
                _activity(code, kind, since, min(120, days_left(since)), 10 + chance.randrange(60))
            )
        if chance.random() < 0.35:
            kind = chance.choice([ActivityType.HOUSING_SUPPORT, ActivityType.SOCIAL_ACTIVITY])
            since = start + timedelta(days=chance.randrange(30))
            mine.append(
                _activity(code, kind, since, min(200, days_left(since)), 5 + chance.randrange(40))
            )
        if chance.random() < 0.3:
            kind = chance.choice([ActivityType.STUDIES, ActivityType.SKILLS_COURSE])
            since = start + timedelta(days=30 + chance.randrange(200))
            if since < last:
                mine.append(
                    _activity(code, kind, since, days_left(since), 30 + chance.randrange(200))
                )
        activities[code] = mine
        if end is not None and chance.random() < 0.6:
            answers[code] = {q: chance.choices([1, 2, 3, 4], [5, 10, 40, 45])[0] for q in SURVEY}
            if chance.random() < 0.1:
                del answers[code]["involved"]  # a question left unanswered
    return Unit(tuple(people), activities, answers)


def fill_follow_up(database: Database, unit: Unit, name: str) -> None:
    with database.transaction() as repository:
        for person in unit.people:
            repository.add_participant(person)
        for items in unit.activities.values():
            for activity in items:
                repository.add_activity(activity)
        for code, given in unit.answers.items():
            repository.save_survey_response(code, SurveyResponse("nns-exit", 1, given))
        repository.set_setting(UNIT_SETTING, name)
        repository._connection.execute(  # fixed keys: the same figures every run
            sa.text("UPDATE participants SET record_key = (id * 97 + 13) % 256")
        )


def export_unit(name: str, unit: Unit) -> AggregateFile:
    with (
        tempfile.TemporaryDirectory() as folder,
        open_database(Path(folder) / "unit.db", default_cards(), today=lambda: TODAY) as database,
    ):
        fill_follow_up(database, unit, name)
        return build_aggregate(database, YEAR, name, project="BIP Kronoberg")


@cache
def varied_units() -> tuple[AggregateFile, ...]:
    """Three units of 150 varied people each, exported for 2024."""
    return tuple(
        export_unit(f"Enhet {name}", varied_people(name[0], 150, seed))
        for seed, name in enumerate(("Alvesta", "Ljungby", "Växjö"), start=1)
    )


@cache
def merged_varied() -> AggregateFile:
    return merge_aggregates(list(varied_units()))


@cache
def north_follow_up() -> AggregateFile:
    """Seed 004's 626 people with their activities, exit forms and survey answers."""
    people, activities, answers = seed_004_follow_up()
    return export_unit("Delprojekt Norr", Unit(tuple(people), activities, answers))


def small_follow_up() -> Unit:
    """Four people of 2024 whose exact figures are easy to count.

    W-1 (woman): work training all year 2024 (366 h, ongoing) and counselling
    Jan–Feb (60 h) — parallel in months 1–2; left for work 31 Dec 2024, permanent,
    full time, not subsidised, branch Q; answered 4, 3, 2.
    W-2 (woman): internship 1 Mar–31 May 2024 (100 h); left for studies 31 May
    2024; answered 1, 2 and left the third question unanswered.
    M-1 (man): housing support 2024 (36 h), no job activity; still in the project.
    M-2 (man): work training Jun–Jul 2024 (61 h) and studies Jul (31 h); left for
    work 31 Jul 2024, temporary, part time, subsidised, branch G; no survey.
    """
    people = (
        Participant(
            "W-1",
            sex=Sex.WOMEN,
            birth_year=1990,
            start_date=date(2024, 1, 1),
            end_date=date(2024, 12, 31),
            exit_reason=ExitReason.WORK,
            employment=Employment.PERMANENT,
            working_time=WorkingTime.FULL_TIME,
            subsidised=False,
            exit_branch="Q",
        ),
        Participant(
            "W-2",
            sex=Sex.WOMEN,
            birth_year=1985,
            start_date=date(2024, 3, 1),
            end_date=date(2024, 5, 31),
            exit_reason=ExitReason.STUDIES,
        ),
        Participant("M-1", sex=Sex.MEN, birth_year=1970, start_date=date(2024, 1, 1)),
        Participant(
            "M-2",
            sex=Sex.MEN,
            birth_year=2000,
            start_date=date(2024, 6, 1),
            end_date=date(2024, 7, 31),
            exit_reason=ExitReason.WORK,
            employment=Employment.TEMPORARY,
            working_time=WorkingTime.PART_TIME,
            subsidised=True,
            exit_branch="G",
        ),
    )
    activities = {
        "W-1": [
            Activity("W-1", ActivityType.WORK_TRAINING, Area.JOB, date(2024, 1, 1), None, 366),
            Activity(
                "W-1",
                ActivityType.COUNSELLING,
                Area.HEALTH,
                date(2024, 1, 1),
                date(2024, 2, 29),
                60,
            ),
        ],
        "W-2": [
            Activity(
                "W-2", ActivityType.INTERNSHIP, Area.JOB, date(2024, 3, 1), date(2024, 5, 31), 100
            )
        ],
        "M-1": [
            Activity(
                "M-1",
                ActivityType.HOUSING_SUPPORT,
                Area.SOCIAL,
                date(2024, 1, 1),
                date(2024, 12, 31),
                36,
            )
        ],
        "M-2": [
            Activity(
                "M-2", ActivityType.WORK_TRAINING, Area.JOB, date(2024, 6, 1), date(2024, 7, 31), 61
            ),
            Activity(
                "M-2", ActivityType.STUDIES, Area.SKILLS, date(2024, 7, 1), date(2024, 7, 31), 31
            ),
        ],
    }
    answers = {
        "W-1": {"useful": 4, "experience_used": 3, "involved": 2},
        "W-2": {"useful": 1, "experience_used": 2},
    }
    return Unit(people, activities, answers)
