"""Schema 0005 (issue 16): the edit history.

A file as schema 0004 left it — participants with the exit form, record keys,
measurements, answers, drafts, settings, activities and exit survey answers —
is upgraded: every row keeps every value, the new `edits` table starts empty
(nothing recorded before has a history), the history is recorded from then on
with its checks and cascade, and `bipdesk check` passes on the upgraded file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from bipdesk.core.cards import CardLibrary
from bipdesk.core.history import describe
from bipdesk.storage import open_database, schema
from bipdesk.storage.engine import create_database_engine
from tests.storage.conftest import today
from tests.storage.test_migration_0004 import make_version_0003_file
from tests.storage.test_migrations import columns_of, rows_of


def make_version_0004_file(path: Path, people: int = 120) -> None:
    """A file exactly as schema 0004 left it: the rows of the 0003 file, plus an exit
    form, activities and exit survey answers written as BIP Desk at 0004 wrote them."""
    make_version_0003_file(path, people)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0004")
        assert schema.current_revision(connection) == "0004"
    engine.dispose()
    stamp = "2024-03-01 09:30:00.000000"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "UPDATE participants SET employment = 'permanent', working_time = 'part_time', "
            "subsidised = 1, exit_branch = 'Q' WHERE code = 'P0001'"
        )
        connection.executemany(
            "INSERT INTO activities (participant_id, activity, area, start_date, end_date, "
            "hours, place, branch, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (n, "internship", "job", "2024-02-01", None, 40.5, f"Plats {n}", "G", stamp, stamp)
                for n in range(1, people + 1, 3)
            ],
        )
        connection.executemany(
            "INSERT INTO survey_answers VALUES (?, ?, 'nns-exit', 1, ?)",
            [(n, "useful", 1 + n % 4) for n in range(1, people + 1, 2)],
        )
    connection.close()


def test_a_file_at_0004_is_upgraded_and_keeps_every_row(
    tmp_path: Path, cards: CardLibrary, capsys: pytest.CaptureFixture[str]
) -> None:
    from bipdesk.cli.main import main

    path = tmp_path / "at-0004.db"
    make_version_0004_file(path)
    old_columns = columns_of(path)
    assert "edits" not in old_columns
    before = rows_of(path, old_columns)
    assert len(before["participants"]) == 120 and len(before["measurements"]) == 240
    assert len(before["activities"]) == 40 and len(before["survey_answers"]) == 60

    assert main(["--db", str(path), "check"]) == 0
    line = capsys.readouterr().out.strip()
    assert f"schema 0004 (upgraded to {schema.head_revision()} when next opened)" in line

    with open_database(path, cards, today) as db:
        assert db.schema_revision == schema.head_revision()
        with db.transaction(write=False) as repo:
            assert repo.history("P0001") == []  # nothing recorded before has a history
            assert repo.measurement_counts() == {f"P{n:04d}": 2 for n in range(1, 121)}
            assert len(repo.activities("P0001")) == 1
            old = repo.participant("P0001")
            assert old is not None and old.exit_branch == "Q"
    # Every value of every row as it was.
    assert rows_of(path, old_columns) == before

    # The history is recorded on the upgraded file.
    with open_database(path, cards, today) as db, db.transaction() as repo:
        (first, _) = repo.measurements("P0002")
        repo.update_measurement(replace(first, answers={**first.answers, "health": 9}))
        repo.delete_measurement(repo.measurements("P0003")[0].id or 0)
    with open_database(path, cards, today) as db, db.transaction(write=False) as repo:
        changed = [describe(edit) for edit in repo.history("P0002")]
        removed = [describe(edit) for edit in repo.history("P0003")]
    assert len(changed) == 1 and changed[0].startswith("P0002 2024-") and "health" in changed[0]
    assert len(removed) == 1 and "measurement removed" in removed[0]

    raw = sqlite3.connect(path)
    try:
        assert [row[1] for row in raw.execute("PRAGMA index_list(edits)")] == [
            "ix_edits_participant_id"
        ]
        raw.execute("PRAGMA foreign_keys=ON")
        for statement in (
            "UPDATE edits SET subject = 'weather'",
            "INSERT INTO edits (participant_id, changed_at, editor, source, subject, field) "
            "VALUES (9999, '2026-01-01 00:00:00', 'x', 'app', 'participant', 'added')",
        ):
            with pytest.raises(sqlite3.IntegrityError), raw:
                raw.execute(statement)
        # The history goes with its participant.
        with raw:
            raw.execute("DELETE FROM participants WHERE code = 'P0002'")
        assert raw.execute("SELECT count(*) FROM edits").fetchone() == (1,)
    finally:
        raw.close()

    assert main(["--db", str(path), "check"]) == 0
    line = capsys.readouterr().out.strip()
    assert f"sound BIP Desk database, schema {schema.head_revision()}, 119 participants" in line


def test_the_history_migration_goes_back_down(tmp_path: Path) -> None:
    from alembic import command

    from bipdesk.storage.engine import set_foreign_keys

    path = tmp_path / "down.db"
    make_version_0004_file(path, people=20)
    old_columns = columns_of(path)
    before = rows_of(path, old_columns)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0005")
        assert "edits" in columns_of(path)
        set_foreign_keys(connection, False)
        with connection.begin():
            command.downgrade(schema.alembic_config(connection), "0004")
        set_foreign_keys(connection, True)
        assert schema.current_revision(connection) == "0004"
    engine.dispose()
    assert columns_of(path) == old_columns
    assert rows_of(path, old_columns) == before
