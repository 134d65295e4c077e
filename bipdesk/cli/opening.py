"""Opening the database for a command: storage's one way in, answered from the terminal.

A command shows no dialog, so its answers are known before it starts: an
encrypted file's passphrase comes from the installed source (BIPDESK_PASSPHRASE
or the terminal) and is asked once, a wrong one is refused; a file another
program holds is read when the command only reads; a damaged file is refused
naming its newest good backup (`bipdesk restore` puts one back). Commands
make no backup at start: the app does, once a day.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bipdesk.storage.database import Database
    from bipdesk.storage.errors import DamagedFileError
    from bipdesk.storage.lock_holder import LockHolder
    from bipdesk.storage.server_address import ServerAddress


class _CommandAnswers:
    """The questions of opening a database, answered without asking anyone twice."""

    def __init__(self, read_only_when_held: bool, new_passphrase: str | None) -> None:
        self._read_only_when_held = read_only_when_held
        self._new_passphrase = new_passphrase
        self._password_tries = 0

    def new_passphrase(self, path: Path) -> str | None:
        return self._new_passphrase

    def passphrase(self, path: Path, wrong: bool) -> str | None:
        from bipdesk.storage.cipher import installed_answer

        return None if wrong else installed_answer(path)

    def read_only(self, path: Path, holder: LockHolder) -> bool:
        return self._read_only_when_held

    def restore(self, damaged: DamagedFileError) -> bool:
        return False

    def password(self, address: ServerAddress, wrong: bool) -> str | None:
        # Three tries, as psql and ssh give: then the refusal is said and the command ends.
        self._password_tries += 1
        if self._password_tries > PASSWORD_TRIES:
            return None
        return ask_password(address, wrong)


PASSWORD_TRIES = 3


def ask_password(address: ServerAddress, wrong: bool) -> str | None:
    """The password of `address`'s login when libpq found none (PGPASSWORD, ~/.pgpass):
    typed on the terminal, never echoed, never stored. None off a terminal (the command
    then says that the server wants a password) or when nothing was typed."""
    import getpass
    import sys

    from bipdesk.cli.prompting import prompt_language, terminal
    from bipdesk.messages import QT_TRANSLATE_NOOP, said

    if not terminal():
        return None
    language = prompt_language()
    if wrong:
        refused = QT_TRANSLATE_NOOP("cli", "The password was not accepted; type it again.")
        print(said(refused, language), file=sys.stderr)
    asked = QT_TRANSLATE_NOOP("cli", "Password for {address}: ").format(address=address.display())
    try:
        return getpass.getpass(said(asked, language)) or None
    except (EOFError, KeyboardInterrupt):  # Ctrl-D or Ctrl-C at the prompt: no password
        print(file=sys.stderr)
        return None


def open_for_command(
    path: Path | ServerAddress,
    *,
    read_only_when_held: bool = False,
    new_passphrase: str | None = None,
) -> Database:
    """The database at `path` (a file, or a team database's server address) with the
    installed cards; its reason (a DatabaseError, said by the command line's error
    handler) when it cannot be opened.

    `read_only_when_held`: a command that only reads opens a file another program
    holds read-only instead of refusing it. `new_passphrase` encrypts a new file.
    """
    from bipdesk.io.cards import default_cards
    from bipdesk.storage.opening import Refused, open_database_file

    answers = _CommandAnswers(read_only_when_held, new_passphrase)
    opening = open_database_file(path, default_cards(), questions=answers, backup_at_start=False)
    if isinstance(opening, Refused):
        raise opening.reason
    return opening.database


def database_location(args: argparse.Namespace) -> Path | ServerAddress:
    """The database a command works on: --db, else $BIPDESK_DB, else the per-user file;
    a `postgresql://…` address is a team database on a server (AddressError when the
    address cannot be used)."""
    import os

    from bipdesk.paths import DB_ENV, default_database_path
    from bipdesk.storage.server_address import is_server_address, parse_server_address

    given = str(args.db) if args.db else os.environ.get(DB_ENV, "")
    if given and is_server_address(given):
        return parse_server_address(given)
    return Path(given) if args.db else default_database_path()


def shown(location: Path | ServerAddress) -> Path | str:
    """A database's location as messages name it: the file, or login@server/database."""
    return location if isinstance(location, Path) else location.display()


def database_name(location: Path | ServerAddress) -> str:
    """A short name for the database: the file's name without folder, or the database's."""
    return location.stem if isinstance(location, Path) else location.database


def database_path(args: argparse.Namespace) -> Path:
    """The database file of a command that works on files only (backup, restore, a
    passphrase): a team database's address is refused with NoFileError, which says
    that those are the server's."""
    location = database_location(args)
    if not isinstance(location, Path):
        from bipdesk.storage.errors import NoFileError

        raise NoFileError(location.display())
    return location
