"""The migration chain on PostgreSQL: a team database is only ever made by it (DESIGN §11).

From nothing up to head, down to nothing and up again, the schema is what the
models say (columns, types, nullability, keys, uniques, checks, indexes); a
database at 0006 full of rows reaches head keeping every one of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from bipdesk.core.cards import CardLibrary
from bipdesk.storage import schema
from bipdesk.storage.models import Base
from bipdesk.storage.server_address import ServerAddress
from bipdesk.storage.team_database import open_team_database
from tests.postgres_server import PostgresServer
from tests.storage.conftest import today
from tests.storage.test_migration_0007 import make_version_0006_file
from tests.storage.test_migrations import shape

pytestmark = pytest.mark.postgresql

ALEMBIC = "alembic_version"


@pytest.fixture
def empty(postgres_url: str) -> Iterator[sa.Engine]:
    engine = sa.create_engine(postgres_url)
    yield engine
    engine.dispose()


@pytest.fixture
def modelled(postgres_server: PostgresServer) -> Iterator[sa.Engine]:
    """A database made straight from the models: what the chain must arrive at.
    (For comparison only: a team database is never made by create_all.)"""
    url = postgres_server.new_database("modelled")
    engine = sa.create_engine(url)
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()
    postgres_server.drop_database(url)


def _without_alembic(tables: dict[str, Any]) -> dict[str, Any]:
    """The schema of BIP Desk's tables (the migrated database also has Alembic's own)."""
    return {name: table for name, table in tables.items() if name != ALEMBIC}


def _alembic(engine: sa.Engine, action: str, target: str) -> None:
    with engine.connect() as connection, connection.begin():
        getattr(command, action)(schema.alembic_config(connection), target)


def test_up_down_and_up_again_gives_the_models_schema(
    empty: sa.Engine, modelled: sa.Engine
) -> None:
    head = schema.head_revision()
    wanted = _without_alembic(shape(modelled))
    assert "participants" in wanted and "unit_member" in wanted
    with empty.connect() as connection:
        schema.upgrade_schema(connection)
        assert schema.current_revision(connection) == head
    first = _without_alembic(shape(empty))
    assert first == wanted

    _alembic(empty, "downgrade", "base")
    with empty.connect() as connection:
        assert schema.current_revision(connection) is None
    assert set(sa.inspect(empty).get_table_names()) <= {ALEMBIC}

    with empty.connect() as connection:
        schema.upgrade_schema(connection)
        assert schema.current_revision(connection) == head
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        assert compare_metadata(context, Base.metadata) == []
    assert _without_alembic(shape(empty)) == first

    participants = first["participants"]
    assert participants["unique"] == [("uq_participants_code", ("code",))]
    assert ("record_key", "INTEGER", False, None) in participants["columns"]
    assert ("subsidised", "BOOLEAN", True, None) in participants["columns"]
    assert ("created_at", "TIMESTAMP", False, None) in participants["columns"]
    assert [name for name, _ in participants["checks"]] == [
        "ck_participants_employment",
        "ck_participants_exit_branch",
        "ck_participants_exit_reason",
        "ck_participants_record_key",
        "ck_participants_sex",
        "ck_participants_subsidised",
        "ck_participants_working_time",
    ]
    checks = dict(first["measurement_reviews"]["checks"])
    assert "false" in checks["ck_measurement_reviews_talked_through"]
    assert first["unit_member"]["unique"] == [("uq_unit_member_login_unit", ("login", "unit"))]
    assert first["measurements"]["foreign_keys"] == [
        (
            "fk_measurements_participant_id_participants",
            ("participant_id",),
            "participants",
            ("id",),
            "{'ondelete': 'CASCADE'}",
        )
    ]


def _typed(column: sa.Column[Any], value: Any) -> Any:
    """A value as SQLite keeps it (ISO text, 0/1), as PostgreSQL's column takes it."""
    if value is None:
        return None
    if isinstance(column.type, sa.DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, sa.Date):
        return date.fromisoformat(value)
    if isinstance(column.type, sa.Boolean):
        return bool(value)
    return value


def _copy_rows(source: Path, engine: sa.Engine) -> dict[str, int]:
    """Every row of the SQLite file into the same tables of the PostgreSQL database."""
    metadata = sa.MetaData()
    metadata.reflect(engine)
    raw = sqlite3.connect(source)
    counts: dict[str, int] = {}
    try:
        with engine.begin() as connection:
            for table in metadata.sorted_tables:
                if table.name == ALEMBIC:
                    continue
                names = [column.name for column in table.columns]
                found = raw.execute(f"SELECT {', '.join(names)} FROM {table.name}").fetchall()
                rows = [
                    {n: _typed(table.c[n], v) for n, v in zip(names, row, strict=True)}
                    for row in found
                ]
                if rows:
                    connection.execute(table.insert(), rows)
                counts[table.name] = len(rows)
                if "id" in table.c and isinstance(table.c["id"].type, sa.Integer) and rows:
                    # Plain inserts with ids leave the sequence behind: as a real copy would.
                    connection.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT max(id) FROM {table.name}))"
                    )
    finally:
        raw.close()
    return counts


def _add_what_0006_holds_besides(engine: sa.Engine) -> None:
    """A row in each table the laptop file left empty: activities, survey, edits
    and a coordinator's view, as BIP Desk at 0006 writes them."""
    with engine.begin() as connection:
        person, taken = connection.execute(
            sa.text("SELECT participant_id, id FROM measurements ORDER BY id LIMIT 1")
        ).one()
        statements = [
            "INSERT INTO activities (participant_id, activity, area, start_date, end_date, "
            "hours, place, branch, created_at, updated_at) VALUES (:p, 'internship', 'job', "
            "'2024-03-01', '2024-04-30', 7.5, 'Café Åkern', 'I', '2024-03-01', '2024-03-01')",
            "INSERT INTO survey_answers (participant_id, question_id, survey_id, "
            "survey_version, value) VALUES (:p, 'treated_with_respect', 'exit', 1, 4)",
            "INSERT INTO edits (participant_id, changed_at, editor, source, subject, field, "
            "old_value, new_value) VALUES (:p, '2024-05-01 10:00', 'kim', 'app', "
            "'participant', 'name', 'Eva', 'Eva Öst')",
            "INSERT INTO measurement_reviews (measurement_id, talked_through, updated_at) "
            "VALUES (:m, true, '2024-05-02')",
            "INSERT INTO coordinator_values (measurement_id, question_id, value, reason) "
            "VALUES (:m, 'health', 6, 'sover bättre')",
        ]
        for statement in statements:
            connection.execute(sa.text(statement), {"p": person, "m": taken})


def _rows(engine: sa.Engine, columns: dict[str, list[str]]) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {
            table: sorted(
                tuple(row)
                for row in connection.exec_driver_sql(f"SELECT {', '.join(names)} FROM {table}")
            )
            for table, names in columns.items()
        }


def _columns(engine: sa.Engine) -> dict[str, list[str]]:
    inspector = sa.inspect(engine)
    return {
        table: [c["name"] for c in inspector.get_columns(table)]
        for table in sorted(set(inspector.get_table_names()) - {ALEMBIC})
    }


def test_a_database_at_0006_reaches_head_keeping_every_row(
    postgres_server: PostgresServer,
    postgres_url: str,
    empty: sa.Engine,
    tmp_path: Path,
    cards: CardLibrary,
) -> None:
    laptop = tmp_path / "at-0006.db"
    make_version_0006_file(laptop)
    with empty.connect() as connection:
        schema.upgrade_schema(connection, target="0006")
        assert schema.current_revision(connection) == "0006"
    counts = _copy_rows(laptop, empty)
    assert counts["participants"] == 60 and counts["measurements"] == 120
    assert all(counts[table] > 0 for table in ("answers", "settings"))
    _add_what_0006_holds_besides(empty)
    old_columns = _columns(empty)
    before = _rows(empty, old_columns)
    assert all(before.values()), {table: len(rows) for table, rows in before.items()}

    with empty.connect() as connection:
        schema.upgrade_schema(connection)
        assert schema.current_revision(connection) == schema.head_revision()

    assert _rows(empty, old_columns) == before
    columns = _columns(empty)
    assert {table: columns[table][: len(old)] for table, old in old_columns.items()} == old_columns
    with empty.connect() as connection:
        versions = "SELECT DISTINCT version FROM {}"
        for table in ("participants", "measurements"):
            assert connection.exec_driver_sql(versions.format(table)).all() == [(1,)]
    empty.dispose()

    name = postgres_url.rsplit("/", 1)[-1]
    address = ServerAddress(
        postgres_server.superuser, postgres_server.host, name, postgres_server.port
    )
    with open_team_database(address, cards, today) as team, team.transaction() as repo:
        assert len(repo.participants()) == 60
        assert sum(len(found) for found in repo.all_measurements().values()) == 120
