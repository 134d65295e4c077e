"""`bipdesk sheet CODE --participant-copy --out F.pdf`: the participant's own copy.

The copy carries no code or name, so `--names` is refused with it rather than
silently ignored; it always shows the first, previous and latest measurement,
so a `--compare` choice is refused too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bipdesk.cli.errors import CliError
from bipdesk.messages import QT_TRANSLATE_NOOP, counted, joined, message_of, said

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bipdesk.storage.server_address import ServerAddress

DEFAULT_COMPARE = "first,latest"


def run_participant_copy(args: argparse.Namespace, path: Path | ServerAddress) -> int:
    from bipdesk.cli.opening import open_for_command
    from bipdesk.reports.participant_copy import load_participant_copy, write_participant_copy
    from bipdesk.reports.sheet_data import SheetError

    if args.names:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "cli", "--names cannot be used with --participant-copy: the copy has no name"
            )
        )
    if args.compare != DEFAULT_COMPARE:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "cli",
                "--compare cannot be used with --participant-copy: the copy always shows "
                "the first, the previous and the latest measurement",
            )
        )
    with (
        open_for_command(path, read_only_when_held=True) as database,
        database.transaction(write=False) as repository,
    ):
        try:
            copy = load_participant_copy(repository, database.cards, args.code, args.lang)
        except SheetError as error:
            raise CliError(message_of(error)) from error
    pages = write_participant_copy(copy, args.out)
    summary = counted(
        pages,
        QT_TRANSLATE_NOOP("cli", "{file}: the participant's own copy ({languages}), {count} page"),
        QT_TRANSLATE_NOOP("cli", "{file}: the participant's own copy ({languages}), {count} pages"),
        file=args.out,
        languages=joined(copy.languages, " + "),
    )
    print(said(summary, args.lang))
    return 0
