"""The aggregate file of DESIGN §7: JSON (checked against its JSON Schema on
write and on read), and the same tables as CSV for Swedish Excel and as XLSX.

CSV and XLSX hold the tables in wide form, one block (CSV) or sheet (XLSX) per
table, headers in the chosen language; suppressed cells read `..`, as in
official Swedish statistics, and a merged total with a suppressed part reads
`≥ 123`. Shares are shown only where both counts are published and at least
`min_people` people stand behind them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema  # type: ignore[import-untyped]
from babel.numbers import format_decimal, format_percent

from bipdesk import paths
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
    Cell,
    CellKey,
    N,
)
from bipdesk.core.participants import EXIT_REASON_SWEDISH, ExitReason, OutcomeGroup
from bipdesk.core.periods import Period

FORMAT = "bipdesk-aggregate"
VERSION = 1
SCHEMA_FILE = "bipdesk-aggregate-v1.schema.json"
SUPPRESSED_TEXT = ".."


class AggregateFileError(ValueError):
    """A file that is not a valid aggregate file; the message names the file."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")


@dataclass(frozen=True)
class CardInfo:
    id: str
    version: int
    questions: tuple[str, ...]
    scale_min: int
    scale_max: int


@dataclass(frozen=True)
class Source:
    """One export inside a merged file."""

    export_id: str
    unit: str
    period: Period
    generated_at: str | None = None


@dataclass(frozen=True)
class AggregateFile:
    export_id: str
    generated_at: str
    software: str
    unit: str
    period: Period
    card: CardInfo
    age_bands: tuple[str, ...]
    k: int
    min_people: int
    cells: tuple[Cell, ...]
    sources: tuple[Source, ...] = ()
    """Empty for a unit's export; the summed exports for a merged file."""
    _index: dict[CellKey, Cell] | None = field(default=None, init=False, repr=False, compare=False)
    """Cells by key, made on the first look-up: merging 300 files never needs it."""

    @property
    def is_merged(self) -> bool:
        return bool(self.sources)

    def cell(
        self,
        table: str,
        measure: str,
        *,
        sex: str | None = None,
        age_band: str | None = None,
        exit_reason: str | None = None,
        outcome_group: str | None = None,
        question: str | None = None,
    ) -> Cell | None:
        index = self._index
        if index is None:
            index = {cell.key: cell for cell in self.cells}
            object.__setattr__(self, "_index", index)
        return index.get((table, measure, sex, age_band, exit_reason, outcome_group, question))

    def value(self, table: str, measure: str, **dimensions: str) -> int | float | None:
        found = self.cell(table, measure, **dimensions)
        return None if found is None else found.value


# -- JSON ------------------------------------------------------------------------


@cache
def schema() -> dict[str, Any]:
    path = paths.resources_dir() / "schemas" / SCHEMA_FILE
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@cache
def _checks() -> tuple[Any, Callable[[object], bool]]:
    """The schema's jsonschema validator, and a compiled test of the same schema.

    jsonschema enters every subschema through a new validator object: about
    0.1 s for a unit's 360 cells, and the project office reads hundreds of
    files. fastjsonschema compiles the schema once into Python code (a few
    milliseconds for the same file), so it decides acceptance; what it refuses goes to
    jsonschema, whose errors are the ones reported. Every condition that fails
    costs the compiled code an exception, so the schema is written for the usual
    cell to meet conditions that hold (its `$comment`s say how, and
    tests/io/test_aggregate_schema_history.py that it still accepts exactly what
    it accepted before it was written so). The schema uses only
    keywords that mean the same in draft 7, the newest draft fastjsonschema
    knows (no `$ref` with siblings), which a test keeps true.
    """
    loaded = schema()
    cls = jsonschema.validators.validator_for(loaded)
    cls.check_schema(loaded)
    validator = cls(loaded)
    # Formats are annotations in jsonschema unless a FormatChecker is given.
    compiled = fastjsonschema.compile({**loaded, "$schema": DRAFT_7}, use_formats=False)

    def accepts(instance: object) -> bool:
        try:
            compiled(instance)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return validator, accepts


DRAFT_7 = "http://json-schema.org/draft-07/schema#"


def schema_problem(data: object) -> str | None:
    """The most relevant schema violation of `data`, in one line; None when valid."""
    validator, accepts = _checks()
    if accepts(data):
        return None
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "the top level"
    message = error.message if len(error.message) <= 200 else error.message[:200] + "…"
    return f"does not follow the aggregate file schema at {where}: {message}"


def to_json(aggregate: AggregateFile) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "export_id": aggregate.export_id,
        "generated_at": aggregate.generated_at,
        "software": aggregate.software,
        "unit": aggregate.unit,
        "period": _period_json(aggregate.period),
        "card": {
            "id": aggregate.card.id,
            "version": aggregate.card.version,
            "questions": list(aggregate.card.questions),
            "scale": {"min": aggregate.card.scale_min, "max": aggregate.card.scale_max},
        },
        "age_bands": list(aggregate.age_bands),
        "disclosure": {"k": aggregate.k, "min_people": aggregate.min_people},
    }
    if aggregate.sources:
        data["sources"] = [
            {
                "export_id": s.export_id,
                "unit": s.unit,
                "period": _period_json(s.period),
                **({"generated_at": s.generated_at} if s.generated_at else {}),
            }
            for s in aggregate.sources
        ]
    data["cells"] = [_cell_json(cell) for cell in aggregate.cells]
    return data


def _period_json(period: Period) -> dict[str, str | None]:
    return {
        "from": period.start.isoformat() if period.start else None,
        "to": period.end.isoformat() if period.end else None,
    }


def _cell_json(cell: Cell) -> dict[str, Any]:
    data: dict[str, Any] = {"table": cell.table, **cell.dimensions(), "measure": cell.measure}
    data["value"] = cell.value
    for flag in ("suppressed", "lower_bound", "partial"):
        if getattr(cell, flag):
            data[flag] = True
    return data


def from_json(data: Any, file: str = "aggregate file") -> AggregateFile:
    """Read parsed JSON; AggregateFileError naming `file` for anything wrong."""
    if not isinstance(data, dict):
        raise AggregateFileError(file, "is JSON but not a BIP Desk aggregate file")
    if data.get("format") != FORMAT:
        found = data.get("format")
        raise AggregateFileError(
            file, f"is not a BIP Desk aggregate file (format is {json.dumps(found)})"
        )
    if data.get("version") != VERSION:
        raise AggregateFileError(
            file,
            f"is an aggregate file of version {json.dumps(data.get('version'))}; "
            f"this BIP Desk reads version {VERSION}",
        )
    problem = schema_problem(data)
    if problem is not None:
        raise AggregateFileError(file, problem)
    try:
        period = _period(data["period"])
        sources = tuple(
            Source(s["export_id"], s["unit"], _period(s["period"]), s.get("generated_at"))
            for s in data.get("sources", ())
        )
    except ValueError as error:
        raise AggregateFileError(file, f"has an impossible period ({error})") from None
    card = data["card"]
    disclosure = data["disclosure"]
    return AggregateFile(
        export_id=data["export_id"],
        generated_at=data["generated_at"],
        software=data["software"],
        unit=data["unit"],
        period=period,
        card=CardInfo(
            card["id"],
            card["version"],
            tuple(card["questions"]),
            card["scale"]["min"],
            card["scale"]["max"],
        ),
        age_bands=tuple(data["age_bands"]),
        k=disclosure["k"],
        min_people=disclosure.get("min_people", max(10, disclosure["k"])),
        cells=tuple(_cell(c) for c in data["cells"]),
        sources=sources,
    )


def _period(data: dict[str, str | None]) -> Period:
    start, end = data["from"], data["to"]
    return Period(
        date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None
    )


def _cell(data: dict[str, Any]) -> Cell:
    # Positional, in the order of Cell's fields: the project office reads 100,000
    # cells and more, and keywords (or a dict of dimensions) cost twice as much.
    # tests/io/test_aggregate_file.py notices a field moved.
    get = data.get
    return Cell(
        data["table"],
        data["measure"],
        data["value"],
        get("sex"),
        get("age_band"),
        get("exit_reason"),
        get("outcome_group"),
        get("question"),
        bool(get("suppressed")),
        bool(get("lower_bound")),
        bool(get("partial")),
    )


def dumps(aggregate: AggregateFile) -> str:
    """The file's text; refuses (ValueError) anything the schema would not accept."""
    data = to_json(aggregate)
    problem = schema_problem(data)
    if problem is not None:
        raise ValueError(f"BIP Desk made an aggregate file that {problem}")
    return json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def write_aggregate(path: Path, aggregate: AggregateFile) -> None:
    write_atomically(path, dumps(aggregate).encode("utf-8"))


def read_aggregate(path: Path) -> AggregateFile:
    """Read and check one aggregate file; AggregateFileError names the file and problem."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise AggregateFileError(name, f"cannot be read ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AggregateFileError(name, "is not JSON (not UTF-8 text)") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AggregateFileError(
            name, f"is not JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        ) from None
    return from_json(data, name)


def write_atomically(path: Path, content: bytes) -> None:
    """Write beside the target and rename, so a failed write leaves no half file."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# -- tables for people: CSV and XLSX -----------------------------------------------

_LABELS: dict[str, dict[str, str]] = {
    "sv": {
        PARTICIPANTS: "Deltagare",
        EXITS: "Avslut",
        QUESTIONS: "Frågor",
        "sex": "Kön",
        "age_band": "Åldersgrupp",
        "question": "Fråga",
        REGISTERED: "Inskrivna",
        MEASURED: "Minst en mätning",
        COMPARABLE: "Jämförbara (minst två mätningar)",
        "share_comparable": "Andel jämförbara av inskrivna",
        POSITIVE: "Positiv stegförflyttning",
        NEGATIVE: "Negativ stegförflyttning",
        NEUTRAL: "Ingen stegförflyttning",
        "share_positive": "Andel positiva",
        "share_negative": "Andel negativa",
        "share_neutral": "Andel utan förändring",
        N: "Antal",
        MEAN_FIRST: "Medel första",
        MEAN_LATEST: "Medel senaste",
        IMPROVED: "Förbättrat",
        WORSENED: "Försämrat",
        UNCHANGED: "Oförändrat",
        "women": "Kvinnor",
        "men": "Män",
        "other": "Annat",
        "unknown": "Okänt",
        ALL: "Totalt",
        "group:work_or_studies": "Arbete eller studier (grupp)",
        "group:closer_to_labour_market": "Närmare arbetsmarknaden (grupp)",
        "group:other": "Övrigt (grupp)",
        "unit": "Enhet",
        "period": "Period",
    },
    "en": {
        PARTICIPANTS: "Participants",
        EXITS: "Exits",
        QUESTIONS: "Questions",
        "sex": "Sex",
        "age_band": "Age group",
        "question": "Question",
        REGISTERED: "Registered",
        MEASURED: "At least one measurement",
        COMPARABLE: "Comparable (two or more measurements)",
        "share_comparable": "Share comparable of registered",
        POSITIVE: "Positive step",
        NEGATIVE: "Negative step",
        NEUTRAL: "No change",
        "share_positive": "Share positive",
        "share_negative": "Share negative",
        "share_neutral": "Share no change",
        N: "Number",
        MEAN_FIRST: "Mean first",
        MEAN_LATEST: "Mean latest",
        IMPROVED: "Improved",
        WORSENED: "Worsened",
        UNCHANGED: "Unchanged",
        "women": "Women",
        "men": "Men",
        "other": "Other",
        "unknown": "Unknown",
        ALL: "Total",
        "group:work_or_studies": "Work or studies (group)",
        "group:closer_to_labour_market": "Closer to the labour market (group)",
        "group:other": "Other (group)",
        "unit": "Unit",
        "period": "Period",
    },
}
_EXIT_REASON_ENGLISH = {
    ExitReason.WORK: "Work",
    ExitReason.STUDIES: "Studies",
    ExitReason.LABOUR_MARKET_TRAINING: "Labour market training",
    ExitReason.JOB_SEEKING: "Job seeking",
    ExitReason.REHABILITATION: "Vocational rehabilitation",
    ExitReason.MEDICAL_CARE: "Medical rehabilitation/care",
    ExitReason.COMPLETED: "Completed",
    ExitReason.DROPPED_OUT: "Dropped out",
    ExitReason.OTHER: "Other reason",
}
_LOCALES = {"sv": "sv_SE", "en": "en_GB"}


def label(key: str, language: str) -> str:
    texts = _LABELS.get(language, _LABELS["en"])
    if key.startswith("reason:"):
        reason = ExitReason(key.removeprefix("reason:"))
        return EXIT_REASON_SWEDISH[reason] if language == "sv" else _EXIT_REASON_ENGLISH[reason]
    if key.startswith("band:"):
        band = key.removeprefix("band:")
        return texts.get(band, band) if band in (ALL, UNKNOWN_BAND) else band
    return texts.get(key, key)


@dataclass(frozen=True)
class Figure:
    """One table entry for people: a count, a mean or a share, or a reason it is absent."""

    value: int | float | None
    kind: str = "count"
    """count, mean or share."""
    suppressed: bool = False
    lower_bound: bool = False


@dataclass(frozen=True)
class TableView:
    name: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str | Figure, ...], ...]


def table_views(aggregate: AggregateFile, language: str = "sv") -> list[TableView]:
    """The three tables in wide form, as the CSV, the XLSX and a preview show them."""
    return [
        _participants_view(aggregate, language),
        _exits_view(aggregate, language),
        _questions_view(aggregate, language),
    ]


def count_figure(cell: Cell | None, kind: str = "count") -> Figure:
    """The figure of a cell as published (None: the file has no such cell)."""
    if cell is None:
        return Figure(None, kind)
    return Figure(cell.value, kind, cell.suppressed, cell.lower_bound)


def share_figure(
    part: Cell | Figure | None, whole: Cell | Figure | None, min_people: int
) -> Figure:
    """part / whole, shown only when both are exact and `min_people` stand behind it.

    A suppressed count, a lower bound ("≥ 123") or a denominator under
    `min_people` gives a suppressed share: a share of an uncertain count would
    claim a precision the file does not have, and one of few people could
    point at someone.
    """
    exact = [
        c
        for c in (part, whole)
        if c is not None and c.value is not None and not c.suppressed and not c.lower_bound
    ]
    if len(exact) < 2 or part is None or whole is None:
        return Figure(None, "share", suppressed=True)
    assert part.value is not None and whole.value is not None
    if whole.value < min_people or whole.value <= 0:
        return Figure(None, "share", suppressed=True)
    return Figure(part.value / whole.value, "share")


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
                    share_figure(cells[COMPARABLE], cells[REGISTERED], aggregate.min_people),
                    *(count_figure(cells[m]) for m in steps),
                    *(
                        share_figure(cells[m], cells[COMPARABLE], aggregate.min_people)
                        for m in steps
                    ),
                )
            )
    return TableView(PARTICIPANTS, label(PARTICIPANTS, language), headers, tuple(rows))


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
            count_figure(aggregate.cell(EXITS, "left", sex=sex, **{dimension: value}))
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


def format_figure(figure: Figure, language: str = "sv", grouping: bool = False) -> str:
    """`..` when suppressed, `≥ 123` for a lower bound, decimal comma and `66 %` in Swedish.

    `grouping` writes thousands apart ("12 345"), for reading; CSV keeps plain digits.
    """
    locale = _LOCALES.get(language, "en_GB")
    if figure.suppressed or figure.value is None:
        return SUPPRESSED_TEXT if figure.suppressed else ""
    if figure.kind == "share":
        return format_percent(figure.value, locale=locale).replace("\xa0", " ")
    if figure.kind == "mean":
        return format_decimal(figure.value, format="0.00", locale=locale)
    pattern = "#,##0" if grouping else "0"
    text = format_decimal(figure.value, format=pattern, locale=locale)
    return f"≥ {text}" if figure.lower_bound else text


def _heading(aggregate: AggregateFile, language: str) -> list[list[str]]:
    start = aggregate.period.start.isoformat() if aggregate.period.start else ""
    end = aggregate.period.end.isoformat() if aggregate.period.end else ""
    return [
        [label("unit", language), aggregate.unit],
        [label("period", language), f"{start} – {end}".strip()],
    ]


def csv_text(aggregate: AggregateFile, language: str = "sv", decimal_language: str = "sv") -> str:
    """The tables as CSV text for Swedish Excel: `;`, decimal comma, `..` when suppressed."""
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
    """One sheet per table; numbers stay numbers, `..` for suppressed, `≥ n` for bounds."""
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
                if isinstance(entry, Figure) and entry.value is not None and not entry.suppressed:
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
    if entry.suppressed:
        return SUPPRESSED_TEXT
    return "" if entry.value is None else entry.value


def _xlsx_format(figure: Figure) -> str:
    if figure.kind == "share":
        return "0 %"
    if figure.kind == "mean":
        return "0.00"
    return '"≥ "0' if figure.lower_bound else "0"


def iter_rows(view: TableView, language: str = "sv") -> Iterator[list[str]]:
    """A view's rows as text, as a preview shows them."""
    for row in view.rows:
        yield [c if isinstance(c, str) else format_figure(c, language) for c in row]
