"""Cards: versioned definitions of the BIP progression card.

A card is data (a TOML file), so projects can adapt it without a new release.
Parsing lives here, free of file access, so that every message can name the
source and the field that is wrong.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, NamedTuple

import babel

BASE_LANGUAGE = "sv"
"""Swedish is the language every card must be complete in."""

_SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
_CARD_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class Area(StrEnum):
    """BIP's four categories."""

    JOB = "job"
    HEALTH = "health"
    SOCIAL = "social"
    SKILLS = "skills"


class CardError(ValueError):
    """A card file that cannot be used; the message names source and field."""

    def __init__(self, source: str, field_path: str, reason: str) -> None:
        self.source = source
        self.field_path = field_path
        self.reason = reason
        where = f"{source}: {field_path}" if field_path else source
        super().__init__(f"{where}: {reason}")


Texts = Mapping[str, str]
"""Language code → text; always holds the base language."""


def localized(texts: Texts, language: str) -> str:
    """The text in `language`, falling back to Swedish then to any text."""
    if language in texts:
        return texts[language]
    base = language.split("-")[0]
    if base in texts:
        return texts[base]
    if BASE_LANGUAGE in texts:
        return texts[BASE_LANGUAGE]
    return next(iter(texts.values()), "")


@functools.cache
def is_right_to_left(language: str) -> bool:
    """The script's direction from CLDR (babel): Sorani `ckb` is, Kurmanji `ku` is not."""
    try:
        locale = babel.Locale.parse(language.replace("-", "_"))
    except (ValueError, babel.UnknownLocaleError):
        return False
    return bool(locale.character_order == "right-to-left")


class CardKey(NamedTuple):
    """A measurement keeps the key of the card it was made with."""

    id: str
    version: int

    def __str__(self) -> str:
        return f"{self.id} v{self.version}"


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


@dataclass(frozen=True)
class Question:
    id: str
    area: Area
    text: Texts
    label: Texts


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

    def question(self, question_id: str) -> Question:
        return self._by_id[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._by_id

    def with_translation(self, language: str, translation: CardTranslation) -> Card:
        """A copy of the card with one more language added."""

        def add(texts: Texts, extra: str | None) -> Texts:
            if extra is None:
                return texts
            return MappingProxyType({**texts, language: extra})

        questions = tuple(
            Question(
                q.id,
                q.area,
                add(q.text, translation.texts.get(q.id)),
                add(q.label, translation.labels.get(q.id)),
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
        )


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


class _Reader:
    """Walks a parsed mapping and raises CardError naming the exact field."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, reason: str) -> CardError:
        return CardError(self.source, path, reason)

    def table(self, data: Mapping[str, Any], key: str, path: str) -> Mapping[str, Any]:
        value = data.get(key)
        if not isinstance(value, Mapping):
            raise self.fail(_join(path, key), "missing or not a table")
        return value

    def string(self, data: Mapping[str, Any], key: str, path: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(_join(path, key), "missing or not a non-empty string")
        return value.strip()

    def optional_string(self, data: Mapping[str, Any], key: str, path: str) -> str | None:
        if key not in data:
            return None
        return self.string(data, key, path)

    def integer(self, data: Mapping[str, Any], key: str, path: str) -> int:
        value = data.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(_join(path, key), "missing or not a whole number")
        return value

    def texts(self, data: Mapping[str, Any], key: str, path: str) -> Texts:
        table = self.table(data, key, path)
        here = _join(path, key)
        result: dict[str, str] = {}
        for language, text in table.items():
            if not _LANGUAGE.match(str(language)):
                raise self.fail(f"{here}.{language}", "not a language code such as 'sv' or 'en'")
            if not isinstance(text, str) or not text.strip():
                raise self.fail(f"{here}.{language}", "must be a non-empty string")
            result[str(language)] = text.strip()
        if BASE_LANGUAGE not in result:
            raise self.fail(f"{here}.{BASE_LANGUAGE}", "the Swedish text is missing")
        return MappingProxyType(result)

    def unknown_keys(self, data: Mapping[str, Any], allowed: Iterable[str], path: str) -> None:
        extra = sorted(set(data) - set(allowed))
        if extra:
            raise self.fail(_join(path, extra[0]), "unknown field")


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def card_from_mapping(data: Mapping[str, Any], source: str) -> Card:
    """Build a card from parsed TOML/JSON, or raise CardError naming the field."""
    r = _Reader(source)
    r.unknown_keys(data, ("id", "version", "title", "scale", "questions"), "")
    card_id = r.string(data, "id", "")
    if not _CARD_ID.match(card_id):
        raise r.fail("id", "use lower-case letters, digits, '-' and '_' only")
    version = r.integer(data, "version", "")
    if version < 1:
        raise r.fail("version", "must be 1 or more")
    title = r.texts(data, "title", "")

    scale_data = r.table(data, "scale", "")
    r.unknown_keys(scale_data, ("min", "max", "min_label", "max_label"), "scale")
    minimum = r.integer(scale_data, "min", "scale")
    maximum = r.integer(scale_data, "max", "scale")
    if maximum - minimum < 1:
        raise r.fail("scale.max", "must be greater than scale.min")
    if maximum - minimum > 20:
        raise r.fail("scale.max", "a scale may have at most 21 steps")
    scale = Scale(
        minimum,
        maximum,
        r.texts(scale_data, "min_label", "scale"),
        r.texts(scale_data, "max_label", "scale"),
    )

    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise r.fail("questions", "missing or empty; a card needs at least one question")
    questions: list[Question] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_questions):
        path = f"questions[{index + 1}]"
        if not isinstance(raw, Mapping):
            raise r.fail(path, "must be a table")
        r.unknown_keys(raw, ("id", "area", "text", "label"), path)
        question_id = r.string(raw, "id", path)
        if not _SLUG.match(question_id):
            raise r.fail(f"{path}.id", "use lower-case letters, digits and '_' only")
        if question_id in seen:
            raise r.fail(f"{path}.id", f"'{question_id}' is used twice")
        seen.add(question_id)
        area_name = r.string(raw, "area", path)
        try:
            area = Area(area_name)
        except ValueError:
            allowed = ", ".join(a.value for a in Area)
            raise r.fail(f"{path}.area", f"'{area_name}' is not one of {allowed}") from None
        questions.append(
            Question(question_id, area, r.texts(raw, "text", path), r.texts(raw, "label", path))
        )
    return Card(card_id, version, title, scale, tuple(questions), source)


def translation_from_mapping(data: Mapping[str, Any], source: str) -> CardTranslation:
    """Parse a translation file: one language for one card id and version."""
    r = _Reader(source)
    r.unknown_keys(data, ("card", "version", "language", "title", "scale", "questions"), "")
    card_id = r.string(data, "card", "")
    version = r.integer(data, "version", "")
    language = r.string(data, "language", "")
    if not _LANGUAGE.match(language) or language == BASE_LANGUAGE:
        raise r.fail("language", "must be a language code other than 'sv'")
    scale_data = data.get("scale", {})
    if not isinstance(scale_data, Mapping):
        raise r.fail("scale", "must be a table")
    r.unknown_keys(scale_data, ("min_label", "max_label"), "scale")
    questions = data.get("questions", {})
    if not isinstance(questions, Mapping):
        raise r.fail("questions", "must be a table of question id → {text, label}")
    texts: dict[str, str] = {}
    labels: dict[str, str] = {}
    for question_id, entry in questions.items():
        path = f"questions.{question_id}"
        if not isinstance(entry, Mapping):
            raise r.fail(path, "must be a table with text and label")
        r.unknown_keys(entry, ("text", "label"), path)
        texts[str(question_id)] = r.string(entry, "text", path)
        labels[str(question_id)] = r.string(entry, "label", path)
    return CardTranslation(
        CardKey(card_id, version),
        language,
        r.optional_string(data, "title", ""),
        r.optional_string(scale_data, "min_label", "scale"),
        r.optional_string(scale_data, "max_label", "scale"),
        MappingProxyType(texts),
        MappingProxyType(labels),
        source,
    )


def apply_translation(card: Card, translation: CardTranslation) -> Card:
    """Add a translation, refusing one for another card or naming questions it lacks."""
    if translation.card != card.key:
        raise CardError(
            translation.source,
            "card",
            f"the translation is for {translation.card}, not for {card.key}",
        )
    for question_id in (*translation.texts, *translation.labels):
        if not card.has_question(question_id):
            raise CardError(
                translation.source,
                f"questions.{question_id}",
                f"card {card.key} has no such question",
            )
    return card.with_translation(translation.language, translation)


class CardLibrary:
    """All cards known to the program, by id and version."""

    def __init__(self, cards: Iterable[Card] = ()) -> None:
        self._cards: dict[CardKey, Card] = {}
        for card in cards:
            self.add(card)

    def add(self, card: Card) -> None:
        existing = self._cards.get(card.key)
        if existing is not None and existing != card:
            raise CardError(
                card.source,
                "id",
                f"card {card.key} is already defined in {existing.source}; "
                "give an adapted card a new version or a new id",
            )
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
