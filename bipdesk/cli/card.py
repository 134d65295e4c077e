"""`bipdesk card texts` and `bipdesk card import-texts`: the translator's round trip.

Cards are files, not database rows, so these commands need no `--db`: they
read the built-in cards and the user's cards folder, and write a new card
version into that folder (where the app reads it from at its next start).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bipdesk.cli.errors import CliError

if TYPE_CHECKING:
    from bipdesk.core.cards import Card

_CARD_HELP = "the card: ID for its newest version, or ID@VERSION (e.g. bip-standard@1)"


def add_card_commands(commands: argparse._SubParsersAction[Any]) -> None:
    card = commands.add_parser(
        "card",
        help="a card's texts: a workbook for a translator, and its texts back as a new version",
        description="Write a card's texts to a workbook for a translator (`texts`), and read "
        "the filled-in workbook back as a new version of the card (`import-texts`).",
    )
    actions = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)

    texts = actions.add_parser(
        "texts",
        help="write a workbook with a row per text of the card, for translating into one language",
        description="Write one sheet with a row per text of the card: its key, the Swedish "
        "and English texts, and a column to fill in for language L (with the card's texts in "
        "L when it has them). Only that column can be edited.",
    )
    texts.add_argument("card", metavar="CARD", help=_CARD_HELP)
    texts.add_argument(
        "--lang",
        dest="target_language",
        required=True,
        metavar="L",
        help="the language to translate into, as a code: ar, so, ti, prs, fa, en …",
    )
    texts.add_argument("--out", type=Path, required=True, metavar="F.xlsx")
    texts.set_defaults(run=_run_texts)

    back = actions.add_parser(
        "import-texts",
        help="read a filled-in texts workbook and write a new version of the card",
        description="Check the workbook made by `bipdesk card texts` and write a new version "
        "of the card (the newest version + 1) with its texts into your cards folder. Nothing "
        "is written when anything is wrong; the card the workbook was made from is unchanged.",
    )
    back.add_argument("file", type=Path, metavar="F.xlsx")
    back.add_argument(
        "--status",
        choices=("draft", "reviewed"),
        default="draft",
        help="how the translation is marked: 'reviewed' once it has been checked by someone "
        "who reads the language (default: draft)",
    )
    back.set_defaults(run=_run_import_texts)


def _card_by_name(name: str) -> Card:
    """The card `id` (newest version) or `id@version` among the installed cards."""
    from bipdesk.io.cards import card_folders, load_cards

    library = load_cards(card_folders())  # fresh: a version made a moment ago counts
    card_id, _, version_text = name.partition("@")
    version: int | None = None
    if version_text:
        if not version_text.isdigit() or int(version_text) < 1:
            raise CliError(f"'{name}': the version after '@' must be a whole number, e.g. @1")
        version = int(version_text)
    card = library.get(card_id, version)
    if card is None:
        installed = ", ".join(str(c.key) for c in library) or "none"
        raise CliError(f"no card '{name}' is installed (installed: {installed})")
    return card


def _run_texts(args: argparse.Namespace) -> int:
    from bipdesk.io.card_texts import check_target_language, write_texts_workbook
    from bipdesk.language import language_name

    try:
        check_target_language(args.target_language)
    except ValueError as error:
        raise CliError(f"--lang: {error}") from None
    card = _card_by_name(args.card)
    count = write_texts_workbook(card, args.target_language, args.out, args.lang)
    language = args.target_language
    have = sum(1 for q in card.questions if language in q.text)
    status = card.translation_status.get(language, "none")
    print(
        f"{args.out}: {count} texts of {card.key} to translate into "
        f"{language_name(language, 'en')} ({language}); the card has {have} of "
        f"{len(card.questions)} questions in it already (status: {status})"
    )
    return 0


def _run_import_texts(args: argparse.Namespace) -> int:
    from bipdesk import paths
    from bipdesk.io.card_texts_import import CardTextsError, read_texts_workbook
    from bipdesk.io.card_toml import CardFileError, write_new_card_file
    from bipdesk.io.cards import card_folders, load_cards

    if not args.file.is_file():
        raise CliError(f"{args.file}: no such file")
    library = load_cards(card_folders())
    try:
        imported = read_texts_workbook(args.file, library, args.status)
        comment = (
            f"{imported.card.key}: {imported.base.key} with its '{imported.language}' texts "
            f"from {args.file.name} ({imported.status_after}),",
            "made by `bipdesk card import-texts`.",
        )
        path = write_new_card_file(imported.card, paths.user_cards_dir(), comment)
    except (CardTextsError, CardFileError) as error:
        raise CliError(str(error)) from error
    before = imported.status_before or "none"
    print(f"{path}: {imported.card.key}, made from {imported.base.key}")
    print(
        f"  {imported.language}: {len(imported.changes)} text(s) changed, "
        f"{imported.unchanged} unchanged; status {before} → {imported.status_after}"
    )
    for change in imported.changes:
        print(f"    {'changed' if change.before else 'new'}: {change.key}")
    return 0
