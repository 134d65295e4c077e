"""What an import would change (the plan) and did change (the summary): the
counts the command line prints and the import dialog shows, for participant
files and activities files alike, and every stored value it changes (one line
each, "SP0129 2021-09-05: job_search_knowhow 9 → 1"), so that nothing already
recorded is overwritten silently."""

from __future__ import annotations

from dataclasses import dataclass, field

from bipdesk.core.activities import Activity
from bipdesk.core.history import Change
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.core.surveys import SurveyResponse
from bipdesk.io.change_lines import change_line
from bipdesk.io.import_problems import ImportProblem
from bipdesk.messages import QT_TRANSLATE_NOOP, Joined, Message, Number, joined

_KINDS = {
    "participants": QT_TRANSLATE_NOOP(
        "import", "participants: {new} new, {updated} updated, {unchanged} unchanged"
    ),
    "measurements": QT_TRANSLATE_NOOP(
        "import", "measurements: {new} new, {updated} updated, {unchanged} unchanged"
    ),
    "activities": QT_TRANSLATE_NOOP(
        "import", "activities: {new} new, {updated} updated, {unchanged} unchanged"
    ),
    "exit surveys": QT_TRANSLATE_NOOP(
        "import", "exit surveys: {new} new, {updated} updated, {unchanged} unchanged"
    ),
}
_INDENT = "  "


@dataclass(frozen=True)
class ImportSummary:
    participants_new: int = 0
    participants_updated: int = 0
    participants_unchanged: int = 0
    measurements_new: int = 0
    measurements_updated: int = 0
    measurements_unchanged: int = 0
    activities_new: int = 0
    activities_updated: int = 0
    activities_unchanged: int = 0
    surveys_new: int = 0
    surveys_updated: int = 0
    surveys_unchanged: int = 0
    """Exit survey responses (one per participant)."""
    activities_file: bool = False
    """The file was an activities file (DESIGN §10)."""
    changes: tuple[Change, ...] = ()
    """Every stored value of a participant or measurement the import changes."""
    warnings: tuple[ImportProblem, ...] = ()
    """Rows that are imported but worth a second look (a measurement before the start)."""

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.participants_new
            or self.participants_updated
            or self.measurements_new
            or self.measurements_updated
            or self.activities_new
            or self.activities_updated
            or self.surveys_new
            or self.surveys_updated
        )

    def lines(self) -> list[Message | Joined]:
        """What `bipdesk import` prints: one line per kind of row the file holds, then
        the changed values and the warnings, said in the reader's language."""
        kinds = (
            [("activities", *self._activities)]
            if self.activities_file
            else [
                ("participants", *self._participants),
                ("measurements", *self._measurements),
            ]
        )
        if any(self._surveys):
            kinds.append(("exit surveys", *self._surveys))
        lines: list[Message | Joined] = [
            _KINDS[what].format(new=Number(new), updated=Number(changed), unchanged=Number(same))
            for what, new, changed, same in kinds
        ]
        if self.changes:
            lines.append(
                QT_TRANSLATE_NOOP("import", "changed values ({count}):").format(
                    count=Number(len(self.changes))
                )
            )
            lines += [joined((_INDENT, change_line(change)), "") for change in self.changes]
        if self.warnings:
            lines.append(
                QT_TRANSLATE_NOOP("import", "warnings, imported all the same ({count}):").format(
                    count=Number(len(self.warnings))
                )
            )
            lines += [joined((_INDENT, warning.message), "") for warning in self.warnings]
        return lines

    @property
    def _participants(self) -> tuple[int, int, int]:
        return self.participants_new, self.participants_updated, self.participants_unchanged

    @property
    def _measurements(self) -> tuple[int, int, int]:
        return self.measurements_new, self.measurements_updated, self.measurements_unchanged

    @property
    def _activities(self) -> tuple[int, int, int]:
        return self.activities_new, self.activities_updated, self.activities_unchanged

    @property
    def _surveys(self) -> tuple[int, int, int]:
        return self.surveys_new, self.surveys_updated, self.surveys_unchanged


@dataclass
class ImportPlan:
    file: str
    new_participants: list[Participant] = field(default_factory=list)
    updated_participants: list[Participant] = field(default_factory=list)
    unchanged_participants: int = 0
    new_measurements: list[Measurement] = field(default_factory=list)
    updated_measurements: list[Measurement] = field(default_factory=list)
    unchanged_measurements: int = 0
    new_activities: list[Activity] = field(default_factory=list)
    updated_activities: list[Activity] = field(default_factory=list)
    unchanged_activities: int = 0
    new_surveys: list[tuple[str, SurveyResponse]] = field(default_factory=list)
    updated_surveys: list[tuple[str, SurveyResponse]] = field(default_factory=list)
    """(participant code, the whole response to save)."""
    unchanged_surveys: int = 0
    activities_file: bool = False
    changes: list[Change] = field(default_factory=list)
    """The values the updates change, old → new (`bipdesk.core.history`)."""
    warnings: list[ImportProblem] = field(default_factory=list)

    @property
    def summary(self) -> ImportSummary:
        return ImportSummary(
            len(self.new_participants),
            len(self.updated_participants),
            self.unchanged_participants,
            len(self.new_measurements),
            len(self.updated_measurements),
            self.unchanged_measurements,
            len(self.new_activities),
            len(self.updated_activities),
            self.unchanged_activities,
            len(self.new_surveys),
            len(self.updated_surveys),
            self.unchanged_surveys,
            self.activities_file,
            tuple(self.changes),
            tuple(self.warnings),
        )
