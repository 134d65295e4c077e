"""Schema 0008 (issue 21): row-level security on a team database; nothing on a laptop file.

A laptop file at 0007 is upgraded with every row kept and no other change. A
team database at 0007 full of rows is upgraded by `team init`: every row
kept, every table that holds personal data (and the team's two tables) with
row-level security enabled and forced; downgrading removes the policies,
functions and trigger it made, rows kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bipdesk.core.cards import CardLibrary
from bipdesk.storage import schema
from bipdesk.storage.engine import create_database_engine
from bipdesk.storage.team_access import owner_engine, team_init
from tests.postgres_server import PostgresServer
from tests.storage.test_migration_0007 import make_version_0006_file
from tests.storage.test_migrations import columns_of, rows_of
from tests.storage.test_team_access import PERSONAL
from tests.team_support import drop_team, init_team, make_team, seed

PROTECTED = {*PERSONAL, "units", "unit_member"}


def test_a_laptop_file_at_0007_is_upgraded_and_keeps_every_row(
    tmp_path: Path, cards: CardLibrary
) -> None:
    path = tmp_path / "at-0007.db"
    make_version_0006_file(path, people=30)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0007")
    engine.dispose()
    columns = columns_of(path)
    before = rows_of(path, columns)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0008")
        assert schema.current_revision(connection) == "0008"
    engine.dispose()
    assert columns_of(path) == columns
    assert rows_of(path, columns) == before


def _all_rows(connection) -> dict[str, list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    return {
        table: sorted(
            (tuple(row) for row in connection.execute(text(f"SELECT * FROM {table}"))), key=repr
        )
        for table in sorted(PROTECTED)
    }


def _security(connection) -> dict[str, tuple[bool, bool]]:  # type: ignore[no-untyped-def]
    rows = connection.execute(
        text(
            "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
            "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
        )
    )
    return {name: (enabled, forced) for name, enabled, forced in rows}


@pytest.mark.postgresql
def test_team_init_upgrades_a_team_database_at_0007_and_keeps_every_row(
    postgres_server: PostgresServer,
) -> None:
    team = make_team(postgres_server, "at_0007", init=False)
    try:
        engine = owner_engine(team.address(team.owner))
        with engine.connect() as connection:
            schema.upgrade_schema(connection, target="0007")
        engine.dispose()
        seed(team)
        with team.connected(team.owner) as sql:
            before = _all_rows(sql)
            assert {table: (False, False) for table in PROTECTED} == {
                table: _security(sql)[table] for table in PROTECTED
            }
        init_team(team)  # the upgrade, as the owner; and the members
        with team.connected(team.owner) as sql:
            assert schema.current_revision(sql) == schema.head_revision()
            after = _all_rows(sql)
            security = _security(sql)
        team_tables = ("units", "unit_member")  # init_team adds the units and members
        assert {t: rows for t, rows in after.items() if t not in team_tables} == {
            t: rows for t, rows in before.items() if t not in team_tables
        }
        assert all(security[table] == (True, True) for table in PROTECTED)
        assert security["outbox_keys"] == (True, True)  # 0009: each login's own key
        assert security["alembic_version"] == (False, False)

        # Once more: nothing to do, nothing changes.
        engine = owner_engine(team.address(team.owner))
        report = team_init(engine, team.database)
        engine.dispose()
        head = schema.head_revision()
        assert (report.revision_before, report.revision_after, report.roles_created) == (
            head,
            head,
            (),
        )

        from alembic import command

        engine = owner_engine(team.address(team.owner))
        with engine.connect() as connection, connection.begin():
            command.downgrade(schema.alembic_config(connection), "0007")
        engine.dispose()
        with team.connected(team.owner) as sql:
            assert schema.current_revision(sql) == "0007"
            assert all(_security(sql)[table] == (False, False) for table in PROTECTED)
            left = sql.execute(
                text(
                    "SELECT (SELECT count(*) FROM pg_policy) + (SELECT count(*) FROM pg_proc "
                    "WHERE proname LIKE 'bipdesk%') + (SELECT count(*) FROM pg_trigger "
                    "WHERE tgname = 'participants_unit_guard')"
                )
            ).scalar_one()
            assert left == 0
            assert _all_rows(sql) == after
    finally:
        drop_team(team)
