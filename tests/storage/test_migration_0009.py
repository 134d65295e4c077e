"""Schema 0009 (issue 21): the keys of the logins' laptop outboxes, kept on the server.

A laptop file at 0008 is upgraded keeping every row and column; it gains the
table, empty (a laptop file has no outbox), and loses it again going down.
On PostgreSQL the table's row-level security is tested in test_outbox.py.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command

from bipdesk.core.cards import CardLibrary
from bipdesk.storage import open_database, schema
from bipdesk.storage.engine import create_database_engine, set_foreign_keys
from tests.storage.conftest import today
from tests.storage.test_migration_0007 import make_version_0006_file
from tests.storage.test_migrations import columns_of, rows_of


def make_version_0008_file(path: Path) -> None:
    make_version_0006_file(path, people=30)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0008")
    engine.dispose()


def test_a_file_at_0008_is_upgraded_and_keeps_every_row(
    tmp_path: Path, cards: CardLibrary
) -> None:
    path = tmp_path / "at-0008.db"
    make_version_0008_file(path)
    columns = columns_of(path)
    before = rows_of(path, columns)
    assert "outbox_keys" not in columns and len(before["participants"]) == 30
    with open_database(path, cards, today) as db:
        assert db.schema_revision == schema.head_revision()
    after = columns_of(path)
    assert after.pop("outbox_keys") == ["login", "key", "created_at"]
    assert after == columns
    assert rows_of(path, columns) == before
    assert rows_of(path, {"outbox_keys": ["login"]}) == {"outbox_keys": []}

    engine = create_database_engine(path)
    with engine.connect() as connection:
        set_foreign_keys(connection, False)
        with connection.begin():
            command.downgrade(schema.alembic_config(connection), "0008")
        set_foreign_keys(connection, True)
    engine.dispose()
    assert columns_of(path) == columns
    assert rows_of(path, columns) == before
