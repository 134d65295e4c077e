"""The activities file (DESIGN §10): one row per activity, recognised by its
`activity` column, imported all or nothing like the participant file.

An activity is known by participant, type and start date: importing the same
file again changes nothing, and a row for an activity already stored updates
it. An empty end date, place or branch never erases a stored one (as empty
cells never erase a participant's fields); a new activity with an empty end
date is ongoing. Every participant must already be in the database.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from bipdesk.core.activities import (
    DEFAULT_AREA,
    Activity,
    ActivityType,
    parse_activity_type,
    parse_area,
    parse_branch,
)
from bipdesk.core.cards import Area
from bipdesk.core.participants import Participant
from bipdesk.io.import_columns import column_label, column_name
from bipdesk.io.import_problems import (
    ImportCancelled,
    Problems,
    Reason,
    header_columns,
    parse_date,
)
from bipdesk.io.tabular import Table
from bipdesk.messages import QT_TRANSLATE_NOOP, Message, Number, counted, message_of

if TYPE_CHECKING:
    from bipdesk.storage.repository import Repository

ACTIVITY_COLUMNS = (
    "participant",
    "activity",
    "area",
    "start_date",
    "end_date",
    "hours",
    "place",
    "branch",
)
REQUIRED_COLUMNS = ("participant", "activity", "start_date", "hours")
MAX_HOURS_PER_DAY = 24
MAX_HOURS = 10_000
"""More hours than five years of full-time work: a typing mistake."""
_HOURS = re.compile(r"^\d+(?:[.,]\d+)?$")


def is_activities_table(table: Table) -> bool:
    """A file whose header has an `activity` column holds activities."""
    return any(column_name(name) == "activity" for name in table.header)


def parse_hours(text: str) -> float:
    """Hours with a decimal point or a decimal comma ('12,5'); 0 or more."""
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if cleaned.startswith("-") and _HOURS.match(cleaned[1:]):
        raise ValueError(
            QT_TRANSLATE_NOOP("activity import", "hours cannot be negative ('{text}')").format(
                text=text
            )
        )
    if not _HOURS.match(cleaned):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "activity import", "'{text}' is not a number of hours (write e.g. 12 or 12,5)"
            ).format(text=text)
        )
    hours = float(cleaned.replace(",", "."))
    if not math.isfinite(hours) or hours > MAX_HOURS:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "activity import", "'{text}' hours is more than one activity can hold ({most})"
            ).format(text=text, most=Number(MAX_HOURS))
        )
    return hours


@dataclass(frozen=True)
class ActivityLine:
    """One row of an activities file, read and checked on its own."""

    row: int
    activity: Activity
    area_given: bool
    """False when the area is the type's default (an empty `area` cell)."""


class _ActivityReader:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.problems = Problems(table)

    def read(self) -> tuple[ActivityLine, ...]:
        columns = header_columns(self.table, ACTIVITY_COLUMNS, self.problems)
        if not self.problems.items:
            for name in REQUIRED_COLUMNS:
                if name not in columns:
                    self.problems.add(
                        1,
                        None,
                        QT_TRANSLATE_NOOP(
                            "activity import",
                            "the column '{name}' of an activities file is missing",
                        ).format(name=column_label(name)),
                    )
        self.problems.raise_if_any()
        lines: list[ActivityLine] = []
        seen: dict[tuple[str, ActivityType, date], int] = {}
        for row in self.table:
            cells = {name: row.cells[index] for name, index in columns.items()}
            line = self._line(cells, row.number)
            if line is None:
                continue
            activity = line.activity
            key = (activity.participant_code, activity.activity, activity.start_date)
            if key in seen:
                self.problems.add(
                    row.number,
                    "start_date",
                    QT_TRANSLATE_NOOP(
                        "activity import",
                        "participant {participant} already has a {activity} activity starting "
                        "{date} in row {row}",
                    ).format(participant=key[0], activity=key[1].value, date=key[2], row=seen[key]),
                )
            else:
                seen[key] = row.number
                lines.append(line)
        self.problems.raise_if_any()
        return tuple(lines)

    def _parse(
        self,
        cells: Mapping[str, str],
        name: str,
        parser: Callable[[str], object],
        found: list[tuple[str, Reason]],
    ) -> object:
        text = cells.get(name, "")
        if not text:
            return None
        try:
            return parser(text)
        except ValueError as error:
            found.append((name, message_of(error)))
            return _BAD

    def _line(self, cells: Mapping[str, str], row: int) -> ActivityLine | None:
        """The row's activity, or None with its problems recorded (column, reason)."""
        found: list[tuple[str, Reason]] = []
        code = cells.get("participant", "")
        if not code:
            found.append(("participant", _EMPTY_CODE))
        kind = self._parse(cells, "activity", parse_activity_type, found)
        area = self._parse(cells, "area", parse_area, found)
        start = self._parse(cells, "start_date", parse_date, found)
        end = self._parse(cells, "end_date", parse_date, found)
        hours = self._parse(cells, "hours", parse_hours, found)
        branch = self._parse(cells, "branch", parse_branch, found)
        place = cells.get("place", "") or None
        for name, value in (("activity", kind), ("start_date", start), ("hours", hours)):
            if value is None:
                found.append((name, _EMPTY[name]))
        if isinstance(kind, ActivityType) and area is None and DEFAULT_AREA[kind] is None:
            found.append(
                (
                    "area",
                    QT_TRANSLATE_NOOP(
                        "activity import",
                        "an activity of type 'other' needs its area: job, health, social or skills",
                    ),
                )
            )
        if isinstance(start, date) and isinstance(end, date):
            days = (end - start).days + 1
            if end < start:
                found.append(
                    (
                        "end_date",
                        QT_TRANSLATE_NOOP(
                            "activity import",
                            "the activity ends ({end}) before it starts ({start})",
                        ).format(end=end, start=start),
                    )
                )
            elif isinstance(hours, float) and hours > MAX_HOURS_PER_DAY * days:
                found.append(
                    (
                        "hours",
                        counted(
                            days,
                            QT_TRANSLATE_NOOP(
                                "activity import",
                                "{hours} hours in {count} day is more than {most} hours a day",
                            ),
                            QT_TRANSLATE_NOOP(
                                "activity import",
                                "{hours} hours in {count} days is more than {most} hours a day",
                            ),
                            hours=Number(hours, len(f"{hours:g}".partition(".")[2])),
                            most=MAX_HOURS_PER_DAY,
                        ),
                    )
                )
        for column, reason in found:
            self.problems.add(row, column, reason)
        if found:
            return None
        assert isinstance(kind, ActivityType) and isinstance(start, date)
        assert isinstance(hours, float)
        chosen_area = area if isinstance(area, Area) else DEFAULT_AREA[kind]
        assert chosen_area is not None
        activity = Activity(
            code,
            kind,
            chosen_area,
            start,
            end if isinstance(end, date) else None,
            hours,
            place,
            branch if isinstance(branch, str) else None,
        )
        return ActivityLine(row, activity, isinstance(area, Area))


_EMPTY_CODE = QT_TRANSLATE_NOOP("activity import", "the participant code is empty")
_EMPTY: dict[str, Message] = {
    "activity": QT_TRANSLATE_NOOP("activity import", "the activity type is empty"),
    "start_date": QT_TRANSLATE_NOOP("activity import", "the start date is empty"),
    "hours": QT_TRANSLATE_NOOP(
        "activity import", "the hours are empty; give the hours planned or done"
    ),
}
_BAD = object()
"""A cell that did not parse (its problem is recorded)."""


def read_activities(table: Table) -> tuple[ActivityLine, ...]:
    """Every row of an activities file; ImportFailed naming row and column otherwise."""
    return _ActivityReader(table).read()


@dataclass
class ActivityChanges:
    """What an activities file would change."""

    new: list[Activity]
    updated: list[Activity]
    unchanged: int = 0


def _refusal(activity: Activity, participant: Participant | None) -> tuple[str, Message] | None:
    """Why the activity cannot be stored (column, reason): no such participant, or
    it starts outside their time in the project."""
    code = activity.participant_code
    if participant is None:
        return "participant", QT_TRANSLATE_NOOP(
            "activity import",
            "there is no participant '{participant}' in the database; import or add the "
            "participant first",
        ).format(participant=code)
    start, end = participant.start_date, participant.end_date
    if start is not None and activity.start_date < start:
        return "start_date", QT_TRANSLATE_NOOP(
            "activity import",
            "the activity starts {date} but participant {participant} starts {start}",
        ).format(date=activity.start_date, participant=code, start=start)
    if end is not None and activity.start_date > end:
        return "start_date", QT_TRANSLATE_NOOP(
            "activity import",
            "the activity starts {date} but participant {participant} left {end}",
        ).format(date=activity.start_date, participant=code, end=end)
    return None


def plan_activities(
    table: Table,
    lines: tuple[ActivityLine, ...],
    repository: Repository,
    on_progress: Callable[[int, int], bool] | None = None,
) -> ActivityChanges:
    """Compare the rows with the database; ImportFailed on any problem.

    An activity must belong to a participant in the database and start within
    their time in the project (from their start date to their end date, where
    these are known).
    """
    problems = Problems(table)
    changes = ActivityChanges([], [])
    people: dict[str, Participant | None] = {}
    stored: dict[str, dict[tuple[ActivityType, date], Activity]] = {}
    total = len(lines)
    for done, line in enumerate(lines, start=1):
        if on_progress is not None and done % 50 == 0 and not on_progress(done, total):
            raise ImportCancelled
        activity = line.activity
        code = activity.participant_code
        if code not in people:
            people[code] = repository.participant(code)
            stored[code] = {(a.activity, a.start_date): a for a in repository.activities(code)}
        participant = people[code]
        refused = _refusal(activity, participant)
        if refused is not None:
            problems.add(line.row, *refused)
            continue
        previous = stored[code].get((activity.activity, activity.start_date))
        if previous is None:
            changes.new.append(activity)
            continue
        merged = replace(
            activity,
            area=activity.area if line.area_given else previous.area,
            end_date=activity.end_date or previous.end_date,
            place=activity.place or previous.place,
            branch=activity.branch or previous.branch,
            id=previous.id,
        )
        if merged == previous:
            changes.unchanged += 1
        else:
            changes.updated.append(merged)
    problems.raise_if_any()
    return changes
