"""The group comparison: who is in the group, and the means behind the group spider."""

from __future__ import annotations

from datetime import date

import pytest

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.reports.group import (
    UNKNOWN_BAND,
    GroupFilter,
    compare_group,
    select_group,
    units_of,
)
from tests.reports.support import measurement, standard_card

CARD = standard_card()


def _people() -> tuple[list[Participant], dict[str, list[Measurement]]]:
    """Five people: units, sexes, ages and measurement dates chosen to tell filters apart."""
    people = [
        Participant("A", sex=Sex.WOMEN, birth_year=1990, unit="Växjö", start_date=date(2025, 1, 1)),
        Participant("B", sex=Sex.MEN, birth_year=1970, unit="Växjö", start_date=date(2025, 1, 1)),
        Participant("C", sex=Sex.WOMEN, birth_year=2000, unit="Alvesta", start_date=date(2025, 1, 1)),
        Participant("D", sex=Sex.OTHER, unit="Alvesta", start_date=date(2025, 1, 1)),
        # Ended before 2026: not in a 2026 group even though measured in 2026 by mistake.
        Participant("E", sex=Sex.MEN, birth_year=1990, start_date=date(2025, 1, 1),
                    end_date=date(2025, 12, 31)),
    ]
    answers = {
        "A": ([2] * 10, [4] * 10, [6] * 10),
        "B": ([5] * 10, [5] * 10, [3] * 10),
        "C": ([1] * 10, [3] * 10, [9] * 10),
        "D": ([6] * 10, [7] * 10, [8] * 10),
        "E": ([3] * 10, [4] * 10, [5] * 10),
    }
    days = (date(2025, 2, 1), date(2025, 8, 1), date(2026, 2, 1))
    measurements = {
        code: [
            measurement(CARD, day, values, code, ident=index)
            for index, (day, values) in enumerate(zip(days, rows, strict=True), 1)
        ]
        for code, rows in answers.items()
    }
    return people, measurements


def test_everyone_over_all_time_compares_first_with_latest() -> None:
    people, measurements = _people()
    means = compare_group(CARD, people, measurements, GroupFilter())
    assert means.n == 5
    question = CARD.question_ids[0]
    assert means.first[question] == pytest.approx((2 + 5 + 1 + 6 + 3) / 5)
    assert means.latest[question] == pytest.approx((6 + 3 + 9 + 8 + 5) / 5)
    assert means.answered[question] == 5


def test_unit_sex_and_age_band_filters() -> None:
    people, measurements = _people()
    first = CARD.question_ids[0]

    vaxjo = compare_group(CARD, people, measurements, GroupFilter(unit="Växjö"))
    assert vaxjo.n == 2 and vaxjo.first[first] == pytest.approx(3.5)

    women = compare_group(CARD, people, measurements, GroupFilter(sex=Sex.WOMEN))
    assert women.n == 2 and women.latest[first] == pytest.approx(7.5)

    # Age in the year of the first measurement (2025): A and E are 35, C is 25, B is 55.
    thirties = select_group(people, measurements, GroupFilter(age_band="30-39"))
    assert [p.code for p in thirties] == ["A", "E"]
    unknown = select_group(people, measurements, GroupFilter(age_band=UNKNOWN_BAND))
    assert [p.code for p in unknown] == ["D"]

    both = compare_group(CARD, people, measurements, GroupFilter(unit="Alvesta", sex=Sex.WOMEN))
    assert both.n == 1


def test_the_period_selects_active_people_and_their_measurements_inside_it() -> None:
    people, measurements = _people()
    first = CARD.question_ids[0]

    year_2025 = compare_group(CARD, people, measurements, GroupFilter(period=Period.year(2025)))
    assert year_2025.n == 5
    assert year_2025.latest[first] == pytest.approx((4 + 5 + 3 + 7 + 4) / 5)

    # Only one measurement of each falls in 2026: nobody is comparable, E is not active.
    year_2026 = GroupFilter(period=Period.year(2026))
    assert [p.code for p in select_group(people, measurements, year_2026)] == list("ABCD")
    assert compare_group(CARD, people, measurements, year_2026).n == 0

    open_start = GroupFilter(period=Period(None, date(2025, 8, 1)))
    assert compare_group(CARD, people, measurements, open_start).n == 5
    open_end = GroupFilter(period=Period(date(2025, 8, 1), None))
    means = compare_group(CARD, people, measurements, open_end)
    assert means.n == 5  # E ended on 2025-12-31, inside the open period
    assert means.first[first] == pytest.approx((4 + 5 + 3 + 7 + 4) / 5)


def test_unanswered_questions_and_people_without_a_shared_answer() -> None:
    people, measurements = _people()
    gap = [None, *[5] * 9]
    measurements["A"] = [
        measurement(CARD, date(2025, 2, 1), gap, "A", 1),
        measurement(CARD, date(2025, 8, 1), [7] * 10, "A", 2),
    ]
    measurements["B"] = [
        measurement(CARD, date(2025, 2, 1), [1, *[None] * 9], "B", 1),
        measurement(CARD, date(2025, 8, 1), [None, *[2] * 9], "B", 2),
    ]
    means = compare_group(CARD, people[:2], measurements, GroupFilter())
    assert means.n == 1  # B's two measurements share no answered question
    assert means.first[CARD.question_ids[0]] is None
    assert means.answered[CARD.question_ids[0]] == 0
    assert means.latest[CARD.question_ids[1]] == 7


def test_measurements_of_another_card_do_not_count() -> None:
    people, measurements = _people()
    other = [
        Measurement(m.participant_code, CardKey("other-card", 1), m.date, m.answers)
        for m in measurements["A"]
    ]
    measurements["A"] = other
    assert compare_group(CARD, people, measurements, GroupFilter()).n == 4


def test_units_are_distinct_and_sorted() -> None:
    people, _ = _people()
    assert units_of(people) == ["Alvesta", "Växjö"]


def test_an_unknown_age_band_is_refused() -> None:
    with pytest.raises(ValueError, match="age band"):
        GroupFilter(age_band="18-24")
