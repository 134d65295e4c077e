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
    from bipdesk.io.cards import default_cards
    from bipdesk.storage import open_database

    with open_database(tmp_path / "bipdesk.db", default_cards(), today=lambda: TODAY) as db:
        yield db


@pytest.fixture(autouse=True)
def _language_stays_put() -> Iterator[None]:
    """A test that switches the app to Swedish must not leave the next one in Swedish.

    The language lives in process-wide state (Qt's default locale and the
    application's translators), so it is put back after every test that
    changed it, whatever that test forgot to undo.
    """
    import sys

    qt_core = sys.modules.get("PySide6.QtCore")
    before = qt_core.QLocale().name() if qt_core is not None else None
    yield
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:
        return
    locale = qt_core.QLocale
    if before is None:  # Qt came in during the test: its default is the system's
        before = locale.system().name()
    if locale().name() != before:
        locale.setDefault(locale(before))
        app = qt_core.QCoreApplication.instance()
        if app is not None:
            from bipdesk.ui.translator import remove_translators

            remove_translators(app)


@pytest.fixture(autouse=True)
def _garbage_between_tests() -> Iterator[None]:
    """Where the app's collector turned automatic collection off (a QApplication made
    in this process, see bipdesk.ui.garbage), collect what is due between tests too:
    tests that run no event loop never give its timer a turn."""
    yield
    import gc
    import sys

    garbage = sys.modules.get("bipdesk.ui.garbage")
    if garbage is not None and not gc.isenabled():
        garbage.collect_if_due()
