"""Someone else saved first (DESIGN §11): the app says who and when in one plain
message, saves nothing of its own change, and shows what is stored.

Anna's app has the database open; Bo saves through a second connection to the
same file, as a colleague at another computer would on a team database.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.cards import CardKey
from bipdesk.core.coordinator_view import CoordinatorView
from bipdesk.core.history import SOURCE_APP, Editor
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.storage import Database
from bipdesk.storage.concurrency import ConcurrentChangeError
from bipdesk.storage.engine import create_database_engine
from bipdesk.ui.concurrent_change import concurrent_change_message
from bipdesk.ui.context import AppContext
from bipdesk.ui.coordinator_view_dialog import CoordinatorViewDialog
from bipdesk.ui.fill_in import FillInDialog
from bipdesk.ui.participant_page.page import ParticipantPage
from tests.conftest import TODAY
from tests.support import QUESTIONS
from tests.ui.activity_support import speaking

pytestmark = pytest.mark.usefixtures("english_locale")

CARD = CardKey("bip-standard", 1)
DAY = date(2026, 9, 14)
ARTIFACTS = Path(__file__).parents[1] / "artifacts"


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    database.editor = Editor("Anna Lind", SOURCE_APP)
    with database.transaction() as repository:
        repository.add_participant(
            Participant(
                "P-0001",
                name="Amina H.",
                sex=Sex.WOMEN,
                birth_year=1990,
                start_date=date(2025, 9, 1),
            )
        )
        repository.add_measurement(Measurement("P-0001", CARD, DAY, dict.fromkeys(QUESTIONS, 5)))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


@pytest.fixture
def bo(database: Database) -> Iterator[Database]:
    """Bo Ek's connection to the same file (the writer lock is not what protects this)."""
    engine = create_database_engine(database.path)
    with Database(database.path, engine, database.cards, lambda: TODAY) as other:
        other.editor = Editor("Bo Ek", SOURCE_APP)
        yield other


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> ParticipantPage:
    widget = ParticipantPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.show_participant("P-0001")
    return widget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def warning(parent: QWidget, title: str, text: str, *args: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def bo_saves(bo: Database, **fields: object) -> None:
    with bo.transaction() as repository:
        stored = repository.participant("P-0001")
        assert stored is not None
        repository.update_participant(replace(stored, **fields))  # type: ignore[arg-type]


def stored_participant(database: Database) -> Participant:
    with database.transaction(write=False) as repository:
        found = repository.participant("P-0001")
    assert found is not None
    return found


def stored_measurement(database: Database) -> Measurement:
    with database.transaction(write=False) as repository:
        (found,) = repository.measurements("P-0001")
    return found


def shoot(qtbot: QtBot, parent: QWidget, text: str, name: str) -> None:
    """The message as the coordinator sees it, over the page that reloaded."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, "BIP Desk", text, QMessageBox.StandardButton.Ok, parent
    )
    box.show()
    qtbot.waitExposed(box)
    title = getattr(parent, "title_label", None)  # laid out anew for a changed name
    if title is not None:
        qtbot.waitUntil(lambda: title.width() >= title.sizeHint().width())
    ARTIFACTS.mkdir(exist_ok=True)
    box.grab().save(str(ARTIFACTS / f"{name}.png"))
    parent.window().grab().save(str(ARTIFACTS / f"{name}_page.png"))
    box.close()


def test_a_participant_saved_by_someone_else_meanwhile_is_not_overwritten(
    page: ParticipantPage, database: Database, bo: Database, warnings: list[str], qtbot: QtBot
) -> None:
    page.municipality_edit.setText("Ystad")  # Anna edits …
    bo_saves(bo, name="Amina Hassan", municipality="Lund")  # … while Bo saves
    assert not page.save()
    assert len(warnings) == 1
    assert warnings[0].startswith("Bo Ek changed this participant at ")
    assert warnings[0].endswith(
        "while you were editing; your change was not saved. The page now shows what is saved."
    )
    # The page shows what is stored, Anna's edit dropped; Bo's save stands.
    assert (page.name_edit.text(), page.municipality_edit.text()) == ("Amina Hassan", "Lund")
    assert not page.is_dirty()
    assert stored_participant(database).municipality == "Lund"
    shoot(qtbot, page, warnings[0], "concurrent_change_participant")
    # Saved again from what is shown, Anna's change goes in, knowingly.
    page.municipality_edit.setText("Ystad")
    assert page.save()
    assert (stored_participant(database).municipality, stored_participant(database).name) == (
        "Ystad",
        "Amina Hassan",
    )


def test_an_edit_kept_through_a_refresh_still_knows_what_it_started_from(
    page: ParticipantPage, database: Database, bo: Database, warnings: list[str]
) -> None:
    page.municipality_edit.setText("Ystad")
    bo_saves(bo, referrer="Kommunen")
    page.refresh()  # something else in the app announced a change: the edit stays
    assert page.municipality_edit.text() == "Ystad"
    assert not page.save()
    assert "Bo Ek" in warnings[0]
    assert stored_participant(database).municipality is None


def test_an_exit_over_someone_elses_save_is_refused(
    page: ParticipantPage, database: Database, bo: Database, warnings: list[str]
) -> None:
    bo_saves(bo, coordinator="Bo")
    assert not page.write_end(date(2026, 11, 1), ExitReason.WORK)
    assert "Bo Ek changed this participant" in warnings[0]
    assert stored_participant(database).end_date is None
    assert page.participant is not None and page.participant.coordinator == "Bo"
    assert page.write_end(date(2026, 11, 1), ExitReason.WORK)  # from what is shown now


def test_deleting_a_measurement_someone_changed_meanwhile_is_refused(
    page: ParticipantPage,
    database: Database,
    bo: Database,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with bo.transaction() as repository:
        (theirs,) = repository.measurements("P-0001")
        repository.update_measurement(replace(theirs, note="Bo's note"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.select_measurement(0)
    page.delete_button.click()
    assert warnings and warnings[0].startswith("Bo Ek changed the measurement of Sep 14, 2026 at")
    assert stored_measurement(database).note == "Bo's note"
    assert page.history_model.rowCount() == 1


def test_a_fill_in_over_someone_elses_save_keeps_its_answers_as_a_draft(
    context: AppContext,
    database: Database,
    bo: Database,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        "bipdesk.ui.fill_in.saving.tell",
        lambda parent, title, text, warning=False: told.append(text),
    )
    mine = stored_measurement(database)
    dialog = FillInDialog(context, "P-0001", measurement_id=mine.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.state is not None
    dialog.state.set_answer(QUESTIONS[0], 9)
    dialog._dirty = True
    with bo.transaction() as repository:
        repository.update_measurement(replace(stored_measurement(bo), note="Bo's note"))
    dialog.save()
    assert len(told) == 1
    assert told[0].startswith("Bo Ek changed the measurement of Sep 14, 2026 at")
    assert told[0].endswith("edit the measurement again to resume it.")
    host = QWidget()
    qtbot.addWidget(host)
    shoot(qtbot, host, told[0], "concurrent_change_fill_in")
    assert not dialog.isVisible()
    now = stored_measurement(database)
    assert (now.note, now.answers[QUESTIONS[0]]) == ("Bo's note", 5)
    with database.transaction(write=False) as repository:
        draft = repository.draft("P-0001")
    assert draft is not None and draft.answers[QUESTIONS[0]] == 9
    # Resumed, the draft is saved only while nobody saves the measurement meanwhile …
    monkeypatch.setattr("bipdesk.ui.fill_in.loading.ask_resume", lambda parent, text: True)
    resumed = FillInDialog(context, "P-0001", measurement_id=mine.id)
    qtbot.addWidget(resumed)
    assert resumed.state is not None and resumed.state.answers[QUESTIONS[0]] == 9
    with bo.transaction() as repository:
        repository.update_measurement(replace(stored_measurement(bo), note="Bo again"))
    resumed.save()
    assert len(told) == 2 and stored_measurement(database).note == "Bo again"
    # … and then goes in over what Bo saved, knowingly.
    again = FillInDialog(context, "P-0001", measurement_id=mine.id)
    qtbot.addWidget(again)
    again.save()
    assert len(told) == 2
    assert stored_measurement(database).answers[QUESTIONS[0]] == 9


def test_the_message_in_swedish(
    page: ParticipantPage, bo: Database, warnings: list[str], qtbot: QtBot, qapp: QApplication
) -> None:
    with speaking(qapp, "sv"):
        page.municipality_edit.setText("Ystad")
        bo_saves(bo, municipality="Lund")
        assert not page.save()
        assert re.match(
            r"Bo Ek ändrade deltagaren kl\. \d\d:\d\d medan du redigerade; ", warnings[0]
        )
        assert warnings[0].endswith("din ändring sparades inte. Sidan visar nu det som är sparat.")
        shoot(qtbot, page, warnings[0], "concurrent_change_participant_sv")


def test_a_save_on_another_day_names_the_day_and_an_unknown_editor_says_someone() -> None:
    earlier = datetime.now(UTC) - timedelta(days=3)
    local = earlier.astimezone()
    day = local.strftime("%b %-d, %Y")
    text = concurrent_change_message(
        ConcurrentChangeError("P-0001", "Bo Ek", earlier, measurement_date=DAY)
    )
    assert text.startswith(f"Bo Ek changed the measurement of Sep 14, 2026 on {day} at ")
    assert concurrent_change_message(ConcurrentChangeError("P-0001", None, None)).startswith(
        "Someone else changed this participant while you were editing"
    )


def test_a_coordinators_view_over_someone_elses_save_is_refused(
    page: ParticipantPage,
    database: Database,
    bo: Database,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with bo.transaction() as repository:
        theirs = stored_measurement(bo)
        assert theirs.id is not None
        repository.claim_measurement(theirs)
        repository.save_coordinator_view(theirs.id, CoordinatorView(talked_through=True))

    def answer(dialog: CoordinatorViewDialog) -> int:
        dialog.set_value(QUESTIONS[0], 8, "Knows where to look")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CoordinatorViewDialog, "exec", answer)
    page.select_measurement(0)
    assert not page.conversation.edit_coordinator_view()
    assert warnings[0].startswith("Bo Ek changed the measurement of Sep 14, 2026 at ")
    with database.transaction(write=False) as repository:
        assert repository.coordinator_view(theirs.id) == CoordinatorView(talked_through=True)
    # The page read the measurement again: the view now goes in over Bo's, knowingly.
    page.select_measurement(0)
    assert page.conversation.edit_coordinator_view()
