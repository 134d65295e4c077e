"""Rules that every participant and measurement must satisfy before it is saved.

Each problem carries a stable `code` so that the desktop app can show its own
text for the common ones, and a `sentence` (bipdesk.messages) said in the
reader's language wherever it is shown; `message` is its English for logs.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from bipdesk.core.cards import Card
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.messages import QT_TRANSLATE_NOOP, Message, joined

EARLIEST_BIRTH_YEAR = 1930
MINIMUM_AGE = 15
MAX_CODE_LENGTH = 40


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    sentence: Message
    """What is wrong, said in the reader's language."""

    @property
    def message(self) -> str:
        """The English sentence, for logs and English-only callers."""
        return str(self.sentence)


class ValidationError(ValueError):
    """Raised by the storage layer when asked to save invalid data."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.message = joined(
            QT_TRANSLATE_NOOP("validation", "{field}: {problem}").format(
                field=p.field, problem=p.sentence
            )
            for p in problems
        )
        super().__init__(self.message)


def latest_birth_year(today: date) -> int:
    return today.year - MINIMUM_AGE


def validate_participant(
    participant: Participant,
    today: date,
    other_codes: Collection[str] = (),
) -> list[Problem]:
    """Problems with one participant; `other_codes` are the codes of everyone else."""
    problems: list[Problem] = []
    code = participant.code.strip()
    if not code:
        empty = QT_TRANSLATE_NOOP("validation", "the code must not be empty")
        problems.append(Problem("code", "code_empty", empty))
    elif len(code) > MAX_CODE_LENGTH:
        too_long = QT_TRANSLATE_NOOP(
            "validation", "the code is longer than {count} characters"
        ).format(count=str(MAX_CODE_LENGTH))
        problems.append(Problem("code", "code_too_long", too_long))
    elif code in other_codes:
        taken = QT_TRANSLATE_NOOP("validation", "the code '{code}' is already in use")
        problems.append(Problem("code", "code_taken", taken.format(code=code)))
    if participant.birth_year is not None:
        latest = latest_birth_year(today)
        if not EARLIEST_BIRTH_YEAR <= participant.birth_year <= latest:
            problems.append(
                Problem(
                    "birth_year",
                    "birth_year_range",
                    QT_TRANSLATE_NOOP(
                        "validation", "the birth year must be between {first} and {last}"
                    ).format(first=str(EARLIEST_BIRTH_YEAR), last=str(latest)),
                )
            )
    start, end = participant.start_date, participant.end_date
    if start is not None and end is not None and end < start:
        before = QT_TRANSLATE_NOOP("validation", "the end date is before the start date")
        problems.append(Problem("end_date", "end_before_start", before))
    if end is not None and participant.exit_reason is None:
        reason = QT_TRANSLATE_NOOP("validation", "an ended participation needs an exit reason")
        problems.append(Problem("exit_reason", "exit_reason_missing", reason))
    if end is None and participant.exit_reason is not None:
        missing = QT_TRANSLATE_NOOP("validation", "an exit reason needs an end date")
        problems.append(Problem("end_date", "end_date_missing", missing))
    return problems


def validate_measurement(measurement: Measurement, card: Card, today: date) -> list[Problem]:
    """Problems with one measurement against the card it was made with."""
    problems: list[Problem] = []
    if measurement.card != card.key:
        problems.append(
            Problem(
                "card",
                "card_mismatch",
                QT_TRANSLATE_NOOP(
                    "validation", "the measurement was made with {made_with}, not {card}"
                ).format(made_with=str(measurement.card), card=str(card.key)),
            )
        )
    if measurement.date > today:
        future = QT_TRANSLATE_NOOP("validation", "the measurement date is in the future")
        problems.append(Problem("date", "date_in_future", future))
    for question_id, answer in measurement.answers.items():
        if not card.has_question(question_id):
            problems.append(_unknown_question(card, question_id))
        elif answer is not None and (
            not isinstance(answer, int)
            or isinstance(answer, bool)
            or not card.scale.contains(answer)
        ):
            whole = isinstance(answer, int) and not isinstance(answer, bool)
            if whole:
                off = QT_TRANSLATE_NOOP(
                    "validation", "the answer {answer} is outside the scale {first}–{last}"
                )
            else:
                off = QT_TRANSLATE_NOOP(
                    "validation",
                    "the answer {answer} is not a whole number on the scale {first}–{last}",
                )
            scale = {"first": str(card.scale.minimum), "last": str(card.scale.maximum)}
            problems.append(
                Problem(
                    question_id, "answer_out_of_scale", off.format(answer=repr(answer), **scale)
                )
            )
    for question_id in measurement.question_notes:
        if not card.has_question(question_id):
            problems.append(_unknown_question(card, question_id))
    return problems


def _unknown_question(card: Card, question_id: str) -> Problem:
    unknown = QT_TRANSLATE_NOOP("validation", "card {card} has no question '{question}'")
    return Problem(
        question_id, "unknown_question", unknown.format(card=str(card.key), question=question_id)
    )


def date_warnings(day: date, participant: Participant) -> list[Problem]:
    """What is worth a second look about a measurement date but may well be right.

    A paper card entered later can carry an early date; one dated before the
    participation started usually means a mistyped year, so the coordinator is
    told, and the measurement is still saved when it was meant.
    """
    if participant.start_date is not None and day < participant.start_date:
        return [
            Problem(
                "date",
                "before_start",
                QT_TRANSLATE_NOOP(
                    "validation",
                    "the measurement date {date} is before the participant's start date {start}",
                ).format(date=day, start=participant.start_date),
            )
        ]
    return []
