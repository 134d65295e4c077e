"""The participant list model and its filter proxy: columns, real-value sorting, filters."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from bipdesk.core.overview import ParticipantOverview, overview
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.scheduling import DueState
from bipdesk.ui.participant_table.columns import CODE_ROLE, SORT_ROLE, Column
from bipdesk.ui.participant_table.filters import (
    DueFilter,
    ParticipantFilterProxy,
    StatusFilter,
)
from bipdesk.ui.participant_table.list_page import ParticipantListPage
from bipdesk.ui.participant_table.model import ParticipantTableModel

TODAY = date(2026, 11, 23)


def rows() -> list[ParticipantOverview]:
    people = [
        # latest 2026-08-01 -> due 2026-11-01: overdue by 22 days
        Participant(
            "P001", "Amina Berg", Sex.WOMEN, 1990, unit="Växjö", start_date=date(2026, 1, 5)
        ),
        # latest 2026-09-01 -> due 2026-12-01: due within 14 days
        Participant(
            "P002", "Johan Lind", Sex.MEN, 1970, unit="Ljungby", start_date=date(2025, 12, 1)
        ),
        # never measured
        Participant(
            "P003", "Sara Holm", Sex.WOMEN, 2001, unit="Växjö", start_date=date(2026, 10, 1)
        ),
        # latest 2026-11-10 -> due 2027-02-10: not due
        Participant("P010", "Omar Karimi", Sex.MEN, 1985, start_date=date(2026, 3, 1)),
        # ended
        Participant(
            "Q100",
            "Erik Amin",
            Sex.OTHER,
            1960,
            unit="Ljungby",
            start_date=date(2025, 2, 1),
            end_date=date(2026, 6, 30),
            exit_reason=ExitReason.WORK,
        ),
    ]
    latest = {
        "P001": date(2026, 8, 1),
        "P002": date(2026, 9, 1),
        "P010": date(2026, 11, 10),
        "Q100": date(2026, 5, 2),
    }
    counts = {"P001": 2, "P002": 11, "P003": 0, "P010": 3, "Q100": 1}
    return overview(people, latest, counts, TODAY, 3, first_dates=latest)


@pytest.fixture
def model(qtbot: QtBot) -> ParticipantTableModel:
    model = ParticipantTableModel(today=lambda: TODAY)
    model.set_rows(rows())
    return model


@pytest.fixture
def proxy(model: ParticipantTableModel) -> ParticipantFilterProxy:
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_status(StatusFilter.ALL)
    return proxy


def codes(proxy: ParticipantFilterProxy) -> list[str]:
    return [proxy.index(row, 0).data(CODE_ROLE) for row in range(proxy.rowCount())]


def header_titles(proxy: ParticipantFilterProxy) -> list[str]:
    return [
        proxy.headerData(column, Qt.Orientation.Horizontal) for column in range(proxy.columnCount())
    ]


def test_model_has_the_eight_columns_and_shows_plain_values(model: ParticipantTableModel) -> None:
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == [
        "Code",
        "Name",
        "Sex",
        "Age",
        "Start",
        "Last measurement",
        "Next due",
        "Measurements",
    ]
    assert model.rowCount() == 5
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[:4] == ["P001", "Amina Berg", "Woman", "30-39"]
    assert first[4] == "Jan 5, 2026"
    assert first[5] == "Aug 1, 2026"
    assert first[6] == "Nov 1, 2026"
    assert first[7] == "2"
    assert model.index(2, Column.NEXT_DUE).data() == "Never measured"
    assert model.index(4, Column.NEXT_DUE).data() == "Ended"
    assert model.overview_at(1).code == "P002"


def test_sort_role_gives_real_dates_and_numbers(model: ParticipantTableModel) -> None:
    assert model.index(0, Column.LAST_MEASUREMENT).data(SORT_ROLE) == date(2026, 8, 1)
    assert model.index(0, Column.NEXT_DUE).data(SORT_ROLE) == date(2026, 11, 1)
    assert model.index(1, Column.MEASUREMENTS).data(SORT_ROLE) == 11
    assert model.index(2, Column.LAST_MEASUREMENT).data(SORT_ROLE) is None


def test_sorting_uses_real_values_not_display_text(proxy: ParticipantFilterProxy) -> None:
    # As text "11" < "2" < "3"; as numbers 0 < 1 < 2 < 3 < 11.
    proxy.sort(proxy.proxy_column(Column.MEASUREMENTS), Qt.SortOrder.AscendingOrder)
    assert codes(proxy) == ["P003", "Q100", "P001", "P010", "P002"]
    proxy.sort(proxy.proxy_column(Column.MEASUREMENTS), Qt.SortOrder.DescendingOrder)
    assert codes(proxy) == ["P002", "P010", "P001", "Q100", "P003"]
    # As text "Aug 1" < "May 2" < "Nov 10" < "Sep 1"; as dates May < Aug < Sep < Nov,
    # and the never measured participant goes last.
    proxy.sort(proxy.proxy_column(Column.LAST_MEASUREMENT), Qt.SortOrder.AscendingOrder)
    assert codes(proxy) == ["Q100", "P001", "P002", "P010", "P003"]
    proxy.sort(proxy.proxy_column(Column.LAST_MEASUREMENT), Qt.SortOrder.DescendingOrder)
    assert codes(proxy) == ["P010", "P002", "P001", "Q100", "P003"]


def test_sorting_keeps_the_filter(proxy: ParticipantFilterProxy) -> None:
    proxy.set_search("p0")
    proxy.sort(proxy.proxy_column(Column.NEXT_DUE), Qt.SortOrder.DescendingOrder)
    assert codes(proxy) == ["P010", "P002", "P001", "P003"]


def test_search_by_code_and_by_name_ignores_case(proxy: ParticipantFilterProxy) -> None:
    proxy.set_search("p00")
    assert codes(proxy) == ["P001", "P002", "P003"]
    proxy.set_search("AMIN")  # Amina Berg, Erik Amin
    assert codes(proxy) == ["P001", "Q100"]
    proxy.set_search("  holm ")
    assert codes(proxy) == ["P003"]
    proxy.set_search("nobody")
    assert codes(proxy) == []
    proxy.set_search("")
    assert len(codes(proxy)) == 5


def test_hiding_names_removes_the_column_and_the_name_search(
    model: ParticipantTableModel, proxy: ParticipantFilterProxy
) -> None:
    assert "Name" in header_titles(proxy)
    proxy.set_show_names(False)
    assert proxy.columnCount() == 7
    assert "Name" not in header_titles(proxy)
    assert model.index(0, Column.NAME).data() == ""
    proxy.set_search("amina")
    assert codes(proxy) == []
    proxy.set_search("p001")
    assert codes(proxy) == ["P001"]
    proxy.set_show_names(True)
    proxy.set_search("amina")
    assert codes(proxy) == ["P001"]
    assert proxy.columnCount() == 8


def test_status_filter(proxy: ParticipantFilterProxy) -> None:
    proxy.set_status(StatusFilter.ACTIVE)
    assert codes(proxy) == ["P001", "P002", "P003", "P010"]
    proxy.set_status(StatusFilter.ENDED)
    assert codes(proxy) == ["Q100"]
    proxy.set_status(StatusFilter.ALL)
    assert len(codes(proxy)) == 5


def test_unit_filter(model: ParticipantTableModel, proxy: ParticipantFilterProxy) -> None:
    assert model.unit_names() == ["Ljungby", "Växjö"]
    proxy.set_unit("Växjö")
    assert codes(proxy) == ["P001", "P003"]
    proxy.set_unit("Ljungby")
    assert codes(proxy) == ["P002", "Q100"]
    proxy.set_unit("")
    assert len(codes(proxy)) == 5


def test_due_filters(proxy: ParticipantFilterProxy) -> None:
    proxy.set_due(DueFilter.OVERDUE)
    assert codes(proxy) == ["P001"]
    proxy.set_due(DueFilter.DUE_SOON)
    assert codes(proxy) == ["P002"]
    proxy.set_due(DueFilter.NEVER_MEASURED)
    assert codes(proxy) == ["P003"]
    proxy.set_due(DueFilter.ALL)
    assert len(codes(proxy)) == 5


def test_filters_combine(proxy: ParticipantFilterProxy) -> None:
    proxy.set_unit("Växjö")
    proxy.set_due(DueFilter.NEVER_MEASURED)
    proxy.set_search("sara")
    assert codes(proxy) == ["P003"]
    proxy.set_search("amina")
    assert codes(proxy) == []


def test_new_rows_are_filtered_too(
    model: ParticipantTableModel, proxy: ParticipantFilterProxy
) -> None:
    proxy.set_search("p00")
    model.set_rows(rows()[:2])
    assert codes(proxy) == ["P001", "P002"]


def test_overdue_cell_is_coloured_and_says_so_in_a_tooltip(model: ParticipantTableModel) -> None:
    overdue = model.index(0, Column.NEXT_DUE)
    assert model.overview_at(0).due.state is DueState.OVERDUE
    foreground = overdue.data(Qt.ItemDataRole.ForegroundRole)
    background = overdue.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(foreground, QBrush) and isinstance(background, QBrush)
    assert overdue.data(Qt.ItemDataRole.ToolTipRole) == (
        "Overdue by 22 days: it was due on Nov 1, 2026."
    )
    assert overdue.data(Qt.ItemDataRole.DecorationRole) is not None  # not colour alone
    not_due = model.index(3, Column.NEXT_DUE)
    assert not_due.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Feb 10, 2027" in not_due.data(Qt.ItemDataRole.ToolTipRole)
    assert "8 days" in model.index(1, Column.NEXT_DUE).data(Qt.ItemDataRole.ToolTipRole)


def test_list_page_filters_from_its_controls_and_opens_on_enter(qtbot: QtBot) -> None:
    page = ParticipantListPage(lambda: TODAY)
    qtbot.addWidget(page)
    page.set_rows(rows())
    page.show()
    qtbot.waitExposed(page)
    assert page.proxy.rowCount() == 4  # active by default
    assert page.count_label.text() == "Showing 4 of 5 participants."
    qtbot.keyClicks(page.search_edit, "johan")
    assert page.proxy.rowCount() == 1
    with qtbot.waitSignal(page.participant_requested) as opened:
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert opened.args == ["P002"]
    page.search_edit.clear()
    page.due_combo.setCurrentIndex(page.due_combo.findData(DueFilter.OVERDUE.value))
    assert page.proxy.rowCount() == 1
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    with qtbot.waitSignal(page.participant_requested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == ["P001"]


def test_reloading_keeps_the_sort_order(qtbot: QtBot) -> None:
    page = ParticipantListPage(lambda: TODAY)
    qtbot.addWidget(page)
    page.set_rows(rows())
    page.table.sortByColumn(
        page.proxy.proxy_column(Column.MEASUREMENTS), Qt.SortOrder.DescendingOrder
    )
    page.set_rows(rows())
    assert codes(page.proxy)[0] == "P002"


def test_double_click_opens_the_participant(qtbot: QtBot) -> None:
    page = ParticipantListPage(lambda: TODAY)
    qtbot.addWidget(page)
    page.set_rows(rows())
    page.show()
    qtbot.waitExposed(page)
    rect = page.table.visualRect(page.proxy.index(1, Column.SEX))
    # QTest's double-click sends no press before it; an item view wants one.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.participant_requested) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["P002"]
