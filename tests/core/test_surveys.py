"""The exit survey's pure rules: which answers are positive, and the project's goal."""

from __future__ import annotations

import pytest

from bipdesk.core.surveys import DEFAULT_GOAL, goal_from_percent, is_positive


def test_three_and_four_are_positive_answers() -> None:
    assert [is_positive(answer) for answer in (1, 2, 3, 4)] == [False, False, True, True]
    with pytest.raises(ValueError, match="1–4, not 5"):
        is_positive(5)


def test_a_goal_is_a_whole_percent_from_1_to_100() -> None:
    assert goal_from_percent(75) == DEFAULT_GOAL
    assert goal_from_percent(1) == 0.01 and goal_from_percent(100) == 1.0
    for wrong in (0, 101, -5):
        with pytest.raises(ValueError, match=f"from 1 to 100, not {wrong}"):
            goal_from_percent(wrong)
