"""Reporting periods: inclusive at both ends, either end may be open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bipdesk.messages import QT_TRANSLATE_NOOP

QUARTERS = QT_TRANSLATE_NOOP("period", "a quarter is 1, 2, 3 or 4")


@dataclass(frozen=True)
class Period:
    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "period", "the period ends ({end}) before it starts ({start})"
                ).format(end=self.end, start=self.start)
            )

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
            raise ValueError(QUARTERS)
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


# -- the periods ESF reporting offers first -------------------------------------------


@dataclass(frozen=True, order=True)
class Quarter:
    """One calendar quarter; ESF projects report by whole quarters."""

    year: int
    number: int

    def __post_init__(self) -> None:
        if self.number not in (1, 2, 3, 4):
            raise ValueError(QUARTERS)

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    def period(self) -> Period:
        return Period.quarter(self.year, self.number)

    def previous(self) -> Quarter:
        if self.number == 1:
            return Quarter(self.year - 1, 4)
        return Quarter(self.year, self.number - 1)

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"


def last_complete_quarter(today: date) -> Quarter:
    """The newest quarter that has ended before `today` (the one a report is due for)."""
    return Quarter.of(today).previous()


def recent_quarters(today: date, count: int = 8) -> list[Quarter]:
    """`count` quarters, newest first, beginning with the one `today` lies in."""
    quarters = [Quarter.of(today)]
    while len(quarters) < count:
        quarters.append(quarters[-1].previous())
    return quarters[:count]


def recent_years(today: date, count: int = 3) -> list[int]:
    """`count` calendar years, newest first, beginning with the year of `today`."""
    return [today.year - offset for offset in range(count)]


def is_complete(period: Period, today: date) -> bool:
    """True when the period has ended before `today` (an open end never has)."""
    return period.end is not None and period.end < today


def whole_quarter(period: Period) -> Quarter | None:
    """The quarter `period` is exactly, or None."""
    if period.start is None:
        return None
    quarter = Quarter.of(period.start)
    return quarter if quarter.period() == period else None


def whole_year(period: Period) -> int | None:
    """The calendar year `period` is exactly, or None."""
    if period.start is not None and period == Period.year(period.start.year):
        return period.start.year
    return None


def period_slug(period: Period) -> str:
    """The period in a file name: '2026-Q3', '2026', '2026-01-15_2026-03-02',
    'from-2026-01-15', 'until-2026-03-02' or 'all-time'."""
    quarter = whole_quarter(period)
    if quarter is not None:
        return str(quarter)
    year = whole_year(period)
    if year is not None:
        return str(year)
    if period.start and period.end:
        return f"{period.start.isoformat()}_{period.end.isoformat()}"
    if period.start:
        return f"from-{period.start.isoformat()}"
    if period.end:
        return f"until-{period.end.isoformat()}"
    return "all-time"
