"""The words of charts and sheets in Swedish (the default) and English."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal

from bipdesk.core.cards import Area
from bipdesk.reports.conversation_texts import CONVERSATION_TEXTS
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
        # the sheet's activities (bipdesk.reports.sheet_activities)
        "sheet_activities": "Aktiviteter",
        "sheet_activity": "Aktivitet",
        "sheet_activity_area": "Område",
        "sheet_activity_period": "Tid",
        "sheet_activity_hours": "Timmar",
        "sheet_activity_branch": "Bransch (SNI 2007)",
        "sheet_activity_ongoing": "pågår",
        "timeline_months": "Månad sedan start",
        "timeline_measurement": "Mätning",
        "timeline_today": "I dag",
        "timeline_end": "Avslut",
        # the follow-up sections of both reports (bipdesk.reports.follow_up_sections)
        "follow_up_all": "Alla",
        "follow_up_col_sex": "Kön",
        "follow_up_col_with_activities": "Deltagare med aktiviteter",
        "follow_up_col_hours": "Timmar",
        "follow_up_hours_title": "Aktiviteter: andel av timmarna per område och kön",
        "follow_up_no_activities": "Ingen deltagare hade någon aktivitet under perioden.",
        "follow_up_types_title": "Deltagare per aktivitetstyp och kön",
        "follow_up_col_activity": "Aktivitet",
        "follow_up_with_activities": "Alla med aktiviteter",
        "follow_up_parallel_title": "Parallella insatser månad för månad sedan start",
        "follow_up_employment_title": "Anställning vid avslut till arbete, efter kön",
        "follow_up_no_work_exits": "Ingen deltagare avslutades till arbete under perioden.",
        "follow_up_left_for_work": "Avslutade till arbete",
        "follow_up_employment": "Anställningsform",
        "follow_up_working_time": "Arbetstid",
        "follow_up_subsidy": "Subventionerad anställning",
        "follow_up_branch_title": "Bransch vid avslut till arbete, efter kön",
        "follow_up_col_branch": "Bransch (SNI 2007)",
        "follow_up_with_branch": "Alla med bransch",
        "follow_up_survey_title": "Enkät vid avslut",
        "follow_up_no_answers": "Ingen som avslutades under perioden har besvarat enkäten.",
        "follow_up_col_question": "Påstående",
        "follow_up_col_answered": "Svarat (svarsfrekvens)",
        "follow_up_col_positive": "Positiva svar (andel)",
        "follow_up_col_goal": "Målet {goal}",
        "follow_up_goal_met": "nått",
        "follow_up_goal_not_met": "inte nått",
        "follow_up_left_all": "Alla avslutade",
        "follow_up_chart_active": "I projektet",
        "follow_up_chart_parallel": "Parallella insatser",
        "follow_up_chart_job_and_other": "Jobbfokus och annat område",
        "follow_up_chart_month": "Månad sedan start",
        "follow_up_chart_people": "Deltagare",
        "follow_up_chart_goal": "Mål {goal}",
        "follow_up_xlsx_goal": "Projektets mål (andel positiva)",
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
        # the sheet's activities (bipdesk.reports.sheet_activities)
        "sheet_activities": "Activities",
        "sheet_activity": "Activity",
        "sheet_activity_area": "Area",
        "sheet_activity_period": "When",
        "sheet_activity_hours": "Hours",
        "sheet_activity_branch": "Branch (SNI 2007)",
        "sheet_activity_ongoing": "ongoing",
        "timeline_months": "Month since start",
        "timeline_measurement": "Measurement",
        "timeline_today": "Today",
        "timeline_end": "Left the project",
        # the follow-up sections of both reports (bipdesk.reports.follow_up_sections)
        "follow_up_all": "All",
        "follow_up_col_sex": "Sex",
        "follow_up_col_with_activities": "Participants with activities",
        "follow_up_col_hours": "Hours",
        "follow_up_hours_title": "Activities: share of the hours by area and sex",
        "follow_up_no_activities": "No participant had an activity in the period.",
        "follow_up_types_title": "Participants by activity type and sex",
        "follow_up_col_activity": "Activity",
        "follow_up_with_activities": "All with activities",
        "follow_up_parallel_title": "Parallel activities month by month since the start",
        "follow_up_employment_title": "Employment of those who left for work, by sex",
        "follow_up_no_work_exits": "No participant left for work in the period.",
        "follow_up_left_for_work": "Left for work",
        "follow_up_employment": "Employment",
        "follow_up_working_time": "Working time",
        "follow_up_subsidy": "Subsidised employment",
        "follow_up_branch_title": "Branch of those who left for work, by sex",
        "follow_up_col_branch": "Branch (SNI 2007)",
        "follow_up_with_branch": "All with a branch",
        "follow_up_survey_title": "Survey at exit",
        "follow_up_no_answers": "Nobody who left in the period answered the survey.",
        "follow_up_col_question": "Statement",
        "follow_up_col_answered": "Answered (response rate)",
        "follow_up_col_positive": "Positive answers (share)",
        "follow_up_col_goal": "Goal {goal}",
        "follow_up_goal_met": "met",
        "follow_up_goal_not_met": "not met",
        "follow_up_left_all": "Everybody who left",
        "follow_up_chart_active": "In the project",
        "follow_up_chart_parallel": "Parallel activities",
        "follow_up_chart_job_and_other": "Job focus and another area",
        "follow_up_chart_month": "Month since the start",
        "follow_up_chart_people": "Participants",
        "follow_up_chart_goal": "Goal {goal}",
        "follow_up_xlsx_goal": "The project's goal (share positive)",
        # the project-office report (bipdesk.reports.office and its office_* sections)
        # the unit's own exact report (bipdesk.reports.unit_report, unit_workbook)
    },
}

_TEXTS: dict[str, dict[str, str]] = {
    language: {
        **_SHEET_TEXTS[language],
        **OFFICE_TEXTS[language],
        **UNIT_TEXTS[language],
        **CONVERSATION_TEXTS[language],
    }
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
