"""The PostgreSQL server the suite starts (tests/postgres_server.py) serves what the team tests need."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.postgresql

_PEOPLE = sa.Table(
    "people",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
)


def test_swedish_text_goes_in_and_comes_back_through_psycopg(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url)
    try:
        assert engine.dialect.name == "postgresql"
        assert engine.dialect.driver == "psycopg"
        _PEOPLE.metadata.create_all(engine)
        with engine.begin() as connection:
            connection.execute(_PEOPLE.insert(), [{"name": "Åsa Öberg"}])
        with engine.connect() as connection:
            assert connection.execute(sa.select(_PEOPLE.c.name)).scalars().all() == ["Åsa Öberg"]
            assert connection.execute(sa.text("SHOW server_encoding")).scalar() == "UTF8"
    finally:
        engine.dispose()


def test_each_database_is_a_world_of_its_own(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    other_url = postgres_server.new_database("other")
    assert other_url != postgres_url
    first, other = sa.create_engine(postgres_url), sa.create_engine(other_url)
    try:
        _PEOPLE.metadata.create_all(first)
        with first.begin() as connection:
            connection.execute(_PEOPLE.insert(), [{"name": "Åsa Öberg"}])
        assert sa.inspect(first).has_table("people")
        assert not sa.inspect(other).has_table("people")
        with first.connect() as a, other.connect() as b:
            names = {
                a.execute(sa.text("SELECT current_database()")).scalar(),
                b.execute(sa.text("SELECT current_database()")).scalar(),
            }
        assert len(names) == 2
    finally:
        first.dispose()
        other.dispose()
        postgres_server.drop_database(other_url)


def test_a_database_is_dropped_even_with_a_connection_still_open(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.new_database("dropped")
    name = url.rsplit("/", 1)[-1]
    engine = sa.create_engine(url)
    try:
        connection = engine.connect()
        assert connection.execute(sa.text("SELECT current_database()")).scalar() == name
        postgres_server.drop_database(url)
        with pytest.raises(sa.exc.OperationalError, match="terminating connection"):
            connection.execute(sa.text("SELECT 1"))
        connection.invalidate()
        connection.close()
        with postgres_server.admin() as admin:
            left = admin.execute("SELECT count(*) FROM pg_database WHERE datname = %s", [name])
            assert left.fetchone() == (0,)
    finally:
        engine.dispose()


def test_icu_swedish_collation_sorts_a_ring_a_umlaut_o_umlaut_after_z(postgres_url: str) -> None:
    """Swedish names in the team database sort å, ä, ö after z as Swedes expect; the
    server's ICU collation sv-x-icu does so whatever the database's own locale is."""
    engine = sa.create_engine(postgres_url)
    try:
        _PEOPLE.metadata.create_all(engine)
        with engine.begin() as connection:
            names = ["Åsa", "Ärla", "Örjan", "Zara", "Anna"]
            connection.execute(_PEOPLE.insert(), [{"name": name} for name in names])
            swedish = _PEOPLE.c.name.collate("sv-x-icu")
            ordered = connection.execute(sa.select(_PEOPLE.c.name).order_by(swedish)).scalars()
            assert ordered.all() == ["Anna", "Zara", "Åsa", "Ärla", "Örjan"]
    finally:
        engine.dispose()
