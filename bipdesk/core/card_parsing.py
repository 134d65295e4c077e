"""Reading the fields of a card file, one checked field at a time.

Kept apart from the card model (bipdesk.core.cards) so that every rule about
what a field may hold sits in one place, and every refusal names the source
and the exact field, e.g. `kort.toml: questions[3].anchors.sv: needs exactly
three texts (low, middle, high), found 2`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from bipdesk.messages import QT_TRANSLATE_NOOP, Message

BASE_LANGUAGE = "sv"
"""Swedish is the language every card must be complete in."""

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
"""`sv`, `prs`, `pt-BR`: what a card accepts as a language code."""

DRAFT = "draft"
REVIEWED = "reviewed"
TRANSLATION_STATES = (DRAFT, REVIEWED)
"""A draft translation is shown as such until a project has had it checked."""

Anchors = tuple[str, str, str]
"""Low, middle and high texts for one language."""

NO_ANCHORS: Mapping[str, Anchors] = MappingProxyType({})


class CardError(ValueError):
    """A card file that cannot be used; the message names source and field (a `reason`
    given as a Message is said in the reader's language)."""

    def __init__(self, source: str, field_path: str, reason: Message | str) -> None:
        self.source = source
        self.field_path = field_path
        self.reason = str(reason)
        """The English reason (for logs); `message` is said in the reader's language."""
        where = f"{source}: {field_path}" if field_path else source
        self.message = QT_TRANSLATE_NOOP("card", "{where}: {reason}").format(
            where=where, reason=reason
        )
        super().__init__(f"{where}: {reason}")


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class FieldReader:
    """Walks a parsed mapping and raises CardError naming the exact field."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, reason: Message | str) -> CardError:
        return CardError(self.source, path, reason)

    def table(self, data: Mapping[str, Any], key: str, path: str) -> Mapping[str, Any]:
        value = data.get(key)
        if not isinstance(value, Mapping):
            raise self.fail(join(path, key), "missing or not a table")
        return value

    def string(self, data: Mapping[str, Any], key: str, path: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(join(path, key), "missing or not a non-empty string")
        return value.strip()

    def optional_string(self, data: Mapping[str, Any], key: str, path: str) -> str | None:
        if key not in data:
            return None
        return self.string(data, key, path)

    def integer(self, data: Mapping[str, Any], key: str, path: str) -> int:
        value = data.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(join(path, key), "missing or not a whole number")
        return value

    def language(self, code: object, path: str) -> str:
        if not isinstance(code, str) or not LANGUAGE_CODE.match(code):
            raise self.fail(path, "not a language code such as 'sv' or 'en'")
        return code

    def texts(self, data: Mapping[str, Any], key: str, path: str) -> Mapping[str, str]:
        table = self.table(data, key, path)
        here = join(path, key)
        result: dict[str, str] = {}
        for language, text in table.items():
            self.language(language, f"{here}.{language}")
            if not isinstance(text, str) or not text.strip():
                raise self.fail(f"{here}.{language}", "must be a non-empty string")
            result[str(language)] = text.strip()
        if BASE_LANGUAGE not in result:
            raise self.fail(f"{here}.{BASE_LANGUAGE}", "the Swedish text is missing")
        return MappingProxyType(result)

    def anchor_texts(self, value: object, path: str) -> Anchors:
        """Three non-empty texts: low, middle, high."""
        if not isinstance(value, list | tuple):
            raise self.fail(path, "must be a list of three texts (low, middle, high)")
        if len(value) != 3:
            raise self.fail(
                path, f"needs exactly three texts (low, middle, high), found {len(value)}"
            )
        texts: list[str] = []
        for number, text in enumerate(value, start=1):
            if not isinstance(text, str) or not text.strip():
                raise self.fail(f"{path}[{number}]", "must be a non-empty text")
            texts.append(text.strip())
        return (texts[0], texts[1], texts[2])

    def anchors(self, data: Mapping[str, Any], key: str, path: str) -> Mapping[str, Anchors]:
        """Optional `anchors` of a question: language → three texts, Swedish included."""
        if key not in data:
            return NO_ANCHORS
        here = join(path, key)
        table = data[key]
        if not isinstance(table, Mapping):
            raise self.fail(here, "must be a table of language = [low, middle, high]")
        result: dict[str, Anchors] = {}
        for language, texts in table.items():
            self.language(language, f"{here}.{language}")
            result[str(language)] = self.anchor_texts(texts, f"{here}.{language}")
        if BASE_LANGUAGE not in result:
            raise self.fail(f"{here}.{BASE_LANGUAGE}", "the Swedish anchors are missing")
        return MappingProxyType(result)

    def state(self, value: object, path: str) -> str:
        if value not in TRANSLATION_STATES:
            raise self.fail(path, f'{value!r} is not "{DRAFT}" or "{REVIEWED}"')
        return str(value)

    def translation_status(
        self, data: Mapping[str, Any], key: str, languages: Iterable[str]
    ) -> Mapping[str, str]:
        """Optional card-level table: language → draft | reviewed, for languages the card has."""
        if key not in data:
            return MappingProxyType({})
        table = data[key]
        if not isinstance(table, Mapping):
            raise self.fail(key, 'must be a table of language = "draft" or "reviewed"')
        complete = set(languages)
        result: dict[str, str] = {}
        for language, state in table.items():
            here = f"{key}.{language}"
            self.language(language, here)
            result[str(language)] = self.state(state, here)
            if language not in complete:
                raise self.fail(
                    here, f"the card has no '{language}' text and label for every question"
                )
        return MappingProxyType(result)

    def unknown_keys(self, data: Mapping[str, Any], allowed: Iterable[str], path: str) -> None:
        extra = sorted(set(data) - set(allowed), key=str)
        if extra:
            raise self.fail(join(path, str(extra[0])), "unknown field")
