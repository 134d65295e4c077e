"""The import window's "Save a template…": the participants or the activities template,
as a workbook or CSV, where the user picks; then it imports as it is."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.io.templates import TemplateKind, template_source
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.import_dialog import ImportDialog
from bipdesk.ui.translator import install_translator, remove_translators
from tests.conftest import TODAY

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture
def dialog(qtbot: QtBot, database: Database, tmp_path: Path) -> ImportDialog:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ImportDialog(AppContext(database, settings, today=lambda: TODAY))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def answer_save_dialog(
    monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str = ""
) -> list[str]:
    """QFileDialog.getSaveFileName answers `path`; returns the names it suggested."""
    suggested: list[str] = []

    def ask(_parent: object, _title: str, name: str, filters: str) -> tuple[str, str]:
        suggested.append(name)
        return str(path), chosen_filter or filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return suggested


def test_the_menu_offers_both_kinds(dialog: ImportDialog) -> None:
    button = dialog.template_button
    assert button.isVisible() and button.text() == "Save a &template…"
    assert [a.text() for a in button.menu().actions()] == [
        "Participants and measurements…",
        "Activities…",
    ]


def test_participants_template_as_a_workbook(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mine.xlsx"
    suggested = answer_save_dialog(monkeypatch, target)
    dialog.template_button.menu().actions()[0].trigger()
    assert Path(suggested[0]).name == "template-participants.xlsx"
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A1"].value == "participant" and sheet["A2"].value == "S001"
    assert str(target) in dialog.status_label.text() and dialog.status_label.isVisible()
    # The window reads what it just saved, as a user would next: no problems.
    dialog.load(target)
    qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.problems), timeout=20_000)
    assert dialog.problems == []
    assert dialog.preview is not None and dialog.preview.summary.participants_new == 3


def test_activities_template_as_csv_without_a_suffix(
    dialog: ImportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save_dialog(monkeypatch, tmp_path / "aktiviteter", "CSV file (*.csv)")
    dialog.template_button.menu().actions()[1].trigger()
    written = tmp_path / "aktiviteter.csv"
    assert written.read_bytes() == template_source(TemplateKind.ACTIVITIES).read_bytes()


def test_cancel_writes_nothing(
    dialog: ImportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    assert dialog.template_button.save(TemplateKind.PARTICIPANTS) is None
    assert list(tmp_path.glob("template*")) == [] and not dialog.status_label.isVisible()


def test_a_place_that_cannot_be_written_is_said(
    dialog: ImportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    target = tmp_path / "no such folder" / "mall.xlsx"
    assert dialog.template_button.save(TemplateKind.PARTICIPANTS, target) is None
    assert len(said) == 1 and str(target) in said[0]
    assert not target.parent.exists()


def test_in_swedish(qtbot: QtBot, dialog: ImportDialog, database: Database, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if install_translator(app, "sv") is None:
        pytest.skip("translations/bipdesk_sv.qm is not compiled (make translations-qm)")
    try:
        settings = QSettings(str(tmp_path / "sv.ini"), QSettings.Format.IniFormat)
        swedish = ImportDialog(AppContext(database, settings, today=lambda: TODAY))
        qtbot.addWidget(swedish)
        swedish.show()
        button = swedish.template_button
        assert button.text() == "Spara en &mall…"
        assert [a.text() for a in button.menu().actions()] == [
            "Deltagare och mätningar…",
            "Aktiviteter…",
        ]
        assert button.suggested_name(TemplateKind.ACTIVITIES) == "mall-aktiviteter.xlsx"
        ARTIFACTS.mkdir(exist_ok=True)
        swedish.grab().save(str(ARTIFACTS / "import_template_button_sv.png"))
    finally:
        remove_translators(app)
