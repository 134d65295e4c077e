"""The words of charts and sheets in Swedish (the default) and English."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal

from bipdesk.core.cards import Area

DEFAULT_LANGUAGE = "sv"

_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "sheet_title": "Uppföljning – {card}",
        "participant": "Deltagare",
        "unit": "Enhet",
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
        # the project-office report (bipdesk.reports.office)
        "office_title": "Progressionsrapport för projektkontoret",
        "office_subtitle": "Sammanställning av avidentifierade uppgifter från {units}",
        "office_one_unit": "en enhet",
        "office_many_units": "{n} enheter",
        "office_footer": "Progressionsrapport · {period}",
        "office_card": "Kort",
        "office_card_value": "{title} ({id}, version {version})",
        "office_card_missing": (
            "Kortet {id} version {version} finns inte installerat på den här datorn. "
            "Frågorna visas därför med sina id:n."
        ),
        "office_period": "Period",
        "office_units": "Enheter",
        "office_unit_period": "Period",
        "office_created": "Rapporten skapad",
        "office_merged": "Filerna sammanslagna",
        "office_software": "Program",
        "office_protection": "Skydd",
        "office_protection_value": (
            "k = {k}: antal från 1 till {below} visas inte; andelar och medelvärden "
            "bygger på minst {people} personer"
        ),
        "office_period_both": "{start} – {end}",
        "office_period_from": "från och med {start}",
        "office_period_to": "till och med {end}",
        "office_period_open": "hela tiden (ingen start- eller slutdag)",
        "office_reading": "Så läser du tabellerna",
        "office_reading_suppressed": (
            "Uppgiften visas inte: antalet är mellan 1 och {below}, eller det skulle gå "
            "att räkna ut ur andra uppgifter i tabellerna. Så kan ingen enskild person "
            "kännas igen. Noll visas alltid som 0."
        ),
        "office_reading_bound": (
            "En summa där någon del inte fick visas, till exempel en enhets del av en "
            "summa över flera enheter: det verkliga antalet är minst så stort."
        ),
        "office_reading_share": (
            "Antal och andel. En andel visas bara när både antalet och det som andelen "
            "räknas av är exakta och minst {people} personer."
        ),
        "office_reading_partial": (
            "Medelvärdet bygger bara på de enheter som kunde redovisa det "
            "(minst {people} personer i enheten)."
        ),
        "office_reading_no_data": (
            "Rapporten innehåller inga personuppgifter: inga namn, koder, födelseår, "
            "datum för enskilda eller anteckningar, bara antal och medelvärden."
        ),
        "office_key_figures": "I korthet",
        "office_summary": (
            "Av {comparable} deltagare med minst två jämförbara mätningar gjorde "
            "{positive} en positiv stegförflyttning, {negative} en negativ och {neutral} ingen."
        ),
        "office_at_least": "minst {n}",
        "office_registered": "Inskrivna deltagare",
        "office_measured": "med minst en mätning",
        "office_comparable": "med minst två jämförbara mätningar",
        "office_step_positive": "positiv stegförflyttning",
        "office_step_negative": "negativ stegförflyttning",
        "office_step_neutral": "ingen stegförflyttning",
        "office_left": "Avslutade under perioden",
        "office_key_note": (
            "Varje andel räknas av den överordnade raden: kön och mätningar av de "
            "inskrivna, stegförflyttningen av dem med minst två jämförbara mätningar, "
            "avslutsorsakerna av alla avslutade."
        ),
        "office_progress_title": "Deltagare och stegförflyttning",
        "office_by_sex": "Efter kön",
        "office_by_band": "Efter åldersgrupp",
        "office_band_header": "Ålder (år)",
        "office_col_registered": "Inskrivna",
        "office_col_measured": "Minst en mätning",
        "office_col_comparable": "Minst två jämförbara mätningar",
        "office_col_steps": "Stegförflyttning",
        "office_col_positive": "positiv",
        "office_col_negative": "negativ",
        "office_col_neutral": "ingen",
        "office_progress_note": (
            "Mätningarnas andelar räknas av de inskrivna, stegförflyttningens av dem "
            "med minst två jämförbara mätningar. Stegförflyttning: medelvärdet av "
            "förändringen mellan första och senaste mätningen under perioden."
        ),
        "office_exits_title": "Avslut efter orsak och kön",
        "office_exits_reason": "Avslutsorsak",
        "office_exits_total": "Alla avslutade",
        "office_group_work_or_studies": "Arbete eller studier",
        "office_group_closer_to_labour_market": "Närmare arbetsmarknaden",
        "office_group_other": "Övrigt",
        "office_exits_note": (
            "Deltagare vars slutdag ligger inom perioden. Andelarna räknas av alla "
            "avslutade av samma kön (kolumnens summa)."
        ),
        "office_questions_title": "Frågorna: medelvärde första och senaste mätning",
        "office_col_question": "Fråga",
        "office_col_n": "Antal",
        "office_col_first": "Första",
        "office_col_latest": "Senaste",
        "office_col_change": "Förändring",
        "office_col_means": "Medelvärde",
        "office_col_people": "Deltagare som",
        "office_col_improved": "förbättrat",
        "office_col_worsened": "försämrat",
        "office_col_unchanged": "oförändrat",
        "office_questions_note": (
            "Deltagare med minst två jämförbara mätningar, för varje fråga de som "
            "svarat både första och senaste gången. Skala {low}–{high}."
        ),
        "office_spider_title": "Gruppens spindeldiagram",
        "office_spider_missing_card": (
            "Spindeldiagrammet kan inte ritas: kortet {id} version {version} finns "
            "inte installerat på den här datorn."
        ),
        "office_spider_too_few": (
            "Spindeldiagrammet visas inte: {n} deltagare har minst två jämförbara "
            "mätningar, och minst {people} behövs för att ingen enskild ska kunna "
            "kännas igen."
        ),
        "office_spider_hidden": (
            "Spindeldiagrammet visas inte: antalet deltagare med minst två jämförbara "
            "mätningar är för litet för att visas."
        ),
        "office_spider_no_means": (
            "Spindeldiagrammet visas inte: inga medelvärden kunde redovisas, eftersom "
            "färre än {people} personer står bakom varje fråga."
        ),
        "office_units_title": "Enheterna",
        "office_units_see_table": (
            "{n} enheter ingår. Tabellen Enheterna i slutet av rapporten visar var och en "
            "med sin period."
        ),
        "office_col_unit": "Enhet",
        "office_col_women_men": "Kvinnor / män",
        "office_units_total": "Alla enheter",
        "office_units_note": (
            "Andelen med minst två jämförbara mätningar räknas av de inskrivna, "
            "stegförflyttningens andelar av dem med minst två jämförbara mätningar."
        ),
    },
    "en": {
        "sheet_title": "Follow-up – {card}",
        "participant": "Participant",
        "unit": "Unit",
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
        # the project-office report (bipdesk.reports.office)
        "office_title": "Progression report for the project office",
        "office_subtitle": "Anonymized figures brought together from {units}",
        "office_one_unit": "one unit",
        "office_many_units": "{n} units",
        "office_footer": "Progression report · {period}",
        "office_card": "Card",
        "office_card_value": "{title} ({id}, version {version})",
        "office_card_missing": (
            "The card {id} version {version} is not installed on this computer, "
            "so the questions are shown by their ids."
        ),
        "office_period": "Period",
        "office_units": "Units",
        "office_unit_period": "Period",
        "office_created": "Report created",
        "office_merged": "Files merged",
        "office_software": "Software",
        "office_protection": "Protection",
        "office_protection_value": (
            "k = {k}: counts from 1 to {below} are not shown; shares and means rest "
            "on at least {people} people"
        ),
        "office_period_both": "{start} – {end}",
        "office_period_from": "from {start}",
        "office_period_to": "up to and including {end}",
        "office_period_open": "all time (no first or last day)",
        "office_reading": "How to read the tables",
        "office_reading_suppressed": (
            "Not shown: the count is between 1 and {below}, or it could be worked out "
            "from other figures in the tables. So no individual can be recognised. "
            "Zero is always shown as 0."
        ),
        "office_reading_bound": (
            "A total where some part could not be shown, such as one unit's part of a "
            "total over several units: the true count is at least this large."
        ),
        "office_reading_share": (
            "Count and share. A share is shown only when both the count and what it is "
            "a share of are exact and at least {people} people."
        ),
        "office_reading_partial": (
            "The mean rests only on the units that could publish it "
            "(at least {people} people in the unit)."
        ),
        "office_reading_no_data": (
            "The report holds no personal data: no names, codes, birth years, dates of "
            "individuals or notes, only counts and means."
        ),
        "office_key_figures": "At a glance",
        "office_summary": (
            "Of the {comparable} participants with two or more comparable measurements, "
            "{positive} made a positive step, {negative} a negative one and {neutral} none."
        ),
        "office_at_least": "at least {n}",
        "office_registered": "Registered participants",
        "office_measured": "with at least one measurement",
        "office_comparable": "with two or more comparable measurements",
        "office_step_positive": "positive step",
        "office_step_negative": "negative step",
        "office_step_neutral": "no step",
        "office_left": "Left during the period",
        "office_key_note": (
            "Each share is of the line it is indented under: sex and measurements of "
            "those registered, steps of those with two or more comparable measurements, "
            "exit reasons of all who left."
        ),
        "office_progress_title": "Participants and progression steps",
        "office_by_sex": "By sex",
        "office_by_band": "By age group",
        "office_band_header": "Age (years)",
        "office_col_registered": "Registered",
        "office_col_measured": "At least one measurement",
        "office_col_comparable": "Two or more comparable measurements",
        "office_col_steps": "Progression step",
        "office_col_positive": "positive",
        "office_col_negative": "negative",
        "office_col_neutral": "none",
        "office_progress_note": (
            "Shares of measurements are of those registered; shares of steps are of "
            "those with two or more comparable measurements. A step is the mean change "
            "between the first and the latest measurement in the period."
        ),
        "office_exits_title": "Exits by reason and sex",
        "office_exits_reason": "Reason for leaving",
        "office_exits_total": "All who left",
        "office_group_work_or_studies": "Work or studies",
        "office_group_closer_to_labour_market": "Closer to the labour market",
        "office_group_other": "Other",
        "office_exits_note": (
            "Participants whose last day lies in the period. Shares are of all who "
            "left of the same sex (the column total)."
        ),
        "office_questions_title": "The questions: mean of first and latest measurement",
        "office_col_question": "Question",
        "office_col_n": "Number",
        "office_col_first": "First",
        "office_col_latest": "Latest",
        "office_col_change": "Change",
        "office_col_means": "Mean",
        "office_col_people": "Participants who",
        "office_col_improved": "improved",
        "office_col_worsened": "worsened",
        "office_col_unchanged": "stayed the same",
        "office_questions_note": (
            "Participants with two or more comparable measurements; for each question "
            "those who answered it both the first and the latest time. Scale {low}–{high}."
        ),
        "office_spider_title": "The group's spider chart",
        "office_spider_missing_card": (
            "The spider chart cannot be drawn: the card {id} version {version} is not "
            "installed on this computer."
        ),
        "office_spider_too_few": (
            "The spider chart is not shown: {n} participants have two or more comparable "
            "measurements, and at least {people} are needed so that no individual can "
            "be recognised."
        ),
        "office_spider_hidden": (
            "The spider chart is not shown: the number of participants with two or more "
            "comparable measurements is too small to be shown."
        ),
        "office_spider_no_means": (
            "The spider chart is not shown: no means could be published, because fewer "
            "than {people} people stand behind each question."
        ),
        "office_units_title": "The units",
        "office_units_see_table": (
            "{n} units are included. The table The units at the end of the report shows "
            "each with its period."
        ),
        "office_col_unit": "Unit",
        "office_col_women_men": "Women / men",
        "office_units_total": "All units",
        "office_units_note": (
            "The share with two or more comparable measurements is of those registered; "
            "the shares of steps are of those with two or more comparable measurements."
        ),
    },
}

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
