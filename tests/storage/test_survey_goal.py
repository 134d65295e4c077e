"""The project's exit-survey goal kept in the database (File → Unit report, `report`)."""

from __future__ import annotations

import pytest

from bipdesk.storage import Database
from bipdesk.storage.survey_goal import (
    SURVEY_GOAL_SETTING,
    set_survey_goal_percent,
    survey_goal_percent,
)


def test_the_goal_is_75_until_the_project_sets_its_own(database: Database) -> None:
    assert survey_goal_percent(database) == 75
    set_survey_goal_percent(database, 80)
    assert survey_goal_percent(database) == 80


def test_a_wrong_goal_is_refused_and_changes_nothing(database: Database) -> None:
    set_survey_goal_percent(database, 80)
    with pytest.raises(ValueError, match="not 0"):
        set_survey_goal_percent(database, 0)
    assert survey_goal_percent(database) == 80


def test_an_unusable_stored_value_gives_the_default(database: Database) -> None:
    for stored in ("80", 0, 250, True, None):
        with database.transaction() as repository:
            repository.set_setting(SURVEY_GOAL_SETTING, stored)
        assert survey_goal_percent(database) == 75
