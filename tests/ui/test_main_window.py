"""The main window: title, menus and shortcuts, pages, settings, layout memory, accessibility."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import types
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.io.cards import default_cards
from bipdesk.storage import Database, open_database
from bipdesk.storage.demo import is_demo_database
from bipdesk.ui.actions import ActionName
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.participant_table.columns import Column
from bipdesk.ui.settings_dialog import SettingsDialog

TODAY = date(2026, 11, 23)
SHOTS = Path("tests/artifacts")


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "s.ini"


@pytest.fixture
def context(database: Database, settings_path: Path) -> AppContext:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1100, 750)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window


def add_participant(database: Database, code: str, name: str, measured: date | None) -> None:
    card = database.cards.get("bip-standard")
    assert card is not None
    with database.transaction() as repository:
        repository.add_participant(Participant(code, name, start_date=date(2026, 1, 10)))
        if measured is not None:
            answers: dict[str, int | None] = {q.id: 6 for q in card.questions}
            repository.add_measurement(Measurement(code, card.key, measured, answers))


def save_shot(widget: QWidget, qtbot: QtBot, name: str) -> None:
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_title_names_the_app_and_the_database(window: MainWindow) -> None:
    assert window.windowTitle() == "bipdesk.db — BIP Desk"
    assert window.database_label.text() == "Database: bipdesk.db"
    assert window.demo_banner is None


def test_menus_hold_the_desktop_actions(window: MainWindow) -> None:
    menus = {
        action.text().replace("&", ""): [a.text().replace("&", "") for a in action.menu().actions()]
        for action in window.menuBar().actions()
    }
    assert list(menus) == ["File", "Edit", "View", "Help"]
    assert menus["File"] == [
        "New database…",
        "Open database…",
        "Open team database…",
        "Open recent",
        "Open demo data",
        "",
        "New participant",
        "Import…",
        "",
        "Print follow-up sheet…",
        "Sheets for everyone due this week…",
        "",
        "Unit report…",
        "Export for the project office…",
        "Project office…",
        "",
        "Retention review…",
        "",
        "Backups…",
        "Change passphrase…",
        "",
        "Quit",
    ]
    assert menus["Edit"] == ["Find participant", "", "Settings…"]
    assert menus["View"] == [
        "Start page",
        "Participants",
        "",
        "Group comparison…",
        "Show to participant",
        "",
        "Show names",
    ]
    assert menus["Help"] == ["User guide", "", "About BIP Desk"]
    for action in window.app_actions:
        assert action.statusTip(), action.objectName()


def test_standard_shortcuts(window: MainWindow) -> None:
    shortcuts = {name: window.app_actions[name].shortcuts() for name in ActionName}
    assert QKeySequence("Ctrl+N") in shortcuts[ActionName.NEW_PARTICIPANT]
    assert QKeySequence("Ctrl+F") in shortcuts[ActionName.FIND]
    assert QKeySequence("Ctrl+Q") in shortcuts[ActionName.QUIT]
    assert shortcuts[ActionName.SETTINGS]  # Preferences, or Ctrl+, where it has none
    assert QKeySequence("Ctrl+I") in shortcuts[ActionName.IMPORT]
    assert shortcuts[ActionName.USER_GUIDE]  # F1 (HelpContents), or F1 where it has none


def test_ctrl_f_shows_the_list_and_focuses_the_search(
    qtbot: QtBot, window: MainWindow, database: Database, context: AppContext
) -> None:
    add_participant(database, "P001", "Amina Berg", None)
    context.announce(Change.PARTICIPANTS)
    assert window.stack.currentWidget() is window.start_page
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.list_page
    assert window.list_page.search_edit.hasFocus()
    qtbot.keyClicks(window.list_page.search_edit, "amina")
    assert window.list_page.proxy.rowCount() == 1


def test_ctrl_q_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_participant_list_shows_the_database_and_follows_changes(
    window: MainWindow, database: Database, context: AppContext
) -> None:
    add_participant(database, "P001", "Amina Berg", date(2026, 8, 1))
    context.announce(Change.PARTICIPANTS)
    window.show_participant_list()
    assert window.list_page.model.rowCount() == 1
    add_participant(database, "P002", "Johan Lind", None)
    context.announce(Change.PARTICIPANTS)
    assert window.list_page.model.rowCount() == 2
    assert window.list_page.count_label.text() == "Showing 2 of 2 participants."


def test_show_names_action_hides_names_everywhere(
    window: MainWindow, database: Database, context: AppContext
) -> None:
    add_participant(database, "P001", "Amina Berg", None)
    context.announce(Change.PARTICIPANTS)
    window.show_participant_list()
    names = window.app_actions[ActionName.SHOW_NAMES]
    assert names.isChecked()
    names.trigger()
    assert context.show_names is False
    assert window.list_page.proxy.columnCount() == 7
    window.show_start_page()
    assert all(row.name_label is None for row in window.start_page.sections()[2].rows)
    context.set_show_names(True)  # from elsewhere, e.g. the settings dialog
    assert names.isChecked()
    assert window.list_page.proxy.columnCount() == 8


def test_settings_dialog_saves_through_the_context(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    dialog = SettingsDialog(context, window)
    qtbot.addWidget(dialog)
    assert dialog.interval_spin.minimum() == 1 and dialog.interval_spin.maximum() == 12
    assert dialog.interval_spin.value() == 3
    dialog.unit_edit.setText("  Delprojekt Växjö ")
    dialog.interval_spin.setValue(6)
    dialog.show_names_check.setChecked(False)
    dialog.show()
    save_shot(dialog, qtbot, "settings_dialog.png")
    with qtbot.waitSignal(context.changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert context.unit_name == "Delprojekt Växjö"
    assert context.interval_months == 6
    assert context.show_names is False
    assert not window.app_actions[ActionName.SHOW_NAMES].isChecked()


def test_settings_dialog_cancel_changes_nothing(qtbot: QtBot, context: AppContext) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.interval_spin.setValue(9)
    dialog.reject()
    assert context.interval_months == 3


def test_geometry_and_column_widths_are_remembered(
    qtbot: QtBot, database: Database, settings_path: Path
) -> None:
    def open_window() -> MainWindow:
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(database, settings, today=lambda: TODAY))
        qtbot.addWidget(window)
        return window

    first = open_window()
    first.resize(720, 520)  # within the 800 x 600 offscreen screen
    first.show()
    qtbot.waitExposed(first)
    first.list_page.table.setColumnWidth(Column.CODE, 233)
    first.close()

    second = open_window()
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (720, 520)
    assert second.list_page.table.columnWidth(Column.CODE) == 233


def test_demo_data_goes_into_a_database_of_its_own(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    add_participant(database, "P001", "Amina Berg", None)  # a real database with someone
    with qtbot.waitSignal(window.database_requested, timeout=60_000) as requested:
        window.open_demo()
    demo = tmp_path / "data" / "BIP Desk" / "demo" / "bipdesk-demo.db"
    assert requested.args == [demo]
    assert window.demo_operation is None
    with database.transaction(write=False) as repository:
        assert repository.participant_codes() == {"P001"}
    with open_database(demo, default_cards(), mode="read") as made:
        assert is_demo_database(made)
        with made.transaction(write=False) as repository:
            assert len(repository.participant_codes()) == 300


def test_empty_state_on_a_new_database(qtbot: QtBot, window: MainWindow) -> None:
    page = window.start_page
    assert page.is_empty_state
    assert page.add_button.isVisible()
    assert page.import_button.isVisible()
    assert page.demo_button.isVisible()
    save_shot(window, qtbot, "main_window_empty.png")


def _visible_controls(window: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QTableView)
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, kinds) and widget.isVisible()
    ]


def test_every_visible_control_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow, database: Database, context: AppContext
) -> None:
    checked = 0
    # the empty state
    for widget in _visible_controls(window):
        assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()!r}"
        checked += 1
    add_participant(database, "P001", "Amina Berg", date(2026, 8, 1))
    add_participant(database, "P002", "Johan Lind", None)
    context.announce(Change.PARTICIPANTS)
    for show_page in (window.show_start_page, window.show_participant_list):
        show_page()
        qtbot.keyClicks(window.list_page.search_edit, "p")  # the clear button shows
        for widget in _visible_controls(window):
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()!r}"
            checked += 1
    assert checked > 15


def test_every_visible_control_on_the_participant_page_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow, database: Database, context: AppContext
) -> None:
    pytest.importorskip("bipdesk.ui.participant_page.page")
    add_participant(database, "P001", "Amina Berg", date(2026, 8, 1))
    context.announce(Change.PARTICIPANTS)
    for code in ("P001", None):
        window.show_participant(code)
        # Parts of a composite control (a line edit's clear button, a date
        # edit's line edit) are announced through the control that holds them.
        controls = [
            widget
            for widget in _visible_controls(window)
            if not isinstance(widget.parentWidget(), QLineEdit | QAbstractSpinBox | QComboBox)
        ]
        assert controls
        for widget in controls:
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()!r}"


def test_tab_order_in_the_list_is_search_filters_table(window: MainWindow) -> None:
    window.show_participant_list()
    page = window.list_page
    order = [page.search_edit]
    widget: QWidget = page.search_edit
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [page.search_edit, page.status_combo, page.due_combo, page.table]


# -- the other pages and dialogs, wired by the main window --------------------------


class _FakeFillIn(QDialog):
    """Stands in for FillInDialog: 'saves' at once, as the real one does on Finish."""

    opened: ClassVar[list[str]] = []

    def __init__(
        self,
        context: AppContext,
        participant_code: str,
        parent: QWidget | None = None,
        measurement_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.code = participant_code

    def exec(self) -> int:
        _FakeFillIn.opened.append(self.code)
        card = self.context.database.cards.get("bip-standard")
        assert card is not None
        with self.context.database.transaction() as repository:
            repository.add_measurement(Measurement(self.code, card.key, TODAY, {}))
        self.context.announce(Change.MEASUREMENTS)
        return QDialog.DialogCode.Accepted.value


def test_start_measurement_from_the_start_page_saves_and_shows_the_participant(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("bipdesk.ui.participant_page.page")
    fake = types.ModuleType("bipdesk.ui.fill_in")
    fake.FillInDialog = _FakeFillIn  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bipdesk.ui.fill_in", fake)
    _FakeFillIn.opened = []
    add_participant(database, "P003", "Sara Holm", None)
    context.announce(Change.PARTICIPANTS)
    window.show_start_page()
    (button,) = window.start_page.start_buttons()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _FakeFillIn.opened == ["P003"]
    assert window.statusBar().currentMessage() == "Saved measurement for P003."
    assert window.stack.currentWidget() is window.participant_page()
    assert window.start_page.start_buttons() == []  # measured today: nobody is due


def test_ctrl_n_opens_the_new_participant_form(qtbot: QtBot, window: MainWindow) -> None:
    pytest.importorskip("bipdesk.ui.participant_page.page")
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.participant_page()
    assert window.stack.currentWidget() is page
    with qtbot.waitSignal(page.closed, timeout=100, raising=False):
        page.closed.emit()
    assert window.stack.currentWidget() is window.start_page


def test_opening_from_the_list_shows_the_participant_page(
    qtbot: QtBot, window: MainWindow, database: Database, context: AppContext
) -> None:
    pytest.importorskip("bipdesk.ui.participant_page.page")
    add_participant(database, "P001", "Amina Berg", date(2026, 8, 1))
    context.announce(Change.PARTICIPANTS)
    window.show_participant_list()
    table = window.list_page.table
    table.setFocus()
    table.setCurrentIndex(window.list_page.proxy.index(0, 0))
    assert window.app_actions[ActionName.SHOW_PARTICIPANTS].isChecked()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.participant_page()
    assert not window.app_actions[ActionName.SHOW_PARTICIPANTS].isChecked()
    assert not window.app_actions[ActionName.SHOW_START].isChecked()
    window.participant_page().closed.emit()
    assert window.stack.currentWidget() is window.list_page
    window.app_actions[ActionName.SHOW_START].trigger()
    window.app_actions[ActionName.SHOW_START].trigger()  # again: stays ticked
    assert window.stack.currentWidget() is window.start_page
    assert window.app_actions[ActionName.SHOW_START].isChecked()


def test_import_opens_the_import_dialog_with_the_chosen_file(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[tuple[object, object]] = []

    class FakeImport(QDialog):
        def __init__(self, context: AppContext, path: Path | None, parent: QWidget) -> None:
            super().__init__(parent)
            opened.append((context, path))

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted.value

    fake = types.ModuleType("bipdesk.ui.import_dialog")
    fake.ImportDialog = FakeImport  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bipdesk.ui.import_dialog", fake)
    chosen = tmp_path / "deltagare.csv"
    monkeypatch.setattr(window, "ask_import_path", lambda: chosen)
    window.app_actions[ActionName.IMPORT].trigger()
    assert opened == [(window.context, chosen)]
    assert window.statusBar().currentMessage() == "Imported deltagare.csv."


SCALED_SCRIPT = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from bipdesk.io.cards import default_cards
    from bipdesk.storage import open_database
    from bipdesk.storage.demo import fill_with_demo
    from bipdesk.ui.app import create_application
    from bipdesk.ui.context import AppContext
    from bipdesk.ui.main_window import MainWindow

    folder, shots = Path(sys.argv[1]), Path(sys.argv[2])
    today = date(2026, 11, 23)
    app = create_application([])
    with open_database(folder / "bipdesk.db", default_cards(), today=lambda: today) as database:
        fill_with_demo(database, 300, today=today)
        settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(database, settings, today=lambda: today))
        window.resize(1100, 750)
        window.show()
        app.processEvents()
        window.grab().save(str(shots / "main_window_200_start.png"))
        window.show_participant_list()
        app.processEvents()
        window.grab().save(str(shots / "main_window_200_list.png"))
        print(window.devicePixelRatio())
        window.close()
    """
)


@pytest.mark.slow
def test_main_window_at_200_percent_scaling(tmp_path: Path) -> None:
    SHOTS.mkdir(exist_ok=True)
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCALED_SCRIPT, str(tmp_path), str(SHOTS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert float(done.stdout.strip().splitlines()[-1]) == 2.0
    image = QImage(str(SHOTS / "main_window_200_list.png"))
    assert (image.width(), image.height()) == (2200, 1500)


def test_about_box_names_the_version_and_the_origin_of_the_card() -> None:
    from bipdesk import __version__
    from bipdesk.ui.about import about_text

    text = about_text()
    assert "BIP Desk" in text and __version__ in text
    assert "Væksthusets Forskningscenter" in text
    assert QApplication.instance() is not None
