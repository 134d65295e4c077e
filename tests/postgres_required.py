"""The rule for the PostgreSQL tests: skipped on a machine without the server, required in CI.

A developer without PostgreSQL still gets a useful local run (the tests marked
``postgresql`` skip with one reason), but a CI run that skipped them, or ran none
of those it selected, would pass while proving nothing about the team database;
under ``CI=true`` that run fails. tests/conftest.py feeds the reports in and
applies the verdict.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tests.postgres_server import UNAVAILABLE

MARKER = "postgresql"
SKIP_LOCATION = str(Path(__file__).with_name("postgres_server.py"))
"""Where the summary says every skip for want of the server happened: one line, not one per test."""
SERVER_FIXTURES = frozenset({"postgres_server", "postgres_url", "own_server"})


def under_ci(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


@dataclass
class PostgresTally:
    """What happened to the tests marked ``postgresql`` in this session."""

    selected: int = 0
    ran: int = 0
    skipped_for_server: int = 0
    reason: str = ""

    def record(self, when: str, outcome: str, skip_reason: str) -> bool:
        """One report of a marked test: the call phase ran it; True for a skip for want of
        the server (the caller then folds those skips into one line of the summary)."""
        if when == "call":
            self.ran += 1
        elif outcome == "skipped" and UNAVAILABLE in skip_reason:
            self.skipped_for_server += 1
            self.reason = self.reason or skip_reason.removeprefix("Skipped: ")
            return True
        return False


def verdict(tally: PostgresTally, ci: bool) -> str | None:
    """The line that fails the run, or None when the run may pass as it is."""
    if not ci or tally.selected == 0:
        return None
    if tally.skipped_for_server:
        return (
            f"CI=true: {tally.skipped_for_server} PostgreSQL test(s) skipped, "
            f"but in CI they must run. {tally.reason}"
        )
    if tally.ran == 0:
        return f"CI=true: none of the {tally.selected} selected PostgreSQL test(s) ran"
    return None
