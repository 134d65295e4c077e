"""Import of participants and measurements from CSV or XLSX (DESIGN §6), with
the exit form and the exit survey, and of activities (§10, `activity_import`).

The import is planned first (every row parsed and validated against the file
and the database), then applied in the caller's single transaction; any
problem stops it before anything is written. The same plan serves the
command line's `--dry-run` and the desktop app's preview.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bipdesk.core.activities import parse_branch
from bipdesk.core.cards import Card, CardLibrary
from bipdesk.core.exits import parse_employment, parse_working_time, parse_yes_no
from bipdesk.core.history import import_source, measurement_changes, participant_changes
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import PARTICIPANT_FIELDS as ALL_PARTICIPANT_FIELDS
from bipdesk.core.participants import ExitReason, Participant, parse_exit_reason, parse_sex
from bipdesk.core.surveys import SCALE, Survey, SurveyResponse
from bipdesk.core.validation import Problem, validate_measurement, validate_participant
from bipdesk.io import import_reasons as reasons
from bipdesk.io.activity_import import (
    ActivityLine,
    is_activities_table,
    plan_activities,
    read_activities,
)
from bipdesk.io.import_columns import column_name
from bipdesk.io.import_kind import not_an_import_file
from bipdesk.io.import_plan import ImportPlan, ImportSummary
from bipdesk.io.import_problems import (
    MAX_PROBLEMS,
    ImportCancelled,
    ImportFailed,
    ImportProblem,
    Problems,
    parse_date,
    repeated_column,
    unnamed_column,
    whole_number,
)
from bipdesk.io.import_units import TeamUnits, UnitCell, settled_unit, team_units
from bipdesk.io.import_warnings import warn_measurement_date, warn_start
from bipdesk.io.surveys import SurveyFileError, exit_survey
from bipdesk.io.tabular import Table, TableError, read_table
from bipdesk.messages import message_of

if TYPE_CHECKING:
    from bipdesk.storage.database import Database
    from bipdesk.storage.repository import Repository

__all__ = [  # the names of plans and problems, for callers that know them from here
    "MAX_PROBLEMS",
    "ImportCancelled",
    "ImportFailed",
    "ImportPlan",
    "ImportProblem",
    "ImportSummary",
    "team_units",
]

DEFAULT_CARD_ID = "bip-standard"
PARTICIPANT_FIELDS = tuple(name for name in ALL_PARTICIPANT_FIELDS if name != "code")
"""Participant fields besides the code; `name` and `coordinator` extend DESIGN §6."""
_FIELD_COLUMNS = {"code": "participant", "date": "measurement_date", "exit_branch": "branch"}
"""The column of a field whose column is named otherwise."""
PARTICIPANT_COLUMNS = tuple(_FIELD_COLUMNS.get(name, name) for name in PARTICIPANT_FIELDS)
EXIT_FORM_FIELDS = ("employment", "working_time", "subsidised", "exit_branch")
SURVEY_PREFIX = "survey_"
"""An exit survey answer's column: the prefix and the question id (survey_useful)."""
SURVEY_COLUMNS = ("survey_useful", "survey_experience_used", "survey_involved")
"""The answers of the shipped exit survey (nns-exit version 1), DESIGN §10."""
KNOWN_COLUMNS = ("participant", *PARTICIPANT_COLUMNS, *SURVEY_COLUMNS, "measurement_date", "card")
_YEAR = re.compile(r"^\d{4}$")
_CARD_REF = re.compile(r"^(?P<id>[^:\s]+)(?:\s*:\s*(?P<version>\d+))?$")


@dataclass
class _Cell:
    value: Any
    row: int
    column: str


@dataclass
class _MeasurementRow:
    row: int
    card: Card
    day: date
    answers: dict[str, int | None]


@dataclass
class _ParticipantRows:
    code: str
    first_row: int
    fields: dict[str, _Cell] = field(default_factory=dict)
    survey: dict[str, _Cell] = field(default_factory=dict)
    """Exit survey answers by question id."""
    measurements: list[_MeasurementRow] = field(default_factory=list)


def _parse_year(text: str) -> int:
    if not _YEAR.match(text):
        raise ValueError(reasons.not_a_year(text))
    return int(text)


_FIELD_PARSERS: Mapping[str, Callable[[str], Any]] = {
    "sex": parse_sex,
    "birth_year": _parse_year,
    "start_date": parse_date,
    "end_date": parse_date,
    "exit_reason": parse_exit_reason,
    "employment": parse_employment,
    "working_time": parse_working_time,
    "subsidised": parse_yes_no,
    "exit_branch": parse_branch,
}


def _parse_answer(text: str) -> int:
    scale = f"{min(SCALE)}–{max(SCALE)}"
    answer = whole_number(text, scale)
    if answer not in SCALE:
        raise ValueError(reasons.not_an_answer(text))
    return answer


class _Reader:
    """Turns a table into participants and measurements, collecting problems."""

    def __init__(self, table: Table, cards: CardLibrary) -> None:
        self.table = table
        self.cards = cards
        self.problems = Problems(table)
        self.columns: dict[str, int] = {}
        self.survey: Survey | None = None
        """The current exit survey, read when the file has survey answers."""
        self.known = KNOWN_COLUMNS

    def read(self) -> dict[str, _ParticipantRows]:
        self._read_header()
        self.problems.raise_if_any()
        people: dict[str, _ParticipantRows] = {}
        seen_measurements: dict[tuple[str, str, date], int] = {}
        for row in self.table:
            cells = {name: row.cells[index] for name, index in self.columns.items()}
            code = cells.get("participant", "")
            if not code:
                self.problems.add(row.number, "participant", reasons.EMPTY_CODE)
                continue
            person = people.setdefault(code, _ParticipantRows(code, row.number))
            self._read_participant_fields(person, cells, row.number)
            measurement = self._read_measurement(cells, row.number)
            if measurement is not None:
                key = (code, measurement.card.id, measurement.day)
                if key in seen_measurements:
                    self.problems.add(
                        row.number,
                        "measurement_date",
                        reasons.repeated_measurement(
                            code, measurement.card.id, measurement.day, seen_measurements[key]
                        ),
                    )
                else:
                    seen_measurements[key] = row.number
                    person.measurements.append(measurement)
        self.problems.raise_if_any()
        return people

    def _read_survey(self) -> None:
        """Load the current exit survey: its questions name the survey columns."""
        try:
            self.survey = exit_survey()
        except SurveyFileError as error:
            self.problems.add(1, None, reasons.survey_unreadable(error))
            return
        columns = tuple(SURVEY_PREFIX + question for question in self.survey.question_ids)
        self.known = ("participant", *PARTICIPANT_COLUMNS, *columns, "measurement_date", "card")

    def _read_header(self) -> None:
        if any(column_name(name).startswith(SURVEY_PREFIX) for name in self.table.header):
            self._read_survey()
        question_ids = {q.id for card in self.cards for q in card.questions}
        for index, name in enumerate(self.table.header):
            key = column_name(name)
            if not name:
                self.problems.add(1, None, unnamed_column(index))
            elif key in self.columns:
                self.problems.add(1, name, repeated_column(name))
            elif key not in self.known and key not in question_ids:
                self.problems.add(1, name, reasons.unknown_column(name, self.known))
            else:
                self.columns[key] = index
        if "participant" not in self.columns and not self.problems.items:
            self.problems.add(1, None, reasons.participant_column_missing())

    def _read_participant_fields(
        self, person: _ParticipantRows, cells: Mapping[str, str], row: int
    ) -> None:
        for name in PARTICIPANT_FIELDS:
            column = _FIELD_COLUMNS.get(name, name)
            parser = _FIELD_PARSERS.get(name, str)
            self._read_cell(person, person.fields, name, column, parser, cells, row)
        if self.survey is not None:
            for question in self.survey.question_ids:
                column = SURVEY_PREFIX + question
                self._read_cell(person, person.survey, question, column, _parse_answer, cells, row)

    def _read_cell(
        self,
        person: _ParticipantRows,
        found: dict[str, _Cell],
        name: str,
        column: str,
        parser: Callable[[str], Any],
        cells: Mapping[str, str],
        row: int,
    ) -> None:
        """One participant cell into `found`; the rows of one participant must agree."""
        text = cells.get(column, "")
        if not text:
            return
        try:
            value = parser(text)
        except ValueError as error:
            self.problems.add(row, column, message_of(error))
            return
        earlier = found.get(name)
        if earlier is None:
            found[name] = _Cell(value, row, column)
        elif earlier.value != value:
            self.problems.add(
                row,
                column,
                reasons.disagreeing(person.code, column, text, earlier.value, earlier.row),
            )

    def _card_for(self, text: str, row: int) -> Card | None:
        match = _CARD_REF.match(text or DEFAULT_CARD_ID)
        card = None
        if match:
            version = match["version"]
            card = self.cards.get(match["id"], int(version) if version else None)
        if card is None:
            known = ", ".join(str(c.key) for c in self.cards)
            self.problems.add(row, "card", reasons.unknown_card(text, known))
        return card

    def _read_measurement(self, cells: Mapping[str, str], row: int) -> _MeasurementRow | None:
        card_text = cells.get("card", "")
        day_text = cells.get("measurement_date", "")
        card = self._card_for(card_text, row)
        if card is None:
            return None
        answer_columns = [c for c in self.columns if c not in self.known]
        for column in answer_columns:
            if cells[column] and not card.has_question(column):
                self.problems.add(row, column, reasons.no_such_question(str(card.key), column))
        if not day_text:
            given = [c for c in answer_columns if cells[c]]
            if given:
                self.problems.add(row, given[0], reasons.answer_without_date())
            return None
        try:
            day = parse_date(day_text)
        except ValueError as error:
            self.problems.add(row, "measurement_date", message_of(error))
            return None
        answers: dict[str, int | None] = {}
        for question in card.questions:
            text = cells.get(question.id, "")
            if not text:
                answers[question.id] = None
                continue
            try:
                answers[question.id] = whole_number(
                    text, f"{card.scale.minimum}–{card.scale.maximum}"
                )
            except ValueError as error:
                self.problems.add(row, question.id, message_of(error))
        return _MeasurementRow(row, card, day, answers)


@dataclass(frozen=True)
class ParsedImport:
    """A file read and checked on its own, before the database is consulted."""

    table: Table
    people: Mapping[str, _ParticipantRows]
    survey: Survey | None = None
    """The exit survey the file's survey columns answer (None: the file has none)."""
    activities: tuple[ActivityLine, ...] | None = None
    """The rows of an activities file (None: a participant file)."""

    @property
    def file(self) -> str:
        return self.table.file


def parse_import_file(path: Path, cards: CardLibrary) -> ParsedImport:
    """Read and check a participant file or, by its `activity` column, an activities file."""
    try:
        table = read_table(path)
    except TableError as error:
        export = not_an_import_file(path)
        row, reason = (None, export) if export else (error.row, error.reason)
        raise ImportFailed([ImportProblem(error.file, row, None, None, reason)]) from None
    if is_activities_table(table):
        return ParsedImport(table, {}, activities=read_activities(table))
    reader = _Reader(table, cards)
    people = reader.read()
    return ParsedImport(table, people, reader.survey)


def _report(problems: Problems, row: int, found: Iterable[Problem]) -> None:
    for problem in found:
        column = _FIELD_COLUMNS.get(problem.field, problem.field)
        problems.add(row, column, problem.sentence)


def plan_import(
    parsed: ParsedImport,
    repository: Repository,
    today: date,
    on_progress: Callable[[int, int], bool] | None = None,
    team: TeamUnits | None = None,
) -> ImportPlan:
    """Compare the file with the database; raise ImportFailed on any problem.

    `on_progress(done, total)` may return False to cancel (ImportCancelled);
    `team`: the login's units on a team database (`import_units.team_units`).
    """
    plan = ImportPlan(parsed.file)
    if parsed.activities is not None:
        changes = plan_activities(parsed.table, parsed.activities, repository, on_progress)
        plan.new_activities, plan.updated_activities = changes.new, changes.updated
        plan.unchanged_activities = changes.unchanged
        plan.activities_file = True
        return plan
    problems = Problems(parsed.table)
    total = len(parsed.people)
    for done, person in enumerate(parsed.people.values(), start=1):
        if on_progress is not None and not on_progress(done, total):
            raise ImportCancelled
        given = {name: cell.value for name, cell in person.fields.items()}
        existing = repository.participant(person.code)
        if team is not None:
            cell = person.fields.get("unit")
            where = UnitCell(cell.value, cell.row) if cell else UnitCell(None, person.first_row)
            given["unit"] = settled_unit(team, person.code, where, existing, problems)
        merged = replace(existing, **given) if existing else Participant(person.code, **given)
        row_of = {name: cell.row for name, cell in person.fields.items()}
        for problem in validate_participant(merged, today):
            problems.add(
                row_of.get(problem.field, person.first_row),
                _FIELD_COLUMNS.get(problem.field, problem.field),
                reasons.of_participant(person.code, problem.sentence),
            )
        _check_exit(person, merged, problems)
        start_cell = person.fields.get("start_date")
        warn_start(problems, start_cell.row if start_cell else person.first_row, merged, today)
        if existing is None:
            plan.new_participants.append(merged)
        elif merged != existing:
            plan.updated_participants.append(merged)
            plan.changes += participant_changes(existing, merged)
        else:
            plan.unchanged_participants += 1
        if person.survey and parsed.survey is not None:
            stored_response = repository.survey_response(person.code) if existing else None
            _plan_survey(plan, person, parsed.survey, stored_response)
        stored = (
            {(m.card.id, m.date): m for m in repository.measurements(person.code)}
            if existing
            else {}
        )
        for row in person.measurements:
            candidate = Measurement(person.code, row.card.key, row.day, row.answers)
            _report(problems, row.row, validate_measurement(candidate, row.card, today))
            warn_measurement_date(problems, row.row, row.day, merged)
            previous = stored.get((row.card.id, row.day))
            if previous is None:
                plan.new_measurements.append(candidate)
                continue
            # An empty cell or a column the file lacks keeps the stored answer: an
            # import never erases what a coordinator recorded (docs/import-format.md).
            answers = {
                question: previous.answers.get(question) if value is None else value
                for question, value in row.answers.items()
            }
            updated = replace(previous, card=row.card.key, answers=answers)
            if updated.same_content(previous):
                plan.unchanged_measurements += 1
            else:
                plan.updated_measurements.append(updated)
                plan.changes += measurement_changes(previous, updated)
    problems.raise_if_any()
    plan.warnings = problems.warnings
    return plan


def _check_exit(person: _ParticipantRows, merged: Participant, problems: Problems) -> None:
    """The exit form describes the job someone left for; the survey is answered at exit."""
    for name in EXIT_FORM_FIELDS:
        cell = person.fields.get(name)
        if cell is not None and merged.exit_reason is not ExitReason.WORK:
            problems.add(
                cell.row,
                cell.column,
                reasons.exit_form_without_work(person.code, cell.column),
            )
    if person.survey and merged.end_date is None:
        cell = min(person.survey.values(), key=lambda c: c.row)
        problems.add(
            cell.row,
            cell.column,
            reasons.survey_without_end(person.code),
        )


def _plan_survey(
    plan: ImportPlan, person: _ParticipantRows, survey: Survey, stored: SurveyResponse | None
) -> None:
    """The file's answers over the stored ones of the same survey (an empty cell
    never erases an answer); a response to another survey version is replaced."""
    answers = {question: int(cell.value) for question, cell in person.survey.items()}
    if stored is not None and (stored.survey_id, stored.survey_version) == (
        survey.id,
        survey.version,
    ):
        answers = {**stored.answers, **answers}
    response = SurveyResponse(survey.id, survey.version, answers)
    if stored is None:
        plan.new_surveys.append((person.code, response))
    elif response == stored:
        plan.unchanged_surveys += 1
    else:
        plan.updated_surveys.append((person.code, response))


def apply_plan(
    plan: ImportPlan,
    repository: Repository,
    on_progress: Callable[[int, int], bool] | None = None,
) -> None:
    """Write a plan inside the caller's transaction."""
    surveys = [*plan.new_surveys, *plan.updated_surveys]
    steps: list[Callable[[], object]] = [
        *(lambda p=p: repository.add_participant(p) for p in plan.new_participants),
        *(lambda p=p: repository.update_participant(p) for p in plan.updated_participants),
        *(lambda m=m: repository.add_measurement(m) for m in plan.new_measurements),
        *(lambda m=m: repository.update_measurement(m) for m in plan.updated_measurements),
        *(lambda c=c, r=r: repository.save_survey_response(c, r) for c, r in surveys),
        *(lambda a=a: repository.add_activity(a) for a in plan.new_activities),
        *(lambda a=a: repository.update_activity(a) for a in plan.updated_activities),
    ]
    total = len(steps)
    for done, step in enumerate(steps, start=1):
        if on_progress is not None and done % 50 == 0 and not on_progress(done, total):
            raise ImportCancelled
        step()


def import_file(
    database: Database,
    path: Path,
    *,
    dry_run: bool = False,
    today: date | None = None,
    on_progress: Callable[[int, int], bool] | None = None,
) -> ImportSummary:
    """Import `path` in one transaction (or only plan it, for a dry run); the edit
    history names the file as the source of the changes."""
    parsed = parse_import_file(path, database.cards)
    team = team_units(database, parsed.people)
    transaction = database.transaction(write=not dry_run)
    with transaction as repository, repository.edits_from(import_source(path.name)):
        plan = plan_import(parsed, repository, today or date.today(), on_progress, team)
        if not dry_run:
            apply_plan(plan, repository, on_progress)
    return plan.summary
