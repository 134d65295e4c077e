"""The built-in cards plus the Arabic sample translation of tests/fixtures/cards (a test
fixture, not a checked translation) for the right-to-left tests."""

from __future__ import annotations

from pathlib import Path

from bipdesk import paths
from bipdesk.core.cards import CardLibrary
from bipdesk.io.cards import load_cards

FIXTURE_CARDS = Path(__file__).resolve().parent / "fixtures" / "cards"


def cards_with_arabic() -> CardLibrary:
    return load_cards([paths.builtin_cards_dir(), FIXTURE_CARDS])
