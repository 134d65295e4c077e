"""The words of activities as the user reads them: types, BIP areas and the
SNI 2007 branches (DESIGN §10), and the one way hours are written and read."""

from __future__ import annotations

from babel.numbers import NumberFormatError, format_decimal, parse_decimal
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from bipdesk.core.activities import BRANCHES, ActivityType
from bipdesk.core.cards import Area
from bipdesk.ui.language import current_language


def activity_type_labels() -> dict[ActivityType, str]:
    """Every type in the order of DESIGN §10 (job, skills, health, social, other)."""
    return {
        ActivityType.WORK_TRAINING: QCoreApplication.translate("Activities", "Work training"),
        ActivityType.INTERNSHIP: QCoreApplication.translate("Activities", "Internship"),
        ActivityType.JOB_COACHING: QCoreApplication.translate("Activities", "Job coaching"),
        ActivityType.EMPLOYMENT_SUBSIDISED: QCoreApplication.translate(
            "Activities", "Subsidised employment"
        ),
        ActivityType.STUDIES: QCoreApplication.translate("Activities", "Studies"),
        ActivityType.SKILLS_COURSE: QCoreApplication.translate("Activities", "Skills course"),
        ActivityType.HEALTH_PROMOTION: QCoreApplication.translate("Activities", "Health promotion"),
        ActivityType.REHABILITATION: QCoreApplication.translate("Activities", "Rehabilitation"),
        ActivityType.COUNSELLING: QCoreApplication.translate("Activities", "Counselling"),
        ActivityType.HOUSING_SUPPORT: QCoreApplication.translate("Activities", "Housing support"),
        ActivityType.SOCIAL_ACTIVITY: QCoreApplication.translate("Activities", "Social activity"),
        ActivityType.OTHER: QCoreApplication.translate("Activities", "Other"),
    }


def area_labels() -> dict[Area, str]:
    """BIP's four areas, top to bottom as on the timeline."""
    return {
        Area.JOB: QCoreApplication.translate("Activities", "Job focus"),
        Area.HEALTH: QCoreApplication.translate("Activities", "Health"),
        Area.SOCIAL: QCoreApplication.translate("Activities", "Social"),
        Area.SKILLS: QCoreApplication.translate("Activities", "Skills"),
    }


def branch_name(letter: str) -> str:
    """'C Tillverkning' / 'C Manufacturing': the SNI 2007 section in the app's language."""
    swedish, english = BRANCHES[letter]
    return f"{letter} {swedish if current_language() == 'sv' else english}"


def fill_branch_combo(combo: QComboBox, none_text: str) -> None:
    """`none_text` (no branch, data None) and the 21 SNI 2007 sections A–U."""
    combo.clear()
    combo.addItem(none_text, None)
    for letter in BRANCHES:
        combo.addItem(branch_name(letter), letter)


def format_hours(hours: float) -> str:
    """'12,5' in Swedish, '12.5' in English; whole hours without decimals, no grouping."""
    return str(format_decimal(hours, format="0.##", locale=current_language()))


def parse_hours(text: str) -> float:
    """Hours as typed: empty is 0; a decimal comma in Swedish (a point also accepted),
    a decimal point in English. ValueError for anything else or below zero."""
    cleaned = "".join(text.split()).replace("\u00a0", "").replace("\u202f", "")
    if not cleaned:
        return 0.0
    language = current_language()
    if language == "sv":
        cleaned = cleaned.replace(".", ",")
    try:
        value = float(parse_decimal(cleaned, locale=language, strict=True))
    except NumberFormatError:
        raise ValueError(text) from None
    if value < 0 or value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value
