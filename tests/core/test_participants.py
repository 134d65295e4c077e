"""DESIGN §6: sex aliases, exit reasons and outcome groups; participant activity."""

from __future__ import annotations

from datetime import date

import pytest

from bipdesk.core.participants import (
    EXIT_REASON_SWEDISH,
    ExitReason,
    OutcomeGroup,
    Participant,
    Sex,
    exit_reasons_in,
    outcome_group,
    parse_exit_reason,
    parse_sex,
)

# DESIGN §6, copied: code → Swedish label.
DESIGN_EXIT_REASONS = {
    "work": "Arbete",
    "studies": "Studier",
    "labour_market_training": "Arbetsmarknadsutbildning",
    "job_seeking": "Arbetssökande",
    "rehabilitation": "Arbetslivsinriktad rehabilitering",
    "medical_care": "Medicinsk rehabilitering/vård",
    "completed": "Fullföljt",
    "dropped_out": "Avbrutit",
    "other": "Annan orsak",
}
DESIGN_OUTCOME_GROUPS = {
    "work_or_studies": {"work", "studies", "labour_market_training"},
    "closer_to_labour_market": {"job_seeking", "rehabilitation"},
    "other": {"medical_care", "completed", "dropped_out", "other"},
}


# --- sex -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("women", Sex.WOMEN),
        ("men", Sex.MEN),
        ("other", Sex.OTHER),
        ("unknown", Sex.UNKNOWN),
        ("kvinna", Sex.WOMEN),
        ("Kvinna", Sex.WOMEN),
        ("KVINNA", Sex.WOMEN),
        ("K", Sex.WOMEN),
        ("k", Sex.WOMEN),
        ("F", Sex.WOMEN),
        ("f", Sex.WOMEN),
        ("female", Sex.WOMEN),
        ("Female", Sex.WOMEN),
        ("woman", Sex.WOMEN),
        ("WOMAN", Sex.WOMEN),
        ("Women", Sex.WOMEN),
        ("man", Sex.MEN),
        ("Man", Sex.MEN),
        ("M", Sex.MEN),
        ("m", Sex.MEN),
        ("male", Sex.MEN),
        ("MALE", Sex.MEN),
        ("annat", Sex.OTHER),
        ("Annat", Sex.OTHER),
        ("X", Sex.OTHER),
        ("x", Sex.OTHER),
        ("", Sex.UNKNOWN),
        ("   ", Sex.UNKNOWN),
        (None, Sex.UNKNOWN),
        (" k ", Sex.WOMEN),
    ],
)
def test_sex_codes_and_aliases(text: str | None, expected: Sex) -> None:
    assert parse_sex(text) is expected


@pytest.mark.parametrize("text", ["kvinnan", "w", "q", "femme", "1", "men women"])
def test_an_unknown_sex_is_refused_naming_the_value(text: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_sex(text)
    assert f"'{text}'" in str(error.value)


def test_sex_values_are_the_file_values() -> None:
    assert [s.value for s in Sex] == ["women", "men", "other", "unknown"]


# --- exit reasons ----------------------------------------------------------------


def test_exit_reason_codes_and_swedish_labels_are_those_of_design() -> None:
    assert {r.value: EXIT_REASON_SWEDISH[r] for r in ExitReason} == DESIGN_EXIT_REASONS


@pytest.mark.parametrize(("code", "label"), DESIGN_EXIT_REASONS.items())
def test_exit_reason_codes_and_labels_parse_case_insensitively(code: str, label: str) -> None:
    expected = ExitReason(code)
    assert parse_exit_reason(code) is expected
    assert parse_exit_reason(code.upper()) is expected
    assert parse_exit_reason(label) is expected
    assert parse_exit_reason(label.upper()) is expected
    assert parse_exit_reason(label.lower()) is expected
    assert parse_exit_reason(f"  {label}  ") is expected


@pytest.mark.parametrize("text", ["", "arbete!", "jobb", "work_or_studies", "Medicinsk vård"])
def test_an_unknown_exit_reason_is_refused_naming_the_value(text: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_exit_reason(text)
    assert f"'{text}'" in str(error.value)


# --- outcome groups --------------------------------------------------------------


def test_outcome_groups_are_mapped_exactly_as_design() -> None:
    mapped = {
        group.value: {r.value for r in ExitReason if outcome_group(r) is group}
        for group in OutcomeGroup
    }
    assert mapped == DESIGN_OUTCOME_GROUPS


def test_exit_reasons_in_a_group_are_the_inverse_of_outcome_group() -> None:
    for group in OutcomeGroup:
        assert {r.value for r in exit_reasons_in(group)} == DESIGN_OUTCOME_GROUPS[group.value]
    every = [r for g in OutcomeGroup for r in exit_reasons_in(g)]
    assert sorted(every) == sorted(ExitReason)


# --- participant -----------------------------------------------------------------


def test_a_participant_is_active_from_start_to_end_inclusive() -> None:
    p = Participant(
        "P1",
        start_date=date(2026, 2, 1),
        end_date=date(2026, 5, 31),
        exit_reason=ExitReason.WORK,
    )
    assert not p.is_active_on(date(2026, 1, 31))
    assert p.is_active_on(date(2026, 2, 1))
    assert p.is_active_on(date(2026, 5, 31))
    assert not p.is_active_on(date(2026, 6, 1))
    assert p.has_ended


def test_open_start_and_end_are_always_active() -> None:
    p = Participant("P1")
    assert p.is_active_on(date(1990, 1, 1))
    assert p.is_active_on(date(2090, 1, 1))
    assert not p.has_ended
    assert p.sex is Sex.UNKNOWN


def test_okant_okand_are_the_swedish_for_unknown() -> None:
    assert parse_sex("okänt") is Sex.UNKNOWN and parse_sex("Okänd") is Sex.UNKNOWN
