"""Fresh team databases for the tests that run on both engines, made fast.

Running the migration chain takes a second or so; copying a database that has
run it (CREATE DATABASE … TEMPLATE) takes a few milliseconds. So the session
migrates one template database to head, the way `team init` does (never
create_all, so that what later migrations add — access rules — is there too),
and every test gets a copy of its own.
"""

from __future__ import annotations

import sqlalchemy as sa

from bipdesk.storage import schema
from bipdesk.storage.server_address import ServerAddress
from tests.postgres_server import PostgresServer, _database_name

SWEDISH = "sv-SE"
"""The ICU locale of the test databases: as a Swedish IT department would make one, so
that text orders the Swedish way there unless BIP Desk says otherwise."""


def migrated_template(server: PostgresServer) -> str:
    """A new database at head, by the migration chain; no connection left open on it."""
    import psycopg
    from psycopg import sql

    name = _database_name("bipdesk_template")
    try:
        with server.admin() as connection:
            connection.execute(
                sql.SQL(
                    "CREATE DATABASE {} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE {} "
                    "LOCALE 'C'"
                ).format(sql.Identifier(name), sql.Literal(SWEDISH))
            )
        url = server.url(name)
    except psycopg.Error:  # a server built without ICU (before 15, some platforms)
        url = server.new_database("bipdesk_template")
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            schema.upgrade_schema(connection)
    finally:
        engine.dispose()
    return url.rsplit("/", 1)[-1]


def copy_of(server: PostgresServer, template: str, test_name: str) -> ServerAddress:
    """A new database copied from `template`, as the superuser's ServerAddress."""
    from psycopg import sql

    name = _database_name(test_name)
    with server.admin() as connection:
        connection.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        )
    return ServerAddress(server.superuser, server.host, name, server.port)
