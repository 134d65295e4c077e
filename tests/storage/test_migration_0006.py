"""Schema 0006 (issue 16): the coordinator's view of a measurement.

A file as schema 0005 left it, full of participants, record keys, measurements,
answers, drafts, activities and settings, is upgraded: every row keeps every
value, no existing table changes, the two new tables start empty, work, hold
their checks and go with their measurement.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bipdesk.core.cards import CardLibrary
from bipdesk.core.coordinator_view import CoordinatorValue, CoordinatorView
from bipdesk.storage import open_database, schema
from bipdesk.storage.engine import create_database_engine
from tests.storage.conftest import today
from tests.storage.test_migration_0004 import make_version_0003_file
from tests.storage.test_migrations import columns_of, rows_of


def make_version_0005_file(path: Path, people: int = 120) -> None:
    """A file exactly as schema 0005 left it, with the rows of the 0003 file."""
    make_version_0003_file(path, people)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0005")
        assert schema.current_revision(connection) == "0005"
    engine.dispose()


def test_a_file_at_0005_is_upgraded_and_keeps_every_row(
    tmp_path: Path, cards: CardLibrary, capsys: pytest.CaptureFixture[str]
) -> None:
    from bipdesk.cli.main import main

    path = tmp_path / "at-0005.db"
    make_version_0005_file(path)
    old_columns = columns_of(path)
    assert "measurement_reviews" not in old_columns and "coordinator_values" not in old_columns
    before = rows_of(path, old_columns)
    assert len(before["participants"]) == 120 and len(before["measurements"]) == 240
    assert len(before["answers"]) == 720 and len(before["drafts"]) == 1

    with open_database(path, cards, today) as db:
        assert db.schema_revision == schema.head_revision()
        with db.transaction(write=False) as repo:
            assert repo.measurement_counts() == {f"P{n:04d}": 2 for n in range(1, 121)}
            (first, _second) = repo.measurements("P0001")
            assert first.id is not None
            assert repo.coordinator_view(first.id) == CoordinatorView()
            assert repo.coordinator_views("P0001") == {}
    # Every value of every row as it was, and the old tables keep their columns.
    assert rows_of(path, old_columns) == before
    columns = columns_of(path)
    # (later revisions may add columns after them: 0007's version)
    assert {table: columns[table][: len(old)] for table, old in old_columns.items()} == old_columns
    assert columns["measurement_reviews"] == ["measurement_id", "talked_through", "updated_at"]
    assert columns["coordinator_values"] == ["measurement_id", "question_id", "value", "reason"]

    # The new tables work on the upgraded file.
    view = CoordinatorView(True, {"health": CoordinatorValue(7, "Tränar tre gånger i veckan")})
    with open_database(path, cards, today) as db, db.transaction() as repo:
        (first, _second) = repo.measurements("P0001")
        assert first.id is not None
        repo.save_coordinator_view(first.id, view)
    with open_database(path, cards, today) as db, db.transaction(write=False) as repo:
        (first, _second) = repo.measurements("P0001")
        assert first.id is not None
        assert repo.coordinator_view(first.id) == view
        (traced,) = [edit for edit in repo.history("P0001") if edit.field == "coordinator.health"]
        assert traced.new == "7 — Tränar tre gånger i veckan"
    # Saving the view touched no old row; it added its trace to the edit history.
    after = rows_of(path, old_columns)
    assert {t: rows for t, rows in after.items() if t != "edits"} == {
        t: rows for t, rows in before.items() if t != "edits"
    }
    assert after["edits"][: len(before["edits"])] == before["edits"]

    raw = sqlite3.connect(path)
    try:
        raw.execute("PRAGMA foreign_keys=ON")
        assert raw.execute(
            "SELECT question_id, value, reason FROM coordinator_values"
        ).fetchall() == [("health", 7, "Tränar tre gånger i veckan")]
        # The checks of a new file hold in the upgraded one.
        for statement in (
            "UPDATE measurement_reviews SET talked_through = 2",
            "UPDATE coordinator_values SET reason = ''",
            f"UPDATE coordinator_values SET reason = '{'x' * 201}'",
            "INSERT INTO coordinator_values VALUES (99999, 'health', 3, 'ingen mätning')",
            "INSERT INTO measurement_reviews VALUES (99999, 1, '2025-01-01 00:00:00')",
        ):
            with pytest.raises(sqlite3.IntegrityError), raw:
                raw.execute(statement)
        # They go with their measurement.
        with raw:
            raw.execute(
                "DELETE FROM measurements WHERE id = (SELECT measurement_id FROM coordinator_values)"
            )
        assert raw.execute("SELECT count(*) FROM coordinator_values").fetchone() == (0,)
        assert raw.execute("SELECT count(*) FROM measurement_reviews").fetchone() == (0,)
    finally:
        raw.close()

    assert main(["--db", str(path), "check"]) == 0
    line = capsys.readouterr().out.strip()
    head = schema.head_revision()
    assert f"sound BIP Desk database, schema {head}, 120 participants, 239 measurements" in line


def test_the_coordinator_view_migration_goes_back_down(tmp_path: Path) -> None:
    from alembic import command

    from bipdesk.storage.engine import set_foreign_keys

    path = tmp_path / "down.db"
    make_version_0005_file(path, people=20)
    old_columns = columns_of(path)
    before = rows_of(path, old_columns)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0006")
        set_foreign_keys(connection, False)
        with connection.begin():
            command.downgrade(schema.alembic_config(connection), "0005")
        set_foreign_keys(connection, True)
        assert schema.current_revision(connection) == "0005"
    engine.dispose()
    assert columns_of(path) == old_columns
    assert rows_of(path, old_columns) == before
