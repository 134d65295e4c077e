"""Activities in BIP's four areas, and how they count over time (DESIGN §10).

Seed 004 follows the hours each participant spends in activities of the four
areas and which areas run in parallel month by month since the start: BIP
research finds that work together with health and social support moves people
closer to work. These rules are pure: hours in a period pro rata, and the
areas of each month since a participant's start.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bipdesk.core.cards import Area
from bipdesk.messages import QT_TRANSLATE_NOOP

MAX_MONTH = 24
"""The `parallel` table follows the first 24 months since a participant's start."""


class ActivityType(StrEnum):
    WORK_TRAINING = "work_training"
    INTERNSHIP = "internship"
    JOB_COACHING = "job_coaching"
    EMPLOYMENT_SUBSIDISED = "employment_subsidised"
    STUDIES = "studies"
    SKILLS_COURSE = "skills_course"
    HEALTH_PROMOTION = "health_promotion"
    REHABILITATION = "rehabilitation"
    COUNSELLING = "counselling"
    HOUSING_SUPPORT = "housing_support"
    SOCIAL_ACTIVITY = "social_activity"
    OTHER = "other"


ACTIVITY_TYPE_SWEDISH: dict[ActivityType, str] = {
    ActivityType.WORK_TRAINING: "Arbetsträning",
    ActivityType.INTERNSHIP: "Praktik",
    ActivityType.JOB_COACHING: "Jobbcoachning",
    ActivityType.EMPLOYMENT_SUBSIDISED: "Subventionerad anställning",
    ActivityType.STUDIES: "Studier",
    ActivityType.SKILLS_COURSE: "Kompetenshöjande insats",
    ActivityType.HEALTH_PROMOTION: "Hälsofrämjande insats",
    ActivityType.REHABILITATION: "Rehabilitering",
    ActivityType.COUNSELLING: "Samtalsstöd",
    ActivityType.HOUSING_SUPPORT: "Boendestöd",
    ActivityType.SOCIAL_ACTIVITY: "Social aktivitet",
    ActivityType.OTHER: "Annan",
}
"""The Swedish labels of DESIGN §10, accepted as aliases on import."""

DEFAULT_AREA: dict[ActivityType, Area | None] = {
    ActivityType.WORK_TRAINING: Area.JOB,
    ActivityType.INTERNSHIP: Area.JOB,
    ActivityType.JOB_COACHING: Area.JOB,
    ActivityType.EMPLOYMENT_SUBSIDISED: Area.JOB,
    ActivityType.STUDIES: Area.SKILLS,
    ActivityType.SKILLS_COURSE: Area.SKILLS,
    ActivityType.HEALTH_PROMOTION: Area.HEALTH,
    ActivityType.REHABILITATION: Area.HEALTH,
    ActivityType.COUNSELLING: Area.HEALTH,
    ActivityType.HOUSING_SUPPORT: Area.SOCIAL,
    ActivityType.SOCIAL_ACTIVITY: Area.SOCIAL,
    ActivityType.OTHER: None,
}
"""The area an activity of each type belongs to; `other` needs its area given."""

AREA_SWEDISH: dict[Area, str] = {
    Area.JOB: "jobbfokus",
    Area.HEALTH: "hälsa",
    Area.SOCIAL: "socialt",
    Area.SKILLS: "kompetens",
}

BRANCHES: dict[str, tuple[str, str]] = {
    "A": ("Jordbruk, skogsbruk och fiske", "Agriculture, forestry and fishing"),
    "B": ("Utvinning av mineral", "Mining and quarrying"),
    "C": ("Tillverkning", "Manufacturing"),
    "D": ("Försörjning av el, gas, värme och kyla", "Electricity, gas, steam and heating"),
    "E": (
        "Vattenförsörjning; avloppsrening, avfallshantering och sanering",
        "Water supply; sewerage, waste management and remediation",
    ),
    "F": ("Byggverksamhet", "Construction"),
    "G": (
        "Handel; reparation av motorfordon och motorcyklar",
        "Wholesale and retail trade; repair of motor vehicles",
    ),
    "H": ("Transport och magasinering", "Transportation and storage"),
    "I": ("Hotell- och restaurangverksamhet", "Accommodation and food service"),
    "J": ("Informations- och kommunikationsverksamhet", "Information and communication"),
    "K": ("Finans- och försäkringsverksamhet", "Financial and insurance activities"),
    "L": ("Fastighetsverksamhet", "Real estate activities"),
    "M": (
        "Verksamhet inom juridik, ekonomi, vetenskap och teknik",
        "Professional, scientific and technical activities",
    ),
    "N": (
        "Uthyrning, fastighetsservice, resetjänster och andra stödtjänster",
        "Administrative and support service activities",
    ),
    "O": (
        "Offentlig förvaltning och försvar; obligatorisk socialförsäkring",
        "Public administration and defence; compulsory social security",
    ),
    "P": ("Utbildning", "Education"),
    "Q": ("Vård och omsorg; sociala tjänster", "Human health and social work"),
    "R": ("Kultur, nöje och fritid", "Arts, entertainment and recreation"),
    "S": ("Annan serviceverksamhet", "Other service activities"),
    "T": ("Förvärvsarbete i hushåll", "Activities of households as employers"),
    "U": (
        "Verksamhet vid internationella organisationer",
        "Activities of extraterritorial organisations",
    ),
}
"""SNI 2007 sections A–U (the Swedish standard of NACE Rev. 2): Swedish and English names."""


def parse_activity_type(text: str) -> ActivityType:
    """A type code or its Swedish label, any case; ValueError naming the codes otherwise."""
    key = text.strip().casefold()
    for kind in ActivityType:
        if key == kind.value or key == ACTIVITY_TYPE_SWEDISH[kind].casefold():
            return kind
    raise ValueError(
        QT_TRANSLATE_NOOP(
            "activities",
            "'{text}' is not an activity type; use one of {types} (or their Swedish names)",
        ).format(text=text, types=", ".join(k.value for k in ActivityType))
    )


def parse_area(text: str) -> Area:
    """An area code (job, health, social, skills) or its Swedish name."""
    key = text.strip().casefold()
    for area in Area:
        if key == area.value or key == AREA_SWEDISH[area]:
            return area
    raise ValueError(
        QT_TRANSLATE_NOOP(
            "activities", "'{text}' is not an area; use job, health, social or skills"
        ).format(text=text)
    )


def parse_branch(text: str) -> str:
    """An SNI 2007 section letter A–U, any case."""
    key = text.strip().upper()
    if key not in BRANCHES:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "activities", "'{text}' is not a branch; use an SNI 2007 section letter A–U"
            ).format(text=text)
        )
    return key


@dataclass(frozen=True)
class Activity:
    """One activity of one participant: what, in which area, when and how many hours.

    `hours` are the total hours planned or done over the whole activity; `place`
    is free text for the coordinator and never leaves the computer.
    """

    participant_code: str
    activity: ActivityType
    area: Area
    start_date: date
    end_date: date | None = None
    hours: float = 0.0
    place: str | None = None
    branch: str | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if self.end_date is not None and self.end_date < self.start_date:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "activities", "the activity ends ({end}) before it starts ({start})"
                ).format(end=self.end_date, start=self.start_date)
            )
        if self.hours < 0:
            raise ValueError(
                QT_TRANSLATE_NOOP("activities", "hours cannot be negative ({hours})").format(
                    hours=str(self.hours)
                )
            )

    def last_day(self, today: date) -> date:
        """The end date, or for an ongoing activity today (never before its start)."""
        return self.end_date or max(today, self.start_date)

    def runs_on(self, day: date, today: date) -> bool:
        return self.start_date <= day <= self.last_day(today)


def hours_in_period(activity: Activity, start: date | None, end: date | None, today: date) -> float:
    """The activity's hours that fall inside [start, end], spread evenly over its days.

    An ongoing activity runs until the period's end, or today when the period is
    open-ended (DESIGN §10).
    """
    last = activity.end_date or (end if end is not None else max(today, activity.start_date))
    last = max(last, activity.start_date)
    days = (last - activity.start_date).days + 1
    inside_from = max(activity.start_date, start) if start else activity.start_date
    inside_to = min(last, end) if end else last
    if inside_to < inside_from:
        return 0.0
    return activity.hours * ((inside_to - inside_from).days + 1) / days


def month_start(start: date, month: int) -> date:
    """The first day of month `month` (1-based) since `start`: month 1 begins on `start`."""
    year, index = divmod(start.month - 1 + month - 1, 12)
    year += start.year
    day = min(start.day, calendar.monthrange(year, index + 1)[1])
    return date(year, index + 1, day)


def month_range(start: date, month: int) -> tuple[date, date]:
    """First and last day of month `month` since `start`."""
    return month_start(start, month), month_start(start, month + 1) - timedelta(days=1)


@dataclass(frozen=True)
class MonthAreas:
    """One month since a participant's start, in the project: the areas of the
    activities that ran at some time in that month."""

    month: int
    areas: frozenset[Area]

    @property
    def parallel(self) -> bool:
        """Activities of two or more areas in the month."""
        return len(self.areas) >= 2

    @property
    def job_and_other(self) -> bool:
        """A job activity and one of another area in the month."""
        return Area.JOB in self.areas and len(self.areas) >= 2


def months_since_start(
    start: date,
    end: date | None,
    activities: Iterable[Activity],
    today: date,
    max_month: int = MAX_MONTH,
) -> list[MonthAreas]:
    """Month by month since `start` (month 1 begins on the start date), up to the month
    that holds the participant's end (or today), at most `max_month`."""
    last_day = end or today
    chosen = list(activities)
    found: list[MonthAreas] = []
    for month in range(1, max_month + 1):
        first, last = month_range(start, month)
        if first > last_day:
            break
        areas = frozenset(
            a.area for a in chosen if a.start_date <= last and a.last_day(today) >= first
        )
        found.append(MonthAreas(month, areas))
    return found


def hours_by_area(
    activities: Iterable[Activity], start: date | None, end: date | None, today: date
) -> Mapping[Area, float]:
    """One participant's hours per area inside the period."""
    hours: dict[Area, float] = {}
    for activity in activities:
        share = hours_in_period(activity, start, end, today)
        if share:
            hours[activity.area] = hours.get(activity.area, 0.0) + share
    return hours
