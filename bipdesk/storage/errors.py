"""Errors of the storage layer: each carries one sentence a user can read.

The CLI prints `str(error)` on one line and the GUI shows it in a dialog, so a
message never holds a traceback or SQL; the cause stays chained for logs.
"""

from __future__ import annotations

import os
from datetime import datetime


class DatabaseError(Exception):
    """The database cannot be used; the message says why in plain language."""


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

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(
            f"{self.path} is not a BIP Desk database ({reason}); the file has not been changed."
        )


class NotFoundError(DatabaseError, LookupError):
    """A participant or measurement asked for by id or code no longer exists."""


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

    def __init__(self, path: str | os.PathLike[str], holder: str) -> None:
        self.path = os.fspath(path)
        self.holder = holder
        super().__init__(
            f"{self.path} is in use by {holder}. Close BIP Desk there first, "
            "or open the file read-only; nothing was changed."
        )


class ReadOnlyError(DatabaseError):
    """The file is open read-only; a write was refused and nothing was saved."""

    def __init__(self, path: str | os.PathLike[str], why: str) -> None:
        self.path = os.fspath(path)
        self.why = why
        super().__init__(f"{self.path} is open read-only ({why}); nothing was saved.")
