"""An aggregate file chosen in the import window by mistake is named for what it
is, not read as a broken import file (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.import_dialog import ImportDialog
from tests.conftest import TODAY


def test_an_aggregate_file_is_named_as_such(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "syd-2026.json"
    path.write_text(json.dumps({"format": "bipdesk-aggregate", "version": 2}), encoding="utf-8")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ImportDialog(AppContext(database, settings, today=lambda: TODAY), path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.problems), timeout=20_000)
    assert dialog.pages.currentIndex() == ImportDialog.ERRORS
    table = dialog.errors_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(2)] == ["", ""]
    assert (
        table.item(0, 2)
        .text()
        .startswith("syd-2026.json: is an aggregate file exported for the project office")
    )
    dialog.resize(760, 420)
    dialog.grab().save("tests/artifacts/import_aggregate_by_mistake.png")
