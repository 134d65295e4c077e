"""The words of the unit's own exact report (PDF and XLSX), Swedish and English.

Looked up through `bipdesk.reports.texts.text`, which holds every report's words.
"""

from __future__ import annotations

UNIT_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "unit": "Enhet",
        "unit_title": "Enhetsrapport",
        "unit_subtitle": "Exakta siffror för enhetens egen uppföljning",
        "unit_internal": "Internt – innehåller små antal, får inte publiceras",
        "unit_demo": "DEMO – påhittade personer",
        "unit_footer": "Enhetsrapport · {unit} · {period}",
        "unit_unit": "Enhet",
        "unit_period": "Period",
        "unit_card": "Kort",
        "unit_card_value": "{title} ({id}, version {version})",
        "unit_made": "Skapad",
        "unit_period_both": "{start} – {end}",
        "unit_period_from": "från och med {start}",
        "unit_period_to": "till och med {end}",
        "unit_period_open": "hela projekttiden (ingen start- eller slutdag)",
        "unit_compared": "Jämförelse",
        "unit_compares_start": (
            "Varje deltagares senaste mätning under perioden jämförs med deltagarens "
            "första mätning någonsin (sedan start)."
        ),
        "unit_compares_period": (
            "Varje deltagares senaste mätning under perioden jämförs med deltagarens "
            "första mätning under samma period."
        ),
        "unit_compares_open": "Varje deltagares senaste mätning jämförs med den första.",
        "unit_intro": (
            "Rapporten visar enhetens exakta siffror, också antal på 1 och 2. Den är till "
            "för er egen uppföljning och för ett projekt där ni är den enda enheten. "
            "Publicera den inte och skicka den inte vidare: till projektkontoret skickar "
            "ni exportfilen, där siffrorna är skyddade med cellnyckelmetoden."
        ),
        "unit_key_figures": "I korthet",
        "unit_headline_registered": (
            "Inskrivna under perioden: {registered}, varav {comparable} med minst två "
            "jämförbara mätningar."
        ),
        "unit_headline_nobody": "Ingen deltagare var inskriven under perioden.",
        "unit_headline_steps": (
            "Av {comparable} med minst två jämförbara mätningar gjorde {positive} en "
            "positiv stegförflyttning, {negative} en negativ och {neutral} ingen."
        ),
        "unit_headline_no_steps": (
            "Ingen deltagare har två jämförbara mätningar under perioden, så ingen "
            "stegförflyttning kan räknas."
        ),
        "unit_headline_exits": (
            "Avslutade under perioden: {left}. Till arbete eller studier {work}, närmare "
            "arbetsmarknaden {closer}, övrigt {other}."
        ),
        "unit_headline_no_exits": "Ingen deltagare avslutades under perioden.",
        "unit_participants_title": "Deltagare efter kön och åldersgrupp",
        "unit_col_group": "Kön och ålder (år)",
        "unit_col_registered": "Inskrivna",
        "unit_col_measured": "Minst en mätning",
        "unit_col_comparable": "Minst två jämförbara mätningar",
        "unit_col_steps": "Stegförflyttning",
        "unit_col_positive": "positiv",
        "unit_col_negative": "negativ",
        "unit_col_neutral": "ingen",
        "unit_all": "Alla",
        "unit_participants_note": (
            "Andelen med minst en och med minst två jämförbara mätningar räknas av de "
            "inskrivna, stegförflyttningens andelar av dem med minst två jämförbara "
            "mätningar. Stegförflyttning: medelvärdet av förändringen mellan första och "
            "senaste mätningen under perioden. Åldersgrupp efter åldern det år deltagaren "
            "mättes första gången. Åldersgrupper utan deltagare visas inte."
        ),
        "unit_exits_title": "Avslut efter kön, utfallsgrupp och orsak",
        "unit_exits_reason": "Avslutsorsak",
        "unit_exits_total": "Alla avslutade",
        "unit_group_work_or_studies": "Arbete eller studier",
        "unit_group_closer_to_labour_market": "Närmare arbetsmarknaden",
        "unit_group_other": "Övrigt",
        "unit_exits_note": (
            "Deltagare vars slutdag ligger inom perioden. Andelarna räknas av alla "
            "avslutade av samma kön (kolumnens summa)."
        ),
        "unit_questions_title": "Frågorna: första och senaste mätningen",
        "unit_col_question": "Fråga",
        "unit_col_question_id": "Fråge-id",
        "unit_col_n": "Antal",
        "unit_col_means": "Medelvärde",
        "unit_col_first": "första",
        "unit_col_latest": "senaste",
        "unit_col_change": "förändring",
        "unit_col_people": "Deltagare som",
        "unit_col_improved": "förbättrat",
        "unit_col_worsened": "försämrat",
        "unit_col_unchanged": "oförändrat",
        "unit_questions_note": (
            "Deltagare med minst två jämförbara mätningar; för varje fråga de som svarat "
            "både första och senaste gången under perioden. Andelarna räknas av antalet. "
            "Skala {low}–{high}."
        ),
        "unit_spider_title": "Gruppens spindeldiagram",
        "unit_spider_none": (
            "Spindeldiagrammet visas inte: ingen deltagare har två jämförbara mätningar "
            "under perioden."
        ),
        # the follow-up sections (bipdesk.reports.unit_follow_up)
        "unit_fu_note_hours": (
            "Deltagare som var inskrivna under perioden och hade minst en aktivitet under "
            "den; andelen av de inskrivna inom parentes. En aktivitets timmar räknas i "
            "proportion till hur många av dess dagar som ligger i perioden; en pågående "
            "aktivitet räknas till periodens slut. Andelarna är av könets alla timmar."
        ),
        "unit_fu_note_types": (
            "En deltagare räknas en gång per aktivitetstyp, så en kolumn kan summera till "
            "mer än alla med aktiviteter. Andelarna är av alla med aktiviteter av samma kön."
        ),
        "unit_fu_note_parallel": (
            "Månad 1 börjar på deltagarens startdag. I projektet: deltagare som var "
            "inskrivna den månaden; parallella insatser: aktiviteter inom minst två "
            "områden samma månad; jobbfokus och annat område: en aktivitet med jobbfokus "
            "och minst en inom ett annat område. Månader inom perioden räknas."
        ),
        "unit_fu_note_employment": (
            "Deltagare som avslutades till arbete under perioden. Andelarna är av dem; en "
            "uppgift som inte fyllts i räknas inte, så ett par behöver inte bli 100 %."
        ),
        "unit_fu_note_branch": (
            "Arbetsplatsens bransch för dem som avslutades till arbete under perioden. "
            "Andelarna är av alla med bransch av samma kön."
        ),
        "unit_fu_note_survey": (
            "Positivt svar: 3 eller 4 på skalan 1–4 (Stämmer ganska bra, Stämmer helt). "
            "Andelen positiva är av dem som svarat, svarsfrekvensen av alla som avslutades "
            "under perioden. Projektets mål är {goal} positiva svar på varje påstående."
        ),
    },
    "en": {
        "unit": "Unit",
        "unit_title": "Unit report",
        "unit_subtitle": "Exact figures for the unit's own follow-up",
        "unit_internal": "Internal — contains small counts, do not publish",
        "unit_demo": "DEMO — invented people",
        "unit_footer": "Unit report · {unit} · {period}",
        "unit_compared": "Compared",
        "unit_compares_start": (
            "Each participant's latest measurement in the period against their first "
            "measurement ever (since they began)."
        ),
        "unit_compares_period": (
            "Each participant's latest measurement in the period against their first "
            "measurement in the same period."
        ),
        "unit_compares_open": "Each participant's latest measurement against their first.",
        "unit_unit": "Unit",
        "unit_period": "Period",
        "unit_card": "Card",
        "unit_card_value": "{title} ({id}, version {version})",
        "unit_made": "Made",
        "unit_period_both": "{start} – {end}",
        "unit_period_from": "from {start}",
        "unit_period_to": "up to and including {end}",
        "unit_period_open": "the whole project (no first or last day)",
        "unit_intro": (
            "This report shows the unit's exact figures, counts of 1 and 2 included. It is "
            "for your own follow-up and for a project whose only unit you are. Do not "
            "publish it or pass it on: the project office gets the export file, whose "
            "figures are protected by the cell key method."
        ),
        "unit_key_figures": "At a glance",
        "unit_headline_registered": (
            "Registered in the period: {registered}; with two or more comparable "
            "measurements: {comparable}."
        ),
        "unit_headline_nobody": "No participant was registered in the period.",
        "unit_headline_steps": (
            "Of the {comparable} with two or more comparable measurements, {positive} made "
            "a positive step, {negative} a negative one and {neutral} none."
        ),
        "unit_headline_no_steps": (
            "No participant has two comparable measurements in the period, so no step "
            "can be counted."
        ),
        "unit_headline_exits": (
            "Left during the period: {left}. For work or studies {work}, closer to the "
            "labour market {closer}, other {other}."
        ),
        "unit_headline_no_exits": "No participant left during the period.",
        "unit_participants_title": "Participants by sex and age group",
        "unit_col_group": "Sex and age (years)",
        "unit_col_registered": "Registered",
        "unit_col_measured": "At least one measurement",
        "unit_col_comparable": "Two or more comparable measurements",
        "unit_col_steps": "Progression step",
        "unit_col_positive": "positive",
        "unit_col_negative": "negative",
        "unit_col_neutral": "none",
        "unit_all": "All",
        "unit_participants_note": (
            "The shares with at least one and with two or more comparable measurements are "
            "of those registered; the shares of steps are of those with two or more "
            "comparable measurements. A step is the mean change between the first and the "
            "latest measurement in the period. The age group is that of the age in the year "
            "of the first measurement. Age groups without participants are left out."
        ),
        "unit_exits_title": "Exits by sex, outcome group and reason",
        "unit_exits_reason": "Reason for leaving",
        "unit_exits_total": "All who left",
        "unit_group_work_or_studies": "Work or studies",
        "unit_group_closer_to_labour_market": "Closer to the labour market",
        "unit_group_other": "Other",
        "unit_exits_note": (
            "Participants whose last day lies in the period. Shares are of all who left "
            "of the same sex (the column total)."
        ),
        "unit_questions_title": "The questions: first and latest measurement",
        "unit_col_question": "Question",
        "unit_col_question_id": "Question id",
        "unit_col_n": "Number",
        "unit_col_means": "Mean",
        "unit_col_first": "first",
        "unit_col_latest": "latest",
        "unit_col_change": "change",
        "unit_col_people": "Participants who",
        "unit_col_improved": "improved",
        "unit_col_worsened": "worsened",
        "unit_col_unchanged": "stayed the same",
        "unit_questions_note": (
            "Participants with two or more comparable measurements; for each question those "
            "who answered it both the first and the latest time in the period. Shares are "
            "of the number. Scale {low}–{high}."
        ),
        "unit_spider_title": "The group's spider chart",
        "unit_spider_none": (
            "The spider chart is not shown: no participant has two comparable measurements "
            "in the period."
        ),
        # the follow-up sections (bipdesk.reports.unit_follow_up)
        "unit_fu_note_hours": (
            "Participants registered in the period with at least one activity in it; the "
            "share of those registered in brackets. An activity's hours count in "
            "proportion to how many of its days lie in the period; an ongoing activity "
            "counts to the end of the period. The shares are of all hours of that sex."
        ),
        "unit_fu_note_types": (
            "A participant counts once per activity type, so a column may add up to more "
            "than all with activities. The shares are of all with activities of that sex."
        ),
        "unit_fu_note_parallel": (
            "Month 1 begins on the participant's start date. In the project: participants "
            "registered that month; parallel activities: activities in two or more areas "
            "in the same month; job focus and another area: a job focus activity and at "
            "least one in another area. Months within the period count."
        ),
        "unit_fu_note_employment": (
            "Participants who left for work in the period. The shares are of them; what "
            "was not filled in does not count, so a pair need not add up to 100%."
        ),
        "unit_fu_note_branch": (
            "The workplace's branch of those who left for work in the period. The shares "
            "are of all with a branch of that sex."
        ),
        "unit_fu_note_survey": (
            "A positive answer is 3 or 4 on the scale 1–4 (Quite true, Completely true). "
            "The share positive is of those who answered, the response rate of everybody "
            "who left in the period. The project's goal is {goal} positive answers to "
            "each statement."
        ),
    },
}
