"""Sentences a user reads that are made below the desktop window: command-line
errors and summaries, import problems, merge refusals, storage failures.

They are written in English and marked with `QT_TRANSLATE_NOOP(context, text)`,
so that lupdate puts them in the same catalogue as the window's texts
(translations/bipdesk_sv.ts), and a test fails while one lacks its Swedish.
A `Message` keeps the marked text and its values apart until somebody reads it:
`said("sv")` looks the text up, then fills in the values (each said in the
same language). So core, io and storage need neither Qt nor a language, the
window and the command line say the same sentence, and `str()` is the English
one for logs and tests.

Qt is imported only when a Swedish sentence is first said (the command line's
`--help` stays fast); the compiled catalogue is read with QTranslator, which
needs no application object.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Union

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

Value = Union[str, int, Path, date, "Message", "Joined", "Number"]
"""What a sentence may hold: text and paths as they are, dates as ISO dates (also
the Swedish short form), numbers as `Number` for grouped digits, and sentences."""


class Message(NamedTuple):
    """A marked English text and its values, said in the reader's language on demand.

    (Named tuples rather than dataclasses: every command imports this module, and
    `bipdesk --help` should not pay for importing dataclasses.)"""

    context: str
    source: str
    values: tuple[tuple[str, Value], ...] = ()

    def format(self, **values: Value) -> Message:
        """The sentence with its placeholders' values (`{code}` ← code="SP0129")."""
        return Message(self.context, self.source, tuple(values.items()))

    def said(self, language: str) -> str:
        text = translated(self.context, self.source, language)
        if not self.values:
            return text
        return text.format(**{name: said(value, language) for name, value in self.values})

    def __str__(self) -> str:
        return self.said("en")


class Joined(NamedTuple):
    """Several sentences or names said one after another ('; ' between problems)."""

    parts: tuple[Value, ...]
    separator: str = "; "

    def said(self, language: str) -> str:
        return self.separator.join(said(part, language) for part in self.parts)

    def __str__(self) -> str:
        return self.said("en")


class Number(NamedTuple):
    """A count or size with the reader's digit grouping (1,234 / 1 234)."""

    value: int | float
    decimals: int = 0

    def said(self, language: str) -> str:
        from babel.numbers import format_decimal  # late: the command line starts fast

        pattern = "#,##0" + ("." + "0" * self.decimals if self.decimals else "")
        return format_decimal(self.value, format=pattern, locale=_babel_locale(language))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Message:  # noqa: N802 - lupdate's name
    """Mark `source` for the catalogue under `context`; it is translated when said."""
    return Message(context, source)


def counted(count: int, one: Message, many: Message, **values: Value) -> Message:
    """`one` for a count of 1, else `many` (English and Swedish plurals agree on that),
    with `{count}` and the other values filled in."""
    chosen = one if count == 1 else many
    return chosen.format(count=Number(count), **values)


def joined(parts: Iterable[Value], separator: str = "; ") -> Joined:
    return Joined(tuple(parts), separator)


def said(value: Value | BaseException, language: str) -> str:
    """Any value or error in `language`: an error carrying a Message (see
    `message_of`) is said through it, others by their English text."""
    if isinstance(value, BaseException):
        value = message_of(value)
    if isinstance(value, Message | Joined | Number):
        return value.said(language)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def message_of(error: BaseException) -> Message | Joined | str:
    """What an error says: its `message` attribute or its only argument when that is
    a Message, else its English text (an error of Python or of a library)."""
    message = getattr(error, "message", None)
    if isinstance(message, Message | Joined):
        return message
    if len(error.args) == 1 and isinstance(error.args[0], Message | Joined):
        return error.args[0]
    return str(error)


def translated(context: str, source: str, language: str) -> str:
    """`source` in `language` from the compiled catalogue; the English when none."""
    if language == "en":
        return source
    translator = _translator(language)
    if translator is None:
        return source
    return translator.translate(context, source) or source


@cache
def _translator(language: str) -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    from bipdesk.paths import translations_dir  # late: paths imports platformdirs

    translator = QTranslator()
    return translator if translator.load(f"bipdesk_{language}", str(translations_dir())) else None


def _babel_locale(language: str) -> str:
    return {"sv": "sv_SE", "en": "en_GB"}.get(language, language)


def sentences(messages: Sequence[Message]) -> Joined:
    """Whole sentences one after another, as a paragraph."""
    return Joined(tuple(messages), " ")
