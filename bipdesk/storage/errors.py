"""Errors of the storage layer: each carries one sentence a user can read.

The CLI prints `str(error)` on one line and the GUI shows it in a dialog, so a
message never holds a traceback or SQL; the cause stays chained for logs.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bipdesk.storage.lock import LockHolder


class DatabaseError(Exception):
    """The database cannot be used; the message says why in plain language.

    The message is English (the CLI's); the app words each subclass in its own
    language from the fields, so a new kind of failure gets a subclass with them.
    """


class NewerSchemaError(DatabaseError):
    """The file was made by a newer BIP Desk; it is refused and left untouched."""

    def __init__(self, path: str | os.PathLike[str], revision: str, head: str) -> None:
        self.path = os.fspath(path)
        self.revision = revision
        self.head = head
        super().__init__(
            f"{self.path} was made by a newer version of BIP Desk (schema {revision}); "
            f"this version knows up to {head}. "
            "Install the newer version; the file has not been changed."
        )


class ForeignFileError(DatabaseError):
    """The file is not a BIP Desk database; it is refused and left untouched."""

    NOT_SQLITE = "not_sqlite"
    OTHER_PROGRAM = "other_program"
    NO_VERSION = "no_version"
    UNKNOWN_VERSION = "unknown_version"

    def __init__(self, path: str | os.PathLike[str], reason: str, kind: str = "") -> None:
        self.path = os.fspath(path)
        self.reason = reason
        self.kind = kind
        """One of the constants above ('' when none fits): why it is foreign."""
        super().__init__(
            f"{self.path} is not a BIP Desk database ({reason}); the file has not been changed."
        )


class NotFoundError(DatabaseError, LookupError):
    """A participant or measurement asked for by id or code no longer exists."""

    def __init__(
        self,
        message: str,
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
        detail: str,
        backup: str | os.PathLike[str] | None = None,
        backup_taken: datetime | None = None,
    ) -> None:
        self.path = os.fspath(path)
        self.detail = detail
        self.backup = None if backup is None else os.fspath(backup)
        self.backup_taken = backup_taken
        if self.backup is not None and backup_taken is not None:
            advice = f"The newest good backup is {self.backup} from {backup_taken:%Y-%m-%d %H:%M}."
        else:
            advice = "No good backup of it was found."
        super().__init__(
            f"{self.path} is damaged ({detail}); nothing has been written to it. {advice}"
        )

    def with_backup(
        self, backup: str | os.PathLike[str] | None, taken: datetime | None
    ) -> DamagedFileError:
        """The same error, naming the newest good backup."""
        return DamagedFileError(self.path, self.detail, backup, taken)


class LockedError(DatabaseError):
    """Another BIP Desk holds the file for writing; nothing was changed."""

    def __init__(
        self, path: str | os.PathLike[str], holder: str, lock_holder: LockHolder | None = None
    ) -> None:
        self.path = os.fspath(path)
        self.holder = holder
        self.lock_holder = lock_holder
        """Who holds it (None: a program that left no readable lock file)."""
        super().__init__(
            f"{self.path} is in use by {holder}. Close BIP Desk there first, "
            "or open the file read-only; nothing was changed."
        )


class ReadOnlyError(DatabaseError):
    """The file is open read-only; a write was refused and nothing was saved."""

    def __init__(
        self, path: str | os.PathLike[str], why: str, holder: LockHolder | None = None
    ) -> None:
        self.path = os.fspath(path)
        self.why = why
        self.holder = holder
        """Who holds the file for writing (None: opened read-only as asked)."""
        super().__init__(f"{self.path} is open read-only ({why}); nothing was saved.")


class MissingFileError(DatabaseError):
    """The database or backup asked for does not exist."""

    def __init__(
        self, path: str | os.PathLike[str], *, backup: bool = False, note: str = ""
    ) -> None:
        self.path = os.fspath(path)
        self.backup = backup
        what = "backup" if backup else "database"
        super().__init__(f"{self.path}: no such {what}{f' ({note})' if note else ''}")


class EmptyFileError(DatabaseError):
    """The file is there but holds no BIP Desk data (nothing to check, back up or restore)."""

    def __init__(self, message: str, path: str | os.PathLike[str], *, backup: bool = False) -> None:
        self.path = os.fspath(path)
        self.backup = backup
        """True when it was offered as a backup."""
        super().__init__(message)


class FileAccessError(DatabaseError):
    """The operating system refused to read, create, copy or delete a file or folder."""

    def __init__(self, message: str, path: str | os.PathLike[str], reason: str = "") -> None:
        self.path = os.fspath(path)
        self.reason = reason
        """The operating system's or SQLite's own words (English), for the details."""
        super().__init__(message)


class BusyError(DatabaseError):
    """Another window or command was saving; trying again later will do."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        super().__init__(
            f"{self.path} is busy: another BIP Desk window or command is saving. "
            "Try again in a moment; nothing was saved."
        )


class SaveFailedError(DatabaseError):
    """SQLite refused a statement; the transaction was rolled back, nothing saved."""

    def __init__(self, path: str | os.PathLike[str], reason: str, damaged: bool = False) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        self.damaged = damaged
        """True when SQLite says the file is malformed: `check` shows which backup to use."""
        if damaged:
            message = (
                f"{self.path} is damaged ({reason}); nothing was saved. Close BIP Desk and run "
                f"'bipdesk --db \"{self.path}\" check' to see which backup to restore"
            )
        else:
            message = f"{self.path} could not be used ({reason}); nothing was saved"
        super().__init__(message)


class ClosedError(DatabaseError):
    """The database was closed (e.g. the app is quitting); nothing was done."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        super().__init__(f"{self.path} has been closed")


class UpgradeError(DatabaseError):
    """An older file could not be brought up to this version's schema; it is unchanged."""

    def __init__(
        self, message: str, path: str | os.PathLike[str], revision: str, head: str
    ) -> None:
        self.path = os.fspath(path)
        self.revision = revision
        self.head = head
        super().__init__(message)


class NotEncryptedError(DatabaseError):
    """A passphrase was to be changed on a file that has none."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        super().__init__(f"{self.path} is not encrypted, so it has no passphrase to change")


class WeakPassphraseError(DatabaseError):
    """A new passphrase is too short to protect sensitive data."""

    def __init__(self, minimum: int) -> None:
        self.minimum = minimum
        super().__init__(f"the passphrase must be at least {minimum} characters long")


class NotEmptyError(DatabaseError):
    """Demo data only goes into an empty database."""

    def __init__(self, path: str | os.PathLike[str], participants: int) -> None:
        self.path = os.fspath(path)
        self.participants = participants
        super().__init__(
            f"{self.path} already holds {participants} participants; demo data only goes "
            "into an empty database of its own: give a new file, for example "
            "'bipdesk --db demo.db demo', or choose Open demo data in the app"
        )
