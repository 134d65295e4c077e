"""A small unit whose exact counts are 1s and 2s, for the unit report's tests.

Five participants in 2024 (women 3, men 2): three with two comparable
measurements — one positive step (a woman of 30–39), one negative (a man of
60–), one neutral (a woman of 30–39) — one woman measured once, and one man
without birth year never measured. Two left in 2024: the man without birth
year for work, the neutral woman for studies. Question q1 of the neutral
woman is answered only the first time, so q1 has n = 2.
"""

from __future__ import annotations

from datetime import date

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.reports.sheet_data import UNIT_SETTING
from bipdesk.storage import Database
from bipdesk.storage.demo import DEMO_SETTING
from tests.support import QUESTIONS

CARD = CardKey("bip-standard", 1)
UNIT = "Delprojekt Liten"


def answers(value: int, skip: tuple[str, ...] = ()) -> dict[str, int | None]:
    return {q: value for q in QUESTIONS if q not in skip}


def fill_small_unit(database: Database, *, demo: bool = False) -> None:
    people = [
        Participant("L-1", "Anna A", Sex.WOMEN, 1990, start_date=date(2024, 1, 10)),
        Participant("L-2", "Bo B", Sex.MEN, 1960, start_date=date(2024, 1, 15)),
        Participant("L-3", "Cia C", Sex.WOMEN, 2005, start_date=date(2024, 2, 1)),
        Participant(
            "L-4",
            "Dan D",
            Sex.MEN,
            None,
            start_date=date(2024, 1, 20),
            end_date=date(2024, 3, 1),
            exit_reason=ExitReason.WORK,
        ),
        Participant(
            "L-5",
            "Eva E",
            Sex.WOMEN,
            1985,
            start_date=date(2024, 1, 5),
            end_date=date(2024, 9, 30),
            exit_reason=ExitReason.STUDIES,
        ),
    ]
    taken = [
        Measurement("L-1", CARD, date(2024, 2, 1), answers(4)),
        Measurement("L-1", CARD, date(2024, 5, 1), answers(6)),
        Measurement("L-2", CARD, date(2024, 2, 1), answers(5)),
        Measurement("L-2", CARD, date(2024, 6, 1), answers(4)),
        Measurement("L-3", CARD, date(2024, 3, 1), answers(7)),
        Measurement("L-5", CARD, date(2024, 2, 1), answers(5)),
        Measurement("L-5", CARD, date(2024, 8, 1), answers(5, skip=(QUESTIONS[0],))),
    ]
    with database.transaction() as repository:
        for person in people:
            repository.add_participant(person)
        for measurement in taken:
            repository.add_measurement(measurement)
        repository.set_setting(UNIT_SETTING, UNIT)
        if demo:
            repository.set_setting(DEMO_SETTING, True)
