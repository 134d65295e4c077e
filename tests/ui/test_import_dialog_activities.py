"""File → Import… with an activities file and with exit survey answers (issue 15):
the preview counts what the file holds, the finished import says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.core.participants import Participant
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.import_dialog import ImportDialog
from tests.conftest import TODAY

ACTIVITIES = (
    "participant,activity,start_date,end_date,hours,place\n"
    'P001,work_training,2025-03-01,2025-08-31,"240,5",Returbutiken\n'
    "P001,counselling,2025-02-01,,12,\n"
)
EXITS = (
    "participant,start_date,end_date,exit_reason,employment,branch,survey_useful\n"
    "P001,2025-01-10,2025-10-01,work,permanent,G,4\n"
)


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    with database.transaction() as repository:
        repository.add_participant(Participant("P001", start_date=date(2025, 1, 10)))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: messages.append(str(args[2])))
    return messages


def preview(qtbot: QtBot, context: AppContext, path: Path) -> ImportDialog:
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    return dialog


def visible_counts(dialog: ImportDialog) -> dict[tuple[str, str], str]:
    return {key: label.text() for key, label in dialog.count_labels.items() if label.isVisible()}


def test_an_activities_file_previews_and_imports_its_activities(
    qtbot: QtBot, context: AppContext, database: Database, tmp_path: Path, shown: list[str]
) -> None:
    path = tmp_path / "aktiviteter.csv"
    path.write_text(ACTIVITIES, encoding="utf-8")
    dialog = preview(qtbot, context, path)
    assert visible_counts(dialog) == {
        ("activities", "new"): "2",
        ("activities", "updated"): "0",
        ("activities", "unchanged"): "0",
    }
    assert dialog.preview_headline.text() == "Importing aktiviteter.csv will make these changes:"
    assert dialog.import_button.isEnabled()
    dialog.grab().save(str(tmp_path / "activities-preview.png"))
    image = dialog.grab().toImage()
    assert image.width() > 200 and image.pixelColor(5, 5).isValid()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    assert shown == ["The import is done.\n\nActivities: 2 new, 0 updated, 0 unchanged."]
    with database.transaction(write=False) as repository:
        assert len(repository.activities("P001")) == 2


def test_exit_survey_answers_get_their_own_row(
    qtbot: QtBot, context: AppContext, database: Database, tmp_path: Path, shown: list[str]
) -> None:
    path = tmp_path / "avslut.csv"
    path.write_text(EXITS, encoding="utf-8")
    dialog = preview(qtbot, context, path)
    counts = visible_counts(dialog)
    assert counts[("participants", "updated")] == "1"
    assert counts[("surveys", "new")] == "1"
    assert ("activities", "new") not in counts
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    assert "\nExit surveys: 1 new, 0 updated, 0 unchanged.\n\nChanged values:\n" in shown[0]
    assert shown[0].endswith(
        "\nP001: Employment (empty) → Permanent\nP001: Branch (empty) → G "
        "Wholesale and retail trade; repair of motor vehicles"
    )
    with database.transaction(write=False) as repository:
        response = repository.survey_response("P001")
    assert response is not None and response.answers == {"useful": 4}
