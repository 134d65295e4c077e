"""The one place where BIP Desk connects to a database file.

Every connection gets the same pragmas here, so no code path can forget them.
An encrypted file (SQLCipher) gets its key here as the first statement on a
connection, before any of the pragmas below.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL

from bipdesk.storage.cipher import apply_key, sqlcipher

BUSY_TIMEOUT_MS = 10_000
"""How long a writer waits for another program (the CLI beside the GUI) to finish."""

BEGIN_OPTION = "bipdesk_begin"
"""Execution option naming the BEGIN mode: IMMEDIATE (default) or DEFERRED."""

PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    # Deleted rows are overwritten with zeros, so that erasing a participant
    # (GDPR) really removes their bytes from the file, not only from the index.
    "PRAGMA secure_delete=ON",
)
READ_ONLY_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA query_only=ON",
)
"""For a file another program holds: no journal-mode change, no writes at all."""


def create_database_engine(
    path: str | os.PathLike[str],
    read_only: bool = False,
    key: Callable[[], str | None] | None = None,
) -> Engine:
    """An engine for the SQLite file at `path` (created by SQLite when missing).

    `read_only` connections refuse every write (PRAGMA query_only) and leave
    the journal mode as the file has it: for a file another program holds.
    `key` gives the passphrase of an encrypted file (SQLCipher); it is asked
    for each new connection, so a changed passphrase applies to the next ones.
    """
    url = URL.create("sqlite+pysqlite", database=os.fspath(Path(path)))
    options: dict[str, Any] = {}
    if key is not None:
        options["module"] = sqlcipher()
    engine = create_engine(
        url,
        # The GUI runs storage work off the UI thread; a pooled connection is
        # only ever used by one thread at a time.
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        **options,
    )
    if key is not None:
        # The key must be the very first statement on a connection.
        event.listen(engine, "connect", partial(_apply_key, key, Path(path)))
    event.listen(engine, "connect", _on_read_only_connect if read_only else _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _apply_key(
    key: Callable[[], str | None], path: Path, dbapi_connection: Any, connection_record: Any
) -> None:
    passphrase = key()
    if passphrase is not None:
        apply_key(dbapi_connection, passphrase, path)


def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    # sqlite3's legacy mode would not BEGIN before DDL, so a migration would
    # not be one transaction; _on_begin emits BEGIN instead (SQLAlchemy's
    # documented recipe for Python < 3.12).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    finally:
        cursor.close()


def _on_read_only_connect(dbapi_connection: Any, connection_record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in READ_ONLY_PRAGMAS:
            cursor.execute(pragma)
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    # IMMEDIATE takes the write lock up front, so a user action that reads and
    # then writes cannot fail half-way because another program wrote first.
    mode = connection.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
    if mode not in ("IMMEDIATE", "DEFERRED"):
        raise ValueError(f"unknown BEGIN mode {mode!r}")  # programming error
    connection.exec_driver_sql(f"BEGIN {mode}")


def set_foreign_keys(connection: Connection, enabled: bool) -> None:
    """Switch foreign keys on one connection; only possible outside a transaction."""
    if connection.in_transaction():
        raise RuntimeError("foreign keys cannot be switched inside a transaction")
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")
