"""What goes wrong in an import, said the way a spreadsheet user finds it:
file, row, column letter and name, and the reason. Shared by the participant
and measurement import (`importer`) and the activities import
(`activity_import`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bipdesk.io.import_columns import column_key, column_label, column_name
from bipdesk.io.tabular import Table, column_letter
from bipdesk.messages import QT_TRANSLATE_NOOP, Joined, Message, Value, counted, joined

MAX_PROBLEMS = 200
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WHOLE = re.compile(r"^(?P<whole>-?\d+)(?:[.,]0*)?$")
_FRACTION = re.compile(r"^-?\d*[.,]\d+$")


Reason = Message | Joined | str
"""Why a row or column is refused: a marked sentence (a library's text as it is)."""


@dataclass(frozen=True)
class ImportProblem:
    file: str
    row: int | None
    column: str | None
    """The column as the file's header names it, or its English name when the file lacks it."""
    letter: str | None
    reason: Reason
    code: str | None = None
    """A warning's kind (`before_start`, `start_in_future`)."""
    values: tuple[tuple[str, str], ...] = ()
    """The warning's details by name (participant, date, start)."""

    @property
    def column_text(self) -> Value:
        """The column for the reader: its header text, or its name in their language
        when the file has no such column."""
        if self.column is None:
            return ""
        return self.column if self.letter else column_label(self.column)

    @property
    def message(self) -> Message:
        """The whole sentence: file, row, column letter and name, and the reason."""
        values: dict[str, Value] = {"file": self.file, "reason": self.reason}
        if self.row is not None:
            values["row"] = self.row
        if self.column is not None:
            values["column"] = self.column_text
        if self.letter and self.column is not None:
            values["letter"] = self.letter
        return _WHERE[(self.row is not None, self.column is not None, "letter" in values)].format(
            **values
        )

    def said(self, language: str) -> str:
        return self.message.said(language)

    def __str__(self) -> str:
        return self.said("en")


_WHERE: dict[tuple[bool, bool, bool], Message] = {
    (False, False, False): QT_TRANSLATE_NOOP("import", "{file}: {reason}"),
    (True, False, False): QT_TRANSLATE_NOOP("import", "{file}, row {row}: {reason}"),
    (False, True, False): QT_TRANSLATE_NOOP("import", "{file}, column {column}: {reason}"),
    (False, True, True): QT_TRANSLATE_NOOP(
        "import", "{file}, column {letter} ({column}): {reason}"
    ),
    (True, True, False): QT_TRANSLATE_NOOP(
        "import", "{file}, row {row}, column {column}: {reason}"
    ),
    (True, True, True): QT_TRANSLATE_NOOP(
        "import", "{file}, row {row}, column {letter} ({column}): {reason}"
    ),
}
"""Where a problem is, by (has a row, has a column, has a letter)."""


class ImportFailed(Exception):
    """The file cannot be imported; nothing was written."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        more = len(problems) - 1
        self.message: Message = (
            counted(
                more,
                QT_TRANSLATE_NOOP("import", "{first} (and {count} more problem)"),
                QT_TRANSLATE_NOOP("import", "{first} (and {count} more problems)"),
                first=problems[0].message,
            )
            if more
            else problems[0].message
        )
        super().__init__(str(self.message))


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

    def add(self, row: int | None, column: str | None, reason: Reason) -> None:
        if len(self.items) < MAX_PROBLEMS:
            name, letter = self._where(column) if column else (None, None)
            self.items.append(ImportProblem(self.table.file, row, name, letter, reason))

    def warn(self, row: int, column: str, reason: Reason, code: str, **values: str) -> None:
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
            QT_TRANSLATE_NOOP(
                "import",
                "'{text}' is not a whole number; "
                "the answers are whole numbers on the scale {scale}",
            ).format(text=text, scale=scale)
        )
    raise ValueError(
        QT_TRANSLATE_NOOP("import", "'{text}' is not a whole number on the scale {scale}").format(
            text=text, scale=scale
        )
    )


def parse_date(text: str) -> date:
    if not _ISO_DATE.match(text):
        raise ValueError(
            QT_TRANSLATE_NOOP("import", "'{text}' is not a date written YYYY-MM-DD").format(
                text=text
            )
        )
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            QT_TRANSLATE_NOOP("import", "'{text}' is not a real date").format(text=text)
        ) from None


def header_columns(table: Table, known: tuple[str, ...], problems: Problems) -> dict[str, int]:
    """The known columns of the header by name (`column_name`, so Swedish names
    too) → index; an empty, repeated or unknown name is a problem in row 1."""
    columns: dict[str, int] = {}
    for index, name in enumerate(table.header):
        key = column_name(name)
        if not name:
            problems.add(1, None, unnamed_column(index))
        elif key in columns:
            problems.add(1, name, repeated_column(name))
        elif key not in known:
            problems.add(
                1,
                name,
                QT_TRANSLATE_NOOP("import", "unknown column '{name}'; expected {expected}").format(
                    name=name, expected=column_list(known)
                ),
            )
        else:
            columns[key] = index
    return columns


def unnamed_column(index: int) -> Message:
    return QT_TRANSLATE_NOOP("import", "column {letter} has no name in the header").format(
        letter=column_letter(index)
    )


def repeated_column(name: str) -> Message:
    return QT_TRANSLATE_NOOP("import", "the column '{name}' appears twice").format(name=name)


def column_list(columns: tuple[str, ...]) -> Joined:
    """The expected columns by their names in the reader's language (the Swedish aliases)."""
    return joined((column_label(column) for column in columns), ", ")
