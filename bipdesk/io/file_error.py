"""The error of a file a user gave that BIP Desk cannot use: it names the file and why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class FileError(ValueError):
    """`file: reason` in one line; `file` and `reason` apart for a window to word them."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")


def read_json(path: Path, error: type[FileError]) -> Any:
    """The parsed JSON of a file a user chose; `error` (naming the file) when it is not JSON."""
    name = str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as failure:
        raise error(name, f"cannot be read ({failure.strerror or failure})") from None
    except UnicodeDecodeError:
        raise error(name, "is not JSON (not UTF-8 text)") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as failure:
        where = f"{failure.msg} at line {failure.lineno}, column {failure.colno}"
        raise error(name, f"is not JSON ({where})") from None
