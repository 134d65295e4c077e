"""`erase` and `extract`: the GDPR duties from the command line.

Not in DESIGN §5's table but built the same way: `--db` before the command,
one line of output, a one-line reason and a non-zero exit on failure. They
call the same functions as the desktop app (bipdesk.storage.privacy,
bipdesk.io.subject_access, bipdesk.reports.subject_access).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bipdesk.cli.errors import CliError, existing_database
from bipdesk.cli.opening import database_location, shown
from bipdesk.messages import QT_TRANSLATE_NOOP, Message, counted, joined, said

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bipdesk.storage.server_address import ServerAddress


def add_erase(erase: argparse.ArgumentParser) -> None:
    erase.description = (
        "Erase everything stored about one participant: background, "
        "measurements with answers and notes, drafts and settings, in one transaction; "
        "the freed bytes are overwritten. Backups keep a copy until they are replaced. "
        "Without --yes, the code must be typed again on a terminal."
    )
    erase.add_argument("code", metavar="CODE", help="the participant's code")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(run=lambda args: _run_erase(args, database_location(args)))


def add_extract(extract: argparse.ArgumentParser) -> None:
    extract.description = (
        "Write every stored fact about one participant as JSON, and on "
        "request as a readable PDF (in the --lang language)."
    )
    extract.add_argument("code", metavar="CODE", help="the participant's code")
    extract.add_argument("--out", type=Path, required=True, metavar="F.json")
    extract.add_argument("--pdf", type=Path, metavar="F.pdf", help="also write a PDF to read")
    extract.set_defaults(run=lambda args: _run_extract(args, database_location(args)))


def _no_participant(code: str, path: Path | ServerAddress) -> CliError:
    return CliError(
        QT_TRANSLATE_NOOP("cli", "there is no participant '{code}' in {path}").format(
            code=code, path=shown(path)
        )
    )


def _confirmed(code: str, language: str) -> bool:
    """Ask on the terminal: the code typed again. False when there is no terminal."""
    if not sys.stdin.isatty():
        return False
    warning = QT_TRANSLATE_NOOP(
        "cli",
        "This erases participant {code} with every measurement, note and draft, for good. "
        "Backups keep a copy until they are replaced.",
    )
    print(said(warning.format(code=code), language), file=sys.stderr)
    asked = QT_TRANSLATE_NOOP("cli", "Type the code {code} to erase: ").format(code=code)
    try:
        typed = input(said(asked, language))
    except EOFError:
        return False
    return typed.strip() == code


def _run_erase(args: argparse.Namespace, path: Path | ServerAddress) -> int:
    from bipdesk.cli.opening import open_for_command
    from bipdesk.storage import NotFoundError
    from bipdesk.storage.privacy import erase_participants

    existing_database(path)
    code = args.code
    with open_for_command(path) as database:
        with database.transaction(write=False) as repository:
            if repository.participant(code) is None:
                raise _no_participant(code, path)
        if not args.yes and not _confirmed(code, args.lang):
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "participant {code} was not erased: confirm by typing the code, or add "
                    "{option} when no one can type",
                ).format(code=code, option="--yes")
            )
        try:
            result = erase_participants(database, [code])
        except NotFoundError as error:
            raise CliError(error.message) from None
    erased = counted(
        result.measurements,
        QT_TRANSLATE_NOOP(
            "cli",
            "{path}: erased participant {code} with {count} measurement; backups keep a copy "
            "until they are replaced",
        ),
        QT_TRANSLATE_NOOP(
            "cli",
            "{path}: erased participant {code} with {count} measurements; backups keep a copy "
            "until they are replaced",
        ),
        path=shown(path),
        code=code,
    )
    print(said(erased, args.lang))
    return 0


def _run_extract(args: argparse.Namespace, path: Path | ServerAddress) -> int:
    from bipdesk.cli.opening import open_for_command
    from bipdesk.io.subject_access import write_subject_access_json
    from bipdesk.reports.subject_access import write_subject_access_pdf
    from bipdesk.storage import NotFoundError
    from bipdesk.storage.privacy import subject_record

    existing_database(path)
    with (
        open_for_command(path, read_only_when_held=True) as database,
        database.transaction(write=False) as repository,
    ):
        try:
            record = subject_record(repository, args.code)
        except NotFoundError:
            raise _no_participant(args.code, path) from None
    write_subject_access_json(args.out, record, args.lang)
    written: list[Message | str] = [str(args.out)]
    if args.pdf is not None:
        pages = write_subject_access_pdf(
            record, args.pdf, args.lang, path.name if isinstance(path, Path) else path.database
        )
        written.append(
            counted(
                pages,
                QT_TRANSLATE_NOOP("cli", "{file} ({count} page)"),
                QT_TRANSLATE_NOOP("cli", "{file} ({count} pages)"),
                file=args.pdf,
            )
        )
    everything = counted(
        len(record.measurements),
        QT_TRANSLATE_NOOP("cli", "{files}: everything stored about {code}, {count} measurement"),
        QT_TRANSLATE_NOOP("cli", "{files}: everything stored about {code}, {count} measurements"),
        files=joined(written, ", "),
        code=record.participant.code,
    )
    print(said(everything, args.lang))
    return 0
