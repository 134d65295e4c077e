"""The unit's own exact figures as an Excel workbook (XLSX), beside its report.

One sheet per table — participants by sex × age band, exits by sex × exit
reason and outcome group, the questions, and the follow-up tables of
activities, exits to work and the exit survey — with the headers of the
aggregate file's workbook, but every figure exact and a number (shares as
numbers formatted `0 %`). Every sheet says at the top, and in the header of
every printed page, that it is internal and contains small counts. It holds
no JSON and no file format of BIP Desk's, so `merge` refuses it.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from bipdesk.core.aggregation import (
    ALL,
    COMPARABLE,
    EXITS,
    IMPROVED,
    MEAN_FIRST,
    MEAN_LATEST,
    MEASURED,
    NEGATIVE,
    NEUTRAL,
    PARTICIPANTS,
    POSITIVE,
    QUESTIONS,
    REGISTERED,
    SEXES,
    UNCHANGED,
    WORSENED,
    N,
)
from bipdesk.core.cards import localized
from bipdesk.core.participants import ExitReason, OutcomeGroup
from bipdesk.io.aggregate_file import write_atomically
from bipdesk.io.table_figures import label
from bipdesk.reports.texts import format_day, language_of, text
from bipdesk.reports.unit_figures import UnitFigures, period_words
from bipdesk.reports.unit_follow_up_workbook import follow_up_sheets

MARK_COLOUR = "9E1212"
MAX_WIDTH = 45
"""Characters: the widest a column is made."""

Row = list[str | int | float | None]


def write_unit_workbook(
    figures: UnitFigures, out: str | os.PathLike[str], language: str = "sv"
) -> None:
    """Write the workbook; a failure leaves no half file."""
    write_atomically(Path(out), unit_workbook_bytes(figures, language))


def unit_workbook_bytes(figures: UnitFigures, language: str = "sv") -> bytes:
    language = language_of(language)
    workbook = Workbook()
    workbook.remove(workbook.active)
    tables = (
        (PARTICIPANTS, _participants(figures, language)),
        (EXITS, _exits(figures, language)),
        (QUESTIONS, _questions(figures, language)),
        *follow_up_sheets(figures.cells, language, figures.survey_goal),
    )
    for name, (headers, rows, kinds) in tables:
        sheet = workbook.create_sheet(label(name, language)[:31])
        _heading(sheet, figures, language)
        sheet.append(headers)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        first_row = sheet.max_row + 1
        for row in rows:
            sheet.append(row)
            for column, kind in enumerate(kinds, start=1):
                if kind is not None:
                    sheet.cell(sheet.max_row, column).number_format = kind
        sheet.freeze_panes = f"A{first_row}"
        _fit_columns(sheet, first_row - 1, len(headers))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _heading(sheet: Worksheet, figures: UnitFigures, language: str) -> None:
    """Internal mark (also in every printed page's header), unit, period, card, day."""
    internal = text("unit_internal", language)
    sheet.append([internal])
    sheet.cell(1, 1).font = Font(bold=True, color=MARK_COLOUR)
    marks = [internal]
    if figures.demo:
        demo = text("unit_demo", language)
        sheet.append([demo])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True, color=MARK_COLOUR)
        marks.append(demo)
    sheet.oddHeader.center.text = " · ".join(marks)
    sheet.evenHeader.center.text = " · ".join(marks)
    sheet.append([text("unit_unit", language), figures.unit])
    sheet.append([text("unit_period", language), period_words(figures.period, language)])
    card = figures.card
    about_card = text(
        "unit_card_value",
        language,
        title=localized(card.title, language),
        id=card.id,
        version=card.version,
    )
    sheet.append([text("unit_card", language), about_card])
    sheet.append([text("unit_made", language), format_day(figures.made, language)])
    sheet.append([])


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole > 0 else None


def _participants(figures: UnitFigures, language: str) -> tuple[Row, list[Row], list[str | None]]:
    counts = (REGISTERED, MEASURED, COMPARABLE)
    steps = (POSITIVE, NEGATIVE, NEUTRAL)
    headers: Row = [
        label("sex", language),
        label("age_band", language),
        *(label(m, language) for m in counts),
        label("share_comparable", language),
        *(label(m, language) for m in steps),
        *(label(f"share_{m}", language) for m in steps),
    ]
    rows: list[Row] = []
    for sex in (ALL, *SEXES):
        for band in (ALL, *figures.band_values):
            value = {m: figures.participants(m, sex, band) for m in (*counts, *steps)}
            rows.append(
                [
                    label(sex, language),
                    label(f"band:{band}", language),
                    *(value[m] for m in counts),
                    _share(value[COMPARABLE], value[REGISTERED]),
                    *(value[m] for m in steps),
                    *(_share(value[m], value[COMPARABLE]) for m in steps),
                ]
            )
    kinds: list[str | None] = [None, None, *["0"] * 3, "0 %", *["0"] * 3, *["0 %"] * 3]
    return headers, rows, kinds


def _exits(figures: UnitFigures, language: str) -> tuple[Row, list[Row], list[str | None]]:
    headers: Row = [
        label("sex", language),
        *(label(f"reason:{r.value}", language) for r in ExitReason),
        *(label(f"group:{g.value}", language) for g in OutcomeGroup),
        text("unit_exits_total", language),
    ]
    rows: list[Row] = []
    for sex in (ALL, *SEXES):
        rows.append(
            [
                label(sex, language),
                *(figures.exits(sex, reason=r.value) for r in ExitReason),
                *(figures.exits(sex, group=g.value) for g in OutcomeGroup),
                figures.exits(sex),
            ]
        )
    kinds: list[str | None] = [None, *["0"] * (len(headers) - 1)]
    return headers, rows, kinds


def _questions(figures: UnitFigures, language: str) -> tuple[Row, list[Row], list[str | None]]:
    measures = (N, MEAN_FIRST, MEAN_LATEST, IMPROVED, WORSENED, UNCHANGED)
    headers: Row = [
        text("unit_col_question_id", language),
        text("unit_col_question", language),
        *(label(m, language) for m in measures),
    ]
    rows: list[Row] = []
    for question in figures.card.question_ids:
        rows.append(
            [
                question,
                figures.question_label(question, language),
                *(figures.question(m, question) for m in measures),
            ]
        )
    kinds: list[str | None] = [None, None, "0", "0.00", "0.00", "0", "0", "0"]
    return headers, rows, kinds


def _fit_columns(sheet: Worksheet, header_row: int, columns: int) -> None:
    """Each column as wide as its widest entry from the header row on (at most MAX_WIDTH)."""
    for index in range(1, columns + 1):
        cells: Any = sheet.iter_rows(min_row=header_row, min_col=index, max_col=index)
        width = max((len(str(c[0].value or "")) for c in cells), default=8)
        letter = sheet.cell(header_row, index).column_letter
        sheet.column_dimensions[letter].width = min(MAX_WIDTH, width + 2)
