"""What goes wrong in an import, said the way a spreadsheet user finds it:
file, row, column letter and name, and the reason. Shared by the participant
and measurement import (`importer`) and the activities import
(`activity_import`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bipdesk.io.import_columns import column_key, column_name
from bipdesk.io.tabular import Table, column_letter

MAX_PROBLEMS = 200
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WHOLE = re.compile(r"^(?P<whole>-?\d+)(?:[.,]0*)?$")
_FRACTION = re.compile(r"^-?\d*[.,]\d+$")


@dataclass(frozen=True)
class ImportProblem:
    file: str
    row: int | None
    column: str | None
    letter: str | None
    reason: str
    code: str | None = None
    """A warning's kind (`before_start`, `start_in_future`), for a translated text."""
    values: tuple[tuple[str, str], ...] = ()
    """The warning's details by name (participant, date, start), for that text."""

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


class Problems:
    """The problems of one file, at most MAX_PROBLEMS, with their column letters."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.items: list[ImportProblem] = []
        self.warnings: list[ImportProblem] = []
        """What may well be right but is worth a second look; never blocks the import."""
        self._headers = {
            column_name(name): (column_letter(i), name) for i, name in enumerate(table.header)
        }

    def _where(self, column: str) -> tuple[str, str | None]:
        """The column as the header names it (`mätdatum` for measurement_date), its letter."""
        letter, header = self._headers.get(column_name(column), (None, column))
        return (column if column_key(header) == column else header), letter

    def add(self, row: int | None, column: str | None, reason: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            name, letter = self._where(column) if column else (None, None)
            self.items.append(ImportProblem(self.table.file, row, name, letter, reason))

    def warn(self, row: int, column: str, reason: str, code: str, **values: str) -> None:
        if len(self.warnings) < MAX_PROBLEMS:
            column, letter = self._where(column)
            self.warnings.append(
                ImportProblem(
                    self.table.file, row, column, letter, reason, code, tuple(values.items())
                )
            )

    def raise_if_any(self) -> None:
        if self.items:
            raise ImportFailed(self.items)


def whole_number(text: str, scale: str) -> int:
    """A whole number as a person or Swedish Excel writes it: `3`, `3,0` or `3.0`;
    a real fraction such as `3,5` is refused, naming the `scale` ("1–10")."""
    match = _WHOLE.match(text)
    if match:
        return int(match["whole"])
    if _FRACTION.match(text):
        raise ValueError(
            f"'{text}' is not a whole number; the answers are whole numbers on the scale {scale}"
        )
    raise ValueError(f"'{text}' is not a whole number on the scale {scale}")


def parse_date(text: str) -> date:
    if not _ISO_DATE.match(text):
        raise ValueError(f"'{text}' is not a date written YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a real date") from None


def header_columns(table: Table, known: tuple[str, ...], problems: Problems) -> dict[str, int]:
    """The known columns of the header by name (`column_name`, so Swedish names
    too) → index; an empty, repeated or unknown name is a problem in row 1."""
    columns: dict[str, int] = {}
    for index, name in enumerate(table.header):
        key = column_name(name)
        if not name:
            problems.add(1, None, f"column {column_letter(index)} has no name in the header")
        elif key in columns:
            problems.add(1, name, f"the column '{name}' appears twice")
        elif key not in known:
            problems.add(1, name, f"unknown column '{name}'; expected {', '.join(known)}")
        else:
            columns[key] = index
    return columns
