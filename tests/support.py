"""Facts about the shipped card that many tests need, read from the card itself.

(tests/core/test_default_card.py checks the card against DESIGN §3 word for word.)
"""

from __future__ import annotations

from bipdesk.core.cards import Card
from bipdesk.io.cards import default_cards


def standard_card() -> Card:
    card = default_cards().get("bip-standard", 1)
    assert card is not None
    return card


QUESTIONS: tuple[str, ...] = standard_card().question_ids
"""The question ids of bip-standard v1, in card order."""
