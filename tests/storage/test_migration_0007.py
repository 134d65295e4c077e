"""Schema 0007 (issue 21): units, their members and a version on participants and measurements.

A laptop file as schema 0006 left it, full of participants, measurements,
answers, drafts, activities, coordinator views and settings, is upgraded:
every row keeps every value, every participant and measurement starts at
version 1, the two new tables start empty and hold their checks.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from bipdesk.core.cards import CardLibrary
from bipdesk.storage import open_database, schema
from bipdesk.storage.engine import create_database_engine, set_foreign_keys
from tests.storage.conftest import today
from tests.storage.test_migration_0006 import make_version_0005_file
from tests.storage.test_migrations import columns_of, rows_of


def make_version_0006_file(path: Path, people: int = 60) -> None:
    """A file exactly as schema 0006 left it, with the rows of the 0005 file."""
    make_version_0005_file(path, people)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0006")
        assert schema.current_revision(connection) == "0006"
    engine.dispose()


def test_a_file_at_0006_is_upgraded_and_keeps_every_row(tmp_path: Path, cards: CardLibrary) -> None:
    path = tmp_path / "at-0006.db"
    make_version_0006_file(path)
    old_columns = columns_of(path)
    assert "units" not in old_columns and "unit_member" not in old_columns
    before = rows_of(path, old_columns)
    assert len(before["participants"]) == 60 and len(before["measurements"]) == 120

    with open_database(path, cards, today) as db:
        assert db.schema_revision == schema.head_revision()
        with db.transaction(write=False) as repo:
            assert len(repo.participants()) == 60

    assert rows_of(path, old_columns) == before
    columns = columns_of(path)
    assert {table: columns[table][: len(old)] for table, old in old_columns.items()} == old_columns
    assert columns["participants"][len(old_columns["participants"]) :] == ["version"]
    assert columns["measurements"][len(old_columns["measurements"]) :] == ["version"]
    assert columns["units"] == ["name", "created_at"]
    assert columns["unit_member"] == ["id", "login", "unit", "role"]

    raw = sqlite3.connect(path)
    try:
        assert raw.execute("SELECT DISTINCT version FROM participants").fetchall() == [(1,)]
        assert raw.execute("SELECT DISTINCT version FROM measurements").fetchall() == [(1,)]
        assert raw.execute("SELECT count(*) FROM units").fetchone() == (0,)
        raw.execute("PRAGMA foreign_keys=ON")
        with raw:
            raw.execute("INSERT INTO units VALUES ('Norr', '2026-12-05 08:00:00')")
            raw.execute(
                "INSERT INTO unit_member (login, unit, role) VALUES ('anna', 'Norr', 'lead')"
            )
            raw.execute("INSERT INTO unit_member (login, unit, role) VALUES ('it', NULL, 'admin')")
        for statement in (
            "INSERT INTO unit_member (login, unit, role) VALUES ('bo', 'Norr', 'boss')",
            "INSERT INTO unit_member (login, unit, role) VALUES ('bo', NULL, 'coordinator')",
            "INSERT INTO unit_member (login, unit, role) VALUES ('bo', 'Norr', 'admin')",
            "INSERT INTO unit_member (login, unit, role) VALUES ('bo', 'Söder', 'lead')",
            "INSERT INTO unit_member (login, unit, role) VALUES ('anna', 'Norr', 'coordinator')",
            "INSERT INTO units VALUES ('', '2026-12-05 08:00:00')",
        ):
            with pytest.raises(sqlite3.IntegrityError), raw:
                raw.execute(statement)
        with raw:  # a unit goes with its members
            raw.execute("DELETE FROM units WHERE name = 'Norr'")
        assert raw.execute("SELECT login FROM unit_member").fetchall() == [("it",)]
    finally:
        raw.close()


def test_0007_downgrades_to_0006_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "down.db"
    make_version_0006_file(path, people=20)
    old_columns = columns_of(path)
    before = rows_of(path, old_columns)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0007")
        set_foreign_keys(connection, False)  # SQLite's batch rebuild, as upgrade_schema does
        with connection.begin():
            command.downgrade(schema.alembic_config(connection), "0006")
        set_foreign_keys(connection, True)
        assert schema.current_revision(connection) == "0006"
    engine.dispose()
    assert columns_of(path) == old_columns
    assert rows_of(path, old_columns) == before
