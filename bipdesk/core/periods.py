"""Reporting periods: inclusive at both ends, either end may be open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Period:
    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    def contains(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def overlaps(self, start: date | None, end: date | None) -> bool:
        """True when [start, end] (open ends allowed) shares a day with the period."""
        starts_in_time = self.end is None or start is None or start <= self.end
        ends_in_time = self.start is None or end is None or end >= self.start
        return starts_in_time and ends_in_time

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if quarter not in (1, 2, 3, 4):
            raise ValueError("a quarter is 1, 2, 3 or 4")
        first_month = 3 * (quarter - 1) + 1
        start = date(year, first_month, 1)
        end = date(year + 1, 1, 1) if quarter == 4 else date(year, first_month + 3, 1)
        return cls(start, date.fromordinal(end.toordinal() - 1))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def always(cls) -> Period:
        return cls(None, None)
