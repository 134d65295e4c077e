"""Import templates: the sample files of resources/samples as the start of a project's own.

The import window's "Save a template…" writes one where the user picks: as CSV,
exactly the sample file, or as an Excel workbook with the same rows — Excel set
to Swedish opens a comma-separated file as one long column, so a workbook is the
easier start there. In Swedish the header row carries the Swedish column names
(`deltagare`, `mätdatum`), which the import reads as well. Both import without a
change (tests/io/test_templates.py).
"""

from __future__ import annotations

import csv
import re
import shutil
from datetime import date
from enum import StrEnum
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from bipdesk.io.import_columns import column_label
from bipdesk.messages import said
from bipdesk.paths import resources_dir


class TemplateKind(StrEnum):
    PARTICIPANTS = "participants"
    """Participants and measurements, one row per measurement (docs/import-format.md)."""
    ACTIVITIES = "activities"
    """Activities, one row per activity, for participants already imported."""


SAMPLES = {
    TemplateKind.PARTICIPANTS: "sample-import.csv",
    TemplateKind.ACTIVITIES: "sample-activities.csv",
}
WORKBOOK_SUFFIX = ".xlsx"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WHOLE = re.compile(r"^-?\d+$")
_DECIMAL = re.compile(r"^-?\d+[.,]\d+$")


def template_source(kind: TemplateKind) -> Path:
    """The sample file a template is made from."""
    return resources_dir() / "samples" / SAMPLES[kind]


def write_template(kind: TemplateKind, target: Path, language: str = "en") -> Path:
    """Write the template of `kind` to `target` (.xlsx: a workbook, else CSV), its
    header in `language`: in English the CSV is the sample file itself.

    OSError when the file cannot be written; nothing else is touched.
    """
    source = template_source(kind)
    workbook = target.suffix.lower() == WORKBOOK_SUFFIX
    if language == "en" and not workbook:
        shutil.copyfile(source, target)
        return target
    with source.open(encoding="utf-8-sig", newline="") as handle:
        header, *body = list(csv.reader(handle))
    rows = [[said(column_label(name), language) for name in header], *body]
    if workbook:
        _write_workbook(rows, target, kind)
    else:  # with a byte order mark, so that Excel reads å, ä and ö
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(rows)
    return target


def _write_workbook(rows: list[list[str]], target: Path, kind: TemplateKind) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = kind.value
    header, *body = rows
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in body:
        sheet.append([_cell_value(text) for text in row])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    for index, name in enumerate(header, start=1):
        widest = max([len(name), *(len(row[index - 1]) for row in body if len(row) >= index)])
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = widest + 2
    sheet.freeze_panes = "A2"
    workbook.save(target)


def _cell_value(text: str) -> object:
    """What a spreadsheet user would have typed: dates as dates, numbers as numbers."""
    text = text.strip()
    if _ISO_DATE.match(text):
        return date.fromisoformat(text)
    if _WHOLE.match(text):
        return int(text)
    if _DECIMAL.match(text):
        return float(text.replace(",", "."))
    return text if text else None
