"""Writing a card as a TOML file, laid out like the shipped card so people can read it.

A new card version is only ever added, never written over: measurements keep
the card id and version they were made with, and a file that already exists
may be the card some of them were made with.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path

from bipdesk.core.cards import BASE_LANGUAGE, Card, card_from_mapping
from bipdesk.io.file_error import FileError
from bipdesk.messages import QT_TRANSLATE_NOOP, Message

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


class CardFileError(FileError):
    """A card file that cannot be written; nothing was written."""


def _string(text: str) -> str:
    """A TOML basic string."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _languages(keys: Iterable[str]) -> list[str]:
    """Swedish, English, then the others in the order the card has them."""
    found = list(keys)
    first = [code for code in (BASE_LANGUAGE, "en") if code in found]
    return first + [code for code in found if code not in first]


def _table(name: str, texts: Mapping[str, str]) -> list[str]:
    return [f"[{name}]", *(f"{code} = {_string(texts[code])}" for code in _languages(texts))]


def card_toml(card: Card, comment: Iterable[str] = ()) -> str:
    """The card as TOML text; `comment` lines head the file."""
    lines = [f"# {line}".rstrip() for line in comment]
    if lines:
        lines.append("")
    lines += [f"id = {_string(card.id)}", f"version = {card.version}", ""]
    lines += [*_table("title", card.title), ""]
    lines += ["[scale]", f"min = {card.scale.minimum}", f"max = {card.scale.maximum}", ""]
    lines += [*_table("scale.min_label", card.scale.minimum_label), ""]
    lines += [*_table("scale.max_label", card.scale.maximum_label), ""]
    if card.translation_status:
        lines += [*_table("translation_status", card.translation_status), ""]
    for question in card.questions:
        lines += [
            "[[questions]]",
            f"id = {_string(question.id)}",
            f"area = {_string(question.area)}",
        ]
        for field, texts in (("text", question.text), ("label", question.label)):
            lines += [f"{field}.{code} = {_string(texts[code])}" for code in _languages(texts)]
        for code in _languages(question.anchors):
            anchors = ", ".join(_string(text) for text in question.anchors[code])
            lines.append(f"anchors.{code} = [{anchors}]")
        lines.append("")
    return "\n".join(lines)


def _unwritable(error: OSError) -> Message:
    return QT_TRANSLATE_NOOP("card file", "cannot be written ({reason})").format(
        reason=error.strerror or str(error)
    )


def card_file_name(card: Card) -> str:
    return f"{card.id}-v{card.version}.toml"


def write_new_card_file(card: Card, folder: Path, comment: Iterable[str] = ()) -> Path:
    """Write `card` as a new file in `folder` and return its path.

    The text is read back and compared with `card` before anything is written,
    and a file of that name is never replaced.
    """
    path = folder / card_file_name(card)
    text = card_toml(card, comment)
    again = card_from_mapping(tomllib.loads(text), str(path))
    if again != card:
        raise CardFileError(
            str(path),
            QT_TRANSLATE_NOOP(
                "card file", "the card would not read back as written; nothing written"
            ),
        )
    if path.exists():
        raise CardFileError(
            str(path), QT_TRANSLATE_NOOP("card file", "already exists; nothing written")
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".card-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise CardFileError(str(folder), _unwritable(error)) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise CardFileError(str(path), _unwritable(error)) from None
    return path
