"""Putting demo data into a database: only an empty one, never mixed with real data.

The app keeps its demo people in a database of their own (paths.demo_database_path),
marked as demo inside the file, so that sheets and aggregate files say so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from bipdesk.core.cards import CardLibrary
from bipdesk.core.demo import generate_demo
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.storage.database import Database, DatabaseError, open_database
from bipdesk.storage.errors import NotEmptyError

DEMO_CARD_ID = "bip-standard"
DEMO_SETTING = "demo_database"
"""Set when demo data is put in: every aggregate file of the database says `"demo": true`."""


@dataclass(frozen=True)
class DemoResult:
    participants: int
    measurements: int
    activities: int = 0
    surveys: int = 0


def fill_with_demo(
    database: Database, participants: int = 300, seed: int = 1, today: date | None = None
) -> DemoResult:
    card = database.cards.get(DEMO_CARD_ID)
    if card is None:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "storage", "the card '{card}' is missing, so no demo data can be made"
            ).format(card=DEMO_CARD_ID)
        )
    people = generate_demo(card, participants, seed, today)
    with database.transaction() as repository:
        existing = len(repository.participant_codes())
        if existing:
            raise NotEmptyError(database.where, existing)
        measurements = activities = surveys = 0
        for person in people:
            repository.add_participant(person.participant)
            for measurement in person.measurements:
                repository.add_measurement(measurement)
                measurements += 1
            for activity in person.activities:
                repository.add_activity(activity)
                activities += 1
            if person.survey is not None:
                repository.save_survey_response(person.participant.code, person.survey)
                surveys += 1
        repository.set_setting(DEMO_SETTING, True)
    return DemoResult(len(people), measurements, activities, surveys)


def is_demo_database(database: Database) -> bool:
    """True for a database filled with invented demo people."""
    with database.transaction(write=False) as repository:
        return bool(repository.get_setting(DEMO_SETTING, False))


def make_demo_database(
    path: str | os.PathLike[str],
    cards: CardLibrary,
    participants: int = 300,
    seed: int = 1,
    today: date | None = None,
) -> DemoResult | None:
    """Fill the demo database at `path` (made when missing); None when it already holds
    demo people. A file with real participants is refused (NotEmptyError), never filled."""
    with open_database(path, cards) as database:
        with database.transaction(write=False) as repository:
            existing = len(repository.participant_codes())
        if existing and is_demo_database(database):
            return None
        return fill_with_demo(database, participants, seed, today)
