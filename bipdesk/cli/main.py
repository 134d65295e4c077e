"""Entry point of `bipdesk` (DESIGN §5).

Only argparse and the standard library are imported at start-up, so that
`bipdesk --help` and `--version` stay fast; every command imports what it
needs when it runs. Users never see a traceback: known failures print one
line on stderr, anything unexpected prints one line too (set BIPDESK_DEBUG=1
for the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from bipdesk import __version__
from bipdesk.cli.errors import CliError, existing_database
from bipdesk.language import UI_LANGUAGES as LANGUAGES
from bipdesk.language import system_language
from bipdesk.messages import QT_TRANSLATE_NOOP, Number, counted, joined, message_of, said

if TYPE_CHECKING:
    from bipdesk.io.import_plan import ImportSummary


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


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
        help="language of messages and documents (default: the system locale; for the "
        "desktop app, the language chosen in its settings)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation on a temporary database (import, window, chart, PDF) "
        "and exit",
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

    sheet = commands.add_parser(
        "sheet",
        help="write the printable follow-up sheet of one participant as PDF",
        description="Write the follow-up sheet (spider chart, answers, what we agreed) "
        "of one participant as an A4 PDF.",
    )
    sheet.add_argument("code", metavar="CODE", help="the participant's code")
    sheet.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    sheet.add_argument(
        "--compare",
        default="first,latest",
        metavar="first,latest|all|DATE,DATE",
        help="which measurements to compare (default: first,latest; at most 6)",
    )
    sheet.add_argument(
        "--names", action="store_true", help="print the participant's name beside the code"
    )
    sheet.add_argument(
        "--participant-copy",
        action="store_true",
        help="the participant's own copy instead: their chart and what moved, in their "
        "language with Swedish; no code, name, notes or coordinator's view",
    )
    sheet.set_defaults(run=_run_sheet)
    from bipdesk.cli.aggregate import add_aggregate_commands

    add_aggregate_commands(commands, _database_path)
    from bipdesk.cli.privacy import add_privacy_commands

    add_privacy_commands(commands, _database_path)
    from bipdesk.cli.history import add_history_command

    add_history_command(commands, _database_path)
    from bipdesk.cli.card import add_card_commands

    add_card_commands(commands)
    _add_safety_commands(commands)
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
    from bipdesk.cli.opening import open_for_command
    from bipdesk.io.importer import import_file

    if not args.file.is_file():
        raise CliError(QT_TRANSLATE_NOOP("cli", "{file}: no such file").format(file=args.file))
    if args.dry_run:
        summary = _dry_run_import(args.file, _database_path(args))
    else:
        with open_for_command(_database_path(args)) as database:
            summary = import_file(database, args.file)
    heading = (
        QT_TRANSLATE_NOOP("cli", "Would change (dry run, nothing written):")
        if args.dry_run
        else QT_TRANSLATE_NOOP("cli", "Imported:")
    )
    print(said(heading, args.lang))
    for line in summary.lines():
        print(f"  {said(line, args.lang)}")
    return 0


def _dry_run_import(file: Path, path: Path) -> ImportSummary:
    """A dry run changes no file: an existing database is only read, and a new
    one is planned against an empty database in a folder removed afterwards."""
    import tempfile

    from bipdesk.io.cards import default_cards
    from bipdesk.io.importer import import_file
    from bipdesk.storage import open_database

    if path.exists():
        with open_database(path, default_cards(), mode="read") as database:
            return import_file(database, file, dry_run=True)
    with (
        tempfile.TemporaryDirectory(prefix="bipdesk-dry-run-") as folder,
        open_database(Path(folder) / path.name, default_cards()) as database,
    ):
        return import_file(database, file, dry_run=True)


def _run_demo(args: argparse.Namespace) -> int:
    from bipdesk.cli.opening import open_for_command
    from bipdesk.storage.demo import fill_with_demo

    path = _database_path(args)
    with open_for_command(path) as database:
        result = fill_with_demo(database, args.participants, args.seed)
    print(
        said(
            QT_TRANSLATE_NOOP(
                "cli",
                "{path}: added {participants} demo participants with {measurements} measurements",
            ).format(
                path=path,
                participants=Number(result.participants),
                measurements=Number(result.measurements),
            ),
            args.lang,
        )
    )
    return 0


def _run_sheet(args: argparse.Namespace) -> int:
    from bipdesk.cli.opening import open_for_command
    from bipdesk.reports.changes import CompareError
    from bipdesk.reports.sheet import write_sheet
    from bipdesk.reports.sheet_data import SheetError, load_sheet

    path = _database_path(args)
    existing_database(path)
    if args.participant_copy:
        from bipdesk.cli.participant_copy import run_participant_copy

        return run_participant_copy(args, path)
    with (
        open_for_command(path, read_only_when_held=True) as database,
        database.transaction(write=False) as repository,
    ):
        try:
            sheet = load_sheet(
                repository, database.cards, args.code, args.compare, args.lang, args.names
            )
        except (SheetError, CompareError) as error:
            raise CliError(message_of(error)) from error
    pages = write_sheet(sheet, args.out)
    print(
        said(
            counted(
                pages,
                QT_TRANSLATE_NOOP("cli", "{out}: follow-up sheet of {code}, {count} page"),
                QT_TRANSLATE_NOOP("cli", "{out}: follow-up sheet of {code}, {count} pages"),
                out=args.out,
                code=sheet.code,
            ),
            args.lang,
        )
    )
    return 0


def _run_self_check(args: argparse.Namespace) -> int:
    from bipdesk.cli.self_check import SelfCheckFailed, run_self_check

    try:
        return run_self_check(args.lang)
    except SelfCheckFailed as failure:
        raise CliError(
            QT_TRANSLATE_NOOP("cli", "self-check failed: {failure}").format(
                failure=message_of(failure)
            )
        ) from failure


def _add_safety_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    """`backup`, `restore` and `check` (DESIGN §5)."""
    backup = commands.add_parser(
        "backup",
        help="make an online backup of the database (it may be open in the app)",
        description="Copy the database with SQLite's backup API into the backups folder "
        "beside it (or --to DIR). Older backups beyond the kept number are deleted.",
    )
    backup.add_argument("--to", type=Path, metavar="DIR", help="the folder to write it to")
    backup.set_defaults(run=_run_backup)

    restore = commands.add_parser(
        "restore",
        help="replace the database by a backup (the current file is backed up first)",
        description="Check BACKUP, back the current database up, then put BACKUP in its "
        "place. Refused while another BIP Desk has the database open.",
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.set_defaults(run=_run_restore)

    check = commands.add_parser(
        "check",
        help="verify the database (integrity, schema version); non-zero when damaged",
        description="Run SQLite's integrity check and read the schema version, changing "
        "nothing. Exits non-zero when the file is damaged, foreign or from a newer version.",
    )
    check.set_defaults(run=_run_check)
    from bipdesk.cli.encryption import add_encryption_commands

    add_encryption_commands(commands, _database_path)


def _run_backup(args: argparse.Namespace) -> int:
    from bipdesk.storage.backup import backup_file, keep_count_in, prune_backups
    from bipdesk.storage.probe import passphrase_for

    path = _database_path(args)
    existing_database(path)
    passphrase = passphrase_for(path)  # an encrypted file's backup is encrypted the same way
    made = backup_file(path, args.to, passphrase=passphrase)
    said_lines = [
        QT_TRANSLATE_NOOP("cli", "{backup}: backup of {path}, {size} bytes").format(
            backup=made.path, path=path, size=Number(made.size)
        )
    ]
    if args.to is None:  # the backups folder beside the database: keep its count
        keep = keep_count_in(path, passphrase)
        removed = prune_backups(path, keep)
        if removed:
            said_lines.append(
                counted(
                    len(removed),
                    QT_TRANSLATE_NOOP(
                        "cli", "{count} older backup deleted, the newest {keep} kept"
                    ),
                    QT_TRANSLATE_NOOP(
                        "cli", "{count} older backups deleted, the newest {keep} kept"
                    ),
                    keep=keep,
                )
            )
    print(said(joined(said_lines), args.lang))
    return 0


def _run_restore(args: argparse.Namespace) -> int:
    from bipdesk.storage.backup import restore_database
    from bipdesk.storage.probe import passphrase_for

    path = _database_path(args)
    if not args.backup.is_file():
        raise CliError(
            QT_TRANSLATE_NOOP("cli", "{backup}: no such backup").format(backup=args.backup)
        )
    result = restore_database(args.backup, path, passphrase=passphrase_for(args.backup))
    restored = QT_TRANSLATE_NOOP("cli", "{path}: restored from {backup}").format(
        path=path, backup=result.restored
    )
    if result.previous:
        restored = QT_TRANSLATE_NOOP(
            "cli", "{path}: restored from {backup}; the file it replaced is kept as {previous}"
        ).format(path=path, backup=result.restored, previous=result.previous)
    print(said(restored, args.lang))
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from bipdesk.storage.check import check_database

    path = _database_path(args)
    result = check_database(path)
    version = QT_TRANSLATE_NOOP("cli", "schema {revision}").format(revision=result.revision)
    if result.needs_upgrade:
        version = QT_TRANSLATE_NOOP(
            "cli", "schema {revision} (upgraded to {head} when next opened)"
        ).format(revision=result.revision, head=result.head)
    parts = [
        QT_TRANSLATE_NOOP(
            "cli",
            "{path}: sound BIP Desk database, {version}, {participants} participants, "
            "{measurements} measurements",
        ).format(
            path=path,
            version=version,
            participants=Number(result.participants),
            measurements=Number(result.measurements),
        )
    ]
    if result.holder:
        parts.append(
            QT_TRANSLATE_NOOP("cli", "in use by {holder}").format(holder=result.holder.describe())
        )
    print(said(joined(parts), args.lang))
    return 0


def _quoted(path: str) -> str:
    return f'"{path}"' if any(c in path for c in " '\"&;()$") else path


def _with_advice(error: BaseException, language: str) -> str:
    """The error's sentence, plus the command to restore a damaged file's backup."""
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
    return run_app(_database_path(args), args.lang_given)


def _user_lines(error: BaseException, language: str) -> list[str] | None:
    """What to show for failures users can act on (one line, or a refused import's
    problems one per line and then "nothing was imported"); None for bugs."""
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
    args = build_parser().parse_args(argv)
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
