"""Entry point of `bipdesk` (DESIGN §5).

`bipdesk --help` and `--version` should answer about as fast as Python starts
(≤ 3× `python -c pass` in `make bench`), so until the arguments are parsed only
argparse and bipdesk.cli.commands (the table of commands) are imported: no
pathlib, typing or dataclasses, no command's module; the chosen command imports
what it needs when it runs. Users never see a traceback: known failures print
one line on stderr, anything unexpected prints one line too (set
BIPDESK_DEBUG=1 for the traceback).
"""

from __future__ import annotations

import os
import sys

from bipdesk.cli.commands import build_parser

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast --help)
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from bipdesk.storage.server_address import ServerAddress


def _run_self_check(args: argparse.Namespace) -> int:
    from bipdesk.cli.errors import CliError
    from bipdesk.cli.self_check import SelfCheckFailed, run_self_check
    from bipdesk.messages import QT_TRANSLATE_NOOP, message_of

    try:
        return run_self_check(args.lang)
    except SelfCheckFailed as failure:
        raise CliError(
            QT_TRANSLATE_NOOP("cli", "self-check failed: {failure}").format(
                failure=message_of(failure)
            )
        ) from failure


def _quoted(path: str) -> str:
    return f'"{path}"' if any(c in path for c in " '\"&;()$") else path


def _with_advice(error: BaseException, language: str) -> str:
    """The error's sentence, plus the command to restore a damaged file's backup."""
    from bipdesk.messages import QT_TRANSLATE_NOOP, said

    message = said(error, language)
    if "bipdesk.storage" not in sys.modules:
        return message
    from bipdesk.storage import DamagedFileError

    if isinstance(error, DamagedFileError) and error.backup is not None:
        advice = QT_TRANSLATE_NOOP("cli", "Restore it with `{command}`.").format(
            command=f"bipdesk --db {_quoted(error.path)} restore {_quoted(error.backup)}"
        )
        message += " " + said(advice, language)
    return message


def _start_desktop_app(args: argparse.Namespace) -> int:
    # Before Qt: without a display or the libraries of its platform plugin Qt aborts
    # with a core dump and advice to reinstall, which helps nobody.
    from bipdesk.desktop_check import desktop_problem

    problem = desktop_problem(os.environ, sys.platform, language=args.lang)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    # Qt first, the database layer (SQLAlchemy) after: the app shows a frame at once
    # and loads storage while it is on screen (bipdesk.ui.opening_frame). Imports after
    # PySide6 cost a little more (shiboken's __feature__ check), ~60 ms for storage,
    # paid while the frame already shows.
    from bipdesk.ui.app import run_app

    # --lang overrides the language chosen in the app's settings for this run only.
    return run_app(_app_location(args), args.lang_given)


def _app_location(args: argparse.Namespace) -> Path | ServerAddress:
    """--db, else $BIPDESK_DB, else the per-user file; a `postgresql://…` address opens
    the team database on that server (AddressError says what is wrong with it). Only
    an address loads the database layer before the frame shows: a file's start stays quick."""
    from pathlib import Path

    from bipdesk.paths import DB_ENV, default_database_path

    given = str(args.db) if args.db else os.environ.get(DB_ENV, "")
    if "://" in given:
        from bipdesk.cli.opening import database_location

        return database_location(args)
    return Path(given) if args.db else default_database_path()


def _user_lines(error: BaseException, language: str) -> list[str] | None:
    """What to show for failures users can act on (one line, or a refused import's
    problems one per line and then "nothing was imported"); None for bugs."""
    from bipdesk.cli.errors import CliError
    from bipdesk.core.cards import CardError
    from bipdesk.core.validation import ValidationError
    from bipdesk.io.importer import ImportCancelled, ImportFailed
    from bipdesk.messages import QT_TRANSLATE_NOOP, counted, said

    known: tuple[type[BaseException], ...] = (
        CliError,
        CardError,
        ValidationError,
        ImportFailed,
        ImportCancelled,
    )
    if "bipdesk.storage" in sys.modules:
        from bipdesk.storage import DatabaseError

        known += (DatabaseError,)
    if isinstance(error, ImportFailed) and len(error.problems) > 1:
        closing = counted(
            len(error.problems),
            QT_TRANSLATE_NOOP("cli", "nothing was imported: {count} problem"),
            QT_TRANSLATE_NOOP("cli", "nothing was imported: {count} problems"),
        )
        return [said(problem.message, language) for problem in error.problems] + [
            said(closing, language)
        ]
    if isinstance(error, known):
        return [_with_advice(error, language)]
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return [f"{where}{error.strerror or error}"]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # --help and --version end here
    from bipdesk.language import system_language
    from bipdesk.messages import QT_TRANSLATE_NOOP, said

    args.lang_given = args.lang
    args.lang = args.lang or system_language()
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", _start_desktop_app)
    if args.self_check:
        run = _run_self_check
    if getattr(args, "command", None) is not None:
        # An encrypted database: BIPDESK_PASSPHRASE, else asked on the terminal.
        from bipdesk.cli.encryption import install_passphrase_source

        install_passphrase_source(args.lang)
    try:
        return run(args)
    except KeyboardInterrupt:
        interrupted = QT_TRANSLATE_NOOP("cli", "interrupted")
        print(f"bipdesk: {said(interrupted, args.lang)}", file=sys.stderr)
        return 130
    except Exception as error:
        if os.environ.get("BIPDESK_DEBUG"):
            raise
        lines = _user_lines(error, args.lang)
        if lines is None:
            unexpected = QT_TRANSLATE_NOOP(
                "cli", "unexpected error ({error}); set BIPDESK_DEBUG=1 to see the details"
            ).format(error=f"{type(error).__name__}: {error}")
            lines = [said(unexpected, args.lang)]
        for line in lines:
            print(f"bipdesk: {' '.join(line.split())}", file=sys.stderr)
        return 1
