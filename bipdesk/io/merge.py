"""The project office: check several aggregate files and sum them (DESIGN §7).

Every file is checked first — readable JSON of this format and version,
valid against the schema, the same card id/version, age bands, perturbation
table and baseline as the first good file, no export twice, no two files of
one unit with overlapping periods (they would count the same people twice),
the same period in every file unless mixed periods are allowed, and no demo
file among real ones. Every problem is reported, one line per file naming
it; nothing is written unless every file passes.

Published counts are summed by their dimensions — margins (the `all` cells)
from the files' margins, never re-derived from inner cells — and each sum
gets its 95 % margin of error from the number of files that contribute to it.
Sums of answers and hours are summed (without a margin: they are not
counts); means are recomputed from the summed sums and n, withheld below
`means_from_n`. There are no lower bounds.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from bipdesk import __version__
from bipdesk.core.aggregation import (
    MEAN_MEASURES,
    MEAN_OF_SUM,
    QUESTIONS,
    SUM_MEASURES,
    Cell,
    CellKey,
    N,
)
from bipdesk.core.follow_up import MAGNITUDE_MEASURES
from bipdesk.core.periods import Period
from bipdesk.core.perturbation import margin_of_error, published_mean
from bipdesk.io.aggregate_file import (
    AggregateFile,
    AggregateFileError,
    Source,
    read_aggregate,
)
from bipdesk.io.file_error import FileProblem
from bipdesk.io.merge_problems import (
    demo_among_real,
    other_age_bands,
    other_baseline,
    other_card,
    other_period,
    other_ptable,
    other_questions,
    overlapping,
    same_export,
    too_few,
)
from bipdesk.messages import Joined, joined


@dataclass(frozen=True)
class MergeProblem:
    """Everything wrong with one file: the path as given, and each problem's kind and
    sentence (`bipdesk.io.merge_problems`)."""

    file: str
    problems: tuple[FileProblem, ...]

    @property
    def reason(self) -> Joined:
        return joined((problem.text for problem in self.problems), " ")

    @property
    def message(self) -> Joined:
        return Joined((self.file, self.reason), ": ")

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


class MergeError(Exception):
    """One or more files cannot be merged; nothing was written."""

    def __init__(self, problems: Sequence[MergeProblem]) -> None:
        self.problems = list(problems)
        self.message = joined((problem.message for problem in self.problems), "\n")
        super().__init__("\n".join(str(p) for p in self.problems))


def sources_of(aggregate: AggregateFile) -> tuple[Source, ...]:
    """The unit exports inside a file: itself, or what a merged file was made of."""
    if aggregate.sources:
        return aggregate.sources
    return (Source(aggregate.export_id, aggregate.unit, aggregate.period, aggregate.generated_at),)


def read_for_merge(files: Sequence[Path], allow_mixed_periods: bool = False) -> list[AggregateFile]:
    """Read and cross-check `files`; MergeError lists one line per bad file."""
    problems: dict[str, list[FileProblem]] = {}
    loaded: list[tuple[str, AggregateFile]] = []
    for path in files:
        try:
            loaded.append((str(path), read_aggregate(Path(path))))
        except AggregateFileError as error:
            problems.setdefault(error.file, []).append(error.problem)
    if len(files) < 2 and not problems:
        raise MergeError([MergeProblem(str(f), (too_few(),)) for f in files])
    if loaded:
        _cross_check(loaded, problems, allow_mixed_periods)
    if problems:
        raise MergeError([MergeProblem(f, tuple(found)) for f, found in problems.items()])
    return [aggregate for _, aggregate in loaded]


def cross_check(
    loaded: Sequence[tuple[str, AggregateFile]], allow_mixed_periods: bool = False
) -> list[MergeProblem]:
    """What is wrong between files already read (name, file): the checks of `read_for_merge`
    after reading, for a caller that shows each file's own facts too (the project office)."""
    problems: dict[str, list[FileProblem]] = {}
    if loaded:
        _cross_check(list(loaded), problems, allow_mixed_periods)
    return [MergeProblem(f, tuple(found)) for f, found in problems.items()]


def _cross_check(
    loaded: list[tuple[str, AggregateFile]],
    problems: dict[str, list[FileProblem]],
    allow_mixed_periods: bool,
) -> None:
    first_name, first = loaded[0]
    seen_exports: dict[str, str] = {}
    seen_units: dict[str, list[tuple[Period, str]]] = {}
    for name, aggregate in loaded:
        found: list[FileProblem] = []
        card, first_card = aggregate.card, first.card
        if (card.id, card.version) != (first_card.id, first_card.version):
            found.append(
                other_card(card.id, card.version, first_name, first_card.id, first_card.version)
            )
        elif card.questions != first_card.questions:
            found.append(other_questions(first_name))
        if aggregate.age_bands != first.age_bands:
            found.append(other_age_bands(aggregate.age_bands, first_name, first.age_bands))
        if aggregate.protection.ptable != first.protection.ptable:
            found.append(
                other_ptable(aggregate.protection.ptable, first_name, first.protection.ptable)
            )
        if aggregate.baseline != first.baseline:
            found.append(other_baseline(aggregate.baseline, first_name, first.baseline))
        if aggregate.demo != first.demo:
            found.append(demo_among_real(name if aggregate.demo else first_name))
        if not allow_mixed_periods and aggregate.period != first.period:
            found.append(other_period(aggregate.period, first_name, first.period))
        for source in sources_of(aggregate):
            earlier = seen_exports.get(source.export_id)
            if earlier is not None:
                found.append(same_export(earlier))
                continue
            seen_exports[source.export_id] = name
            unit = source.unit.casefold()
            for period, other in seen_units.get(unit, []):
                if period.overlaps(source.period.start, source.period.end):
                    found.append(overlapping(source.unit, source.period, period, other))
            seen_units.setdefault(unit, []).append((source.period, name))
        if found:
            problems.setdefault(name, []).extend(found)


def merge_aggregates(
    aggregates: Sequence[AggregateFile],
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> AggregateFile:
    """Sum checked aggregate files (see `read_for_merge`) into one merged file."""
    if not aggregates:
        raise ValueError("nothing to merge")  # programming error
    first = aggregates[0]
    order: dict[CellKey, Cell] = {}
    sums: dict[CellKey, int] = {}
    parts: dict[CellKey, int] = {}
    for aggregate in aggregates:
        own_parts = aggregate.parts
        for cell in aggregate.cells:
            key = cell.key
            if key not in order:
                order[key] = cell
            if cell.measure in MEAN_MEASURES:
                continue
            value = int(cell.value or 0)
            sums[key] = sums.get(key, 0) + value
            if cell.measure in SUM_MEASURES or cell.measure in MAGNITUDE_MEASURES:
                continue
            # A unit file is one part where it counts somebody; a merged file
            # brings the parts it was summed from.
            contributed = own_parts.get(key, 0) if aggregate.is_merged else int(value != 0)
            parts[key] = parts.get(key, 0) + contributed
    variance = first.protection.variance
    means_from_n = first.protection.means_from_n
    cells: list[Cell] = []
    for key, template in order.items():
        if template.measure in MEAN_MEASURES:
            measure = next(s for s, m in MEAN_OF_SUM.items() if m == template.measure)
            total = sums.get((QUESTIONS, measure, *key[2:]), 0)
            n = sums.get((QUESTIONS, N, *key[2:]), 0)
            mean = published_mean(total, n, means_from_n)
            cells.append(template.replaced(mean, withheld=mean is None))
        elif template.measure in SUM_MEASURES or template.measure in MAGNITUDE_MEASURES:
            cells.append(template.replaced(sums.get(key, 0)))
        else:
            margin = margin_of_error(parts.get(key, 0), variance)
            cells.append(replace(template, value=sums.get(key, 0), withheld=False, margin=margin))
    sources = tuple(source for aggregate in aggregates for source in sources_of(aggregate))
    units = sorted({source.unit for source in sources}, key=str.casefold)
    label = ", ".join(units)
    projects = {aggregate.project for aggregate in aggregates} - {None}
    return AggregateFile(
        export_id=str(uuid.uuid4()),
        generated_at=now().isoformat(timespec="seconds"),
        software=f"bipdesk {__version__}",
        unit=label if len(label) <= 200 else f"{len(units)} units",
        period=_covering(source.period for source in sources),
        card=first.card,
        age_bands=first.age_bands,
        protection=first.protection,
        cells=tuple(cells),
        project=projects.pop() if len(projects) == 1 else None,
        baseline=first.baseline,
        demo=first.demo,
        sources=sources,
        parts=parts,
    )


def _covering(periods: Iterable[Period]) -> Period:
    chosen = list(periods)
    starts = [p.start for p in chosen]
    ends = [p.end for p in chosen]
    return Period(
        None if None in starts else min(s for s in starts if s is not None),
        None if None in ends else max(e for e in ends if e is not None),
    )


def merge_files(files: Sequence[Path], allow_mixed_periods: bool = False) -> AggregateFile:
    """Read, check and sum; MergeError (nothing written) when any file is unfit."""
    return merge_aggregates(read_for_merge(files, allow_mixed_periods))
