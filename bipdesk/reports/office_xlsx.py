"""The project office's tables as XLSX: the merged figures with their margins of error.

The sheets of the aggregate file's tables (`bipdesk.io.aggregate_tables.
table_views`: participants, exits, questions), each with a "±" column beside
every count of a merged file, and a sheet of the units' files (unit, period,
registered, comparable and steps); the exit survey's sheet gives each
statement beside its id and the project's goal. Numbers stay numbers (shares as 0 %,
means with two decimals, dates as dates); a withheld mean is `..`. Every
sheet starts with what the figures are: units, period (every period when
they are mixed), DEMO when the people are invented, the protection sentence
and what ± means.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from bipdesk.core.aggregation import (
    ALL,
    COMPARABLE,
    NEGATIVE,
    NEUTRAL,
    PARTICIPANTS,
    POSITIVE,
    QUESTIONS,
    REGISTERED,
)
from bipdesk.core.cards import Card, localized
from bipdesk.core.follow_up import EXIT_SURVEY
from bipdesk.core.surveys import DEFAULT_GOAL
from bipdesk.io.aggregate_file import AggregateFile, write_atomically
from bipdesk.io.aggregate_tables import protection_sentence, table_views
from bipdesk.io.surveys import exit_survey
from bipdesk.io.table_figures import WITHHELD_TEXT, Figure, TableView, count_figure, label
from bipdesk.reports.office_frame import installed_card, period_text, periods_of, start_of
from bipdesk.reports.texts import language_of, text

UNIT_MEASURES = ((REGISTERED, ALL), (REGISTERED, "women"), (REGISTERED, "men"))
STEP_MEASURES = (COMPARABLE, POSITIVE, NEGATIVE, NEUTRAL)
MAX_WIDTH = 40
DEMO_COLOUR = "B71C1C"
Value = str | int | float | date | None
Entry = tuple[Value, str]
"""A cell's value and its number format."""
GENERAL = "General"
FORMATS = {"count": "0", "share": "0 %", "mean": "0.00"}


def write_office_xlsx(
    path: Path,
    merged: AggregateFile,
    units: Sequence[AggregateFile],
    language: str = "sv",
    card: Card | None = None,
    survey_goal: float = DEFAULT_GOAL,
) -> None:
    """Write the tables of `merged` (and a sheet of `units`, when given) as XLSX.

    `card` (else the installed card of the file's id and version) gives each
    question's text beside its id; `survey_goal` stands beside the exit survey's shares.
    """
    write_atomically(Path(path), office_xlsx_bytes(merged, units, language, card, survey_goal))


def office_xlsx_bytes(
    merged: AggregateFile,
    units: Sequence[AggregateFile],
    language: str = "sv",
    card: Card | None = None,
    survey_goal: float = DEFAULT_GOAL,
) -> bytes:
    from openpyxl import Workbook

    language = language_of(language)
    workbook = Workbook()
    workbook.remove(workbook.active)
    heading = _heading(merged, language)
    card = installed_card(merged, card)
    for view in table_views(merged, language):
        headers, rows = with_margins(view, language, merged.is_merged)
        if view.name == QUESTIONS and card is not None:
            headers, rows = _with_question_texts(headers, rows, card, language)
        if view.name == EXIT_SURVEY:
            headers, rows = _with_survey_texts(headers, rows, language, survey_goal)
        _sheet(workbook, view.title, heading, headers, rows)
    if units:
        headers, rows = _units(merged, units, language)
        _sheet(workbook, text("office_units_title", language), heading, headers, rows)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def with_margins(
    view: TableView, language: str, margins: bool = True
) -> tuple[list[str], list[list[Entry]]]:
    """The view's headers and cells, with a '±' column after every count column
    when `margins` (a merged file)."""
    counts = {
        column
        for row in view.rows
        for column, entry in enumerate(row)
        if margins and isinstance(entry, Figure) and entry.kind == "count"
    }
    suffix = text("office_xlsx_margin", language)
    headers: list[str] = []
    for column, header in enumerate(view.headers):
        headers.append(header)
        if column in counts:
            headers.append(f"{header} {suffix}")
    rows: list[list[Entry]] = []
    for row in view.rows:
        cells: list[Entry] = []
        for column, entry in enumerate(row):
            cells.append(_entry(entry))
            if column in counts:
                assert isinstance(entry, Figure)
                cells.append(_margin(entry))
        rows.append(cells)
    return headers, rows


def _with_question_texts(
    headers: list[str], rows: list[list[Entry]], card: Card, language: str
) -> tuple[list[str], list[list[Entry]]]:
    """The question's text in the card's words beside its id (the first column)."""
    texts = {q.id: localized(q.label, language) for q in card.questions}
    headers = [headers[0], text("office_xlsx_question_text", language), *headers[1:]]
    rows = [[row[0], (texts.get(str(row[0][0]), ""), GENERAL), *row[1:]] for row in rows]
    return headers, rows


def _with_survey_texts(
    headers: list[str], rows: list[list[Entry]], language: str, goal: float
) -> tuple[list[str], list[list[Entry]]]:
    """The exit survey's statement beside its id, and the project's goal last."""
    survey = exit_survey()
    texts = {q.id: q.text_in(language) for q in survey.questions}
    headers = [headers[0], text("follow_up_col_question", language), *headers[1:]]
    headers.append(text("follow_up_xlsx_goal", language))
    rows = [
        [row[0], (texts.get(str(row[0][0]), ""), GENERAL), *row[1:], (goal, "0 %")]
        for row in rows
    ]
    return headers, rows


def _units(
    merged: AggregateFile, units: Sequence[AggregateFile], language: str
) -> tuple[list[str], list[list[Entry]]]:
    """One row per unit file (as published), and all units together with margins."""
    suffix = text("office_xlsx_margin", language)
    names = [label(sex if sex != ALL else measure, language) for measure, sex in UNIT_MEASURES]
    names += [label(measure, language) for measure in STEP_MEASURES]
    headers = [
        label("unit", language),
        text("office_xlsx_from", language),
        text("office_xlsx_to", language),
    ]
    for name in names:
        headers += [name, f"{name} {suffix}"]
    entries = sorted(units, key=lambda u: (u.unit.casefold(), start_of(u.period)))
    rows: list[list[Entry]] = []
    for aggregate in [*entries, *([merged] if merged.is_merged else [])]:
        name = text("office_units_total", language) if aggregate is merged else aggregate.unit
        row: list[Entry] = [
            (name, GENERAL),
            (aggregate.period.start, "yyyy-mm-dd"),
            (aggregate.period.end, "yyyy-mm-dd"),
        ]
        figures = [
            count_figure(aggregate.cell(PARTICIPANTS, measure, sex=sex, age_band=ALL))
            for measure, sex in UNIT_MEASURES
        ]
        figures += [
            count_figure(aggregate.cell(PARTICIPANTS, measure, sex=ALL, age_band=ALL))
            for measure in STEP_MEASURES
        ]
        for figure in figures:
            row += [_entry(figure), _margin(figure)]
        rows.append(row)
    return headers, rows


def _heading(merged: AggregateFile, language: str) -> list[list[str]]:
    """What the figures are: the first lines of every sheet (the DEMO line in red)."""
    periods = periods_of(merged)
    rows: list[list[str]] = [
        [text("office_title", language)],
        [label("unit", language), merged.unit],
    ]
    if merged.project:
        rows.append([text("office_project", language), merged.project])
    if len(periods) > 1:
        rows.append(
            [
                text("office_mixed_periods", language, n=len(periods)),
                "; ".join(period_text(p, language) for p in periods),
            ]
        )
    else:
        rows.append([label("period", language), period_text(merged.period, language)])
    if merged.demo:
        rows.append([label("demo", language)])
    rows.append([protection_sentence(merged, language)])
    if merged.is_merged:
        rows.append([text("office_xlsx_margin_note", language)])
    return rows


def _sheet(
    workbook: Any,
    title: str,
    heading: list[list[str]],
    headers: list[str],
    rows: list[list[Entry]],
) -> None:
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(title[:31])
    demo = label("demo", "sv"), label("demo", "en")
    for line in heading:
        sheet.append(line)
        if line[0] in demo:
            sheet.cell(sheet.max_row, 1).font = Font(bold=True, color=DEMO_COLOUR)
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(headers)
    first = sheet.max_row
    for cell in sheet[first]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([value for value, _ in row])
        for column, (_, number_format) in enumerate(row, start=1):
            sheet.cell(sheet.max_row, column).number_format = number_format
    sheet.freeze_panes = sheet.cell(first + 1, 2)
    for column_cells in sheet.iter_cols(min_row=first):
        width = max(len(_shown(c.value)) for c in column_cells)
        sheet.column_dimensions[column_cells[0].column_letter].width = min(MAX_WIDTH, width + 2)


def _entry(entry: str | Figure) -> Entry:
    if isinstance(entry, str):
        return entry, GENERAL
    if entry.withheld:
        return WITHHELD_TEXT, GENERAL
    return entry.value, FORMATS.get(entry.kind, GENERAL)


def _margin(figure: Figure) -> Entry:
    """The margin beside a count: a number wherever the count is one."""
    if figure.withheld or figure.value is None or figure.margin is None:
        return None, GENERAL
    return figure.margin, "0"


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
