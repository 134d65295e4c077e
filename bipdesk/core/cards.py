"""Cards: versioned definitions of the BIP progression card.

A card is data (a TOML file), so projects can adapt it without a new release.
Parsing lives here and in bipdesk.core.card_parsing, free of file access, so
that every message can name the source and the field that is wrong.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar

import babel

from bipdesk.core import card_refusals as refusals
from bipdesk.core.card_parsing import (
    BASE_LANGUAGE,
    DRAFT,
    LANGUAGE_CODE,
    NO_ANCHORS,
    Anchors,
    FieldReader,
)
from bipdesk.core.card_parsing import REVIEWED as REVIEWED
from bipdesk.core.card_parsing import TRANSLATION_STATES as TRANSLATION_STATES
from bipdesk.core.card_parsing import CardError as CardError

_SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
_CARD_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_T = TypeVar("_T")


class Area(StrEnum):
    """BIP's four categories."""

    JOB = "job"
    HEALTH = "health"
    SOCIAL = "social"
    SKILLS = "skills"


Texts = Mapping[str, str]
"""Language code → text; always holds the base language."""


def _pick(by_language: Mapping[str, _T], language: str) -> _T | None:
    """The entry for `language`, else its base language, else Swedish, else any."""
    if language in by_language:
        return by_language[language]
    base = language.split("-")[0]
    if base in by_language:
        return by_language[base]
    if BASE_LANGUAGE in by_language:
        return by_language[BASE_LANGUAGE]
    return next(iter(by_language.values()), None)


def localized(texts: Texts, language: str) -> str:
    """The text in `language`, falling back to Swedish then to any text."""
    text = _pick(texts, language)
    return "" if text is None else text


@functools.cache
def is_right_to_left(language: str) -> bool:
    """The script's direction from CLDR (babel): Sorani `ckb` is, Kurmanji `ku` is not.

    Codes CLDR keeps only as aliases are followed, so Dari `prs` reads as `fa_AF`.
    """
    code = language.replace("-", "_")
    aliases: Mapping[str, str] = babel.core.get_global("language_aliases")
    for candidate in (code, aliases.get(code.split("_")[0])):
        if candidate is None:
            continue
        try:
            locale = babel.Locale.parse(candidate)
        except (ValueError, babel.UnknownLocaleError):
            continue
        return bool(locale.character_order == "right-to-left")
    return False


class CardKey(NamedTuple):
    """A measurement keeps the key of the card it was made with."""

    id: str
    version: int

    def __str__(self) -> str:
        return f"{self.id} v{self.version}"


StepRange = tuple[int, int]
"""First and last step (both included) of one part of a scale."""


@dataclass(frozen=True)
class Scale:
    minimum: int
    maximum: int
    minimum_label: Texts
    maximum_label: Texts

    def contains(self, value: int) -> bool:
        return self.minimum <= value <= self.maximum

    @property
    def steps(self) -> range:
        return range(self.minimum, self.maximum + 1)

    @property
    def anchor_ranges(self) -> tuple[StepRange, StepRange, StepRange]:
        """The low, middle and high part of the scale, as (first, last) steps.

        The low and the high part each take 30 % of the steps, rounded to the
        nearest step (a half rounds down, so the middle gets it) and at least
        one step; the middle takes the rest. On 1–10 that is 1–3, 4–7 and 8–10
        (DESIGN §3); on 1–5 it is 1, 2–4 and 5; on 1–7 it is 1–2, 3–5 and 6–7.
        A two-step scale has no middle: its middle range is empty (last < first),
        which is why a card refuses anchors on it.
        """
        count = self.maximum - self.minimum + 1
        outer = max(1, (3 * count + 4) // 10)
        low_last = self.minimum + outer - 1
        high_first = self.maximum - outer + 1
        return (
            (self.minimum, low_last),
            (low_last + 1, high_first - 1),
            (high_first, self.maximum),
        )


def anchor_index(scale: Scale, value: int) -> int:
    """0, 1 or 2: whether `value` lies in the low, middle or high part of the scale.

    The parts are those of `Scale.anchor_ranges`; a value outside the scale is
    a ValueError, not a guess.
    """
    if not scale.contains(value):
        off = f"{value} is outside the scale {scale.minimum}–{scale.maximum}"
        raise ValueError(off)  # programming error: answers are checked against the scale first
    for index, (first, last) in enumerate(scale.anchor_ranges):
        if first <= value <= last:
            return index
    raise AssertionError("the three parts cover the whole scale")  # pragma: no cover


@dataclass(frozen=True)
class Question:
    id: str
    area: Area
    text: Texts
    label: Texts
    anchors: Mapping[str, Anchors] = field(default_factory=lambda: NO_ANCHORS)
    """Language → (low, middle, high) texts shown while answering; empty when the
    card has none, so that "a 5" means the same to everyone where it has them."""


def localized_anchors(question: Question, language: str) -> Anchors | None:
    """The question's anchors in `language`, with the fallback of `localized`; None if none."""
    return _pick(question.anchors, language)


@dataclass(frozen=True)
class Card:
    id: str
    version: int
    title: Texts
    scale: Scale
    questions: tuple[Question, ...]
    source: str = field(default="", compare=False)
    """Where the card was read from; not part of its content, so an unchanged
    copy of a card in another file compares equal."""
    translation_status: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Language → "draft" or "reviewed"; a draft is shown to the coordinator as
    one to check with the interpreter."""
    _by_id: Mapping[str, Question] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", MappingProxyType({q.id: q for q in self.questions}))

    @property
    def key(self) -> CardKey:
        return CardKey(self.id, self.version)

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages in which every question has both text and label."""
        found = set(self.title)
        for q in self.questions:
            found &= set(q.text) & set(q.label)
        ordered = sorted(found - {BASE_LANGUAGE})
        return (BASE_LANGUAGE, *ordered) if BASE_LANGUAGE in found else tuple(ordered)

    def is_draft(self, language: str) -> bool:
        """Whether the card calls its `language` texts (or its base language's) a draft."""
        return _pick_exact(self.translation_status, language) == DRAFT

    def question(self, question_id: str) -> Question:
        return self._by_id[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._by_id

    def with_translation(self, language: str, translation: CardTranslation) -> Card:
        """A copy of the card with one more language added.

        The language's status becomes the translation's, and "draft" when the
        translation does not say: texts nobody has vouched for are a draft.
        """

        def add(texts: Mapping[str, _T], extra: _T | None) -> Mapping[str, _T]:
            if extra is None:
                return texts
            return MappingProxyType({**texts, language: extra})

        questions = tuple(
            Question(
                q.id,
                q.area,
                add(q.text, translation.texts.get(q.id)),
                add(q.label, translation.labels.get(q.id)),
                add(q.anchors, translation.anchors.get(q.id)),
            )
            for q in self.questions
        )
        scale = Scale(
            self.scale.minimum,
            self.scale.maximum,
            add(self.scale.minimum_label, translation.minimum_label),
            add(self.scale.maximum_label, translation.maximum_label),
        )
        return Card(
            self.id,
            self.version,
            add(self.title, translation.title),
            scale,
            questions,
            self.source,
            add(self.translation_status, translation.status or DRAFT),
        )


def _pick_exact(by_language: Mapping[str, str], language: str) -> str | None:
    """The entry for `language` or its base language only (no Swedish fallback)."""
    if language in by_language:
        return by_language[language]
    return by_language.get(language.split("-")[0])


@dataclass(frozen=True)
class CardTranslation:
    """One extra language for a card, kept in a file of its own."""

    card: CardKey
    language: str
    title: str | None
    minimum_label: str | None
    maximum_label: str | None
    texts: Mapping[str, str]
    labels: Mapping[str, str]
    source: str = ""
    anchors: Mapping[str, Anchors] = field(default_factory=lambda: NO_ANCHORS)
    """Question id → (low, middle, high) in this language."""
    status: str | None = None
    """"draft" or "reviewed" as the file says; None when it does not."""


def card_from_mapping(data: Mapping[str, Any], source: str) -> Card:
    """Build a card from parsed TOML/JSON, or raise CardError naming the field."""
    r = FieldReader(source)
    allowed = ("id", "version", "title", "scale", "questions", "translation_status")
    r.unknown_keys(data, allowed, "")
    card_id = r.string(data, "id", "")
    if not _CARD_ID.match(card_id):
        raise r.fail("id", refusals.CARD_ID)
    version = r.integer(data, "version", "")
    if version < 1:
        raise r.fail("version", refusals.VERSION)
    title = r.texts(data, "title", "")

    scale_data = r.table(data, "scale", "")
    r.unknown_keys(scale_data, ("min", "max", "min_label", "max_label"), "scale")
    minimum = r.integer(scale_data, "min", "scale")
    maximum = r.integer(scale_data, "max", "scale")
    if maximum - minimum < 1:
        raise r.fail("scale.max", refusals.SCALE_TOO_SHORT)
    if maximum - minimum > 20:
        raise r.fail("scale.max", refusals.SCALE_TOO_LONG)
    scale = Scale(
        minimum,
        maximum,
        r.texts(scale_data, "min_label", "scale"),
        r.texts(scale_data, "max_label", "scale"),
    )

    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise r.fail("questions", refusals.NO_QUESTIONS)
    questions: list[Question] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_questions):
        path = f"questions[{index + 1}]"
        if not isinstance(raw, Mapping):
            raise r.fail(path, refusals.NOT_A_TABLE)
        r.unknown_keys(raw, ("id", "area", "text", "label", "anchors"), path)
        question_id = r.string(raw, "id", path)
        if not _SLUG.match(question_id):
            raise r.fail(f"{path}.id", refusals.QUESTION_ID)
        if question_id in seen:
            raise r.fail(f"{path}.id", refusals.used_twice(question_id))
        seen.add(question_id)
        area_name = r.string(raw, "area", path)
        try:
            area = Area(area_name)
        except ValueError:
            allowed_areas = ", ".join(a.value for a in Area)
            unknown = refusals.unknown_area(area_name, allowed_areas)
            raise r.fail(f"{path}.area", unknown) from None
        text = r.texts(raw, "text", path)
        label = r.texts(raw, "label", path)
        anchors = r.anchors(raw, "anchors", path)
        if anchors:
            _check_scale_takes_anchors(r, scale, f"{path}.anchors")
        questions.append(Question(question_id, area, text, label, anchors))
    card = Card(card_id, version, title, scale, tuple(questions), source)
    status = r.translation_status(data, "translation_status", card.languages)
    return Card(card_id, version, title, scale, tuple(questions), source, status)


def _check_scale_takes_anchors(r: FieldReader, scale: Scale, path: str) -> None:
    if scale.maximum - scale.minimum < 2:
        raise r.fail(path, refusals.ANCHORS_NEED_STEPS)


def translation_from_mapping(data: Mapping[str, Any], source: str) -> CardTranslation:
    """Parse a translation file: one language for one card id and version."""
    r = FieldReader(source)
    allowed = ("card", "version", "language", "status", "title", "scale", "questions")
    r.unknown_keys(data, allowed, "")
    card_id = r.string(data, "card", "")
    version = r.integer(data, "version", "")
    language = r.string(data, "language", "")
    if not LANGUAGE_CODE.match(language) or language == BASE_LANGUAGE:
        raise r.fail("language", refusals.TRANSLATION_LANGUAGE)
    status = r.state(data["status"], "status") if "status" in data else None
    scale_data = data.get("scale", {})
    if not isinstance(scale_data, Mapping):
        raise r.fail("scale", refusals.NOT_A_TABLE)
    r.unknown_keys(scale_data, ("min_label", "max_label"), "scale")
    questions = data.get("questions", {})
    if not isinstance(questions, Mapping):
        raise r.fail("questions", refusals.QUESTIONS_TABLE)
    texts: dict[str, str] = {}
    labels: dict[str, str] = {}
    anchors: dict[str, Anchors] = {}
    for question_id, entry in questions.items():
        path = f"questions.{question_id}"
        if not isinstance(entry, Mapping):
            raise r.fail(path, refusals.QUESTION_TABLE)
        r.unknown_keys(entry, ("text", "label", "anchors"), path)
        texts[str(question_id)] = r.string(entry, "text", path)
        labels[str(question_id)] = r.string(entry, "label", path)
        if "anchors" in entry:
            anchors[str(question_id)] = r.anchor_texts(entry["anchors"], f"{path}.anchors")
    return CardTranslation(
        CardKey(card_id, version),
        language,
        r.optional_string(data, "title", ""),
        r.optional_string(scale_data, "min_label", "scale"),
        r.optional_string(scale_data, "max_label", "scale"),
        MappingProxyType(texts),
        MappingProxyType(labels),
        source,
        MappingProxyType(anchors),
        status,
    )


def apply_translation(card: Card, translation: CardTranslation) -> Card:
    """Add a translation, refusing one for another card or naming questions it lacks."""
    r = FieldReader(translation.source)
    if translation.card != card.key:
        raise r.fail("card", refusals.other_card(str(translation.card), str(card.key)))
    for question_id in (*translation.texts, *translation.labels, *translation.anchors):
        if not card.has_question(question_id):
            raise r.fail(f"questions.{question_id}", refusals.no_such_question(str(card.key)))
    for question_id in translation.anchors:
        _check_scale_takes_anchors(r, card.scale, f"questions.{question_id}.anchors")
    return card.with_translation(translation.language, translation)


class CardLibrary:
    """All cards known to the program, by id and version."""

    def __init__(self, cards: Iterable[Card] = ()) -> None:
        self._cards: dict[CardKey, Card] = {}
        for card in cards:
            self.add(card)

    def add(self, card: Card) -> None:
        existing = self._cards.get(card.key)
        if existing is not None and _covers(existing, card):
            return  # an older copy of the same card, e.g. from before it gained languages
        if existing is not None and existing != card and not _covers(card, existing):
            twice = refusals.defined_twice(str(card.key), existing.source)
            raise FieldReader(card.source).fail("id", twice)
        self._cards[card.key] = card

    def replace(self, card: Card) -> None:
        self._cards[card.key] = card

    def get(self, card_id: str, version: int | None = None) -> Card | None:
        """The card with that id and version, or the newest version of the id."""
        if version is not None:
            return self._cards.get(CardKey(card_id, version))
        versions = [key.version for key in self._cards if key.id == card_id]
        return self._cards[CardKey(card_id, max(versions))] if versions else None

    def __contains__(self, key: object) -> bool:
        return key in self._cards

    def __iter__(self) -> Iterator[Card]:
        return iter(sorted(self._cards.values(), key=lambda c: (c.id, c.version)))

    def __len__(self) -> int:
        return len(self._cards)


def _covers(card: Card, other: Card) -> bool:
    """True when `other` is the same card as `card` with some of its texts left out.

    Languages and anchors are added to a card without a new version; a copy of
    the card from before (say, in the user's cards folder) then still holds the
    same questions with the same words, only fewer of them, and must not stop
    the app. A changed word is a new card and needs a new version.
    """

    def within(part: Mapping[str, object], whole: Mapping[str, object]) -> bool:
        return all(whole.get(language) == value for language, value in part.items())

    if (card.key, card.scale.minimum, card.scale.maximum) != (
        other.key,
        other.scale.minimum,
        other.scale.maximum,
    ):
        return False
    if [(q.id, q.area) for q in card.questions] != [(q.id, q.area) for q in other.questions]:
        return False
    pairs: list[tuple[Mapping[str, object], Mapping[str, object]]] = [
        (other.title, card.title),
        (other.scale.minimum_label, card.scale.minimum_label),
        (other.scale.maximum_label, card.scale.maximum_label),
    ]
    for mine, theirs in zip(card.questions, other.questions, strict=True):
        pairs += [
            (theirs.text, mine.text),
            (theirs.label, mine.label),
            (theirs.anchors, mine.anchors),
        ]
    return all(within(part, whole) for part, whole in pairs)
