"""Units rebuilt from the seed reports, for the export and report tests.

Seed 003: 267 participants (123 women, 144 men); 108 with two or more
comparable self-assessments, of whom 71 made a positive step, 26 a negative
one and 11 none. Seed 004: exits of 360 women and 266 men — work 43/47,
studies 59/41, closer to the labour market 164/101, other 94/77.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bipdesk.core.activities import Activity, ActivityType, month_start
from bipdesk.core.cards import Area, CardKey
from bipdesk.core.exits import Employment, WorkingTime
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from tests.support import QUESTIONS

CARD = CardKey("bip-standard", 1)
YEAR = 2024
BIRTH_YEARS = (2003, 1998, 1992, 1986, 1979, 1971, 1966)


def seed_003() -> tuple[list[Participant], dict[str, list[Measurement]]]:
    """267 participants of 2024; measurements give 71 positive, 26 negative, 11 neutral."""
    sexes = [Sex.WOMEN] * 123 + [Sex.MEN] * 144
    outcomes = ["positive"] * 71 + ["negative"] * 26 + ["neutral"] * 11
    once = 120  # measured once only
    participants: list[Participant] = []
    measurements: dict[str, list[Measurement]] = {}
    for number, sex in enumerate(sexes):
        # interleave sexes among outcomes so both sexes show every outcome
        code = f"S3-{number:03d}"
        start = date(YEAR, 1, 8) + timedelta(days=number % 60)
        participants.append(
            Participant(
                code,
                name=f"Namn Nummer{number}",
                sex=sex,
                birth_year=BIRTH_YEARS[number % len(BIRTH_YEARS)],
                start_date=start,
            )
        )
        slot = (number * 7) % 267  # a fixed shuffle: 7 and 267 share no factor
        first_day = start + timedelta(days=5)
        later = first_day + timedelta(days=91)
        base = {q: 4 + (i + number) % 3 for i, q in enumerate(QUESTIONS)}
        if slot < len(outcomes):
            step = {"positive": 2, "negative": -1, "neutral": 0}[outcomes[slot]]
            after = {q: v + step for q, v in base.items()}
            measurements[code] = [
                Measurement(code, CARD, first_day, base, note=f"anteckning {code}"),
                Measurement(code, CARD, later, after),
            ]
        elif slot < len(outcomes) + once:
            measurements[code] = [Measurement(code, CARD, first_day, base)]
    return participants, measurements


SEED_004_EXITS: dict[Sex, dict[ExitReason, int]] = {
    Sex.WOMEN: {
        ExitReason.WORK: 43,
        ExitReason.STUDIES: 59,
        ExitReason.JOB_SEEKING: 100,
        ExitReason.REHABILITATION: 64,
        ExitReason.COMPLETED: 50,
        ExitReason.DROPPED_OUT: 30,
        ExitReason.OTHER: 14,
    },
    Sex.MEN: {
        ExitReason.WORK: 47,
        ExitReason.STUDIES: 41,
        ExitReason.JOB_SEEKING: 60,
        ExitReason.REHABILITATION: 41,
        ExitReason.COMPLETED: 40,
        ExitReason.DROPPED_OUT: 25,
        ExitReason.OTHER: 12,
    },
}


def seed_004() -> list[Participant]:
    """626 participants who left in 2024 for the reasons of seed 004."""
    people: list[Participant] = []
    for sex, reasons in SEED_004_EXITS.items():
        for reason, count in reasons.items():
            for number in range(count):
                code = f"S4-{sex.value}-{reason.value}-{number:03d}"
                start = date(YEAR - 1, 3, 1) + timedelta(days=number * 3)
                people.append(
                    Participant(
                        code,
                        name=f"Person {code}",
                        sex=sex,
                        birth_year=BIRTH_YEARS[number % len(BIRTH_YEARS)],
                        start_date=start,
                        end_date=date(YEAR, 1, 15) + timedelta(days=number % 300),
                        exit_reason=reason,
                    )
                )
    return people


SEED_004_WORK_TRAINING = {Sex.WOMEN: 227, Sex.MEN: 155}
SEED_004_HOURS = {"job": 45.0, "health": 30.0, "social": 10.0, "skills": 15.0}
"""Hours per participant and area: shares 45 / 30 / 10 / 15 % of all hours."""
SEED_004_SURVEY = {"useful": 198, "experience_used": 198, "involved": 200}
"""Positive answers of the 213 who answered (34 % of 626): 93 / 93 / 94 %."""
SEED_004_ANSWERED = 213
SEED_004_EMPLOYMENT = {
    Sex.WOMEN: {"permanent": 14, "full_time": 21, "subsidised": 22},
    Sex.MEN: {"permanent": 20, "full_time": 32, "subsidised": 23},
}
"""Of those who left for work (43 women, 47 men): 33 / 43 % permanent, 49 / 68 %
full time, about half subsidised."""


def seed_004_follow_up() -> tuple[
    list[Participant], dict[str, list[Activity]], dict[str, dict[str, int]]
]:
    """The 626 participants of seed 004 with activities, exit forms and survey answers.

    Everyone has a job activity from the start (work training for 227 women and
    155 men, job coaching for the others), health support from month 4, a social
    activity and a skills course, with 45 / 30 / 10 / 15 hours; those who left for
    work have the employment of SEED_004_EMPLOYMENT; 213 answered the survey.
    """
    people = seed_004()
    activities: dict[str, list[Activity]] = {}
    answers: dict[str, dict[str, int]] = {}
    trained = dict(SEED_004_WORK_TRAINING)
    at_work: dict[Sex, int] = {Sex.WOMEN: 0, Sex.MEN: 0}
    chosen: list[Participant] = []
    for number, person in enumerate(people):
        start, end = person.start_date, person.end_date
        assert start is not None and end is not None
        job = ActivityType.JOB_COACHING
        if trained[person.sex] > 0:
            trained[person.sex] -= 1
            job = ActivityType.WORK_TRAINING
        code = person.code
        health_from = month_start(start, 4)
        activities[code] = [
            Activity(code, job, Area.JOB, start, end, SEED_004_HOURS["job"], branch="Q"),
            Activity(
                code,
                ActivityType.HEALTH_PROMOTION,
                Area.HEALTH,
                min(health_from, end),
                end,
                SEED_004_HOURS["health"],
            ),
            Activity(
                code,
                ActivityType.SOCIAL_ACTIVITY,
                Area.SOCIAL,
                start,
                end,
                SEED_004_HOURS["social"],
            ),
            Activity(
                code, ActivityType.SKILLS_COURSE, Area.SKILLS, start, end, SEED_004_HOURS["skills"]
            ),
        ]
        if person.exit_reason == ExitReason.WORK:
            index = at_work[person.sex]
            at_work[person.sex] += 1
            wanted = SEED_004_EMPLOYMENT[person.sex]
            person = replace(
                person,
                employment=Employment.PERMANENT
                if index < wanted["permanent"]
                else Employment.TEMPORARY,
                working_time=WorkingTime.FULL_TIME
                if index < wanted["full_time"]
                else WorkingTime.PART_TIME,
                subsidised=index < wanted["subsidised"],
                exit_branch="GCQ"[index % 3],
            )
        chosen.append(person)
        # 213 of 626, spread evenly over the list
        if number * SEED_004_ANSWERED // len(people) != (number + 1) * SEED_004_ANSWERED // len(
            people
        ):
            answers[code] = {}
    for question, positive in SEED_004_SURVEY.items():
        for index, code in enumerate(answers):
            answers[code][question] = 4 if index < positive else 2
    return chosen, activities, answers
