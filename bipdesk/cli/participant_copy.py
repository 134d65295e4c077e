"""`bipdesk sheet CODE --participant-copy --out F.pdf`: the participant's own copy.

The copy carries no code or name, so `--names` is refused with it rather than
silently ignored; it always shows the first, previous and latest measurement,
so a `--compare` choice is refused too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bipdesk.cli.errors import CliError

DEFAULT_COMPARE = "first,latest"


def run_participant_copy(args: argparse.Namespace, path: Path) -> int:
    from bipdesk.reports.participant_copy import load_participant_copy, write_participant_copy
    from bipdesk.reports.sheet import SheetError
    from bipdesk.storage import open_database

    if args.names:
        raise CliError("--names cannot be used with --participant-copy: the copy has no name")
    if args.compare != DEFAULT_COMPARE:
        raise CliError(
            "--compare cannot be used with --participant-copy: the copy always shows "
            "the first, the previous and the latest measurement"
        )
    with (
        open_database(path, mode="auto") as database,
        database.transaction(write=False) as repository,
    ):
        try:
            copy = load_participant_copy(repository, database.cards, args.code, args.lang)
        except SheetError as error:
            raise CliError(str(error)) from error
    pages = write_participant_copy(copy, args.out)
    told_in = " and ".join(copy.languages)
    print(f"{args.out}: the participant's own copy ({told_in}), {pages} page(s)")
    return 0
