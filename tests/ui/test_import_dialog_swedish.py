"""The import window in the Swedish app: its intro names the Swedish columns, and the
problems of a bad file and the preview's warnings are Swedish, said through the same
catalogue as the command line (issue 18, item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.io.importer import import_file
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.import_dialog import ImportDialog
from bipdesk.ui.translator import install_translator
from tests.conftest import TODAY


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: messages.append(str(args[2])))
    return messages


@pytest.fixture
def swedish_dialog(
    qtbot: QtBot, database: Database, tmp_path: Path, shown: list[str]
) -> ImportDialog:
    app = QApplication.instance()
    assert app is not None
    QLocale.setDefault(QLocale("sv_SE"))
    install_translator(app, "sv")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ImportDialog(AppContext(database, settings, today=lambda: TODAY), None)
    qtbot.addWidget(dialog)
    dialog.resize(820, 560)
    dialog.show()
    return dialog


def test_the_intro_names_the_swedish_columns(swedish_dialog: ImportDialog) -> None:
    intro = swedish_dialog.pages.widget(ImportDialog.INTRO)
    assert isinstance(intro, QLabel)
    assert "deltagare, kön, födelseår, startdatum, mätdatum" in intro.text()
    assert intro.text().startswith("Välj en CSV- eller Excelfil")
    swedish_dialog.grab().save("tests/artifacts/import_intro_sv.png")


def test_the_problems_of_a_bad_file_are_swedish(
    qtbot: QtBot, swedish_dialog: ImportDialog, tmp_path: Path
) -> None:
    path = tmp_path / "besök.csv"
    path.write_text(
        "deltagare;kön;startdatum;mätdatum;färg;job_search_knowhow\n"
        "P1;kvinna;2025-01-10;2025-01-15;;3\n",
        encoding="utf-8",
    )
    swedish_dialog.load(path)
    qtbot.waitUntil(lambda: bool(swedish_dialog.problems), timeout=20_000)
    table = swedish_dialog.errors_table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows[0][:2] == ["1", "E (färg)"]
    assert rows[0][2].startswith("okänd kolumn ”färg”; väntade en av deltagare, namn, kön")
    assert swedish_dialog.error_headline.text() == "Ingenting importerades: 1 problem i besök.csv"

    path.write_text(
        "deltagare;kön;startdatum;mätdatum;job_search_knowhow\n"
        "P1;kvinna;2025-01-10;2025-01-15;3\n"
        "P2;kvinna;2025-01-10;2025-13-01;4\n"
        "P3;man;20250110;2025-02-01;3,5\n"
        ";man;2025-01-10;;\n",
        encoding="utf-8",
    )
    swedish_dialog.problems = []
    swedish_dialog.load(path)
    qtbot.waitUntil(lambda: len(swedish_dialog.problems) == 4, timeout=20_000)
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [
        ["3", "D (mätdatum)", "”2025-13-01” är inget riktigt datum"],
        ["4", "C (startdatum)", "”20250110” är inget datum skrivet ÅÅÅÅ-MM-DD"],
        [
            "4",
            "E (job_search_knowhow)",
            "”3,5” är inget heltal; svaren är heltal på skalan 1–10",
        ],
        ["5", "A (deltagare)", "deltagarkoden är tom"],
    ]
    assert table.item(0, 2).toolTip() == (
        "besök.csv, rad 3, kolumn D (mätdatum): ”2025-13-01” är inget riktigt datum"
    )
    swedish_dialog.grab().save("tests/artifacts/import_problems_sv.png")


def test_the_warnings_and_the_summary_are_swedish(
    qtbot: QtBot, swedish_dialog: ImportDialog, tmp_path: Path, shown: list[str]
) -> None:
    path = tmp_path / "besök.csv"
    path.write_text(
        "deltagare;startdatum;mätdatum;job_search_knowhow\nP1;2025-03-01;2025-01-15;3\n",
        encoding="utf-8",
    )
    swedish_dialog.load(path)
    qtbot.waitUntil(lambda: swedish_dialog.import_button.isEnabled(), timeout=20_000)
    assert swedish_dialog.warnings_box.list.toPlainText() == (
        "Rad 2, kolumn C (mätdatum): deltagare P1: mätdatumet 15 jan. 2025 "
        "är före startdatumet 1 mars 2025"
    )
    swedish_dialog.grab().save("tests/artifacts/import_preview_sv.png")
    swedish_dialog.start_import()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0].startswith("Importen är klar.")
    assert (
        "Importerat, men värt att se över:\nRad 2, kolumn C (mätdatum): deltagare P1:" in shown[0]
    )


def test_the_changed_values_are_swedish(
    qtbot: QtBot, swedish_dialog: ImportDialog, database: Database, tmp_path: Path
) -> None:
    first = tmp_path / "första.csv"
    first.write_text(
        "deltagare;kön;startdatum;mätdatum;job_search_knowhow\nP1;kvinna;2025-01-10;2025-01-15;3\n",
        encoding="utf-8",
    )
    import_file(database, first, today=TODAY)
    later = tmp_path / "andra.csv"
    later.write_text(
        "deltagare;kön;startdatum;mätdatum;job_search_knowhow\nP1;man;2025-01-12;2025-01-15;5\n",
        encoding="utf-8",
    )
    swedish_dialog.load(later)
    qtbot.waitUntil(lambda: swedish_dialog.import_button.isEnabled(), timeout=20_000)
    lines = swedish_dialog.values_box.list.toPlainText().splitlines()
    assert lines[0] == "P1: Kön Kvinna → Man"
    assert lines[1] == "P1: Startdatum 10 jan. 2025 → 12 jan. 2025"
    assert lines[2].startswith("P1 15 jan. 2025: ") and lines[2].endswith(" 3 → 5")
    swedish_dialog.grab().save("tests/artifacts/import_changes_sv.png")
