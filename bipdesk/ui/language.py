"""The language the desktop app speaks: chosen in Settings, by --lang, or the system's.

The choice is the user's, so it lives in QSettings (not in the shared
database): "system" (the default), "sv" or "en". `--lang` overrides it for
one run without changing it. `current_language` is the one place the views
ask which language they speak now; `install_translator` (bipdesk.ui.app)
sets it through QLocale's default.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from bipdesk.language import UI_LANGUAGES, system_language
from bipdesk.messages import Value, said

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
CHOICES = (SYSTEM, *UI_LANGUAGES)
"""What the Settings dialog offers, in this order."""


def stored_choice(settings: QSettings) -> str:
    """'system', 'sv' or 'en' as saved (anything else reads as 'system')."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in CHOICES else SYSTEM


def resolve(choice: str) -> str:
    """The language a choice means on this computer."""
    return system_language() if choice == SYSTEM else choice


def chosen_language(settings: QSettings, override: str | None = None) -> str:
    """What the app speaks at start: --lang, else the saved choice, else the system's."""
    if override in UI_LANGUAGES:
        return override
    return resolve(stored_choice(settings))


def current_language() -> str:
    """'sv' when the app speaks Swedish now, otherwise 'en' (follows install_translator)."""
    return "sv" if QLocale().name().startswith("sv") else "en"


def said_in_app(value: Value | BaseException) -> str:
    """A sentence from below the window (an error, a problem, a summary) in the app's
    language, through the same catalogue as tr() (bipdesk.messages)."""
    return said(value, current_language())
