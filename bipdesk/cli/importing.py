"""`import` and `demo`: participants and measurements into the database, from a
file (all or nothing) or invented (DESIGN §5)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from bipdesk.cli.errors import CliError
from bipdesk.cli.opening import database_location, database_path
from bipdesk.messages import QT_TRANSLATE_NOOP, Number, said

if TYPE_CHECKING:
    from bipdesk.io.import_plan import ImportSummary
    from bipdesk.storage.server_address import ServerAddress


def add_import(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Import participants and measurements (one row per measurement). "
        "Any problem stops the import before anything is written."
    )
    parser.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    parser.add_argument("--dry-run", action="store_true", help="only print what would change")
    parser.set_defaults(run=_run_import)


def add_demo(parser: argparse.ArgumentParser) -> None:
    parser.description = "Fill an empty database with invented participants and measurements."
    parser.add_argument("--participants", type=_positive, default=300, metavar="N")
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.set_defaults(run=_run_demo)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _run_import(args: argparse.Namespace) -> int:
    from bipdesk.cli.opening import open_for_command
    from bipdesk.io.importer import import_file

    if not args.file.is_file():
        raise CliError(QT_TRANSLATE_NOOP("cli", "{file}: no such file").format(file=args.file))
    if args.dry_run:
        summary = _dry_run_import(args.file, database_location(args))
    else:
        with open_for_command(database_location(args)) as database:
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


def _dry_run_import(file: Path, path: Path | ServerAddress) -> ImportSummary:
    """A dry run changes no file: an existing database is only read, and a new
    one is planned against an empty database in a folder removed afterwards
    (a team database is read, its transaction rolled back)."""
    import tempfile

    from bipdesk.io.cards import default_cards
    from bipdesk.io.importer import import_file
    from bipdesk.storage import open_database

    if not isinstance(path, Path):
        from bipdesk.cli.opening import open_for_command

        with open_for_command(path) as database:
            return import_file(database, file, dry_run=True)

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

    path = database_path(args)
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
