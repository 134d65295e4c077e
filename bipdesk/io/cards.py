"""Loading card files (TOML or JSON) from the built-in and the user's cards folders.

A file holds either a card (it has `id`) or a translation of one (it has
`card` and `language`); translations are applied after all cards are read.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from bipdesk import paths
from bipdesk.core.cards import (
    Card,
    CardError,
    CardLibrary,
    CardTranslation,
    apply_translation,
    card_from_mapping,
    translation_from_mapping,
)
from bipdesk.messages import QT_TRANSLATE_NOOP

CARD_SUFFIXES = (".toml", ".json")


def _parse(path: Path) -> dict[str, Any]:
    try:
        if path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        reason = QT_TRANSLATE_NOOP("card", "not valid {format}: {error}").format(
            format=path.suffix[1:].upper(), error=str(error)
        )
        raise CardError(str(path), "", reason) from None
    except UnicodeDecodeError:
        raise CardError(str(path), "", QT_TRANSLATE_NOOP("card", "not UTF-8 text")) from None
    except OSError as error:
        reason = QT_TRANSLATE_NOOP("card", "cannot be read: {reason}").format(
            reason=error.strerror or str(error)
        )
        raise CardError(str(path), "", reason) from None
    if not isinstance(data, dict):
        raise CardError(str(path), "", QT_TRANSLATE_NOOP("card", "must hold a table of fields"))
    return data


def load_card_file(path: Path) -> Card | CardTranslation:
    data = _parse(path)
    if "card" in data and "language" in data:
        return translation_from_mapping(data, str(path))
    return card_from_mapping(data, str(path))


def load_cards(folders: Iterable[Path]) -> CardLibrary:
    """Read every card file in `folders` (missing folders are skipped)."""
    library = CardLibrary()
    translations: list[CardTranslation] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.iterdir() if p.suffix in CARD_SUFFIXES):
            loaded = load_card_file(path)
            if isinstance(loaded, CardTranslation):
                translations.append(loaded)
            else:
                library.add(loaded)
    for translation in translations:
        card = library.get(translation.card.id, translation.card.version)
        if card is None:
            reason = QT_TRANSLATE_NOOP("card", "no card {card} to translate").format(
                card=str(translation.card)
            )
            raise CardError(translation.source, "card", reason)
        library.replace(apply_translation(card, translation))
    return library


def card_folders(extra: Iterable[Path] = ()) -> list[Path]:
    return [paths.builtin_cards_dir(), paths.user_cards_dir(), *extra]


@lru_cache(maxsize=1)
def default_cards() -> CardLibrary:
    """The built-in cards plus the user's, read once per process."""
    return load_cards(card_folders())
