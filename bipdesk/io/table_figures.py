"""The figures of an aggregate file as people read them: labels in Swedish and
English, a `Figure` per table entry (count, mean or share, withheld or with its
margin), and their text ("71 ± 6", "66 %", ".."). The tables built from them
are in `aggregate_tables` (the card's) and `follow_up_tables` (DESIGN §10)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from babel.numbers import format_decimal, format_percent

from bipdesk.core.activities import ACTIVITY_TYPE_SWEDISH, AREA_SWEDISH, BRANCHES, ActivityType
from bipdesk.core.aggregation import (
    ALL,
    COMPARABLE,
    EXITS,
    IMPROVED,
    MEAN_FIRST,
    MEAN_LATEST,
    MEASURED,
    NEGATIVE,
    NEUTRAL,
    PARTICIPANTS,
    POSITIVE,
    QUESTIONS,
    REGISTERED,
    UNCHANGED,
    UNKNOWN_BAND,
    WORSENED,
    Cell,
    N,
)
from bipdesk.core.cards import Area
from bipdesk.core.participants import EXIT_REASON_SWEDISH, ExitReason

WITHHELD_TEXT = ".."

_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        PARTICIPANTS: "Deltagare",
        EXITS: "Avslut",
        QUESTIONS: "Frågor",
        "sex": "Kön",
        "age_band": "Åldersgrupp",
        "question": "Fråga",
        REGISTERED: "Inskrivna",
        MEASURED: "Minst en mätning",
        COMPARABLE: "Jämförbara (minst två mätningar)",
        "share_comparable": "Andel jämförbara av inskrivna",
        POSITIVE: "Positiv stegförflyttning",
        NEGATIVE: "Negativ stegförflyttning",
        NEUTRAL: "Ingen stegförflyttning",
        "share_positive": "Andel positiva",
        "share_negative": "Andel negativa",
        "share_neutral": "Andel utan förändring",
        N: "Antal",
        MEAN_FIRST: "Medel första",
        MEAN_LATEST: "Medel senaste",
        IMPROVED: "Förbättrat",
        WORSENED: "Försämrat",
        UNCHANGED: "Oförändrat",
        "women": "Kvinnor",
        "men": "Män",
        "other": "Annat",
        "unknown": "Okänt",
        ALL: "Totalt",
        "group:work_or_studies": "Arbete eller studier (grupp)",
        "group:closer_to_labour_market": "Närmare arbetsmarknaden (grupp)",
        "group:other": "Övrigt (grupp)",
        "unit": "Enhet",
        "period": "Period",
        "demo": "DEMO – påhittade personer",
        "activities": "Aktiviteter",
        "activity_types": "Aktivitetstyper",
        "parallel": "Parallella insatser",
        "exit_employment": "Anställning vid avslut",
        "exit_branch": "Bransch vid avslut",
        "exit_survey": "Enkät vid avslut",
        "col:participants": "Deltagare",
        "col:hours": "Timmar",
        "col:share_hours": "Andel av timmarna",
        "col:activity": "Aktivitet",
        "col:area": "Område",
        "col:month": "Månad sedan start",
        "col:active": "I projektet",
        "col:parallel": "Parallella insatser",
        "col:job_and_other": "Jobbfokus och annat område",
        "col:share_parallel": "Andel med parallella insatser",
        "col:left_for_work": "Avslutade till arbete",
        "col:branch": "Bransch (SNI 2007)",
        "col:answered": "Svarat",
        "col:positive": "Positiva svar",
        "col:share_positive": "Andel positiva",
        "col:response_rate": "Svarsfrekvens",
        "attribute:permanent": "Tillsvidare",
        "attribute:temporary": "Tidsbegränsad",
        "attribute:full_time": "Heltid",
        "attribute:part_time": "Deltid",
        "attribute:subsidised": "Subventionerad",
        "attribute:unsubsidised": "Ej subventionerad",
    },
    "en": {
        PARTICIPANTS: "Participants",
        EXITS: "Exits",
        QUESTIONS: "Questions",
        "sex": "Sex",
        "age_band": "Age group",
        "question": "Question",
        REGISTERED: "Registered",
        MEASURED: "At least one measurement",
        COMPARABLE: "Comparable (two or more measurements)",
        "share_comparable": "Share comparable of registered",
        POSITIVE: "Positive step",
        NEGATIVE: "Negative step",
        NEUTRAL: "No change",
        "share_positive": "Share positive",
        "share_negative": "Share negative",
        "share_neutral": "Share no change",
        N: "Number",
        MEAN_FIRST: "Mean first",
        MEAN_LATEST: "Mean latest",
        IMPROVED: "Improved",
        WORSENED: "Worsened",
        UNCHANGED: "Unchanged",
        "women": "Women",
        "men": "Men",
        "other": "Other",
        "unknown": "Unknown",
        ALL: "Total",
        "group:work_or_studies": "Work or studies (group)",
        "group:closer_to_labour_market": "Closer to the labour market (group)",
        "group:other": "Other (group)",
        "unit": "Unit",
        "period": "Period",
        "demo": "DEMO — invented people",
        "activities": "Activities",
        "activity_types": "Activity types",
        "parallel": "Parallel activities",
        "exit_employment": "Employment at exit",
        "exit_branch": "Branch at exit",
        "exit_survey": "Survey at exit",
        "col:participants": "Participants",
        "col:hours": "Hours",
        "col:share_hours": "Share of hours",
        "col:activity": "Activity",
        "col:area": "Area",
        "col:month": "Month since start",
        "col:active": "In the project",
        "col:parallel": "Parallel activities",
        "col:job_and_other": "Job focus and another area",
        "col:share_parallel": "Share with parallel activities",
        "col:left_for_work": "Left for work",
        "col:branch": "Branch (SNI 2007)",
        "col:answered": "Answered",
        "col:positive": "Positive answers",
        "col:share_positive": "Share positive",
        "col:response_rate": "Response rate",
        "attribute:permanent": "Permanent",
        "attribute:temporary": "Temporary",
        "attribute:full_time": "Full time",
        "attribute:part_time": "Part time",
        "attribute:subsidised": "Subsidised",
        "attribute:unsubsidised": "Unsubsidised",
    },
}
_EXIT_REASON_ENGLISH = {
    ExitReason.WORK: "Work",
    ExitReason.STUDIES: "Studies",
    ExitReason.LABOUR_MARKET_TRAINING: "Labour market training",
    ExitReason.JOB_SEEKING: "Job seeking",
    ExitReason.REHABILITATION: "Vocational rehabilitation",
    ExitReason.MEDICAL_CARE: "Medical rehabilitation/care",
    ExitReason.COMPLETED: "Completed",
    ExitReason.DROPPED_OUT: "Dropped out",
    ExitReason.OTHER: "Other reason",
}
_LOCALES = {"sv": "sv_SE", "en": "en_GB"}


def label(key: str, language: str) -> str:
    texts = _LABELS.get(language, _LABELS["en"])
    if key.startswith("reason:"):
        reason = ExitReason(key.removeprefix("reason:"))
        return EXIT_REASON_SWEDISH[reason] if language == "sv" else _EXIT_REASON_ENGLISH[reason]
    if key.startswith("band:"):
        band = key.removeprefix("band:")
        return texts.get(band, band) if band in (ALL, UNKNOWN_BAND) else band
    if key.startswith("activity:"):
        kind = ActivityType(key.removeprefix("activity:"))
        return ACTIVITY_TYPE_SWEDISH[kind] if language == "sv" else _ACTIVITY_ENGLISH[kind]
    if key.startswith("area:"):
        area = Area(key.removeprefix("area:"))
        return AREA_SWEDISH[area] if language == "sv" else _AREA_ENGLISH[area]
    if key.startswith("branch:"):
        letter = key.removeprefix("branch:")
        sv, en = BRANCHES[letter]
        return f"{letter} {sv if language == 'sv' else en}"
    return texts.get(key, key)


_ACTIVITY_ENGLISH = {
    ActivityType.WORK_TRAINING: "Work training",
    ActivityType.INTERNSHIP: "Internship",
    ActivityType.JOB_COACHING: "Job coaching",
    ActivityType.EMPLOYMENT_SUBSIDISED: "Subsidised employment",
    ActivityType.STUDIES: "Studies",
    ActivityType.SKILLS_COURSE: "Skills course",
    ActivityType.HEALTH_PROMOTION: "Health promotion",
    ActivityType.REHABILITATION: "Rehabilitation",
    ActivityType.COUNSELLING: "Counselling",
    ActivityType.HOUSING_SUPPORT: "Housing support",
    ActivityType.SOCIAL_ACTIVITY: "Social activity",
    ActivityType.OTHER: "Other",
}
_AREA_ENGLISH = {
    Area.JOB: "job focus",
    Area.HEALTH: "health",
    Area.SOCIAL: "social",
    Area.SKILLS: "skills",
}


@dataclass(frozen=True)
class Figure:
    """One table entry for people: a count, a mean or a share, or withheld."""

    value: int | float | None
    kind: str = "count"
    """count, mean or share."""
    withheld: bool = False
    margin: int | None = None
    """The 95 % margin of error of a merged count."""


@dataclass(frozen=True)
class TableView:
    name: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str | Figure, ...], ...]


def count_figure(cell: Cell | None, kind: str = "count") -> Figure:
    """The figure of a cell as published (None: the file has no such cell)."""
    if cell is None:
        return Figure(None, kind)
    return Figure(cell.value, kind, cell.withheld, cell.margin)


def share_figure(
    part: Cell | Figure | None, whole: Cell | Figure | None, min_people: int
) -> Figure:
    """part / whole of published counts, withheld below `min_people` in the whole.

    A share of a handful of people says little and, with perturbed counts,
    could say something false.
    """
    if part is None or whole is None or part.value is None or whole.value is None:
        return Figure(None, "share", withheld=True)
    if whole.value < min_people or whole.value <= 0:
        return Figure(None, "share", withheld=True)
    return Figure(min(1.0, max(0.0, part.value / whole.value)), "share")


def format_figure(
    figure: Figure, language: str = "sv", grouping: bool = False, with_margin: bool = False
) -> str:
    """`..` when withheld, decimal comma and `66 %` in Swedish; `71 ± 6` with a margin.

    `grouping` writes thousands apart ("12 345"), for reading; CSV keeps plain digits.
    """
    locale = _LOCALES.get(language, "en_GB")
    if figure.withheld or figure.value is None:
        return WITHHELD_TEXT if figure.withheld else ""
    if figure.kind == "share":
        return format_percent(figure.value, locale=locale).replace("\xa0", " ")
    if figure.kind == "mean":
        return format_decimal(figure.value, format="0.00", locale=locale)
    pattern = "#,##0" if grouping else "0"
    text = format_decimal(figure.value, format=pattern, locale=locale)
    if with_margin and figure.margin:
        return f"{text} ± {figure.margin}"
    return text


def iter_rows(view: TableView, language: str = "sv") -> Iterator[list[str]]:
    """A view's rows as text, as a preview shows them."""
    for row in view.rows:
        yield [c if isinstance(c, str) else format_figure(c, language) for c in row]
