"""Import of participants and measurements from CSV or XLSX (DESIGN §6).

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

from bipdesk.core.cards import Card, CardLibrary
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import PARTICIPANT_FIELDS as ALL_PARTICIPANT_FIELDS
from bipdesk.core.participants import Participant, parse_exit_reason, parse_sex
from bipdesk.core.validation import Problem, validate_measurement, validate_participant
from bipdesk.io.tabular import Table, TableError, column_letter, read_table

if TYPE_CHECKING:
    from bipdesk.storage.database import Database
    from bipdesk.storage.repository import Repository

DEFAULT_CARD_ID = "bip-standard"
PARTICIPANT_FIELDS = tuple(name for name in ALL_PARTICIPANT_FIELDS if name != "code")
"""Participant columns besides `participant`; `name` and `coordinator` extend DESIGN §6."""
KNOWN_COLUMNS = ("participant", *PARTICIPANT_FIELDS, "measurement_date", "card")
MAX_PROBLEMS = 200
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_CARD_REF = re.compile(r"^(?P<id>[^:\s]+)(?:\s*:\s*(?P<version>\d+))?$")
_FIELD_COLUMNS = {"code": "participant", "date": "measurement_date"}


@dataclass(frozen=True)
class ImportProblem:
    file: str
    row: int | None
    column: str | None
    letter: str | None
    reason: str

    def __str__(self) -> str:
        parts = [self.file]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(
                f"column {self.letter} ({self.column})" if self.letter else f"column {self.column}"
            )
        return ", ".join(parts) + f": {self.reason}"


class ImportFailed(Exception):
    """The file cannot be imported; nothing was written."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        more = len(problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        super().__init__(f"{problems[0]}{suffix}")


class ImportCancelled(Exception):
    """The user stopped the import; the transaction is rolled back."""


@dataclass(frozen=True)
class ImportSummary:
    participants_new: int = 0
    participants_updated: int = 0
    participants_unchanged: int = 0
    measurements_new: int = 0
    measurements_updated: int = 0
    measurements_unchanged: int = 0

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.participants_new
            or self.participants_updated
            or self.measurements_new
            or self.measurements_updated
        )


@dataclass
class ImportPlan:
    file: str
    new_participants: list[Participant] = field(default_factory=list)
    updated_participants: list[Participant] = field(default_factory=list)
    unchanged_participants: int = 0
    new_measurements: list[Measurement] = field(default_factory=list)
    updated_measurements: list[Measurement] = field(default_factory=list)
    unchanged_measurements: int = 0

    @property
    def summary(self) -> ImportSummary:
        return ImportSummary(
            len(self.new_participants),
            len(self.updated_participants),
            self.unchanged_participants,
            len(self.new_measurements),
            len(self.updated_measurements),
            self.unchanged_measurements,
        )


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
    measurements: list[_MeasurementRow] = field(default_factory=list)


class _Problems:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.items: list[ImportProblem] = []
        self._letters = {name.casefold(): column_letter(i) for i, name in enumerate(table.header)}

    def add(self, row: int | None, column: str | None, reason: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            letter = self._letters.get(column.casefold()) if column else None
            self.items.append(ImportProblem(self.table.file, row, column, letter, reason))

    def raise_if_any(self) -> None:
        if self.items:
            raise ImportFailed(self.items)


def _parse_date(text: str) -> date:
    if not _ISO_DATE.match(text):
        raise ValueError(f"'{text}' is not a date written YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a real date") from None


def _parse_year(text: str) -> int:
    if not _YEAR.match(text):
        raise ValueError(f"'{text}' is not a four-digit year")
    return int(text)


_FIELD_PARSERS: Mapping[str, Callable[[str], Any]] = {
    "sex": parse_sex,
    "birth_year": _parse_year,
    "start_date": _parse_date,
    "end_date": _parse_date,
    "exit_reason": parse_exit_reason,
}


class _Reader:
    """Turns a table into participants and measurements, collecting problems."""

    def __init__(self, table: Table, cards: CardLibrary) -> None:
        self.table = table
        self.cards = cards
        self.problems = _Problems(table)
        self.columns: dict[str, int] = {}

    def read(self) -> dict[str, _ParticipantRows]:
        self._read_header()
        self.problems.raise_if_any()
        people: dict[str, _ParticipantRows] = {}
        seen_measurements: dict[tuple[str, str, date], int] = {}
        for row in self.table:
            cells = {name: row.cells[index] for name, index in self.columns.items()}
            code = cells.get("participant", "")
            if not code:
                self.problems.add(row.number, "participant", "the participant code is empty")
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
                        f"participant {code} already has a {measurement.card.id} measurement "
                        f"on {measurement.day} in row {seen_measurements[key]}",
                    )
                else:
                    seen_measurements[key] = row.number
                    person.measurements.append(measurement)
        self.problems.raise_if_any()
        return people

    def _read_header(self) -> None:
        question_ids = {q.id for card in self.cards for q in card.questions}
        for index, name in enumerate(self.table.header):
            key = name.casefold()
            column = f"{column_letter(index)} ({name})" if name else column_letter(index)
            if not name:
                self.problems.add(1, None, f"column {column} has no name in the header")
            elif key in self.columns:
                self.problems.add(1, name, f"the column '{name}' appears twice")
            elif key not in KNOWN_COLUMNS and key not in question_ids:
                self.problems.add(
                    1,
                    name,
                    f"unknown column '{name}'; expected {', '.join(KNOWN_COLUMNS)} "
                    "or a question id of the card",
                )
            else:
                self.columns[key] = index
        if "participant" not in self.columns and not self.problems.items:
            self.problems.add(1, None, "the column 'participant' (the participant code) is missing")

    def _read_participant_fields(
        self, person: _ParticipantRows, cells: Mapping[str, str], row: int
    ) -> None:
        for name in PARTICIPANT_FIELDS:
            text = cells.get(name, "")
            if not text:
                continue
            parser = _FIELD_PARSERS.get(name, str)
            try:
                value = parser(text)
            except ValueError as error:
                self.problems.add(row, name, str(error))
                continue
            earlier = person.fields.get(name)
            if earlier is None:
                person.fields[name] = _Cell(value, row, name)
            elif earlier.value != value:
                self.problems.add(
                    row,
                    name,
                    f"participant {person.code} has {name} '{text}' here but "
                    f"'{earlier.value}' in row {earlier.row}",
                )

    def _card_for(self, text: str, row: int) -> Card | None:
        match = _CARD_REF.match(text or DEFAULT_CARD_ID)
        card = None
        if match:
            version = match["version"]
            card = self.cards.get(match["id"], int(version) if version else None)
        if card is None:
            known = ", ".join(str(c.key) for c in self.cards) or "none"
            self.problems.add(row, "card", f"unknown card '{text}' (known cards: {known})")
        return card

    def _read_measurement(self, cells: Mapping[str, str], row: int) -> _MeasurementRow | None:
        card_text = cells.get("card", "")
        day_text = cells.get("measurement_date", "")
        card = self._card_for(card_text, row)
        if card is None:
            return None
        answer_columns = [c for c in self.columns if c not in KNOWN_COLUMNS]
        for column in answer_columns:
            if cells[column] and not card.has_question(column):
                self.problems.add(row, column, f"card {card.key} has no question '{column}'")
        if not day_text:
            given = [c for c in answer_columns if cells[c]]
            if given:
                self.problems.add(row, given[0], "an answer is given but measurement_date is empty")
            return None
        try:
            day = _parse_date(day_text)
        except ValueError as error:
            self.problems.add(row, "measurement_date", str(error))
            return None
        answers: dict[str, int | None] = {}
        for question in card.questions:
            text = cells.get(question.id, "")
            if not text:
                answers[question.id] = None
                continue
            if not re.fullmatch(r"-?\d+", text):
                self.problems.add(
                    row,
                    question.id,
                    f"'{text}' is not a whole number on the scale "
                    f"{card.scale.minimum}–{card.scale.maximum}",
                )
                continue
            answers[question.id] = int(text)
        return _MeasurementRow(row, card, day, answers)


@dataclass(frozen=True)
class ParsedImport:
    """A file read and checked on its own, before the database is consulted."""

    table: Table
    people: Mapping[str, _ParticipantRows]

    @property
    def file(self) -> str:
        return self.table.file


def parse_import_file(path: Path, cards: CardLibrary) -> ParsedImport:
    try:
        table = read_table(path)
    except TableError as error:
        raise ImportFailed(
            [ImportProblem(error.file, error.row, None, None, error.reason)]
        ) from None
    return ParsedImport(table, _Reader(table, cards).read())


def _report(problems: _Problems, row: int, found: Iterable[Problem]) -> None:
    for problem in found:
        column = _FIELD_COLUMNS.get(problem.field, problem.field)
        problems.add(row, column, problem.message)


def plan_import(
    parsed: ParsedImport,
    repository: Repository,
    today: date,
    on_progress: Callable[[int, int], bool] | None = None,
) -> ImportPlan:
    """Compare the file with the database; raise ImportFailed on any problem.

    `on_progress(done, total)` may return False to cancel (ImportCancelled).
    """
    problems = _Problems(parsed.table)
    plan = ImportPlan(parsed.file)
    total = len(parsed.people)
    for done, person in enumerate(parsed.people.values(), start=1):
        if on_progress is not None and not on_progress(done, total):
            raise ImportCancelled
        given = {name: cell.value for name, cell in person.fields.items()}
        existing = repository.participant(person.code)
        merged = replace(existing, **given) if existing else Participant(person.code, **given)
        row_of = {name: cell.row for name, cell in person.fields.items()}
        for problem in validate_participant(merged, today):
            problems.add(
                row_of.get(problem.field, person.first_row),
                _FIELD_COLUMNS.get(problem.field, problem.field),
                f"participant {person.code}: {problem.message}",
            )
        if existing is None:
            plan.new_participants.append(merged)
        elif merged != existing:
            plan.updated_participants.append(merged)
        else:
            plan.unchanged_participants += 1
        stored = (
            {(m.card.id, m.date): m for m in repository.measurements(person.code)}
            if existing
            else {}
        )
        for row in person.measurements:
            candidate = Measurement(person.code, row.card.key, row.day, row.answers)
            _report(problems, row.row, validate_measurement(candidate, row.card, today))
            previous = stored.get((row.card.id, row.day))
            if previous is None:
                plan.new_measurements.append(candidate)
                continue
            updated = replace(previous, card=row.card.key, answers=row.answers)
            if updated.same_content(previous):
                plan.unchanged_measurements += 1
            else:
                plan.updated_measurements.append(updated)
    problems.raise_if_any()
    return plan


def apply_plan(
    plan: ImportPlan,
    repository: Repository,
    on_progress: Callable[[int, int], bool] | None = None,
) -> None:
    """Write a plan inside the caller's transaction."""
    steps: list[Callable[[], object]] = [
        *(lambda p=p: repository.add_participant(p) for p in plan.new_participants),
        *(lambda p=p: repository.update_participant(p) for p in plan.updated_participants),
        *(lambda m=m: repository.add_measurement(m) for m in plan.new_measurements),
        *(lambda m=m: repository.update_measurement(m) for m in plan.updated_measurements),
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
    """Import `path` in one transaction (or only plan it, for a dry run)."""
    parsed = parse_import_file(path, database.cards)
    with database.transaction() as repository:
        plan = plan_import(parsed, repository, today or date.today(), on_progress)
        if not dry_run:
            apply_plan(plan, repository, on_progress)
    return plan.summary
