"""Settings for the idle lock and the backups kept; File → Change passphrase…."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.io.cards import default_cards
from bipdesk.storage import Database, cipher, open_database
from bipdesk.storage.backup import DEFAULT_KEEP, keep_count, keep_count_in
from bipdesk.storage.cipher import PassphraseError
from bipdesk.storage.errors import BusyError
from bipdesk.ui.actions import ActionName
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.encryption import DEFAULT_IDLE_MINUTES, idle_minutes, start_idle_lock
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.passphrase_dialog import ChangePassphraseDialog
from bipdesk.ui.settings_dialog import SettingsDialog
from bipdesk.ui.translator import install_translator, remove_translators
from tests.conftest import TODAY

SHOTS = Path("tests/artifacts")
SECRET = "lingon och kardemumma"
NEW = "hjortron i augusti"


@pytest.fixture(autouse=True)
def no_source_left_behind() -> Iterator[None]:
    yield
    cipher.set_passphrase_source(None)


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[Database]:
    with open_database(
        tmp_path / "secret.db", default_cards(), today=lambda: TODAY, passphrase=SECRET
    ) as db:
        yield db


def context_for(database: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "sv")
    yield
    remove_translators(qapp)
    install_translator(qapp, "en")


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_a_plain_database_explains_why_it_has_no_idle_lock(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    dialog = SettingsDialog(context_for(database, tmp_path))
    qtbot.addWidget(dialog)
    assert not dialog.lock_spin.isEnabled()
    assert "Only for an encrypted database" in dialog.lock_spin.toolTip()
    assert dialog.keep_spin.value() == DEFAULT_KEEP == 14


def test_backups_kept_is_saved_in_the_database_once(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    context = context_for(database, tmp_path)
    announced: list[str] = []
    context.changed.connect(announced.append)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.keep_spin.setValue(5)
    dialog.lock_spin.setValue(3)  # disabled for a plain file: never stored
    dialog.accept()
    assert keep_count(database) == 5
    assert keep_count_in(database.path) == 5  # what the CLI's backup reads
    assert idle_minutes(database) == DEFAULT_IDLE_MINUTES
    assert announced == [Change.SETTINGS]
    again = SettingsDialog(context)
    qtbot.addWidget(again)
    assert again.keep_spin.value() == 5
    again.accept()  # nothing changed: nothing written, nothing announced
    assert announced == [Change.SETTINGS]


def test_the_idle_lock_minutes_of_an_encrypted_database_apply_at_once(
    qtbot: QtBot, qapp: QApplication, encrypted: Database, tmp_path: Path
) -> None:
    context = context_for(encrypted, tmp_path)
    lock = start_idle_lock(qapp, encrypted, context)
    assert lock is not None
    try:
        assert lock.timer.interval() == DEFAULT_IDLE_MINUTES * 60_000
        dialog = SettingsDialog(context)
        qtbot.addWidget(dialog)
        assert dialog.lock_spin.isEnabled() and dialog.lock_spin.value() == 15
        dialog.lock_spin.setValue(5)
        dialog.accept()
        assert idle_minutes(encrypted) == 5
        assert lock.minutes == 5 and lock.timer.interval() == 5 * 60_000
        assert lock.timer.isActive()
    finally:
        qapp.removeEventFilter(lock)
        lock.timer.stop()


def test_change_passphrase_refuses_a_wrong_current_a_short_or_differing_new(
    qtbot: QtBot, encrypted: Database, tmp_path: Path
) -> None:
    dialog = ChangePassphraseDialog(context_for(encrypted, tmp_path))
    qtbot.addWidget(dialog)
    cases = [
        ("wrong one at all", NEW, NEW, "The current passphrase is wrong"),
        (SECRET, "short", "short", "at least 8 characters"),
        (SECRET, NEW, NEW + "!", "The two new passphrases differ"),
        (SECRET, SECRET, SECRET, "the same as the current one"),
    ]
    for current, first, second, expected in cases:
        dialog.current.setText(current)
        dialog.first.setText(first)
        dialog.second.setText(second)
        dialog.change_button.click()
        assert expected in dialog.problem.text()
        assert dialog.operation is None and not dialog.changed
    assert encrypted.passphrase == SECRET
    assert "cannot be recovered" in dialog.warning.text()


def test_change_passphrase_rekeys_the_file_in_the_background(
    qtbot: QtBot, encrypted: Database, tmp_path: Path
) -> None:
    with encrypted.transaction() as repository:
        repository.set_setting("unit_name", "Delprojekt Växjö")
    dialog = ChangePassphraseDialog(context_for(encrypted, tmp_path))
    qtbot.addWidget(dialog)
    dialog.current.setText(SECRET)
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    dialog.change_button.click()
    assert dialog.operation is not None and not dialog.change_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    assert dialog.changed and dialog.result() == dialog.DialogCode.Accepted
    assert encrypted.passphrase == NEW
    path = encrypted.path
    encrypted.close()
    with pytest.raises(PassphraseError):
        open_database(path, default_cards(), passphrase=SECRET).close()
    reopened = open_database(path, default_cards(), passphrase=NEW)
    with reopened, reopened.transaction(write=False) as repository:
        assert repository.get_setting("unit_name") == "Delprojekt Växjö"


def test_a_failing_change_is_told_in_plain_words_and_can_be_tried_again(
    qtbot: QtBot, encrypted: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(new: str) -> None:
        raise BusyError(encrypted.path)

    monkeypatch.setattr(encrypted, "change_passphrase", busy)
    dialog = ChangePassphraseDialog(context_for(encrypted, tmp_path))
    qtbot.addWidget(dialog)
    dialog.current.setText(SECRET)
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    assert not dialog.changed
    assert dialog.problem.text().startswith("secret.db is busy")
    assert dialog.change_button.isEnabled() and dialog.current.isEnabled()
    assert encrypted.passphrase == SECRET


def test_the_menu_offers_change_passphrase_only_for_an_encrypted_database(
    qtbot: QtBot, database: Database, encrypted: Database, tmp_path: Path
) -> None:
    plain = MainWindow(context_for(database, tmp_path))
    qtbot.addWidget(plain)
    assert not plain.app_actions[ActionName.CHANGE_PASSPHRASE].isVisible()
    assert plain.change_passphrase() is False
    secret = MainWindow(context_for(encrypted, tmp_path))
    qtbot.addWidget(secret)
    action = secret.app_actions[ActionName.CHANGE_PASSPHRASE]
    assert action.isVisible() and action.isEnabled()


def test_swedish_settings_and_change_passphrase_screenshots(
    qtbot: QtBot, encrypted: Database, tmp_path: Path, swedish: None
) -> None:
    context = context_for(encrypted, tmp_path)
    settings = SettingsDialog(context)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitExposed(settings)
    assert settings.windowTitle() == "Inställningar — BIP Desk"
    shot(settings, "settings_encrypted_sv.png")
    dialog = ChangePassphraseDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Byt lösenfras — BIP Desk"
    assert "kan inte återskapas" in dialog.warning.text()
    shot(dialog, "change_passphrase_sv.png")
    dialog.current.setText("fel fras helt")
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    dialog.change_button.click()
    assert dialog.problem.text().startswith("Den nuvarande lösenfrasen är fel")
    qtbot.wait(50)  # the grown dialog is laid out again on the next turn of the event loop
    shot(dialog, "change_passphrase_wrong_sv.png")
