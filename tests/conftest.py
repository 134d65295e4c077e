"""Shared fixtures. Every test runs headless and away from the user's real data folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_ISOLATED_HOME = tempfile.mkdtemp(prefix="bipdesk-tests-")
os.environ["XDG_DATA_HOME"] = _ISOLATED_HOME
os.environ["XDG_CONFIG_HOME"] = _ISOLATED_HOME
os.environ.pop("BIPDESK_DB", None)

TODAY = date(2026, 11, 23)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def database(tmp_path: Path) -> Iterator[object]:
    from bipdesk.storage import open_database

    with open_database(tmp_path / "bipdesk.db", today=lambda: TODAY) as db:
        yield db
