"""Errors of the storage layer: each carries one sentence a user can read.

The CLI prints `str(error)` on one line and the GUI shows it in a dialog, so a
message never holds a traceback or SQL; the cause stays chained for logs.
"""

from __future__ import annotations

import os


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
