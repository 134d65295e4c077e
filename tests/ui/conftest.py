"""The UI tests run like the app: Python's garbage collector only on the UI thread
(`bipdesk.ui.garbage`), so that a background operation never destroys Qt objects."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from bipdesk.ui.garbage import collect_on_ui_thread


@pytest.fixture(autouse=True, scope="session")
def _garbage_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    collector = collect_on_ui_thread(qapp)
    yield
    collector.stop()
