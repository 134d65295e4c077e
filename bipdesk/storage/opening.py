"""Opening a database file for a user: the one way in that the app and the commands share.

`open_database` opens a file or raises; a user's program needs more on the
way in: a passphrase for an encrypted file (again, when it was wrong), a
choice between reading and giving up when another program holds the file, a
choice to restore the newest good backup of a damaged one, and the day's
first backup. `open_database_file` conducts those steps itself and asks the
program only its questions (`OpeningQuestions`), so that no caller repeats
them; it answers with the open database or the reason it is not open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol, TypeAlias

from bipdesk.core.cards import CardLibrary
from bipdesk.storage.backup import automatic_backup, restore_database
from bipdesk.storage.cipher import PassphraseError
from bipdesk.storage.database import Database, open_database
from bipdesk.storage.errors import DamagedFileError, DatabaseError, LockedError
from bipdesk.storage.lock import read_lock
from bipdesk.storage.lock_holder import LockHolder
from bipdesk.storage.probe import is_encrypted
from bipdesk.storage.server_address import ServerAddress
from bipdesk.storage.team_database import PasswordError, open_team_database


class OpeningQuestions(Protocol):
    """What the program asks its user on the way in (a dialog, a terminal, a fixed answer)."""

    def new_passphrase(self, path: Path) -> str | None:
        """The passphrase to encrypt the new file `path` with; None: a plain file."""
        ...

    def passphrase(self, path: Path, wrong: bool) -> str | None:
        """The passphrase of the encrypted `path` (`wrong`: the last one given was);
        None: the user gave none."""
        ...

    def read_only(self, path: Path, holder: LockHolder) -> bool:
        """True to open `path`, which `holder` has open for saving, read-only."""
        ...

    def restore(self, damaged: DamagedFileError) -> bool:
        """True to restore `damaged.backup`, the newest good backup of a damaged file
        (asked also when there is none, so that the user learns it)."""
        ...

    def password(self, address: ServerAddress, wrong: bool) -> str | None:
        """The password of `address`'s login, when libpq found none (`wrong`: the last
        one given was refused); kept in memory only. None: the user gave none."""
        ...


@dataclass(frozen=True)
class Opened:
    """The database is open; `backup_failure` says why its backup at start was not made."""

    database: Database
    backup_failure: DatabaseError | None = None


@dataclass(frozen=True)
class Refused:
    """The database is not open, for `reason`: a LockedError names who holds the file,
    a DamagedFileError its newest good backup, a PassphraseError whether one was
    wrong; NewerSchemaError, ForeignFileError and the other DatabaseErrors say the rest.
    `declined`: the user's own answer stopped it, and they need not be told again."""

    reason: DatabaseError
    declined: bool = False


Opening: TypeAlias = Opened | Refused


def open_database_file(
    path: Path | ServerAddress,
    cards: CardLibrary,
    today: Callable[[], date] = date.today,
    *,
    questions: OpeningQuestions,
    backup_at_start: bool = True,
) -> Opening:
    """Open `path` for a user: probe, lock, decrypt, upgrade (`open_database`), asking
    `questions` on the way; then, with `backup_at_start`, a backup when none is from today.

    A new (or empty) file is offered encryption first. Nothing is raised for a
    file that cannot be opened: the answer is `Refused` with the reason. A
    server address opens the team database there, asking for a password when
    the server wants one that libpq did not find.
    """
    if isinstance(path, ServerAddress):
        return _open_team(path, cards, today, questions)
    passphrase = (questions.new_passphrase(path) or None) if _is_new(path) else None
    wrong = False
    while True:
        if passphrase is None and is_encrypted(path):
            passphrase = questions.passphrase(path, wrong) or None
            if passphrase is None:
                return Refused(PassphraseError(path, wrong), declined=True)
        try:
            database = open_database(path, cards, today, passphrase=passphrase)
        except PassphraseError as error:
            if not error.wrong:
                return Refused(error, declined=True)
            passphrase, wrong = None, True
            continue
        except LockedError as locked:
            holder = read_lock(path)
            if holder is None:
                continue  # the other program has just closed it
            if not questions.read_only(path, holder):
                return Refused(locked, declined=True)
            try:
                database = open_database(path, cards, today, mode="auto", passphrase=passphrase)
            except DatabaseError as error:
                return Refused(error)
        except DamagedFileError as damaged:
            if not questions.restore(damaged) or damaged.backup is None:
                return Refused(damaged, declined=True)
            try:
                restore_database(Path(damaged.backup), path, passphrase=passphrase)
            except DatabaseError as error:
                return Refused(error)
            continue  # open the restored file
        except DatabaseError as error:
            return Refused(error)
        return Opened(database, _backup(database) if backup_at_start else None)


def _open_team(
    address: ServerAddress,
    cards: CardLibrary,
    today: Callable[[], date],
    questions: OpeningQuestions,
) -> Opening:
    password: str | None = None
    while True:
        try:
            return Opened(open_team_database(address, cards, today, password=password))
        except PasswordError as error:
            password = questions.password(address, error.wrong) or None
            if password is None:
                return Refused(error, declined=True)
        except DatabaseError as error:
            return Refused(error)


def _is_new(path: Path) -> bool:
    return not path.exists() or (path.is_file() and path.stat().st_size == 0)


def _backup(database: Database) -> DatabaseError | None:
    """The day's first backup (none of a file opened read-only: its holder makes them)."""
    try:
        automatic_backup(database, only_if_none_today=True)
    except DatabaseError as error:
        return error
    return None
