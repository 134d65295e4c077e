"""File → Backups…, and opening a locked or damaged database in the app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolBar
from pytestqt.qtbot import QtBot

from bipdesk.io.cards import default_cards
from bipdesk.storage import Database, ReadOnlyError, open_database
from bipdesk.storage.backup import automatic_backup, backup_file, list_backups, set_keep_count
from bipdesk.storage.demo import fill_with_demo
from bipdesk.storage.lock import lock_path
from bipdesk.ui import opening
from bipdesk.ui.actions import ActionName
from bipdesk.ui.backups_dialog import BackupsDialog, format_size
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.translator import install_translator, remove_translators
from tests.conftest import TODAY
from tests.storage.test_backup import codes, damage
from tests.storage.test_lock import write_lock

SHOTS = Path("tests/artifacts")


@dataclass
class Boxes:
    """Answers message boxes by the text of a button; records what they said."""

    replies: list[str] = field(default_factory=list)
    shown: list[QMessageBox] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Boxes:
    script = Boxes()

    def exec_(box: QMessageBox) -> int:
        script.shown.append(box)
        script.texts.append(" ".join([box.text(), box.informativeText()]))
        assert script.replies, f"unexpected message: {box.text()}"
        reply = script.replies.pop(0)
        for button in box.buttons():
            if button.text().replace("&", "") == reply:
                button.click()
                return 0
        raise AssertionError(f"no button {reply!r} in {[b.text() for b in box.buttons()]}")

    def static(kind: str) -> object:
        def show(parent: object, title: str, text: str, *args: object) -> object:
            script.texts.append(f"{kind}: {title}: {text}")
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, static(kind))
    return script


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "bipdesk.db", default_cards(), today=lambda: TODAY) as database:
        fill_with_demo(database, 15, seed=4, today=TODAY)
        yield database


@pytest.fixture
def context(filled: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(filled, settings, today=lambda: TODAY)


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "sv")
    yield
    remove_translators(qapp)
    install_translator(qapp, "en")


def shot(widget: object, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def test_the_dialog_lists_backups_newest_first_with_date_and_size(
    qtbot: QtBot, context: AppContext
) -> None:
    path = context.database.path
    backup_file(path, now=lambda: datetime(2026, 11, 20, 16, 45, 3))
    backup_file(path, now=lambda: datetime(2026, 11, 23, 9, 5, 0))
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "Nov 23, 2026, 9:05:00 AM"
    assert dialog.table.item(1, 0).text() == "Nov 20, 2026, 4:45:03 PM"
    assert dialog.table.item(0, 1).text().endswith(" kB")
    assert dialog.keep_spin.value() == 14
    assert dialog.restore_button.isEnabled()
    made = dialog.back_up_now()
    assert made is not None and dialog.table.rowCount() == 3
    assert dialog.backups[0] == list_backups(path)[0]


def test_sizes_are_written_in_the_apps_language(swedish: None) -> None:
    assert format_size(96_300) == "96 kB"
    assert format_size(1_450_000) == "1,4 MB"


def test_the_number_to_keep_is_saved_in_the_database(qtbot: QtBot, context: AppContext) -> None:
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    dialog.keep_spin.setValue(5)
    dialog.keep_spin.editingFinished.emit()
    from bipdesk.storage.backup import keep_count

    assert keep_count(context.database) == 5


def test_restore_after_confirmation_backs_up_first(
    qtbot: QtBot, context: AppContext, boxes: Boxes
) -> None:
    path = context.database.path
    old = backup_file(path, now=lambda: datetime(2026, 11, 1, 8, 0))
    with context.database.transaction() as repo:
        repo.delete_participant(sorted(repo.participant_codes())[0])
    announced: list[str] = []
    context.changed.connect(announced.append)
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    boxes.replies = ["Cancel"]
    dialog.ask_restore()
    assert dialog.restored is None and len(codes(path)) == 14  # nothing happened
    question = boxes.texts[0]
    assert "Restore the backup from Nov 1, 2026, 8:00:00 AM?" in question
    assert "First BIP Desk backs up the database as it is now" in question
    boxes.replies = ["Restore"]
    dialog.ask_restore()
    assert dialog.restored == old
    assert len(codes(path)) == 15
    assert announced == [Change.ALL]
    assert dialog.table.rowCount() == 2  # the file as it was is the newest backup now
    assert len(codes(dialog.backups[0].path)) == 14
    with context.database.transaction() as repo:  # still open and writable
        repo.delete_participant(sorted(repo.participant_codes())[0])


def test_file_menu_opens_backups(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    opened: list[BackupsDialog] = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: opened.append(self) or 0)
    window.app_actions[ActionName.BACKUPS].trigger()
    assert len(opened) == 1
    assert window.read_only_banner is None


def test_swedish_backups_dialog_screenshot(
    qtbot: QtBot, context: AppContext, swedish: None, boxes: Boxes
) -> None:
    path = context.database.path
    for moment in (datetime(2026, 11, 21, 16, 2, 11), datetime(2026, 11, 23, 8, 31, 40)):
        backup_file(path, now=lambda moment=moment: moment)
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Säkerhetskopior — BIP Desk"
    assert dialog.backup_button.text() == "&Säkerhetskopiera nu"
    assert dialog.table.item(0, 0).text() == "23 nov. 2026 08:31:40"
    shot(dialog, "backups_dialog_sv.png")
    boxes.replies = ["Avbryt"]
    dialog.ask_restore()
    box = boxes.shown[0]
    assert box.text() == "Återställa säkerhetskopian från 23 nov. 2026 08:31:40?"
    box.show()
    shot(box, "backups_restore_question_sv.png")
    box.hide()


# -- opening in the app ------------------------------------------------------------


@pytest.fixture
def live_pid() -> Iterator[int]:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process.pid
    process.kill()
    process.wait()


def closed_copy(filled: Database, tmp_path: Path) -> Path:
    path = tmp_path / "copy" / "bipdesk.db"
    path.parent.mkdir()
    backup = backup_file(filled.path, tmp_path / "copy-source")
    shutil.copyfile(backup.path, path)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX processes")
def test_a_locked_database_opens_read_only_with_a_banner(
    qtbot: QtBot, filled: Database, tmp_path: Path, boxes: Boxes, live_pid: int
) -> None:
    path = closed_copy(filled, tmp_path)
    write_lock(path, live_pid, user="anna")
    boxes.replies = ["Quit"]
    assert opening.open_for_app(path) is None
    assert "is already open in BIP Desk, by anna on the computer" in boxes.texts[0]
    boxes.replies = ["Open read-only"]
    database = opening.open_for_app(path)
    assert database is not None and database.read_only
    try:
        assert list_backups(path) == []  # the holder makes the backups
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(database, settings, today=lambda: TODAY))
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(100)  # let the pages lay themselves out before the screenshot
        banner = window.findChild(QToolBar, "read_only_banner")
        assert banner is not None and banner.isVisible()
        text = banner.findChild(QLabel, "read_only_text").text()
        assert text.startswith("Read-only: anna on the computer ")
        assert "nothing can be saved" in text
        assert "(read-only)" in window.windowTitle()
        assert not window.app_actions[ActionName.IMPORT].isEnabled()
        assert not window.app_actions[ActionName.NEW_PARTICIPANT].isEnabled()
        shot(window, "read_only_window_en.png")
        with pytest.raises(ReadOnlyError), database.transaction() as repo:
            repo.delete_participant(sorted(repo.participant_codes())[0])
    finally:
        database.close()
    assert lock_path(path).exists()  # the holder's lock is left alone


def test_a_damaged_database_offers_the_newest_good_backup(
    filled: Database, tmp_path: Path, boxes: Boxes
) -> None:
    path = closed_copy(filled, tmp_path)
    good = backup_file(path, now=lambda: datetime(2026, 11, 22, 17, 30))
    damage(path, seed=9)
    damaged_bytes = path.read_bytes()
    boxes.replies = ["Quit"]
    assert opening.open_for_app(path) is None
    assert path.read_bytes() == damaged_bytes  # quitting leaves it as it is
    said = boxes.texts[0]
    assert "is damaged" in said and "has not written anything to it" in said
    assert "The newest good backup is from Nov 22, 2026, 5:30:00 PM" in said
    boxes.replies = ["Restore the backup"]
    database = opening.open_for_app(path)
    assert database is not None and not database.read_only
    try:
        assert codes(path) == codes(good.path)
    finally:
        database.close()
    kept = [p for p in (path.parent / "backups").iterdir() if "-damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes


def test_a_damaged_database_without_backups_is_explained(
    filled: Database, tmp_path: Path, boxes: Boxes
) -> None:
    path = closed_copy(filled, tmp_path)
    damage(path, seed=9)
    before = path.read_bytes()
    boxes.replies = ["Quit"]
    assert opening.open_for_app(path) is None
    roles = {boxes.shown[0].buttonRole(b) for b in boxes.shown[0].buttons()}
    assert QMessageBox.ButtonRole.AcceptRole not in roles  # nothing to restore: only Quit
    assert "No good backup of it was found" in boxes.texts[0]
    assert path.read_bytes() == before


def test_backups_at_start_once_a_day_and_at_exit(
    filled: Database, tmp_path: Path, boxes: Boxes
) -> None:
    path = closed_copy(filled, tmp_path)
    database = opening.open_for_app(path)
    assert database is not None
    set_keep_count(database, 2)
    assert automatic_backup(database, only_if_none_today=True) is None  # one from today
    assert len(list_backups(path)) == 1
    for _ in range(3):
        opening.backup_at_exit(database)
    database.close()
    assert len(list_backups(path)) == 2
    assert not os.path.exists(lock_path(path))


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX processes")
def test_swedish_lock_and_damage_messages_screenshots(
    qtbot: QtBot, filled: Database, tmp_path: Path, boxes: Boxes, swedish: None, live_pid: int
) -> None:
    path = closed_copy(filled, tmp_path)
    write_lock(path, live_pid, user="anna")
    boxes.replies = ["Öppna skrivskyddad"]
    database = opening.open_for_app(path)
    assert database is not None and database.read_only
    try:
        box = boxes.shown[0]
        assert box.windowTitle() == "Databasen används"
        box.show()
        shot(box, "locked_question_sv.png")
        box.hide()
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(database, settings, today=lambda: TODAY))
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(100)
        assert "(skrivskyddad)" in window.windowTitle()
        shot(window, "read_only_window_sv.png")
    finally:
        database.close()
    lock_path(path).unlink()
    backup_file(path, now=lambda: datetime(2026, 11, 22, 17, 30))
    damage(path, seed=9)
    boxes.replies = ["Avsluta"]
    assert opening.open_for_app(path) is None
    box = boxes.shown[-1]
    assert box.windowTitle() == "Databasen är skadad"
    box.show()
    shot(box, "damaged_question_sv.png")
    box.hide()
