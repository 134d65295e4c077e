"""Language and shared wording of the fill-in view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bipdesk.core.cards import Area
from bipdesk.ui.language import current_language

MUTED_COLOUR = "#5f6368"
ERROR_COLOUR = "#b00020"


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
