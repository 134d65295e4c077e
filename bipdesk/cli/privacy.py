"""`erase` and `extract`: the GDPR duties from the command line.

Not in DESIGN §5's table but built the same way: `--db` before the command,
one line of output, a one-line reason and a non-zero exit on failure. They
call the same functions as the desktop app (bipdesk.storage.privacy,
bipdesk.io.subject_access, bipdesk.reports.subject_access).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

DatabasePath = Callable[[argparse.Namespace], Path]


def add_privacy_commands(commands: Any, database_path: DatabasePath) -> None:
    """Add `erase` and `extract` to the sub-command parsers of `bipdesk`."""
    erase = commands.add_parser(
        "erase",
        help="erase one participant completely (GDPR), with measurements, notes and drafts",
        description="Erase everything stored about one participant: background, "
        "measurements with answers and notes, drafts and settings, in one transaction; "
        "the freed bytes are overwritten. Backups keep a copy until they are replaced. "
        "Without --yes, the code must be typed again on a terminal.",
    )
    erase.add_argument("code", metavar="CODE", help="the participant's code")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(run=lambda args: _run_erase(args, database_path(args)))

    extract = commands.add_parser(
        "extract",
        help="write everything stored about one participant (subject-access request)",
        description="Write every stored fact about one participant as JSON, and on "
        "request as a readable PDF (in the --lang language).",
    )
    extract.add_argument("code", metavar="CODE", help="the participant's code")
    extract.add_argument("--out", type=Path, required=True, metavar="F.json")
    extract.add_argument("--pdf", type=Path, metavar="F.pdf", help="also write a PDF to read")
    extract.set_defaults(run=lambda args: _run_extract(args, database_path(args)))


def _cli_error(message: str) -> Exception:
    from bipdesk.cli.errors import CliError

    return CliError(message)


def _confirmed(code: str) -> bool:
    """Ask on the terminal: the code typed again. False when there is no terminal."""
    if not sys.stdin.isatty():
        return False
    print(
        f"This erases participant {code} with every measurement, note and draft, for good. "
        "Backups keep a copy until they are replaced.",
        file=sys.stderr,
    )
    try:
        typed = input(f"Type the code {code} to erase: ")
    except EOFError:
        return False
    return typed.strip() == code


def _run_erase(args: argparse.Namespace, path: Path) -> int:
    from bipdesk.storage import NotFoundError, open_database
    from bipdesk.storage.privacy import erase_participants

    if not path.is_file():
        raise _cli_error(f"{path}: no such database")
    code = args.code
    with open_database(path) as database:
        with database.transaction(write=False) as repository:
            if repository.participant(code) is None:
                raise _cli_error(f"there is no participant '{code}' in {path}")
        if not args.yes and not _confirmed(code):
            raise _cli_error(
                f"participant {code} was not erased: confirm by typing the code, "
                "or add --yes when no one can type"
            )
        try:
            result = erase_participants(database, [code])
        except NotFoundError as error:
            raise _cli_error(str(error)) from None
    print(
        f"{path}: erased participant {code} with {result.measurements} measurement(s); "
        "backups keep a copy until they are replaced"
    )
    return 0


def _run_extract(args: argparse.Namespace, path: Path) -> int:
    from bipdesk.io.subject_access import write_subject_access_json
    from bipdesk.reports.subject_access import write_subject_access_pdf
    from bipdesk.storage import NotFoundError, open_database
    from bipdesk.storage.privacy import subject_record

    if not path.is_file():
        raise _cli_error(f"{path}: no such database")
    with (
        open_database(path, mode="auto") as database,
        database.transaction(write=False) as repository,
    ):
        try:
            record = subject_record(repository, args.code)
        except NotFoundError:
            raise _cli_error(f"there is no participant '{args.code}' in {path}") from None
    write_subject_access_json(args.out, record, args.lang)
    written = [str(args.out)]
    if args.pdf is not None:
        pages = write_subject_access_pdf(record, args.pdf, args.lang, path.name)
        written.append(f"{args.pdf} ({pages} page(s))")
    print(
        f"{', '.join(written)}: everything stored about {record.participant.code}, "
        f"{len(record.measurements)} measurement(s)"
    )
    return 0
