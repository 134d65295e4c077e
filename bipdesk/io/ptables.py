"""Reading the tables of the cell key method from resources/ptables (DESIGN §7).

The files are made by tools/make_ptables.py: the perturbation table in the
layout of the ONS package (`pcv,ckey,pvalue`) and the magnitude table
(`ckey,sum_first,sum_latest,hours`). A table is read once per process. A
missing or broken file raises PerturbationTableError with one line that
names the file and, where it applies, the line of the file. The tables ship
with BIP Desk (the tests check them), so a wrong line is a fault of the
release, said in English; a table that cannot be read at all is a damaged
installation, said in the user's language.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from bipdesk import paths
from bipdesk.core.perturbation import (
    KEY_SPACE,
    MAGNITUDE_TABLE_NAME,
    MAX_DEVIATION,
    NO_COUNTS_IN,
    PTABLE_NAME,
    TABLE_ROWS,
    MagnitudeTable,
    PerturbationTable,
    PerturbationTableError,
)
from bipdesk.messages import QT_TRANSLATE_NOOP, Message, Value

PTABLES_FOLDER = "ptables"
PTABLE_HEADER = ("pcv", "ckey", "pvalue")
MAGNITUDE_HEADER = ("ckey", "sum_first", "sum_latest", "hours")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_INTEGER = re.compile(r"-?[0-9]+")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def table_path(name: str) -> Path:
    """resources/ptables/<name>.csv; a name is a plain file name without the suffix."""
    if not _NAME.fullmatch(name):
        raise PerturbationTableError(
            f"{name!r} is not the name of a perturbation table"
        )  # programming error
    return paths.resources_dir() / PTABLES_FOLDER / f"{name}.csv"


def load_ptable(name: str = PTABLE_NAME) -> PerturbationTable:
    """The shipped perturbation table `name` (read once per process)."""
    return _load_ptable(name)


def load_magnitudes(name: str = MAGNITUDE_TABLE_NAME) -> MagnitudeTable:
    """The shipped magnitude table `name` (read once per process)."""
    return _load_magnitudes(name)


# Cached by the name alone, so that load_ptable() and load_ptable(PTABLE_NAME)
# share one table (a cached function with a default caches the two calls apart).
@cache
def _load_ptable(name: str) -> PerturbationTable:
    return read_ptable(table_path(name), name)


@cache
def _load_magnitudes(name: str) -> MagnitudeTable:
    return read_magnitudes(table_path(name), name)


def read_ptable(path: Path, name: str | None = None) -> PerturbationTable:
    """A perturbation table file: every pcv 1–750 × ckey 0–255 exactly once."""
    seen: dict[tuple[int, int], int] = {}
    triples: list[tuple[int, int, int]] = []
    for line, fields in _rows(path, PTABLE_HEADER):
        pcv, ckey, pvalue = (_integer(path, line, field, text) for field, text in fields.items())
        if not 1 <= pcv <= TABLE_ROWS:
            raise _error(path, line, f"pcv {pcv} is outside 1–{TABLE_ROWS}")
        if not 0 <= ckey < KEY_SPACE:
            raise _error(path, line, f"ckey {ckey} is outside 0–{KEY_SPACE - 1}")
        if (pcv, ckey) in seen:
            first = seen[pcv, ckey]
            raise _error(path, line, f"pcv={pcv}, ckey={ckey} appears twice (also on line {first})")
        seen[pcv, ckey] = line
        published = pcv + pvalue
        if abs(pvalue) > MAX_DEVIATION or published < 0 or published in NO_COUNTS_IN:
            raise _error(path, line, f"pvalue {pvalue} would publish {pcv} as {published}")
        triples.append((pcv, ckey, pvalue))
    missing = [
        (pcv, ckey)
        for pcv in range(1, TABLE_ROWS + 1)
        for ckey in range(KEY_SPACE)
        if (pcv, ckey) not in seen
    ]
    if missing:
        pcv, ckey = missing[0]
        raise PerturbationTableError(  # programming error
            f"{path}: {len(missing)} of the {TABLE_ROWS * KEY_SPACE} (pcv, ckey) rows are missing,"
            f" the first pcv={pcv}, ckey={ckey}"
        )
    return PerturbationTable.from_rows(name or path.stem, triples)


def read_magnitudes(path: Path, name: str | None = None) -> MagnitudeTable:
    """A magnitude table file: one row per ckey 0–255, every u in [−1, 1]."""
    measures = MAGNITUDE_HEADER[1:]
    columns: dict[str, list[float]] = {measure: [0.0] * KEY_SPACE for measure in measures}
    seen: dict[int, int] = {}
    for line, fields in _rows(path, MAGNITUDE_HEADER):
        ckey = _integer(path, line, "ckey", fields["ckey"])
        if not 0 <= ckey < KEY_SPACE:
            raise _error(path, line, f"ckey {ckey} is outside 0–{KEY_SPACE - 1}")
        if ckey in seen:
            raise _error(path, line, f"ckey {ckey} appears twice (also on line {seen[ckey]})")
        seen[ckey] = line
        for measure in measures:
            text = fields[measure]
            value = float(text) if _DECIMAL.fullmatch(text) else math.nan
            if not -1.0 <= value <= 1.0:
                raise _error(path, line, f"{measure} {text!r} is not a number in [-1, 1]")
            columns[measure][ckey] = value
    missing = [ckey for ckey in range(KEY_SPACE) if ckey not in seen]
    if missing:
        raise PerturbationTableError(  # programming error
            f"{path}: {len(missing)} of the {KEY_SPACE} ckey rows are missing,"
            f" the first ckey={missing[0]}"
        )
    return MagnitudeTable.from_columns(name or path.stem, columns)


def _rows(path: Path, header: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, field by column) of each row after the header, which must be `header`."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            try:
                first = next(reader, None)
                if first is None or tuple(first) != header:
                    found = "nothing" if first is None else repr(",".join(first))
                    raise _error(path, 1, f"the header is {found}, not {','.join(header)!r}")
                for row in reader:
                    if len(row) != len(header):
                        raise _error(
                            path,
                            reader.line_num,
                            f"{len(row)} fields, not {len(header)} ({','.join(header)})",
                        )
                    yield reader.line_num, dict(zip(header, row, strict=True))
            except csv.Error as error:
                raise _error(path, reader.line_num, str(error)) from None
    except FileNotFoundError:
        raise PerturbationTableError(_damaged(path, MISSING)) from None
    except UnicodeDecodeError:
        raise PerturbationTableError(_damaged(path, NOT_TEXT)) from None
    except OSError as error:
        raise PerturbationTableError(_damaged(path, error.strerror or str(error))) from None


def _integer(path: Path, line: int, field: str, text: str) -> int:
    if not _INTEGER.fullmatch(text):
        raise _error(path, line, f"{field} {text!r} is not a whole number")
    return int(text)


def _error(path: Path, line: int, message: str) -> PerturbationTableError:
    return PerturbationTableError(f"{path}: line {line}: {message}")  # programming error


MISSING = QT_TRANSLATE_NOOP("perturbation table", "it is missing")
NOT_TEXT = QT_TRANSLATE_NOOP("perturbation table", "it is not UTF-8 text")


def _damaged(path: Path, reason: Value) -> Message:
    """A shipped table that cannot be read: the installation is damaged, not the data."""
    return QT_TRANSLATE_NOOP(
        "perturbation table",
        "The perturbation table {path} cannot be read ({reason}); install BIP Desk again.",
    ).format(path=path, reason=reason)
