"""File → Unit report…: choose the period, save the internal PDF (and XLSX)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.core.periods import Period
from bipdesk.io.cards import default_cards
from bipdesk.storage import Database, open_database
from bipdesk.storage.survey_goal import set_survey_goal_percent, survey_goal_percent
from bipdesk.ui import unit_report_dialog
from bipdesk.ui.actions import ActionName
from bipdesk.ui.context import AppContext
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.translator import install_translator, remove_translators
from bipdesk.ui.unit_report_dialog import UnitReportDialog
from tests.conftest import TODAY
from tests.reports.follow_up_data import fill_follow_up, small_follow_up
from tests.reports.unit_support import UNIT, fill_small_unit

SHOTS = Path("tests/artifacts")


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    fill_small_unit(database)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1100, 750)
    window.show()
    qtbot.waitExposed(window)
    yield window


@dataclass
class SaveDialog:
    """QFileDialog.getSaveFileName: answers with the next of `answers` ('' = Cancel) and
    keeps the file names it suggested."""

    answers: list[str] = field(default_factory=list)
    suggested: list[str] = field(default_factory=list)

    def __call__(self, _parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        self.suggested.append(name)
        return (self.answers.pop(0) if self.answers else "", "PDF (*.pdf)")


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    dialog = SaveDialog()
    monkeypatch.setattr(unit_report_dialog.QFileDialog, "getSaveFileName", dialog)
    return dialog


def pdf_text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def shoot(qtbot: QtBot, dialog: UnitReportDialog, name: str) -> None:
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    image = dialog.grab()
    assert image.width() >= 300
    image.save(str(SHOTS / name))


def test_the_file_menu_has_the_unit_report(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    at = texts.index("Unit report…")
    assert texts[at + 1] == "Export for the project office…"
    assert window.app_actions[ActionName.UNIT_REPORT].statusTip()


def test_the_menu_item_writes_the_pdf_and_says_where(
    qtbot: QtBot, window: MainWindow, save_to: SaveDialog, tmp_path: Path
) -> None:
    window.app_actions[ActionName.UNIT_REPORT].trigger()
    dialog = window.show_unit_report()
    assert dialog.isVisible() and dialog.period() == Period()
    assert dialog.warning_label.text() == "Internal — contains small counts, do not publish"
    dialog.select_period("2024")
    dialog.xlsx_check.setChecked(True)
    shoot(qtbot, dialog, "unit_report_dialog_en.png")
    save_to.answers.append(str(tmp_path / "egen"))  # the .pdf is added
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    pdf, xlsx = tmp_path / "egen.pdf", tmp_path / "egen.xlsx"
    assert save_to.suggested == [
        str(Path.home() / f"{UNIT.replace(' ', '-')}-unit-report-2024.pdf")
    ]
    text = pdf_text(pdf)
    assert "Internal — contains small counts, do not publish" in text
    assert f"Unit report: {UNIT}" in text and "Jan 1, 2024 – Dec 31, 2024" in text
    assert "Registered in the period: 5; with two or more comparable measurements: 3 (60%)." in text
    sheet = load_workbook(xlsx)["Exits"]
    totals = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Total")
    assert totals[-1] == 2
    message = window.statusBar().currentMessage()
    assert str(pdf) in message and str(xlsx) in message
    assert not dialog.isVisible()
    # asked again, the dialog remembers the folder and the workbook
    again = window.show_unit_report()
    assert again is dialog and dialog.xlsx_check.isChecked()
    dialog.select_period("2025-Q1")
    dialog.save()
    assert save_to.suggested[-1] == str(
        tmp_path / f"{UNIT.replace(' ', '-')}-unit-report-2025-Q1.pdf"
    )
    assert dialog.operation is None  # cancelled: nothing written
    assert sorted(p.name for p in tmp_path.glob("egen*")) == ["egen.pdf", "egen.xlsx"]


def test_a_failure_is_told_and_leaves_no_file(
    qtbot: QtBot,
    window: MainWindow,
    save_to: SaveDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []

    def warning(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(unit_report_dialog.QMessageBox, "warning", warning)
    dialog = window.show_unit_report()
    save_to.answers.append(str(tmp_path / "missing-folder" / "r.pdf"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    assert len(told) == 1 and told[0]
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert not (tmp_path / "missing-folder").exists()


@pytest.fixture
def in_swedish(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    if install_translator(qapp, "sv") is None:
        remove_translators(qapp)
        QLocale.setDefault(previous)
        pytest.skip("translations/bipdesk_sv.qm is missing: run `make translations-qm`")
    try:
        yield
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)


def test_in_swedish_the_report_is_swedish_too(
    in_swedish: None, qtbot: QtBot, context: AppContext, save_to: SaveDialog, tmp_path: Path
) -> None:
    dialog = UnitReportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Enhetsrapport"
    assert dialog.warning_label.text() == "Internt – innehåller små antal, får inte publiceras"
    assert dialog.period_combo.currentText() == "Hela projektet (alla datum)"
    dialog.select_period("2026-Q3")
    assert dialog.period_combo.currentText() == "Kvartal 3 2026 (1 juli–30 sep. 2026)"
    dialog.select_period("2024")
    assert dialog.period_combo.currentText() == "År 2024"
    shoot(qtbot, dialog, "unit_report_dialog_sv.png")
    save_to.answers.append(str(tmp_path / "rapport.pdf"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    assert save_to.suggested == [
        str(Path.home() / f"{UNIT.replace(' ', '-')}-enhetsrapport-2024.pdf")
    ]
    text = pdf_text(tmp_path / "rapport.pdf")
    assert "Internt – innehåller små antal, får inte publiceras" in text
    assert "Inskrivna under perioden: 5, varav 3 (60 %)" in text


def test_the_survey_goal_is_the_projects_and_kept_for_next_time(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with open_database(tmp_path / "follow-up.db", default_cards()) as database:
        fill_follow_up(database, small_follow_up(), "Enhet Liten")
        set_survey_goal_percent(database, 60)
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        context = AppContext(database, settings, today=lambda: TODAY)
        dialog = UnitReportDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.goal_spin.value() == 60 and dialog.goal_spin.suffix() == " %"
        dialog.goal_spin.setValue(50)
        shoot(qtbot, dialog, "unit_report_dialog_goal_en.png")
        dialog.save(tmp_path / "report.pdf")
        qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
        text = pdf_text(tmp_path / "report.pdf")
        assert "Goal 50%" in text and "Goal 60%" not in text
        assert survey_goal_percent(database) == 50
        again = UnitReportDialog(context)
        qtbot.addWidget(again)
        assert again.goal_spin.value() == 50


def test_the_baseline_is_chosen_said_and_written(
    qtbot: QtBot, window: MainWindow, save_to: SaveDialog, tmp_path: Path
) -> None:
    dialog = window.show_unit_report()
    assert dialog.baseline_combo.baseline() == "start"
    assert dialog.compares_label.text() == (
        "The figures compare each participant's latest measurement in the whole project "
        "against their first measurement."
    )
    dialog.select_period("2025-Q1")
    assert dialog.compares_label.text() == (
        "The figures compare the latest measurement in Q1 2025 against each participant's "
        "first measurement."
    )
    dialog.baseline_combo.select("period")
    assert "first measurement in Q1 2025" in dialog.compares_label.text()
    shoot(qtbot, dialog, "unit_report_dialog_baseline_en.png")
    save_to.answers.append(str(tmp_path / "during"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    text = pdf_text(tmp_path / "during.pdf")
    assert "measurement in the same period." in text
