"""When the next measurement is due, and who is due, overdue or never measured."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from bipdesk.core.participants import Participant
from bipdesk.messages import QT_TRANSLATE_NOOP

DEFAULT_INTERVAL_MONTHS = 3
DUE_SOON_DAYS = 14


def add_months(day: date, months: int) -> date:
    """Same day of month `months` later, clamped to the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_due(latest_measurement: date, interval_months: int = DEFAULT_INTERVAL_MONTHS) -> date:
    if interval_months < 1:
        raise ValueError(
            QT_TRANSLATE_NOOP("scheduling", "the measurement interval is at least one month")
        )
    return add_months(latest_measurement, interval_months)


class DueState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    NOT_DUE = "not_due"
    NEVER_MEASURED = "never_measured"
    ENDED = "ended"


@dataclass(frozen=True)
class DueStatus:
    state: DueState
    due_date: date | None
    """The next due date; None for ended and never-measured participants."""


def due_status(
    participant: Participant,
    latest_measurement: date | None,
    today: date,
    interval_months: int = DEFAULT_INTERVAL_MONTHS,
    soon_days: int = DUE_SOON_DAYS,
) -> DueStatus:
    """The participant's place in the due list on `today`."""
    if participant.end_date is not None and participant.end_date <= today:
        return DueStatus(DueState.ENDED, None)
    if latest_measurement is None:
        return DueStatus(DueState.NEVER_MEASURED, None)
    due = next_due(latest_measurement, interval_months)
    if due < today:
        return DueStatus(DueState.OVERDUE, due)
    if due <= today + timedelta(days=soon_days):
        return DueStatus(DueState.DUE_SOON, due)
    return DueStatus(DueState.NOT_DUE, due)


@dataclass(frozen=True)
class DueEntry:
    participant: Participant
    status: DueStatus
    latest_measurement: date | None


@dataclass
class DueLists:
    overdue: list[DueEntry] = field(default_factory=list)
    due_soon: list[DueEntry] = field(default_factory=list)
    never_measured: list[DueEntry] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.overdue) + len(self.due_soon) + len(self.never_measured)


def due_lists(
    participants: Iterable[tuple[Participant, date | None]],
    today: date,
    interval_months: int = DEFAULT_INTERVAL_MONTHS,
    soon_days: int = DUE_SOON_DAYS,
) -> DueLists:
    """Split active participants into overdue (longest overdue first), due soon and never measured.

    Participants who have not started yet are left out.
    """
    lists = DueLists()
    for participant, latest in participants:
        if participant.start_date is not None and participant.start_date > today:
            continue
        status = due_status(participant, latest, today, interval_months, soon_days)
        entry = DueEntry(participant, status, latest)
        if status.state is DueState.OVERDUE:
            lists.overdue.append(entry)
        elif status.state is DueState.DUE_SOON:
            lists.due_soon.append(entry)
        elif status.state is DueState.NEVER_MEASURED:
            lists.never_measured.append(entry)
    by_due = lambda e: (e.status.due_date or today, e.participant.code)  # noqa: E731
    lists.overdue.sort(key=by_due)
    lists.due_soon.sort(key=by_due)
    lists.never_measured.sort(key=lambda e: (e.participant.start_date or today, e.participant.code))
    return lists
