"""Looking at a database file before opening it, without changing a byte.

A normal connection already writes (journal_mode=WAL rewrites the header), so
a file that may be foreign or newer is first read through a read-only URI. For
a WAL file without a -wal beside it, `immutable=1` keeps SQLite from creating
the -wal and -shm files that even a read-only connection would leave behind.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from pathlib import Path

from bipdesk.storage.errors import (
    DamagedFileError,
    DatabaseError,
    ForeignFileError,
    NewerSchemaError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
_WAL_FORMAT = 2
"""Header bytes 18-19 (write/read format version) are 2 for a WAL database."""


def probe(path: Path, known: Collection[str], head: str, application_id: int) -> str | None:
    """The schema version of the BIP Desk database at `path`; None when it is new.

    New means missing, empty (0 bytes) or an SQLite file without any table.
    Raises ForeignFileError for a file of another program, NewerSchemaError
    for one whose version this program does not know, DatabaseError when it
    cannot be read at all.
    """
    if not path.exists():
        return None
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as error:
        raise DatabaseError(f"{path} cannot be read: {error.strerror}") from error
    if not header:
        return None
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise ForeignFileError(path, "it is not an SQLite database")

    tables, file_id, revisions = _read(path, header)
    if file_id not in (0, application_id):
        raise ForeignFileError(path, "it belongs to another program")
    if not tables:
        return None
    if "alembic_version" not in tables or not revisions:
        raise ForeignFileError(path, "it has no BIP Desk schema version")
    revision = ",".join(sorted(revisions))
    if revision in known:
        return revision
    if file_id == application_id or "participants" in tables:
        raise NewerSchemaError(path, revision, head)
    raise ForeignFileError(path, f"its schema version {revision} is not one of BIP Desk's")


def read_only_connection(path: Path, header: bytes | None = None) -> sqlite3.Connection:
    """A connection to `path` that cannot change the file nor leave -wal/-shm behind."""
    if header is None:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    wal_file = path.with_name(path.name + "-wal")
    is_wal = len(header) >= HEADER_SIZE and header[18] == _WAL_FORMAT and header[19] == _WAL_FORMAT
    # Committed data may still sit in an existing -wal: read through it then.
    mode = "immutable=1" if is_wal and not wal_file.exists() else "mode=ro"
    uri = f"{path.resolve().as_uri()}?{mode}"
    try:
        return sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise DatabaseError(f"{path} cannot be opened: {error}") from error


def integrity_problems(path: Path, full: bool = False, limit: int = 5) -> list[str]:
    """What SQLite finds wrong with the file at `path`; [] when it is sound.

    `full=False` runs quick_check (page structure, a few seconds for a very
    large file), `full=True` integrity_check (also every index against its
    table). Reads only.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = read_only_connection(path)
    except OSError as error:
        raise DatabaseError(f"{path} cannot be read: {error.strerror}") from error
    try:
        rows = connection.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def check_sound(path: Path) -> None:
    """Raise DamagedFileError when quick_check finds the file damaged."""
    problems = integrity_problems(path)
    if problems:
        raise DamagedFileError(path, damage_summary(problems))


def damage_summary(problems: list[str]) -> str:
    """SQLite's first finding, in a form short enough for one line."""
    first = " ".join(problems[0].split())
    if len(first) > 120:
        first = first[:117] + "..."
    more = len(problems) - 1
    return f"SQLite reports: {first}" + (f", and {more} more" if more else "")


def _read(path: Path, header: bytes) -> tuple[set[str], int, list[str]]:
    """Table names, application id and alembic revisions, read without writing."""
    connection = read_only_connection(path, header)
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
            except sqlite3.OperationalError:  # another program's table of that name
                revisions = []
    except sqlite3.DatabaseError as error:
        raise DamagedFileError(path, f"SQLite reports: {error}") from error
    finally:
        connection.close()
    return tables, int(file_id), revisions
