"""The import window shows the rows worth a second look (a measurement before the
start, a start in the future) in its preview and its closing message, in the
app's language; they never stop the import (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.import_dialog import ImportDialog
from bipdesk.ui.translator import install_translator
from tests.conftest import TODAY
from tests.support import QUESTIONS

CSV = "\n".join(
    [
        "participant;start_date;measurement_date;" + ";".join(QUESTIONS),
        "P1;2025-03-01;2025-01-15;3,0;4;5;6;7;8;9;10;1;2",
        "P2;2028-01-10;" + ";" * 10,
        "P3;2025-01-10;2025-01-15;3;4;5;6;7;8;9;10;1;2",
    ]
)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: messages.append(str(args[2])))
    return messages


def preview(qtbot: QtBot, database: Database, tmp_path: Path) -> ImportDialog:
    path = tmp_path / "besök.csv"
    path.write_text(CSV + "\n", encoding="utf-8")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ImportDialog(AppContext(database, settings, today=lambda: TODAY), path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    return dialog


def test_warnings_are_shown_and_do_not_stop_the_import(
    qtbot: QtBot, database: Database, tmp_path: Path, shown: list[str]
) -> None:
    dialog = preview(qtbot, database, tmp_path)
    box = dialog.warnings_box
    assert box.isVisible()
    assert box.label.text().startswith("2 rows will be imported but are worth a second look")
    assert box.list.toPlainText().splitlines() == [
        "Row 2, column C (measurement_date): participant P1: the measurement date "
        "Jan 15, 2025 is before the start date Mar 1, 2025",
        "Row 3, column B (start_date): participant P2: the start date Jan 10, 2028 is in the future",
    ]
    dialog.resize(760, 620)
    dialog.grab().save("tests/artifacts/import_warnings_en.png")
    dialog.start_import()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "Imported, but worth a second look:" in shown[0]
    assert "participant P2: the start date Jan 10, 2028 is in the future" in shown[0]
    assert dialog.summary is not None and dialog.summary.participants_new == 3


def test_a_file_without_doubtful_rows_shows_no_warnings(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "ok.csv"
    path.write_text(CSV.splitlines()[0] + "\n" + CSV.splitlines()[3] + "\n", encoding="utf-8")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ImportDialog(AppContext(database, settings, today=lambda: TODAY), path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert dialog.warnings_box.isHidden()


def test_the_warnings_speak_swedish(
    qtbot: QtBot, database: Database, tmp_path: Path, shown: list[str]
) -> None:
    app = QApplication.instance()
    assert app is not None
    QLocale.setDefault(QLocale("sv_SE"))
    install_translator(app, "sv")
    dialog = preview(qtbot, database, tmp_path)
    assert dialog.warnings_box.list.toPlainText().splitlines() == [
        "Rad 2, kolumn C (measurement_date): deltagare P1: mätdatumet 15 jan. 2025 "
        "är före startdatumet 1 mars 2025",
        "Rad 3, kolumn B (start_date): deltagare P2: startdatumet 10 jan. 2028 ligger i framtiden",
    ]
    dialog.resize(760, 620)
    dialog.grab().save("tests/artifacts/import_warnings_sv.png")
