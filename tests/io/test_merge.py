"""The project office's merge: checks with one message per bad file, sums, lower bounds."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bipdesk.core.aggregation import Cell
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import (
    AggregateFile,
    CardInfo,
    read_aggregate,
    to_json,
    write_aggregate,
)
from bipdesk.io.merge import MergeError, merge_aggregates, merge_files

Q1 = Period(date(2025, 1, 1), date(2025, 3, 31))
Q2 = Period(date(2025, 4, 1), date(2025, 6, 30))


def unit_file(unit: str, period: Period, cells: list[Cell], export_id: str) -> AggregateFile:
    return AggregateFile(
        export_id=export_id,
        generated_at="2025-07-01T10:00:00+00:00",
        software="bipdesk 0.1.0",
        unit=unit,
        period=period,
        card=CardInfo("bip-standard", 1, ("health",), 1, 10),
        age_bands=("-19", "20-29", "30-"),
        k=5,
        min_people=10,
        cells=tuple(cells),
    )


def cells(registered: int | None, n: int, mean: float | None) -> list[Cell]:
    hidden = registered is None
    return [
        Cell(
            "participants", "registered", registered, sex="all", age_band="all", suppressed=hidden
        ),
        Cell("questions", "n", n, question="health"),
        Cell("questions", "mean_first", mean, question="health", suppressed=mean is None and n > 0),
    ]


def uid(number: int) -> str:
    return f"00000000-0000-4000-8000-{number:012d}"


def write(tmp_path: Path, name: str, aggregate: AggregateFile) -> Path:
    path = tmp_path / name
    write_aggregate(path, aggregate)
    return path


def test_sums_and_lower_bounds(tmp_path: Path) -> None:
    a = write(tmp_path, "a.json", unit_file("Syd", Q1, cells(120, 20, 4.0), uid(1)))
    b = write(tmp_path, "b.json", unit_file("Norr", Q1, cells(None, 10, 6.0), uid(2)))
    c = write(tmp_path, "c.json", unit_file("Syd", Q2, cells(30, 4, None), uid(3)))
    merged = merge_files([a, b, c])
    total = merged.cell("participants", "registered", sex="all", age_band="all")
    assert total is not None and total.value == 151 and total.lower_bound  # 120 + 30 + ≥1
    n = merged.cell("questions", "n", question="health")
    assert n is not None and n.value == 34 and not n.lower_bound
    mean = merged.cell("questions", "mean_first", question="health")
    assert mean is not None and mean.value == round((20 * 4 + 10 * 6) / 30, 2)
    assert mean.partial
    assert merged.period == Period(date(2025, 1, 1), date(2025, 6, 30))
    assert [s.export_id for s in merged.sources] == [uid(1), uid(2), uid(3)]
    out = write(tmp_path, "m.json", merged)
    assert (
        read_aggregate(out).cell("participants", "registered", sex="all", age_band="all") == total
    )


def test_merged_files_merge_again_but_not_twice(tmp_path: Path) -> None:
    a = unit_file("Syd", Q1, cells(120, 20, 4.0), uid(1))
    b = unit_file("Norr", Q1, cells(50, 10, 6.0), uid(2))
    merged = write(tmp_path, "m.json", merge_aggregates([a, b]))
    c = write(tmp_path, "c.json", unit_file("Väst", Q1, cells(10, 0, None), uid(3)))
    again = merge_files([merged, c])
    assert again.value("participants", "registered", sex="all", age_band="all") == 180
    with pytest.raises(MergeError, match="same export"):
        merge_files([merged, write(tmp_path, "a.json", a)])


def test_every_bad_file_gets_one_message_and_nothing_is_written(tmp_path: Path) -> None:
    good = write(tmp_path, "good.json", unit_file("Syd", Q1, cells(120, 20, 4.0), uid(1)))
    twice = tmp_path / "copy.json"
    twice.write_bytes(good.read_bytes())
    overlapping = write(
        tmp_path,
        "overlap.json",
        unit_file("syd", Period(date(2025, 3, 1), None), cells(40, 0, None), uid(4)),
    )
    other_card = write(
        tmp_path,
        "card.json",
        replace(
            unit_file("Öst", Q1, cells(9, 0, None), uid(5)),
            card=CardInfo("x", 2, ("health",), 1, 10),
        ),
    )
    other_bands = write(
        tmp_path,
        "bands.json",
        replace(unit_file("Väst", Q1, cells(9, 0, None), uid(6)), age_bands=("-29", "30-")),
    )
    text = tmp_path / "text.json"
    text.write_text("hello", encoding="utf-8")
    version = tmp_path / "v2.json"
    version.write_text(json.dumps({"format": "bipdesk-aggregate", "version": 2}), encoding="utf-8")
    broken_data = to_json(unit_file("Mitt", Q1, cells(9, 0, None), uid(7)))
    broken_data["cells"][0]["sex"] = "female"
    broken = tmp_path / "schema.json"
    broken.write_text(json.dumps(broken_data), encoding="utf-8")
    out = tmp_path / "merged.json"
    files = [good, twice, overlapping, other_card, other_bands, text, version, broken]
    with pytest.raises(MergeError) as caught:
        merge_files(files)
    messages = {p.file: p.reason for p in caught.value.problems}
    assert set(messages) == {str(f) for f in files[1:]}
    assert "same export" in messages[str(twice)]
    assert (
        "overlaps" in messages[str(overlapping)] and "counted twice" in messages[str(overlapping)]
    )
    assert "card x v2" in messages[str(other_card)]
    assert "age bands" in messages[str(other_bands)]
    assert "not JSON" in messages[str(text)]
    assert "version 2" in messages[str(version)]
    assert "schema" in messages[str(broken)]
    assert not out.exists()


def test_adjacent_quarters_of_one_unit_are_fine(tmp_path: Path) -> None:
    a = write(tmp_path, "a.json", unit_file("Syd", Q1, cells(120, 20, 4.0), uid(1)))
    b = write(tmp_path, "b.json", unit_file("Syd", Q2, cells(100, 20, 5.0), uid(2)))
    assert merge_files([a, b]).value("questions", "mean_first", question="health") == 4.5
