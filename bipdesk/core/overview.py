"""One line per participant for lists: the facts a coordinator scans for."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands, age_in_year
from bipdesk.core.participants import Participant
from bipdesk.core.scheduling import DEFAULT_INTERVAL_MONTHS, DueState, DueStatus, due_status


@dataclass(frozen=True)
class ParticipantOverview:
    participant: Participant
    latest_measurement: date | None
    measurement_count: int
    due: DueStatus
    age_band: str | None

    @property
    def code(self) -> str:
        return self.participant.code

    @property
    def is_overdue(self) -> bool:
        return self.due.state is DueState.OVERDUE


def age_band_of(
    participant: Participant,
    first_measurement: date | None = None,
    bands: AgeBands = DEFAULT_AGE_BANDS,
) -> str | None:
    """Band of the age in the year of the first measurement, else of the start (DESIGN §7)."""
    if participant.birth_year is None:
        return None
    reference = first_measurement or participant.start_date
    if reference is None:
        return None
    return bands.band_of(age_in_year(participant.birth_year, reference.year))


def overview(
    participants: Iterable[Participant],
    latest_dates: Mapping[str, date],
    counts: Mapping[str, int],
    today: date,
    interval_months: int = DEFAULT_INTERVAL_MONTHS,
    first_dates: Mapping[str, date] | None = None,
    bands: AgeBands = DEFAULT_AGE_BANDS,
) -> list[ParticipantOverview]:
    first_dates = first_dates or {}
    return [
        ParticipantOverview(
            p,
            latest_dates.get(p.code),
            counts.get(p.code, 0),
            due_status(p, latest_dates.get(p.code), today, interval_months),
            age_band_of(p, first_dates.get(p.code), bands),
        )
        for p in participants
    ]
