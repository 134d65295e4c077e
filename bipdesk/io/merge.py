"""The project office: check several aggregate files and sum them (DESIGN §7).

Every file is checked first — readable JSON of this format and version,
valid against the schema, the same card id/version and age bands as the
first good file, no export twice, no two files of one unit with overlapping
periods (they would count the same people twice, and subtracting overlapping
exports can reveal small cells). Every problem is reported, one line per file
naming it; nothing is written unless every file passes.

Counts are summed by their dimensions. A suppressed part counts as at least
1 (zeros are published), so a total with a suppressed part is the sum of the
published parts plus one per suppressed part, marked `lower_bound`. Means are
weighted by their published n; a mean that some parts could not give is marked
`partial`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bipdesk import __version__
from bipdesk.core.aggregation import MEAN_MEASURES, QUESTIONS, Cell, CellKey, N
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import (
    AggregateFile,
    AggregateFileError,
    Source,
    read_aggregate,
)


@dataclass(frozen=True)
class MergeProblem:
    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


class MergeError(Exception):
    """One or more files cannot be merged; nothing was written."""

    def __init__(self, problems: Sequence[MergeProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def sources_of(aggregate: AggregateFile) -> tuple[Source, ...]:
    """The unit exports inside a file: itself, or what a merged file was made of."""
    if aggregate.sources:
        return aggregate.sources
    return (Source(aggregate.export_id, aggregate.unit, aggregate.period, aggregate.generated_at),)


def read_for_merge(files: Sequence[Path]) -> list[AggregateFile]:
    """Read and cross-check `files`; MergeError lists one line per bad file."""
    problems: dict[str, list[str]] = {}
    loaded: list[tuple[str, AggregateFile]] = []
    for path in files:
        try:
            loaded.append((str(path), read_aggregate(Path(path))))
        except AggregateFileError as error:
            problems.setdefault(error.file, []).append(error.reason)
    if len(files) < 2 and not problems:
        raise MergeError([MergeProblem(str(f), "merge needs two files or more") for f in files])
    if loaded:
        _cross_check(loaded, problems)
    if problems:
        raise MergeError([MergeProblem(f, "; ".join(reasons)) for f, reasons in problems.items()])
    return [aggregate for _, aggregate in loaded]


def cross_check(loaded: Sequence[tuple[str, AggregateFile]]) -> list[MergeProblem]:
    """What is wrong between files already read (name, file): the checks of `read_for_merge`
    after reading, for a caller that shows each file's own facts too (the project office)."""
    problems: dict[str, list[str]] = {}
    if loaded:
        _cross_check(list(loaded), problems)
    return [MergeProblem(f, "; ".join(reasons)) for f, reasons in problems.items()]


def _describe(period: Period) -> str:
    start = period.start.isoformat() if period.start else "the beginning"
    end = period.end.isoformat() if period.end else "open end"
    return f"{start} – {end}"


def _cross_check(loaded: list[tuple[str, AggregateFile]], problems: dict[str, list[str]]) -> None:
    first_name, first = loaded[0]
    seen_exports: dict[str, str] = {}
    seen_units: dict[str, list[tuple[Period, str]]] = {}
    for name, aggregate in loaded:
        found: list[str] = []
        if (aggregate.card.id, aggregate.card.version) != (first.card.id, first.card.version):
            found.append(
                f"uses card {aggregate.card.id} v{aggregate.card.version}, "
                f"but {first_name} uses {first.card.id} v{first.card.version}"
            )
        elif aggregate.card.questions != first.card.questions:
            found.append(f"has other questions than {first_name} for the same card")
        if aggregate.age_bands != first.age_bands:
            found.append(
                f"has age bands {', '.join(aggregate.age_bands)}, "
                f"but {first_name} has {', '.join(first.age_bands)}"
            )
        for source in sources_of(aggregate):
            earlier = seen_exports.get(source.export_id)
            if earlier is not None:
                found.append(f"holds the same export as {earlier} (export_id {source.export_id})")
                continue
            seen_exports[source.export_id] = name
            unit = source.unit.casefold()
            for period, other in seen_units.get(unit, []):
                if period.overlaps(source.period.start, source.period.end):
                    found.append(
                        f"unit '{source.unit}' {_describe(source.period)} overlaps its period "
                        f"{_describe(period)} in {other}; the same people would be counted twice"
                    )
            seen_units.setdefault(unit, []).append((source.period, name))
        if found:
            problems.setdefault(name, []).extend(found)


def merge_aggregates(
    aggregates: Sequence[AggregateFile],
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> AggregateFile:
    """Sum checked aggregate files (see `read_for_merge`) into one merged file."""
    if not aggregates:
        raise ValueError("nothing to merge")
    first = aggregates[0]
    order: dict[CellKey, Cell] = {}
    sums: dict[CellKey, int] = {}
    bounded: set[CellKey] = set()
    mean_sums: dict[CellKey, float] = {}
    mean_n: dict[CellKey, int] = {}
    partial: set[CellKey] = set()
    for aggregate in aggregates:
        # One pass over the cells (the project office sums 300 files and more): counts
        # are summed at once, means wait until every n of the file is known.
        n_cells: dict[CellKey, Cell] = {}
        means: list[tuple[CellKey, Cell]] = []
        for cell in aggregate.cells:
            key = cell.key
            if key not in order:
                order[key] = cell
            if cell.measure in MEAN_MEASURES:
                means.append((key, cell))
                continue
            if cell.measure == N and cell.table == QUESTIONS:
                n_cells[key] = cell  # the last of a key, as AggregateFile.cell gives it
            if cell.suppressed or cell.value is None:
                sums[key] = sums.get(key, 0) + 1
                bounded.add(key)
            else:
                sums[key] = sums.get(key, 0) + int(cell.value)
                if cell.lower_bound:
                    bounded.add(key)
        for key, cell in means:
            n_cell = n_cells.get((QUESTIONS, N, None, None, None, None, cell.question))
            n = 0 if n_cell is None or n_cell.value is None else int(n_cell.value)
            exact_n = n_cell is not None and not n_cell.suppressed and not n_cell.lower_bound
            if cell.value is not None and exact_n and not cell.suppressed:
                mean_sums[key] = mean_sums.get(key, 0.0) + float(cell.value) * n
                mean_n[key] = mean_n.get(key, 0) + n
                if cell.partial:
                    partial.add(key)
            elif n or not exact_n:
                partial.add(key)
    cells: list[Cell] = []
    for key, template in order.items():
        if template.measure in MEAN_MEASURES:
            people = mean_n.get(key, 0)
            if people:
                value = round(mean_sums[key] / people, 2)
                cells.append(_with(template, value, partial=key in partial))
            else:
                cells.append(_with(template, None, suppressed=key in partial))
        else:
            cells.append(_with(template, sums.get(key, 0), lower_bound=key in bounded))
    sources = tuple(source for aggregate in aggregates for source in sources_of(aggregate))
    units = sorted({source.unit for source in sources}, key=str.casefold)
    label = ", ".join(units)
    return AggregateFile(
        export_id=str(uuid.uuid4()),
        generated_at=now().isoformat(timespec="seconds"),
        software=f"bipdesk {__version__}",
        unit=label if len(label) <= 200 else f"{len(units)} units",
        period=_covering(source.period for source in sources),
        card=first.card,
        age_bands=first.age_bands,
        k=min(aggregate.k for aggregate in aggregates),
        min_people=min(aggregate.min_people for aggregate in aggregates),
        cells=tuple(cells),
        sources=sources,
    )


def _with(
    template: Cell,
    value: int | float | None,
    *,
    suppressed: bool = False,
    lower_bound: bool = False,
    partial: bool = False,
) -> Cell:
    return Cell(
        template.table,
        template.measure,
        None if suppressed else value,
        sex=template.sex,
        age_band=template.age_band,
        exit_reason=template.exit_reason,
        outcome_group=template.outcome_group,
        question=template.question,
        suppressed=suppressed,
        lower_bound=lower_bound,
        partial=partial,
    )


def _covering(periods: Iterable[Period]) -> Period:
    chosen = list(periods)
    starts = [p.start for p in chosen]
    ends = [p.end for p in chosen]
    return Period(
        None if None in starts else min(s for s in starts if s is not None),
        None if None in ends else max(e for e in ends if e is not None),
    )


def merge_files(files: Sequence[Path]) -> AggregateFile:
    """Read, check and sum; MergeError (nothing written) when any file is unfit."""
    return merge_aggregates(read_for_merge(files))
