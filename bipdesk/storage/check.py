"""`bipdesk check`: is this file a sound BIP Desk database, and of which version?

Reads only (it may run while the app has the file open), and runs SQLite's
full integrity_check, which also compares every index with its table. A team
database is checked by its server (pages, indexes, backups are the server's):
`bipdesk --db URL check` (cli/team.py) says which schema it has and how many
rows the login sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.storage import schema
from bipdesk.storage.backup import newest_good_backup
from bipdesk.storage.cipher import database_errors
from bipdesk.storage.errors import DamagedFileError, EmptyFileError, MissingFileError
from bipdesk.storage.lock import LockHolder, read_lock
from bipdesk.storage.probe import (
    damage_summary,
    integrity_problems,
    passphrase_for,
    probe,
    read_only_connection,
    sqlite_reports,
)


@dataclass(frozen=True)
class CheckResult:
    path: Path
    revision: str
    head: str
    participants: int
    measurements: int
    holder: LockHolder | None
    """Who has the file open for writing now, if anyone."""

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != self.head


def check_database(path: Path, full: bool = True, passphrase: str | None = None) -> CheckResult:
    """Check `path`; raises ForeignFileError, NewerSchemaError, DamagedFileError
    (naming the newest good backup) or DatabaseError, each with a plain message."""
    if not path.exists():
        raise MissingFileError(path)
    head = schema.head_revision()
    try:
        passphrase = passphrase_for(path, passphrase)
        revision = probe(path, schema.known_revisions(), head, schema.APPLICATION_ID, passphrase)
        if revision is None:
            raise EmptyFileError(
                QT_TRANSLATE_NOOP(
                    "storage", "{path} is empty: it holds no BIP Desk data yet"
                ).format(path=path),
                path,
            )
        problems = integrity_problems(path, full=full, passphrase=passphrase)
        if problems:
            raise DamagedFileError(path, damage_summary(problems))
    except DamagedFileError as damaged:
        good = newest_good_backup(path, passphrase=passphrase)
        if good is None:
            raise
        raise damaged.with_backup(good.path, good.taken_at) from damaged
    connection = read_only_connection(path, passphrase=passphrase)
    try:
        (participants,) = connection.execute("SELECT count(*) FROM participants").fetchone()
        (measurements,) = connection.execute("SELECT count(*) FROM measurements").fetchone()
    except database_errors() as error:
        raise DamagedFileError(path, sqlite_reports(error)) from error
    finally:
        connection.close()
    return CheckResult(path, revision, head, int(participants), int(measurements), read_lock(path))
