"""Date fields show dates as the rest of the app writes them (babel's medium style)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from bipdesk.ui.date_edits import date_edit, date_format, pydate
from bipdesk.ui.formatting import format_day

DAY = date(2026, 11, 23)


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    previous = QLocale()
    locales = {
        "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
        "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    }
    QLocale.setDefault(locales[request.param])
    yield str(request.param)
    QLocale.setDefault(previous)


def test_a_date_field_shows_the_date_as_the_app_writes_it(qtbot: QtBot, language: str) -> None:
    editor = date_edit(DAY, "Date")
    qtbot.addWidget(editor)
    expected = {"sv": "23 nov. 2026", "en": "Nov 23, 2026"}[language]
    assert editor.text() == expected == format_day(DAY)
    assert "yyyy-MM-dd" not in date_format()
    # The shown text reads back as the same day, and the arrow keys step the day.
    assert pydate(editor.locale().toDate(editor.text(), date_format())) == DAY
    editor.setCurrentSection(editor.Section.DaySection)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert pydate(editor.date()) == date(2026, 11, 22)


def test_the_fill_in_date_follows_the_app(qtbot: QtBot, language: str) -> None:
    from bipdesk.ui.fill_in.chrome import Header

    header = Header("P001", "BIP", "bip-standard v1", DAY, second_languages=[])
    qtbot.addWidget(header)
    header.date_edit.setDate(header.date_edit.maximumDate())
    assert header.date_edit.text() == format_day(DAY)
