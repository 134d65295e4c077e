"""Cards and measurements for the report tests."""

from __future__ import annotations

from datetime import date

from bipdesk.core.cards import Card
from bipdesk.core.measurements import Measurement
from bipdesk.io.cards import default_cards


def standard_card() -> Card:
    card = default_cards().get("bip-standard")
    assert card is not None
    return card


def measurement(
    card: Card, day: date, values: list[int | None], code: str = "A001", ident: int = 1
) -> Measurement:
    answers = dict(zip(card.question_ids, values, strict=True))
    return Measurement(code, card.key, day, answers, id=ident)
