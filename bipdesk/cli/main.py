"""Entry point of `bipdesk` (DESIGN §5).

Only argparse and the standard library are imported at start-up, so that
`bipdesk --help` and `--version` stay fast; every command imports what it
needs when it runs. Users never see a traceback: known failures print one
line on stderr, anything unexpected prints one line too (set BIPDESK_DEBUG=1
for the traceback).
"""

from __future__ import annotations

import argparse
import locale
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from bipdesk import __version__

LANGUAGES = ("sv", "en")


class CliError(Exception):
    """A failure with a message meant for the user."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def system_language() -> str:
    """Swedish for sv_* locales, otherwise English (DESIGN §5)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    found = locale.getlocale()[0] or ""
    return "sv" if found.lower().startswith("sv") else "en"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bipdesk",
        description="BIP Desk: the BIP progression card for labour-market projects. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"bipdesk {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="database file (default: $BIPDESK_DB, else bipdesk.db in the per-user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of messages and documents (default: the system locale)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    importing = commands.add_parser(
        "import",
        help="import participants and measurements from CSV or XLSX (all or nothing)",
        description="Import participants and measurements (one row per measurement). "
        "Any problem stops the import before anything is written.",
    )
    importing.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    importing.add_argument("--dry-run", action="store_true", help="only print what would change")
    importing.set_defaults(run=_run_import)

    demo = commands.add_parser(
        "demo",
        help="fill an empty database with realistic synthetic data",
        description="Fill an empty database with invented participants and measurements.",
    )
    demo.add_argument("--participants", type=_positive, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(run=_run_demo)
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _database_path(args: argparse.Namespace) -> Path:
    from bipdesk.paths import default_database_path

    return Path(args.db) if args.db else default_database_path()


def _run_import(args: argparse.Namespace) -> int:
    from bipdesk.io.importer import import_file
    from bipdesk.storage import open_database

    if not args.file.is_file():
        raise CliError(f"{args.file}: no such file")
    with open_database(_database_path(args)) as database:
        summary = import_file(database, args.file, dry_run=args.dry_run)
    heading = "Would change (dry run, nothing written):" if args.dry_run else "Imported:"
    print(heading)
    print(
        f"  participants: {summary.participants_new} new, "
        f"{summary.participants_updated} updated, {summary.participants_unchanged} unchanged"
    )
    print(
        f"  measurements: {summary.measurements_new} new, "
        f"{summary.measurements_updated} updated, {summary.measurements_unchanged} unchanged"
    )
    return 0


def _run_demo(args: argparse.Namespace) -> int:
    from bipdesk.storage import open_database
    from bipdesk.storage.demo import fill_with_demo

    path = _database_path(args)
    with open_database(path) as database:
        result = fill_with_demo(database, args.participants, args.seed)
    print(
        f"{path}: added {result.participants} demo participants "
        f"with {result.measurements} measurements"
    )
    return 0


def _start_desktop_app(args: argparse.Namespace) -> int:
    from bipdesk.ui.app import run_app

    return run_app(_database_path(args), args.lang or system_language())


def _user_message(error: BaseException) -> str | None:
    """The one line to show for failures users can act on; None for bugs."""
    from bipdesk.core.cards import CardError
    from bipdesk.core.validation import ValidationError
    from bipdesk.io.importer import ImportCancelled, ImportFailed

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
    if isinstance(error, known):
        return str(error)
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror or error}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.lang = args.lang or system_language()
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", _start_desktop_app)
    try:
        return run(args)
    except KeyboardInterrupt:
        print("bipdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        if os.environ.get("BIPDESK_DEBUG"):
            raise
        message = _user_message(error)
        if message is None:
            message = (
                f"unexpected error ({type(error).__name__}: {error}); "
                "set BIPDESK_DEBUG=1 to see the details"
            )
        print(f"bipdesk: {' '.join(message.split())}", file=sys.stderr)
        return 1
