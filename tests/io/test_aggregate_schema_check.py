"""The fast schema check accepts exactly what jsonschema accepts.

`aggregate_file` decides acceptance with the schema compiled into Python
predicates (jsonschema itself costs 0.1 s per unit file). Here the compiled
check is held against plain jsonschema on the same schema: real unit and merged
files, and systematic mutations of every kind of cell and of the top level.
"""

from __future__ import annotations

import copy
import json
import types
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

from bipdesk.io import aggregate_file
from bipdesk.io.aggregate_file import from_json, schema, to_json
from bipdesk.io.merge import merge_aggregates

GOLDEN = Path(__file__).parent / "data" / "export_golden.json"
STOCK = jsonschema.Draft202012Validator(schema())

VALUES: list[Any] = [
    None, 0, -1, 3, 2.0, 1.5, True, False, "", "x", "all", "unknown", "participants",
    "exits", "questions", "left", "n", "mean_first", "registered", "work", "other",
    "work_or_studies", "women", "40-49", "health", "Health", [], {},
]  # fmt: skip
CELL_KEYS = (
    "table", "sex", "age_band", "exit_reason", "outcome_group", "question", "measure",
    "value", "suppressed", "lower_bound", "partial", "extra",
)  # fmt: skip


def _unit_files() -> list[dict[str, Any]]:
    found = []
    for number, data in enumerate(json.loads(GOLDEN.read_text(encoding="utf-8")).values()):
        data = copy.deepcopy(data)
        data["export_id"] = f"00000000-0000-4000-8000-{number:012d}"
        data["generated_at"] = "2025-07-01T10:00:00+00:00"
        data["software"] = "bipdesk 0.1.0"
        data["unit"] = f"Unit {number}"
        found.append(data)
    return found


def _merged(units: list[dict[str, Any]]) -> dict[str, Any]:
    same_bands = [u for u in units if u["age_bands"] == units[0]["age_bands"]][:2]
    return to_json(merge_aggregates([from_json(u) for u in same_bands]))


def _agree(data: Any) -> bool:
    accepts = aggregate_file._checks()[1]
    return bool(accepts(data)) == STOCK.is_valid(data)


def test_the_compiled_check_is_in_use() -> None:
    accepts = aggregate_file._checks()[1]
    assert not isinstance(accepts, types.MethodType)  # not jsonschema's is_valid


def test_real_files_agree() -> None:
    units = _unit_files()
    for data in [*units, _merged(units)]:
        assert STOCK.is_valid(data)
        assert _agree(data)


def _sample_cells(data: dict[str, Any]) -> list[dict[str, Any]]:
    """One cell of every kind: table, dimension, measure, flag."""
    kinds: dict[tuple[object, ...], dict[str, Any]] = {}
    for cell in data["cells"]:
        kind = (cell["table"], cell["measure"], tuple(sorted(cell)), cell["value"] is None)
        kinds.setdefault(kind, cell)
    return list(kinds.values())


def _mutations(cell: dict[str, Any]) -> list[Any]:
    found: list[Any] = [cell, [], "cell", None]
    for key in CELL_KEYS:
        if key in cell:
            found.append({k: v for k, v in cell.items() if k != key})
        for value in VALUES:
            found.append({**cell, key: value})
    return found


@pytest.mark.parametrize("kind", ["unit", "merged"])
def test_mutated_cells_agree(kind: str) -> None:
    units = _unit_files()
    data = units[0] if kind == "unit" else _merged(units)
    cells = _sample_cells(data)
    assert len(cells) >= 10
    accepts = aggregate_file._checks()[1]
    verdicts = {True: 0, False: 0}
    for cell in cells:
        for mutated in _mutations(cell):
            document = {**data, "cells": [mutated]}
            verdict = STOCK.is_valid(document)  # once: jsonschema is most of this test's time
            assert bool(accepts(document)) == verdict, (kind, mutated)
            verdicts[verdict] += 1
    assert verdicts[True] > 50 and verdicts[False] > 1000


def test_mutated_top_level_agrees() -> None:
    units = _unit_files()
    for data in (units[0], _merged(units)):
        data = {**data, "cells": data["cells"][:3]}
        for key in [*data, "sources", "extra"]:
            if key in data:
                assert _agree({k: v for k, v in data.items() if k != key})
            for value in VALUES:
                assert _agree({**data, key: value})
        for key in ("card", "period", "disclosure"):
            for inner in [*data[key], "extra"]:
                for value in VALUES:
                    assert _agree({**data, key: {**data[key], inner: value}})
        assert _agree([data])


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
