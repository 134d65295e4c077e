"""The UI tests run like the app: Python's garbage collector only on the UI thread
(`bipdesk.ui.garbage`), so that a background operation never destroys Qt objects."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from bipdesk.ui.fonts import install_fonts
from bipdesk.ui.garbage import collect_on_ui_thread


@pytest.fixture(autouse=True, scope="session")
def _garbage_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    collector = collect_on_ui_thread(qapp)
    yield
    collector.stop()


@pytest.fixture
def english_locale() -> Iterator[None]:
    """Dates and numbers as an English (US) user sees them, for tests that read them;
    use with `pytestmark = pytest.mark.usefixtures("english_locale")`."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def shipped_fonts(qapp: QApplication) -> Iterator[None]:
    """The fonts the app ships, as create_application installs them (Ethiopic and Arabic
    script without boxes in screenshots); the application font is put back afterwards.
    Use with `pytestmark = pytest.mark.usefixtures("shipped_fonts")` (autouse there)."""
    before = QFont(qapp.font())
    install_fonts(qapp)
    yield
    qapp.setFont(before)
