"""Realistic synthetic participants and measurements, for trying BIP Desk out,
with activities, exit forms and exit survey answers (`demo_activities`).

Deterministic for a given seed and day, so that screenshots, tests and
benchmarks see the same data every time. The people are invented; no real
person's data is used.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bipdesk.core.activities import Activity
from bipdesk.core.cards import Card
from bipdesk.core.demo_activities import demo_activities, demo_survey, with_exit_form
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.scheduling import add_months
from bipdesk.core.surveys import SurveyResponse

FIRST_NAMES_WOMEN = (
    "Amina",
    "Sara",
    "Fatima",
    "Emma",
    "Maria",
    "Leila",
    "Hanna",
    "Nour",
    "Anna",
    "Sofia",
    "Hodan",
    "Elin",
    "Zeynep",
    "Ida",
    "Mona",
    "Julia",
    "Rukia",
    "Karin",
)
FIRST_NAMES_MEN = (
    "Ahmed",
    "Johan",
    "Mohammed",
    "Erik",
    "Ali",
    "Anders",
    "Yusuf",
    "Oscar",
    "Omar",
    "Lars",
    "Daniel",
    "Hassan",
    "Mikael",
    "Abdi",
    "Niklas",
    "Filip",
    "Samir",
    "Jonas",
)
FAMILY_INITIALS = "ABDEFGHIJKLMNOPRSTVW"
MUNICIPALITIES = ("Växjö", "Ljungby", "Alvesta", "Älmhult", "Tingsryd")
REFERRERS = ("Arbetsförmedlingen", "Försäkringskassan", "Socialtjänsten", "Vårdcentral")
COORDINATORS = ("Lena Berg", "Ahmad Karimi", "Maja Holm", "Peter Lind")
EXIT_WEIGHTS = (
    (ExitReason.WORK, 22),
    (ExitReason.STUDIES, 14),
    (ExitReason.LABOUR_MARKET_TRAINING, 8),
    (ExitReason.JOB_SEEKING, 12),
    (ExitReason.REHABILITATION, 8),
    (ExitReason.MEDICAL_CARE, 7),
    (ExitReason.COMPLETED, 15),
    (ExitReason.DROPPED_OUT, 9),
    (ExitReason.OTHER, 5),
)
MEASUREMENT_NOTES = (
    "Vill gärna prova praktik inom handel.",
    "Har börjat på SFI, går bra.",
    "Sover dåligt, vill prata med vårdcentralen.",
    "Mer stöd från familjen nu.",
    "Ska söka till vårdbiträdesutbildning i höst.",
    "Tycker att det är lättare att prata i grupp nu.",
    "Behöver hjälp med cv och personligt brev.",
)
QUESTION_NOTES = (
    "Osäker, vill fundera till nästa gång.",
    "Bättre sedan förra gången.",
    "Ryggen gör ont.",
    "Har fått kontakt med en mentor.",
)


@dataclass(frozen=True)
class DemoParticipant:
    participant: Participant
    measurements: tuple[Measurement, ...]
    activities: tuple[Activity, ...] = ()
    survey: SurveyResponse | None = None


def _sex(rng: random.Random) -> Sex:
    return rng.choices((Sex.WOMEN, Sex.MEN, Sex.OTHER, Sex.UNKNOWN), weights=(54, 43, 1, 2))[0]


def _name(rng: random.Random, sex: Sex) -> str:
    names: tuple[str, ...] = FIRST_NAMES_MEN if sex is Sex.MEN else FIRST_NAMES_WOMEN
    if sex in (Sex.OTHER, Sex.UNKNOWN):
        names = FIRST_NAMES_WOMEN + FIRST_NAMES_MEN
    return f"{rng.choice(names)} {rng.choice(FAMILY_INITIALS)}."


def _answers(
    rng: random.Random, card: Card, baseline: dict[str, float], progress: float
) -> dict[str, int | None]:
    low, high = card.scale.minimum, card.scale.maximum
    answers: dict[str, int | None] = {}
    for question in card.questions:
        if rng.random() < 0.04:
            answers[question.id] = None
            continue
        value = baseline[question.id] + progress + rng.gauss(0, 0.9)
        answers[question.id] = max(low, min(high, round(value)))
    return answers


def generate_demo(
    card: Card, participants: int = 300, seed: int = 1, today: date | None = None
) -> list[DemoParticipant]:
    """Cohorts starting over the last two years, measured about every three months."""
    rng = random.Random(seed)
    # Activities, exits and survey answers from a stream of their own: the
    # participants and measurements of a seed stay what they always were.
    follow_up = random.Random(f"{seed}/activities")
    today = today or date.today()
    first_start = add_months(today, -24)
    span = (today - first_start).days
    people: list[DemoParticipant] = []
    for number in range(1, participants + 1):
        sex = _sex(rng)
        age = int(min(64, max(18, rng.triangular(18, 64, 27))))
        start = first_start + timedelta(days=rng.randrange(span))
        # Someone who started long ago has more likely left the project.
        months_in = (today - start).days / 30.4
        ends = rng.random() < min(0.85, months_in / 20)
        end = None
        reason = None
        if ends:
            stay = timedelta(days=rng.randint(60, max(61, int(months_in * 30.4) - 1)))
            end = min(start + stay, today - timedelta(days=1))
            reason = rng.choices([r for r, _ in EXIT_WEIGHTS], [w for _, w in EXIT_WEIGHTS])[0]
        participant = Participant(
            code=f"D{number:05d}",
            name=_name(rng, sex),
            sex=sex,
            birth_year=start.year - age,
            referrer=rng.choice(REFERRERS),
            municipality=rng.choice(MUNICIPALITIES),
            unit=None,
            coordinator=rng.choice(COORDINATORS),
            start_date=start,
            end_date=end,
            exit_reason=reason,
        )
        measurements = _measurements(rng, card, participant, today)
        participant = with_exit_form(follow_up, participant)
        people.append(
            DemoParticipant(
                participant,
                measurements,
                tuple(demo_activities(follow_up, participant, today)),
                demo_survey(follow_up, participant),
            )
        )
    return people


def _measurements(
    rng: random.Random, card: Card, participant: Participant, today: date
) -> tuple[Measurement, ...]:
    assert participant.start_date is not None
    last_day = min(participant.end_date or today, today)
    baseline = {q.id: rng.uniform(2.5, 6.5) for q in card.questions}
    trend = rng.gauss(0.35, 0.45)  # points per measurement; most people move up a little
    day = participant.start_date + timedelta(days=rng.randint(0, 21))
    if rng.random() < 0.08:
        return ()  # never measured: the due list must show these people
    measurements: list[Measurement] = []
    step = 0
    while day <= last_day:
        if not measurements or rng.random() > 0.2:  # about one in five is missed
            notes: dict[str, str] = {}
            if rng.random() < 0.15:
                notes[rng.choice(card.questions).id] = rng.choice(QUESTION_NOTES)
            measurements.append(
                Measurement(
                    participant.code,
                    card.key,
                    day,
                    _answers(rng, card, baseline, trend * step),
                    notes,
                    rng.choice(MEASUREMENT_NOTES) if rng.random() < 0.2 else None,
                )
            )
        step += 1
        day = add_months(day, 3) + timedelta(days=rng.randint(-10, 14))
    return tuple(measurements)
