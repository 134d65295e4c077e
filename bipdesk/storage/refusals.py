"""What the repository refuses, in sentences said in the reader's language: rows that
no longer exist (NotFoundError) and saves that would clash (validation problems).

Kept apart from repository.py so its sentences are in one place for translators.
"""

from __future__ import annotations

from datetime import date

from bipdesk.core.cards import CardKey
from bipdesk.core.validation import Problem
from bipdesk.messages import QT_TRANSLATE_NOOP, Message


def no_such_participant(code: str) -> Message:
    return QT_TRANSLATE_NOOP("storage", "participant '{code}' does not exist").format(code=code)


def participant_gone(code: str) -> Message:
    return QT_TRANSLATE_NOOP("storage", "participant '{code}' no longer exists").format(code=code)


def measurement_gone(day: date | None = None) -> Message:
    if day is None:
        return QT_TRANSLATE_NOOP("storage", "the measurement no longer exists")
    return QT_TRANSLATE_NOOP("storage", "the measurement of {date} no longer exists").format(
        date=day
    )


def edited_measurement_gone() -> Message:
    return QT_TRANSLATE_NOOP("storage", "the measurement being edited no longer exists")


def activity_gone(kind: str | None = None) -> Message:
    if kind is None:
        return QT_TRANSLATE_NOOP("storage", "the activity no longer exists")
    return QT_TRANSLATE_NOOP("storage", "the {activity} activity no longer exists").format(
        activity=kind
    )


def unknown_participant(code: str) -> Problem:
    there_is_none = QT_TRANSLATE_NOOP("storage", "there is no participant '{code}'")
    return Problem("participant_code", "unknown_participant", there_is_none.format(code=code))


def unknown_card(key: CardKey) -> Problem:
    missing = QT_TRANSLATE_NOOP("storage", "card {card} is not installed")
    return Problem("card", "unknown_card", missing.format(card=str(key)))


def measurement_taken(code: str, key: CardKey, day: date) -> Problem:
    taken = QT_TRANSLATE_NOOP(
        "storage", "'{code}' already has a measurement with card {card} on {date}"
    )
    return Problem("date", "measurement_taken", taken.format(code=code, card=key.id, date=day))
