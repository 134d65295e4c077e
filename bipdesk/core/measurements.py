"""Measurements: one filled-in card for one participant on one date."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction
from types import MappingProxyType

from bipdesk.core.cards import CardKey

Answers = Mapping[str, int | None]
"""Question id → answer; None (or a missing key) means 'vill inte svara / ej aktuell'."""


def _frozen(mapping: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Measurement:
    participant_code: str
    card: CardKey
    date: date
    answers: Answers = field(default_factory=dict)
    question_notes: Mapping[str, str] = field(default_factory=dict)
    note: str | None = None
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int | None = field(default=None, compare=False)
    """The stored row's version when read (None: not read from a database): a save
    is refused when someone else saved the measurement since (DESIGN §11). Not part
    of equality: two reads of the same content are the same measurement."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "answers", _frozen(self.answers))
        object.__setattr__(self, "question_notes", _frozen(self.question_notes))

    def answer(self, question_id: str) -> int | None:
        return self.answers.get(question_id)

    @property
    def answered(self) -> dict[str, int]:
        return {q: a for q, a in self.answers.items() if a is not None}

    def mean(self) -> float | None:
        """Mean of the answered questions; None when nothing was answered."""
        values = list(self.answered.values())
        return float(Fraction(sum(values), len(values))) if values else None

    def same_content(self, other: Measurement) -> bool:
        """True when re-saving `other` over this one would change nothing."""
        return (
            self.participant_code == other.participant_code
            and self.card == other.card
            and self.date == other.date
            and self.answered == other.answered
            and {k: v for k, v in self.question_notes.items() if v}
            == {k: v for k, v in other.question_notes.items() if v}
            and (self.note or None) == (other.note or None)
        )


def chronological(measurements: list[Measurement]) -> list[Measurement]:
    """Oldest first; same-day measurements keep the order they were saved in.

    A measurement not saved yet (no id) comes after the saved ones of its day.
    """
    return sorted(measurements, key=lambda m: (m.date, m.id is None, m.id or 0))
