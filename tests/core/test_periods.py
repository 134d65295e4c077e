"""Reporting periods: inclusive at both ends, either end may be open (DESIGN §7)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bipdesk.core.periods import Period

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
