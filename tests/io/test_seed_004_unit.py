"""Issue 15's unit: the seed-004 project (626 participants) stored with its
activities, exit forms and exit survey, then exported. The unit's exact
figures are those of the seed; the aggregate file's are within the
protection's deviation, and so are its merge with another unit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bipdesk.core.aggregation import ALL, exact_cells
from bipdesk.core.periods import Period
from bipdesk.core.surveys import SurveyResponse
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.cards import default_cards
from bipdesk.io.export import build_aggregate, count_exact
from bipdesk.io.surveys import exit_survey
from bipdesk.storage import Database, open_database
from tests.seed_units import SEED_004_HOURS, SEED_004_SURVEY, seed_004_follow_up

TODAY = date(2025, 6, 30)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    people, activities, answers = seed_004_follow_up()
    survey = exit_survey()
    path = tmp_path_factory.mktemp("seed004") / "unit.db"
    with open_database(path, default_cards(), today=lambda: TODAY) as database:
        with database.transaction() as repository:
            for person in people:
                repository.add_participant(person)
                for activity in activities[person.code]:
                    repository.add_activity(activity)
                if person.code in answers:
                    repository.save_survey_response(
                        person.code,
                        SurveyResponse(survey.id, survey.version, answers[person.code]),
                    )
        yield database


def test_the_units_exact_figures_are_the_seeds(database: Database) -> None:
    _, keyed = count_exact(database, Period())
    cells = exact_cells(keyed)

    def value(table: str, measure: str, **dims: object) -> float:
        (found,) = [
            c
            for c in cells
            if c.table == table
            and c.measure == measure
            and all(getattr(c, k) == v for k, v in dims.items())
        ]
        return float(found.value or 0)

    training = {"activity": "work_training"}
    assert value("activity_types", "participants", sex="women", **training) == 227
    assert value("activity_types", "participants", sex="men", **training) == 155
    assert value("activity_types", "participants", sex=ALL, **training) == 382
    total = value("activities", "hours", sex=ALL, area=ALL)
    for area, share in SEED_004_HOURS.items():
        assert 100 * value("activities", "hours", sex=ALL, area=area) / total == pytest.approx(
            share
        )
    for question, positive in SEED_004_SURVEY.items():
        assert value("exit_survey", "positive", question=question) == positive
        assert value("exit_survey", "answered", question=question) == 213


def test_the_aggregate_file_is_within_the_deviation(database: Database, tmp_path: Path) -> None:
    published: AggregateFile = build_aggregate(database, Period(), "Seed 004")
    training = published.value("activity_types", "participants", sex=ALL, activity="work_training")
    assert isinstance(training, int) and abs(training - 382) <= 2
    total = published.value("activities", "hours", sex=ALL, area=ALL)
    assert isinstance(total, int)
    for area, share in SEED_004_HOURS.items():
        hours = published.value("activities", "hours", sex=ALL, area=area)
        assert isinstance(hours, int)
        assert round(100 * hours / total) == share
    for question, positive in SEED_004_SURVEY.items():
        shown = published.value("exit_survey", "positive", question=question)
        assert isinstance(shown, int) and abs(shown - positive) <= 2
