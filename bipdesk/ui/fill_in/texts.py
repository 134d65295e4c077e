"""Language and shared wording of the fill-in view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bipdesk.core.cards import Area
from bipdesk.ui.language import current_language

MUTED_COLOUR = "#5f6368"
ERROR_COLOUR = "#b00020"
DRAFT_NOTE_STYLE = (
    "color: #5c4300; background: #fff3cd; border-left: 4px solid #c69500; padding: 2px 8px;"
)
"""A calm note for the coordinator, not an error: the participant sees the screen too."""


def ui_language() -> str:
    """The language of the card texts: 'sv' when the app speaks Swedish, otherwise 'en'.

    The one place that decides it; `bipdesk.core.cards.localized` falls back to
    Swedish for a card without that language.
    """
    return current_language()


def area_name(area: Area) -> str:
    """BIP's name of a question's area, as the user reads it."""
    names = {
        Area.JOB: QCoreApplication.translate("FillIn", "Job focus"),
        Area.HEALTH: QCoreApplication.translate("FillIn", "Health"),
        Area.SOCIAL: QCoreApplication.translate("FillIn", "Social life"),
        Area.SKILLS: QCoreApplication.translate("FillIn", "Skills"),
    }
    return names[Area(area)]


def no_answer_text() -> str:
    """The card's 'vill inte svara / ej aktuell'."""
    return QCoreApplication.translate("FillIn", "Don't want to answer / not applicable")


def draft_translation_text() -> str:
    """Beside a participant's language whose card texts are still a draft."""
    return QCoreApplication.translate("FillIn", "Draft translation — check with the interpreter")
