"""The commands of `bipdesk` and its parser: one table, each command's arguments built
only when that command is chosen.

`bipdesk --help` should answer about as fast as Python starts (≤ 3× `python -c
pass` in `make bench`), so this module imports argparse and nothing else of
weight (no pathlib, typing or dataclasses, no command's module): the listing
of `--help` comes from COMMANDS alone, and a command's module is imported, and
its arguments added, when the command line names it. To add a command, add a
row to COMMANDS and write its `add_…(parser)` beside its code: it sets the
parser's description, its arguments and `run` (a function of the parsed
arguments that returns the exit code).
"""

from __future__ import annotations

import argparse
import os
import sys

from bipdesk import __version__
from bipdesk.language import UI_LANGUAGES

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~2 ms)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, NoReturn

COMMANDS: tuple[tuple[str, str, str], ...] = (
    # (command, its line in `bipdesk --help`, "module:function" adding its arguments)
    (
        "import",
        "import participants and measurements from CSV or XLSX (all or nothing)",
        "bipdesk.cli.importing:add_import",
    ),
    (
        "demo",
        "fill an empty database with realistic synthetic data",
        "bipdesk.cli.importing:add_demo",
    ),
    (
        "sheet",
        "write the printable follow-up sheet of one participant as PDF",
        "bipdesk.cli.sheet:add_sheet",
    ),
    (
        "export-aggregate",
        "write the anonymized aggregate file for the project office",
        "bipdesk.cli.aggregate:add_export",
    ),
    (
        "merge",
        "project office: merge aggregate files of several units",
        "bipdesk.cli.aggregate:add_merge",
    ),
    (
        "report",
        "write the unit's own report with exact figures (internal; PDF, XLSX)",
        "bipdesk.cli.aggregate:add_report",
    ),
    (
        "erase",
        "erase one participant completely (GDPR), with measurements, notes and drafts",
        "bipdesk.cli.privacy:add_erase",
    ),
    (
        "extract",
        "write everything stored about one participant (subject-access request)",
        "bipdesk.cli.privacy:add_extract",
    ),
    (
        "history",
        "print the edit history of one participant (who changed what, when, from where)",
        "bipdesk.cli.history:add_history",
    ),
    (
        "card",
        "a card's texts: a workbook for a translator, and its texts back as a new version",
        "bipdesk.cli.card:add_card",
    ),
    (
        "backup",
        "make an online backup of the database (it may be open in the app)",
        "bipdesk.cli.safety:add_backup",
    ),
    (
        "restore",
        "replace the database by a backup (the current file is backed up first)",
        "bipdesk.cli.safety:add_restore",
    ),
    (
        "check",
        "verify the database (integrity, schema version); non-zero when damaged",
        "bipdesk.cli.safety:add_check",
    ),
    (
        "init",
        "create an empty database (encrypted with a passphrase when asked)",
        "bipdesk.cli.encryption:add_init",
    ),
    (
        "change-passphrase",
        "encrypt an encrypted database with a new passphrase",
        "bipdesk.cli.encryption:add_change_passphrase",
    ),
    (
        "team",
        "a team database on a server: init, add-member, remove-member, members, handover",
        "bipdesk.cli.team:add_team",
    ),
    (
        "copy-to",
        "move the participants of a database file into a team database (all or nothing)",
        "bipdesk.cli.team:add_copy_to",
    ),
)
"""Every command in the order of `bipdesk --help`."""


def _width() -> int:
    """shutil.get_terminal_size's columns, less argparse's margin of 2, without
    importing shutil (with bz2 and lzma, ~2 ms)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0 and sys.__stdout__ is not None:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_width())


class _Parser(argparse.ArgumentParser):
    def __init__(self, **options: Any) -> None:
        options.setdefault("formatter_class", _Formatter)
        super().__init__(**options)

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


if TYPE_CHECKING:
    _SubParsers = argparse._SubParsersAction[_Parser]
else:
    _SubParsers = argparse._SubParsersAction


class _Commands(_SubParsers):
    """Sub-commands whose parsers are made when chosen: `--help` lists each by its
    help line, and only the chosen command's module is imported."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._adders = {name: adder for name, _, adder in COMMANDS}
        self.choices = self._adders  # type: ignore[assignment]  # names argparse accepts
        for name, help_line, _ in COMMANDS:
            self._choices_actions.append(self._ChoicesPseudoAction(name, (), help_line))

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        name = values[0]
        if name not in self._name_parser_map:
            add_arguments = _function(self._adders[name])
            add_arguments(self.add_parser(name))
        super().__call__(parser, namespace, values, option_string)


def _function(where: str) -> Callable[[argparse.ArgumentParser], None]:
    from importlib import import_module

    module, _, name = where.partition(":")
    found: Callable[[argparse.ArgumentParser], None] = getattr(import_module(module), name)
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bipdesk",
        description="BIP Desk: the BIP progression card for labour-market projects. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"bipdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file, or a team database postgresql://LOGIN@HOST[:PORT]/DATABASE "
        "(default: $BIPDESK_DB, else bipdesk.db in the per-user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=UI_LANGUAGES,
        help="language of messages and documents (default: the system locale; for the "
        "desktop app, the language chosen in its settings)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation on a temporary database (import, window, chart, PDF) "
        "and exit",
    )
    parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        prog="bipdesk",  # given: argparse would format the usage (and import shutil) for it
        parser_class=_Parser,
        action=_Commands,
    )
    return parser
