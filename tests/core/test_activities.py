"""The pure rules of activities and the exit form (DESIGN §10): hours pro rata to the
days inside a period, months since the start, and the vocabularies."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bipdesk.core.activities import (
    MAX_MONTH,
    Activity,
    ActivityType,
    hours_by_area,
    hours_in_period,
    month_range,
    month_start,
    months_since_start,
    parse_activity_type,
    parse_area,
    parse_branch,
)
from bipdesk.core.cards import Area
from bipdesk.core.exits import (
    EXIT_ATTRIBUTES,
    Employment,
    ExitForm,
    WorkingTime,
    parse_employment,
    parse_working_time,
    parse_yes_no,
)

TODAY = date(2024, 6, 1)


def job(
    start: date, end: date | None, hours: float, kind: ActivityType = ActivityType.INTERNSHIP
) -> Activity:
    return Activity("P1", kind, Area.JOB, start, end, hours)


def health(start: date, end: date | None, hours: float) -> Activity:
    return Activity("P1", ActivityType.COUNSELLING, Area.HEALTH, start, end, hours)


# -- hours in a period ---------------------------------------------------------------


def test_hours_are_pro_rata_to_the_days_inside_the_period() -> None:
    ten_days = job(date(2024, 1, 1), date(2024, 1, 10), 100)
    assert hours_in_period(ten_days, date(2024, 1, 6), date(2024, 1, 31), TODAY) == 50
    assert hours_in_period(ten_days, None, None, TODAY) == 100
    assert hours_in_period(ten_days, date(2023, 1, 1), date(2024, 12, 31), TODAY) == 100


def test_a_period_that_touches_the_activity_on_one_day() -> None:
    ten_days = job(date(2024, 1, 1), date(2024, 1, 10), 100)
    # The period ends on the activity's first day; another starts on its last.
    assert hours_in_period(ten_days, date(2023, 12, 1), date(2024, 1, 1), TODAY) == 10
    assert hours_in_period(ten_days, date(2024, 1, 10), None, TODAY) == 10
    # ...and periods that end the day before it starts or begin the day after it ends.
    assert hours_in_period(ten_days, None, date(2023, 12, 31), TODAY) == 0
    assert hours_in_period(ten_days, date(2024, 1, 11), None, TODAY) == 0


def test_an_activity_starting_on_the_first_day_of_a_month() -> None:
    february = job(date(2024, 2, 1), date(2024, 2, 29), 29)  # a leap year: 29 days
    assert hours_in_period(february, date(2024, 1, 1), date(2024, 1, 31), TODAY) == 0
    assert hours_in_period(february, date(2024, 2, 1), date(2024, 2, 29), TODAY) == 29
    assert hours_in_period(february, date(2024, 3, 1), date(2024, 3, 31), TODAY) == 0
    assert hours_in_period(february, date(2024, 1, 1), date(2024, 3, 31), TODAY) == 29


def test_an_activity_ending_on_the_first_day_of_a_month() -> None:
    into_february = job(date(2024, 1, 2), date(2024, 2, 1), 31)  # 31 days, one hour each
    assert hours_in_period(into_february, date(2024, 1, 1), date(2024, 1, 31), TODAY) == 30
    assert hours_in_period(into_february, date(2024, 2, 1), date(2024, 2, 29), TODAY) == 1


def test_the_months_of_a_year_share_out_every_hour() -> None:
    year = job(date(2024, 1, 17), date(2024, 11, 3), 333.3)
    months = [
        (
            date(2024, m, 1),
            date(2024, m + 1, 1) - timedelta(days=1) if m < 12 else date(2024, 12, 31),
        )
        for m in range(1, 13)
    ]
    shares = [hours_in_period(year, first, last, TODAY) for first, last in months]
    assert sum(shares) == pytest.approx(333.3)
    assert shares[0] == pytest.approx(333.3 * 15 / 292)  # 17–31 January of 292 days
    assert shares[11] == 0


def test_an_ongoing_activity_ends_at_the_period_end_or_today() -> None:
    ongoing = health(date(2024, 1, 1), None, 60)
    # A closed period: the activity runs to the period's end, all its hours inside.
    assert hours_in_period(ongoing, date(2024, 1, 1), date(2024, 1, 31), TODAY) == 60
    # February of a period ending Feb 29: 29 of the 60 days from Jan 1.
    assert hours_in_period(ongoing, date(2024, 2, 1), date(2024, 2, 29), TODAY) == pytest.approx(
        60 * 29 / 60
    )
    # An open period: it runs to today (Jan 1 – Jun 1 = 153 days).
    assert hours_in_period(ongoing, None, None, TODAY) == 60
    assert hours_in_period(ongoing, date(2024, 6, 1), None, TODAY) == pytest.approx(60 / 153)
    # A period that ends before it starts.
    assert hours_in_period(ongoing, None, date(2023, 12, 31), TODAY) == 0
    # An ongoing activity starting after today still counts from its start.
    later = health(date(2024, 9, 1), None, 7)
    assert hours_in_period(later, None, None, TODAY) == 7


def test_overlapping_activities_of_one_area_add_up() -> None:
    both = [
        job(date(2024, 1, 1), date(2024, 1, 31), 31),
        job(date(2024, 1, 16), date(2024, 2, 14), 60, ActivityType.WORK_TRAINING),
        health(date(2024, 1, 1), date(2024, 1, 10), 5),
    ]
    january = hours_by_area(both, date(2024, 1, 1), date(2024, 1, 31), TODAY)
    assert january[Area.JOB] == pytest.approx(31 + 60 * 16 / 30)
    assert january[Area.HEALTH] == 5
    february = hours_by_area(both, date(2024, 2, 1), date(2024, 2, 29), TODAY)
    assert february == {Area.JOB: pytest.approx(60 * 14 / 30)}  # no zero entries
    assert hours_by_area([job(date(2024, 1, 1), None, 0)], None, None, TODAY) == {}


# -- months since the start -------------------------------------------------------------


def test_month_one_begins_on_the_start_date() -> None:
    assert month_range(date(2024, 1, 15), 1) == (date(2024, 1, 15), date(2024, 2, 14))
    assert month_range(date(2024, 1, 15), 12) == (date(2024, 12, 15), date(2025, 1, 14))
    # The 31st: shorter months end early, and the next month begins on its 31st again.
    assert month_start(date(2024, 1, 31), 2) == date(2024, 2, 29)
    assert month_range(date(2024, 1, 31), 1) == (date(2024, 1, 31), date(2024, 2, 28))
    assert month_range(date(2024, 1, 31), 3) == (date(2024, 3, 31), date(2024, 4, 29))
    assert month_start(date(2023, 11, 30), 4) == date(2024, 2, 29)


def test_the_areas_of_each_month_since_the_start() -> None:
    activities = [
        job(date(2024, 1, 20), date(2024, 3, 1), 40),
        health(date(2024, 2, 14), None, 20),
    ]
    months = months_since_start(date(2024, 1, 15), date(2024, 4, 20), activities, TODAY)
    assert [(m.month, m.areas) for m in months] == [
        (1, frozenset({Area.JOB, Area.HEALTH})),  # health begins on month 1's last day
        (2, frozenset({Area.JOB, Area.HEALTH})),
        (3, frozenset({Area.HEALTH})),  # the job ended 1 March, in month 2
        (4, frozenset({Area.HEALTH})),  # the month that holds the end date
    ]
    assert [m.parallel for m in months] == [True, True, False, False]
    assert [m.job_and_other for m in months] == [True, True, False, False]


def test_an_activity_starting_or_ending_on_the_first_day_of_a_month_since_start() -> None:
    start = date(2024, 1, 15)
    begins_month_two = job(date(2024, 2, 15), date(2024, 3, 1), 10)
    ends_month_two = health(date(2024, 1, 20), date(2024, 2, 15), 10)
    months = months_since_start(start, None, [begins_month_two, ends_month_two], TODAY)
    areas = {m.month: m.areas for m in months}
    assert areas[1] == {Area.HEALTH}
    assert areas[2] == {Area.JOB, Area.HEALTH}
    assert areas[3] == frozenset()


def test_two_activities_of_one_area_are_not_parallel() -> None:
    same_area = [
        job(date(2024, 1, 15), date(2024, 3, 1), 10),
        job(date(2024, 1, 20), date(2024, 2, 1), 10, ActivityType.JOB_COACHING),
    ]
    (first, *_rest) = months_since_start(date(2024, 1, 15), None, same_area, TODAY)
    assert first.areas == {Area.JOB} and not first.parallel and not first.job_and_other
    other_areas = [
        health(date(2024, 1, 15), None, 1),
        Activity("P1", ActivityType.STUDIES, Area.SKILLS, date(2024, 1, 15), None, 1),
    ]
    (first, *_rest) = months_since_start(date(2024, 1, 15), None, other_areas, TODAY)
    assert first.parallel and not first.job_and_other


def test_months_run_to_today_and_stop_at_the_last_month() -> None:
    active = months_since_start(date(2024, 1, 15), None, [], date(2024, 3, 20))
    assert [m.month for m in active] == [1, 2, 3]
    long_ago = months_since_start(date(2020, 1, 1), None, [], TODAY)
    assert len(long_ago) == MAX_MONTH == 24
    assert months_since_start(date(2024, 1, 15), None, [], date(2024, 1, 15))[0].month == 1


# -- vocabularies -------------------------------------------------------------------------


def test_activity_types_areas_and_branches_are_read_with_their_swedish_names() -> None:
    assert parse_activity_type("Arbetsträning") is ActivityType.WORK_TRAINING
    assert parse_activity_type(" PRAKTIK ") is ActivityType.INTERNSHIP
    assert parse_activity_type("subventionerad anställning") is ActivityType.EMPLOYMENT_SUBSIDISED
    assert parse_activity_type("other") is ActivityType.OTHER
    assert parse_area("Hälsa") is Area.HEALTH and parse_area("skills") is Area.SKILLS
    assert parse_branch(" q ") == "Q"
    for bad, parse in (("sova", parse_activity_type), ("fun", parse_area), ("V", parse_branch)):
        with pytest.raises(ValueError, match=bad):
            parse(bad)


def test_an_activity_cannot_end_before_it_starts_or_have_negative_hours() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        job(date(2024, 2, 1), date(2024, 1, 31), 1)
    with pytest.raises(ValueError, match="negative"):
        job(date(2024, 2, 1), None, -1)
    one_day = job(date(2024, 2, 1), date(2024, 2, 1), 3)
    assert one_day.runs_on(date(2024, 2, 1), TODAY) and not one_day.runs_on(date(2024, 2, 2), TODAY)
    assert health(date(2024, 9, 1), None, 1).last_day(TODAY) == date(2024, 9, 1)


def test_the_exit_form() -> None:
    assert parse_employment("Tillsvidare") is Employment.PERMANENT
    assert parse_employment("temporary") is Employment.TEMPORARY
    assert parse_working_time("Deltid") is WorkingTime.PART_TIME
    assert parse_working_time("FULL_TIME") is WorkingTime.FULL_TIME
    assert [parse_yes_no(t) for t in ("Ja", "nej", "yes", "NO", "1", "0")] == [
        True,
        False,
        True,
        False,
        True,
        False,
    ]
    for bad, parse in (("forever", parse_employment), ("ibland", parse_working_time)):
        with pytest.raises(ValueError, match=bad):
            parse(bad)
    with pytest.raises(ValueError, match="neither yes nor no"):
        parse_yes_no("kanske")
    form = ExitForm(Employment.TEMPORARY, WorkingTime.PART_TIME, False, "g")
    assert form.branch == "G" and not form.is_empty
    assert form.attributes() == ("temporary", "part_time", "unsubsidised")
    assert ExitForm(subsidised=True).attributes() == ("subsidised",)
    assert ExitForm().is_empty and ExitForm().attributes() == ()
    assert set(form.attributes()) <= set(EXIT_ATTRIBUTES)
    with pytest.raises(ValueError, match="branch"):
        ExitForm(branch="Z")
