"""Issue 3's 'done when', end to end through the real widgets: a new user adds a
participant, fills in a card with the keyboard alone, sees the measurement in the
history and finds the next due date."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.fill_in import FillInDialog
from bipdesk.ui.main_window import MainWindow

TODAY = date(2026, 11, 23)


@pytest.fixture
def window(qtbot: QtBot, database: Database, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database, settings, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window


def type_keys(dialog: FillInDialog, keys: list[Qt.Key]) -> None:
    """Each key where the keyboard focus is, as a person at the keyboard types it."""
    for key in keys:
        focus = QApplication.focusWidget()
        target = focus if focus is not None and dialog.isAncestorOf(focus) else dialog
        QTest.keyClick(target, key)


def test_add_participant_fill_in_by_keyboard_and_see_next_due(
    window: MainWindow, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    page = window.participant_page()
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.code_edit, "KRO-017")
    assert page.save_button.isEnabled()
    page.save_button.click()
    with database.transaction(write=False) as repository:
        assert repository.participant("KRO-017") is not None

    answers = [
        Qt.Key.Key_4,
        Qt.Key.Key_5,
        Qt.Key.Key_6,
        Qt.Key.Key_0,
        Qt.Key.Key_Minus,
        Qt.Key.Key_3,
        Qt.Key.Key_7,
        Qt.Key.Key_8,
        Qt.Key.Key_2,
        Qt.Key.Key_9,
    ]
    filled: list[bool] = []

    def fill_in_the_open_dialog() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FillInDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, fill_in_the_open_dialog)
            return
        dialog = dialogs[0]
        dialog.activateWindow()
        for key in answers:
            type_keys(dialog, [key, Qt.Key.Key_Return])
        type_keys(dialog, [Qt.Key.Key_Return])  # the summary page: Enter saves
        filled.append(True)

    QTimer.singleShot(0, fill_in_the_open_dialog)
    page.new_button.click()  # runs the dialog's own event loop until it is saved
    assert filled == [True]

    with database.transaction(write=False) as repository:
        [measurement] = repository.measurements("KRO-017")
    assert measurement.date == TODAY
    card = database.cards.get("bip-standard")
    assert card is not None
    in_card_order = [measurement.answers.get(q) for q in card.question_ids]
    assert in_card_order == [4, 5, 6, 10, None, 3, 7, 8, 2, 9]
    assert page.history_model.rowCount() == 1
    assert "Feb 23, 2027" in page.due_label.text() or "23 feb. 2027" in page.due_label.text()
    if os.environ.get("BIPDESK_SHOTS"):
        window.grab().save(str(Path(os.environ["BIPDESK_SHOTS"]) / "end_to_end_participant.png"))
