"""Random JSON and mutated real aggregate files (v2) for the project office's merge (DESIGN §7).

`read_for_merge` accepts the files or raises MergeError with one line per bad
file, naming it — never a traceback. Files it accepts must then merge and be
written (JSON, XLSX and, for mutated real files, the project office's PDF
report, as `bipdesk merge --xlsx --pdf` does) without any exception: a check
that passes must mean the files are really usable.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st

from bipdesk.core.periods import Period
from bipdesk.core.perturbation import margin_of_error
from bipdesk.io.aggregate_file import dumps, read_aggregate, to_json
from bipdesk.io.aggregate_tables import write_xlsx
from bipdesk.io.cards import default_cards
from bipdesk.io.export import build_aggregate
from bipdesk.io.merge import MergeError, merge_aggregates, read_for_merge
from bipdesk.storage import open_database
from bipdesk.storage.demo import fill_with_demo
from tests.fuzz.support import SLOW_FUZZ, mutate

TODAY = date(2026, 11, 23)


@cache
def real_files() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Three real unit exports (one database, units of different names; the third of a
    quarter, with withheld means) and the merged file of the first two."""
    with (
        tempfile.TemporaryDirectory() as folder,
        open_database(Path(folder) / "demo.db", default_cards(), today=lambda: TODAY) as database,
    ):
        fill_with_demo(database, 60, seed=5, today=TODAY)
        half = Period(date(2026, 1, 1), date(2026, 6, 30))
        first = build_aggregate(database, half, "Delprojekt Syd")
        second = build_aggregate(database, half, "Delprojekt Norr")
        third = build_aggregate(database, Period.quarter(2026, 2), "Delprojekt Väst")
    merged = merge_aggregates([first, second])
    return to_json(first), to_json(second), to_json(third), to_json(merged)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**64), 2**64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    | st.sampled_from(
        [
            "",
            "all",
            "women",
            "-19",
            "bip-standard",
            "2026-02-30",
            "2026-01-01",
            "9999-12-31",
            "bipdesk-aggregate",
            "cell-key",
            "bipdesk-d2-v1",
            "withheld",
            "margin",
            "parts",
            "00000000-0000-4000-8000-000000000001",
        ]
    ),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "format",
                    "version",
                    "cells",
                    "value",
                    "table",
                    "measure",
                    "period",
                    "from",
                    "to",
                    "withheld",
                    "margin",
                    "parts",
                    "protection",
                    "sources",
                ]
            )
            | st.text(max_size=5),
            children,
            max_size=4,
        )
    ),
    max_leaves=15,
)


@st.composite
def mutated(draw: st.DrawFn, which: int) -> Any:
    """A real aggregate file with a few values replaced, removed, copied or renamed."""
    return mutate(draw, real_files()[which], json_values, nudge_numbers=True)


def check_merge(tmp_path: Path, contents: list[bytes], report: bool = False) -> None:
    files = []
    for number, content in enumerate(contents):
        path = tmp_path / f"enhet-{number}.json"
        path.write_bytes(content)
        files.append(path)
    try:
        units = read_for_merge(files, allow_mixed_periods=True)
    except MergeError as error:
        event("refused with MergeError")
        assert error.problems
        named = {problem.file for problem in error.problems}
        assert named <= {str(f) for f in files}, named
        for problem in error.problems:
            line = str(problem)
            assert line.startswith(f"{problem.file}: ") and problem.reason, line
            assert "\n" not in line and "Traceback" not in line, line
        return
    event("accepted and merged")
    merged = merge_aggregates(units)
    text = dumps(merged)  # what `bipdesk merge` writes, refused if off-schema
    out = tmp_path / "sammanställning.json"
    out.write_text(text, encoding="utf-8")
    assert read_aggregate(out).parts == merged.parts  # and what the office reads back
    for cell in merged.cells:
        expected = margin_of_error(merged.parts.get(cell.key, 0)) if cell.is_count else None
        assert cell.margin == expected, cell
    write_xlsx(tmp_path / "sammanställning.xlsx", merged, "sv")
    if report:  # `bipdesk merge --pdf` and the project-office window
        from bipdesk.reports.office import office_report_pdf

        assert office_report_pdf(merged, units, "sv").startswith(b"%PDF")


def _text(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


@SLOW_FUZZ
@given(first=mutated(0), second_mutated=st.booleans(), second=mutated(2))
def test_mutated_real_files(tmp_path: Path, first: Any, second_mutated: bool, second: Any) -> None:
    other = second if second_mutated else real_files()[2]
    check_merge(tmp_path, [_text(first), _text(other)], report=True)


@SLOW_FUZZ
@given(merged=mutated(3), unit=st.sampled_from([2, 0]))
def test_mutated_merged_file_with_a_unit(tmp_path: Path, merged: Any, unit: int) -> None:
    """A (mutated) merged file and another unit, or one of its own units (the same export)."""
    check_merge(tmp_path, [_text(merged), _text(real_files()[unit])])


@SLOW_FUZZ
@given(data=json_values)
def test_random_json(tmp_path: Path, data: Any) -> None:
    check_merge(tmp_path, [_text(data), _text(real_files()[1])])


@st.composite
def garbled_text(draw: st.DrawFn) -> bytes:
    raw = bytearray(_text(real_files()[0]))
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(raw) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            raw[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del raw[max(1, at) :]
        else:
            raw[at:at] = draw(st.sampled_from([b"{", b"}", b",", b'"', b"\xff\xfe", b"NaN"]))
    return bytes(raw)


@SLOW_FUZZ
@given(data=st.one_of(garbled_text(), st.binary(max_size=200)))
def test_garbled_bytes(tmp_path: Path, data: bytes) -> None:
    check_merge(tmp_path, [data, _text(real_files()[1])])
