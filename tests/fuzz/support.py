"""Shared settings of the fuzz tests: modest by default, scalable by BIPDESK_FUZZ_EXAMPLES.

    BIPDESK_FUZZ_EXAMPLES=2000 python -m pytest tests/fuzz -q --hypothesis-show-statistics

runs 2,000 cases per target instead of the default 50 (20 for merge), so that
the default suite stays fast.
"""

from __future__ import annotations

import hashlib
import os

from hypothesis import HealthCheck, settings

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
