"""Encryption in the app: first-run offer, passphrase at start, the idle lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.io.cards import default_cards
from bipdesk.storage import Database, cipher, open_database
from bipdesk.storage.backup import list_backups
from bipdesk.storage.demo import fill_with_demo
from bipdesk.ui import opening
from bipdesk.ui.context import AppContext
from bipdesk.ui.encryption import (
    DEFAULT_IDLE_MINUTES,
    EncryptionOffer,
    IdleLock,
    idle_minutes,
    start_idle_lock,
)
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.translator import install_translator, remove_translators
from tests.conftest import TODAY

SHOTS = Path("tests/artifacts")
SECRET = "lingon och kardemumma"


@pytest.fixture(autouse=True)
def no_source_left_behind() -> Iterator[None]:
    yield
    cipher.set_passphrase_source(None)


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "sv")
    yield
    remove_translators(qapp)
    install_translator(qapp, "en")


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def answer_offer(
    monkeypatch: pytest.MonkeyPatch, first: str, second: str, encrypt: bool, seen: list[str]
) -> None:
    def exec_(dialog: EncryptionOffer) -> int:
        dialog.first.setText(first)
        dialog.second.setText(second)
        if encrypt:
            dialog.encrypt_button.click()
            seen.append(dialog.problem.text())
            if dialog.passphrase is None:  # refused: type it properly
                dialog.first.setText(SECRET)
                dialog.second.setText(SECRET)
                dialog.encrypt_button.click()
        else:
            dialog.plain_button.click()
        return int(dialog.result())

    monkeypatch.setattr(EncryptionOffer, "exec", exec_)


def test_a_new_database_is_offered_encryption(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    answer_offer(monkeypatch, SECRET, SECRET + "x", encrypt=True, seen=seen)
    path = tmp_path / "new.db"
    database = opening.open_for_app(path)
    assert database is not None
    try:
        assert database.encrypted
    finally:
        database.close()
    assert seen == ["The two passphrases differ."]
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_a_short_passphrase_is_refused_and_plain_is_a_choice(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    answer_offer(monkeypatch, "kort", "kort", encrypt=True, seen=seen)
    database = opening.open_for_app(tmp_path / "a.db")
    assert database is not None and database.encrypted
    database.close()
    assert seen == ["The passphrase must be at least 8 characters long."]
    answer_offer(monkeypatch, "", "", encrypt=False, seen=seen)
    database = opening.open_for_app(tmp_path / "b.db")
    assert database is not None and not database.encrypted
    database.close()


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "enc.db"
    with open_database(path, default_cards(), passphrase=SECRET, today=lambda: TODAY) as database:
        fill_with_demo(database, 8, seed=2, today=TODAY)
    return path


def test_an_encrypted_database_asks_again_after_a_wrong_passphrase(
    qapp: QApplication, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replies = ["fel lösenfras", SECRET]
    labels: list[str] = []

    def get_text(parent: object, title: str, label: str, mode: object) -> tuple[str, bool]:
        labels.append(label)
        return replies.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    database = opening.open_for_app(encrypted)
    assert database is not None
    try:
        assert database.encrypted and database.passphrase == SECRET
        assert len(list_backups(encrypted)) == 1  # the start backup, encrypted too
        assert not list_backups(encrypted)[0].path.read_bytes().startswith(b"SQLite")
    finally:
        database.close()
    assert labels[0] == "Passphrase for enc.db:"
    assert labels[1].startswith("That passphrase is wrong.")


def test_cancelling_the_passphrase_quits_quietly(
    qapp: QApplication, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("", False))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(str(args)))
    assert opening.open_for_app(encrypted) is None
    assert shown == []


@pytest.fixture
def unlocked(
    qtbot: QtBot, encrypted: Path, tmp_path: Path
) -> Iterator[tuple[Database, MainWindow]]:
    database = open_database(encrypted, default_cards(), passphrase=SECRET, today=lambda: TODAY)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database, settings, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.resize(1000, 650)
    window.show()
    qtbot.waitExposed(window)
    yield database, window
    database.close()


def test_the_idle_lock_covers_every_window_until_the_passphrase(
    qtbot: QtBot, qapp: QApplication, unlocked: tuple[Database, MainWindow]
) -> None:
    database, window = unlocked
    assert idle_minutes(database) == DEFAULT_IDLE_MINUTES == 15
    lock = start_idle_lock(qapp, database)
    assert isinstance(lock, IdleLock)
    try:
        assert lock.timer.interval() == 15 * 60_000 and lock.timer.isActive()
        lock.timer.setInterval(30)  # a short wait instead of 15 minutes
        lock.timer.start()
        qtbot.waitUntil(lambda: lock.locked, timeout=5000)
        covers = window.findChildren(QWidget, "idle_cover")
        assert covers and covers[0].isVisible()
        assert covers[0].geometry() == window.rect()
        screen = lock.screen
        assert screen is not None and screen.isVisible()
        screen.field.setText("fel lösenfras")
        screen.unlock_button.click()
        assert lock.locked and screen.problem.text() == "That passphrase is wrong."
        screen.field.setText(SECRET)
        screen.unlock_button.click()
        assert not lock.locked
        assert [c for c in window.findChildren(QWidget, "idle_cover") if c.isVisible()] == []
        assert lock.timer.isActive()
    finally:
        qapp.removeEventFilter(lock)
        lock.timer.stop()


def test_no_idle_lock_for_a_plain_database(qapp: QApplication, tmp_path: Path) -> None:
    with open_database(tmp_path / "plain.db", default_cards()) as database:
        assert start_idle_lock(qapp, database) is None


def test_swedish_screenshots_of_the_offer_and_the_lock(
    qtbot: QtBot, qapp: QApplication, swedish: None, unlocked: tuple[Database, MainWindow]
) -> None:
    database, window = unlocked
    offer = EncryptionOffer(Path("bipdesk.db"))
    qtbot.addWidget(offer)
    offer.show()
    qtbot.waitExposed(offer)
    assert offer.encrypt_button.text() == "&Kryptera"
    shot(offer, "encryption_offer_sv.png")
    lock = IdleLock(qapp, database, 15)
    try:
        lock.lock()
        assert lock.screen is not None
        assert lock.screen.windowTitle() == "BIP Desk är låst"
        qtbot.waitExposed(lock.screen)
        qtbot.wait(50)
        shot(window, "idle_locked_window_sv.png")
        shot(lock.screen, "idle_lock_screen_sv.png")
        lock.screen.field.setText(SECRET)
        lock.screen.unlock_button.click()
    finally:
        qapp.removeEventFilter(lock)
        lock.timer.stop()
