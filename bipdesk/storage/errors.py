"""Errors of the storage layer: each carries one sentence a user can read.

Each error's one argument is a `Message` (bipdesk.messages): the CLI says it in
the run's language, `str(error)` is the English for logs. The app words most
kinds from their fields (ui/storage_messages.py). A message never holds a
traceback or SQL; the cause stays chained for logs.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import TYPE_CHECKING

from bipdesk.messages import QT_TRANSLATE_NOOP, Joined, Message, counted, sentences

if TYPE_CHECKING:
    from bipdesk.storage.lock_holder import LockHolder


class DatabaseError(Exception):
    """The database cannot be used; the message says why in plain language.

    The message is a `Message` said in the reader's language; the app words each
    subclass from its fields, so a new kind of failure gets a subclass with them.
    """

    def __init__(self, message: Message | Joined) -> None:
        super().__init__(message)
        self.message = message


class NewerSchemaError(DatabaseError):
    """The file was made by a newer BIP Desk; it is refused and left untouched."""

    def __init__(self, path: str | os.PathLike[str], revision: str, head: str) -> None:
        self.path = os.fspath(path)
        self.revision = revision
        self.head = head
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage",
                "{path} was made by a newer version of BIP Desk (schema {revision}); this "
                "version knows up to {head}. Install the newer version; the file has not been "
                "changed.",
            ).format(path=self.path, revision=revision, head=head)
        )


class ForeignFileError(DatabaseError):
    """The file is not a BIP Desk database; it is refused and left untouched."""

    NOT_SQLITE = "not_sqlite"
    OTHER_PROGRAM = "other_program"
    NO_VERSION = "no_version"
    UNKNOWN_VERSION = "unknown_version"

    def __init__(self, path: str | os.PathLike[str], reason: Message, kind: str = "") -> None:
        self.path = os.fspath(path)
        self.reason = reason
        self.kind = kind
        """One of the constants above ('' when none fits): why it is foreign."""
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage",
                "{path} is not a BIP Desk database ({reason}); the file has not been changed.",
            ).format(path=self.path, reason=reason)
        )


class NotFoundError(DatabaseError, LookupError):
    """A participant or measurement asked for by id or code no longer exists."""

    def __init__(
        self,
        message: Message,
        *,
        participant: str | None = None,
        measurement_date: date | None = None,
    ) -> None:
        self.participant = participant
        """The participant's code when a participant is missing (None: a measurement)."""
        self.measurement_date = measurement_date
        super().__init__(message)


class DamagedFileError(DatabaseError):
    """SQLite finds the file damaged; it is never written to, a backup is offered."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        detail: Message,
        backup: str | os.PathLike[str] | None = None,
        backup_taken: datetime | None = None,
    ) -> None:
        self.path = os.fspath(path)
        self.detail = detail
        """SQLite's finding (its own English words inside), for IT support."""
        self.backup = None if backup is None else os.fspath(backup)
        self.backup_taken = backup_taken
        if self.backup is not None and backup_taken is not None:
            advice = QT_TRANSLATE_NOOP(
                "storage", "The newest good backup is {backup} from {time}."
            ).format(backup=self.backup, time=f"{backup_taken:%Y-%m-%d %H:%M}")
        else:
            advice = QT_TRANSLATE_NOOP("storage", "No good backup of it was found.")
        damaged = QT_TRANSLATE_NOOP(
            "storage", "{path} is damaged ({detail}); nothing has been written to it."
        ).format(path=self.path, detail=detail)
        super().__init__(sentences([damaged, advice]))

    def with_backup(
        self, backup: str | os.PathLike[str] | None, taken: datetime | None
    ) -> DamagedFileError:
        """The same error, naming the newest good backup."""
        return DamagedFileError(self.path, self.detail, backup, taken)


class LockedError(DatabaseError):
    """Another BIP Desk holds the file for writing; nothing was changed."""

    def __init__(
        self, path: str | os.PathLike[str], holder: Message, lock_holder: LockHolder | None = None
    ) -> None:
        self.path = os.fspath(path)
        self.holder = holder
        self.lock_holder = lock_holder
        """Who holds it (None: a program that left no readable lock file)."""
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage",
                "{path} is in use by {holder}. Close BIP Desk there first, or open the file "
                "read-only; nothing was changed.",
            ).format(path=self.path, holder=holder)
        )


class ReadOnlyError(DatabaseError):
    """The file is open read-only; a write was refused and nothing was saved."""

    def __init__(
        self, path: str | os.PathLike[str], why: Message, holder: LockHolder | None = None
    ) -> None:
        self.path = os.fspath(path)
        self.why = why
        self.holder = holder
        """Who holds the file for writing (None: opened read-only as asked)."""
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage", "{path} is open read-only ({why}); nothing was saved."
            ).format(path=self.path, why=why)
        )


class MissingFileError(DatabaseError):
    """The database or backup asked for does not exist."""

    def __init__(
        self, path: str | os.PathLike[str], *, backup: bool = False, note: Message | None = None
    ) -> None:
        self.path = os.fspath(path)
        self.backup = backup
        if backup:
            message = QT_TRANSLATE_NOOP("storage", "{path}: no such backup").format(path=self.path)
        elif note is not None:
            message = QT_TRANSLATE_NOOP("storage", "{path}: no such database ({note})").format(
                path=self.path, note=note
            )
        else:
            message = QT_TRANSLATE_NOOP("storage", "{path}: no such database")
            message = message.format(path=self.path)
        super().__init__(message)


class EmptyFileError(DatabaseError):
    """The file is there but holds no BIP Desk data (nothing to check, back up or restore)."""

    def __init__(
        self, message: Message, path: str | os.PathLike[str], *, backup: bool = False
    ) -> None:
        self.path = os.fspath(path)
        self.backup = backup
        """True when it was offered as a backup."""
        super().__init__(message)


class FileAccessError(DatabaseError):
    """The operating system refused to read, create, copy or delete a file or folder."""

    def __init__(
        self, message: Message, path: str | os.PathLike[str], reason: Message | str = ""
    ) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        """The operating system's or SQLite's own words (English), for the details; a
        Message when BIP Desk itself says why."""
        super().__init__(message)


class BusyError(DatabaseError):
    """Another window or command was saving; trying again later will do."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage",
                "{path} is busy: another BIP Desk window or command is saving. Try again in a "
                "moment; nothing was saved.",
            ).format(path=self.path)
        )


class SaveFailedError(DatabaseError):
    """SQLite refused a statement; the transaction was rolled back, nothing saved."""

    def __init__(self, path: str | os.PathLike[str], reason: str, damaged: bool = False) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        self.damaged = damaged
        """True when SQLite says the file is malformed: `check` shows which backup to use."""
        if damaged:
            message = QT_TRANSLATE_NOOP(
                "storage",
                "{path} is damaged ({reason}); nothing was saved. Close BIP Desk and run "
                "{command} to see which backup to restore",
            ).format(path=self.path, reason=reason, command=f"'bipdesk --db \"{self.path}\" check'")
        else:
            message = QT_TRANSLATE_NOOP(
                "storage", "{path} could not be used ({reason}); nothing was saved"
            ).format(path=self.path, reason=reason)
        super().__init__(message)


class ClosedError(DatabaseError):
    """The database was closed (e.g. the app is quitting); nothing was done."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        super().__init__(
            QT_TRANSLATE_NOOP("storage", "{path} has been closed").format(path=self.path)
        )


class UpgradeError(DatabaseError):
    """An older file could not be brought up to this version's schema; it is unchanged."""

    def __init__(
        self, message: Message, path: str | os.PathLike[str], revision: str, head: str
    ) -> None:
        self.path = os.fspath(path)
        self.revision = revision
        self.head = head
        super().__init__(message)

    @classmethod
    def read_only(
        cls, path: str | os.PathLike[str], revision: str, head: str, holder: LockHolder | None
    ) -> UpgradeError:
        """An older file asked for read-only: it cannot be read before it is upgraded."""
        if holder is None:
            older = QT_TRANSLATE_NOOP(
                "storage",
                "{path} is from an older version of BIP Desk (schema {revision}) and cannot be "
                "opened read-only: it must be upgraded first; the file has not been changed",
            ).format(path=os.fspath(path), revision=revision)
        else:
            older = QT_TRANSLATE_NOOP(
                "storage",
                "{path} is from an older version of BIP Desk (schema {revision}) and cannot be "
                "opened read-only while {holder} holds it: it must be upgraded first; the file "
                "has not been changed",
            ).format(path=os.fspath(path), revision=revision, holder=holder.describe())
        return cls(older, path, revision, head)


class NotEncryptedError(DatabaseError):
    """A passphrase was to be changed on a file that has none."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage", "{path} is not encrypted, so it has no passphrase to change"
            ).format(path=self.path)
        )


class WeakPassphraseError(DatabaseError):
    """A new passphrase is too short to protect sensitive data."""

    def __init__(self, minimum: int) -> None:
        self.minimum = minimum
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage", "the passphrase must be at least {minimum} characters long"
            ).format(minimum=minimum)
        )


class NotEmptyError(DatabaseError):
    """Demo data only goes into an empty database."""

    def __init__(self, path: str | os.PathLike[str], participants: int) -> None:
        self.path = os.fspath(path)
        self.participants = participants
        super().__init__(
            counted(
                participants,
                QT_TRANSLATE_NOOP(
                    "storage",
                    "{path} already holds {count} participant; demo data only goes into an "
                    "empty database of its own: give a new file, for example {command}, or "
                    "choose Open demo data in the app",
                ),
                QT_TRANSLATE_NOOP(
                    "storage",
                    "{path} already holds {count} participants; demo data only goes into an "
                    "empty database of its own: give a new file, for example {command}, or "
                    "choose Open demo data in the app",
                ),
                path=self.path,
                command="'bipdesk --db demo.db demo'",
            )
        )


class NoFileError(DatabaseError):
    """A file's operation (backup, restore, passphrase) asked of a team database."""

    def __init__(self, where: str) -> None:
        self.where = where
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage",
                "{where} is a team database on a server: its backups, restores and encryption "
                "are the server's (pg_dump, see the team database guide), not BIP Desk's",
            ).format(where=where)
        )
