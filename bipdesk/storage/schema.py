"""Schema versions: Alembic driven from code, without an ini file.

A new file gets the tables straight from the models and is stamped at head;
an older file is upgraded by the migrations in `migrations/versions/`. Both run
on a connection the caller opened, inside one transaction, so a failure leaves
the file as it was.
"""

from __future__ import annotations

from functools import lru_cache

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from bipdesk.storage.engine import set_foreign_keys
from bipdesk.storage.errors import DatabaseError
from bipdesk.storage.models import Base

SCRIPT_LOCATION = "bipdesk.storage:migrations"

APPLICATION_ID = 0x42495044
"""b"BIPD" in the SQLite header (PRAGMA application_id): marks a file as ours."""


def alembic_config(
    connection: Connection | None = None, script_location: str = SCRIPT_LOCATION
) -> Config:
    """An Alembic configuration; env.py runs on `connection` when one is given."""
    config = Config()
    config.set_main_option("script_location", script_location)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=4)
def _script(script_location: str) -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(script_location=script_location))


def head_revision(script_location: str = SCRIPT_LOCATION) -> str:
    """The newest schema version this program knows."""
    head = _script(script_location).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations found in {script_location}")
    return head


def known_revisions(script_location: str = SCRIPT_LOCATION) -> frozenset[str]:
    """Every schema version this program can open or upgrade."""
    return frozenset(s.revision for s in _script(script_location).walk_revisions())


def current_revision(connection: Connection) -> str | None:
    """The schema version recorded in the database, None when it has none."""
    return MigrationContext.configure(connection).get_current_revision()


def create_schema(connection: Connection, script_location: str = SCRIPT_LOCATION) -> None:
    """Create every table of a new file and stamp it at head (caller's transaction)."""
    if not connection.in_transaction():
        raise RuntimeError("create_schema must run inside the caller's transaction")
    Base.metadata.create_all(connection)
    connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    command.stamp(alembic_config(connection, script_location), "head")


def upgrade_schema(
    connection: Connection, script_location: str = SCRIPT_LOCATION, target: str = "head"
) -> None:
    """Run the migrations up to `target` on `connection` in one transaction.

    Foreign keys are off meanwhile, as SQLite's procedure for altering tables
    requires: a batch migration rebuilds a table (copy, DROP, rename), and with
    foreign keys on, dropping `participants` would cascade-delete every
    measurement. The keys are checked before the commit instead.
    """
    set_foreign_keys(connection, False)
    try:
        with connection.begin():
            command.upgrade(alembic_config(connection, script_location), target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError(
                    f"upgrading the database would leave {len(broken)} broken references "
                    f"(first in table {broken[0][0]}); nothing was changed"
                )
    finally:
        set_foreign_keys(connection, True)
