"""The project's goal for the exit survey, kept in the database so that the unit's
report shows the same goal whoever writes it, from the app or the command line."""

from __future__ import annotations

from bipdesk.core.surveys import DEFAULT_GOAL, goal_from_percent
from bipdesk.storage.database import Database

SURVEY_GOAL_SETTING = "survey_goal_percent"
"""The project setting (in the database): the goal as a whole percent, 1–100."""


def survey_goal_percent(database: Database) -> int:
    """The goal in whole percent (the default when unset or unusable)."""
    with database.transaction(write=False) as repository:
        value = repository.get_setting(SURVEY_GOAL_SETTING)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 100:
        return value
    return round(DEFAULT_GOAL * 100)


def set_survey_goal_percent(database: Database, percent: int) -> None:
    """Keep the project's goal; ValueError outside 1–100 (nothing stored)."""
    goal_from_percent(percent)
    with database.transaction() as repository:
        repository.set_setting(SURVEY_GOAL_SETTING, percent)
