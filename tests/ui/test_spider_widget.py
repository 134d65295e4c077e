from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from bipdesk.core.participants import Participant
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.spider_widget import SpiderPanel
from tests.conftest import TODAY
from tests.reports.support import measurement, standard_card

ANSWERS = [
    [3, 4, 3, 5, 4, 2, 5, 5, 3, 4],
    [4, 5, 4, 5, 5, 3, 6, 5, 4, 5],
    [5, 6, None, 6, 6, 4, 7, 6, 5, 6],
    [7, 8, 6, 8, 7, 6, 8, 8, 6, 7],
]


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    card = standard_card()
    with database.transaction() as repository:
        repository.add_participant(Participant("P001", start_date=date(2025, 1, 1)))
        for index, values in enumerate(ANSWERS):
            repository.add_measurement(
                measurement(card, date(2025, 2 + index * 3, 1), values, "P001")
            )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


def test_first_and_latest_are_ticked_and_drawn(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    panel = SpiderPanel(context)
    qtbot.addWidget(panel)
    panel.show_participant("P001")
    assert panel.measurement_list.count() == 4
    chosen = panel.checked_measurements()
    assert [m.date for m in chosen] == [date(2025, 2, 1), date(2025, 11, 1)]
    assert panel.chart is not None
    assert panel.chart.radial_values(0).tolist() == ANSWERS[0]
    assert panel.table.rowCount() == 11  # ten questions and the mean
    assert panel.table.row_texts(0)[1:] == ["3", "7", "▲ +4"]  # first, latest, change


def test_ticking_adds_a_polygon_and_a_gap_stays_a_gap(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    panel = SpiderPanel(context)
    qtbot.addWidget(panel)
    panel.show_participant("P001")
    item = panel.measurement_list.item(1)  # newest on top: the third measurement
    item.setCheckState(Qt.CheckState.Checked)
    assert panel.chart is not None and len(panel.chart.lines) == 3
    assert math.isnan(panel.chart.radial_values(1)[2])
    assert panel.table.columnCount() == 5  # question, three dates, change
    assert panel.table.row_texts(2)[1:4] == ["3", "–", "6"]


def test_refreshes_when_a_measurement_is_added(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    panel = SpiderPanel(context)
    qtbot.addWidget(panel)
    panel.show_participant("P001")
    card = standard_card()
    with context.database.transaction() as repository:
        repository.add_measurement(measurement(card, date(2026, 11, 1), [9] * 10, "P001"))
    context.announce(Change.MEASUREMENTS)
    assert panel.measurement_list.count() == 5
    assert panel.checked_measurements()[-1].date == date(2026, 11, 1)


def test_export_png_svg_pdf_and_sheet(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = SpiderPanel(context)
    qtbot.addWidget(panel)
    panel.show_participant("P001")
    for kind in ("png", "svg", "pdf"):
        path = panel.export_chart(tmp_path / f"chart.{kind}")
        assert path.stat().st_size > 1000
    sheet = panel.current_sheet(show_name=False)
    assert sheet is not None and len(sheet.measurements) == 2
