"""Measurements: answers, unanswered questions and chronological order."""

from __future__ import annotations

from datetime import date

import pytest

from bipdesk.core.measurements import Measurement, chronological

from .support import CARD, measurement

D1 = date(2026, 1, 15)
D2 = date(2026, 4, 15)


def test_answered_leaves_out_unanswered_questions() -> None:
    m = measurement(D1, {"a": 3, "b": None, "c": 10})
    assert m.answered == {"a": 3, "c": 10}
    assert m.answer("b") is None
    assert m.answer("missing") is None
    assert m.answer("a") == 3


def test_mean_of_answered_questions() -> None:
    assert measurement(D1, {"a": 3, "b": None, "c": 4}).mean() == 3.5
    assert measurement(D1, {"a": None}).mean() is None
    assert measurement(D1, {}).mean() is None


def test_answers_are_copied_and_read_only() -> None:
    answers: dict[str, int | None] = {"a": 3}
    m = Measurement("P1", CARD, D1, answers)
    answers["a"] = 9
    assert m.answer("a") == 3
    with pytest.raises(TypeError):
        m.answers["a"] = 5  # type: ignore[index]


def test_same_content_ignores_ids_unanswered_keys_and_empty_notes() -> None:
    a = Measurement("P1", CARD, D1, {"a": 3, "b": None}, {"a": ""}, note="", id=1)
    b = Measurement("P1", CARD, D1, {"a": 3}, {}, note=None, id=2)
    assert a.same_content(b)
    assert not a.same_content(Measurement("P1", CARD, D1, {"a": 4}))
    assert not a.same_content(Measurement("P1", CARD, D2, {"a": 3}))
    assert not a.same_content(Measurement("P2", CARD, D1, {"a": 3}))
    assert not a.same_content(Measurement("P1", CARD, D1, {"a": 3}, {"a": "trött"}))
    assert not a.same_content(Measurement("P1", CARD, D1, {"a": 3}, note="Tolk"))


def test_chronological_is_by_date_then_save_order() -> None:
    late = measurement(D2, saved_id=1)
    second = measurement(D1, saved_id=5)
    first = measurement(D1, saved_id=3)
    assert chronological([late, second, first]) == [first, second, late]


def test_an_unsaved_measurement_comes_after_the_saved_ones_of_its_day() -> None:
    saved = measurement(D1, {"a": 1}, saved_id=12)
    unsaved = measurement(D1, {"a": 2})
    assert chronological([unsaved, saved]) == [saved, unsaved]
    assert chronological([saved, unsaved]) == [saved, unsaved]


def test_unsaved_measurements_of_one_day_keep_their_order() -> None:
    a = measurement(D1, {"a": 1})
    b = measurement(D1, {"a": 2})
    assert chronological([a, b]) == [a, b]
    assert chronological([b, a]) == [b, a]
