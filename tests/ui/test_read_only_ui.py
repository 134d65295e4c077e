"""Read-only mode: every control that would write is disabled up front and says why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bipdesk.io.cards import default_cards
from bipdesk.storage import Database, open_database
from bipdesk.storage.demo import fill_with_demo
from bipdesk.ui.actions import ActionName
from bipdesk.ui.backups_dialog import BackupsDialog
from bipdesk.ui.context import AppContext
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.read_only import read_only_reason
from bipdesk.ui.settings_dialog import SettingsDialog
from bipdesk.ui.translator import install_translator, remove_translators
from tests.conftest import TODAY

WRITING_ACTIONS = (
    ActionName.NEW_PARTICIPANT,
    ActionName.IMPORT,
    ActionName.RETENTION_REVIEW,
    ActionName.CHANGE_PASSPHRASE,
)


def read_only_copy(tmp_path: Path, participants: int) -> Database:
    path = tmp_path / "bipdesk.db"
    with open_database(path, default_cards(), today=lambda: TODAY) as database:
        if participants:
            fill_with_demo(database, participants, seed=3, today=TODAY)
    return open_database(path, default_cards(), today=lambda: TODAY, mode="read")


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Database]:
    database = read_only_copy(tmp_path, 12)
    yield database
    database.close()


def make_window(qtbot: QtBot, database: Database, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database, settings, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_reason_is_empty_for_a_writable_database(database: Database) -> None:
    assert read_only_reason(database) == ""


def test_menu_actions_that_write_are_disabled_with_the_reason(
    qtbot: QtBot, filled: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled, tmp_path)
    reason = read_only_reason(filled)
    assert reason.startswith("Not available: the database is open read-only")
    for name in WRITING_ACTIONS:
        action = window.app_actions[name]
        assert not action.isEnabled(), name
        assert action.toolTip() == reason and action.statusTip() == reason
    for name in (ActionName.EXPORT_AGGREGATE, ActionName.BACKUPS, ActionName.SETTINGS):
        assert window.app_actions[name].isEnabled(), name  # reading stays possible
    assert window.menuBar().actions()[0].menu().toolTipsVisible()


def test_start_page_and_participant_page_cannot_start_or_change_anything(
    qtbot: QtBot, filled: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled, tmp_path)
    reason = read_only_reason(filled)
    starts = window.start_page.start_buttons()
    assert starts
    for button in starts:
        assert not button.isEnabled() and button.toolTip() == reason
    code = next(iter(window.context.participant_overview())).participant.code
    window.show_participant(code)
    page = window.participant_page()
    page.select_measurement(0)
    page._update_actions()
    for button in (
        page.new_button,
        page.edit_button,
        page.delete_button,
        page.save_button,
        page.discard_button,
        page.end_button,
        page.reopen_button,
        page.erase_button,
    ):
        assert not button.isEnabled(), button.text()
        assert button.toolTip() == reason, button.text()
    assert not page.code_edit.isEnabled()
    assert page.extract_button.isEnabled()  # a subject-access extract only reads
    assert page.print_button.isEnabled()
    # Typing still cannot reach a write: Start measurement is refused with the reason.
    window.start_measurement(code)
    assert window.statusBar().currentMessage() == reason
    page.delete_measurement()  # the Delete key: nothing happens, nothing is asked
    with filled.transaction(write=False) as repository:
        assert repository.measurements(code)


def test_the_empty_start_page_offers_nothing_that_writes(qtbot: QtBot, tmp_path: Path) -> None:
    database = read_only_copy(tmp_path, 0)
    try:
        window = make_window(qtbot, database, tmp_path)
        page = window.start_page
        assert page.is_empty_state
        for button in (page.add_button, page.import_button):
            assert not button.isEnabled() and button.toolTip() == read_only_reason(database)
        assert page.demo_button.isEnabled()  # the demo has a database of its own
    finally:
        database.close()


def test_settings_stored_in_the_database_are_disabled_yours_are_not(
    qtbot: QtBot, filled: Database, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    context = AppContext(filled, settings, today=lambda: TODAY)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    reason = read_only_reason(filled)
    for field in (
        dialog.unit_edit,
        dialog.interval_spin,
        dialog.retention_spin,
        dialog.lock_spin,
        dialog.keep_spin,
    ):
        assert not field.isEnabled() and field.toolTip() == reason
    assert dialog.show_names_check.isEnabled() and dialog.language_combo.isEnabled()
    dialog.show_names_check.setChecked(False)
    dialog.accept()  # saves the personal setting, writes nothing to the database
    assert context.show_names is False


def test_backups_cannot_be_restored_and_say_why(
    qtbot: QtBot, filled: Database, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = BackupsDialog(AppContext(filled, settings, today=lambda: TODAY))
    qtbot.addWidget(dialog)
    reason = read_only_reason(filled)
    assert not dialog.restore_button.isEnabled() and dialog.restore_button.toolTip() == reason
    assert not dialog.keep_spin.isEnabled() and dialog.keep_spin.toolTip() == reason


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "sv")
    yield
    remove_translators(qapp)
    install_translator(qapp, "en")


def test_the_reason_is_swedish_in_the_swedish_app(
    qtbot: QtBot, filled: Database, tmp_path: Path, swedish: None
) -> None:
    window = make_window(qtbot, filled, tmp_path)
    button = window.start_page.start_buttons()[0]
    assert button.toolTip() == (
        "Går inte nu: databasen är öppen skrivskyddad. Här går ingenting att spara."
    )
