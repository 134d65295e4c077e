"""The aggregate file schema accepts exactly the documents it accepted before it was
restructured for speed.

The schema is a contract other tools read (DESIGN §7), so rewriting it — one
definition per table behind an if/else chain, conditions that hold for the
usual cell, instead of six independent if/then rules per cell, which cost
fastjsonschema about 3,000 internal exceptions per unit file — must not change
its verdicts. `data/aggregate-v1-schema-before-if-chain.json` is the schema as
it was; here plain jsonschema judges real unit and merged files and many mutated
ones by both, cell by cell, and the compiled check the reader uses must agree.
Then every rule that moved is tested on its own through `from_json`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bipdesk.io import aggregate_file
from bipdesk.io.aggregate_file import AggregateFileError, from_json, schema
from tests.io.test_aggregate_schema_check import CELL_KEYS, VALUES, _merged, _unit_files

BEFORE = json.loads(
    (Path(__file__).parent / "data" / "aggregate-v1-schema-before-if-chain.json").read_text(
        encoding="utf-8"
    )
)
OLD = jsonschema.Draft202012Validator(BEFORE)
NEW = jsonschema.Draft202012Validator(schema())


def _constants(node: object) -> Iterator[object]:
    """Every value an enum or const of the old schema names: each branch's own words."""
    if isinstance(node, dict):
        yield from node.get("enum", ())
        if "const" in node:
            yield node["const"]
        for value in node.values():
            yield from _constants(value)
    elif isinstance(node, list):
        for value in node:
            yield from _constants(value)


POOL: list[Any] = [*VALUES]
for _value in _constants(BEFORE["$defs"]["cell"]):
    if not any(type(_value) is type(v) and _value == v for v in POOL):
        POOL.append(_value)


_UNITS = _unit_files()
CONTEXTS = {"unit": _UNITS[0], "merged": _merged(_UNITS)}
"""A unit's export and a merged file, whose cells the tests replace."""


def _kinds(data: dict[str, Any]) -> list[dict[str, Any]]:
    """One real cell of every kind the schema tells apart: table, keys, count or mean, null."""
    kinds: dict[tuple[object, ...], dict[str, Any]] = {}
    for cell in data["cells"]:
        mean = cell["measure"].startswith("mean")
        kinds.setdefault((cell["table"], tuple(sorted(cell)), mean, cell["value"] is None), cell)
    return list(kinds.values())


TEMPLATES = [copy.deepcopy(c) for data in CONTEXTS.values() for c in _kinds(data)]


def _invalid_cells(validator: Any, document: dict[str, Any]) -> set[int]:
    """The indexes of the cells `validator` refuses; -1 for an error outside the cells."""
    found = set()
    for error in validator.iter_errors(document):
        path = list(error.absolute_path)
        found.add(path[1] if path[:1] == ["cells"] and len(path) > 1 else -1)
    return found


def _judge(context: dict[str, Any], cells: list[Any]) -> set[int]:
    """Old and new schema must refuse the same cells; the compiled check must agree."""
    document = {**context, "cells": cells}
    before, after = _invalid_cells(OLD, document), _invalid_cells(NEW, document)
    assert before == after, [cells[i] for i in sorted(before ^ after)]
    accepts = aggregate_file._checks()[1]
    assert accepts(document) == (not after)
    return after


def _judge_in_batches(context: dict[str, Any], cells: list[Any]) -> tuple[int, int]:
    """(accepted, refused) cells, judged 150 to a document to spare the top level."""
    refused = 0
    for start in range(0, len(cells), 150):
        refused += len(_judge(context, cells[start : start + 150]))
    return len(cells) - refused, refused


def test_real_files_are_accepted_by_both() -> None:
    for data in [*_UNITS[::2], CONTEXTS["merged"]]:
        assert _invalid_cells(OLD, data) == set() == _invalid_cells(NEW, data)


def _single_mutations(cell: dict[str, Any]) -> Iterator[Any]:
    yield from (cell, [], "cell", None, 3)
    for key in CELL_KEYS:
        if key in cell:
            yield {k: v for k, v in cell.items() if k != key}
        for value in VALUES:
            yield {**cell, key: value}


@pytest.mark.parametrize("kind", ["unit", "merged"])
def test_every_single_mutation_gets_the_same_verdict(kind: str) -> None:
    context = CONTEXTS[kind]
    cells = [m for cell in _kinds(context) for m in _single_mutations(cell)]
    accepted, refused = _judge_in_batches(context, cells)
    assert accepted > 30 and refused > 1000


def test_a_cell_moved_to_another_table_gets_the_same_verdict() -> None:
    """What decides the branch — table, exit_reason, outcome_group, measure — changed together."""
    dimensions = {
        "sex": "women",
        "age_band": "40-49",
        "exit_reason": "work",
        "outcome_group": "other",
        "question": "health",
    }
    measures = ("registered", "left", "n", "mean_first")
    for kind, context in CONTEXTS.items():
        cells: list[Any] = []
        for cell in _kinds(context):
            for table in ("participants", "exits", "questions", "other"):
                for measure in measures:
                    moved = {**cell, "table": table, "measure": measure}
                    cells.append(moved)
                    for key, value in dimensions.items():
                        cells.append({**moved, key: value})
                        cells.append({k: v for k, v in moved.items() if k != key})
        accepted, refused = _judge_in_batches(context, cells)
        assert accepted > 30 and refused > 500, kind


@st.composite
def mutated_cells(draw: st.DrawFn, templates: list[dict[str, Any]]) -> Any:
    """A real cell with up to four keys removed or set to words of any branch."""
    cell = dict(draw(st.sampled_from(templates)))
    for _ in range(draw(st.integers(0, 4))):
        key = draw(st.sampled_from(CELL_KEYS))
        if draw(st.booleans()) and key in cell:
            del cell[key]
        else:
            cell[key] = draw(st.sampled_from(POOL))
    return cell


@settings(max_examples=100, deadline=None, database=None)
@given(
    kind=st.sampled_from(sorted(CONTEXTS)),
    cells=st.lists(mutated_cells(TEMPLATES), min_size=1, max_size=6),
)
def test_randomly_mutated_files_get_the_same_verdict(kind: str, cells: list[Any]) -> None:
    _judge(CONTEXTS[kind], cells)


# -- each rule the restructuring moved, on its own -------------------------------


def _cell(data: dict[str, Any], table: str, measure: str, **where: Any) -> dict[str, Any]:
    return next(
        c
        for c in data["cells"]
        if c["table"] == table
        and c["measure"] == measure
        and all(c.get(k) == v for k, v in where.items())
    )


DROP = object()
"""In a change: remove the key."""

RULES = [
    # (what is broken, table, measure, dimensions of the cell, change)
    ("a suppressed cell with a value", "participants", "registered", {}, {"suppressed": True}),
    ("suppressed: false", "participants", "registered", {}, {"suppressed": False}),
    ("a participants cell without age band", "participants", "registered", {}, {"age_band": DROP}),
    ("a participants cell with a question", "participants", "positive", {}, {"question": "health"}),
    ("a participants cell with a negative count", "participants", "registered", {}, {"value": -1}),
    ("a participants cell with a fraction", "participants", "registered", {}, {"value": 1.5}),
    ("a participants cell measuring exits", "participants", "registered", {}, {"measure": "left"}),
    ("an unknown sex", "participants", "registered", {}, {"sex": "female"}),
    ("an empty age band", "participants", "registered", {}, {"age_band": ""}),
    ("an exits cell with reason and group", "exits", "left", {"exit_reason": "work"},
     {"outcome_group": "other"}),
    ("an exits cell with an unknown reason", "exits", "left", {"exit_reason": "work"},
     {"exit_reason": "arbete"}),
    ("an exits cell with an unknown group", "exits", "left", {"outcome_group": "other"},
     {"outcome_group": "work"}),
    ("an exits cell without sex", "exits", "left", {"outcome_group": "other"}, {"sex": DROP}),
    ("an exits cell with neither reason nor group", "exits", "left", {"outcome_group": "other"},
     {"outcome_group": DROP}),
    ("an exits cell with an age band", "exits", "left", {"exit_reason": "work"},
     {"age_band": "40-49"}),
    ("an exits cell measuring n", "exits", "left", {"exit_reason": "work"}, {"measure": "n"}),
    ("a question count that is a fraction", "questions", "n", {}, {"value": 2.5}),
    ("a question count below zero", "questions", "improved", {}, {"value": -2}),
    ("a question cell with a sex", "questions", "n", {}, {"sex": "women"}),
    ("a question cell without its question", "questions", "n", {}, {"question": DROP}),
    ("a question that is no slug", "questions", "n", {}, {"question": "Health"}),
    ("a question cell measuring registered", "questions", "n", {},
     {"measure": "registered"}),
    ("a unit's cell marked as a lower bound", "participants", "registered", {},
     {"lower_bound": True}),
    ("a unit's mean marked partial", "questions", "mean_first", {}, {"partial": True}),
    ("a cell in no table", "participants", "registered", {}, {"table": "people"}),
]  # fmt: skip


def _changed(data: dict[str, Any], table: str, measure: str, where: dict[str, Any],
             change: dict[str, Any]) -> dict[str, Any]:  # fmt: skip
    margin = {} if table == "questions" else {"sex": "all"}
    cell = copy.deepcopy(_cell(data, table, measure, **margin, **where))
    data = {**data, "cells": [cell]}
    for key, value in change.items():
        if value is DROP:
            cell.pop(key, None)
        else:
            cell[key] = value
    return data


@pytest.mark.parametrize(("broken", "table", "measure", "where", "change"), RULES,
                         ids=[rule[0] for rule in RULES])  # fmt: skip
def test_each_rule_refuses_on_read(
    broken: str,
    table: str,
    measure: str,
    where: dict[str, Any],
    change: dict[str, Any],
) -> None:
    data = _changed(CONTEXTS["unit"], table, measure, where, change)
    assert not OLD.is_valid(data), broken  # a rule the schema always had
    with pytest.raises(AggregateFileError, match="does not follow the aggregate file schema"):
        from_json(data, "x.json")


ALLOWED = [
    ("a merged total as a lower bound", "merged", "participants", "registered", {},
     {"lower_bound": True}),
    ("a merged mean that is partial", "merged", "questions", "mean_first", {}, {"partial": True}),
    ("a mean with decimals", "unit", "questions", "mean_latest", {}, {"value": 6.25}),
    ("a mean over nobody, not suppressed", "unit", "questions", "mean_first", {},
     {"value": None, "suppressed": DROP}),
    ("a suppressed count", "unit", "exits", "left", {"exit_reason": "work"},
     {"value": None, "suppressed": True}),
    ("a zero", "unit", "exits", "left", {"outcome_group": "other"}, {"value": 0}),
    ("a count written 3.0", "unit", "participants", "registered", {}, {"value": 3.0}),
]  # fmt: skip


@pytest.mark.parametrize(("allowed", "kind", "table", "measure", "where", "change"), ALLOWED,
                         ids=[rule[0] for rule in ALLOWED])  # fmt: skip
def test_what_the_rules_allow_is_read(
    allowed: str,
    kind: str,
    table: str,
    measure: str,
    where: dict[str, Any],
    change: dict[str, Any],
) -> None:
    data = _changed(CONTEXTS[kind], table, measure, where, change)
    assert OLD.is_valid(data), allowed
    from_json(data, "x.json")
