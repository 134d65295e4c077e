"""`history CODE`: the edit history of one participant, newest first.

Each save is one block: when (local time, in the --lang language), by whom
and from where, then one line per changed value, as the import summary
prints them ("SP0129 2021-09-05: job_search_knowhow 9 → 1").
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from bipdesk.cli.opening import database_location
from bipdesk.messages import QT_TRANSLATE_NOOP, said

if TYPE_CHECKING:
    from bipdesk.core.history import Edit
    from bipdesk.storage.server_address import ServerAddress

_HEADING = QT_TRANSLATE_NOOP("cli", "Edit history of {code}, newest first:")
_EMPTY = QT_TRANSLATE_NOOP("cli", "{code}: no changes are recorded")


def add_history(history: argparse.ArgumentParser) -> None:
    history.description = (
        "Print every recorded change of one participant and their measurements, "
        "newest first: when, by whom, from where (the app, the command line or an import), "
        "and the value before and after."
    )
    history.add_argument("code", metavar="CODE", help="the participant's code")
    history.set_defaults(run=lambda args: _run_history(args, database_location(args)))


def _run_history(args: argparse.Namespace, path: Path | ServerAddress) -> int:
    from bipdesk.cli.errors import CliError, existing_database
    from bipdesk.cli.opening import open_for_command, shown

    existing_database(path)
    with (
        open_for_command(path, read_only_when_held=True) as database,
        database.transaction(write=False) as repository,
    ):
        participant = repository.participant(args.code)
        if participant is None:
            raise CliError(
                QT_TRANSLATE_NOOP("cli", "there is no participant '{code}' in {path}").format(
                    code=args.code, path=shown(path)
                )
            )
        edits = repository.history(participant.code)
    for line in history_lines(participant.code, edits, args.lang):
        print(line)
    return 0


def history_lines(code: str, edits: list[Edit], language: str) -> Iterator[str]:
    """The printed history: a heading, then a block per save (same moment, person, source)."""
    from babel.dates import format_date, format_time

    from bipdesk.core.history import describe
    from bipdesk.reports.subject_access_history import plain_words, source_words
    from bipdesk.reports.texts import language_of

    language = language_of(language)
    if not edits:
        yield said(_EMPTY.format(code=code), language)
        return
    yield said(_HEADING.format(code=code), language)
    words = plain_words(language)
    block: tuple[object, ...] | None = None
    for edit in edits:
        key = (edit.when, edit.by, edit.source)
        if key != block:
            block = key
            local = edit.when.astimezone()  # this computer's time zone
            when = (
                f"{format_date(local, 'medium', locale=language)} "
                f"{format_time(local, 'short', locale=language)}"
            ).replace("\u202f", " ")
            yield ""
            yield f"{when} · {edit.by} · {source_words(edit.source, language)}"
        yield f"  {describe(edit, words)}"
