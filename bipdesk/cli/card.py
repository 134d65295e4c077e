"""`bipdesk card texts` and `bipdesk card import-texts`: the translator's round trip.

Cards are files, not database rows, so these commands need no `--db`: they
read the built-in cards and the user's cards folder, and write a new card
version into that folder (where the app reads it from at its next start).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from bipdesk.cli.errors import CliError
from bipdesk.messages import QT_TRANSLATE_NOOP, Number, counted, message_of, said

if TYPE_CHECKING:
    from bipdesk.core.cards import Card

_CARD_HELP = "the card: ID for its newest version, or ID@VERSION (e.g. bip-standard@1)"


def add_card(card: argparse.ArgumentParser) -> None:
    card.description = (
        "Write a card's texts to a workbook for a translator (`texts`), and read "
        "the filled-in workbook back as a new version of the card (`import-texts`)."
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
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "card texts", "'{name}': the version after '@' must be a whole number, e.g. @1"
                ).format(name=name)
            )
        version = int(version_text)
    card = library.get(card_id, version)
    if card is None:
        installed = ", ".join(str(c.key) for c in library)
        if not installed:
            raise CliError(
                QT_TRANSLATE_NOOP("card texts", "no card '{name}' is installed (none is)").format(
                    name=name
                )
            )
        raise CliError(
            QT_TRANSLATE_NOOP(
                "card texts", "no card '{name}' is installed (installed: {installed})"
            ).format(name=name, installed=installed)
        )
    return card


def _run_texts(args: argparse.Namespace) -> int:
    from bipdesk.io.card_texts import check_target_language, write_texts_workbook
    from bipdesk.language import language_name

    try:
        check_target_language(args.target_language)
    except ValueError as error:
        raise CliError(
            QT_TRANSLATE_NOOP("card texts", "--lang: {reason}").format(reason=message_of(error))
        ) from None
    card = _card_by_name(args.card)
    count = write_texts_workbook(card, args.target_language, args.out, args.lang)
    language = args.target_language
    have = sum(1 for q in card.questions if language in q.text)
    status = card.translation_status.get(language, "none")
    print(
        said(
            QT_TRANSLATE_NOOP(
                "card texts",
                "{out}: {count} texts of {card} to translate into {language} ({code}); "
                "the card has {have} of {questions} questions in it already (status: {status})",
            ).format(
                out=args.out,
                count=Number(count),
                card=str(card.key),
                language=language_name(language, args.lang),
                code=language,
                have=have,
                questions=len(card.questions),
                status=status,
            ),
            args.lang,
        )
    )
    return 0


def _run_import_texts(args: argparse.Namespace) -> int:
    from bipdesk import paths
    from bipdesk.io.card_texts_import import CardTextsError, read_texts_workbook
    from bipdesk.io.card_toml import CardFileError, write_new_card_file
    from bipdesk.io.cards import card_folders, load_cards

    if not args.file.is_file():
        raise CliError(
            QT_TRANSLATE_NOOP("card texts", "{file}: no such file").format(file=args.file)
        )
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
        raise CliError(message_of(error)) from error
    before = imported.status_before or "none"
    made = QT_TRANSLATE_NOOP("card texts", "{path}: {card}, made from {base}")
    print(
        said(
            made.format(path=path, card=str(imported.card.key), base=str(imported.base.key)),
            args.lang,
        )
    )
    summary = counted(
        len(imported.changes),
        QT_TRANSLATE_NOOP(
            "card texts",
            "{language}: {count} text changed, {unchanged} unchanged; status {before} → {after}",
        ),
        QT_TRANSLATE_NOOP(
            "card texts",
            "{language}: {count} texts changed, {unchanged} unchanged; status {before} → {after}",
        ),
        language=imported.language,
        unchanged=Number(imported.unchanged),
        before=before,
        after=imported.status_after,
    )
    print(f"  {said(summary, args.lang)}")
    changed = QT_TRANSLATE_NOOP("card texts", "changed: {key}")
    new = QT_TRANSLATE_NOOP("card texts", "new: {key}")
    for change in imported.changes:
        print(f"    {said((changed if change.before else new).format(key=change.key), args.lang)}")
    return 0
