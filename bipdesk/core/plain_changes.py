"""What moved, in plain words: one sentence per question for the participant.

The participant's own page and the participant copy of the sheet tell the
participant what changed as "Klara ett arbete: 3 → 6 — ”Jag klarar en del,
med stöd”": the question's short label, the answers of the measurements
shown (oldest first) and the anchor of the latest answer. Every part comes
from the card's own texts, so a sentence exists in every language the card
has, with no words that somebody would have to translate for BIP Desk. No
codes, notes or coordinator's views go into it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bipdesk.core.cards import (
    BASE_LANGUAGE,
    Card,
    Question,
    anchor_index,
    is_right_to_left,
    localized,
)
from bipdesk.core.measurements import Measurement, chronological

NO_ANSWER = "–"
_QUOTES = {
    "sv": ("”", "”"),
    "en": ("“", "”"),
    "ar": ("«", "»"),
    "fa": ("«", "»"),
    "prs": ("«", "»"),
    "ti": ("«", "»"),
}
_DEFAULT_QUOTES = ("“", "”")


@dataclass(frozen=True)
class QuestionMove:
    """One question's answers in the measurements shown, oldest first."""

    question_id: str
    values: tuple[int | None, ...]

    @property
    def latest(self) -> int | None:
        return self.values[-1] if self.values else None


def first_previous_latest(measurements: Sequence[Measurement], card_id: str) -> list[Measurement]:
    """The measurements the participant's own page shows: the first, the previous
    and the latest of card `card_id` (fewer when there are fewer), oldest first."""
    ordered = chronological([m for m in measurements if m.card.id == card_id])
    if len(ordered) <= 3:
        return ordered
    return [ordered[0], ordered[-2], ordered[-1]]


def moved_questions(card: Card, measurements: Sequence[Measurement]) -> list[QuestionMove]:
    """The questions of `card`, in card order, whose answers differ among the
    measurements (of that card id) — at least two answered and not all alike."""
    shown = chronological([m for m in measurements if m.card.id == card.id])
    moves: list[QuestionMove] = []
    for question in card.questions:
        values = tuple(m.answer(question.id) for m in shown)
        answered = {v for v in values if v is not None}
        if len(answered) > 1:
            moves.append(QuestionMove(question.id, values))
    return moves


def has_language(card: Card, language: str) -> bool:
    """Whether the card has its own texts in `language` (no fallback to Swedish)."""
    return language in card.languages


def sentence_languages(card: Card, participant_language: str | None, fallback: str) -> list[str]:
    """The languages to tell the participant in, first the one to read first:
    theirs when the card has it, else `fallback` (the app's); then Swedish
    under it when the first is another language."""
    first = (
        participant_language
        if participant_language is not None and has_language(card, participant_language)
        else fallback
    )
    return [first] if first == BASE_LANGUAGE else [first, BASE_LANGUAGE]


def _own_anchor(question: Question, language: str, value: int, card: Card) -> str | None:
    """The anchor of `value` in exactly `language` (never another language's)."""
    anchors = question.anchors.get(language) or question.anchors.get(language.split("-")[0])
    if not anchors:
        return None
    return anchors[anchor_index(card.scale, value)]


def move_sentence(card: Card, move: QuestionMove, language: str) -> str:
    """'Klara ett arbete: 3 → 6 — ”Jag klarar en del, med stöd”' in `language`.

    Right-to-left languages read the answers from the right, so their arrow
    points left ('3 ← 6' is drawn with 3 on the right). Without an anchor in
    that language (a card without anchors) the sentence ends after the answers.
    """
    question = card.question(move.question_id)
    arrow = " ← " if is_right_to_left(language) else " → "
    numbers = arrow.join(NO_ANSWER if v is None else str(v) for v in move.values)
    sentence = f"{localized(question.label, language)}: {numbers}"
    latest = move.latest
    anchor = None if latest is None else _own_anchor(question, language, latest, card)
    if anchor:
        opening, closing = _QUOTES.get(language.split("-")[0], _DEFAULT_QUOTES)
        sentence += f" — {opening}{anchor}{closing}"
    return sentence


@dataclass(frozen=True)
class PlainSentence:
    """One moved question, told in each language asked for (first language first)."""

    question_id: str
    texts: tuple[tuple[str, str], ...]
    """(language, sentence) pairs."""


def plain_sentences(
    card: Card, measurements: Sequence[Measurement], languages: Sequence[str]
) -> list[PlainSentence]:
    """A sentence per moved question in every language of `languages`."""
    return [
        PlainSentence(
            move.question_id,
            tuple((language, move_sentence(card, move, language)) for language in languages),
        )
        for move in moved_questions(card, measurements)
    ]
