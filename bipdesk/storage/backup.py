"""Backups of a database file: online copies, a retention count, and restore.

A backup is made with SQLite's backup API, so it is a consistent copy even
while the app is writing, and written under a temporary name that is renamed
into place only once it is complete and checked: a crash never leaves a
half-written backup or a half-restored database. Backups live in the folder
`backups` beside the database unless a folder is given, named after the
database and the local time they were taken, e.g.
`bipdesk-2026-12-01_091502.db`. A restore first backs the current file up.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from bipdesk.messages import QT_TRANSLATE_NOOP, Message
from bipdesk.storage import schema
from bipdesk.storage.cipher import SQLITE_MAGIC, all_errors, connect
from bipdesk.storage.errors import (
    DamagedFileError,
    DatabaseError,
    EmptyFileError,
    FileAccessError,
    MissingFileError,
)
from bipdesk.storage.lock import acquire
from bipdesk.storage.probe import (
    check_sound,
    damage_summary,
    probe,
    read_only_connection,
)

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from bipdesk.storage.repository import Repository


class OpenDatabase(Protocol):
    """What the backups need of an open bipdesk.storage.database.Database (which
    itself backs up before an upgrade, so this module does not import it)."""

    @property
    def path(self) -> Path: ...

    @property
    def passphrase(self) -> str | None: ...

    @property
    def read_only(self) -> bool: ...

    def transaction(self, *, write: bool = True) -> AbstractContextManager[Repository]: ...


FOLDER_NAME = "backups"
DEFAULT_KEEP = 14
KEEP_SETTING = "backups_to_keep"
"""The project setting (in the database) of how many backups to keep."""
_STAMP = "%Y-%m-%d_%H%M%S"
_SIDE_FILES = ("-wal", "-shm", "-journal")

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    """Local time the backup was taken (from its name)."""
    size: int
    """Bytes."""


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    previous: Path | None
    """Where the file that was replaced went (None when there was none)."""


def default_backup_folder(database_path: Path) -> Path:
    """`backups` beside the database."""
    return database_path.parent / FOLDER_NAME


def _suffix(database_path: Path) -> str:
    return database_path.suffix or ".db"


def _pattern(database_path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(database_path.stem)}-(\d{{4}}-\d{{2}}-\d{{2}}_\d{{6}})(?:-(\d+))?"
        rf"{re.escape(_suffix(database_path))}$"
    )


def list_backups(database_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of `database_path` in `folder`, newest first."""
    folder = folder or default_backup_folder(database_path)
    pattern = _pattern(database_path)
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            taken = datetime.strptime(match.group(1), _STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append((taken, int(match.group(2) or 1), BackupInfo(entry, taken, size)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


def verify_backup(path: Path, passphrase: str | None = None) -> str:
    """The schema version of the backup at `path`; raises when it is unfit to restore."""
    if not path.is_file():
        raise MissingFileError(path, backup=True)
    head = schema.head_revision()
    revision = probe(path, schema.known_revisions(), head, schema.APPLICATION_ID, passphrase)
    if revision is None:
        raise EmptyFileError(
            QT_TRANSLATE_NOOP("backup", "{path} is empty: it is not a BIP Desk backup").format(
                path=path
            ),
            path,
            backup=True,
        )
    check_sound(path, _effective(path, passphrase))
    return revision


def _effective(path: Path, passphrase: str | None) -> str | None:
    """The passphrase for `path`: none for a plain file (whatever was given)."""
    try:
        with path.open("rb") as handle:
            plain = handle.read(16) == SQLITE_MAGIC
    except OSError:
        return passphrase
    return None if plain else passphrase


def newest_good_backup(
    database_path: Path, folder: Path | None = None, passphrase: str | None = None
) -> BackupInfo | None:
    """The newest backup that is a sound BIP Desk file, for a damaged database."""
    for info in list_backups(database_path, folder):
        try:
            verify_backup(info.path, passphrase)
        except DatabaseError:
            continue
        return info
    return None


def backup_file(
    source: Path,
    folder: Path | None = None,
    now: Clock = datetime.now,
    passphrase: str | None = None,
) -> BackupInfo:
    """Back the database at `source` up into `folder`; it may be open and in use.

    Refuses a foreign, newer or damaged file (nothing is written then). An
    encrypted database (`passphrase`) gives a backup encrypted the same way.
    """
    head = schema.head_revision()
    if probe(source, schema.known_revisions(), head, schema.APPLICATION_ID, passphrase) is None:
        raise EmptyFileError(
            QT_TRANSLATE_NOOP(
                "backup", "{path} holds no BIP Desk data yet; there is nothing to back up"
            ).format(path=source),
            source,
        )
    passphrase = _effective(source, passphrase)
    check_sound(source, passphrase)
    folder = folder or default_backup_folder(source)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FileAccessError(
            QT_TRANSLATE_NOOP(
                "backup", "the backup folder {folder} cannot be created: {reason}"
            ).format(folder=folder, reason=str(error.strerror)),
            folder,
            str(error.strerror),
        ) from error
    taken = now().replace(microsecond=0)
    final = _free_name(folder, source, taken)
    temporary = folder / f".{final.name}.partial"
    try:
        _copy(_source_connection(source, passphrase), temporary, "DELETE", source, passphrase)
        os.replace(temporary, final)
        _sync_folder(folder)
    except BaseException:
        _remove(temporary)
        raise
    return BackupInfo(final, taken, final.stat().st_size)


def backup_now(database: OpenDatabase, folder: Path | None = None) -> BackupInfo:
    """Back the open `database` up now (online: other programs may keep writing)."""
    return backup_file(database.path, folder, passphrase=database.passphrase)


def _source_connection(source: Path, passphrase: str | None) -> Any:
    """A connection that reads a sound BIP Desk file, through its -wal, writing nothing."""
    try:
        connection = connect(source, passphrase, timeout=10)
        connection.execute("PRAGMA query_only=ON")
    except all_errors() as error:
        raise FileAccessError(
            QT_TRANSLATE_NOOP("backup", "{path} cannot be read for a backup: {reason}").format(
                path=source, reason=str(error)
            ),
            source,
            str(error),
        ) from error
    return connection


def _copy(
    reading: Any,
    destination: Path,
    journal_mode: str,
    source: Path,
    passphrase: str | None = None,
) -> None:
    """Copy every page of `reading` into a new file at `destination`, checked and synced.

    With a passphrase both ends are SQLCipher connections with the same key,
    so the copy is encrypted as the source is.
    """
    _remove(destination)
    try:
        writing = connect(destination, passphrase)
        try:
            reading.backup(writing)
            writing.execute(f"PRAGMA journal_mode={journal_mode}")
            problems = [str(r[0]) for r in writing.execute("PRAGMA quick_check(5)")]
        finally:
            writing.close()
    except all_errors() as error:
        raise FileAccessError(
            _not_copied(source, destination, str(error)), destination, str(error)
        ) from error
    except OSError as error:
        raise FileAccessError(
            _not_copied(source, destination, str(error.strerror)),
            destination,
            str(error.strerror),
        ) from error
    finally:
        reading.close()
    if problems != ["ok"]:
        raise DamagedFileError(source, damage_summary(problems))
    _sync_file(destination)


def _not_copied(source: Path, destination: Path, reason: str) -> Message:
    return QT_TRANSLATE_NOOP(
        "backup", "{path} could not be copied to {destination}: {reason}"
    ).format(path=source, destination=destination, reason=reason)


def _free_name(folder: Path, database_path: Path, taken: datetime) -> Path:
    base = f"{database_path.stem}-{taken.strftime(_STAMP)}"
    suffix = _suffix(database_path)
    candidate = folder / f"{base}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}{suffix}"
        number += 1
    return candidate


def prune_backups(
    database_path: Path, keep: int = DEFAULT_KEEP, folder: Path | None = None
) -> list[Path]:
    """Delete all but the newest `keep` backups; returns the deleted files."""
    if keep < 1:
        raise ValueError("at least one backup must be kept")  # programming error
    removed = []
    for info in list_backups(database_path, folder)[keep:]:
        try:
            info.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise FileAccessError(
                QT_TRANSLATE_NOOP(
                    "backup", "the old backup {path} cannot be deleted: {reason}"
                ).format(path=info.path, reason=str(error.strerror)),
                info.path,
                str(error.strerror),
            ) from error
        removed.append(info.path)
    return removed


def keep_count(database: OpenDatabase) -> int:
    """How many backups to keep (the project setting, DEFAULT_KEEP when unset)."""
    with database.transaction(write=False) as repository:
        value = repository.get_setting(KEEP_SETTING, DEFAULT_KEEP)
    return _valid_keep(value)


def keep_count_in(path: Path, passphrase: str | None = None) -> int:
    """The same setting read straight from the file, changing nothing (for the CLI)."""
    unreadable: tuple[type[Exception], ...] = (*all_errors(), ValueError, TypeError)
    try:
        connection = read_only_connection(path, passphrase=_effective(path, passphrase))
    except (DatabaseError, OSError):
        return DEFAULT_KEEP
    try:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (KEEP_SETTING,))
        found = row.fetchone()
        value = json.loads(found[0]) if found else DEFAULT_KEEP
    except unreadable:
        return DEFAULT_KEEP
    finally:
        connection.close()
    return _valid_keep(value)


def _valid_keep(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    return DEFAULT_KEEP


def set_keep_count(database: OpenDatabase, keep: int) -> None:
    if keep < 1:
        raise ValueError("at least one backup must be kept")  # programming error
    with database.transaction() as repository:
        repository.set_setting(KEEP_SETTING, keep)


def automatic_backup(
    database: OpenDatabase,
    *,
    only_if_none_today: bool,
    folder: Path | None = None,
    now: Clock = datetime.now,
) -> BackupInfo | None:
    """The app's backups: at start when none is from today, and at exit; then prune.

    Returns the new backup, None when none was needed (or the file is open
    read-only: the program that holds it makes the backups).
    """
    if database.read_only:
        return None
    today: date = now().date()
    if only_if_none_today and any(
        info.taken_at.date() == today for info in list_backups(database.path, folder)
    ):
        return None
    keep = keep_count(database)
    made = backup_file(database.path, folder, now, database.passphrase)
    prune_backups(database.path, keep, folder)
    return made


def restore_file(
    backup: Path,
    target: Path,
    folder: Path | None = None,
    now: Clock = datetime.now,
    passphrase: str | None = None,
) -> RestoreResult:
    """Replace the database `target` by `backup`; the caller holds the writer lock.

    The backup is checked first (a BIP Desk file, sound); then the current
    file is backed up (a damaged or foreign one is copied aside byte for
    byte as `NAME-damaged-TIME`); then the backup is copied beside the target
    and renamed over it. Until that rename the target is as it was. An
    encrypted backup needs its `passphrase`; the restored file keeps it.
    """
    if target.exists() and backup.exists() and os.path.samefile(backup, target):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("backup", "{path} is the database itself, not a backup of it").format(
                path=backup
            )
        )
    verify_backup(backup, passphrase)
    passphrase = _effective(backup, passphrase)
    folder = folder or default_backup_folder(target)
    previous: Path | None = None
    if target.exists() and target.stat().st_size > 0:
        try:
            previous = backup_file(target, folder, now, passphrase).path
        except DatabaseError:
            previous = _copy_aside(target, folder, now)
    temporary = target.with_name(f".{target.name}.restoring")
    try:
        reading = read_only_connection(backup, passphrase=passphrase)
        _copy(reading, temporary, "DELETE", backup, passphrase)
        # The old file's -wal must never meet the new file: SQLite would replay it.
        for suffix in _SIDE_FILES:
            _remove(Path(f"{target}{suffix}"))
        os.replace(temporary, target)
        _sync_folder(target.parent)
    except BaseException:
        _remove(temporary)
        raise
    return RestoreResult(backup, previous)


def restore_database(
    backup: Path,
    target: Path,
    folder: Path | None = None,
    now: Clock = datetime.now,
    passphrase: str | None = None,
) -> RestoreResult:
    """`restore_file` under the writer lock (LockedError while another program has it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = acquire(target)
    try:
        return restore_file(backup, target, folder, now, passphrase)
    finally:
        lock.release()


def _copy_aside(target: Path, folder: Path, now: Clock) -> Path:
    """A byte-for-byte copy of a file that cannot be backed up the normal way."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = now().strftime(_STAMP)
        aside = folder / f"{target.stem}-damaged-{stamp}{_suffix(target)}"
        number = 2
        while aside.exists():
            aside = folder / f"{target.stem}-damaged-{stamp}-{number}{_suffix(target)}"
            number += 1
        shutil.copyfile(target, aside)
        _sync_file(aside)
        wal = Path(f"{target}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{aside}-wal"))
            _sync_file(Path(f"{aside}-wal"))
    except OSError as error:
        raise FileAccessError(
            QT_TRANSLATE_NOOP(
                "backup",
                "{path} could not be copied aside before the restore ({reason}); nothing was "
                "changed",
            ).format(path=target, reason=str(error.strerror)),
            target,
            str(error.strerror),
        ) from error
    return aside


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _sync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no folder handles for this)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
