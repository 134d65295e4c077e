"""What the project-office window does with its files, without Qt: check, sum and save.

`check_files` reads every chosen file once (`read_aggregate`), cross-checks
them as `bipdesk.io.merge.read_for_merge` does (`cross_check`, mixed periods
only when allowed) and, when every file is fit, sums them in total and per
unit. `write_report_files` writes the chosen PDF, XLSX and merged JSON. Both
run in a worker thread of the window: the office may merge hundreds of files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bipdesk.core.cards import Card
from bipdesk.core.surveys import DEFAULT_GOAL
from bipdesk.io.aggregate_file import (
    AggregateFile,
    AggregateFileError,
    read_aggregate,
    write_aggregate,
)
from bipdesk.io.file_error import FileProblem
from bipdesk.io.merge import cross_check, merge_aggregates


@dataclass(frozen=True)
class FileCheck:
    """One chosen file: what it holds when readable, and why it cannot be merged."""

    path: Path
    aggregate: AggregateFile | None
    problems: tuple[FileProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class CheckResult:
    files: tuple[FileCheck, ...]
    total: AggregateFile | None
    """All files summed; None while any file is bad (or no file is chosen)."""
    units: dict[str, AggregateFile] = field(default_factory=dict)
    """Each unit's files summed, by unit label, in the order of the list."""
    allow_mixed_periods: bool = False

    @property
    def ok(self) -> bool:
        return self.total is not None

    @property
    def aggregates(self) -> list[AggregateFile]:
        """The files that could be read, in the order of the list."""
        return [f.aggregate for f in self.files if f.aggregate is not None]


def check_files(
    paths: Sequence[Path],
    allow_mixed_periods: bool = False,
    progress: Callable[[int, int], object] | None = None,
) -> CheckResult:
    """Read every file once, cross-check them and sum them when all are fit.

    The same checks as `bipdesk.io.merge.read_for_merge` (reading, then
    `cross_check`), keeping each file's own facts for the list.
    """
    files: list[FileCheck] = []
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths))
        try:
            files.append(FileCheck(path, read_aggregate(path)))
        except AggregateFileError as error:
            files.append(FileCheck(path, None, (error.problem,)))
    loaded = [(str(f.path), f.aggregate) for f in files if f.aggregate is not None]
    if len(paths) >= 2:
        problems = cross_check(loaded, allow_mixed_periods)
        found = {problem.file: problem.problems for problem in problems}
        files = [replace(f, problems=found.get(str(f.path), f.problems)) for f in files]
    good = [f.aggregate for f in files if f.aggregate is not None]
    if not files or any(not f.ok for f in files) or len(good) != len(files):
        return CheckResult(tuple(files), None, {}, allow_mixed_periods)
    by_unit: dict[str, list[AggregateFile]] = {}
    for aggregate in good:
        by_unit.setdefault(aggregate.unit, []).append(aggregate)
    units = {
        unit: members[0] if len(members) == 1 else merge_aggregates(members)
        for unit, members in by_unit.items()
    }
    total = good[0] if len(good) == 1 else merge_aggregates(good)
    return CheckResult(tuple(files), total, units, allow_mixed_periods)


@dataclass(frozen=True)
class SaveChoice:
    pdf: Path | None
    xlsx: Path | None
    json: Path | None
    survey_goal: float = DEFAULT_GOAL
    """The project's goal for the exit survey's shares, shown in the PDF and XLSX."""

    def paths(self) -> list[Path]:
        return [p for p in (self.pdf, self.xlsx, self.json) if p is not None]


def write_report_files(
    result: CheckResult, choice: SaveChoice, language: str, card: Card | None
) -> list[Path]:
    """Write the chosen files of the merged report; returns the paths written.

    The report's units table and the XLSX's units sheet list every file with
    its own period.
    """
    total = result.total
    if total is None:
        raise ValueError("the files have problems; nothing is written")  # programming error
    files = result.aggregates
    if choice.pdf is not None:
        from bipdesk.reports.office import write_office_report  # reportlab: only when saving

        write_office_report(total, files, choice.pdf, language, card, choice.survey_goal)
    if choice.xlsx is not None:
        from bipdesk.reports.office_xlsx import write_office_xlsx

        write_office_xlsx(choice.xlsx, total, files, language, card, choice.survey_goal)
    if choice.json is not None:
        write_aggregate(choice.json, total)
    return choice.paths()
