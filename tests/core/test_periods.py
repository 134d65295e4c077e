"""Reporting periods: inclusive at both ends, either end may be open (DESIGN §7)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bipdesk.core.periods import (
    Period,
    Quarter,
    is_complete,
    last_complete_quarter,
    period_slug,
    recent_quarters,
    recent_years,
    whole_quarter,
    whole_year,
)

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2050, 12, 31))
maybe_days = st.one_of(st.none(), days)


@pytest.mark.parametrize(
    ("year", "quarter", "start", "end"),
    [
        (2026, 1, date(2026, 1, 1), date(2026, 3, 31)),
        (2026, 2, date(2026, 4, 1), date(2026, 6, 30)),
        (2026, 3, date(2026, 7, 1), date(2026, 9, 30)),
        (2026, 4, date(2026, 10, 1), date(2026, 12, 31)),
        (2024, 1, date(2024, 1, 1), date(2024, 3, 31)),
    ],
)
def test_quarters(year: int, quarter: int, start: date, end: date) -> None:
    assert Period.quarter(year, quarter) == Period(start, end)


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_a_quarter_outside_one_to_four_is_refused(quarter: int) -> None:
    with pytest.raises(ValueError):
        Period.quarter(2026, quarter)


def test_year() -> None:
    assert Period.year(2024) == Period(date(2024, 1, 1), date(2024, 12, 31))


def test_always_is_open_at_both_ends() -> None:
    assert Period.always() == Period(None, None)
    assert Period.always().contains(date(1900, 1, 1))
    assert Period.always().contains(date(2100, 12, 31))


def test_contains_includes_both_ends() -> None:
    q = Period.quarter(2026, 2)
    assert not q.contains(date(2026, 3, 31))
    assert q.contains(date(2026, 4, 1))
    assert q.contains(date(2026, 5, 15))
    assert q.contains(date(2026, 6, 30))
    assert not q.contains(date(2026, 7, 1))


def test_a_one_day_period_holds_that_day() -> None:
    day = date(2026, 3, 3)
    assert Period(day, day).contains(day)
    assert not Period(day, day).contains(day + timedelta(days=1))


def test_open_ends() -> None:
    since = Period(date(2026, 1, 1), None)
    until = Period(None, date(2026, 1, 1))
    assert since.contains(date(2026, 1, 1)) and since.contains(date(2099, 1, 1))
    assert not since.contains(date(2025, 12, 31))
    assert until.contains(date(2026, 1, 1)) and until.contains(date(1999, 1, 1))
    assert not until.contains(date(2026, 1, 2))


def test_a_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="before"):
        Period(date(2026, 2, 1), date(2026, 1, 31))


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2025, 1, 1), date(2026, 3, 31), False),  # ends the day before
        (date(2025, 1, 1), date(2026, 4, 1), True),  # ends on the first day
        (date(2026, 6, 30), date(2027, 1, 1), True),  # starts on the last day
        (date(2026, 7, 1), date(2027, 1, 1), False),  # starts the day after
        (date(2026, 5, 1), date(2026, 5, 2), True),  # inside
        (date(2025, 1, 1), date(2027, 1, 1), True),  # around
        (None, None, True),
        (None, date(2026, 3, 31), False),
        (None, date(2026, 4, 1), True),
        (date(2026, 7, 1), None, False),
        (date(2026, 6, 30), None, True),
    ],
)
def test_overlaps(start: date | None, end: date | None, expected: bool) -> None:
    assert Period.quarter(2026, 2).overlaps(start, end) is expected


def test_an_open_period_overlaps_according_to_its_closed_end() -> None:
    since = Period(date(2026, 1, 1), None)
    assert since.overlaps(date(2030, 1, 1), None)
    assert since.overlaps(None, date(2026, 1, 1))
    assert not since.overlaps(None, date(2025, 12, 31))
    assert Period.always().overlaps(date(1990, 1, 1), date(1990, 1, 2))


@given(day=days)
@settings(deadline=None)
def test_every_day_is_in_exactly_one_quarter_of_its_year(day: date) -> None:
    holding = [q for q in (1, 2, 3, 4) if Period.quarter(day.year, q).contains(day)]
    assert holding == [(day.month - 1) // 3 + 1]
    assert Period.year(day.year).contains(day)


@given(start=maybe_days, end=maybe_days, day=days)
@settings(deadline=None)
def test_contains_matches_the_definition(start: date | None, end: date | None, day: date) -> None:
    if start is not None and end is not None and end < start:
        start, end = end, start
    period = Period(start, end)
    expected = (start is None or start <= day) and (end is None or day <= end)
    assert period.contains(day) is expected
    # a one-day range overlaps exactly when the period contains the day
    assert period.overlaps(day, day) is expected


@given(a_start=days, a_end=days, b_start=days, b_end=days)
@settings(deadline=None)
def test_overlap_means_some_shared_day(
    a_start: date, a_end: date, b_start: date, b_end: date
) -> None:
    a_start, a_end = sorted((a_start, a_end))
    b_start, b_end = sorted((b_start, b_end))
    shared = max(a_start, b_start) <= min(a_end, b_end)
    assert Period(a_start, a_end).overlaps(b_start, b_end) is shared
    assert Period(b_start, b_end).overlaps(a_start, a_end) is shared


# -- quarters and years offered first ------------------------------------------------


@pytest.mark.parametrize(
    ("today", "quarter"),
    [
        (date(2026, 11, 23), Quarter(2026, 3)),
        (date(2026, 10, 1), Quarter(2026, 3)),  # the first day of Q4: Q3 has just ended
        (date(2026, 9, 30), Quarter(2026, 2)),  # Q3's last day: Q3 is not over yet
        (date(2026, 2, 14), Quarter(2025, 4)),  # across the turn of the year
        (date(2026, 1, 1), Quarter(2025, 4)),
    ],
)
def test_last_complete_quarter(today: date, quarter: Quarter) -> None:
    assert last_complete_quarter(today) == quarter
    assert is_complete(quarter.period(), today)
    assert not is_complete(Quarter.of(today).period(), today)


def test_recent_quarters_begin_with_today_and_go_back_across_years() -> None:
    quarters = recent_quarters(date(2026, 5, 2), 8)
    assert [str(q) for q in quarters] == [
        "2026-Q2",
        "2026-Q1",
        "2025-Q4",
        "2025-Q3",
        "2025-Q2",
        "2025-Q1",
        "2024-Q4",
        "2024-Q3",
    ]
    assert quarters[1] == last_complete_quarter(date(2026, 5, 2))
    assert recent_quarters(date(2026, 5, 2), 1) == [Quarter(2026, 2)]


def test_recent_years() -> None:
    assert recent_years(date(2026, 11, 23)) == [2026, 2025, 2024]
    assert recent_years(date(2026, 11, 23), 1) == [2026]


def test_quarter_numbers_are_checked_and_ordered() -> None:
    with pytest.raises(ValueError):
        Quarter(2026, 5)
    assert Quarter(2025, 4) < Quarter(2026, 1) < Quarter(2026, 2)
    assert Quarter(2026, 1).previous() == Quarter(2025, 4)
    assert Quarter(2026, 3).period() == Period(date(2026, 7, 1), date(2026, 9, 30))


def test_an_open_period_is_never_complete() -> None:
    today = date(2026, 11, 23)
    assert not is_complete(Period(date(2020, 1, 1), None), today)
    assert is_complete(Period(None, date(2026, 11, 22)), today)
    assert not is_complete(Period(None, date(2026, 11, 23)), today)


@pytest.mark.parametrize(
    ("period", "slug"),
    [
        (Period.quarter(2026, 3), "2026-Q3"),
        (Period.year(2025), "2025"),
        (Period(date(2026, 1, 15), date(2026, 3, 2)), "2026-01-15_2026-03-02"),
        (Period(date(2026, 7, 1), date(2026, 9, 29)), "2026-07-01_2026-09-29"),
        (Period(date(2026, 1, 15), None), "from-2026-01-15"),
        (Period(None, date(2026, 3, 2)), "until-2026-03-02"),
        (Period.always(), "all-time"),
    ],
)
def test_period_slug(period: Period, slug: str) -> None:
    assert period_slug(period) == slug


def test_whole_quarter_and_year_recognise_only_exact_periods() -> None:
    assert whole_quarter(Period.quarter(2024, 4)) == Quarter(2024, 4)
    assert whole_quarter(Period(date(2024, 10, 1), date(2024, 12, 30))) is None
    assert whole_quarter(Period(None, date(2024, 12, 31))) is None
    assert whole_year(Period.year(2024)) == 2024
    assert whole_year(Period.quarter(2024, 1)) is None
    assert whole_year(Period(date(2024, 1, 1), None)) is None


@given(day=days, count=st.integers(min_value=1, max_value=12))
@settings(deadline=None, max_examples=50)
def test_recent_quarters_are_consecutive_and_cover_their_days(day: date, count: int) -> None:
    quarters = recent_quarters(day, count)
    assert len(quarters) == count
    assert quarters[0].period().contains(day)
    for newer, older in pairwise(quarters):
        assert older.period().end is not None and newer.period().start is not None
        assert older.period().end + timedelta(days=1) == newer.period().start
        assert whole_quarter(older.period()) == older
