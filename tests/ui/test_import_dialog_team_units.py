"""The import window on a team database (issue 21): its preview lists each row whose
unit the server would refuse — no unit, another's unit, a move — in Swedish, and
nothing is imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.io.importer import import_file
from bipdesk.storage.team_access import add_member
from bipdesk.ui.context import AppContext
from bipdesk.ui.import_dialog import ImportDialog
from bipdesk.ui.translator import install_translator
from tests.conftest import TODAY
from tests.team_support import NORR, SODER, Team, team

__all__ = ["team"]

pytestmark = pytest.mark.postgresql

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def test_the_preview_names_every_refused_unit_in_swedish(
    qtbot: QtBot, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    with team.open(team.owner) as db:
        add_member(db, team.lead, SODER, "coordinator")
    path = tmp_path / "deltagare.csv"
    path.write_text("deltagare,enhet,startdatum\nNO003,Norr,2026-03-01\n", encoding="utf-8")
    app = QApplication.instance()
    assert app is not None
    QLocale.setDefault(QLocale("sv_SE"))
    install_translator(app, "sv")
    with team.open(team.lead) as db:
        import_file(db, path, today=TODAY)
        path.write_text(
            "deltagare,enhet,startdatum\n"
            "NO001,,2026-01-10\nNO002,Väst,2026-02-01\nNO003,Söder,2026-03-01\n",
            encoding="utf-8",
        )
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        dialog = ImportDialog(AppContext(db, settings, today=lambda: TODAY), path)
        qtbot.addWidget(dialog)
        dialog.resize(900, 480)
        dialog.show()
        qtbot.waitUntil(lambda: bool(dialog.problems), timeout=20_000)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
        assert dialog.pages.currentIndex() == ImportDialog.ERRORS
        table = dialog.errors_table
        rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
        assert rows == [
            [
                "2",
                "B (enhet)",
                "ingen enhet: i en teamdatabas hör varje deltagare till en av dina enheter "
                "(Norr, Söder); fyll i enheten",
            ],
            ["3", "B (enhet)", "enheten ”Väst” är inte en av dina enheter (Norr, Söder)"],
            [
                "4",
                "B (enhet)",
                "deltagaren NO003 hör till enheten Norr; en enhetsansvarig flyttar deltagare "
                "med Lämna över till…",
            ],
        ]
        assert not dialog.import_button.isEnabled()
        ARTIFACTS.mkdir(exist_ok=True)
        dialog.grab().save(str(ARTIFACTS / "import-team-units-sv.png"))
        with db.transaction(write=False) as repository:
            assert {p.code: p.unit for p in repository.participants()} == {"NO003": NORR}
