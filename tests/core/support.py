"""Small builders shared by the core tests."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

from bipdesk.core.cards import Area, Card, CardKey, Question, Scale
from bipdesk.core.measurements import Measurement

CARD = CardKey("bip-standard", 1)


def measurement(
    day: date,
    answers: Mapping[str, int | None] | None = None,
    *,
    card: CardKey = CARD,
    code: str = "P1",
    saved_id: int | None = None,
) -> Measurement:
    return Measurement(code, card, day, dict(answers or {}), id=saved_id)


def sv(text: str) -> Mapping[str, str]:
    return MappingProxyType({"sv": text})


def small_card(
    question_ids: tuple[str, ...] = ("a", "b", "c"),
    *,
    card_id: str = "test-card",
    version: int = 1,
    minimum: int = 1,
    maximum: int = 10,
) -> Card:
    return Card(
        card_id,
        version,
        sv("Testkort"),
        Scale(minimum, maximum, sv("Inte alls"), sv("Helt och hållet")),
        tuple(Question(q, Area.JOB, sv(f"Fråga {q}?"), sv(q)) for q in question_ids),
    )


def card_mapping(**overrides: Any) -> dict[str, Any]:
    """A valid card as parsed TOML; `overrides` replace top-level fields."""
    data: dict[str, Any] = {
        "id": "test-card",
        "version": 1,
        "title": {"sv": "Testkort", "en": "Test card"},
        "scale": {
            "min": 1,
            "max": 10,
            "min_label": {"sv": "Inte alls", "en": "Not at all"},
            "max_label": {"sv": "Helt och hållet", "en": "Completely"},
        },
        "questions": [
            {"id": "first", "area": "job", "text": {"sv": "Första?"}, "label": {"sv": "Ett"}},
            {"id": "second", "area": "health", "text": {"sv": "Andra?"}, "label": {"sv": "Två"}},
            {"id": "third", "area": "social", "text": {"sv": "Tredje?"}, "label": {"sv": "Tre"}},
        ],
    }
    data.update(overrides)
    return data
