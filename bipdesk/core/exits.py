"""The exit form (DESIGN §10): beside the exit reason, what a participant who
left for work went to — permanent or temporary, full or part time, subsidised
or not — and the branch of the workplace."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bipdesk.core.activities import parse_branch
from bipdesk.messages import QT_TRANSLATE_NOOP


class Employment(StrEnum):
    PERMANENT = "permanent"
    TEMPORARY = "temporary"


class WorkingTime(StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"


EMPLOYMENT_SWEDISH = {Employment.PERMANENT: "Tillsvidare", Employment.TEMPORARY: "Tidsbegränsad"}
WORKING_TIME_SWEDISH = {WorkingTime.FULL_TIME: "Heltid", WorkingTime.PART_TIME: "Deltid"}
_YES = {"yes", "ja", "j", "y", "1", "true"}
_NO = {"no", "nej", "n", "0", "false"}

EXIT_ATTRIBUTES = (
    "permanent",
    "temporary",
    "full_time",
    "part_time",
    "subsidised",
    "unsubsidised",
)
"""The `attribute` dimension of the `exit_employment` table, in order."""


def parse_employment(text: str) -> Employment:
    key = text.strip().casefold()
    for kind in Employment:
        if key in (kind.value, EMPLOYMENT_SWEDISH[kind].casefold()):
            return kind
    raise ValueError(
        QT_TRANSLATE_NOOP(
            "exits", "'{text}' is not an employment; use permanent or temporary"
        ).format(text=text)
    )


def parse_working_time(text: str) -> WorkingTime:
    key = text.strip().casefold()
    for kind in WorkingTime:
        if key in (kind.value, WORKING_TIME_SWEDISH[kind].casefold()):
            return kind
    raise ValueError(
        QT_TRANSLATE_NOOP(
            "exits", "'{text}' is not a working time; use full_time or part_time"
        ).format(text=text)
    )


def parse_yes_no(text: str) -> bool:
    key = text.strip().casefold()
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValueError(
        QT_TRANSLATE_NOOP("exits", "'{text}' is neither yes nor no (ja/nej)").format(text=text)
    )


@dataclass(frozen=True)
class ExitForm:
    """What a participant left for, beside the reason kept on the participant."""

    employment: Employment | None = None
    working_time: WorkingTime | None = None
    subsidised: bool | None = None
    branch: str | None = None

    def __post_init__(self) -> None:
        if self.branch is not None:
            object.__setattr__(self, "branch", parse_branch(self.branch))

    @property
    def is_empty(self) -> bool:
        return self == ExitForm()

    def attributes(self) -> tuple[str, ...]:
        """The `exit_employment` attributes this exit counts in."""
        found: list[str] = []
        if self.employment is not None:
            found.append(self.employment.value)
        if self.working_time is not None:
            found.append(self.working_time.value)
        if self.subsidised is not None:
            found.append("subsidised" if self.subsidised else "unsubsidised")
        return tuple(found)
