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
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from bipdesk.core.cards import CardLibrary
from bipdesk.messages import QT_TRANSLATE_NOOP, Message, message_of
from bipdesk.storage import schema
from bipdesk.storage.cipher import check_new_passphrase, rekey
from bipdesk.storage.engine import BEGIN_OPTION, create_database_engine
from bipdesk.storage.errors import (
    BusyError,
    ClosedError,
    DamagedFileError,
    DatabaseError,
    FileAccessError,
    ForeignFileError,
    LockedError,
    MissingFileError,
    NewerSchemaError,
    NoFileError,
    NotEncryptedError,
    NotFoundError,
    ReadOnlyError,
    SaveFailedError,
    UpgradeError,
)
from bipdesk.storage.history_repository import default_editor
from bipdesk.storage.lock import LockHolder, WriterLock, acquire, read_lock
from bipdesk.storage.probe import cannot_be_read, check_sound, is_a_folder, passphrase_for, probe
from bipdesk.storage.repository import Repository
from bipdesk.storage.server_address import ServerAddress

if TYPE_CHECKING:
    from bipdesk.storage.backup import RestoreResult

__all__ = [
    "DamagedFileError",
    "Database",
    "DatabaseError",
    "ForeignFileError",
    "LockedError",
    "NewerSchemaError",
    "NotFoundError",
    "ReadOnlyError",
    "open_database",
]

_SIDE_FILES = ("-wal", "-shm", "-journal")


OpenMode = Literal["write", "read", "auto"]
"""write: take the writer lock (LockedError when another program has it);
read: never write, never lock; auto: write when the lock is free, else read."""


def open_database(
    path: str | os.PathLike[str],
    cards: CardLibrary,
    today: Callable[[], date] = date.today,
    *,
    mode: OpenMode = "write",
    passphrase: str | None = None,
) -> Database:
    """Open the database at `path`, creating or upgrading it as needed.

    `cards` are the cards its measurements are read against: the caller reads
    them (bipdesk.io.cards.default_cards for the installed ones), storage does not.

    The file is checked first, reading only: a foreign file, one made by a
    newer BIP Desk and a damaged one are refused (ForeignFileError,
    NewerSchemaError, DamagedFileError naming the newest good backup) with
    not a byte changed. Writing needs the lock file beside the database
    (LockedError names who holds it). An encrypted file needs `passphrase`,
    else the installed passphrase source is asked (PassphraseError when none
    or a wrong one is given); a new file given a passphrase is made encrypted.
    Other failures are DatabaseError with a plain reason.
    """
    path = Path(path)
    key = _Key(passphrase_for(path, passphrase))
    location = schema.SCRIPT_LOCATION
    head = schema.head_revision(location)
    revision = _examine(path, location, head, key.value)
    if mode == "read":
        return _open_read_only(path, cards, today, revision, head, None, key)
    try:
        _make_folder(path)
        lock = acquire(path)
    except LockedError:
        if mode == "auto" and revision is not None:
            return _open_read_only(path, cards, today, revision, head, read_lock(path), key)
        raise
    try:
        # Checked again under the lock: the holder may have changed it meanwhile.
        revision = _examine(path, location, head, key.value)
        engine = (
            _create(path, location, key)
            if revision is None
            else _upgrade(path, location, revision, head, key)
        )
    except BaseException:
        lock.release()
        raise
    return Database(path, engine, cards, today, lock=lock, key=key)


class _Key:
    """The passphrase of an encrypted file (None: plain), shared by its engine's connections."""

    def __init__(self, value: str | None) -> None:
        self.value = value

    def __call__(self) -> str | None:
        return self.value

    @property
    def for_engine(self) -> _Key | None:
        return self if self.value is not None else None


def _examine(path: Path, location: str, head: str, passphrase: str | None) -> str | None:
    """The file's schema version (None: new); refuses foreign, newer and damaged files."""
    try:
        revision = probe(
            path, schema.known_revisions(location), head, schema.APPLICATION_ID, passphrase
        )
        if revision is not None:
            check_sound(path, passphrase)
    except DamagedFileError as damaged:
        from bipdesk.storage.backup import newest_good_backup

        good = newest_good_backup(path, passphrase=passphrase)
        if good is None:
            raise
        raise damaged.with_backup(good.path, good.taken_at) from damaged
    return revision


def _open_read_only(
    path: Path,
    cards: CardLibrary,
    today: Callable[[], date],
    revision: str | None,
    head: str,
    holder: LockHolder | None,
    key: _Key,
) -> Database:
    if revision is None:
        raise MissingFileError(path, note=QT_TRANSLATE_NOOP("storage", "nothing to open read-only"))
    if revision != head:
        raise UpgradeError.read_only(path, revision, head, holder)
    engine = create_database_engine(path, read_only=True, key=key.for_engine)
    return Database(path, engine, cards, today, read_only=True, holder=holder, key=key)


def _upgrade(path: Path, location: str, revision: str, head: str, key: _Key) -> Engine:
    """An engine on an existing file, upgraded to `head` after a backup when older."""
    engine = create_database_engine(path, key=key.for_engine)
    if revision == head:
        return engine
    from bipdesk.storage.backup import backup_file

    try:
        backup_file(path, passphrase=key.value)  # the file as it was, before its first change
    except DatabaseError as error:
        engine.dispose()
        raise UpgradeError(
            QT_TRANSLATE_NOOP(
                "storage",
                "{path} needs upgrading from schema {revision} to {head}, but no backup could "
                "be made first ({reason}); the file has not been changed",
            ).format(path=path, revision=revision, head=head, reason=message_of(error)),
            path,
            revision,
            head,
        ) from error
    try:
        with engine.connect() as connection:
            schema.upgrade_schema(connection, location)
    except Exception as error:
        engine.dispose()
        if isinstance(error, DatabaseError):
            raise
        raise UpgradeError(
            QT_TRANSLATE_NOOP(
                "storage",
                "{path} could not be upgraded from schema {revision} to {head} ({reason}); the "
                "file has not been changed",
            ).format(path=path, revision=revision, head=head, reason=_reason(error)),
            path,
            revision,
            head,
        ) from error
    return engine


def _make_folder(path: Path) -> None:
    if path.is_dir():
        raise FileAccessError(is_a_folder(path), path, QT_TRANSLATE_NOOP("storage", "a folder"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FileAccessError(
            QT_TRANSLATE_NOOP("storage", "the folder {folder} cannot be created: {reason}").format(
                folder=path.parent, reason=str(error.strerror)
            ),
            path.parent,
            str(error.strerror),
        ) from error


def _create(path: Path, location: str, key: _Key) -> Engine:
    """A new database at `path`: tables from the models, stamped at head."""
    existed = path.exists()
    _make_folder(path)
    engine = create_database_engine(path, key=key.for_engine)
    try:
        with engine.connect() as connection, connection.begin():
            schema.create_schema(connection, location)
    except Exception as error:
        engine.dispose()
        if not existed:  # leave no half-made file behind
            for suffix in ("", *_SIDE_FILES):
                with contextlib.suppress(OSError):
                    Path(f"{path}{suffix}").unlink()
        raise FileAccessError(
            QT_TRANSLATE_NOOP("storage", "{path} cannot be created: {reason}").format(
                path=path, reason=_reason(error)
            ),
            path,
            _reason(error),
        ) from error
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
        location: Path | ServerAddress,
        engine: Engine,
        cards: CardLibrary,
        today: Callable[[], date] = date.today,
        *,
        lock: WriterLock | None = None,
        read_only: bool = False,
        holder: LockHolder | None = None,
        key: _Key | None = None,
    ) -> None:
        self.location = location
        """The file, or the server address of a team database (DESIGN §11)."""
        self.cards = cards
        self.read_only = read_only
        """True when opened for reading only; every write is refused (ReadOnlyError)."""
        self.holder = holder
        """Who held the file for writing when it was opened read-only (None: nobody)."""
        self._lock = lock
        self._key = key or _Key(None)
        self._engine = engine
        self._today = today
        self._reading_engine = engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})
        self._writers = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(self._reading_engine, expire_on_commit=False)
        self._closed = False
        self.editor = default_editor()
        """Who makes the changes of every transaction, and from where (the edit history)."""

    @property
    def server(self) -> ServerAddress | None:
        """The team database's server address; None for a file."""
        return self.location if isinstance(self.location, ServerAddress) else None

    @property
    def path(self) -> Path:
        """The database file; a team database has none (NoFileError says so and why)."""
        if isinstance(self.location, ServerAddress):
            raise NoFileError(self.location.display())
        return self.location

    @property
    def where(self) -> str:
        """Where the data lives, as messages and the window title name it."""
        if isinstance(self.location, ServerAddress):
            return self.location.display()
        return str(self.location)

    def today(self) -> date:
        """The day this database counts from (ongoing activities, due dates): the
        calendar's today, or the day a test or a demo fixed."""
        return self._today()

    @property
    def engine(self) -> Engine:
        """For storage tools (backup, integrity check) and tests; never for the UI."""
        self._check_open()
        return self._engine

    @property
    def encrypted(self) -> bool:
        """True for an SQLCipher file (its backups are encrypted the same way)."""
        return self._key.value is not None

    @property
    def passphrase(self) -> str | None:
        """For storage's own backups and restores of an encrypted file; never shown."""
        return self._key.value

    def change_passphrase(self, new: str) -> None:
        """Encrypt the file with `new` from now on (SQLCipher's rekey).

        Backups made before keep the passphrase they were made with.
        """
        self._check_open()
        if self.read_only:
            raise ReadOnlyError(self.path, self._read_only_reason(), self.holder)
        if not self.encrypted:
            raise NotEncryptedError(self.path)
        check_new_passphrase(new)
        try:
            with self._engine.connect() as connection:
                driver = connection.connection.driver_connection
                assert driver is not None
                rekey(driver, new)
        except DBAPIError as error:
            raise _plain_failure(self.path, error) from error
        self._key.value = new
        self._engine.dispose()  # pooled connections hold the old key

    @property
    def schema_revision(self) -> str | None:
        """The schema version recorded in the file (head, once open)."""
        self._check_open()
        try:
            with self._reading_engine.connect() as connection:
                return schema.current_revision(connection)
        except SQLAlchemyError as error:
            raise FileAccessError(
                cannot_be_read(self.where, _reason(error)), self.where, _reason(error)
            ) from error

    @contextlib.contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Repository]:
        """One user action: commits when the block ends, rolls back on an exception.

        `write=False` only changes locking: the transaction does not take the
        write lock up front, so reading never waits for another program.
        """
        self._check_open()
        if write and self.read_only:
            raise ReadOnlyError(self.where, self._read_only_reason(), self.holder)
        sessions = self._writers if write else self._readers
        try:
            with sessions() as session, session.begin():
                repository = Repository(session, self.cards, self._today)
                repository.editor = self.editor
                yield repository
        except DBAPIError as error:
            if self.read_only and "readonly" in _reason(error):
                raise ReadOnlyError(self.where, self._read_only_reason(), self.holder) from error
            raise self._failure(error) from error

    def _read_only_reason(self) -> Message:
        if self.holder is not None:
            return QT_TRANSLATE_NOOP("storage", "{holder} is using it").format(
                holder=self.holder.describe()
            )
        return QT_TRANSLATE_NOOP("storage", "as asked")

    def restore(self, backup: Path, folder: Path | None = None) -> RestoreResult:
        """Put `backup` in place of this file while it stays open (File → Backups…).

        Every connection is closed first; the current file is backed up, then
        replaced, then upgraded when the backup is from an older version.
        """
        self._check_open()
        if self.read_only:
            raise ReadOnlyError(self.path, self._read_only_reason(), self.holder)
        from bipdesk.storage.backup import restore_file

        self._engine.dispose()
        result = restore_file(backup, self.path, folder, passphrase=self._key.value)
        location = schema.SCRIPT_LOCATION
        head = schema.head_revision(location)
        revision = _examine(self.path, location, head, self._key.value)
        if revision is not None and revision != head:
            try:
                with self._engine.connect() as connection:
                    schema.upgrade_schema(connection, location)
            except Exception as error:
                if isinstance(error, DatabaseError):
                    raise
                raise UpgradeError(
                    QT_TRANSLATE_NOOP(
                        "storage",
                        "{backup} was restored but could not be upgraded from schema {revision} "
                        "to {head} ({reason})",
                    ).format(backup=backup, revision=revision, head=head, reason=_reason(error)),
                    self.path,
                    revision,
                    head,
                ) from error
        return result

    def close(self) -> None:
        """Close every connection (the -wal is folded back) and give up the lock."""
        if not self._closed:
            self._closed = True
            self._engine.dispose()
            if self._lock is not None:
                self._lock.release()

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
        return f"Database({self.where!r})"

    def _check_open(self) -> None:
        if self._closed:
            raise ClosedError(self.where)

    def _failure(self, error: DBAPIError) -> DatabaseError:
        """What a failed statement means to the user (a team database words it itself)."""
        return _plain_failure(self.path, error)


def _plain_failure(path: Path, error: DBAPIError) -> DatabaseError:
    reason = _reason(error)
    if "locked" in reason or "busy" in reason:
        return BusyError(path)
    damaged = "malformed" in reason or "not a database" in reason
    return SaveFailedError(path, reason, damaged=damaged)
