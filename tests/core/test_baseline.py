"""The baseline rule (DESIGN §4) at its edges, and the property that `start` only adds."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from bipdesk.core.baseline import Baseline, compared_pair, first_window
from bipdesk.core.periods import Period

Q3 = Period.quarter(2026, 3)


def test_first_measurement_before_the_period_is_the_baseline_of_start() -> None:
    days = [date(2026, 4, 10), date(2026, 7, 12)]
    assert compared_pair(days, Q3, Baseline.START) == (0, 1)
    assert compared_pair(days, Q3, Baseline.PERIOD) is None


def test_nothing_inside_the_period_compares_nothing() -> None:
    days = [date(2026, 1, 10), date(2026, 4, 10), date(2026, 10, 1)]
    assert compared_pair(days, Q3, Baseline.START) is None
    assert compared_pair(days, Q3, Baseline.PERIOD) is None


def test_two_inside_and_one_before() -> None:
    days = [date(2026, 1, 10), date(2026, 7, 1), date(2026, 9, 1), date(2026, 12, 1)]
    assert compared_pair(days, Q3, Baseline.START) == (0, 2)
    assert compared_pair(days, Q3, Baseline.PERIOD) == (1, 2)


def test_a_measurement_on_the_last_day_is_inside_and_the_day_after_is_not() -> None:
    days = [date(2026, 4, 1), date(2026, 9, 30), date(2026, 10, 1)]
    assert compared_pair(days, Q3, "start") == (0, 1)
    assert compared_pair(days[:1] + days[2:], Q3, "start") is None


def test_one_measurement_alone_is_not_compared() -> None:
    assert compared_pair([date(2026, 8, 1)], Q3, "start") is None
    assert compared_pair([], Q3, "period") is None


def test_an_open_period_is_the_same_for_both() -> None:
    days = [date(2025, 1, 1), date(2025, 4, 1), date(2025, 7, 1)]
    for period in (Period(), Period(None, date(2025, 5, 1))):
        assert compared_pair(days, period, "start") == compared_pair(days, period, "period")
    assert first_window(Period(), "start") == first_window(Period(), "period")


def test_an_unknown_baseline_is_refused() -> None:
    with pytest.raises(ValueError):
        first_window(Q3, "since-ever")


def test_whoever_period_compares_start_compares_with_the_same_latest() -> None:
    rng = random.Random(18)
    for _ in range(2000):
        origin = date(2025, 1, 1)
        days = sorted(
            origin + timedelta(days=rng.randrange(0, 730)) for _ in range(rng.randrange(6))
        )
        start = origin + timedelta(days=rng.randrange(0, 730))
        period = Period(start, start + timedelta(days=rng.choice((0, 30, 91, 182, 365))))
        during = compared_pair(days, period, "period")
        since = compared_pair(days, period, "start")
        if during is not None:
            assert since is not None
            assert since[1] == during[1]
            assert since[0] <= during[0]
