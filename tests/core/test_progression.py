"""DESIGN §4: progression ("stegförflyttning") between first and latest measurement."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.periods import Period
from bipdesk.core.progression import Outcome, classify, compare, progression

from .support import CARD, measurement

D1 = date(2026, 1, 15)
D2 = date(2026, 4, 15)
D3 = date(2026, 7, 15)

QUESTIONS = ("q1", "q2", "q3", "q4", "q5")
answer_values = st.one_of(st.none(), st.integers(min_value=1, max_value=10))
answer_maps = st.fixed_dictionaries({q: answer_values for q in QUESTIONS})
fractions = st.fractions(min_value=-20, max_value=20, max_denominator=50)
thresholds = st.fractions(min_value=0, max_value=10, max_denominator=50)

FLIP = {
    Outcome.POSITIVE: Outcome.NEGATIVE,
    Outcome.NEGATIVE: Outcome.POSITIVE,
    Outcome.NEUTRAL: Outcome.NEUTRAL,
    Outcome.NOT_COMPARABLE: Outcome.NOT_COMPARABLE,
}


# --- fewer than two measurements -------------------------------------------------


def test_no_measurements_give_no_progression() -> None:
    assert progression([], CARD.id) is None


def test_a_single_measurement_gives_no_progression() -> None:
    assert progression([measurement(D1, {"q1": 3})], CARD.id) is None


def test_a_second_measurement_of_another_card_id_does_not_make_two() -> None:
    other = CardKey("another-card", 1)
    ms = [measurement(D1, {"q1": 3}), measurement(D2, {"q1": 9}, card=other)]
    assert progression(ms, CARD.id) is None


def test_a_second_measurement_outside_the_period_does_not_make_two() -> None:
    ms = [measurement(D1, {"q1": 3}), measurement(D3, {"q1": 9})]
    assert progression(ms, CARD.id, Period(D1, D2)) is None


# --- first and latest ------------------------------------------------------------


def test_first_is_the_earliest_and_latest_the_most_recent_whatever_the_input_order() -> None:
    early = measurement(D1, {"q1": 2})
    middle = measurement(D2, {"q1": 10})
    late = measurement(D3, {"q1": 5})
    for ordering in itertools.permutations([early, middle, late]):
        result = progression(ordering, CARD.id)
        assert result is not None
        assert result.first is early
        assert result.latest is late
        assert result.change == 3  # the middle measurement (10) plays no part


def test_same_day_measurements_are_ordered_by_save_order() -> None:
    saved_first = measurement(D2, {"q1": 4}, saved_id=7)
    saved_second = measurement(D2, {"q1": 6}, saved_id=9)
    start = measurement(D1, {"q1": 5}, saved_id=20)
    result = progression([saved_second, start, saved_first], CARD.id)
    assert result is not None
    assert result.first is start
    assert result.latest is saved_second


def test_first_and_latest_are_taken_inside_the_period_only() -> None:
    before = measurement(date(2025, 12, 31), {"q1": 1})
    first_in = measurement(date(2026, 1, 1), {"q1": 4})
    last_in = measurement(date(2026, 3, 31), {"q1": 6})
    after = measurement(date(2026, 4, 1), {"q1": 10})
    ms = [after, last_in, before, first_in]
    result = progression(ms, CARD.id, Period.quarter(2026, 1), baseline="period")
    assert result is not None
    assert (result.first, result.latest) == (first_in, last_in)
    assert result.change == 2
    # baseline start (the default): since they began, but never after the period
    since_start = progression(ms, CARD.id, Period.quarter(2026, 1))
    assert since_start is not None
    assert (since_start.first, since_start.latest) == (before, last_in)
    assert since_start.change == 5


def test_period_ends_are_inclusive_and_open_ends_take_everything() -> None:
    ms = [measurement(D1, {"q1": 1}), measurement(D3, {"q1": 8})]
    assert progression(ms, CARD.id, Period(D1, D3)) is not None
    assert progression(ms, CARD.id, Period(None, D3)) is not None
    assert progression(ms, CARD.id, Period(D1, None)) is not None
    assert progression(ms, CARD.id, Period.always()) is not None
    later = Period(D1 + timedelta(days=1), None)
    assert progression(ms, CARD.id, later, baseline="period") is None
    assert progression(ms, CARD.id, later) is not None  # baseline start: D1 before it counts
    assert progression(ms, CARD.id, Period(None, D3 - timedelta(days=1))) is None


def test_only_measurements_of_the_given_card_id_count() -> None:
    other = CardKey("another-card", 1)
    ms = [
        measurement(D1, {"q1": 2}, card=other),
        measurement(D1 + timedelta(days=1), {"q1": 4}),
        measurement(D2, {"q1": 7}),
        measurement(D3, {"q1": 10}, card=other),
    ]
    result = progression(ms, CARD.id)
    assert result is not None
    assert result.first.card == result.latest.card == CARD
    assert result.change == 3


def test_versions_of_one_card_id_are_compared_with_each_other() -> None:
    v2 = CardKey(CARD.id, 2)
    result = progression([measurement(D1, {"q1": 2}), measurement(D2, {"q1": 5}, card=v2)], CARD.id)
    assert result is not None
    assert result.change == 3


# --- change ----------------------------------------------------------------------


def test_change_is_the_mean_over_questions_answered_in_both() -> None:
    first = measurement(D1, {"q1": 2, "q2": 4, "q3": None, "q4": 8})
    latest = measurement(D2, {"q1": 5, "q2": 4, "q3": 9, "q5": 1})
    result = compare(first, latest)
    assert set(result.compared_questions) == {"q1", "q2"}
    assert result.change == Fraction(3, 2)
    assert result.change_value == 1.5
    assert result.outcome is Outcome.POSITIVE


def test_change_is_an_exact_fraction() -> None:
    first = measurement(D1, {"q1": 1, "q2": 1, "q3": 1})
    latest = measurement(D2, {"q1": 2, "q2": 1, "q3": 1})
    result = compare(first, latest)
    assert result.change == Fraction(1, 3)
    assert isinstance(result.change, Fraction)


def test_an_unanswered_question_is_the_same_as_a_missing_one() -> None:
    with_none = compare(measurement(D1, {"q1": 3, "q2": None}), measurement(D2, {"q1": 4, "q2": 9}))
    without = compare(measurement(D1, {"q1": 3}), measurement(D2, {"q1": 4, "q2": 9}))
    assert with_none.change == without.change == 1
    assert with_none.compared_questions == without.compared_questions == ("q1",)


def test_no_common_answered_question_is_not_comparable() -> None:
    result = compare(measurement(D1, {"q1": 3, "q2": None}), measurement(D2, {"q2": 7, "q3": 8}))
    assert result.outcome is Outcome.NOT_COMPARABLE
    assert result.change is None
    assert result.change_value is None
    assert result.compared_questions == ()


def test_a_measurement_with_no_answers_is_not_comparable() -> None:
    result = progression([measurement(D1, {}), measurement(D2, {"q1": 5})], CARD.id)
    assert result is not None
    assert result.outcome is Outcome.NOT_COMPARABLE


def test_not_comparable_is_decided_by_first_and_latest_only() -> None:
    ms = [
        measurement(D1, {"q1": 3}),
        measurement(D2, {"q1": 4, "q2": 4}),  # shares questions with both, but is in between
        measurement(D3, {"q2": 8}),
    ]
    result = progression(ms, CARD.id)
    assert result is not None
    assert result.outcome is Outcome.NOT_COMPARABLE


# --- classification --------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "latest", "expected"),
    [
        ({"q1": 3}, {"q1": 4}, Outcome.POSITIVE),
        ({"q1": 4}, {"q1": 3}, Outcome.NEGATIVE),
        ({"q1": 4}, {"q1": 4}, Outcome.NEUTRAL),
        ({"q1": 4, "q2": 6}, {"q1": 6, "q2": 4}, Outcome.NEUTRAL),
    ],
)
def test_default_threshold_is_zero(
    first: dict[str, int], latest: dict[str, int], expected: Outcome
) -> None:
    result = progression([measurement(D1, first), measurement(D2, latest)], CARD.id)
    assert result is not None and result.outcome is expected


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (Fraction(3, 2), Outcome.POSITIVE),
        (Fraction(1), Outcome.NEUTRAL),
        (Fraction(1, 2), Outcome.NEUTRAL),
        (Fraction(0), Outcome.NEUTRAL),
        (Fraction(-1), Outcome.NEUTRAL),
        (Fraction(-3, 2), Outcome.NEGATIVE),
        (Fraction(101, 100), Outcome.POSITIVE),
        (Fraction(-101, 100), Outcome.NEGATIVE),
    ],
)
def test_threshold_bounds_are_neutral(change: Fraction, expected: Outcome) -> None:
    assert classify(change, 1) is expected
    assert classify(change, Fraction(1)) is expected
    assert classify(change, 1.0) is expected


def test_threshold_is_applied_by_compare_and_progression() -> None:
    ms = [measurement(D1, {"q1": 4, "q2": 4}), measurement(D2, {"q1": 5, "q2": 4})]
    assert compare(ms[0], ms[1]).outcome is Outcome.POSITIVE
    assert compare(ms[0], ms[1], Fraction(1, 2)).outcome is Outcome.NEUTRAL
    result = progression(ms, CARD.id, threshold=Fraction(1, 2))
    assert result is not None and result.outcome is Outcome.NEUTRAL
    assert result.change == Fraction(1, 2)


@pytest.mark.parametrize("tenths", range(0, 31))
def test_a_change_of_exactly_a_decimal_float_threshold_is_neutral(tenths: int) -> None:
    # Fraction(0.3) is slightly below 3/10; the threshold must be read as written.
    threshold = tenths / 10
    assert classify(Fraction(tenths, 10), threshold) is Outcome.NEUTRAL
    assert classify(Fraction(-tenths, 10), threshold) is Outcome.NEUTRAL
    assert classify(Fraction(tenths, 10) + Fraction(1, 1000), threshold) is Outcome.POSITIVE
    assert classify(-Fraction(tenths, 10) - Fraction(1, 1000), threshold) is Outcome.NEGATIVE


def test_three_answers_moving_one_tenth_each_way_is_exact() -> None:
    # change = 3/10 exactly; with float arithmetic the mean would be 0.30000000000000004
    first = measurement(D1, {f"q{i}": 1 for i in range(1, 11)})
    latest = measurement(D2, {f"q{i}": 2 if i <= 3 else 1 for i in range(1, 11)})
    result = compare(first, latest, 0.3)
    assert result.change == Fraction(3, 10)
    assert result.outcome is Outcome.NEUTRAL


def test_a_negative_threshold_is_refused() -> None:
    with pytest.raises(ValueError, match="threshold"):
        classify(Fraction(0), -1)
    with pytest.raises(ValueError, match="threshold"):
        compare(measurement(D1, {"q1": 1}), measurement(D2, {"q1": 1}), Fraction(-1, 2))


# --- properties ------------------------------------------------------------------


@given(change=fractions, threshold=thresholds)
def test_classification_follows_the_rule_exactly(change: Fraction, threshold: Fraction) -> None:
    outcome = classify(change, threshold)
    if change > threshold:
        assert outcome is Outcome.POSITIVE
    elif change < -threshold:
        assert outcome is Outcome.NEGATIVE
    else:
        assert outcome is Outcome.NEUTRAL


@given(threshold=thresholds)
def test_a_change_of_plus_or_minus_the_threshold_is_neutral(threshold: Fraction) -> None:
    assert classify(threshold, threshold) is Outcome.NEUTRAL
    assert classify(-threshold, threshold) is Outcome.NEUTRAL


@given(first=answer_maps, latest=answer_maps, threshold=thresholds)
def test_swapping_first_and_latest_negates_change_and_flips_outcome(
    first: dict[str, int | None], latest: dict[str, int | None], threshold: Fraction
) -> None:
    forward = compare(measurement(D1, first), measurement(D2, latest), threshold)
    backward = compare(measurement(D1, latest), measurement(D2, first), threshold)
    if forward.change is None:
        assert backward.change is None
    else:
        assert backward.change == -forward.change
    assert backward.outcome is FLIP[forward.outcome]
    assert set(backward.compared_questions) == set(forward.compared_questions)


@given(first=answer_maps, latest=answer_maps, shift=st.integers(min_value=-9, max_value=9))
def test_adding_a_constant_to_every_latest_answer_shifts_change_by_it(
    first: dict[str, int | None], latest: dict[str, int | None], shift: int
) -> None:
    base = compare(measurement(D1, first), measurement(D2, latest))
    shifted_latest = {q: None if a is None else a + shift for q, a in latest.items()}
    shifted = compare(measurement(D1, first), measurement(D2, shifted_latest))
    if base.change is None:
        assert shifted.change is None
    else:
        assert shifted.change == base.change + shift


@given(first=answer_maps, latest=answer_maps)
def test_change_lies_between_the_smallest_and_largest_difference(
    first: dict[str, int | None], latest: dict[str, int | None]
) -> None:
    result = compare(measurement(D1, first), measurement(D2, latest))
    both = [q for q in QUESTIONS if first[q] is not None and latest[q] is not None]
    assert sorted(result.compared_questions) == sorted(both)
    if not both:
        assert result.outcome is Outcome.NOT_COMPARABLE
        return
    differences = [latest[q] - first[q] for q in both]  # type: ignore[operator]
    assert result.change is not None
    assert min(differences) <= result.change <= max(differences)
    assert result.change * len(both) == sum(differences)


@given(
    answers=st.lists(answer_maps, min_size=2, max_size=5),
    offsets=st.lists(st.integers(min_value=0, max_value=400), min_size=5, max_size=5, unique=True),
    data=st.data(),
)
@settings(deadline=None)
def test_progression_does_not_depend_on_input_order(
    answers: list[dict[str, int | None]], offsets: list[int], data: st.DataObject
) -> None:
    ms = [measurement(D1 + timedelta(days=o), a) for a, o in zip(answers, offsets, strict=False)]
    shuffled: list[Measurement] = data.draw(st.permutations(ms))
    expected = progression(ms, CARD.id)
    actual = progression(shuffled, CARD.id)
    assert expected is not None and actual is not None
    assert (actual.first, actual.latest, actual.change, actual.outcome) == (
        expected.first,
        expected.latest,
        expected.change,
        expected.outcome,
    )
    assert actual.first.date == min(m.date for m in ms)
    assert actual.latest.date == max(m.date for m in ms)
