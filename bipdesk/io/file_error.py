"""The error of a file a user gave that BIP Desk cannot use: it names the file and why."""

from __future__ import annotations


class FileError(ValueError):
    """`file: reason` in one line; `file` and `reason` apart for a window to word them."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")
