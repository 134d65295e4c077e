"""Looking at a database file before opening it, without changing a byte.

A normal connection already writes (journal_mode=WAL rewrites the header), so
a file that may be foreign or newer is first read through a read-only URI. For
a WAL file without a -wal beside it, `immutable=1` keeps SQLite from creating
the -wal and -shm files that even a read-only connection would leave behind.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from bipdesk.messages import QT_TRANSLATE_NOOP, Message
from bipdesk.storage.cipher import (
    PassphraseError,
    all_errors,
    ask_passphrase,
    connect,
    database_errors,
    looks_encrypted,
    operational_errors,
)
from bipdesk.storage.errors import (
    DamagedFileError,
    FileAccessError,
    ForeignFileError,
    NewerSchemaError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
_WAL_FORMAT = 2
"""Header bytes 18-19 (write/read format version) are 2 for a WAL database."""


def probe(
    path: Path,
    known: Collection[str],
    head: str,
    application_id: int,
    passphrase: str | None = None,
) -> str | None:
    """The schema version of the BIP Desk database at `path`; None when it is new.

    New means missing, empty (0 bytes) or an SQLite file without any table.
    Raises ForeignFileError for a file of another program, NewerSchemaError
    for one whose version this program does not know, PassphraseError for an
    encrypted file without its passphrase (or with a wrong one), DatabaseError
    when it cannot be read at all. `passphrase` opens an encrypted file; a
    plain file ignores it.
    """
    if not path.exists():
        return None
    if path.is_dir():
        raise FileAccessError(is_a_folder(path), path, QT_TRANSLATE_NOOP("storage", "a folder"))
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as error:
        raise FileAccessError(
            cannot_be_read(path, str(error.strerror)), path, str(error.strerror)
        ) from error
    if not header:
        return None
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        if passphrase is None:
            if looks_encrypted(header, path.stat().st_size):
                raise PassphraseError(path, wrong=False)
            raise ForeignFileError(
                path,
                QT_TRANSLATE_NOOP("storage", "it is not an SQLite database"),
                ForeignFileError.NOT_SQLITE,
            )
    else:
        passphrase = None  # a plain file

    tables, file_id, revisions = _read(path, header, passphrase)
    if file_id not in (0, application_id):
        raise ForeignFileError(
            path,
            QT_TRANSLATE_NOOP("storage", "it belongs to another program"),
            ForeignFileError.OTHER_PROGRAM,
        )
    if not tables:
        return None
    if "alembic_version" not in tables or not revisions:
        raise ForeignFileError(
            path,
            QT_TRANSLATE_NOOP("storage", "it has no BIP Desk schema version"),
            ForeignFileError.NO_VERSION,
        )
    revision = ",".join(sorted(revisions))
    if revision in known:
        return revision
    if file_id == application_id or "participants" in tables:
        raise NewerSchemaError(path, revision, head)
    raise ForeignFileError(
        path,
        QT_TRANSLATE_NOOP(
            "storage", "its schema version {revision} is not one of BIP Desk's"
        ).format(revision=revision),
        ForeignFileError.UNKNOWN_VERSION,
    )


def is_encrypted(path: Path) -> bool:
    """True for an existing SQLCipher file: it needs a passphrase before anything else."""
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
        size = path.stat().st_size
    except OSError:
        return False
    return bool(header) and looks_encrypted(header, size)


def passphrase_for(path: Path, given: str | None = None) -> str | None:
    """The passphrase to open `path` with: None for a plain (or new) file; for an
    encrypted one `given`, else what the installed passphrase source answers."""
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
        size = path.stat().st_size
    except (FileNotFoundError, IsADirectoryError):
        return given
    except OSError:
        return None
    if not header:
        return given  # a new file is made encrypted when a passphrase is given
    if not looks_encrypted(header, size):
        return None
    return given if given is not None else ask_passphrase(path)


def read_only_connection(
    path: Path, header: bytes | None = None, passphrase: str | None = None
) -> Any:
    """A connection to `path` that cannot change the file nor leave -wal/-shm behind."""
    if header is None:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    wal_file = path.with_name(path.name + "-wal")
    # An encrypted header cannot be read: treat it as WAL (BIP Desk's files all are).
    is_wal = passphrase is not None or (
        len(header) >= HEADER_SIZE and header[18] == _WAL_FORMAT and header[19] == _WAL_FORMAT
    )
    # Committed data may still sit in an existing -wal: read through it then.
    mode = "immutable=1" if is_wal and not wal_file.exists() else "mode=ro"
    try:
        return connect(path, passphrase, query=mode)
    except all_errors() as error:
        raise FileAccessError(
            QT_TRANSLATE_NOOP("storage", "{path} cannot be opened: {reason}").format(
                path=path, reason=str(error)
            ),
            path,
            str(error),
        ) from error


def integrity_problems(
    path: Path, full: bool = False, limit: int = 5, passphrase: str | None = None
) -> list[str]:
    """What SQLite finds wrong with the file at `path`; [] when it is sound.

    `full=False` runs quick_check (page structure, a few seconds for a very
    large file), `full=True` integrity_check (also every index against its
    table). Reads only.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = read_only_connection(path, passphrase=passphrase)
    except OSError as error:
        raise FileAccessError(
            cannot_be_read(path, str(error.strerror)), path, str(error.strerror)
        ) from error
    try:
        rows = connection.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()
    except database_errors() as error:
        return [str(error)]
    finally:
        connection.close()
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def check_sound(path: Path, passphrase: str | None = None) -> None:
    """Raise DamagedFileError when quick_check finds the file damaged."""
    problems = integrity_problems(path, passphrase=passphrase)
    if problems:
        raise DamagedFileError(path, damage_summary(problems))


def damage_summary(problems: list[str]) -> Message:
    """SQLite's first finding, in a form short enough for one line."""
    first = " ".join(problems[0].split())
    if len(first) > 120:
        first = first[:117] + "..."
    more = len(problems) - 1
    if more:
        return QT_TRANSLATE_NOOP("storage", "SQLite reports: {finding}, and {count} more").format(
            finding=first, count=str(more)
        )
    return sqlite_reports(first)


def sqlite_reports(finding: object) -> Message:
    """SQLite's own words (English) about a damaged file, introduced in the reader's language."""
    return QT_TRANSLATE_NOOP("storage", "SQLite reports: {finding}").format(finding=str(finding))


def is_a_folder(path: Path) -> Message:
    return QT_TRANSLATE_NOOP("storage", "{path} is a folder, not a database file").format(path=path)


def cannot_be_read(path: Path | str, reason: str) -> Message:
    return QT_TRANSLATE_NOOP("storage", "{path} cannot be read: {reason}").format(
        path=path, reason=reason
    )


def _read(path: Path, header: bytes, passphrase: str | None) -> tuple[set[str], int, list[str]]:
    """Table names, application id and alembic revisions, read without writing."""
    connection = read_only_connection(path, header, passphrase)
    try:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        (file_id,) = connection.execute("PRAGMA application_id").fetchone()
        revisions: list[str] = []
        if "alembic_version" in tables:
            try:
                rows = connection.execute("SELECT version_num FROM alembic_version")
                revisions = [str(r) for (r,) in rows]
            except operational_errors():  # another program's table of that name
                revisions = []
    except database_errors() as error:
        if passphrase is not None and "not a database" in str(error):
            raise PassphraseError(path, wrong=True) from error
        raise DamagedFileError(path, sqlite_reports(error)) from error
    finally:
        connection.close()
    return tables, int(file_id), revisions
