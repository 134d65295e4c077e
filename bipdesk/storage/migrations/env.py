"""Alembic environment for BIP Desk: always online, on the caller's connection.

BIP Desk runs its migrations from code (bipdesk.storage.schema), never from the
`alembic` command line, so there is no ini file, no URL and no offline mode.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from bipdesk.storage.models import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError(
            "BIP Desk migrations run on a connection passed in "
            'config.attributes["connection"] (see bipdesk.storage.schema)'
        )
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite can alter little in place; batch mode rebuilds the table there
        # (PostgreSQL alters in place).
        render_as_batch=connection.dialect.name == "sqlite",
        # SQLite does roll back DDL when BEGIN was emitted (our engine does);
        # PostgreSQL's DDL is transactional anyway.
        transactional_ddl=True,
        compare_server_default=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("BIP Desk does not support offline (--sql) migrations")
run_migrations_online()
