"""The coordinator's view in the database: kept beside the measurement, validated
whole, replaced whole, and gone with the measurement or the participant; the
measurement itself, its progression and the due dates never see it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bipdesk.core.coordinator_view import CoordinatorValue, CoordinatorView
from bipdesk.core.progression import progression
from bipdesk.core.validation import ValidationError
from bipdesk.storage import Database
from bipdesk.storage.errors import NotFoundError
from bipdesk.storage.privacy import erase_participants
from tests.storage.conftest import measurement, participant

VIEW = CoordinatorView(
    True,
    {
        "manage_a_job": CoordinatorValue(4, "  Har inte provat ett arbete än  "),
        "health": CoordinatorValue(3, "Sover dåligt enligt läkarintyget"),
    },
)


def _two_measurements(db: Database, code: str = "P001") -> tuple[int, int]:
    with db.transaction() as repo:
        repo.add_participant(participant(code))
        first = repo.add_measurement(measurement(code))
        latest = repo.add_measurement(
            measurement(code, date(2024, 5, 2), answers={"manage_a_job": 6, "health": 5})
        )
    assert first.id is not None and latest.id is not None
    return first.id, latest.id


def test_a_view_is_kept_with_its_reasons_trimmed_and_read_back(db: Database) -> None:
    _first, latest = _two_measurements(db)
    with db.transaction() as repo:
        stored = repo.save_coordinator_view(latest, VIEW)
    assert stored.values["manage_a_job"].reason == "Har inte provat ett arbete än"
    with db.transaction(write=False) as repo:
        assert repo.coordinator_view(latest) == stored
        assert repo.coordinator_views("P001") == {latest: stored}
        assert repo.coordinator_views("NOBODY") == {}


def test_talked_through_alone_is_a_view_and_an_empty_view_removes_it(db: Database) -> None:
    first, latest = _two_measurements(db)
    with db.transaction() as repo:
        repo.save_coordinator_view(first, CoordinatorView(talked_through=True))
        repo.save_coordinator_view(latest, VIEW)
    with db.transaction() as repo:
        assert repo.coordinator_view(first) == CoordinatorView(True)
        repo.save_coordinator_view(latest, CoordinatorView())
    with db.transaction(write=False) as repo:
        assert repo.coordinator_view(latest).is_empty
        assert list(repo.coordinator_views("P001")) == [first]
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM coordinator_values").scalar() == 0


def test_saving_the_same_view_again_writes_nothing(db: Database) -> None:
    _first, latest = _two_measurements(db)
    with db.transaction() as repo:
        repo.save_coordinator_view(latest, VIEW)
    query = "SELECT updated_at FROM measurement_reviews"
    with db.engine.connect() as connection:
        before = connection.exec_driver_sql(query).scalar()
    with db.transaction() as repo:
        repo.save_coordinator_view(latest, VIEW)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql(query).scalar() == before


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"health": CoordinatorValue(11, "för högt")}, "coordinator_value_out_of_scale"),
        ({"health": CoordinatorValue(0, "för lågt")}, "coordinator_value_out_of_scale"),
        ({"health": CoordinatorValue(True, "ett sanningsvärde")}, "coordinator_value_out_of_scale"),  # type: ignore[arg-type]
        ({"health": CoordinatorValue(5, "   ")}, "coordinator_reason_missing"),
        ({"health": CoordinatorValue(5, "x" * 201)}, "coordinator_reason_too_long"),
        ({"shoe_size": CoordinatorValue(5, "finns inte")}, "coordinator_question_unknown"),
    ],
)
def test_a_bad_view_is_refused_whole(
    db: Database, values: dict[str, CoordinatorValue], code: str
) -> None:
    _first, latest = _two_measurements(db)
    good = {"cooperation": CoordinatorValue(6, "Samarbetar bra i gruppen")}
    with pytest.raises(ValidationError) as raised, db.transaction() as repo:
        repo.save_coordinator_view(latest, CoordinatorView(True, {**good, **values}))
    assert [p.code for p in raised.value.problems] == [code]
    with db.transaction(write=False) as repo:
        assert repo.coordinator_view(latest).is_empty


def test_a_reason_of_exactly_200_characters_is_kept(db: Database) -> None:
    _first, latest = _two_measurements(db)
    view = CoordinatorView(False, {"health": CoordinatorValue(5, "å" * 200)})
    with db.transaction() as repo:
        repo.save_coordinator_view(latest, view)
    with db.transaction(write=False) as repo:
        assert repo.coordinator_view(latest) == view


def test_a_view_of_a_measurement_that_is_gone_is_refused(db: Database) -> None:
    with pytest.raises(NotFoundError), db.transaction() as repo:
        repo.save_coordinator_view(12345, VIEW)


def test_the_view_goes_with_its_measurement_and_stays_through_an_edit(db: Database) -> None:
    first, latest = _two_measurements(db)
    with db.transaction() as repo:
        repo.save_coordinator_view(first, VIEW)
        repo.save_coordinator_view(latest, VIEW)
        edited = repo.measurement(latest)
        assert edited is not None
        repo.update_measurement(replace(edited, answers={"manage_a_job": 4, "health": 5}))
    with db.transaction() as repo:
        assert repo.coordinator_view(latest) == repo.coordinator_view(first) != CoordinatorView()
        repo.delete_measurement(first)
    with db.transaction(write=False) as repo:
        assert list(repo.coordinator_views("P001")) == [latest]
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT DISTINCT measurement_id FROM coordinator_values")
        assert [row[0] for row in rows] == [latest]


def test_erasing_the_participant_erases_their_views_and_no_one_elses(db: Database) -> None:
    _first, latest = _two_measurements(db)
    _other_first, other_latest = _two_measurements(db, "P002")
    with db.transaction() as repo:
        repo.save_coordinator_view(latest, VIEW)
        repo.save_coordinator_view(other_latest, VIEW)
    erase_participants(db, ["P001"])
    with db.engine.connect() as connection:
        for table in ("coordinator_values", "measurement_reviews"):
            rows = connection.exec_driver_sql(f"SELECT DISTINCT measurement_id FROM {table}")
            assert [row[0] for row in rows] == [other_latest]


def test_the_measurement_and_its_progression_ignore_the_view(db: Database) -> None:
    _first, latest = _two_measurements(db)
    with db.transaction(write=False) as repo:
        before = repo.measurements("P001")
        facts_before = list(repo.iter_aggregation_facts("bip-standard"))
        due_before = repo.latest_measurement_dates()
    with db.transaction() as repo:
        repo.save_coordinator_view(latest, VIEW)
    with db.transaction(write=False) as repo:
        after = repo.measurements("P001")
        assert after == before
        assert list(repo.iter_aggregation_facts("bip-standard")) == facts_before
        assert repo.latest_measurement_dates() == due_before
    assert progression(after, "bip-standard") == progression(before, "bip-standard")
