"""Opening a BIP Desk database file: create, upgrade, or refuse.

`open_database` is the only way in. It looks at an existing file read-only
first, so a foreign file or one made by a newer BIP Desk is refused without a
single byte changed; then it creates a new file or upgrades an older one, each
in one transaction.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from bipdesk.core.cards import CardLibrary
from bipdesk.storage import schema
from bipdesk.storage.engine import BEGIN_OPTION, create_database_engine
from bipdesk.storage.errors import (
    DatabaseError,
    ForeignFileError,
    NewerSchemaError,
    NotFoundError,
)
from bipdesk.storage.probe import probe
from bipdesk.storage.repository import Repository

__all__ = [
    "Database",
    "DatabaseError",
    "ForeignFileError",
    "NewerSchemaError",
    "NotFoundError",
    "open_database",
]

_SIDE_FILES = ("-wal", "-shm", "-journal")


def open_database(
    path: str | os.PathLike[str],
    cards: CardLibrary | None = None,
    today: Callable[[], date] = date.today,
) -> Database:
    """Open the database at `path`, creating or upgrading it as needed.

    Raises ForeignFileError / NewerSchemaError (file untouched) or
    DatabaseError with a plain reason.
    """
    path = Path(path)
    if cards is None:
        from bipdesk.io.cards import default_cards  # reads card files: only when needed

        cards = default_cards()
    location = schema.SCRIPT_LOCATION
    head = schema.head_revision(location)
    revision = probe(path, schema.known_revisions(location), head, schema.APPLICATION_ID)
    if revision is None:
        engine = _create(path, location)
    else:
        engine = create_database_engine(path)
        if revision != head:
            # A later issue backs the file up here, before its first write.
            try:
                with engine.connect() as connection:
                    schema.upgrade_schema(connection, location)
            except Exception as error:
                engine.dispose()
                if isinstance(error, DatabaseError):
                    raise
                raise DatabaseError(
                    f"{path} could not be upgraded from schema {revision} to {head} "
                    f"({_reason(error)}); the file has not been changed"
                ) from error
    return Database(path, engine, cards, today)


def _create(path: Path, location: str) -> Engine:
    """A new database at `path`: tables from the models, stamped at head."""
    existed = path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            f"the folder {path.parent} cannot be created: {error.strerror}"
        ) from error
    engine = create_database_engine(path)
    try:
        with engine.connect() as connection, connection.begin():
            schema.create_schema(connection, location)
    except Exception as error:
        engine.dispose()
        if not existed:  # leave no half-made file behind
            for suffix in ("", *_SIDE_FILES):
                with contextlib.suppress(OSError):
                    Path(f"{path}{suffix}").unlink()
        raise DatabaseError(f"{path} cannot be created: {_reason(error)}") from error
    return engine


def _reason(error: Exception) -> str:
    """SQLite's own words, without SQLAlchemy's SQL echo and links."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        return str(error.orig)
    return str(error) or type(error).__name__


class Database:
    """An open BIP Desk database; every user action is one `transaction()`."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        cards: CardLibrary,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.path = path
        self.cards = cards
        self._engine = engine
        self._today = today
        self._reading_engine = engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})
        self._writers = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(self._reading_engine, expire_on_commit=False)
        self._closed = False

    @property
    def engine(self) -> Engine:
        """For storage tools (backup, integrity check) and tests; never for the UI."""
        self._check_open()
        return self._engine

    @property
    def schema_revision(self) -> str | None:
        """The schema version recorded in the file (head, once open)."""
        self._check_open()
        try:
            with self._reading_engine.connect() as connection:
                return schema.current_revision(connection)
        except SQLAlchemyError as error:
            raise DatabaseError(f"{self.path} cannot be read: {_reason(error)}") from error

    @contextlib.contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Repository]:
        """One user action: commits when the block ends, rolls back on an exception.

        `write=False` only changes locking: the transaction does not take the
        write lock up front, so reading never waits for another program.
        """
        self._check_open()
        sessions = self._writers if write else self._readers
        try:
            with sessions() as session, session.begin():
                yield Repository(session, self.cards, self._today)
        except DBAPIError as error:
            raise DatabaseError(_plain_failure(self.path, error)) from error

    def close(self) -> None:
        """Close every connection; the -wal is folded back into the file."""
        if not self._closed:
            self._closed = True
            self._engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r})"

    def _check_open(self) -> None:
        if self._closed:
            raise DatabaseError(f"{self.path} has been closed")


def _plain_failure(path: Path, error: DBAPIError) -> str:
    reason = _reason(error)
    if "locked" in reason or "busy" in reason:
        return (
            f"{path} is busy: another BIP Desk window or command is saving. "
            "Try again in a moment; nothing was saved."
        )
    return f"{path} could not be used ({reason}); nothing was saved"
