"""Storage limitation (GDPR art. 5.1 e): who has been gone long enough to be erased.

A participant is due for erasure once their participation ended more than
`years` years ago. The default, two years, follows how Swedish municipalities
commonly thin out (gallrar) working documents about people in labour-market
measures that are not part of a social-services file: kept for a while after
the measure ends, so that a participant who comes back and the project's final
and follow-up reports are served, then removed. The project's own
document-management plan (dokumenthanteringsplan, gallringsbeslut) decides, so
the period is a setting. The answers themselves are then no longer needed: the
reports use anonymized aggregates that stay valid without them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from bipdesk.core.participants import Participant
from bipdesk.messages import QT_TRANSLATE_NOOP

DEFAULT_RETENTION_YEARS = 2
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 10


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def valid_retention_years(value: object) -> int:
    """A stored setting as a usable number of years (the default when unusable)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_RETENTION_YEARS
    return value if MIN_RETENTION_YEARS <= value <= MAX_RETENTION_YEARS else DEFAULT_RETENTION_YEARS


@dataclass(frozen=True)
class DueForErasure:
    participant: Participant
    ended: date
    erase_from: date
    """The first day on which the participant is due (the day after the period)."""


def due_for_erasure(
    participants: Iterable[Participant], today: date, years: int = DEFAULT_RETENTION_YEARS
) -> list[DueForErasure]:
    """Participants whose participation ended more than `years` years before `today`,
    longest gone first. Active participants (no end date) are never due."""
    if years < MIN_RETENTION_YEARS:
        raise ValueError(
            QT_TRANSLATE_NOOP("retention", "the retention period is at least {count} year").format(
                count=str(MIN_RETENTION_YEARS)
            )
        )
    due: list[DueForErasure] = []
    for participant in participants:
        end = participant.end_date
        if end is None:
            continue
        kept_until = add_years(end, years)
        if kept_until < today:
            due.append(DueForErasure(participant, end, kept_until + timedelta(days=1)))
    due.sort(key=lambda entry: (entry.ended, entry.participant.code))
    return due
