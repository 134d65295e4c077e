"""The export window's baseline (DESIGN §4): a quarter of the demo data has figures,
the preview says what they compare, and the unit label stays with the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from bipdesk.core.aggregation import ALL, COMPARABLE, PARTICIPANTS, POSITIVE
from bipdesk.io.aggregate_file import read_aggregate
from bipdesk.io.cards import default_cards
from bipdesk.storage import Database, open_database
from bipdesk.storage.demo import fill_with_demo
from bipdesk.ui.context import AppContext
from bipdesk.ui.export_dialog import ExportDialog
from tests.conftest import TODAY
from tests.ui.export_fixtures import (  # noqa: F401 - the fixtures these tests use
    ARTIFACTS,
    fixture_in_swedish,
    open_dialog,
    ready,
)


@pytest.fixture(name="demo_context")
def fixture_demo_context(tmp_path: Path) -> Iterator[AppContext]:
    with open_database(tmp_path / "demo.db", default_cards(), today=lambda: TODAY) as database:
        fill_with_demo(database, 150, seed=3, today=TODAY)
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        yield AppContext(database, settings, today=lambda: TODAY)


def comparable(dialog: ExportDialog, measure: str = COMPARABLE) -> int:
    assert dialog.aggregate is not None
    cell = dialog.aggregate.cell(PARTICIPANTS, measure, sex=ALL, age_band=ALL)
    assert cell is not None
    return int(cell.value or 0)


def test_a_quarter_of_the_demo_data_has_figures_since_they_began(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    dialog = open_dialog(qtbot, demo_context)
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    assert dialog.preview.compares_label.text() == (
        "The figures compare each participant's latest measurement in the whole project "
        "against their first measurement."
    )
    dialog.select_period("2026-Q3")
    ready(qtbot, dialog)
    assert dialog.preview.compares_label.text() == (
        "The figures compare the latest measurement in Q3 2026 against each participant's "
        "first measurement."
    )
    assert dialog.aggregate is not None and dialog.aggregate.baseline == "start"
    since = comparable(dialog)
    assert since >= 20 and comparable(dialog, POSITIVE) > 0
    dialog.resize(1000, 760)
    qtbot.wait(10)
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "export_baseline_start.png"))

    dialog.baseline_combo.select("period")
    ready(qtbot, dialog)
    assert dialog.aggregate.baseline == "period"
    assert comparable(dialog) < since
    assert "first measurement in Q3 2026" in dialog.preview.compares_label.text()
    dialog.grab().save(str(ARTIFACTS / "export_baseline_period.png"))
    dialog.wait()


def test_the_saved_file_records_the_baseline_and_the_unit_is_kept(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    database: Database = demo_context.database
    dialog = open_dialog(qtbot, demo_context)
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    dialog.unit_edit.setText("  Delprojekt   Ljungby ")
    dialog.baseline_combo.select("period")
    ready(qtbot, dialog)
    written = dialog.save(tmp_path / "out.json")
    assert written == [tmp_path / "out.json"]
    assert read_aggregate(written[0]).baseline == "period"
    assert demo_context.unit_name == "Delprojekt Ljungby"
    dialog.wait()
    again = ExportDialog(demo_context)
    qtbot.addWidget(again)
    assert again.unit_edit.text() == "Delprojekt Ljungby"
    assert database.path.is_file()


def test_in_swedish_the_sentence_is_swedish(
    in_swedish: None, qtbot: QtBot, demo_context: AppContext
) -> None:
    dialog = open_dialog(qtbot, demo_context)
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    dialog.select_period("2026-Q3")
    ready(qtbot, dialog)
    assert dialog.baseline_combo.currentText() == "Sedan de började"
    assert dialog.preview.compares_label.text() == (
        "Siffrorna jämför den senaste mätningen under kvartal 3 2026 med varje deltagares "
        "första mätning."
    )
    dialog.resize(1000, 760)
    qtbot.wait(10)
    dialog.grab().save(str(ARTIFACTS / "export_baseline_sv.png"))
    dialog.wait()
