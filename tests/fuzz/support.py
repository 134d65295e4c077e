"""Shared settings of the fuzz tests: modest by default, scalable by BIPDESK_FUZZ_EXAMPLES.

    BIPDESK_FUZZ_EXAMPLES=2000 python -m pytest tests/fuzz -q --hypothesis-show-statistics

runs 2,000 cases per target instead of the default 50 (20 for merge), so that
the default suite stays fast.
"""

from __future__ import annotations

import copy
import hashlib
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from bipdesk.storage import Database

DEFAULT_EXAMPLES = 50


def examples(default: int = DEFAULT_EXAMPLES) -> int:
    """Cases per target: BIPDESK_FUZZ_EXAMPLES when set, else `default`."""
    text = os.environ.get("BIPDESK_FUZZ_EXAMPLES", "").strip()
    return int(text) if text.isdigit() and int(text) > 0 else default


def fuzz_settings(default: int = DEFAULT_EXAMPLES) -> settings:
    return settings(
        max_examples=examples(default),
        deadline=None,
        # One database or folder per test, shared by its examples: each checks it itself.
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,
    )


FUZZ = fuzz_settings()
SLOW_FUZZ = fuzz_settings(20)
"""For targets whose every case costs a schema report or an XLSX (merge)."""


def digest(database: Database) -> str:
    """Everything an import could change: participants, measurements, drafts, settings."""
    with database.transaction(write=False) as repository:
        parts = [repr(repository.participants()), repr(repository.drafts())]
        parts += [repr(repository.all_measurements())]
        connection = repository._connection  # settings have no list method
        parts.append(repr(connection.exec_driver_sql("SELECT * FROM settings ORDER BY key").all()))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def key_paths(data: Any) -> list[tuple[Any, ...]]:
    """Every place in nested dicts and lists, as a key path (the root is ())."""
    found: list[tuple[Any, ...]] = []

    def walk(value: Any, here: tuple[Any, ...]) -> None:
        found.append(here)
        if isinstance(value, dict):
            for key, child in value.items():
                walk(child, (*here, key))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                walk(child, (*here, index))

    walk(data, ())
    return found


def mutate(
    draw: st.DrawFn,
    original: Any,
    values: st.SearchStrategy[Any],
    *,
    nudge_numbers: bool = False,
    replace_root: bool = False,
) -> Any:
    """A copy of a real document with one to four places replaced, removed,
    duplicated or renamed; `nudge_numbers` also moves counts a little or by
    thousands, `replace_root` lets the whole document be replaced."""
    data: Any = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 4))):
        place = draw(st.sampled_from(key_paths(data)))
        action = draw(st.sampled_from(["replace", "replace", "delete", "duplicate", "rename"]))
        if not place:
            if replace_root and action == "replace":
                data = draw(values)
            continue
        parent = data
        for key in place[:-1]:
            parent = parent[key]
        key = place[-1]
        if action == "replace":
            old = parent[key]
            is_count = isinstance(old, int) and not isinstance(old, bool)
            if nudge_numbers and is_count and draw(st.booleans()):
                parent[key] = old + draw(st.integers(-3, 3)) * draw(st.sampled_from([1, 1000]))
            else:
                parent[key] = draw(values)
        elif action == "delete":
            del parent[key]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=6))] = parent.pop(key)
    return data
