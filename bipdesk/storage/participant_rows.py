"""A participant's row and the core's Participant, both ways, and the vocabulary
checks the database would otherwise refuse with an IntegrityError."""

from __future__ import annotations

from typing import Any

from sqlalchemy import RowMapping

from bipdesk.core.activities import BRANCHES
from bipdesk.core.exits import Employment, WorkingTime
from bipdesk.core.participants import PARTICIPANT_FIELDS, ExitReason, Participant, Sex
from bipdesk.core.validation import Problem
from bipdesk.messages import QT_TRANSLATE_NOOP, Message


def vocabulary_problems(participant: Participant) -> list[Problem]:
    """Sex, exit reason and the exit form must be the core's codes, not raw import text."""
    problems: list[Problem] = []
    if participant.sex not in set(Sex):
        not_sex = QT_TRANSLATE_NOOP("participants", "'{value}' is not a sex code")
        problems.append(Problem("sex", "sex_unknown", not_sex.format(value=str(participant.sex))))
    checks: tuple[tuple[str, object, set[str], Message], ...] = (
        (
            "exit_reason",
            participant.exit_reason,
            set(ExitReason),
            QT_TRANSLATE_NOOP("participants", "'{value}' is not an exit reason code"),
        ),
        (
            "employment",
            participant.employment,
            set(Employment),
            QT_TRANSLATE_NOOP("participants", "'{value}' is not permanent or temporary"),
        ),
        (
            "working_time",
            participant.working_time,
            set(WorkingTime),
            QT_TRANSLATE_NOOP("participants", "'{value}' is not full_time or part_time"),
        ),
        (
            "exit_branch",
            participant.exit_branch,
            set(BRANCHES),
            QT_TRANSLATE_NOOP("participants", "'{value}' is not an SNI section letter A–U"),
        ),
    )
    for name, value, allowed, wrong in checks:
        if value is not None and value not in allowed:
            problems.append(Problem(name, f"{name}_unknown", wrong.format(value=str(value))))
    if participant.subsidised is not None and not isinstance(participant.subsidised, bool):
        neither = QT_TRANSLATE_NOOP("participants", "'{value}' is neither yes nor no")
        problems.append(
            Problem(
                "subsidised",
                "subsidised_unknown",
                neither.format(value=str(participant.subsidised)),
            )
        )
    return problems


def participant_values(participant: Participant) -> dict[str, object]:
    """The columns a Participant sets: never the record key, so no update touches it."""
    values = {name: getattr(participant, name) for name in PARTICIPANT_FIELDS}
    values["sex"] = Sex(participant.sex).value
    for name, kind in (
        ("exit_reason", ExitReason),
        ("employment", Employment),
        ("working_time", WorkingTime),
    ):
        value = getattr(participant, name)
        if value is not None:
            values[name] = kind(value).value
    return values


def _enum_or_none(kind: Any, value: str | None) -> Any:
    return None if value is None else kind(value)


def participant_from_row(row: RowMapping) -> Participant:
    subsidised = row["subsidised"]
    return Participant(
        code=row["code"],
        name=row["name"],
        sex=Sex(row["sex"]),
        birth_year=row["birth_year"],
        referrer=row["referrer"],
        municipality=row["municipality"],
        unit=row["unit"],
        coordinator=row["coordinator"],
        start_date=row["start_date"],
        end_date=row["end_date"],
        exit_reason=_enum_or_none(ExitReason, row["exit_reason"]),
        employment=_enum_or_none(Employment, row["employment"]),
        working_time=_enum_or_none(WorkingTime, row["working_time"]),
        subsidised=None if subsidised is None else bool(subsidised),
        exit_branch=row["exit_branch"],
        id=row["id"],
        version=row.get("version"),
    )
