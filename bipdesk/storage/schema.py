"""Schema versions: Alembic driven from code, without an ini file.

A new file gets the tables straight from the models and is stamped at head;
an older file is upgraded by the migrations in `migrations/versions/`. Both run
on a connection the caller opened, inside one transaction, so a failure leaves
the file as it was.

Alembic is imported only when a file is created or upgraded: opening a file
that is already at head (every start of the app but the first after an
update) reads the revision ids straight from the migration files, which
spares the app a third of a second before its window is painted.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from bipdesk.messages import QT_TRANSLATE_NOOP, Number
from bipdesk.storage.engine import set_foreign_keys
from bipdesk.storage.errors import DatabaseError
from bipdesk.storage.models import Base

SCRIPT_LOCATION = "bipdesk.storage:migrations"

APPLICATION_ID = 0x42495044
"""b"BIPD" in the SQLite header (PRAGMA application_id): marks a file as ours."""


if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


def alembic_config(
    connection: Connection | None = None, script_location: str = SCRIPT_LOCATION
) -> Config:
    """An Alembic configuration; env.py runs on `connection` when one is given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", script_location)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=4)
def _script(script_location: str) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(script_location=script_location))


def versions_folder(script_location: str = SCRIPT_LOCATION) -> Path:
    """The folder of migration files: `package:path` as Alembic reads it, or a plain path."""
    if ":" in script_location and not Path(script_location).is_absolute():
        package, _, inside = script_location.partition(":")
        return Path(str(resources.files(package).joinpath(inside))) / "versions"
    return Path(script_location) / "versions"


@lru_cache(maxsize=4)
def revision_graph(script_location: str = SCRIPT_LOCATION) -> dict[str, tuple[str, ...]]:
    """Each revision with the revisions it follows, read from the migration files.

    Alembic's own reading imports every migration module (and Alembic); the
    module-level `revision` and `down_revision` literals are all this needs.
    """
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(versions_folder(script_location).glob("*.py")):
        found: dict[str, object] = {}
        for node in ast.parse(path.read_bytes(), str(path)).body:
            target: ast.expr | None = None
            if isinstance(node, ast.AnnAssign):
                target = node.target
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            value = getattr(node, "value", None)
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                found[target.id] = ast.literal_eval(value) if value is not None else None
        revision, down = found.get("revision"), found.get("down_revision")
        if not isinstance(revision, str):  # Alembic refuses such a folder too
            raise RuntimeError(f"{path}: a migration file without a revision id")
        parents = (down,) if isinstance(down, str) else tuple(down or ())  # type: ignore[arg-type]
        graph[revision] = tuple(str(parent) for parent in parents)
    return graph


def head_revision(script_location: str = SCRIPT_LOCATION) -> str:
    """The newest schema version this program knows."""
    graph = revision_graph(script_location)
    followed = {parent for parents in graph.values() for parent in parents}
    heads = sorted(set(graph) - followed)
    if not heads:
        raise RuntimeError(f"no migrations found in {script_location}")
    if len(heads) > 1:
        raise RuntimeError(f"the migrations in {script_location} have several heads: {heads}")
    return heads[0]


def known_revisions(script_location: str = SCRIPT_LOCATION) -> frozenset[str]:
    """Every schema version this program can open or upgrade."""
    return frozenset(revision_graph(script_location))


def current_revision(connection: Connection) -> str | None:
    """The schema version recorded in the database, None when it has none."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def create_schema(connection: Connection, script_location: str = SCRIPT_LOCATION) -> None:
    """Create every table of a new file and stamp it at head (caller's transaction)."""
    if not connection.in_transaction():
        raise RuntimeError("create_schema must run inside the caller's transaction")
    from alembic import command

    Base.metadata.create_all(connection)
    if connection.dialect.name == "sqlite":  # marks the file as ours
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    command.stamp(alembic_config(connection, script_location), "head")


def upgrade_schema(
    connection: Connection, script_location: str = SCRIPT_LOCATION, target: str = "head"
) -> None:
    """Run the migrations up to `target` on `connection` in one transaction.

    Foreign keys are off meanwhile, as SQLite's procedure for altering tables
    requires: a batch migration rebuilds a table (copy, DROP, rename), and with
    foreign keys on, dropping `participants` would cascade-delete every
    measurement. The keys are checked before the commit instead. PostgreSQL
    needs none of this: its ALTER TABLE keeps rows and keys in place.
    """
    from alembic import command

    if connection.dialect.name != "sqlite":
        # PostgreSQL alters tables in place, inside one transaction, keys checked.
        with connection.begin():
            command.upgrade(alembic_config(connection, script_location), target)
        return
    set_foreign_keys(connection, False)
    try:
        with connection.begin():
            command.upgrade(alembic_config(connection, script_location), target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "storage",
                        "upgrading the database would leave {count} broken references (first "
                        "in table {table}); nothing was changed",
                    ).format(count=Number(len(broken)), table=str(broken[0][0]))
                )
    finally:
        set_foreign_keys(connection, True)
