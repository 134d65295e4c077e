"""The participant list sorts names the Swedish way (å, ä, ö after z) and searches
without regard to case, whichever engine the rows came from (DESIGN §11)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bipdesk.core.overview import overview
from bipdesk.core.participants import Participant, Sex
from bipdesk.ui.participant_table.columns import CODE_ROLE, Column
from bipdesk.ui.participant_table.filters import ParticipantFilterProxy, StatusFilter
from bipdesk.ui.participant_table.model import ParticipantTableModel

TODAY = date(2026, 11, 23)
NAMES = {"P1": "Östen", "P2": "Zara", "P3": "anna", "P4": "Åsa", "P5": "Ärla", "P6": "Örjan"}


def test_names_sort_and_search_the_swedish_way(qtbot: QtBot) -> None:
    people = [
        Participant(code, name, Sex.WOMEN, 1990, start_date=date(2026, 1, 5))
        for code, name in NAMES.items()
    ]
    model = ParticipantTableModel(today=lambda: TODAY)
    model.set_rows(overview(people, {}, {}, TODAY, 3))
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_status(StatusFilter.ALL)

    def names() -> list[str]:
        return [NAMES[proxy.index(row, 0).data(CODE_ROLE)] for row in range(proxy.rowCount())]

    proxy.sort(proxy.proxy_column(Column.NAME), Qt.SortOrder.AscendingOrder)
    assert names() == ["anna", "Zara", "Åsa", "Ärla", "Örjan", "Östen"]
    proxy.sort(proxy.proxy_column(Column.NAME), Qt.SortOrder.DescendingOrder)
    assert names() == ["Östen", "Örjan", "Ärla", "Åsa", "Zara", "anna"]
    proxy.set_search("ö")
    assert names() == ["Östen", "Örjan"]
    proxy.set_search("ÅSA")
    assert names() == ["Åsa"]
