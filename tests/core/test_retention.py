"""Who is due for erasure under the retention period (pure core rule)."""

from __future__ import annotations

from datetime import date

import pytest

from bipdesk.core.participants import ExitReason, Participant
from bipdesk.core.retention import (
    DEFAULT_RETENTION_YEARS,
    add_years,
    due_for_erasure,
    valid_retention_years,
)

TODAY = date(2026, 11, 23)


def person(code: str, end: date | None) -> Participant:
    reason = None if end is None else ExitReason.WORK
    return Participant(code, start_date=date(2020, 1, 1), end_date=end, exit_reason=reason)


def test_default_is_two_years() -> None:
    assert DEFAULT_RETENTION_YEARS == 2


def test_only_those_ended_more_than_n_years_ago_are_due() -> None:
    people = [
        person("ACTIVE", None),
        person("EXACTLY", date(2024, 11, 23)),  # ended exactly two years ago: kept today
        person("ONE_DAY_MORE", date(2024, 11, 22)),
        person("LONG_AGO", date(2021, 3, 1)),
        person("RECENT", date(2026, 1, 5)),
        person("FUTURE", date(2027, 1, 1)),
    ]
    due = due_for_erasure(people, TODAY, 2)
    assert [d.participant.code for d in due] == ["LONG_AGO", "ONE_DAY_MORE"]
    assert due[1].ended == date(2024, 11, 22)
    assert due[1].erase_from == date(2026, 11, 23)


def test_the_period_is_a_setting() -> None:
    people = [person("A", date(2023, 6, 1)), person("B", date(2025, 6, 1))]
    assert [d.participant.code for d in due_for_erasure(people, TODAY, 1)] == ["A", "B"]
    assert [d.participant.code for d in due_for_erasure(people, TODAY, 3)] == ["A"]
    assert due_for_erasure(people, TODAY, 4) == []


def test_leap_day_end() -> None:
    assert add_years(date(2024, 2, 29), 2) == date(2026, 2, 28)
    leap = [person("LEAP", date(2024, 2, 29))]
    assert due_for_erasure(leap, date(2026, 2, 28), 2) == []
    assert len(due_for_erasure(leap, date(2026, 3, 1), 2)) == 1


def test_same_end_date_sorted_by_code() -> None:
    people = [person("B", date(2020, 5, 5)), person("A", date(2020, 5, 5))]
    assert [d.participant.code for d in due_for_erasure(people, TODAY)] == ["A", "B"]


def test_a_period_below_one_year_is_refused() -> None:
    with pytest.raises(ValueError):
        due_for_erasure([], TODAY, 0)


@pytest.mark.parametrize(
    ("stored", "used"), [(3, 3), (None, 2), ("5", 2), (0, 2), (11, 2), (True, 2), (10, 10)]
)
def test_stored_setting_is_checked(stored: object, used: int) -> None:
    assert valid_retention_years(stored) == used
