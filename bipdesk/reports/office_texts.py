"""The words of the project-office report (PDF and XLSX), Swedish and English.

Looked up through `bipdesk.reports.texts.text`, which holds every report's words.
"""

from __future__ import annotations

OFFICE_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "office_title": "Progressionsrapport för projektkontoret",
        "office_subtitle": "Sammanställning av skyddade siffror från {units}",
        "office_one_unit": "en enhet",
        "office_many_units": "{n} enheter",
        "office_files": "({n} filer)",
        "office_footer": "Progressionsrapport · {period}",
        "office_footer_mixed": "Progressionsrapport · {period} · blandade perioder",
        "office_xlsx_margin": "±",
        "office_xlsx_from": "Från",
        "office_xlsx_to": "Till",
        "office_xlsx_question_text": "Frågetext",
        "office_xlsx_margin_note": (
            "Kolumnerna ± är felmarginalerna (95 %): det exakta antalet ligger med 95 % "
            "säkerhet inom så mycket från siffran."
        ),
        "office_demo_note": (
            "Rapporten bygger på påhittade demopersoner. Siffrorna säger ingenting om "
            "verkliga deltagare."
        ),
        "office_project": "Projekt",
        "office_card": "Kort",
        "office_card_value": "{title} ({id}, version {version})",
        "office_card_missing": (
            "Kortet {id} version {version} finns inte installerat på den här datorn. "
            "Frågorna visas därför med sina id:n."
        ),
        "office_units": "Enheter",
        "office_unit_period": "Period",
        "office_created": "Rapporten skapad",
        "office_merged": "Filerna sammanslagna",
        "office_software": "Program",
        "office_protection": "Skydd",
        "office_mixed_periods": "Blandade perioder ({n} st.)",
        "office_mixed_note": (
            "Enheternas filer gäller olika perioder. Siffrorna är summor över alla "
            "perioderna; listan över enheterna visar vilken period varje fil gäller."
        ),
        "office_period_both": "{start} – {end}",
        "office_period_from": "från och med {start}",
        "office_period_to": "till och med {end}",
        "office_period_open": "hela tiden (ingen start- eller slutdag)",
        "office_reading": "Så läser du siffrorna",
        "office_reading_margin": (
            "Antal med felmarginal: det exakta antalet ligger med 95 % säkerhet mellan "
            "{low} och {high}. Felmarginalen kommer av skyddet – varje enhets siffror får "
            "avvika lite från de exakta, och när enheterna läggs ihop läggs avvikelserna "
            "ihop. I den här rapporten är ingen felmarginal större än ±{largest}."
        ),
        "office_reading_count": (
            "Ett antal som enheten publicerat: det kan avvika från det exakta antalet med "
            "högst {deviation}. Antal på 1 eller 2 visas aldrig."
        ),
        "office_reading_share": (
            "Antal och andel. Andelen räknas av de publicerade antalen (här {part} av "
            "{whole}) och visas bara när minst {people} personer står bakom det som "
            "andelen räknas av."
        ),
        "office_reading_withheld": (
            "Medelvärdet visas inte: färre än {people} personer står bakom det."
        ),
        "office_reading_no_data": (
            "Rapporten innehåller inga personuppgifter: inga namn, koder, födelseår, "
            "datum för enskilda eller anteckningar, bara antal och medelvärden."
        ),
        "office_key_figures": "I korthet",
        "office_key_periods": "Siffrorna gäller perioderna {periods}.",
        "office_summary": (
            "Av {comparable} deltagare med minst två jämförbara mätningar gjorde "
            "{positive} en positiv stegförflyttning, {negative} en negativ och {neutral} ingen."
        ),
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
            "avslutsorsakerna av alla avslutade. En tabell behöver inte summera exakt."
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
        "office_progress_note_start": (
            "Mätningarnas andelar räknas av de inskrivna, stegförflyttningens av dem "
            "med minst två jämförbara mätningar. Stegförflyttning: medelvärdet av "
            "förändringen från deltagarens första mätning någonsin till den senaste "
            "mätningen under perioden."
        ),
        "office_exits_title": "Avslut efter orsak och kön",
        "office_exits_reason": "Avslutsorsak",
        "office_exits_total": "Alla avslutade",
        "office_group_work_or_studies": "Arbete eller studier",
        "office_group_closer_to_labour_market": "Närmare arbetsmarknaden",
        "office_group_other": "Övrigt",
        "office_exits_note": (
            "Deltagare vars slutdag ligger inom perioden. Alla avslutade är summan av de "
            "tre grupperna; andelarna räknas av den summan för samma kön."
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
            "svarat både första och senaste gången. Medelvärden visas när minst {people} "
            "personer står bakom dem. Skala {low}–{high}."
        ),
        "office_questions_margins": (
            "Antalen i tabellen visas utan sina felmarginaler, som är högst ±{largest}."
        ),
        "office_spider_title": "Gruppens spindeldiagram",
        "office_spider_missing_card": (
            "Spindeldiagrammet kan inte ritas: kortet {id} version {version} finns "
            "inte installerat på den här datorn."
        ),
        "office_spider_too_few": (
            "Spindeldiagrammet visas inte: {n} deltagare har minst två jämförbara "
            "mätningar, och minst {people} behövs för att gruppens medelvärden ska visas."
        ),
        "office_spider_no_means": (
            "Spindeldiagrammet visas inte: inga medelvärden kunde visas, eftersom "
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
            "Varje enhets siffror är de som enheten publicerat (högst {deviation} från de "
            "exakta); raden Alla enheter är summan, med felmarginal. Andelen med minst två "
            "jämförbara mätningar räknas av de inskrivna, stegförflyttningens andelar av "
            "dem med minst två jämförbara mätningar."
        ),
        # the follow-up sections (bipdesk.reports.office_follow_up)
        "office_fu_note_hours": (
            "Deltagare som var inskrivna under perioden och hade minst en aktivitet under "
            "den; andelen av de inskrivna inom parentes. En aktivitets "
            "timmar räknas i proportion till hur många av dess dagar som ligger i perioden. "
            "Timmarna är enheternas publicerade (skyddade) timmar; andelarna räknas av dem "
            "och visas när minst {people} personer står bakom."
        ),
        "office_fu_note_types": (
            "En deltagare räknas en gång per aktivitetstyp. Andelarna är av alla med "
            "aktiviteter av samma kön och visas när minst {people} personer står bakom."
        ),
        "office_fu_note_parallel": (
            "Månad 1 börjar på deltagarens startdag. I projektet: deltagare som var "
            "inskrivna den månaden; parallella insatser: aktiviteter inom minst två "
            "områden samma månad; jobbfokus och annat område: en aktivitet med jobbfokus "
            "och minst en inom ett annat område. De ljusa banden är felmarginalerna."
        ),
        "office_fu_note_employment": (
            "Deltagare som avslutades till arbete under perioden. Andelarna är av dem och "
            "visas när minst {people} personer står bakom; en uppgift som inte fyllts i "
            "räknas inte."
        ),
        "office_fu_note_branch": (
            "Arbetsplatsens bransch för dem som avslutades till arbete. Andelarna är av "
            "alla med bransch av samma kön och visas när minst {people} personer står bakom."
        ),
        "office_fu_note_survey": (
            "Positivt svar: 3 eller 4 på skalan 1–4 (Stämmer ganska bra, Stämmer helt). "
            "Andelen positiva är av dem som svarat, svarsfrekvensen av alla avslutade; "
            "andelar visas när minst {people} personer står bakom. Projektets mål är "
            "{goal} positiva svar på varje påstående."
        ),
    },
    "en": {
        "office_title": "Progression report for the project office",
        "office_subtitle": "Protected figures brought together from {units}",
        "office_one_unit": "one unit",
        "office_many_units": "{n} units",
        "office_files": "({n} files)",
        "office_footer": "Progression report · {period}",
        "office_footer_mixed": "Progression report · {period} · mixed periods",
        "office_xlsx_margin": "±",
        "office_xlsx_from": "From",
        "office_xlsx_to": "To",
        "office_xlsx_question_text": "Question text",
        "office_xlsx_margin_note": (
            "The ± columns are the margins of error (95%): with 95% certainty the exact "
            "count lies within that much of the figure."
        ),
        "office_demo_note": (
            "This report is made from invented demo people. Its figures say nothing about "
            "real participants."
        ),
        "office_project": "Project",
        "office_card": "Card",
        "office_card_value": "{title} ({id}, version {version})",
        "office_card_missing": (
            "The card {id} version {version} is not installed on this computer, "
            "so the questions are shown by their ids."
        ),
        "office_units": "Units",
        "office_unit_period": "Period",
        "office_created": "Report created",
        "office_merged": "Files merged",
        "office_software": "Software",
        "office_protection": "Protection",
        "office_mixed_periods": "Mixed periods ({n})",
        "office_mixed_note": (
            "The units' files cover different periods. The figures are sums over all of "
            "them; the list of units shows the period of each file."
        ),
        "office_period_both": "{start} – {end}",
        "office_period_from": "from {start}",
        "office_period_to": "up to and including {end}",
        "office_period_open": "all time (no first or last day)",
        "office_reading": "How to read the figures",
        "office_reading_margin": (
            "A count with its margin of error: with 95% certainty the exact count lies "
            "between {low} and {high}. The margin comes from the protection – each unit's "
            "figures may differ a little from the exact ones, and when the units are added "
            "together, so are the differences. No margin in this report is larger than "
            "±{largest}."
        ),
        "office_reading_count": (
            "A count as the unit published it: it may differ from the exact count by up "
            "to {deviation}. Counts of 1 or 2 are never shown."
        ),
        "office_reading_share": (
            "Count and share. The share is computed from the published counts (here "
            "{part} of {whole}) and shown only where at least {people} people stand "
            "behind what it is a share of."
        ),
        "office_reading_withheld": (
            "The mean is not shown: fewer than {people} people stand behind it."
        ),
        "office_reading_no_data": (
            "The report holds no personal data: no names, codes, birth years, dates of "
            "individuals or notes, only counts and means."
        ),
        "office_key_figures": "At a glance",
        "office_key_periods": "The figures cover the periods {periods}.",
        "office_summary": (
            "Of the {comparable} participants with two or more comparable measurements, "
            "{positive} made a positive step, {negative} a negative one and {neutral} none."
        ),
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
            "exit reasons of all who left. A table need not add up exactly."
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
        "office_progress_note_start": (
            "Shares of measurements are of those registered; shares of steps are of "
            "those with two or more comparable measurements. A step is the mean change "
            "from the participant's first measurement ever to their latest measurement "
            "in the period."
        ),
        "office_exits_title": "Exits by reason and sex",
        "office_exits_reason": "Reason for leaving",
        "office_exits_total": "All who left",
        "office_group_work_or_studies": "Work or studies",
        "office_group_closer_to_labour_market": "Closer to the labour market",
        "office_group_other": "Other",
        "office_exits_note": (
            "Participants whose last day lies in the period. All who left is the sum of "
            "the three groups; shares are of that sum for the same sex."
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
            "those who answered it both the first and the latest time. Means are shown "
            "where at least {people} people stand behind them. Scale {low}–{high}."
        ),
        "office_questions_margins": (
            "The counts of this table are shown without their margins of error, which "
            "are at most ±{largest}."
        ),
        "office_spider_title": "The group's spider chart",
        "office_spider_missing_card": (
            "The spider chart cannot be drawn: the card {id} version {version} is not "
            "installed on this computer."
        ),
        "office_spider_too_few": (
            "The spider chart is not shown: {n} participants have two or more comparable "
            "measurements, and at least {people} are needed for the group's means to be "
            "shown."
        ),
        "office_spider_no_means": (
            "The spider chart is not shown: no means could be shown, because fewer "
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
            "Each unit's figures are those it published (within {deviation} of the exact "
            "ones); the row All units is their sum, with margins of error. The share with "
            "two or more comparable measurements is of those registered; the shares of "
            "steps are of those with two or more comparable measurements."
        ),
        # the follow-up sections (bipdesk.reports.office_follow_up)
        "office_fu_note_hours": (
            "Participants registered in the period with at least one activity in it; the "
            "share of those registered in brackets. An "
            "activity's hours count in proportion to how many of its days lie in the "
            "period. The hours are the units' published (protected) hours; the shares are "
            "taken of them and shown where at least {people} people stand behind them."
        ),
        "office_fu_note_types": (
            "A participant counts once per activity type. The shares are of all with "
            "activities of that sex, shown where at least {people} people stand behind them."
        ),
        "office_fu_note_parallel": (
            "Month 1 begins on the participant's start date. In the project: participants "
            "registered that month; parallel activities: activities in two or more areas "
            "in the same month; job focus and another area: a job focus activity and at "
            "least one in another area. The light bands are the margins of error."
        ),
        "office_fu_note_employment": (
            "Participants who left for work in the period. The shares are of them, shown "
            "where at least {people} people stand behind them; what was not filled in "
            "does not count."
        ),
        "office_fu_note_branch": (
            "The workplace's branch of those who left for work. The shares are of all "
            "with a branch of that sex, shown where at least {people} people stand behind "
            "them."
        ),
        "office_fu_note_survey": (
            "A positive answer is 3 or 4 on the scale 1–4 (Quite true, Completely true). "
            "The share positive is of those who answered, the response rate of everybody "
            "who left; shares are shown where at least {people} people stand behind them. "
            "The project's goal is {goal} positive answers to each statement."
        ),
    },
}
