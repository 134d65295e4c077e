"""Schema 0004 (issue 15): activities, the exit form and the exit survey.

A file as schema 0003 left it, full of participants, record keys, measurements,
answers, drafts and settings, is upgraded: every row keeps every value, the
exit form starts empty, the new tables work and hold their checks, and
`bipdesk check` passes on the upgraded file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bipdesk.core.activities import Activity, ActivityType
from bipdesk.core.cards import Area, CardLibrary
from bipdesk.core.exits import Employment, WorkingTime
from bipdesk.core.surveys import SurveyResponse
from bipdesk.storage import open_database, schema
from bipdesk.storage.engine import create_database_engine
from tests.storage.conftest import today
from tests.storage.test_migrations import columns_of, make_version_0002_file, rows_of

EXIT_COLUMNS = ["employment", "working_time", "subsidised", "exit_branch"]


def make_version_0003_file(path: Path, people: int = 120) -> None:
    """A file exactly as schema 0003 left it, with the rows of the 0002 file."""
    make_version_0002_file(path, people)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0003")
        assert schema.current_revision(connection) == "0003"
    engine.dispose()


def test_a_file_at_0003_is_upgraded_and_keeps_every_row(
    tmp_path: Path, cards: CardLibrary, capsys: pytest.CaptureFixture[str]
) -> None:
    from bipdesk.cli.main import main

    path = tmp_path / "at-0003.db"
    make_version_0003_file(path)
    old_columns = columns_of(path)
    assert "activities" not in old_columns and "survey_answers" not in old_columns
    before = rows_of(path, old_columns)
    assert len(before["participants"]) == 120 and len(before["measurements"]) == 240
    assert len(before["answers"]) == 720 and len(before["drafts"]) == 1

    assert main(["--db", str(path), "check"]) == 0
    line = capsys.readouterr().out.strip()
    assert f"sound BIP Desk database, schema 0003 (upgraded to {schema.head_revision()}" in line
    assert "120 participants, 240 measurements" in line

    with open_database(path, cards, today) as db:
        assert db.schema_revision == schema.head_revision()
        with db.transaction(write=False) as repo:
            old = repo.participant("P0001")
            assert old is not None and old.end_date == date(2024, 12, 31)
            assert old.exit_form.is_empty
            assert repo.activities("P0001") == [] and repo.survey_response("P0001") is None
            assert repo.measurement_counts() == {f"P{n:04d}": 2 for n in range(1, 121)}
            draft = repo.draft("P0001")
            assert draft is not None and draft.answers == {"health": 4}
            assert repo.participant_settings("P0001") == {"chart": "first"}
    # Every value of every row as it was.
    assert rows_of(path, old_columns) == before

    # The new parts work on the upgraded file.
    with open_database(path, cards, today) as db, db.transaction() as repo:
        old = repo.participant("P0001")
        assert old is not None
        repo.update_participant(
            replace(
                old,
                employment=Employment.PERMANENT,
                working_time=WorkingTime.FULL_TIME,
                subsidised=False,
                exit_branch="G",
            )
        )
        repo.add_activity(
            Activity("P0001", ActivityType.INTERNSHIP, Area.JOB, date(2024, 3, 1), hours=80)
        )
        repo.save_survey_response("P0001", SurveyResponse("nns-exit", 1, {"useful": 4}))

    columns = columns_of(path)
    # 0004's columns follow the old ones (later revisions may add more after them).
    expected = [*old_columns["participants"], *EXIT_COLUMNS]
    assert columns["participants"][: len(expected)] == expected
    raw = sqlite3.connect(path)
    try:
        assert raw.execute(
            "SELECT employment, working_time, subsidised, exit_branch FROM participants "
            "WHERE code = 'P0001'"
        ).fetchone() == ("permanent", "full_time", 0, "G")
        assert raw.execute(
            "SELECT count(*) FROM participants WHERE employment IS NOT NULL "
            "OR working_time IS NOT NULL OR subsidised IS NOT NULL OR exit_branch IS NOT NULL"
        ).fetchone() == (1,)
        assert raw.execute("SELECT activity, area, hours FROM activities").fetchall() == [
            ("internship", "job", 80.0)
        ]
        # The checks of a new file hold in the upgraded one.
        raw.execute("PRAGMA foreign_keys=ON")
        for statement in (
            "UPDATE participants SET employment = 'forever' WHERE id = 2",
            "UPDATE participants SET working_time = 'sometimes' WHERE id = 2",
            "UPDATE participants SET subsidised = 2 WHERE id = 2",
            "UPDATE participants SET exit_branch = 'Z' WHERE id = 2",
            "UPDATE activities SET hours = -1",
            "UPDATE activities SET area = 'fun'",
            "UPDATE activities SET activity = 'sleeping'",
            "UPDATE activities SET branch = 'X'",
            "UPDATE activities SET end_date = '2024-02-01'",
            "UPDATE survey_answers SET value = 5",
            "UPDATE survey_answers SET value = 0",
            "INSERT INTO survey_answers VALUES (9999, 'useful', 'nns-exit', 1, 3)",
        ):
            with pytest.raises(sqlite3.IntegrityError), raw:
                raw.execute(statement)
    finally:
        raw.close()

    assert main(["--db", str(path), "check"]) == 0
    line = capsys.readouterr().out.strip()
    head = schema.head_revision()
    assert f"sound BIP Desk database, schema {head}, 120 participants, 240 measurements" in line
    assert "upgraded" not in line


def test_the_record_keys_stay_through_the_rebuild(tmp_path: Path, cards: CardLibrary) -> None:
    path = tmp_path / "keys.db"
    make_version_0003_file(path, people=50)
    raw = sqlite3.connect(path)
    keys = dict(raw.execute("SELECT code, record_key FROM participants"))
    raw.close()
    with open_database(path, cards, today) as db, db.transaction(write=False) as repo:
        assert repo.record_keys() == keys


def test_the_activities_migration_goes_back_down(tmp_path: Path) -> None:
    from alembic import command

    from bipdesk.storage.engine import set_foreign_keys

    path = tmp_path / "down.db"
    make_version_0003_file(path, people=20)
    old_columns = columns_of(path)
    before = rows_of(path, old_columns)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0004")
        set_foreign_keys(connection, False)
        with connection.begin():
            command.downgrade(schema.alembic_config(connection), "0003")
        set_foreign_keys(connection, True)
        assert schema.current_revision(connection) == "0003"
    engine.dispose()
    assert columns_of(path) == old_columns
    assert rows_of(path, old_columns) == before
