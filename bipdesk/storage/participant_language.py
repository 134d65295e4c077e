"""The language a participant reads the card in, remembered for their next measurement.

Kept as a per-participant setting (`participant_setting_key`), not as a column:
it is a preference of the fill-in view, not a fact the importer or the
reports need, and per-participant settings are already erased with the
participant and listed in their subject-access record (a language can hint
at origin, so it must never outlive the person's other data).
"""

from __future__ import annotations

from bipdesk.storage.repository import Repository
from bipdesk.storage.settings_repository import participant_setting_key

CARD_LANGUAGE = "card_language"


def card_language(repository: Repository, code: str) -> str | None:
    """The language chosen last time for `code` beside the app's (None: none)."""
    value = repository.get_setting(participant_setting_key(code, CARD_LANGUAGE))
    return value if isinstance(value, str) and value else None


def set_card_language(repository: Repository, code: str, language: str | None) -> None:
    """Remember `language` for `code`; None forgets it."""
    key = participant_setting_key(code, CARD_LANGUAGE)
    if language:
        repository.set_setting(key, language)
    else:
        repository.delete_setting(key)
