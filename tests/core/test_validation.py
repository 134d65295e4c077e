"""Rules every participant and measurement must satisfy before it is saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant
from bipdesk.core.validation import (
    EARLIEST_BIRTH_YEAR,
    MAX_CODE_LENGTH,
    Problem,
    ValidationError,
    date_warnings,
    latest_birth_year,
    validate_measurement,
    validate_participant,
)

from .support import small_card

TODAY = date(2026, 11, 23)
LATEST_BIRTH_YEAR = 2011  # this year − 15
CARD = small_card(("a", "b", "c"))

VALID = Participant(
    "BIP-001",
    birth_year=1990,
    start_date=date(2026, 1, 10),
    end_date=date(2026, 9, 30),
    exit_reason=ExitReason.STUDIES,
)


def problem_codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def fields(problems: list[Problem]) -> list[str]:
    return [p.field for p in problems]


def measured(answers: dict[str, int | None], day: date = TODAY) -> Measurement:
    return Measurement("BIP-001", CARD.key, day, answers)


# --- participants ----------------------------------------------------------------


def test_a_valid_participant_has_no_problems() -> None:
    assert validate_participant(VALID, TODAY, other_codes={"BIP-002"}) == []
    assert validate_participant(Participant("X"), TODAY) == []


@pytest.mark.parametrize("code", ["", "   ", "\t"])
def test_the_code_must_not_be_empty(code: str) -> None:
    problems = validate_participant(replace(VALID, code=code), TODAY)
    assert problem_codes(problems) == ["code_empty"]
    assert fields(problems) == ["code"]


def test_the_code_must_be_unique() -> None:
    problems = validate_participant(VALID, TODAY, other_codes={"BIP-001", "BIP-002"})
    assert problem_codes(problems) == ["code_taken"]
    assert "BIP-001" in problems[0].message


def test_the_code_is_compared_without_surrounding_spaces() -> None:
    problems = validate_participant(replace(VALID, code=" BIP-002 "), TODAY, {"BIP-002"})
    assert problem_codes(problems) == ["code_taken"]


def test_the_code_has_a_maximum_length() -> None:
    assert validate_participant(replace(VALID, code="x" * MAX_CODE_LENGTH), TODAY) == []
    too_long = validate_participant(replace(VALID, code="x" * (MAX_CODE_LENGTH + 1)), TODAY)
    assert problem_codes(too_long) == ["code_too_long"]


def test_birth_year_limits() -> None:
    assert EARLIEST_BIRTH_YEAR == 1930
    assert latest_birth_year(TODAY) == LATEST_BIRTH_YEAR
    for year in (1930, 1931, 2010, 2011):
        assert validate_participant(replace(VALID, birth_year=year), TODAY) == [], year
    for year in (1929, 2012, 2026, 0):
        problems = validate_participant(replace(VALID, birth_year=year), TODAY)
        assert problem_codes(problems) == ["birth_year_range"], year
        assert "1930" in problems[0].message and "2011" in problems[0].message


def test_the_latest_birth_year_moves_with_today() -> None:
    p = replace(VALID, birth_year=2012)
    assert validate_participant(p, date(2026, 12, 31)) != []
    assert validate_participant(p, date(2027, 1, 1)) == []


@given(year=st.integers(min_value=EARLIEST_BIRTH_YEAR, max_value=LATEST_BIRTH_YEAR))
def test_any_birth_year_in_range_is_accepted(year: int) -> None:
    assert validate_participant(replace(VALID, birth_year=year), TODAY) == []


@given(
    year=st.one_of(
        st.integers(max_value=EARLIEST_BIRTH_YEAR - 1),
        st.integers(min_value=LATEST_BIRTH_YEAR + 1),
    )
)
def test_any_birth_year_out_of_range_is_refused(year: int) -> None:
    problems = validate_participant(replace(VALID, birth_year=year), TODAY)
    assert problem_codes(problems) == ["birth_year_range"]
    assert fields(problems) == ["birth_year"]


def test_the_end_date_may_not_be_before_the_start_date() -> None:
    same_day = replace(VALID, end_date=VALID.start_date)
    assert validate_participant(same_day, TODAY) == []
    day_before = replace(VALID, end_date=date(2026, 1, 9))
    problems = validate_participant(day_before, TODAY)
    assert problem_codes(problems) == ["end_before_start"]
    assert fields(problems) == ["end_date"]


@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    length=st.integers(min_value=-2000, max_value=2000),
)
@settings(deadline=None)
def test_end_before_start_is_refused_exactly_when_it_is_earlier(start: date, length: int) -> None:
    p = replace(VALID, start_date=start, end_date=start + timedelta(days=length))
    assert ("end_before_start" in problem_codes(validate_participant(p, TODAY))) is (length < 0)


@pytest.mark.parametrize(
    ("end", "reason", "expected"),
    [
        (None, None, []),
        (date(2026, 9, 30), ExitReason.WORK, []),
        (date(2026, 9, 30), None, ["exit_reason_missing"]),
        (None, ExitReason.WORK, ["end_date_missing"]),
    ],
)
def test_an_exit_reason_is_given_exactly_when_an_end_date_is(
    end: date | None, reason: ExitReason | None, expected: list[str]
) -> None:
    problems = validate_participant(replace(VALID, end_date=end, exit_reason=reason), TODAY)
    assert problem_codes(problems) == expected


def test_every_problem_is_reported_at_once() -> None:
    bad = Participant("", birth_year=1800, start_date=date(2026, 5, 1), end_date=date(2026, 4, 1))
    assert sorted(problem_codes(validate_participant(bad, TODAY))) == [
        "birth_year_range",
        "code_empty",
        "end_before_start",
        "exit_reason_missing",
    ]


def test_validation_error_lists_every_problem() -> None:
    problems = validate_participant(Participant("", birth_year=1800), TODAY)
    error = ValidationError(problems)
    assert error.problems == problems
    assert "code:" in str(error) and "birth_year:" in str(error)


# --- measurements ----------------------------------------------------------------


def test_a_valid_measurement_has_no_problems() -> None:
    assert validate_measurement(measured({"a": 1, "b": 10, "c": None}), CARD, TODAY) == []
    assert validate_measurement(measured({}), CARD, TODAY) == []


def test_a_measurement_date_may_be_today_but_not_in_the_future() -> None:
    assert validate_measurement(measured({"a": 5}, TODAY), CARD, TODAY) == []
    problems = validate_measurement(measured({"a": 5}, TODAY + timedelta(days=1)), CARD, TODAY)
    assert problem_codes(problems) == ["date_in_future"]
    assert fields(problems) == ["date"]


@given(offset=st.integers(min_value=-3000, max_value=3000))
def test_future_dates_are_refused_exactly(offset: int) -> None:
    problems = validate_measurement(measured({}, TODAY + timedelta(days=offset)), CARD, TODAY)
    assert ("date_in_future" in problem_codes(problems)) is (offset > 0)


@pytest.mark.parametrize("answer", [0, 11, -1, 100])
def test_an_answer_outside_the_scale_is_refused(answer: int) -> None:
    problems = validate_measurement(measured({"a": 5, "b": answer}), CARD, TODAY)
    assert problem_codes(problems) == ["answer_out_of_scale"]
    assert fields(problems) == ["b"]
    assert f"the answer {answer} is outside the scale 1–10" in problems[0].message


@given(answer=st.integers(min_value=-50, max_value=50))
def test_answers_are_accepted_exactly_within_the_scale(answer: int) -> None:
    problems = validate_measurement(measured({"a": answer}), CARD, TODAY)
    assert (problems == []) is (1 <= answer <= 10)


@given(
    minimum=st.integers(min_value=-5, max_value=5),
    steps=st.integers(min_value=1, max_value=20),
    answer=st.integers(min_value=-30, max_value=30),
)
def test_the_scale_is_the_cards_own(minimum: int, steps: int, answer: int) -> None:
    card = small_card(("a",), minimum=minimum, maximum=minimum + steps)
    m = Measurement("P", card.key, TODAY, {"a": answer})
    in_scale = minimum <= answer <= minimum + steps
    assert (validate_measurement(m, card, TODAY) == []) is in_scale


@pytest.mark.parametrize("answer", [5.5, 3.0, True])
def test_an_answer_must_be_a_whole_number(answer: object) -> None:
    problems = validate_measurement(measured({"a": answer}), CARD, TODAY)  # type: ignore[dict-item]
    assert problem_codes(problems) == ["answer_out_of_scale"]
    assert "not a whole number" in problems[0].message


def test_unknown_question_ids_are_refused_in_answers_and_notes() -> None:
    m = Measurement("P", CARD.key, TODAY, {"a": 3, "zz": 4, "yy": None}, {"xx": "anteckning"})
    problems = validate_measurement(m, CARD, TODAY)
    assert problem_codes(problems) == ["unknown_question"] * 3
    assert sorted(fields(problems)) == ["xx", "yy", "zz"]
    assert any("'zz'" in p.message for p in problems)


def test_a_measurement_of_another_card_is_refused() -> None:
    m = Measurement("P", CardKey(CARD.id, 2), TODAY, {"a": 3})
    assert problem_codes(validate_measurement(m, CARD, TODAY)) == ["card_mismatch"]


def test_date_warnings_are_pure_rules() -> None:
    participant = Participant("P1", start_date=date(2026, 3, 1))
    assert [p.code for p in date_warnings(date(2026, 2, 28), participant)] == ["before_start"]
    assert date_warnings(date(2026, 3, 1), participant) == []
    assert date_warnings(date(2020, 1, 1), Participant("P2")) == []  # no start date known
