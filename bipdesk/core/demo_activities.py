"""Invented activities, exit forms and exit survey answers for the demo people
(DESIGN §10), shaped like the figures seed 004 reports.

Most participants start with job coaching, add a second area (health, social
or skills) by their fourth month, and go into work training or an internship
around months 4–10, so that work training peaks around month 7. Hours fall
about 45 % in the job area, 30 % in health, 10 % in social and 15 % in skills.
Those who leave for work get an exit form (employment, working time,
subsidy, branch); about a third of all who leave answer the exit survey, and
about 93 % of their answers are positive (3 or 4).

Drawn from their own random stream, so the demo's participants and
measurements stay what they were without activities.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bipdesk.core.activities import DEFAULT_AREA, Activity, ActivityType, month_start
from bipdesk.core.cards import Area
from bipdesk.core.exits import Employment, WorkingTime
from bipdesk.core.participants import ExitReason, Participant
from bipdesk.core.surveys import SurveyResponse

DEMO_SURVEY_ID = "nns-exit"
DEMO_SURVEY_VERSION = 1
DEMO_SURVEY_QUESTIONS = ("useful", "experience_used", "involved")
"""The shipped exit survey (resources/surveys/nns-exit-v1.toml); core cannot read
files, so the demo names its questions here (a test checks they agree)."""

BRANCH_WEIGHTS = (
    ("G", 20),
    ("Q", 18),
    ("I", 14),
    ("C", 10),
    ("N", 9),
    ("H", 7),
    ("F", 6),
    ("S", 5),
    ("P", 5),
    ("A", 2),
    ("O", 2),
    ("M", 1),
    ("J", 1),
)
"""Where people leaving BIP for work tend to go (SNI sections): trade, care,
hotels and restaurants first."""

PLACES: dict[ActivityType, tuple[str, ...]] = {
    ActivityType.WORK_TRAINING: (
        "Returbutiken Återbruket",
        "Kommunens lokalvård",
        "Café Linnéa",
        "Fritidsgården Norr",
    ),
    ActivityType.INTERNSHIP: ("ICA Maxi", "Hemtjänsten Söder", "Bilverkstaden Teknik", "Förskolan"),
    ActivityType.EMPLOYMENT_SUBSIDISED: ("Fastighetsservice AB", "Äldreboendet Solgården"),
    ActivityType.REHABILITATION: ("Vårdcentralen", "Arbetsterapin"),
    ActivityType.HEALTH_PROMOTION: ("Friskvårdsgruppen", "Simhallen"),
    ActivityType.SOCIAL_ACTIVITY: ("Fontänhuset", "Föreningen Gemenskap"),
    ActivityType.STUDIES: ("Komvux", "SFI"),
    ActivityType.SKILLS_COURSE: ("Truckkortskursen", "Datakursen"),
}


@dataclass(frozen=True)
class _Plan:
    """One activity as the demo plans it: months since start, hours a week."""

    kind: ActivityType
    first_month: int
    months: float
    per_week: float


def _plans(rng: random.Random) -> list[_Plan]:
    """The activities of one participant, from month 1 of their time in the project."""
    plans: list[_Plan] = []
    if rng.random() < 0.88:  # a job activity for most
        plans.append(_Plan(ActivityType.JOB_COACHING, 1, rng.uniform(3, 6), rng.uniform(1.5, 3)))
        kind = ActivityType.WORK_TRAINING if rng.random() < 0.7 else ActivityType.INTERNSHIP
        first = max(2, round(rng.triangular(3, 10, 5)))
        plans.append(_Plan(kind, first, rng.uniform(3, 6), rng.uniform(6, 11)))
        if rng.random() < 0.18:
            plans.append(
                _Plan(
                    ActivityType.EMPLOYMENT_SUBSIDISED,
                    first + rng.randint(5, 8),
                    rng.uniform(4, 10),
                    rng.uniform(10, 20),
                )
            )
    others = [
        (Area.HEALTH, 0.72),
        (Area.SKILLS, 0.32),
        (Area.SOCIAL, 0.38),
    ]
    kinds = {
        Area.HEALTH: (
            ActivityType.COUNSELLING,
            ActivityType.HEALTH_PROMOTION,
            ActivityType.REHABILITATION,
        ),
        Area.SKILLS: (ActivityType.STUDIES, ActivityType.SKILLS_COURSE),
        Area.SOCIAL: (ActivityType.HOUSING_SUPPORT, ActivityType.SOCIAL_ACTIVITY),
    }
    rates = {Area.HEALTH: (3.3, 8.5), Area.SKILLS: (3.5, 9.0), Area.SOCIAL: (2.0, 5.5)}
    for area, share in others:
        if rng.random() < share:
            low, high = rates[area]
            first = rng.randint(1, 4)  # another area by the fourth month
            plans.append(
                _Plan(rng.choice(kinds[area]), first, rng.uniform(3, 9), rng.uniform(low, high))
            )
    return plans


def demo_activities(rng: random.Random, participant: Participant, today: date) -> list[Activity]:
    """The participant's activities: inside their time in the project, some still ongoing."""
    start = participant.start_date
    if start is None:
        return []
    last = min(participant.end_date or today, today)
    found: list[Activity] = []
    for plan in _plans(rng):
        begins = month_start(start, plan.first_month) + timedelta(days=rng.randint(0, 10))
        if begins > last:
            continue
        ends = begins + timedelta(days=max(6, round(plan.months * 30.4)))
        ongoing = False
        if participant.end_date is not None:
            ends = min(ends, participant.end_date)
        elif ends > today:
            ongoing = rng.random() < 0.6  # the others keep their planned end
        done_until = today if ongoing else ends
        weeks = ((done_until - begins).days + 1) / 7
        hours = round(plan.per_week * weeks * 2) / 2  # whole and half hours
        place = (
            rng.choice(PLACES[plan.kind]) if plan.kind in PLACES and rng.random() < 0.6 else None
        )
        branch = None
        if plan.kind in (
            ActivityType.WORK_TRAINING,
            ActivityType.INTERNSHIP,
            ActivityType.EMPLOYMENT_SUBSIDISED,
        ):
            branch = _branch(rng)
        found.append(
            Activity(
                participant.code,
                plan.kind,
                _area(plan.kind),
                begins,
                None if ongoing else ends,
                hours,
                place,
                branch,
            )
        )
    found.sort(key=lambda a: (a.start_date, a.activity.value))
    # One activity of a type per start day (the importer's identity).
    unique: dict[tuple[ActivityType, date], Activity] = {}
    for activity in found:
        unique.setdefault((activity.activity, activity.start_date), activity)
    return list(unique.values())


def _area(kind: ActivityType) -> Area:
    area = DEFAULT_AREA[kind]
    assert area is not None
    return area


def _branch(rng: random.Random) -> str:
    return rng.choices([b for b, _ in BRANCH_WEIGHTS], [w for _, w in BRANCH_WEIGHTS])[0]


def with_exit_form(rng: random.Random, participant: Participant) -> Participant:
    """A participant who left for work, with what they went to; others as they are."""
    if participant.exit_reason is not ExitReason.WORK:
        return participant
    return replace(
        participant,
        employment=Employment.TEMPORARY if rng.random() < 0.62 else Employment.PERMANENT,
        working_time=WorkingTime.PART_TIME if rng.random() < 0.42 else WorkingTime.FULL_TIME,
        subsidised=rng.random() < 0.38,
        exit_branch=_branch(rng),
    )


def demo_survey(rng: random.Random, participant: Participant) -> SurveyResponse | None:
    """About a third of those who left answer; about 93 % of the answers are 3 or 4."""
    if participant.end_date is None or rng.random() >= 0.34:
        return None
    answers: dict[str, int] = {}
    for question in DEMO_SURVEY_QUESTIONS:
        if rng.random() < 0.03:
            continue  # not answered
        answers[question] = rng.choices((1, 2, 3, 4), (2, 4, 37, 57))[0]
    if not answers:
        return None
    return SurveyResponse(DEMO_SURVEY_ID, DEMO_SURVEY_VERSION, answers)
