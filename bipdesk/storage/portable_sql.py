"""SQL that means the same on SQLite and on PostgreSQL (DESIGN §11, "same figures").

The repositories build their statements once, with SQLAlchemy Core, and run
them on a laptop file or a team database alike. Where the two engines spell
a thing differently (an upsert, a JSON object built by a query, the order of
text) the construct here compiles to each engine's own spelling, so that a
statement reads the same rows in the same order from either.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import String


class Upsert:
    """INSERT … ON CONFLICT (key) DO UPDATE, in the dialect of the connection it runs on.

    Both engines have the statement, but SQLAlchemy builds it per dialect; the
    one for each engine is made the first time that engine asks.
    """

    def __init__(self, table: Table, key: Sequence[str], columns: Sequence[str]) -> None:
        self._table = table
        self._key = tuple(key)
        self._columns = tuple(columns)
        self._statements: dict[str, Insert] = {}

    def on(self, connection: Connection) -> Insert:
        """The statement for the engine `connection` is on."""
        engine = connection.dialect.name
        found = self._statements.get(engine)
        if found is None:
            dialect = importlib.import_module(f"sqlalchemy.dialects.{engine}")
            statement = dialect.insert(self._table)
            found = self._statements[engine] = statement.on_conflict_do_update(
                index_elements=[self._table.c[name] for name in self._key],
                set_={name: statement.excluded[name] for name in self._columns},
            )
        return found


class bytewise(ColumnElement[str]):  # noqa: N801 - reads as an SQL function
    """A text column ordered by its characters' code points, as SQLite's BINARY does.

    A PostgreSQL server orders text by its database's collation (sv_SE, en_US…,
    where "P-2" and "p1" or "job_goal" and "jobs" may come in another order); COLLATE
    "C" makes it the same order as the laptop file's. Swedish alphabetical order of
    names is `bipdesk.core.swedish_order`'s, in Python, on both engines.
    """

    inherit_cache = True
    _traverse_internals = [("clause", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, column: InstrumentedAttribute[str]) -> None:
        self.clause: ColumnElement[str] = column.__clause_element__()
        self.type = String()


@compiles(bytewise)
def _bytewise(element: bytewise, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clause, **kw)


@compiles(bytewise, "postgresql")
def _bytewise_postgresql(element: bytewise, compiler: SQLCompiler, **kw: Any) -> str:
    return f'{compiler.process(element.clause, **kw)} COLLATE "C"'


class json_object_of(FunctionElement[str]):  # noqa: N801 - an SQL aggregate
    """The aggregate {key: value, …} of the group as JSON text, keys in order, {} for none.

    SQLite's json_group_object reads the rows in index order (keys sorted when
    the key is the index's next column); PostgreSQL's json_object_agg is told the
    order, and an empty group gives {} on both rather than NULL.
    """

    inherit_cache = True
    type = String()
    name = "json_object_of"


@compiles(json_object_of)
def _json_object_sqlite(element: json_object_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_group_object({compiler.process(element.clauses, **kw)})"


@compiles(json_object_of, "postgresql")
def _json_object_postgresql(element: json_object_of, compiler: SQLCompiler, **kw: Any) -> str:
    key, value = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"json_object_agg({key}, {value} ORDER BY {key})"


class json_pair(FunctionElement[str]):  # noqa: N801 - an SQL function
    """[first, second] as JSON text; a missing (NULL) object in it reads as {}."""

    inherit_cache = True
    type = String()
    name = "json_pair"


@compiles(json_pair)
def _json_pair_sqlite(element: json_pair, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_array({compiler.process(element.clauses, **kw)})"


@compiles(json_pair, "postgresql")
def _json_pair_postgresql(element: json_pair, compiler: SQLCompiler, **kw: Any) -> str:
    parts = (compiler.process(clause, **kw) for clause in element.clauses)
    return "json_build_array({})::text".format(
        ", ".join(f"coalesce({part}, '{{}}'::json)" for part in parts)
    )


def cursor(connection: Connection, name: str) -> Any:
    """A DB-API cursor on the transaction's connection that streams a large result.

    SQLite's cursors step through the rows as they are fetched; a psycopg cursor
    without a name would fetch the whole result at once, so on PostgreSQL it is a
    named (server-side) cursor of this transaction, fetched in chunks.
    """
    raw = connection.connection
    if connection.dialect.name == "postgresql":
        return raw.dbapi_connection.cursor(name=name)  # type: ignore[union-attr]
    return raw.cursor()


def day_reader(connection: Connection) -> Callable[[Any], date]:
    """How a date column reads through a DB-API cursor: SQLite keeps ISO text,
    psycopg returns a date already."""
    if connection.dialect.name == "sqlite":
        return date.fromisoformat
    return _same_day


def _same_day(value: date) -> date:
    return value


def compiled(statement: Any, connection: Connection) -> str:
    """`statement` as SQL text in the dialect of `connection`, for a DB-API cursor
    (compiled once per engine kind)."""
    dialect = connection.dialect
    key = (statement, dialect.name, dialect.driver)
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = str(statement.compile(dialect=dialect))
    return found


_COMPILED: dict[tuple[Any, str, str], str] = {}
"""Module-level statements only, so it stays as small as the number of them."""
