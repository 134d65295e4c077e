"""The aggregate file schema (version 2), and the fast check that applies it.

`aggregate_file` decides acceptance with the schema compiled into Python code
(fastjsonschema; jsonschema itself costs 0.1 s per unit file). Here the
compiled check is held against plain jsonschema on the same schema: real unit
and merged files, systematic mutations of every kind of cell and of the top
level, and random mutations of whole files. Then the rules of version 2 that
the schema carries, one by one.
"""

from __future__ import annotations

import copy
import tempfile
import types
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bipdesk.core.periods import Period
from bipdesk.io import aggregate_file
from bipdesk.io.aggregate_file import schema, schema_problem, to_json
from bipdesk.io.cards import default_cards
from bipdesk.io.export import build_aggregate
from bipdesk.io.merge import merge_aggregates
from bipdesk.storage import open_database
from bipdesk.storage.demo import fill_with_demo
from tests.fuzz.support import FUZZ, mutate

TODAY = date(2026, 11, 23)
STOCK = jsonschema.Draft202012Validator(schema())

VALUES: list[Any] = [
    None, 0, -1, 3, 2.0, 1.5, True, False, "", "x", "all", "unknown", "participants",
    "exits", "questions", "left", "n", "sum_first", "mean_first", "registered", "work",
    "other", "work_or_studies", "women", "40-49", "health", "Health", [], {},
]  # fmt: skip
CELL_KEYS = (
    "table", "sex", "age_band", "exit_reason", "outcome_group", "question", "measure",
    "value", "withheld", "margin", "parts", "extra",
)  # fmt: skip


@cache
def real_files() -> tuple[dict[str, Any], ...]:
    """Unit files of a demo database (H1, a quarter with baseline `period`: withheld
    means and small sums, all time) and a merged file of two units' quarters."""
    with (
        tempfile.TemporaryDirectory() as folder,
        open_database(Path(folder) / "demo.db", default_cards(), today=lambda: TODAY) as database,
    ):
        fill_with_demo(database, 80, seed=5, today=TODAY)
        half = build_aggregate(database, Period(date(2026, 1, 1), date(2026, 6, 30)), "Syd")
        quarters = [
            build_aggregate(database, Period.quarter(2026, 2), unit, baseline="period")
            for unit in ("Syd", "Norr")
        ]
        always = build_aggregate(database, Period(None, None), "Väst", project="BIP Kronoberg")
    merged = merge_aggregates(quarters)
    return tuple(to_json(a) for a in (half, quarters[0], always, merged))


@pytest.fixture(scope="module")
def unit() -> dict[str, Any]:
    return real_files()[1]


@pytest.fixture(scope="module")
def merged() -> dict[str, Any]:
    return real_files()[3]


def accepts(data: Any) -> bool:
    return bool(aggregate_file._checks()[1](data))


def agree(data: Any) -> bool:
    return accepts(data) == STOCK.is_valid(data)


def test_the_compiled_check_is_in_use() -> None:
    check = aggregate_file._checks()[1]
    assert not isinstance(check, types.MethodType)  # not jsonschema's is_valid


def test_real_files_are_valid_for_both() -> None:
    files = real_files()
    assert any(c.get("withheld") for c in files[1]["cells"])  # the quarter withholds means
    assert any("margin" in c for c in files[3]["cells"])
    for data in files:
        assert STOCK.is_valid(data) and accepts(data)
        assert schema_problem(data) is None


def sample_cells(data: dict[str, Any]) -> list[dict[str, Any]]:
    """One cell of every kind: table, measure, fields, value null or not."""
    kinds: dict[tuple[object, ...], dict[str, Any]] = {}
    for cell in data["cells"]:
        kind = (cell["table"], cell["measure"], tuple(sorted(cell)), cell["value"] is None)
        kinds.setdefault(kind, cell)
    return list(kinds.values())


def cell_mutations(cell: dict[str, Any]) -> Iterator[Any]:
    yield from (cell, [], "cell", None)
    for key in CELL_KEYS:
        if key in cell:
            yield {k: v for k, v in cell.items() if k != key}
        for value in VALUES:
            yield {**cell, key: value}


@pytest.mark.parametrize("kind", ["unit", "merged"])
def test_mutated_cells_agree(kind: str) -> None:
    data = real_files()[1 if kind == "unit" else 3]
    cells = sample_cells(data)
    assert len(cells) >= 14
    verdicts = {True: 0, False: 0}
    for cell in cells:
        for mutated in cell_mutations(cell):
            document = {**data, "cells": [mutated]}
            verdict = STOCK.is_valid(document)  # once: jsonschema is most of this test's time
            assert accepts(document) == verdict, (kind, mutated)
            verdicts[verdict] += 1
    assert verdicts[True] > 50 and verdicts[False] > 1000


def test_mutated_top_level_agrees() -> None:
    for data in (real_files()[1], real_files()[3]):
        data = {**data, "cells": data["cells"][:3]}
        for key in [*data, "sources", "extra"]:
            if key in data:
                assert agree({k: v for k, v in data.items() if k != key})
            for value in VALUES:
                assert agree({**data, key: value})
        for key in ("card", "period", "protection"):
            for inner in [*data[key], "extra"]:
                for value in VALUES:
                    assert agree({**data, key: {**data[key], inner: value}})
        assert agree([data])


@st.composite
def mutated_files(draw: st.DrawFn) -> Any:
    """A real file (a few of its cells of each kind) with one to four places changed."""
    data = draw(st.sampled_from(real_files()))
    small = {**data, "cells": sample_cells(data)}
    return mutate(draw, small, st.sampled_from(VALUES), nudge_numbers=True, replace_root=True)


@FUZZ
@given(data=mutated_files())
def test_randomly_mutated_files_agree(data: Any) -> None:
    verdict = STOCK.is_valid(data)
    assert accepts(data) == verdict
    assert (schema_problem(data) is None) == verdict


def with_cell(data: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """`data` with its first cell of `changes["measure"]` (or its first cell) changed."""
    document = copy.deepcopy(data)
    measure = changes.get("measure")
    cell = next(c for c in document["cells"] if measure is None or c["measure"] == measure)
    for key, value in changes.items():
        if value is ...:
            cell.pop(key, None)
        else:
            cell[key] = value
    return document


def refused_at(data: dict[str, Any]) -> str:
    """Where the schema refuses `data` (both checks must refuse)."""
    problem = schema_problem(data)
    assert problem is not None and not STOCK.is_valid(data) and not accepts(data)
    return problem.split(" at ", 1)[1].split(":", 1)[0]


def test_margins_only_in_merged_files(unit: dict[str, Any], merged: dict[str, Any]) -> None:
    assert refused_at(with_cell(unit, margin=2)).endswith("/margin")
    assert refused_at(with_cell(unit, margin=2, parts=1)).startswith("cells/")
    assert refused_at(with_cell(merged, margin=-1)).endswith("/margin")
    assert refused_at(with_cell(merged, margin=1.5)).endswith("/margin")
    assert schema_problem(with_cell(merged, margin=9, parts=40)) is None
    no_sources = {k: v for k, v in merged.items() if k != "sources"}
    assert refused_at(no_sources).startswith("cells/")  # margins without sources: not a unit file
    assert refused_at(with_cell(merged, measure="sum_first", margin=1)).startswith("cells/")


def test_a_withheld_mean_has_no_value(unit: dict[str, Any]) -> None:
    withheld = next(c for c in unit["cells"] if c.get("withheld"))
    measure = withheld["measure"]
    assert measure in ("mean_first", "mean_latest") and withheld["value"] is None
    assert refused_at(with_cell(unit, measure=measure, value=4.5, withheld=True)).endswith("/value")
    assert refused_at(with_cell(unit, measure=measure, value=None, withheld=...)).endswith("/value")
    assert refused_at(with_cell(unit, measure=measure, value=None, withheld=False)).endswith(
        "/withheld"
    )
    assert schema_problem(with_cell(unit, measure=measure, value=5.25, withheld=...)) is None
    for counted in ("n", "sum_first", "registered"):
        assert refused_at(with_cell(unit, measure=counted, withheld=True)).startswith("cells/")


@pytest.mark.parametrize("measure", ["registered", "left", "n", "improved", "unchanged"])
def test_a_count_is_a_whole_number_not_below_zero(unit: dict[str, Any], measure: str) -> None:
    for value in (-1, 2.5, "3", None, True):
        assert refused_at(with_cell(unit, measure=measure, value=value)).endswith("/value")
    assert schema_problem(with_cell(unit, measure=measure, value=0)) is None
    assert schema_problem(with_cell(unit, measure=measure, value=123456)) is None


def test_a_sum_may_be_negative_but_is_whole(unit: dict[str, Any]) -> None:
    for measure in ("sum_first", "sum_latest"):
        assert schema_problem(with_cell(unit, measure=measure, value=-7)) is None
        assert refused_at(with_cell(unit, measure=measure, value=2.5)).endswith("/value")
        assert refused_at(with_cell(unit, measure=measure, value=None)).endswith("/value")


def test_the_schema_means_the_same_in_draft_7() -> None:
    """fastjsonschema reads the schema as draft 7: no `$ref` may have siblings there."""

    def refs_with_siblings(node: object) -> list[object]:
        if isinstance(node, dict):
            here = [node] if "$ref" in node and set(node) - {"$ref", "description", "title"} else []
            return here + [found for value in node.values() for found in refs_with_siblings(value)]
        if isinstance(node, list):
            return [found for value in node for found in refs_with_siblings(value)]
        return []

    assert refs_with_siblings(aggregate_file.schema()) == []
