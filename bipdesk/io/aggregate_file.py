"""The aggregate file of DESIGN §7, version 2: JSON, checked against its JSON
Schema (`resources/schemas/bipdesk-aggregate-v2.schema.json`) on write and on
read. The tables for people (CSV, XLSX, previews) are in `aggregate_tables`.

A file of version 1 (suppressed cells, lower bounds) is refused with the
message that it was made by an older BIP Desk and must be exported again:
its figures cannot be summed with cell-key protected ones.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema  # type: ignore[import-untyped]

from bipdesk import paths
from bipdesk.core.aggregation import Cell, CellKey
from bipdesk.core.periods import Period
from bipdesk.core.protection import Protection
from bipdesk.io import merge_problems as problems
from bipdesk.io.file_error import FileError, FileProblem, read_json

FORMAT = "bipdesk-aggregate"
VERSION = 2
SCHEMA_FILE = "bipdesk-aggregate-v2.schema.json"
BASELINES = ("start", "period")
"""Where `first` is taken (DESIGN §4); this version of BIP Desk exports `period`."""


class AggregateFileError(FileError):
    """A file that is not a valid aggregate file; the message names the file."""

    @classmethod
    def of(cls, file: str, problem: FileProblem) -> AggregateFileError:
        return cls(file, problem.text, problem.kind)


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
    protection: Protection
    cells: tuple[Cell, ...]
    project: str | None = None
    baseline: str = "start"
    demo: bool = False
    sources: tuple[Source, ...] = ()
    """Empty for a unit's export; the summed exports for a merged file."""
    parts: dict[CellKey, int] = field(default_factory=dict, compare=False)
    """Merged files: how many unit files had a non-zero value in a count cell."""
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
        area: str | None = None,
        activity: str | None = None,
        month: int | None = None,
        attribute: str | None = None,
        branch: str | None = None,
    ) -> Cell | None:
        index = self._index
        if index is None:
            index = {cell.key: cell for cell in self.cells}
            object.__setattr__(self, "_index", index)
        return index.get(
            (
                table,
                measure,
                sex,
                age_band,
                exit_reason,
                outcome_group,
                question,
                area,
                activity,
                month,
                attribute,
                branch,
            )
        )

    def value(self, table: str, measure: str, **dimensions: Any) -> int | float | None:
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
    cell to meet conditions that hold (its `$comment`s say how;
    tests/io/test_aggregate_schema_check.py that both verdicts agree). The schema uses only
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
    violation = schema_violation(data)
    if violation is None:
        return None
    where, message = violation
    return f"does not follow the aggregate file schema at {where or 'the top level'}: {message}"


def schema_violation(data: object) -> tuple[str, str] | None:
    """Where (a JSON path, "" for the top level) and what the most relevant schema
    violation of `data` is; None when valid."""
    validator, accepts = _checks()
    if accepts(data):
        return None
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path)
    message = _plain(error)
    return where, message if len(message) <= 200 else message[:200] + "…"


def _plain(error: Any) -> str:
    """jsonschema's words where they are plain; the rule in words where they are not.

    The schema forbids a field in some places with `not: {}` or `false`, which
    jsonschema reports as "should not be valid under {}" or "False schema does not
    allow 1" without naming the field or the reason.
    """
    field = error.path[-1] if error.path else None
    if (error.validator == "not" and error.validator_value == {}) or error.validator is None:
        if field == "margin" or field == "parts":
            return f"`{field}` belongs only to count cells of a merged file"
        if isinstance(field, str):
            return f"`{field}` is not allowed here"
        return (
            "the cell has a field its measure does not allow (`withheld` only on means; "
            "`margin` and `parts` only on count cells of a merged file)"
        )
    if error.validator == "const" and error.validator_value is None and field == "value":
        return "a withheld mean has no value (null)"
    return str(error.message)


def to_json(aggregate: AggregateFile) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "export_id": aggregate.export_id,
        "generated_at": aggregate.generated_at,
        "software": aggregate.software,
        "unit": aggregate.unit,
        "project": aggregate.project,
        "period": _period_json(aggregate.period, aggregate.baseline),
        "demo": aggregate.demo,
        "card": {
            "id": aggregate.card.id,
            "version": aggregate.card.version,
            "questions": list(aggregate.card.questions),
            "scale": {"min": aggregate.card.scale_min, "max": aggregate.card.scale_max},
        },
        "age_bands": list(aggregate.age_bands),
        "protection": _protection_json(aggregate.protection),
    }
    if aggregate.sources:
        data["sources"] = [
            {
                "export_id": s.export_id,
                "unit": s.unit,
                "period": _period_json(s.period, aggregate.baseline),
                **({"generated_at": s.generated_at} if s.generated_at else {}),
            }
            for s in aggregate.sources
        ]
    parts = aggregate.parts
    data["cells"] = [_cell_json(cell, parts.get(cell.key)) for cell in aggregate.cells]
    return data


def _period_json(period: Period, baseline: str) -> dict[str, str | None]:
    return {
        "from": period.start.isoformat() if period.start else None,
        "to": period.end.isoformat() if period.end else None,
        "baseline": baseline,
    }


def _protection_json(protection: Protection) -> dict[str, Any]:
    return {
        "method": protection.method,
        "ptable": protection.ptable,
        "max_deviation": protection.max_deviation,
        "variance": protection.variance,
        "no_counts_in": list(protection.no_counts_in),
        "magnitude_noise": protection.magnitude_noise,
        "means_from_n": protection.means_from_n,
    }


def _cell_json(cell: Cell, parts: int | None) -> dict[str, Any]:
    data: dict[str, Any] = {"table": cell.table, **cell.dimensions(), "measure": cell.measure}
    data["value"] = cell.value
    if cell.withheld:
        data["withheld"] = True
    if cell.margin is not None:
        data["margin"] = cell.margin
        data["parts"] = parts or 0
    return data


def from_json(data: Any, file: str = "aggregate file") -> AggregateFile:
    """Read parsed JSON; AggregateFileError naming `file` for anything wrong."""
    if not isinstance(data, dict):
        raise AggregateFileError.of(file, problems.not_aggregate())
    if data.get("format") != FORMAT:
        raise AggregateFileError.of(file, problems.other_format(json.dumps(data.get("format"))))
    if data.get("version") == 1:
        raise AggregateFileError.of(file, problems.older_version())
    if data.get("version") != VERSION:
        found = json.dumps(data.get("version"))
        raise AggregateFileError.of(file, problems.other_version(found, VERSION))
    violation = schema_violation(data)
    if violation is not None:
        where, detail = violation
        raise AggregateFileError.of(file, problems.schema_violation(where, detail))
    try:
        period = _period(data["period"])
        sources = tuple(
            Source(s["export_id"], s["unit"], _period(s["period"]), s.get("generated_at"))
            for s in data.get("sources", ())
        )
    except ValueError as error:
        raise AggregateFileError.of(file, problems.impossible_period(str(error))) from None
    card = data["card"]
    protection = data["protection"]
    cells: list[Cell] = []
    parts: dict[CellKey, int] = {}
    for entry in data["cells"]:
        cell = _cell(entry)
        cells.append(cell)
        if "parts" in entry:
            parts[cell.key] = entry["parts"]
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
        protection=Protection(
            protection["method"],
            protection["ptable"],
            protection["max_deviation"],
            protection["variance"],
            tuple(protection["no_counts_in"]),
            protection["magnitude_noise"],
            protection["means_from_n"],
        ),
        cells=tuple(cells),
        project=data["project"],
        baseline=data["period"]["baseline"],
        demo=data["demo"],
        sources=sources,
        parts=parts,
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
        get("area"),
        get("activity"),
        get("month"),
        get("attribute"),
        get("branch"),
        bool(get("withheld")),
        get("margin"),
    )


def dumps(aggregate: AggregateFile) -> str:
    """The file's text; refuses (ValueError) anything the schema would not accept."""
    data = to_json(aggregate)
    problem = schema_problem(data)
    if problem is not None:
        raise ValueError(f"BIP Desk made an aggregate file that {problem}")  # programming error
    return json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def write_aggregate(path: Path, aggregate: AggregateFile) -> None:
    write_atomically(path, dumps(aggregate).encode("utf-8"))


def read_aggregate(path: Path) -> AggregateFile:
    """Read and check one aggregate file; AggregateFileError names the file and problem."""
    return from_json(read_json(path, AggregateFileError), str(path))


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
