"""Databases a coordinator can see and choose: the demo database of its own, the File
menu's New / Open / Open recent, and switching with the checks made at start."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.participants import Participant
from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database
from bipdesk.storage.demo import is_demo_database
from bipdesk.ui.actions import ActionName
from bipdesk.ui.context import AppContext
from bipdesk.ui.database_menu import RECENT_KEY, recent_databases, remember_database
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.window_host import WindowHost
from tests.conftest import TODAY

SHOTS = Path("tests/artifacts")
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "BIP Desk"


@pytest.fixture
def host(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, data_folder: Path
) -> Iterator[WindowHost]:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    database = open_database(tmp_path / "work" / "bipdesk.db", default_cards(), today=lambda: TODAY)
    host = WindowHost(qapp, AppContext(database, settings, today=lambda: TODAY))
    window = host.show()
    window.resize(1100, 750)
    qtbot.waitExposed(window)
    yield host
    if host.window is not None:
        host.window.hide()
        host.window.deleteLater()
    host.close_database()


def save_shot(widget: QWidget, qtbot: QtBot, name: str) -> None:
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def participants(path: Path) -> int:
    with (
        open_database(path, default_cards(), mode="read") as database,
        database.transaction(write=False) as r,
    ):
        return len(r.participant_codes())


def switch(qtbot: QtBot, host: WindowHost, start: Callable[[], object]) -> MainWindow:
    with qtbot.waitSignal(host.window_replaced, timeout=60_000) as replaced:
        start()
    window = replaced.args[0]
    assert host.window is window
    qtbot.waitExposed(window)
    return window


def test_the_demo_opens_a_database_of_its_own_and_the_real_one_stays_empty(
    qtbot: QtBot, host: WindowHost, tmp_path: Path, data_folder: Path
) -> None:
    real = tmp_path / "work" / "bipdesk.db"
    first = host.window
    assert first is not None and first.start_page.is_empty_state
    save_shot(first, qtbot, "database_first_start.png")
    window = switch(qtbot, host, first.start_page.demo_button.click)

    demo = data_folder / "demo" / "bipdesk-demo.db"
    assert window.context.database.path == demo
    assert is_demo_database(window.context.database)
    assert participants(real) == 0  # the real database got no invented people
    assert window.windowTitle() == "bipdesk-demo.db — BIP Desk"
    assert window.database_label.text() == "Database: bipdesk-demo.db"
    assert window.demo_banner is not None and window.demo_banner.isVisible()
    assert "Demo data — invented people" in window.findChild(QWidget, "demo_text").text()
    assert not window.demo_banner.toggleViewAction().isVisible()  # cannot be hidden
    assert window.statusBar().currentMessage() == "Opened bipdesk-demo.db."
    assert not window.start_page.is_empty_state
    save_shot(window, qtbot, "database_demo_start.png")
    window.show_participant_list()
    assert window.list_page.model.rowCount() == 300
    assert window.demo_banner.isVisible()  # on every page
    save_shot(window, qtbot, "database_demo_list.png")

    # Demo data again: already open, nothing is made twice.
    window.open_demo()
    assert window.demo_operation is None
    assert window.statusBar().currentMessage() == "The demo data is already open."
    # Back to the real database through Open recent.
    recent = window.database_menu.recent_menu
    recent.aboutToShow.emit()
    assert [a.toolTip() for a in recent.actions()] == [str(real.resolve())]
    back = switch(qtbot, host, recent.actions()[0].trigger)
    assert back.context.database.path.resolve() == real.resolve()
    assert back.demo_banner is None
    assert back.windowTitle() == "bipdesk.db — BIP Desk"
    # Open demo data again reuses the demo database: still 300.
    again = switch(qtbot, host, back.open_demo)
    assert again.context.database.path == demo
    assert participants(real) == 0
    assert len(again.context.participant_overview()) == 300


def test_the_file_menu_opens_new_and_existing_databases_and_remembers_them(
    qtbot: QtBot, host: WindowHost, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = host.window
    assert window is not None
    other = tmp_path / "other" / "unit-b"
    monkeypatch.setattr(
        "bipdesk.ui.database_menu.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(other), "BIP Desk databases (*.db)"),
    )
    offered: list[Path] = []
    monkeypatch.setattr(
        "bipdesk.ui.encryption.offer_encryption", lambda path, parent=None: offered.append(path)
    )
    new = switch(qtbot, host, window.database_menu.new_action.trigger)
    assert new.context.database.path == other.with_suffix(".db")
    assert offered == [other.with_suffix(".db")]  # a new database is offered encryption
    assert new.windowTitle() == "unit-b.db — BIP Desk"
    with new.context.database.transaction() as repository:
        repository.add_participant(Participant("B001", start_date=TODAY))

    # New database… on an existing file opens nothing and says so.
    told: list[str] = []
    monkeypatch.setattr(
        "bipdesk.ui.database_menu.QMessageBox.information",
        lambda parent, title, text: told.append(text),
    )
    new.database_menu.new_database()
    assert told and "already exists" in told[0]
    assert host.window is new

    # Open database… goes back; the recent list holds both, newest first.
    first = tmp_path / "work" / "bipdesk.db"
    monkeypatch.setattr(
        "bipdesk.ui.database_menu.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(first), ""),
    )
    back = switch(qtbot, host, new.database_menu.open_action.trigger)
    assert back.context.database.path.resolve() == first.resolve()
    assert recent_databases(back.context.settings) == [
        first.resolve(),
        other.with_suffix(".db").resolve(),
    ]
    # The one left was closed cleanly: another program can write it now.
    with (
        open_database(other.with_suffix(".db"), default_cards()) as again,
        again.transaction() as repository,
    ):
        assert repository.participant_codes() == {"B001"}
    # Opening the open one again changes nothing.
    assert host.open_database(first) is False
    assert back.statusBar().currentMessage() == "bipdesk.db is already open."

    menu = back.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    menu.popup(back.mapToGlobal(QPoint(0, 0)))
    qtbot.waitExposed(menu)
    save_shot(menu, qtbot, "database_file_menu.png")
    menu.hide()
    recent = back.database_menu.recent_menu
    recent.aboutToShow.emit()
    recent.popup(back.mapToGlobal(QPoint(200, 0)))
    qtbot.waitExposed(recent)
    save_shot(recent, qtbot, "database_recent_menu.png")
    recent.hide()


def test_the_recent_list_keeps_five_and_shows_a_missing_file_disabled(
    qtbot: QtBot, host: WindowHost, tmp_path: Path
) -> None:
    settings = host.context.settings
    for n in range(7):
        path = tmp_path / f"db{n}.db"
        if n != 6:
            path.write_bytes(b"")
        remember_database(settings, path)
    assert len(recent_databases(settings)) == 5
    assert recent_databases(settings)[0] == (tmp_path / "db6.db").resolve()
    window = host.window
    assert window is not None
    menu = window.database_menu.recent_menu
    menu.aboutToShow.emit()
    actions = menu.actions()
    assert actions[0].text().startswith("db6.db") and not actions[0].isEnabled()
    assert all(a.isEnabled() for a in actions[1:])
    settings.setValue(RECENT_KEY, "not a list")  # a damaged value reads as one path
    assert recent_databases(settings) == [Path("not a list")]


def test_a_file_that_cannot_be_opened_leaves_the_open_one_as_it_was(
    qtbot: QtBot, host: WindowHost, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_text("shopping list, not a database\n" * 50)
    shown: list[str] = []
    monkeypatch.setattr(
        "bipdesk.ui.opening.QMessageBox.critical",
        lambda parent, title, text: shown.append(text),
    )
    window = host.window
    assert host.open_database(foreign) is False
    assert shown and "notes.db" in shown[0]
    assert host.window is window
    with host.context.database.transaction(write=False) as repository:
        assert repository.participant_codes() == set()  # still open and usable


HOLD_SCRIPT = (
    "import sys\n"
    "from bipdesk.io.cards import default_cards\n"
    "from bipdesk.storage import open_database\n"
    "with open_database(sys.argv[1], default_cards()):\n"
    "    print('ready', flush=True)\n"
    "    sys.stdin.read()\n"
)


def test_a_locked_database_opens_read_only_with_one_mark_in_the_title(
    qtbot: QtBot, host: WindowHost, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = tmp_path / "held.db"
    other_program = subprocess.Popen(
        [sys.executable, "-c", HOLD_SCRIPT, str(held)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other_program.stdout is not None
        assert other_program.stdout.readline().strip() == "ready"
        asked: list[bool] = []

        def read_only(parent: QWidget | None, path: Path, holder: object, switching: bool) -> bool:
            asked.append(switching)
            return True

        monkeypatch.setattr("bipdesk.ui.opening.ask_read_only", read_only)
        window = switch(qtbot, host, lambda: host.open_database(held))
        assert asked == [True]  # asked as a switch: Cancel keeps the open database
        assert window.context.database.read_only
        assert window.windowTitle() == "held.db (read-only) — BIP Desk"
        assert window.windowTitle().count("BIP Desk") == 1
        assert not window.app_actions[ActionName.NEW_PARTICIPANT].isEnabled()
        assert window.app_actions[ActionName.OPEN_DEMO].isEnabled()
        save_shot(window, qtbot, "database_read_only.png")
    finally:
        other_program.communicate("")


def test_an_encrypted_database_asks_its_passphrase(
    qtbot: QtBot, host: WindowHost, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret.db"
    with open_database(secret, default_cards(), passphrase=PASSPHRASE):
        pass
    asked: list[bool] = []

    def answer(parent: QWidget | None, path: Path, wrong: bool = False) -> str:
        asked.append(wrong)
        return "wrong guess, wrong guess" if not asked[:-1] else PASSPHRASE

    monkeypatch.setattr("bipdesk.ui.encryption.ask_passphrase", answer)
    host.start_idle_lock()
    assert host.idle_lock is None  # the plain database has none
    window = switch(qtbot, host, lambda: host.open_database(secret))
    assert asked == [False, True]  # a wrong one is asked again
    assert window.context.database.encrypted
    assert window.app_actions[ActionName.CHANGE_PASSPHRASE].isVisible()
    lock = host.idle_lock
    assert lock is not None and lock.database is window.context.database
    # Cancelling the passphrase keeps the open database.
    monkeypatch.setattr("bipdesk.ui.encryption.ask_passphrase", lambda *args: None)
    assert host.open_database(tmp_path / "work" / "bipdesk.db") is True
    assert host.idle_lock is None and not lock.timer.isActive()  # the plain one has none
    assert host.open_database(secret) is False
    assert host.context.database.path.resolve() == (tmp_path / "work" / "bipdesk.db").resolve()


def test_demo_refuses_a_demo_file_that_holds_real_people(
    qtbot: QtBot, host: WindowHost, data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = data_folder / "demo" / "bipdesk-demo.db"
    with open_database(demo, default_cards()) as database, database.transaction() as repository:
        repository.add_participant(Participant("R001", start_date=TODAY))
    warned: list[str] = []
    monkeypatch.setattr(
        "bipdesk.ui.main_dialogs.QMessageBox.warning",
        lambda parent, title, text: warned.append(text),
    )
    window = host.window
    assert window is not None
    window.open_demo()
    qtbot.waitUntil(lambda: window.demo_operation is None, timeout=60_000)
    assert warned and "bipdesk-demo.db already holds 1 participants" in warned[0]
    assert host.window is window
    assert participants(demo) == 1


def test_in_swedish_the_banner_and_the_file_menu_speak_swedish(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, data_folder: Path
) -> None:
    from bipdesk.io.cards import default_cards
    from bipdesk.storage.demo import make_demo_database
    from bipdesk.ui.translator import install_translator, remove_translators

    demo = data_folder / "demo" / "bipdesk-demo.db"
    make_demo_database(demo, default_cards(), 40, today=TODAY)
    install_translator(qapp, "sv")
    try:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        with open_database(demo, default_cards(), today=lambda: TODAY) as database:
            window = MainWindow(AppContext(database, settings, today=lambda: TODAY))
            qtbot.addWidget(window)
            window.resize(1100, 750)
            window.show()
            qtbot.waitExposed(window)
            text = window.findChild(QWidget, "demo_text").text()
            assert "Demodata – påhittade personer" in text
            assert window.database_label.text() == "Databas: bipdesk-demo.db"
            save_shot(window, qtbot, "database_demo_start_sv.png")
            menu = window.menuBar().actions()[0].menu()
            assert isinstance(menu, QMenu)
            texts = [a.text().replace("&", "") for a in menu.actions()][:5]
            assert texts == [
                *("Ny databas…", "Öppna databas…", "Öppna teamdatabas…"),
                *("Öppna senaste", "Öppna demodata"),
            ]
            menu.popup(window.mapToGlobal(QPoint(0, 0)))
            qtbot.waitExposed(menu)
            save_shot(menu, qtbot, "database_file_menu_sv.png")
            menu.hide()
            window.close()
    finally:
        remove_translators(qapp)


@pytest.mark.parametrize("switching", [True, False])
def test_the_locked_file_question_offers_cancel_when_switching_and_quit_at_start(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, switching: bool
) -> None:
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QMessageBox

    from bipdesk.storage.lock import LockHolder
    from bipdesk.ui.opening import ask_read_only

    shown: list[QMessageBox] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    holder = LockHolder("anna", "LAPTOP-7", 4242, datetime(2026, 12, 1, 9, 15, tzinfo=UTC), "t")
    assert not ask_read_only(None, Path("held.db"), holder, switching=switching)
    texts = [button.text() for button in shown[0].buttons()]
    advice = shown[0].informativeText()
    if switching:
        assert "&Quit" not in texts and shown[0].button(QMessageBox.StandardButton.Cancel)
        assert "keep working in the database that is open now" in advice
    else:
        assert "&Quit" in texts and "start BIP Desk again" in advice
