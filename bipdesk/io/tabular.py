"""Reading spreadsheet-like files (CSV or XLSX) into plain rows of text.

Both formats become the same `Table`, so the importer has one code path and
can name the file, row and column of every problem the way a spreadsheet
user sees them (row 1 is the header, columns are lettered A, B, ...).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from bipdesk.messages import QT_TRANSLATE_NOOP, Message

CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


class TableError(ValueError):
    """A file that cannot be read as a table at all."""

    def __init__(self, file: str, reason: Message, row: int | None = None) -> None:
        self.file = file
        self.row = row
        self.reason = reason
        self.message = (
            QT_TRANSLATE_NOOP("import", "{file}: {reason}").format(file=file, reason=reason)
            if row is None
            else QT_TRANSLATE_NOOP("import", "{file}, row {row}: {reason}").format(
                file=file, row=row, reason=reason
            )
        )
        super().__init__(str(self.message))


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: what a spreadsheet shows above the column."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


@dataclass(frozen=True)
class TableRow:
    number: int
    """The row number as a spreadsheet shows it (the header is row 1)."""
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    file: str
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]

    def __iter__(self) -> Iterator[TableRow]:
        return iter(self.rows)


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path)
    raise TableError(
        path.name,
        QT_TRANSLATE_NOOP(
            "import", "not a CSV or XLSX file (the name should end in .csv or .xlsx)"
        ),
    )


def _read_csv(path: Path) -> Table:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise TableError(path.name, _unreadable(error.strerror or str(error))) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise TableError(
            path.name,
            QT_TRANSLATE_NOOP("import", "is not UTF-8 text; save it as 'CSV UTF-8' and try again"),
            line,
        ) from None
    if not text.strip():
        raise TableError(path.name, QT_TRANSLATE_NOOP("import", "is empty"))
    first_line = text.splitlines()[0]
    try:
        dialect: type[csv.Dialect] = csv.Sniffer().sniff(first_line, delimiters=",;")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            records.append((reader.line_num, cells))
    except csv.Error as error:
        raise TableError(
            path.name,
            QT_TRANSLATE_NOOP("import", "is not well-formed CSV ({error})").format(
                error=str(error)
            ),
            reader.line_num,
        ) from None
    return _table(path.name, records)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path) -> Table:
    import openpyxl

    # openpyxl has no error type of its own: a damaged workbook surfaces as
    # BadZipFile, zlib.error, EOFError, an XML ParseError, KeyError, TypeError...
    # (found by tests/fuzz). Only openpyxl runs inside these handlers, and
    # the worksheet is read to the end inside them, because read-only mode
    # parses it lazily.
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise TableError(path.name, _unreadable(error.strerror or str(error))) from None
    except Exception:
        raise TableError(
            path.name, QT_TRANSLATE_NOOP("import", "is not a readable XLSX workbook")
        ) from None
    try:
        if not workbook.worksheets:
            raise TableError(path.name, QT_TRANSLATE_NOOP("import", "holds no worksheet"))
        sheet = workbook.worksheets[0]
        first = sheet.min_row or 1
        values = list(sheet.iter_rows(values_only=True))
    except TableError:
        raise
    except Exception:
        raise TableError(
            path.name,
            QT_TRANSLATE_NOOP(
                "import", "is not a readable XLSX workbook (a part of it is damaged)"
            ),
        ) from None
    finally:
        workbook.close()
    records = [
        (number, [_cell_text(v) for v in row]) for number, row in enumerate(values, start=first)
    ]
    return _table(path.name, records)


def _table(file: str, records: list[tuple[int, list[str]]]) -> Table:
    """Drop blank rows and trailing empty cells; refuse rows longer than the header."""
    records = [(n, cells) for n, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise TableError(file, QT_TRANSLATE_NOOP("import", "holds no header row"))
    header_number, header_cells = records[0]
    header = [c.strip() for c in header_cells]
    while header and not header[-1]:
        header.pop()
    rows: list[TableRow] = []
    for number, cells in records[1:]:
        stripped = [c.strip() for c in cells]
        while len(stripped) > len(header) and not stripped[-1]:
            stripped.pop()
        if len(stripped) > len(header):
            raise TableError(
                file,
                QT_TRANSLATE_NOOP(
                    "import",
                    "has {cells} cells but the header (row {header_row}) has {columns} columns",
                ).format(cells=len(stripped), header_row=header_number, columns=len(header)),
                number,
            )
        stripped += [""] * (len(header) - len(stripped))
        rows.append(TableRow(number, tuple(stripped)))
    return Table(file, tuple(header), tuple(rows))


def _unreadable(reason: str) -> Message:
    return QT_TRANSLATE_NOOP("import", "cannot be read: {reason}").format(reason=reason)
