"""The coordinator's view: its rules, and the talking points it gives the sheet."""

from __future__ import annotations

from datetime import date

import pytest

from bipdesk.core.coordinator_view import (
    MAX_REASON_LENGTH,
    CoordinatorValue,
    CoordinatorView,
    coordinator_outline,
    coordinator_view_problems,
    talking_points,
    validate_coordinator_view,
)
from bipdesk.core.validation import ValidationError

from .support import measurement, small_card

CARD = small_card(("a", "b", "c", "d"))
LATEST = measurement(date(2025, 3, 1), {"a": 3, "b": 6, "c": None, "d": 8})


def test_an_empty_view_is_empty_and_talked_through_is_not() -> None:
    assert CoordinatorView().is_empty
    assert not CoordinatorView(talked_through=True).is_empty
    assert not CoordinatorView(values={"a": CoordinatorValue(5, "x")}).is_empty


def test_a_view_is_immutable_and_changed_by_copies() -> None:
    view = CoordinatorView().with_value("a", CoordinatorValue(5, "Söker aktivt"))
    changed = view.with_talked_through(True).with_value("b", CoordinatorValue(2, "Sjukskriven"))
    assert dict(view.values) == {"a": CoordinatorValue(5, "Söker aktivt")}
    assert changed.talked_through and set(changed.values) == {"a", "b"}
    assert changed.with_value("a", None).values.keys() == {"b"}
    with pytest.raises(TypeError):
        changed.values["c"] = CoordinatorValue(1, "x")  # type: ignore[index]
    assert hash(changed) == hash(CoordinatorView(True, dict(changed.values)))


@pytest.mark.parametrize(
    ("entry", "code"),
    [
        (CoordinatorValue(0, "under"), "coordinator_value_out_of_scale"),
        (CoordinatorValue(11, "över"), "coordinator_value_out_of_scale"),
        (CoordinatorValue(False, "inte ett tal"), "coordinator_value_out_of_scale"),
        (CoordinatorValue(5, ""), "coordinator_reason_missing"),
        (CoordinatorValue(5, " \n "), "coordinator_reason_missing"),
        (CoordinatorValue(5, "x" * (MAX_REASON_LENGTH + 1)), "coordinator_reason_too_long"),
    ],
)
def test_each_rule_names_the_question(entry: CoordinatorValue, code: str) -> None:
    (problem,) = coordinator_view_problems(CoordinatorView(values={"b": entry}), CARD)
    assert (problem.field, problem.code) == ("b", code)
    assert problem.message.startswith("b: ")


def test_a_question_the_card_lacks_is_named() -> None:
    view = CoordinatorView(values={"zz": CoordinatorValue(5, "ok")})
    (problem,) = coordinator_view_problems(view, CARD)
    assert (problem.field, problem.code) == ("zz", "coordinator_question_unknown")
    assert "test-card v1" in problem.message


def test_validation_trims_reasons_keeps_card_order_and_refuses_whole() -> None:
    view = CoordinatorView(
        True,
        {
            "c": CoordinatorValue(5, " inget svar "),
            "a": CoordinatorValue(7, "x" * MAX_REASON_LENGTH),
        },
    )
    valid = validate_coordinator_view(view, CARD)
    assert list(valid.values) == ["a", "c"] and valid.values["c"].reason == "inget svar"
    with pytest.raises(ValidationError) as raised:
        validate_coordinator_view(view.with_value("d", CoordinatorValue(12, "")), CARD)
    assert [p.code for p in raised.value.problems] == [
        "coordinator_value_out_of_scale",
        "coordinator_reason_missing",
    ]


def test_talking_points_are_the_differences_in_card_order() -> None:
    view = CoordinatorView(
        True,
        {
            "d": CoordinatorValue(5, "Har inte sökt något jobb"),
            "b": CoordinatorValue(6, "Samma som deltagaren"),  # no difference: left out
            "c": CoordinatorValue(4, "Ville inte svara, men berättade om kursen"),
            "a": CoordinatorValue(5, "Vet mer än hen tror"),
        },
    )
    points = talking_points(LATEST, view, CARD, "sv")
    assert [(p.question_id, p.answer, p.coordinator_value) for p in points] == [
        ("a", 3, 5),
        ("c", None, 4),
        ("d", 8, 5),
    ]
    assert points[0].label == "a" and points[0].reason == "Vet mer än hen tror"
    assert talking_points(LATEST, CoordinatorView(True), CARD, "sv") == []


def test_the_outline_is_the_answers_with_the_coordinators_values() -> None:
    view = CoordinatorView(False, {"a": CoordinatorValue(5, "x"), "c": CoordinatorValue(2, "y")})
    assert coordinator_outline(LATEST, view) == {"a": 5, "b": 6, "c": 2, "d": 8}
    assert coordinator_outline(LATEST, CoordinatorView()) == dict(LATEST.answers)
