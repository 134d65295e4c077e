"""The error of a file a user gave that BIP Desk cannot use: it names the file and why."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bipdesk.messages import QT_TRANSLATE_NOOP, Joined, Message, Value


@dataclass(frozen=True)
class FileProblem:
    """One thing wrong with a file: a short kind for a list ("Different card") and the
    whole sentence, which names other files by their names."""

    kind: Message
    text: Value

    def __str__(self) -> str:
        return f"{self.kind}: {self.text}"


CANNOT_BE_USED = QT_TRANSLATE_NOOP("file", "Cannot be used")
"""The kind of a problem that names none of its own."""


class FileError(ValueError):
    """`file: reason` in one line; `file`, `reason` and `kind` apart for a window.

    `reason` is a sentence (a Message, said in the reader's language); `message`
    is the whole line with the path, `named` the same with the file's name only."""

    def __init__(self, file: str, reason: Value, kind: Message | None = None) -> None:
        self.file = file
        self.reason = reason
        self.kind = kind
        self.message = Joined((file, reason), ": ")
        super().__init__(f"{file}: {reason}")

    @property
    def named(self) -> Joined:
        return Joined((Path(self.file).name or self.file, self.reason), ": ")

    @property
    def problem(self) -> FileProblem:
        return FileProblem(self.kind or CANNOT_BE_USED, self.reason)


def read_json(path: Path, error: type[FileError]) -> Any:
    """The parsed JSON of a file a user chose; `error` (naming the file) when it is not JSON."""
    name = str(path)
    unreadable = QT_TRANSLATE_NOOP("file", "Cannot be read")
    not_json = QT_TRANSLATE_NOOP("file", "Not JSON")
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        reason = QT_TRANSLATE_NOOP(
            "file", "The file does not exist; it may have been moved or deleted."
        )
        raise error(name, reason, unreadable) from None
    except PermissionError:
        reason = QT_TRANSLATE_NOOP("file", "The file cannot be read: you may not open it.")
        raise error(name, reason, unreadable) from None
    except OSError as failure:
        reason = QT_TRANSLATE_NOOP("file", "The file cannot be read ({reason}).").format(
            reason=failure.strerror or str(failure)
        )
        raise error(name, reason, unreadable) from None
    except UnicodeDecodeError:
        reason = QT_TRANSLATE_NOOP("file", "The file is not JSON: it is not UTF-8 text.")
        raise error(name, reason, not_json) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as failure:
        reason = QT_TRANSLATE_NOOP(
            "file", "The file is not JSON (error at line {line}, column {column})."
        ).format(line=failure.lineno, column=failure.colno)
        raise error(name, reason, not_json) from None
