"""Why aggregate files cannot be added together: each problem a short kind for the
project office's list and a whole sentence, in the reader's language.

The command line prints the same sentences after the file's path; other files
are named by their names, not their whole paths. Reading problems (not JSON,
another format or version) come with `AggregateFileError`, problems between
files with `bipdesk.io.merge.cross_check`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bipdesk.core.periods import Period
from bipdesk.io.file_error import FileProblem
from bipdesk.messages import QT_TRANSLATE_NOOP, Message, joined

OTHER_FORMAT = QT_TRANSLATE_NOOP("merge", "Other format")
DAMAGED = QT_TRANSLATE_NOOP("merge", "Damaged file")
DIFFERENT_CARD = QT_TRANSLATE_NOOP("merge", "Different card")
DIFFERENT_PERIOD = QT_TRANSLATE_NOOP("merge", "Different period")
"""The kind of the one problem that allowing mixed periods takes away."""


def name_of(file: str) -> str:
    """A file as a sentence names it: its name, without the folders."""
    return Path(file).name or file


def period_words(period: Period) -> Message:
    """'2024-09-01 – open end': a period with its open ends in words."""
    start = period.start or QT_TRANSLATE_NOOP("merge", "the beginning")
    end = period.end or QT_TRANSLATE_NOOP("merge", "open end")
    return QT_TRANSLATE_NOOP("merge", "{start} – {end}").format(start=start, end=end)


def not_aggregate() -> FileProblem:
    return FileProblem(
        OTHER_FORMAT,
        QT_TRANSLATE_NOOP(
            "merge", "The file is JSON, but not an aggregate file exported by BIP Desk."
        ),
    )


def other_format(found: str) -> FileProblem:
    return FileProblem(
        OTHER_FORMAT,
        QT_TRANSLATE_NOOP(
            "merge", "The file is not a BIP Desk aggregate file (its format is {format})."
        ).format(format=found),
    )


def older_version() -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("merge", "Older BIP Desk"),
        QT_TRANSLATE_NOOP(
            "merge",
            "The file was made by an older BIP Desk (aggregate file version 1). Its figures "
            "cannot be added to those of this version: ask the unit to export the period "
            "again with this BIP Desk.",
        ),
    )


def other_version(found: str, supported: int) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("merge", "Other version"),
        QT_TRANSLATE_NOOP(
            "merge",
            "The file is an aggregate file of version {found}; this BIP Desk reads version "
            "{supported}. Ask the unit to export again with the same BIP Desk version.",
        ).format(found=found, supported=str(supported)),
    )


def schema_violation(where: str, detail: str) -> FileProblem:
    """`where` is a JSON path, "" for the top level."""
    return FileProblem(
        DAMAGED,
        QT_TRANSLATE_NOOP(
            "merge",
            "The file does not follow the aggregate file format at {where}: {detail}. "
            "It may have been edited by hand; ask the unit to export it again.",
        ).format(where=where or QT_TRANSLATE_NOOP("merge", "the top level"), detail=detail),
    )


def impossible_period(detail: str) -> FileProblem:
    return FileProblem(
        DAMAGED,
        QT_TRANSLATE_NOOP(
            "merge",
            "The file has an impossible period ({detail}). It may have been edited by hand; "
            "ask the unit to export it again.",
        ).format(detail=detail),
    )


def other_card(
    card: str, version: int, other: str, other_card: str, other_version: int
) -> FileProblem:
    return FileProblem(
        DIFFERENT_CARD,
        QT_TRANSLATE_NOOP(
            "merge",
            "The file uses the card {card} version {version}, but {other} uses {other_card} "
            "version {other_version}. Only files of the same card can be added together.",
        ).format(
            card=card,
            version=str(version),
            other=name_of(other),
            other_card=other_card,
            other_version=str(other_version),
        ),
    )


def other_questions(other: str) -> FileProblem:
    return FileProblem(
        DIFFERENT_CARD,
        QT_TRANSLATE_NOOP(
            "merge", "The file has other questions than {other} for the same card."
        ).format(other=name_of(other)),
    )


def other_age_bands(bands: Sequence[str], other: str, other_bands: Sequence[str]) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("merge", "Different age bands"),
        QT_TRANSLATE_NOOP(
            "merge",
            "The file has the age bands {bands}, but {other} has {other_bands}. "
            "Only files with the same age bands can be added together.",
        ).format(
            bands=joined(bands, ", "), other=name_of(other), other_bands=joined(other_bands, ", ")
        ),
    )


def other_ptable(table: str, other: str, other_table: str) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("merge", "Different protection"),
        QT_TRANSLATE_NOOP(
            "merge",
            "The file is protected with the perturbation table {table}, but {other} with "
            "{other_table}. Only files protected with the same table can be added together: "
            "ask the unit to export again with the project's BIP Desk version.",
        ).format(table=table, other=name_of(other), other_table=other_table),
    )


def _baseline_words(baseline: str) -> Message | str:
    if baseline == "start":
        return QT_TRANSLATE_NOOP("merge", "the first measurement ever")
    if baseline == "period":
        return QT_TRANSLATE_NOOP("merge", "the first measurement in the period")
    return baseline


def other_baseline(baseline: str, other: str, other_baseline: str) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("merge", "Different baseline"),
        QT_TRANSLATE_NOOP(
            "merge",
            "The file compares the latest measurement with {baseline}, but {other} with "
            "{other_baseline}. Only files that compare alike can be added together.",
        ).format(
            baseline=_baseline_words(baseline),
            other=name_of(other),
            other_baseline=_baseline_words(other_baseline),
        ),
    )


def demo_among_real(demo: str) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("merge", "Demo data"),
        QT_TRANSLATE_NOOP(
            "merge",
            "Demo data cannot be added to real data: {demo} was made from invented demo "
            "people. Remove the demo file, or use demo files only.",
        ).format(demo=name_of(demo)),
    )


_MIXED_PERIODS = QT_TRANSLATE_NOOP(
    "merge",
    "The file covers {period}, but {other} covers {other_period}. Files of different "
    "periods are added together only when mixed periods are allowed (the report then names "
    "every period); otherwise ask for files of the same period.",
)
"""The one problem that allowing mixed periods takes away (its kind: `DIFFERENT_PERIOD`)."""


def other_period(period: Period, other: str, the_other_period: Period) -> FileProblem:
    return FileProblem(
        DIFFERENT_PERIOD,
        _MIXED_PERIODS.format(
            period=period_words(period),
            other=name_of(other),
            other_period=period_words(the_other_period),
        ),
    )


def same_export(other: str) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("merge", "Same export twice"),
        QT_TRANSLATE_NOOP(
            "merge",
            "The file holds the same export as {other}; it would count the same people "
            "twice. Remove one of them.",
        ).format(other=name_of(other)),
    )


def overlapping(unit: str, period: Period, other_period: Period, other: str) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("merge", "Overlapping period"),
        QT_TRANSLATE_NOOP(
            "merge",
            "The period of unit {unit} ({period}) overlaps its period {other_period} in "
            "{other}; the same people would be counted twice. Use files whose periods "
            "do not overlap, for example one file per quarter.",
        ).format(
            unit=unit,
            period=period_words(period),
            other_period=period_words(other_period),
            other=name_of(other),
        ),
    )


def too_few() -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("merge", "Needs more files"),
        QT_TRANSLATE_NOOP(
            "merge", "A merge needs two files or more: add at least one more file to merge."
        ),
    )
