"""The project office's merge of aggregate files v2: sums of published figures with
their margins of error, and one line per unfit file, naming it."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bipdesk.core.aggregation import Cell
from bipdesk.core.periods import Period
from bipdesk.core.protection import Protection
from bipdesk.io.aggregate_file import AggregateFile, CardInfo, read_aggregate, write_aggregate
from bipdesk.io.merge import (
    MergeError,
    cross_check,
    merge_aggregates,
    merge_files,
    read_for_merge,
)

Q1 = Period(date(2025, 1, 1), date(2025, 3, 31))
Q2 = Period(date(2025, 4, 1), date(2025, 6, 30))
BANDS = ("-29", "30-")


def uid(number: int) -> str:
    return f"00000000-0000-4000-8000-{number:012d}"


def cells(
    registered: int, women: int = 0, n: int = 0, sum_first: int = 0, improved: int = 0
) -> list[Cell]:
    """A small unit file's published cells (question: health)."""
    mean = round(sum_first / n, 2) if n >= 10 else None
    return [
        Cell("participants", "registered", registered, sex="all", age_band="all"),
        Cell("participants", "registered", women, sex="women", age_band="all"),
        Cell("exits", "left", 0, sex="all", exit_reason="work"),
        Cell("questions", "n", n, question="health"),
        Cell("questions", "improved", improved, question="health"),
        Cell("questions", "sum_first", sum_first, question="health"),
        Cell("questions", "mean_first", mean, question="health", withheld=mean is None),
    ]


def unit_file(
    unit: str, number: int, cells: list[Cell], period: Period = Q1, **changes: object
) -> AggregateFile:
    made = AggregateFile(
        export_id=uid(number),
        generated_at="2025-07-01T10:00:00+00:00",
        software="bipdesk 0.1.0",
        unit=unit,
        period=period,
        card=CardInfo("bip-standard", 1, ("health",), 1, 10),
        age_bands=BANDS,
        protection=Protection(),
        cells=tuple(cells),
        project="BIP Kronoberg",
    )
    return replace(made, **changes)  # type: ignore[arg-type]


def write(folder: Path, name: str, aggregate: AggregateFile) -> Path:
    path = folder / name
    write_aggregate(path, aggregate)
    return path


def margin(parts: int) -> int:
    return math.ceil(1.96 * math.sqrt(parts))


def test_sums_of_published_counts_with_their_margins(tmp_path: Path) -> None:
    a = write(tmp_path, "a.json", unit_file("Syd", 1, cells(120, 70, n=20, sum_first=81)))
    b = write(tmp_path, "b.json", unit_file("Norr", 2, cells(30, 0, n=12, sum_first=-3)))
    c = write(tmp_path, "c.json", unit_file("Väst", 3, cells(0, 0, n=0)))
    merged = merge_files([a, b, c])
    total = merged.cell("participants", "registered", sex="all", age_band="all")
    assert total == Cell("participants", "registered", 150, sex="all", age_band="all", margin=3)
    assert merged.parts[total.key] == 2  # Väst counted nobody: no part, no noise
    women = merged.cell("participants", "registered", sex="women", age_band="all")
    assert women is not None and women.value == 70 and women.margin == 2
    nobody = merged.cell("exits", "left", sex="all", exit_reason="work")
    assert nobody is not None and nobody.value == 0 and nobody.margin == 0
    summed = merged.cell("questions", "sum_first", question="health")
    assert summed == Cell("questions", "sum_first", 78, question="health")  # a sum has no margin
    assert merged.period == Q1 and merged.project == "BIP Kronoberg"
    assert [s.export_id for s in merged.sources] == [uid(1), uid(2), uid(3)]
    assert merged.unit == "Norr, Syd, Väst"


def test_seven_units_give_at_most_six(tmp_path: Path) -> None:
    units = [unit_file(f"Enhet {i}", i, cells(10 + i, n=3)) for i in range(1, 8)]
    merged = merge_aggregates(units)
    total = merged.cell("participants", "registered", sex="all", age_band="all")
    assert total is not None and total.value == sum(10 + i for i in range(1, 8))
    assert total.margin == margin(7) == 6
    n = merged.cell("questions", "n", question="health")
    assert n is not None and n.value == 21 and n.margin == 6
    assert merged.parts[total.key] == merged.parts[n.key] == 7


def test_means_are_recomputed_from_summed_sums_and_n(tmp_path: Path) -> None:
    a = unit_file("Syd", 1, cells(40, n=20, sum_first=81))
    b = unit_file("Norr", 2, cells(30, n=12, sum_first=66))
    c = unit_file("Väst", 3, cells(9, n=4, sum_first=30))  # its own mean withheld
    mean = merge_aggregates([a, b, c]).cell("questions", "mean_first", question="health")
    assert mean is not None and mean.value == round((81 + 66 + 30) / (20 + 12 + 4), 2)
    assert not mean.withheld
    few = merge_aggregates(
        [
            unit_file("Syd", 1, cells(9, n=4, sum_first=30)),
            unit_file("Norr", 2, cells(9, n=5, sum_first=20)),
        ]
    )
    withheld = few.cell("questions", "mean_first", question="health")
    assert withheld is not None and withheld.withheld and withheld.value is None  # n = 9 < 10
    ten = merge_aggregates(
        [
            unit_file("Syd", 1, cells(9, n=4, sum_first=30)),
            unit_file("Norr", 2, cells(9, n=6, sum_first=20)),
        ]
    )
    assert ten.value("questions", "mean_first", question="health") == 5.0


def test_a_merged_file_merges_again_with_its_parts(tmp_path: Path) -> None:
    a = unit_file("Syd", 1, cells(120, 70, n=20, improved=9))
    b = unit_file("Norr", 2, cells(30, 0, n=12, improved=0))
    c = unit_file("Väst", 3, cells(15, 15, n=0, improved=4))
    first = write(tmp_path, "ab.json", merge_aggregates([a, b]))
    again = merge_files([first, write(tmp_path, "c.json", c)])
    at_once = merge_aggregates([a, b, c])
    assert again.cells == at_once.cells and again.parts == at_once.parts
    women = again.cell("participants", "registered", sex="women", age_band="all")
    assert women is not None and women.value == 85 and again.parts[women.key] == 2
    assert women.margin == margin(2)
    total = again.cell("participants", "registered", sex="all", age_band="all")
    assert total is not None and again.parts[total.key] == 3 and total.margin == margin(3)
    assert [s.unit for s in again.sources] == ["Syd", "Norr", "Väst"]
    back = read_aggregate(write(tmp_path, "abc.json", again))
    assert back.parts == again.parts and back.cells == again.cells


def test_adjacent_quarters_of_one_unit_merge_when_mixed_periods_are_allowed(
    tmp_path: Path,
) -> None:
    a = write(tmp_path, "q1.json", unit_file("Syd", 1, cells(120, n=20, sum_first=80)))
    b = write(tmp_path, "q2.json", unit_file("Syd", 2, cells(100, n=20, sum_first=100), Q2))
    merged = merge_files([a, b], allow_mixed_periods=True)
    assert merged.value("questions", "mean_first", question="health") == 4.5
    assert merged.period == Period(date(2025, 1, 1), date(2025, 6, 30))


def other_file(name: str, folder: Path) -> Path:
    """The file `name` of the refusal table, against the good file Syd Q1 (uid 1)."""
    base = unit_file("Norr", 2, cells(30, n=12))
    variants: dict[str, AggregateFile] = {
        "card id": replace(base, card=CardInfo("bip-annan", 1, ("health",), 1, 10)),
        "card version": replace(base, card=CardInfo("bip-standard", 2, ("health",), 1, 10)),
        "questions": replace(base, card=CardInfo("bip-standard", 1, ("job_goal",), 1, 10)),
        "age bands": replace(base, age_bands=("-19", "20-")),
        "ptable": replace(base, protection=Protection(ptable="bipdesk-d3-v1")),
        "baseline": replace(base, baseline="period"),
        "same export": unit_file("Syd", 1, cells(120, n=20)),
        "overlap": unit_file("syd", 3, cells(40), Period(date(2025, 3, 1), None)),
        "period": replace(base, period=Q2),
        "demo": replace(base, demo=True),
    }
    return write(folder, f"{name.replace(' ', '-')}.json", variants[name])


@pytest.mark.parametrize(
    ("name", "kind", "reason"),
    [
        (
            "card id",
            "Different card",
            "The file uses the card bip-annan version 1, but good.json uses bip-standard "
            "version 1. Only files of the same card can be added together.",
        ),
        (
            "card version",
            "Different card",
            "The file uses the card bip-standard version 2, but good.json uses bip-standard "
            "version 1. Only files of the same card can be added together.",
        ),
        (
            "questions",
            "Different card",
            "The file has other questions than good.json for the same card.",
        ),
        (
            "age bands",
            "Different age bands",
            "The file has the age bands -19, 20-, but good.json has -29, 30-. Only files with "
            "the same age bands can be added together.",
        ),
        (
            "ptable",
            "Different protection",
            "The file is protected with the perturbation table bipdesk-d3-v1, but good.json "
            "with bipdesk-d2-v1. Only files protected with the same table can be added "
            "together: ask the unit to export again with the project's BIP Desk version.",
        ),
        (
            "baseline",
            "Different baseline",
            "The file compares the latest measurement with the first measurement in the "
            "period, but good.json with the first measurement ever. Only files that compare "
            "alike can be added together.",
        ),
        (
            "same export",
            "Same export twice",
            "The file holds the same export as good.json; it would count the same people "
            "twice. Remove one of them.",
        ),
        (
            "overlap",
            "Overlapping period",
            "The period of unit syd (2025-03-01 – open end) overlaps its period 2025-01-01 – "
            "2025-03-31 in good.json; the same people would be counted twice. Use files whose "
            "periods do not overlap, for example one file per quarter.",
        ),
        (
            "period",
            "Different period",
            "The file covers 2025-04-01 – 2025-06-30, but good.json covers 2025-01-01 – "
            "2025-03-31. Files of different periods are added together only when mixed "
            "periods are allowed (the report then names every period); otherwise ask for "
            "files of the same period.",
        ),
        (
            "demo",
            "Demo data",
            "Demo data cannot be added to real data: demo.json was made from invented demo "
            "people. Remove the demo file, or use demo files only.",
        ),
    ],
)
def test_each_unfit_file_is_refused_in_one_line_naming_it(
    tmp_path: Path, name: str, kind: str, reason: str
) -> None:
    good = write(tmp_path, "good.json", unit_file("Syd", 1, cells(120, n=20)))
    bad = other_file(name, tmp_path)
    with pytest.raises(MergeError) as caught:
        read_for_merge([good, bad])
    [problem] = caught.value.problems
    assert problem.file == str(bad)
    overlap_only = name == "overlap"  # a period that overlaps is a different period too
    kinds = [str(found.kind) for found in problem.problems]
    assert kind in kinds if overlap_only else kinds == [kind]
    assert (reason in str(problem.reason)) if overlap_only else str(problem.reason) == reason
    assert str(problem) == f"{bad}: {problem.reason}" and "\n" not in str(problem)


def test_different_periods_merge_when_allowed(tmp_path: Path) -> None:
    good = write(tmp_path, "good.json", unit_file("Syd", 1, cells(120, n=20)))
    later = other_file("period", tmp_path)
    merged = merge_files([good, later], allow_mixed_periods=True)
    assert merged.period == Period(Q1.start, Q2.end)
    overlap = other_file("overlap", tmp_path)
    with pytest.raises(MergeError, match="counted twice"):  # allowing periods never allows this
        merge_files([good, overlap], allow_mixed_periods=True)


def test_every_bad_file_gets_its_line(tmp_path: Path) -> None:
    good = write(tmp_path, "good.json", unit_file("Syd", 1, cells(120, n=20)))
    v1 = tmp_path / "v1.json"
    v1.write_text(json.dumps({"format": "bipdesk-aggregate", "version": 1}), encoding="utf-8")
    text = tmp_path / "text.json"
    text.write_text("hello", encoding="utf-8")
    schema = tmp_path / "schema.json"
    data = json.loads(good.read_text(encoding="utf-8"))
    data["export_id"] = uid(9)
    data["cells"][0]["sex"] = "female"
    schema.write_text(json.dumps(data), encoding="utf-8")
    ptable = unit_file("Öst", 4, cells(5), protection=Protection(ptable="bipdesk-d3-v1"))
    files = [
        good,
        v1,
        text,
        schema,
        other_file("demo", tmp_path),
        write(tmp_path, "p.json", ptable),
    ]
    with pytest.raises(MergeError) as caught:
        read_for_merge(files)
    messages = {p.file: str(p.reason) for p in caught.value.problems}
    assert list(messages) == [str(f) for f in files[1:]]
    assert "older BIP Desk" in messages[str(v1)] and "export the period again" in messages[str(v1)]
    assert messages[str(text)].startswith("The file is not JSON (error at line 1, column 1)")
    assert "format at cells/0/sex" in messages[str(schema)]
    assert "demo" in messages[str(files[4])] and "perturbation table" in messages[str(files[5])]
    assert all("\n" not in reason for reason in messages.values())


def test_one_file_is_not_a_merge(tmp_path: Path) -> None:
    good = write(tmp_path, "good.json", unit_file("Syd", 1, cells(120, n=20)))
    with pytest.raises(MergeError, match="two files or more"):
        read_for_merge([good])


def test_cross_check_of_files_already_read() -> None:
    a = unit_file("Syd", 1, cells(120))
    b = unit_file("Norr", 2, cells(30), age_bands=("-19", "20-"))
    assert cross_check([("a.json", a), ("c.json", unit_file("Väst", 3, cells(5)))]) == []
    [problem] = cross_check([("a.json", a), ("b.json", b)])
    assert str(problem) == (
        "b.json: The file has the age bands -19, 20-, but a.json has -29, 30-. "
        "Only files with the same age bands can be added together."
    )
