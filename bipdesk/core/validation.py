"""Rules that every participant and measurement must satisfy before it is saved.

Each problem carries a stable `code` so that the desktop app can show its own
translated text, and an English `message` for the command line and logs.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from bipdesk.core.cards import Card
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant

EARLIEST_BIRTH_YEAR = 1930
MINIMUM_AGE = 15
MAX_CODE_LENGTH = 40


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    message: str


class ValidationError(ValueError):
    """Raised by the storage layer when asked to save invalid data."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))


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
        problems.append(Problem("code", "code_empty", "the code must not be empty"))
    elif len(code) > MAX_CODE_LENGTH:
        problems.append(
            Problem(
                "code", "code_too_long", f"the code is longer than {MAX_CODE_LENGTH} characters"
            )
        )
    elif code in other_codes:
        problems.append(Problem("code", "code_taken", f"the code '{code}' is already in use"))
    if participant.birth_year is not None:
        latest = latest_birth_year(today)
        if not EARLIEST_BIRTH_YEAR <= participant.birth_year <= latest:
            problems.append(
                Problem(
                    "birth_year",
                    "birth_year_range",
                    f"the birth year must be between {EARLIEST_BIRTH_YEAR} and {latest}",
                )
            )
    start, end = participant.start_date, participant.end_date
    if start is not None and end is not None and end < start:
        problems.append(
            Problem("end_date", "end_before_start", "the end date is before the start date")
        )
    if end is not None and participant.exit_reason is None:
        problems.append(
            Problem(
                "exit_reason", "exit_reason_missing", "an ended participation needs an exit reason"
            )
        )
    if end is None and participant.exit_reason is not None:
        problems.append(Problem("end_date", "end_date_missing", "an exit reason needs an end date"))
    return problems


def validate_measurement(measurement: Measurement, card: Card, today: date) -> list[Problem]:
    """Problems with one measurement against the card it was made with."""
    problems: list[Problem] = []
    if measurement.card != card.key:
        problems.append(
            Problem(
                "card",
                "card_mismatch",
                f"the measurement was made with {measurement.card}, not {card.key}",
            )
        )
    if measurement.date > today:
        problems.append(Problem("date", "date_in_future", "the measurement date is in the future"))
    for question_id, answer in measurement.answers.items():
        if not card.has_question(question_id):
            problems.append(
                Problem(
                    question_id,
                    "unknown_question",
                    f"card {card.key} has no question '{question_id}'",
                )
            )
        elif answer is not None and (
            not isinstance(answer, int)
            or isinstance(answer, bool)
            or not card.scale.contains(answer)
        ):
            whole = isinstance(answer, int) and not isinstance(answer, bool)
            problems.append(
                Problem(
                    question_id,
                    "answer_out_of_scale",
                    f"the answer {answer!r} is "
                    + ("outside" if whole else "not a whole number on")
                    + f" the scale {card.scale.minimum}–{card.scale.maximum}",
                )
            )
    for question_id in measurement.question_notes:
        if not card.has_question(question_id):
            problems.append(
                Problem(
                    question_id,
                    "unknown_question",
                    f"card {card.key} has no question '{question_id}'",
                )
            )
    return problems


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
                f"the measurement date {day.isoformat()} is before the participant's start "
                f"date {participant.start_date.isoformat()}",
            )
        ]
    return []
