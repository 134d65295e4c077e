"""`sheet`: the printable follow-up sheet of one participant, or their own copy (DESIGN §5)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bipdesk.cli.errors import CliError, existing_database
from bipdesk.cli.opening import database_location
from bipdesk.messages import QT_TRANSLATE_NOOP, counted, message_of, said


def add_sheet(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Write the follow-up sheet (spider chart, answers, what we agreed) "
        "of one participant as an A4 PDF."
    )
    parser.add_argument("code", metavar="CODE", help="the participant's code")
    parser.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    parser.add_argument(
        "--compare",
        default="first,latest",
        metavar="first,latest|all|DATE,DATE",
        help="which measurements to compare (default: first,latest; at most 6)",
    )
    parser.add_argument(
        "--names", action="store_true", help="print the participant's name beside the code"
    )
    parser.add_argument(
        "--participant-copy",
        action="store_true",
        help="the participant's own copy instead: their chart and what moved, in their "
        "language with Swedish; no code, name, notes or coordinator's view",
    )
    parser.set_defaults(run=_run_sheet)


def _run_sheet(args: argparse.Namespace) -> int:
    from bipdesk.cli.opening import open_for_command
    from bipdesk.reports.changes import CompareError
    from bipdesk.reports.sheet import write_sheet
    from bipdesk.reports.sheet_data import SheetError, load_sheet

    path = database_location(args)
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
