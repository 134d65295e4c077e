"""`bipdesk init [--encrypt]`, `change-passphrase`, and where commands get passphrases.

An encrypted database takes its passphrase from BIPDESK_PASSPHRASE, or asks
for it on the terminal (DESIGN §5). A new passphrase (init --encrypt,
change-passphrase) comes from BIPDESK_NEW_PASSPHRASE for change-passphrase
(BIPDESK_PASSPHRASE for init), or is asked twice on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from bipdesk.cli.errors import CliError, existing_database
from bipdesk.cli.opening import database_location, database_path
from bipdesk.cli.prompting import set_prompt_language
from bipdesk.language import system_language
from bipdesk.messages import QT_TRANSLATE_NOOP, said

PASSPHRASE_ENV = "BIPDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "BIPDESK_NEW_PASSPHRASE"
LOST = QT_TRANSLATE_NOOP(
    "cli",
    "Keep the passphrase safe: a lost passphrase cannot be recovered by anyone, and without "
    "it neither the database nor its backups can be read.",
)
LOST_WARNING = str(LOST)
"""The English, for --help (argparse's texts are English)."""
_language: str | None = None
"""The language the terminal prompts speak (None: the system's)."""


def terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def install_passphrase_source(language: str | None = None) -> None:
    """Commands read BIPDESK_PASSPHRASE, else ask on the terminal in `language`."""
    from bipdesk.storage.cipher import set_passphrase_source

    global _language
    _language = language
    set_prompt_language(language)  # a server's password is asked in it too
    set_passphrase_source(existing_passphrase)


def existing_passphrase(path: Path) -> str | None:
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if terminal():
        asked = QT_TRANSLATE_NOOP("cli", "Passphrase for {path}: ").format(path=path)
        return getpass.getpass(said(asked, _language or system_language())) or None
    return None


def new_passphrase(variable: str, path: Path, language: str) -> str:
    """A new passphrase: from `variable`, or typed twice on the terminal."""
    from bipdesk.storage.cipher import check_new_passphrase

    given = os.environ.get(variable)
    if given:
        check_new_passphrase(given)
        return given
    if not terminal():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "cli",
                "a new passphrase for {path} is needed: set {variable} or run the command in a "
                "terminal; nothing was changed",
            ).format(path=path, variable=variable)
        )
    asked = QT_TRANSLATE_NOOP("cli", "New passphrase for {path}: ").format(path=path)
    first = getpass.getpass(said(asked, language))
    check_new_passphrase(first)
    again = QT_TRANSLATE_NOOP("cli", "The same passphrase again: ")
    if getpass.getpass(said(again, language)) != first:
        raise CliError(QT_TRANSLATE_NOOP("cli", "the two passphrases differ; nothing was changed"))
    return first


def add_init(init: argparse.ArgumentParser) -> None:
    init.description = (
        "Create an empty BIP Desk database. With --encrypt it is encrypted "
        f"(SQLCipher) with the passphrase from ${PASSPHRASE_ENV}, or asked on the terminal. "
        + LOST_WARNING
    )
    init.add_argument(
        "--encrypt", action="store_true", help="encrypt the database with a passphrase"
    )
    init.set_defaults(run=lambda args: run_init(args, _new_file(args)))


def add_change_passphrase(change: argparse.ArgumentParser) -> None:
    change.description = (
        "Give an encrypted database a new passphrase (the current one from "
        f"${PASSPHRASE_ENV} or the terminal, the new one from ${NEW_PASSPHRASE_ENV} or the "
        "terminal). Backups made before keep their passphrase. " + LOST_WARNING
    )
    change.set_defaults(run=lambda args: run_change(args, database_path(args)))


def _new_file(args: argparse.Namespace) -> Path:
    """`init` makes a laptop file; a team database is made by its owner with `team init`."""
    location = database_location(args)
    if isinstance(location, Path):
        return location
    raise CliError(
        QT_TRANSLATE_NOOP(
            "cli",
            "{where} is a team database on a server: its owner makes it ready with 'bipdesk "
            "--db URL team init'; 'init' makes a database file on this computer",
        ).format(where=location.display())
    )


def run_init(args: argparse.Namespace, path: Path) -> int:
    from bipdesk.cli.opening import open_for_command

    if path.exists() and path.stat().st_size > 0:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "cli", "{path} already exists; init only makes a new database (nothing was changed)"
            ).format(path=path)
        )
    passphrase = new_passphrase(PASSPHRASE_ENV, path, args.lang) if args.encrypt else None
    with open_for_command(path, new_passphrase=passphrase) as database:
        encrypted = database.encrypted
    if encrypted:
        made = QT_TRANSLATE_NOOP("cli", "{path}: new database, encrypted with SQLCipher. {warning}")
        print(said(made.format(path=path, warning=LOST), args.lang))
    else:
        plain = QT_TRANSLATE_NOOP("cli", "{path}: new database (not encrypted)")
        print(said(plain.format(path=path), args.lang))
    return 0


def run_change(args: argparse.Namespace, path: Path) -> int:
    from bipdesk.cli.opening import open_for_command
    from bipdesk.storage.errors import NotEncryptedError

    existing_database(path)
    with open_for_command(path) as database:
        if not database.encrypted:
            raise NotEncryptedError(path)
        database.change_passphrase(new_passphrase(NEW_PASSPHRASE_ENV, path, args.lang))
    changed = QT_TRANSLATE_NOOP(
        "cli", "{path}: the passphrase is changed; backups made before keep the old one. {warning}"
    )
    print(said(changed.format(path=path, warning=LOST), args.lang))
    return 0
