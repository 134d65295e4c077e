"""DESIGN §4: the next measurement is due `interval` after the latest one; due lists."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bipdesk.core.participants import ExitReason, Participant
from bipdesk.core.scheduling import (
    DEFAULT_INTERVAL_MONTHS,
    DUE_SOON_DAYS,
    DueEntry,
    DueState,
    add_months,
    due_lists,
    due_status,
    next_due,
)

TODAY = date(2026, 11, 23)
STARTED = date(2025, 1, 1)

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


def person(
    code: str,
    start: date | None = STARTED,
    end: date | None = None,
) -> Participant:
    return Participant(
        code,
        start_date=start,
        end_date=end,
        exit_reason=ExitReason.WORK if end is not None else None,
    )


# --- add_months / next_due -------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 30), 3, date(2027, 2, 28)),  # clamped to February's last day
        (date(2027, 11, 30), 3, date(2028, 2, 29)),  # leap year
        (date(2023, 11, 29), 3, date(2024, 2, 29)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2026, 8, 31), 3, date(2026, 11, 30)),
        (date(2026, 10, 31), 2, date(2026, 12, 31)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),  # year rollover
        (date(2026, 10, 15), 3, date(2027, 1, 15)),
        (date(2026, 1, 15), 24, date(2028, 1, 15)),
        (date(2026, 5, 17), 0, date(2026, 5, 17)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 10), -1, date(2025, 12, 10)),
    ],
)
def test_add_months_keeps_the_day_and_clamps_to_the_month_end(
    day: date, months: int, expected: date
) -> None:
    assert add_months(day, months) == expected


@given(day=days, months=st.integers(min_value=-60, max_value=60))
@settings(deadline=None)
def test_add_months_lands_in_the_right_month_on_the_clamped_day(day: date, months: int) -> None:
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    last_day = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(day.day, last_day)


@given(day=days)
@settings(deadline=None)
def test_twelve_months_is_one_year_except_from_a_leap_day(day: date) -> None:
    if (day.month, day.day) == (2, 29):
        assert add_months(day, 12) == date(day.year + 1, 2, 28)
    else:
        assert add_months(day, 12) == day.replace(year=day.year + 1)


def test_next_due_defaults_to_three_months() -> None:
    assert DEFAULT_INTERVAL_MONTHS == 3
    assert next_due(date(2026, 11, 30)) == date(2027, 2, 28)
    assert next_due(date(2026, 1, 15)) == date(2026, 4, 15)


def test_next_due_follows_the_interval_setting() -> None:
    assert next_due(date(2026, 1, 15), 6) == date(2026, 7, 15)
    assert next_due(date(2026, 1, 31), 1) == date(2026, 2, 28)


@pytest.mark.parametrize("interval", [0, -3])
def test_an_interval_below_one_month_is_refused(interval: int) -> None:
    with pytest.raises(ValueError, match="interval"):
        next_due(date(2026, 1, 15), interval)


# --- due_status ------------------------------------------------------------------


def test_due_soon_window_is_fourteen_days() -> None:
    assert DUE_SOON_DAYS == 14


@pytest.mark.parametrize(
    ("due_in_days", "expected"),
    [
        (-100, DueState.OVERDUE),
        (-1, DueState.OVERDUE),
        (0, DueState.DUE_SOON),  # due today is not overdue yet
        (1, DueState.DUE_SOON),
        (14, DueState.DUE_SOON),
        (15, DueState.NOT_DUE),
        (80, DueState.NOT_DUE),
    ],
)
def test_due_state_by_days_until_due(due_in_days: int, expected: DueState) -> None:
    due = TODAY + timedelta(days=due_in_days)
    latest = add_months(due, -3)
    assert next_due(latest) == due  # no clamping in play for these days
    status = due_status(person("P1"), latest, TODAY)
    assert status.state is expected
    assert status.due_date == due


def test_never_measured_has_no_due_date() -> None:
    status = due_status(person("P1"), None, TODAY)
    assert status.state is DueState.NEVER_MEASURED
    assert status.due_date is None


@pytest.mark.parametrize("end", [date(2026, 1, 10), TODAY])
def test_an_ended_participant_is_ended_even_when_overdue(end: date) -> None:
    status = due_status(person("P1", end=end), date(2025, 6, 1), TODAY)
    assert status.state is DueState.ENDED
    assert status.due_date is None
    assert due_status(person("P2", end=end), None, TODAY).state is DueState.ENDED


def test_an_end_date_still_ahead_keeps_the_participant_in_the_lists() -> None:
    status = due_status(person("P1", end=TODAY + timedelta(days=30)), date(2025, 6, 1), TODAY)
    assert status.state is DueState.OVERDUE


def test_due_status_uses_the_interval_and_soon_window_given() -> None:
    latest = date(2026, 6, 1)
    assert due_status(person("P1"), latest, TODAY).state is DueState.OVERDUE
    assert due_status(person("P1"), latest, TODAY, interval_months=6).state is DueState.DUE_SOON
    assert (
        due_status(person("P1"), latest, TODAY, interval_months=6, soon_days=0).state
        is DueState.NOT_DUE
    )
    assert due_status(person("P1"), latest, TODAY, interval_months=7).state is DueState.NOT_DUE


# --- due_lists -------------------------------------------------------------------


def codes(entries: list[DueEntry]) -> list[str]:
    return [e.participant.code for e in entries]


def test_due_lists_sort_each_group_and_leave_out_the_rest() -> None:
    rows: list[tuple[Participant, date | None]] = [
        (person("not-due"), date(2026, 11, 1)),
        (person("overdue-b"), date(2026, 5, 1)),
        (person("overdue-a"), date(2026, 5, 1)),
        (person("overdue-oldest"), date(2025, 2, 3)),
        (person("soon-later"), date(2026, 9, 5)),
        (person("soon-first"), date(2026, 8, 24)),
        (person("never-new", start=date(2026, 10, 1)), None),
        (person("never-old", start=date(2025, 3, 1)), None),
        (person("never-b-no-start", start=None), None),
        (person("never-a-no-start", start=None), None),
        (person("ended", end=date(2026, 10, 1)), date(2025, 2, 3)),
        (person("ended-never", end=date(2026, 10, 1)), None),
        (person("future-start", start=date(2026, 12, 1)), None),
        (person("future-start-measured", start=TODAY + timedelta(days=1)), date(2025, 1, 1)),
    ]
    lists = due_lists(rows, TODAY)
    assert codes(lists.overdue) == ["overdue-oldest", "overdue-a", "overdue-b"]
    assert codes(lists.due_soon) == ["soon-first", "soon-later"]
    assert codes(lists.never_measured) == [
        "never-old",
        "never-new",
        "never-a-no-start",
        "never-b-no-start",
    ]
    assert len(lists) == 9
    assert [e.status.due_date for e in lists.overdue] == [
        date(2025, 5, 3),
        date(2026, 8, 1),
        date(2026, 8, 1),
    ]
    assert lists.overdue[0].latest_measurement == date(2025, 2, 3)


def test_a_participant_starting_today_is_listed() -> None:
    lists = due_lists([(person("P1", start=TODAY), None)], TODAY)
    assert codes(lists.never_measured) == ["P1"]


def test_due_lists_use_the_interval_setting() -> None:
    rows: list[tuple[Participant, date | None]] = [(person("P1"), date(2026, 6, 1))]
    assert codes(due_lists(rows, TODAY).overdue) == ["P1"]
    assert len(due_lists(rows, TODAY, interval_months=12)) == 0
    assert codes(due_lists(rows, TODAY, interval_months=6).due_soon) == ["P1"]


def test_due_lists_use_the_soon_window_given() -> None:
    rows: list[tuple[Participant, date | None]] = [(person("P1"), date(2026, 9, 3))]
    assert codes(due_lists(rows, TODAY).due_soon) == ["P1"]
    assert len(due_lists(rows, TODAY, soon_days=7)) == 0


@given(
    latest=st.one_of(st.none(), st.dates(min_value=date(2024, 1, 1), max_value=TODAY)),
    start=st.one_of(st.none(), st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))),
    end=st.one_of(st.none(), st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))),
)
@settings(deadline=None)
def test_every_participant_is_in_at_most_one_list_by_its_status(
    latest: date | None, start: date | None, end: date | None
) -> None:
    participant = person("P1", start=start, end=end)
    lists = due_lists([(participant, latest)], TODAY)
    status = due_status(participant, latest, TODAY)
    listed = {
        DueState.OVERDUE: codes(lists.overdue),
        DueState.DUE_SOON: codes(lists.due_soon),
        DueState.NEVER_MEASURED: codes(lists.never_measured),
    }
    not_started = start is not None and start > TODAY
    ended = end is not None and end <= TODAY
    assert len(lists) <= 1
    if not_started or ended or status.state is DueState.NOT_DUE:
        assert len(lists) == 0
    else:
        assert listed[status.state] == ["P1"]
    if ended:
        assert status.state is DueState.ENDED
    elif latest is None:
        assert status.state is DueState.NEVER_MEASURED
    else:
        due = next_due(latest)
        assert status.due_date == due
        assert (status.state is DueState.OVERDUE) == (due < TODAY)
