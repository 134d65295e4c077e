"""The tables of an aggregate file for people: CSV for Swedish Excel, XLSX, previews.

Wide form, one block (CSV) or sheet (XLSX) per table, headers in the chosen
language. Every figure is the published one; a withheld mean reads `..`, as
in official Swedish statistics. Shares are computed from published counts,
and shown only where at least `means_from_n` people stand behind the
denominator. Each table says in one sentence how its figures are protected.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

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
    UNKNOWN_BAND,
    WORSENED,
    N,
)
from bipdesk.core.participants import ExitReason, OutcomeGroup
from bipdesk.io.aggregate_file import AggregateFile, write_atomically
from bipdesk.io.follow_up_tables import follow_up_views
from bipdesk.io.table_figures import (
    WITHHELD_TEXT,
    Figure,
    TableView,
    count_figure,
    format_figure,
    label,
    share_figure,
)

_PROTECTION = {
    "sv": (
        "Siffrorna är skyddade med cellnyckelmetoden: varje antal kan avvika från det "
        "exakta med högst {deviation}, antal på 1 eller 2 visas aldrig, och en tabell "
        "behöver inte summera exakt. Medelvärden visas när minst {means_from_n} personer "
        "står bakom dem."
    ),
    "en": (
        "The figures are protected by the cell key method: each figure may differ from the "
        "exact count by up to {deviation}; figures of 1 or 2 are never shown; a table need "
        "not add up exactly. Means are shown where at least {means_from_n} people stand "
        "behind them."
    ),
}
_PROTECTION_MERGED = {
    "sv": (
        "Siffrorna är summor av enheternas skyddade siffror (cellnyckelmetoden). Varje "
        "antal har sin felmarginal (±, 95 %); en tabell behöver inte summera exakt. "
        "Medelvärden visas när minst {means_from_n} personer står bakom dem."
    ),
    "en": (
        "The figures are sums of the units' protected figures (cell key method). Each "
        "count has its margin of error (±, 95 %); a table need not add up exactly. Means "
        "are shown where at least {means_from_n} people stand behind them."
    ),
}


def protection_sentence(aggregate: AggregateFile, language: str = "sv") -> str:
    """How the file's figures are protected and how exact they are, in one plain sentence."""
    texts = _PROTECTION_MERGED if aggregate.is_merged else _PROTECTION
    return texts.get(language, texts["en"]).format(
        deviation=aggregate.protection.max_deviation,
        means_from_n=aggregate.protection.means_from_n,
    )


def table_views(aggregate: AggregateFile, language: str = "sv") -> list[TableView]:
    """Every table in wide form, as the CSV, the XLSX and a preview show them: the
    card's three, then the follow-up tables of DESIGN §10 where the file has them."""
    return [
        _participants_view(aggregate, language),
        _exits_view(aggregate, language),
        _questions_view(aggregate, language),
        *follow_up_views(aggregate, language),
    ]


def _participants_view(aggregate: AggregateFile, language: str) -> TableView:
    measures = (REGISTERED, MEASURED, COMPARABLE)
    steps = (POSITIVE, NEGATIVE, NEUTRAL)
    headers = (
        label("sex", language),
        label("age_band", language),
        *(label(m, language) for m in measures),
        label("share_comparable", language),
        *(label(m, language) for m in steps),
        *(label(f"share_{m}", language) for m in steps),
    )
    bands = (*aggregate.age_bands, UNKNOWN_BAND, ALL)
    rows: list[tuple[str | Figure, ...]] = []
    for sex in (ALL, *SEXES):
        for band in (ALL, *bands[:-1]):
            cells = {
                m: aggregate.cell(PARTICIPANTS, m, sex=sex, age_band=band)
                for m in (*measures, *steps)
            }
            if all(c is None for c in cells.values()):
                continue
            rows.append(
                (
                    label(sex, language),
                    label(f"band:{band}", language),
                    *(count_figure(cells[m]) for m in measures),
                    share_figure(
                        cells[COMPARABLE], cells[REGISTERED], aggregate.protection.means_from_n
                    ),
                    *(count_figure(cells[m]) for m in steps),
                    *(
                        share_figure(cells[m], cells[COMPARABLE], aggregate.protection.means_from_n)
                        for m in steps
                    ),
                )
            )
    return TableView(PARTICIPANTS, label(PARTICIPANTS, language), headers, tuple(rows))


def _dimension(name: str, value: str) -> dict[str, Any]:
    return {name: value}


def _exits_view(aggregate: AggregateFile, language: str) -> TableView:
    columns: list[tuple[str, str, str]] = [
        ("exit_reason", r.value, label(f"reason:{r.value}", language)) for r in ExitReason
    ]
    columns += [
        ("outcome_group", g.value, label(f"group:{g.value}", language)) for g in OutcomeGroup
    ]
    headers = (label("sex", language), *(title for _, _, title in columns))
    rows: list[tuple[str | Figure, ...]] = []
    for sex in (ALL, *SEXES):
        figures = [
            count_figure(aggregate.cell(EXITS, "left", sex=sex, **_dimension(dimension, value)))
            for dimension, value, _ in columns
        ]
        rows.append((label(sex, language), *figures))
    return TableView(EXITS, label(EXITS, language), headers, tuple(rows))


def _questions_view(aggregate: AggregateFile, language: str) -> TableView:
    measures = (N, MEAN_FIRST, MEAN_LATEST, IMPROVED, WORSENED, UNCHANGED)
    headers = (label("question", language), *(label(m, language) for m in measures))
    rows: list[tuple[str | Figure, ...]] = []
    for question in aggregate.card.questions:
        rows.append(
            (
                question,
                *(
                    count_figure(
                        aggregate.cell(QUESTIONS, m, question=question),
                        "mean" if m in (MEAN_FIRST, MEAN_LATEST) else "count",
                    )
                    for m in measures
                ),
            )
        )
    return TableView(QUESTIONS, label(QUESTIONS, language), headers, tuple(rows))


def _heading(aggregate: AggregateFile, language: str) -> list[list[str]]:
    start = aggregate.period.start.isoformat() if aggregate.period.start else ""
    end = aggregate.period.end.isoformat() if aggregate.period.end else ""
    rows = [
        [label("unit", language), aggregate.unit],
        [label("period", language), f"{start} – {end}".strip()],
    ]
    if aggregate.demo:
        rows.append([label("demo", language)])
    rows.append([protection_sentence(aggregate, language)])
    return rows


def csv_text(aggregate: AggregateFile, language: str = "sv", decimal_language: str = "sv") -> str:
    """The tables as CSV text for Swedish Excel: `;`, decimal comma, `..` when withheld."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(_heading(aggregate, language))
    for view in table_views(aggregate, language):
        writer.writerow([])
        writer.writerow([view.title])
        writer.writerow(view.headers)
        for row in view.rows:
            writer.writerow(
                [c if isinstance(c, str) else format_figure(c, decimal_language) for c in row]
            )
    return buffer.getvalue()


def write_csv(path: Path, aggregate: AggregateFile, language: str = "sv") -> None:
    """CSV for Swedish Excel: UTF-8 with BOM, `;` between fields, decimal comma."""
    write_atomically(path, csv_text(aggregate, language).encode("utf-8-sig"))


def write_xlsx(path: Path, aggregate: AggregateFile, language: str = "sv") -> None:
    """One sheet per table; numbers stay numbers, `..` when withheld."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for view in table_views(aggregate, language):
        sheet = workbook.create_sheet(view.title[:31])
        for heading in _heading(aggregate, language):
            sheet.append(heading)
        sheet.append([])
        sheet.append(list(view.headers))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in view.rows:
            sheet.append([_xlsx_value(c) for c in row])
            for column, entry in enumerate(row, start=1):
                if isinstance(entry, Figure) and entry.value is not None and not entry.withheld:
                    sheet.cell(sheet.max_row, column).number_format = _xlsx_format(entry)
        for column_cells in sheet.columns:
            width = max(len(str(c.value or "")) for c in column_cells)
            sheet.column_dimensions[column_cells[0].column_letter].width = min(45, width + 2)
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(path, buffer.getvalue())


def _xlsx_value(entry: str | Figure) -> str | int | float:
    if isinstance(entry, str):
        return entry
    if entry.withheld:
        return WITHHELD_TEXT
    return "" if entry.value is None else entry.value


def _xlsx_format(figure: Figure) -> str:
    if figure.kind == "share":
        return "0 %"
    if figure.kind == "mean":
        return "0.00"
    return "0"
