"""Choosing the app's language: the system's by default, a choice in Settings that
applies at once (the main window is rebuilt in it), and --lang for one run."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from bipdesk.cli import main as cli
from bipdesk.core.participants import Participant
from bipdesk.paths import translations_dir
from bipdesk.storage import Database
from bipdesk.ui import app as app_module
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.language import LANGUAGE_KEY, chosen_language, current_language
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.settings_dialog import SettingsDialog
from bipdesk.ui.translator import remove_translators
from bipdesk.ui.window_host import WindowHost

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    """Whatever a test switches to, the next one starts in English again."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    remove_translators(qapp)
    QLocale.setDefault(previous)


@pytest.fixture
def system_swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "sv_SE.UTF-8")


@pytest.fixture
def system_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(database: Database, settings: QSettings) -> AppContext:
    with database.transaction() as repository:
        repository.add_participant(Participant("P001", name="Amina Hassan"))
    return AppContext(database, settings, today=lambda: TODAY)


def menus(window: MainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()][:4]


# -- which language at start ----------------------------------------------------------


def test_the_system_language_is_the_default(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "sv_FI.UTF-8")
    assert chosen_language(settings) == "sv"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert chosen_language(settings) == "en"


def test_the_saved_choice_beats_the_system_and_lang_beats_both(
    settings: QSettings, system_swedish: None
) -> None:
    settings.setValue(LANGUAGE_KEY, "en")
    assert chosen_language(settings) == "en"
    assert chosen_language(settings, "sv") == "sv"
    settings.setValue(LANGUAGE_KEY, "system")
    assert chosen_language(settings, "en") == "en"
    settings.setValue(LANGUAGE_KEY, "klingon")  # a damaged value reads as the system's
    assert chosen_language(settings) == "sv"


def test_the_desktop_app_gets_lang_only_when_it_was_given(
    monkeypatch: pytest.MonkeyPatch, system_swedish: None, tmp_path: Path
) -> None:
    given: list[str | None] = []
    monkeypatch.setattr(
        app_module, "run_app", lambda path, language=None: given.append(language) or 0
    )
    assert cli.main(["--db", str(tmp_path / "x.db"), "--lang", "en"]) == 0
    assert cli.main(["--db", str(tmp_path / "x.db")]) == 0
    assert given == ["en", None]  # None: the app reads its saved choice, else the system's


# -- the Settings dialog --------------------------------------------------------------


def test_settings_offers_the_system_language_and_each_language_in_its_own_name(
    qtbot: QtBot, context: AppContext, system_swedish: None
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    items = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert items == [("system", "System (Swedish)"), ("sv", "Svenska"), ("en", "English")]
    assert combo.currentData() == "system"


def test_settings_saves_the_choice_on_this_computer_and_announces_it(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("sv"))
    with qtbot.waitSignal(context.changed, check_params_cb=lambda what: what == Change.LANGUAGE):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.value(LANGUAGE_KEY) == "sv"
    assert context.language_choice == "sv"
    again = SettingsDialog(context)
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "sv"


def test_settings_without_a_new_language_announces_none(qtbot: QtBot, context: AppContext) -> None:
    heard: list[str] = []
    context.changed.connect(heard.append)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert Change.LANGUAGE not in heard


# -- switching while the app runs -------------------------------------------------------


def test_a_new_language_rebuilds_the_main_window_on_the_same_page(
    qtbot: QtBot, context: AppContext, qapp: QApplication, system_english: None
) -> None:
    assert (translations_dir() / "bipdesk_sv.qm").is_file(), "run `make translations-qm`"
    host = WindowHost(qapp, context)
    old = host.show()
    qtbot.addWidget(old)
    old.show_participant("P001")
    assert menus(old) == ["File", "Edit", "View", "Help"]

    with qtbot.waitSignal(host.window_replaced) as replaced:
        context.set_language_choice("sv")  # what Settings → Save does
    new = replaced.args[0]
    qtbot.addWidget(new)
    assert host.window is new and new is not old
    assert current_language() == "sv"
    assert menus(new) == ["Arkiv", "Redigera", "Visa", "Hjälp"]
    assert new.isVisible() and not old.isVisible()
    assert new.view_state() == ("participant", "P001")

    # Dates, numbers, sheets, exports and the office report ask the same place.
    from bipdesk.ui.fill_in import ui_language
    from bipdesk.ui.formatting import format_day, format_number
    from bipdesk.ui.spider_widget import app_language

    assert ui_language() == app_language() == "sv"
    assert format_day(date(2026, 11, 22)) == "22 nov. 2026"
    assert format_number(1234.5, 1) == "1\u00a0234,5"

    with qtbot.waitSignal(host.window_replaced) as replaced:
        context.set_language_choice("system")  # English on this computer
    back = replaced.args[0]
    qtbot.addWidget(back)
    assert menus(back) == ["File", "Edit", "View", "Help"]
    assert format_day(date(2026, 11, 22)) == "Nov 22, 2026"
    assert back.view_state() == ("participant", "P001")


def test_the_same_language_rebuilds_nothing(
    qtbot: QtBot, context: AppContext, qapp: QApplication, system_english: None
) -> None:
    host = WindowHost(qapp, context)
    window = host.show()
    qtbot.addWidget(window)
    context.settings.setValue(LANGUAGE_KEY, "en")
    assert host.apply_language() is False
    assert host.window is window


def test_unsaved_edits_are_never_lost_to_a_language_switch(
    qtbot: QtBot, context: AppContext, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    host = WindowHost(qapp, context)
    window = host.show()
    qtbot.addWidget(window)
    # The user answers "Cancel" to "Leave without saving?"
    monkeypatch.setattr(window, "may_leave_participant_page", lambda: False)
    context.settings.setValue(LANGUAGE_KEY, "sv")
    assert host.apply_language() is False
    assert host.window is window and menus(window)[0] == "File"
    assert current_language() == "en"
    assert "next start" in window.statusBar().currentMessage()


def test_choosing_a_language_in_the_settings_dialog_switches_after_it_closes(
    qtbot: QtBot, context: AppContext, qapp: QApplication, system_english: None
) -> None:
    """The whole path: Edit → Settings…, Svenska, Save; the dialog (a child of the old
    window) is closed and gone before the old window is replaced."""
    from PySide6.QtCore import QTimer

    host = WindowHost(qapp, context)
    old = host.show()
    qtbot.addWidget(old)

    def choose_swedish_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("sv"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, choose_swedish_and_save)
    with qtbot.waitSignal(host.window_replaced) as replaced:
        old.open_settings()  # returns when the dialog is closed; the switch follows
        assert host.window is old  # not while the dialog was open
    new = replaced.args[0]
    qtbot.addWidget(new)
    assert menus(new) == ["Arkiv", "Redigera", "Visa", "Hjälp"]
    assert new.view_state() == ("start", None)


def test_an_open_tool_window_is_not_closed_for_a_new_language(
    qtbot: QtBot, context: AppContext, qapp: QApplication, system_english: None
) -> None:
    """Work in the group comparison (or project office, export) is never lost: the
    switch waits until the window is closed, then happens by itself."""
    host = WindowHost(qapp, context)
    old = host.show()
    qtbot.addWidget(old)
    group = old.show_group_comparison()
    assert old.open_tool_windows() == [group]
    context.settings.setValue(LANGUAGE_KEY, "sv")
    assert host.apply_language() is False
    assert host.window is old and group.isVisible()
    assert "tool windows" in old.statusBar().currentMessage()
    assert current_language() == "en"

    with qtbot.waitSignal(host.window_replaced) as replaced:
        group.close()
    new = replaced.args[0]
    qtbot.addWidget(new)
    assert menus(new) == ["Arkiv", "Redigera", "Visa", "Hjälp"]
