"""Sentences from below the window (storage refusals, validation problems) reach the
Swedish app in Swedish, through the same catalogue as tr() (issue 18, item 3)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.core.participants import Participant, Sex
from bipdesk.core.validation import ValidationError, validate_participant
from bipdesk.storage import Database
from bipdesk.storage.backup import restore_file
from bipdesk.storage.errors import DatabaseError, FileAccessError
from bipdesk.storage.probe import probe
from bipdesk.ui.language import said_in_app
from bipdesk.ui.participant_page.page import ParticipantPage
from bipdesk.ui.storage_messages import storage_message
from tests.conftest import TODAY
from tests.ui.activity_support import ACTIVITIES, ARTIFACTS, make_context, seed, speaking


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    with speaking(qapp, "sv"):
        yield


def test_a_folder_offered_as_a_database_is_said_in_swedish(tmp_path: Path, swedish: None) -> None:
    with pytest.raises(FileAccessError) as refused:
        probe(tmp_path, {"0006"}, "0006", 0)
    text = storage_message(refused.value)
    assert text.startswith(f"{tmp_path} kunde inte läsas eller skrivas (en mapp).")
    assert "a folder" not in text


def test_an_error_without_its_own_wording_gives_its_swedish_sentence_as_the_detail(
    database: Database, swedish: None
) -> None:
    with pytest.raises(DatabaseError) as refused:
        restore_file(database.path, database.path)
    text = storage_message(refused.value)
    assert text.startswith("Något gick fel med databasen; ingenting sparades.")
    assert "är själva databasen, inte en säkerhetskopia av den" in text
    assert "not a backup" not in text

    box = QMessageBox(QMessageBox.Icon.Warning, "Återställningen gjordes inte", text)
    box.show()
    QApplication.processEvents()
    ARTIFACTS.mkdir(exist_ok=True)
    box.grab().save(str(ARTIFACTS / "m3_restore_refused_sv.png"))
    box.close()


def test_validation_problems_are_said_in_swedish(swedish: None) -> None:
    person = Participant(code="K-1", sex=Sex.WOMEN, birth_year=1890)
    problems = validate_participant(person, TODAY, other_codes=("K-1",))
    said = said_in_app(ValidationError(problems))
    assert said == (
        "code: koden ”K-1” används redan; birth_year: födelseåret måste vara mellan 1930 och 2011"
    )
    assert str(ValidationError(problems)).startswith("code: the code 'K-1' is already in use")


def test_a_refused_activity_is_explained_in_swedish_on_the_participant_page(
    qapp: QApplication, database: Database, tmp_path: Path, qtbot: QtBot, swedish: None
) -> None:
    seed(database, activities=False, measurements=False)
    page = ParticipantPage(make_context(database, tmp_path))
    qtbot.addWidget(page)
    page.show_participant(ACTIVITIES[0].participant_code)
    impossible = replace(ACTIVITIES[0], hours=float("nan"), start_date=date(2026, 2, 2))
    problem = page.activities_section.write(impossible)
    assert problem == "”nan” är inget antal timmar"

    box = QMessageBox(QMessageBox.Icon.Warning, "Aktiviteten sparades inte", problem or "")
    box.resize(420, 160)
    box.show()
    qapp.processEvents()
    ARTIFACTS.mkdir(exist_ok=True)
    box.grab().save(str(ARTIFACTS / "m3_activity_refused_sv.png"))
    box.close()
