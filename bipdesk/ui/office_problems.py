"""The merge checks' reasons (bipdesk.io, in English) as plain sentences in the UI language.

`read_aggregate` and `read_for_merge` name each problem in English, for the
command line and the log. The project office reads them in the app's
language, with file names instead of whole paths, so each known reason is
recognised here and said again through tr(); a reason this module does not
know is shown as it came, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from bipdesk.reports.texts import format_day
from bipdesk.ui.spider_widget import app_language


def _name(path: str) -> str:
    return Path(path).name or path


@dataclass(frozen=True)
class Problem:
    """One reason a file cannot be merged: a short kind for the list, and the sentence."""

    kind: str
    text: str


_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], Problem]]


def _unreadable(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Cannot be read"),
        QCoreApplication.translate("OfficeProblems", "The file cannot be read ({reason}).").format(
            reason=m["reason"]
        ),
    )


def _not_utf8(_m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Not JSON"),
        QCoreApplication.translate("OfficeProblems", "The file is not JSON: it is not UTF-8 text."),
    )


def _not_json(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Not JSON"),
        QCoreApplication.translate(
            "OfficeProblems", "The file is not JSON (error at line {line}, column {column})."
        ).format(line=m["line"], column=m["column"]),
    )


def _not_aggregate(_m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Other format"),
        QCoreApplication.translate(
            "OfficeProblems", "The file is JSON, but not an aggregate file exported by BIP Desk."
        ),
    )


def _format(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Other format"),
        QCoreApplication.translate(
            "OfficeProblems", "The file is not a BIP Desk aggregate file (its format is {format})."
        ).format(format=m["format"]),
    )


def _older(_m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Older BIP Desk"),
        QCoreApplication.translate(
            "OfficeProblems",
            "The file was made by an older BIP Desk (aggregate file version 1). Its figures "
            "cannot be added to those of this version: ask the unit to export the period "
            "again with this BIP Desk.",
        ),
    )


def _version(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Other version"),
        QCoreApplication.translate(
            "OfficeProblems",
            "The file is an aggregate file of version {found}; this BIP Desk reads version "
            "{supported}. Ask the unit to export again with the same BIP Desk version.",
        ).format(found=m["found"], supported=m["supported"]),
    )


def _schema(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Damaged file"),
        QCoreApplication.translate(
            "OfficeProblems",
            "The file does not follow the aggregate file format at {where}: {detail}. "
            "It may have been edited by hand; ask the unit to export it again.",
        ).format(where=m["where"], detail=m["detail"]),
    )


def _impossible_period(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Damaged file"),
        QCoreApplication.translate(
            "OfficeProblems", "The file has an impossible period ({detail})."
        ).format(detail=m["detail"]),
    )


def _card(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Different card"),
        QCoreApplication.translate(
            "OfficeProblems",
            "The file uses the card {card} version {version}, but {other} uses {other_card} "
            "version {other_version}. Only files of the same card can be added together.",
        ).format(
            card=m["card"],
            version=m["version"],
            other=_name(m["other"]),
            other_card=m["other_card"],
            other_version=m["other_version"],
        ),
    )


def _questions(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Different card"),
        QCoreApplication.translate(
            "OfficeProblems", "The file has other questions than {other} for the same card."
        ).format(other=_name(m["other"])),
    )


def _bands(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Different age bands"),
        QCoreApplication.translate(
            "OfficeProblems",
            "The file has the age bands {bands}, but {other} has {other_bands}. "
            "Only files with the same age bands can be added together.",
        ).format(bands=m["bands"], other=_name(m["other"]), other_bands=m["other_bands"]),
    )


def _ptable(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Different protection"),
        QCoreApplication.translate(
            "OfficeProblems",
            "The file is protected with the perturbation table {table}, but {other} with "
            "{other_table}. Only files protected with the same table can be added together: "
            "ask the unit to export again with the project's BIP Desk version.",
        ).format(table=m["table"], other=_name(m["other"]), other_table=m["other_table"]),
    )


def _baseline_words(baseline: str) -> str:
    if baseline == "start":
        return QCoreApplication.translate("OfficeProblems", "the first measurement ever")
    if baseline == "period":
        return QCoreApplication.translate("OfficeProblems", "the first measurement in the period")
    return baseline


def _baseline(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Different baseline"),
        QCoreApplication.translate(
            "OfficeProblems",
            "The file compares the latest measurement with {baseline}, but {other} with "
            "{other_baseline}. Only files that compare alike can be added together.",
        ).format(
            baseline=_baseline_words(m["baseline"]),
            other=_name(m["other"]),
            other_baseline=_baseline_words(m["other_baseline"]),
        ),
    )


def _demo(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Demo data"),
        QCoreApplication.translate(
            "OfficeProblems",
            "Demo data cannot be added to real data: {demo} was made from invented demo "
            "people. Remove the demo file, or use demo files only.",
        ).format(demo=_name(m["demo"])),
    )


def _mixed(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Different period"),
        QCoreApplication.translate(
            "OfficeProblems",
            "The file covers {period}, but {other} covers {other_period}. Tick “Allow "
            "mixed periods” to add them together anyway (the report then names every "
            "period), or ask for files of the same period.",
        ).format(
            period=_period(m["period"]),
            other=_name(m["other"]),
            other_period=_period(m["other_period"]),
        ),
    )


def _twice(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Same export twice"),
        QCoreApplication.translate(
            "OfficeProblems",
            "The file holds the same export as {other}; it would count the same people "
            "twice. Remove one of them.",
        ).format(other=_name(m["other"])),
    )


def _overlap(m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Overlapping period"),
        QCoreApplication.translate(
            "OfficeProblems",
            "The period of unit {unit} ({period}) overlaps its period {other_period} in "
            "{other}; the same people would be counted twice. Use files whose periods "
            "do not overlap, for example one file per quarter.",
        ).format(
            unit=m["unit"],
            period=_period(m["period"]),
            other_period=_period(m["other_period"]),
            other=_name(m["other"]),
        ),
    )


def _too_few(_m: re.Match[str]) -> Problem:
    return Problem(
        QCoreApplication.translate("OfficeProblems", "Needs more files"),
        QCoreApplication.translate("OfficeProblems", "Add at least one more file to merge."),
    )


def _period(text: str) -> str:
    """'2024-09-01 – open end' as babel writes dates in the UI language."""
    start, _, end = text.partition(" – ")
    language = app_language()
    if start == "the beginning":
        start = QCoreApplication.translate("OfficeProblems", "the beginning")
    else:
        start = format_day(date.fromisoformat(start), language)
    if end == "open end":
        end = QCoreApplication.translate("OfficeProblems", "open end")
    else:
        end = format_day(date.fromisoformat(end), language)
    return f"{start} – {end}"


_PERIOD = r"(?:\d{4}-\d{2}-\d{2}|the beginning) – (?:\d{4}-\d{2}-\d{2}|open end)"
_NEXT = r"(?=; (?:uses card|has |holds |unit '|is protected|compares|mixes|covers )|$)"
"""Where a reason that may hold anything ends: at the next reason of `_cross_check`."""
_RULES: tuple[_Rule, ...] = tuple(
    (re.compile(pattern), make)
    for pattern, make in (
        (r"cannot be read \((?P<reason>[^)]*)\)", _unreadable),
        (r"is not JSON \(not UTF-8 text\)", _not_utf8),
        (r"is not JSON \(.*? at line (?P<line>\d+), column (?P<column>\d+)\)", _not_json),
        (r"is JSON but not a BIP Desk aggregate file", _not_aggregate),
        (r"is not a BIP Desk aggregate file \(format is (?P<format>.*?)\)", _format),
        (
            r"was made by an older BIP Desk \(aggregate file version 1, with suppressed "
            r"cells\); ask the unit to export it again with this version",
            _older,
        ),
        (
            r"is an aggregate file of version (?P<found>.*?); "
            r"this BIP Desk reads version (?P<supported>\d+)",
            _version,
        ),
        (
            r"does not follow the aggregate file schema at (?P<where>.*?): "
            rf"(?P<detail>.*?){_NEXT}",
            _schema,
        ),
        (r"has an impossible period \((?P<detail>.*?)\)", _impossible_period),
        (
            r"uses card (?P<card>.+?) v(?P<version>\d+), but (?P<other>.+?) uses "
            r"(?P<other_card>.+?) v(?P<other_version>\d+)",
            _card,
        ),
        (r"has other questions than (?P<other>.+?) for the same card", _questions),
        (
            rf"has age bands (?P<bands>.*?), but (?P<other>.+?) has (?P<other_bands>.*?){_NEXT}",
            _bands,
        ),
        (
            rf"is protected with perturbation table (?P<table>.+?), but (?P<other>.+?) with "
            rf"(?P<other_table>.+?){_NEXT}",
            _ptable,
        ),
        (
            r"compares with baseline '(?P<baseline>[^']*)', but (?P<other>.+?) with "
            r"'(?P<other_baseline>[^']*)'",
            _baseline,
        ),
        (
            r"mixes demo data with real data \((?P<demo>.+?) was made from invented demo "
            r"people\)",
            _demo,
        ),
        (
            rf"covers (?P<period>{_PERIOD}), but (?P<other>.+?) covers "
            rf"(?P<other_period>{_PERIOD}); export the same period, or allow mixed periods",
            _mixed,
        ),
        (r"holds the same export as (?P<other>.+?) \(export_id [^)]*\)", _twice),
        (
            rf"unit '(?P<unit>.*?)' (?P<period>{_PERIOD}) overlaps its period "
            rf"(?P<other_period>{_PERIOD}) in (?P<other>.+?); "
            r"the same people would be counted twice",
            _overlap,
        ),
        (r"merge needs two files or more", _too_few),
    )
)


def explain(reason: str) -> list[Problem]:
    """The problems in one file's reason (several are joined with '; '), in the UI language."""
    problems: list[Problem] = []
    position = 0
    while position < len(reason):
        for pattern, make in _RULES:
            match = pattern.match(reason, position)
            if match is not None:
                problems.append(make(match))
                position = match.end()
                break
        else:
            problems.append(
                Problem(
                    QCoreApplication.translate("OfficeProblems", "Cannot be merged"),
                    reason[position:],
                )
            )
            break
        if reason.startswith("; ", position):
            position += 2
    return problems
