"""Encryption at rest: SQLCipher through the `sqlcipher3` package (its own SQLCipher).

An encrypted database looks like random bytes from its first byte on; only
the passphrase opens it, and nothing (not BIP Desk, not its makers) can
recover a lost one. Plain files keep using Python's sqlite3. The key is the
first statement on every connection to an encrypted file (`connect`), and
its backups are encrypted with the same passphrase.

Who asks for a passphrase is up to the program: the app answers the
questions of `storage.opening` in a dialog; the CLI reads BIPDESK_PASSPHRASE
or asks on the terminal, through a `PassphraseSource` installed with
`set_passphrase_source`, which storage calls when it meets an encrypted file
and was given no passphrase.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.storage.errors import DatabaseError, WeakPassphraseError

SQLITE_MAGIC = b"SQLite format 3\x00"
MIN_PASSPHRASE_LENGTH = 8

PassphraseSource = Callable[[Path], "str | None"]
"""Asked for the passphrase of the file at the path; None: the user gave none."""

_source: PassphraseSource | None = None


class PassphraseError(DatabaseError):
    """The file is encrypted and no passphrase, or a wrong one, was given."""

    def __init__(self, path: str | Path, wrong: bool) -> None:
        self.path = str(path)
        self.wrong = wrong
        if wrong:
            message = QT_TRANSLATE_NOOP(
                "storage",
                "{path} could not be opened: the passphrase is wrong (or the file is not a BIP "
                "Desk database); the file has not been changed.",
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "storage",
                "{path} is encrypted: it needs its passphrase (set {variable}, or run the "
                "command in a terminal to be asked).",
            )
        super().__init__(message.format(path=self.path, variable="BIPDESK_PASSPHRASE"))


def set_passphrase_source(source: PassphraseSource | None) -> None:
    """Install who is asked for passphrases (None: nobody, encrypted files are refused)."""
    global _source
    _source = source


def installed_answer(path: Path) -> str | None:
    """What the installed source answers for the encrypted file `path` (None: nothing)."""
    return (_source(path) if _source is not None else None) or None


def ask_passphrase(path: Path) -> str:
    """The passphrase of the encrypted file `path`, from the installed source."""
    answer = installed_answer(path)
    if not answer:
        raise PassphraseError(path, wrong=False)
    return answer


def sqlcipher() -> ModuleType:
    """The DB-API module of SQLCipher (imported when an encrypted file is met)."""
    try:
        from sqlcipher3 import dbapi2  # type: ignore[import-untyped]
    except ImportError as error:  # pragma: no cover - a dependency, always installed
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "storage", "encryption is not available: the package {package} is not installed"
            ).format(package="sqlcipher3")
        ) from error
    return dbapi2


DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
"""What a failing read raises, from either module (the SQLCipher one is added on use)."""


def database_errors() -> tuple[type[Exception], ...]:
    global DATABASE_ERRORS
    if len(DATABASE_ERRORS) == 1:
        DATABASE_ERRORS = (sqlite3.DatabaseError, sqlcipher().DatabaseError)
    return DATABASE_ERRORS


def operational_errors() -> tuple[type[Exception], ...]:
    """A statement that cannot run (no such column…), as opposed to a damaged file."""
    return (sqlite3.OperationalError, sqlcipher().OperationalError)


def all_errors() -> tuple[type[Exception], ...]:
    return (sqlite3.Error, sqlcipher().Error)


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal (SQLCipher's PRAGMA key takes no parameters)."""
    return "'" + passphrase.replace("'", "''") + "'"


KDF_ITERATIONS = 256_000
"""SQLCipher 4's defaults (PBKDF2-HMAC-SHA512, 256,000 rounds, 16-byte salt at the
file's start): the key derived here is the one SQLCipher would derive itself, so
the file opens with the passphrase in any SQLCipher 4 tool."""
_derived: dict[tuple[str, bytes], str] = {}
_new_salts: dict[str, bytes] = {}
_guard = threading.Lock()


def raw_key(passphrase: str, salt: bytes) -> str:
    """SQLCipher's raw key literal (key and salt): derived once per process, not
    once per connection (the derivation is slow on purpose)."""
    with _guard:
        key = _derived.get((passphrase, salt))
        if key is None:
            key = hashlib.pbkdf2_hmac(
                "sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32
            ).hex()
            _derived[(passphrase, salt)] = key
    return f"\"x'{key}{salt.hex()}'\""


def salt_of(path: Path) -> bytes:
    """The salt at the start of an encrypted file; a new random one (kept per path
    until the file is written) for a file not made yet."""
    try:
        with path.open("rb") as handle:
            salt = handle.read(16)
    except FileNotFoundError:
        salt = b""
    if len(salt) == 16:
        return salt
    with _guard:
        return _new_salts.setdefault(os.fspath(path.resolve()), os.urandom(16))


def apply_key(connection: Any, passphrase: str, path: Path) -> None:
    """Key a fresh SQLCipher connection to `path`: the first statement, before any read."""
    connection.execute("PRAGMA cipher_log_level = NONE")  # errors are ours to word
    connection.execute(f"PRAGMA key = {raw_key(passphrase, salt_of(path))}")


def connect(
    path: Path, passphrase: str | None, *, query: str | None = None, timeout: float = 5
) -> Any:
    """A DB-API connection to `path` (`query`: URI options such as mode=ro):
    sqlite3 for a plain file, SQLCipher keyed for an encrypted one."""
    target = f"{path.resolve().as_uri()}?{query}" if query else os.fspath(path)
    if passphrase is None:
        return sqlite3.connect(target, uri=query is not None, timeout=timeout)
    connection = sqlcipher().connect(target, uri=query is not None, timeout=timeout)
    apply_key(connection, passphrase, path)
    return connection


def looks_encrypted(header: bytes, size: int) -> bool:
    """Not SQLite's header, but whole pages of random-looking bytes: an SQLCipher file."""
    if header.startswith(SQLITE_MAGIC) or size < 1024 or size % 512:
        return False
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in header[:64])
    return printable < 48  # text files are (nearly) all printable; ciphertext is not


def rekey(connection: Any, passphrase: str) -> None:
    """Encrypt the open file with `passphrase` (SQLCipher derives the new key itself)."""
    connection.execute(f"PRAGMA rekey = {quote(passphrase)}")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect sensitive data."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphraseError(MIN_PASSPHRASE_LENGTH)
