"""The import graph of bipdesk: no circles, and no import from a lower floor to a higher one.

Read from the source (every `import`, also inside functions and under
TYPE_CHECKING), so that a circle hidden in a function body counts as one: it
still ties two rooms that should stand in order (docs/architecture.md).
"""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bipdesk"
FLOORS = {"core": 0, "storage": 1, "io": 2, "reports": 3, "ui": 4, "cli": 4}
"""docs/architecture.md: each floor may import only from the floors below it."""


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:  # Alembic's scripts, run only by Alembic
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _owner(name: str, modules: dict[str, Path]) -> str | None:
    """The module of bipdesk that `name` (a module or a name inside one) stands in."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str | None] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets |= {_owner(alias.name, modules) for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets |= {_owner(f"{node.module}.{alias.name}", modules) for alias in node.names}
        graph[name] = {target for target in targets if target and target != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every circle as `a → b → … → a` (each imports the next): graphlib names one,
    one of its imports is set aside, and the search goes on."""
    remaining = {name: set(targets) for name, targets in graph.items()}
    found = []
    while True:
        try:
            TopologicalSorter(remaining).prepare()
        except CycleError as error:
            against = list(error.args[1])  # graphlib lists a circle against the imports
            remaining[against[1]].discard(against[0])
            found.append(against[::-1])
        else:
            return found


def _floor(name: str) -> int | None:
    parts = name.split(".")
    return FLOORS.get(parts[1]) if len(parts) > 2 else None


def test_no_module_of_bipdesk_imports_itself_in_a_circle() -> None:
    found = circles(import_graph())
    assert not found, "import circles:\n" + "\n".join(" → ".join(c) for c in found)


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{name} → {target}"
        for name, targets in graph.items()
        for target in targets
        if (low := _floor(name)) is not None and (high := _floor(target)) is not None and high > low
    )


def test_no_floor_imports_from_a_floor_above_it() -> None:
    found = upward_imports(import_graph())
    assert not found, "imports up a floor:\n" + "\n".join(found)


def test_the_graph_is_read_from_real_imports() -> None:
    graph = import_graph()
    assert "bipdesk.core.cards" in graph["bipdesk.io.cards"]
    assert "bipdesk.storage" in graph["bipdesk.cli.main"]  # inside a function
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert circles({"a": {"b"}, "b": set()}) == []
    upward = {"bipdesk.storage.database": {"bipdesk.io.cards", "bipdesk.core.cards"}}
    assert upward_imports(upward) == ["bipdesk.storage.database → bipdesk.io.cards"]
