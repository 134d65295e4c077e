"""Questions a command asks on the terminal, in the language of the run.

The language is set once per run (main → install_passphrase_source) and read
by whoever prompts: an encrypted file's passphrase, a server's password.
"""

from __future__ import annotations

import sys

_language: str | None = None


def set_prompt_language(language: str | None) -> None:
    global _language
    _language = language


def prompt_language() -> str:
    """--lang of this run, else the system's language."""
    from bipdesk.language import system_language

    return _language or system_language()


def terminal() -> bool:
    """True when someone can answer: standard input is a terminal."""
    return sys.stdin is not None and sys.stdin.isatty()
