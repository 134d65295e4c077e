"""Participants and the vocabularies attached to them (DESIGN §6)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum

from bipdesk.core.exits import Employment, ExitForm, WorkingTime
from bipdesk.messages import QT_TRANSLATE_NOOP


class Sex(StrEnum):
    WOMEN = "women"
    MEN = "men"
    OTHER = "other"
    UNKNOWN = "unknown"


_SEX_ALIASES: dict[str, Sex] = {
    **{s.value: s for s in Sex},
    "kvinna": Sex.WOMEN,
    "kvinnor": Sex.WOMEN,
    "k": Sex.WOMEN,
    "f": Sex.WOMEN,
    "female": Sex.WOMEN,
    "woman": Sex.WOMEN,
    "man": Sex.MEN,
    "män": Sex.MEN,
    "m": Sex.MEN,
    "male": Sex.MEN,
    "annat": Sex.OTHER,
    "x": Sex.OTHER,
    "okänt": Sex.UNKNOWN,
    "okänd": Sex.UNKNOWN,
    "": Sex.UNKNOWN,
}


def parse_sex(text: str | None) -> Sex:
    """Read the sex codes and aliases accepted on import; ValueError otherwise."""
    key = (text or "").strip().casefold()
    try:
        return _SEX_ALIASES[key]
    except KeyError:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "participants",
                "'{text}' is not a sex; use women, men, other or unknown (or kvinna/K/F, man/M, "
                "annat/X, okänt)",
            ).format(text=str(text))
        ) from None


class ExitReason(StrEnum):
    WORK = "work"
    STUDIES = "studies"
    LABOUR_MARKET_TRAINING = "labour_market_training"
    JOB_SEEKING = "job_seeking"
    REHABILITATION = "rehabilitation"
    MEDICAL_CARE = "medical_care"
    COMPLETED = "completed"
    DROPPED_OUT = "dropped_out"
    OTHER = "other"


EXIT_REASON_SWEDISH: dict[ExitReason, str] = {
    ExitReason.WORK: "Arbete",
    ExitReason.STUDIES: "Studier",
    ExitReason.LABOUR_MARKET_TRAINING: "Arbetsmarknadsutbildning",
    ExitReason.JOB_SEEKING: "Arbetssökande",
    ExitReason.REHABILITATION: "Arbetslivsinriktad rehabilitering",
    ExitReason.MEDICAL_CARE: "Medicinsk rehabilitering/vård",
    ExitReason.COMPLETED: "Fullföljt",
    ExitReason.DROPPED_OUT: "Avbrutit",
    ExitReason.OTHER: "Annan orsak",
}
"""The Swedish labels of DESIGN §6, accepted as aliases on import."""


def parse_exit_reason(text: str) -> ExitReason:
    key = text.strip().casefold()
    for reason in ExitReason:
        if key == reason.value or key == EXIT_REASON_SWEDISH[reason].casefold():
            return reason
    raise ValueError(
        QT_TRANSLATE_NOOP(
            "participants", "'{text}' is not an exit reason; use one of {reasons}"
        ).format(text=text, reasons=", ".join(r.value for r in ExitReason))
    )


class OutcomeGroup(StrEnum):
    WORK_OR_STUDIES = "work_or_studies"
    CLOSER_TO_LABOUR_MARKET = "closer_to_labour_market"
    OTHER = "other"


OUTCOME_GROUP_OF: dict[ExitReason, OutcomeGroup] = {
    ExitReason.WORK: OutcomeGroup.WORK_OR_STUDIES,
    ExitReason.STUDIES: OutcomeGroup.WORK_OR_STUDIES,
    ExitReason.LABOUR_MARKET_TRAINING: OutcomeGroup.WORK_OR_STUDIES,
    ExitReason.JOB_SEEKING: OutcomeGroup.CLOSER_TO_LABOUR_MARKET,
    ExitReason.REHABILITATION: OutcomeGroup.CLOSER_TO_LABOUR_MARKET,
    ExitReason.MEDICAL_CARE: OutcomeGroup.OTHER,
    ExitReason.COMPLETED: OutcomeGroup.OTHER,
    ExitReason.DROPPED_OUT: OutcomeGroup.OTHER,
    ExitReason.OTHER: OutcomeGroup.OTHER,
}


def outcome_group(reason: ExitReason) -> OutcomeGroup:
    return OUTCOME_GROUP_OF[reason]


def exit_reasons_in(group: OutcomeGroup) -> tuple[ExitReason, ...]:
    return tuple(r for r in ExitReason if OUTCOME_GROUP_OF[r] is group)


@dataclass(frozen=True)
class Participant:
    """A person followed by the project, known by a pseudonymous code."""

    code: str
    name: str | None = None
    sex: Sex = Sex.UNKNOWN
    birth_year: int | None = None
    referrer: str | None = None
    municipality: str | None = None
    unit: str | None = None
    coordinator: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    exit_reason: ExitReason | None = None
    employment: Employment | None = None
    working_time: WorkingTime | None = None
    subsidised: bool | None = None
    exit_branch: str | None = None
    """The exit form of DESIGN §10 (`bipdesk.core.exits`): what a participant who left
    for work went to, and the SNI 2007 section of the workplace."""
    id: int | None = None
    version: int | None = field(default=None, compare=False)
    """The stored row's version when read (None: not read from a database): a save
    is refused when someone else saved the participant since (DESIGN §11). Not part
    of equality: two reads of the same record are the same participant."""

    def is_active_on(self, day: date) -> bool:
        started = self.start_date is None or self.start_date <= day
        return started and (self.end_date is None or self.end_date >= day)

    @property
    def has_ended(self) -> bool:
        return self.end_date is not None

    @property
    def exit_form(self) -> ExitForm:
        return ExitForm(self.employment, self.working_time, self.subsidised, self.exit_branch)


PARTICIPANT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Participant) if f.name not in ("id", "version")
)
"""Everything known about a participant, code first: one list for importer and storage."""
