"""Which language BIP Desk speaks, and what languages are called (no Qt here).

The app and its documents speak Swedish or English: Swedish for a `sv_*`
system locale, otherwise English (DESIGN §5), unless the user chose one in
the app's settings or `--lang` chose one for this run. Card texts may come
in more languages (translation files); their names come from babel's CLDR
data, so a coordinator sees "العربية (arabiska)" without anyone keeping a list.
The command line imports this module at start-up, so babel is imported late.
"""

from __future__ import annotations

import locale
import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast --help)
if TYPE_CHECKING:
    from babel import Locale

UI_LANGUAGES = ("sv", "en")
"""The languages of the desktop app, sheets, exports and reports."""


def system_language() -> str:
    """Swedish for sv_* locales, otherwise English (DESIGN §5)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    found = locale.getlocale()[0] or ""
    return "sv" if found.lower().startswith("sv") else "en"


def _locale(code: str) -> Locale | None:
    from babel import Locale, UnknownLocaleError  # only when a name is needed (fast --help)

    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def language_name(code: str, in_language: str | None = None, capitalised: bool = True) -> str:
    """The name of language `code`, in `in_language` (default: in itself).

    'ar' → 'العربية', ('ar', 'sv') → 'Arabiska', ('sv', None) → 'Svenska'; with
    capitalised=False the case CLDR gives ('arabiska' inside a Swedish sentence,
    'Arabic' in English). A code CLDR does not know is returned as it is.
    """
    alias = _alias(code)
    found = _locale(code) or (_locale(alias) if alias is not None else None)
    if found is None:
        return code
    shown_in = (_locale(in_language) if in_language else found) or found
    if alias is not None:  # Dari `prs` is CLDR's fa_AF, whose name is "dari", not "persiska"
        name = shown_in.languages.get(alias) or found.get_display_name(shown_in) or code
    else:
        name = found.get_display_name(shown_in) or code
    return name[:1].upper() + name[1:] if capitalised else name


def _alias(code: str) -> str | None:
    """The CLDR locale a language code stands for when CLDR has no locale of that code."""
    from babel.core import get_global

    alias = get_global("language_aliases").get(code.replace("-", "_"))
    return str(alias) if alias and "_" in str(alias) else None


def language_label(code: str, ui_language: str) -> str:
    """How a card language is offered: its own name, and the user's name for it
    when the two differ ('العربية (arabiska)', 'English (engelska)', 'Svenska')."""
    own = language_name(code)
    theirs = language_name(code, ui_language, capitalised=False)
    return own if theirs.casefold() == own.casefold() else f"{own} ({theirs})"
