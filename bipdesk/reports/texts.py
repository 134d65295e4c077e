"""The words of charts and sheets in Swedish (the default) and English."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal

from bipdesk.core.cards import Area
from bipdesk.reports.office_texts import OFFICE_TEXTS
from bipdesk.reports.unit_texts import UNIT_TEXTS

DEFAULT_LANGUAGE = "sv"

_SHEET_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "sheet_title": "Uppföljning – {card}",
        "participant": "Deltagare",
        "compared": "Jämförda mätningar",
        "no_measurements": "Inga mätningar ännu",
        "question": "Fråga",
        "change": "Förändring",
        "change_since_first": "Förändring sedan första",
        "mean": "Medelvärde",
        "first": "Första",
        "previous": "Föregående",
        "latest": "Senaste",
        "not_answered": "–",
        "scale": "Skala {low}–{high}: {low} = {low_label}, {high} = {high_label}",
        "agreed": "Det här kom vi överens om",
        "next_meeting": "Nästa träff:",
        "signature": "Underskrift deltagare / koordinator:",
        "page": "Sida {page} av {pages}",
        "printed": "Utskrivet {day}",
        "group_title": "Grupp: medelvärde första och senaste mätning (n = {n})",
        "group_first": "Första mätning, medel",
        "group_latest": "Senaste mätning, medel",
        "group_too_small": (
            "Gruppen har {n} deltagare; minst {k} krävs för att visa ett gruppdiagram "
            "utan att enskilda personer kan kännas igen."
        ),
        "legend_title": "Mätningar",
        "areas": "BIP-områden",
        "card_language": "Frågorna även på",
        # the project-office report (bipdesk.reports.office and its office_* sections)
        # the unit's own exact report (bipdesk.reports.unit_report, unit_workbook)
    },
    "en": {
        "sheet_title": "Follow-up – {card}",
        "participant": "Participant",
        "compared": "Measurements compared",
        "no_measurements": "No measurements yet",
        "question": "Question",
        "change": "Change",
        "change_since_first": "Change since first",
        "mean": "Mean",
        "first": "First",
        "previous": "Previous",
        "latest": "Latest",
        "not_answered": "–",
        "scale": "Scale {low}–{high}: {low} = {low_label}, {high} = {high_label}",
        "agreed": "What we agreed",
        "next_meeting": "Next meeting:",
        "signature": "Signature participant / coordinator:",
        "page": "Page {page} of {pages}",
        "printed": "Printed {day}",
        "group_title": "Group: mean of first and latest measurement (n = {n})",
        "group_first": "First measurement, mean",
        "group_latest": "Latest measurement, mean",
        "group_too_small": (
            "The group has {n} participants; at least {k} are needed to show a group "
            "chart without individuals being recognisable."
        ),
        "legend_title": "Measurements",
        "areas": "BIP areas",
        "card_language": "Questions also in",
        # the project-office report (bipdesk.reports.office and its office_* sections)
        # the unit's own exact report (bipdesk.reports.unit_report, unit_workbook)
    },
}

_TEXTS: dict[str, dict[str, str]] = {
    language: {**_SHEET_TEXTS[language], **OFFICE_TEXTS[language], **UNIT_TEXTS[language]}
    for language in _SHEET_TEXTS
}
"""Every report's words by language: the sheet's here, the others in their own modules."""

AREA_NAMES: dict[str, dict[Area, str]] = {
    "sv": {
        Area.JOB: "jobbfokus",
        Area.HEALTH: "hälsa",
        Area.SOCIAL: "socialt",
        Area.SKILLS: "kompetens",
    },
    "en": {
        Area.JOB: "job focus",
        Area.HEALTH: "health",
        Area.SOCIAL: "social",
        Area.SKILLS: "skills",
    },
}


def language_of(language: str) -> str:
    """'sv' or 'en': the languages the reports are written in (Swedish by default)."""
    base = (language or DEFAULT_LANGUAGE).split("-")[0].split("_")[0].lower()
    return base if base in _TEXTS else "en"


def text(key: str, language: str, **values: object) -> str:
    template = _TEXTS[language_of(language)][key]
    return template.format(**values) if values else template


def area_name(area: Area, language: str) -> str:
    return AREA_NAMES[language_of(language)][area]


def format_day(day: date, language: str, style: str = "medium") -> str:
    """A date as babel writes it in the language ('23 nov. 2026', 'Nov 23, 2026')."""
    return str(format_date(day, format=style, locale=language_of(language)))


def format_number(value: float, language: str, digits: int = 1) -> str:
    """A number with `digits` decimals and the language's decimal sign ('5,3' in Swedish)."""
    pattern = "0" + ("." + "0" * digits if digits > 0 else "")
    return str(format_decimal(value, format=pattern, locale=language_of(language)))


def signed(value: float, language: str, digits: int = 0) -> str:
    """'+2', '−1,5', '0' with a real minus sign."""
    body = format_number(abs(value), language, digits)
    if float(f"{abs(value):.{digits}f}") == 0:
        return body
    return ("+" if value > 0 else "−") + body
