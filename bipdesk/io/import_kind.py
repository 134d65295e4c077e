"""Files given to `import` that are not import files: BIP Desk's own aggregate
files and reports. Picking the export instead of the import file is an easy
slip, and "row 4 has 12 cells" would not tell the user what went wrong; this
names the file for what it is instead."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from bipdesk.io.import_columns import column_name
from bipdesk.io.import_problems import column_list
from bipdesk.io.table_figures import label
from bipdesk.io.tabular import CSV_SUFFIXES, XLSX_SUFFIXES
from bipdesk.messages import QT_TRANSLATE_NOOP, Message

_AGGREGATE_FORMAT = "bipdesk-aggregate"
_HEAD_BYTES = 64 * 1024
_AGGREGATE = QT_TRANSLATE_NOOP(
    "import",
    "is an aggregate file exported for the project office, not an import file; "
    "import a CSV or XLSX file with one row per participant or measurement",
)
_EXPORTED = QT_TRANSLATE_NOOP(
    "import",
    "is a table exported from BIP Desk (a report or an aggregate file), not an import file: "
    "an import file starts with a header row naming its columns ({columns}, ...)",
).format(columns=column_list(("participant", "measurement_date")))


def not_an_import_file(path: Path) -> Message | None:
    """Why `path` is not an import file but something BIP Desk wrote, or None."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _json_reason(path)
    if suffix == ".pdf":
        return QT_TRANSLATE_NOOP(
            "import",
            "is a PDF (a report or a sheet), not an import file; import a CSV or XLSX file",
        )
    if suffix in CSV_SUFFIXES:
        rows = _csv_head(path)
    elif suffix in XLSX_SUFFIXES:
        rows = _xlsx_head(path)
    else:
        return None
    return _table_reason(rows)


def _json_reason(path: Path) -> Message:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict) and data.get("format") == _AGGREGATE_FORMAT:
        return _AGGREGATE
    return QT_TRANSLATE_NOOP(
        "import", "is a JSON file, not an import file; import a CSV or XLSX file"
    )


def _table_reason(rows: list[list[str]]) -> Message | None:
    """An aggregate table starts with unit and period lines; every exported
    table starts with a title block of one or two cells above its header."""
    if len(rows) < 2:
        return None
    first, second = (row[0].strip().casefold() if row else "" for row in rows[:2])
    units = {label("unit", language).casefold() for language in ("sv", "en")}
    periods = {label("period", language).casefold() for language in ("sv", "en")}
    if first in units and second in periods:
        return _AGGREGATE
    header = [column_name(cell) for cell in rows[0] if cell.strip()]
    widest = max(len([cell for cell in row if cell.strip()]) for row in rows)
    if len(header) <= 2 and widest > len(header) and "participant" not in header:
        return _EXPORTED
    return None


def _csv_head(path: Path) -> list[list[str]]:
    try:
        with path.open("rb") as file:
            head = file.read(_HEAD_BYTES)
    except OSError:
        return []
    lines = head.decode("utf-8-sig", errors="replace").splitlines()
    if len(head) == _HEAD_BYTES:
        lines = lines[:-1]  # cut off inside it
    lines = [line for line in lines if line.strip()]
    delimiter = ";" if lines and lines[0].count(";") >= lines[0].count(",") else ","
    try:
        return [row for row in csv.reader(io.StringIO("\n".join(lines[:12])), delimiter=delimiter)]
    except csv.Error:
        return []


def _xlsx_head(path: Path) -> list[list[str]]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # a damaged workbook: read_table says so
        return []
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            return []
        rows: list[list[str]] = []
        for values in sheet.iter_rows(max_row=12, values_only=True):
            cells = ["" if value is None else str(value) for value in values]
            if any(cell.strip() for cell in cells):
                rows.append(cells)
        return rows
    except Exception:
        return []
    finally:
        workbook.close()
