"""Units rebuilt from the seed reports, for the export and report tests.

Seed 003: 267 participants (123 women, 144 men); 108 with two or more
comparable self-assessments, of whom 71 made a positive step, 26 a negative
one and 11 none. Seed 004: exits of 360 women and 266 men — work 43/47,
studies 59/41, closer to the labour market 164/101, other 94/77.
"""

from __future__ import annotations

from datetime import date, timedelta

from bipdesk.core.cards import CardKey
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
