"""The fill-in never invents an answer: Enter does not pass over a question nobody
has answered, 'No answer' comes only from its own key or button, the summary names
what is still unanswered, and the first key typed after opening counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.fill_in import FillInDialog
from bipdesk.ui.fill_in.keys import Command, KeyAction, Target
from tests.support import QUESTIONS
from tests.ui import test_fill_in as base
from tests.ui.test_fill_in import MessageBoxes, act, open_dialog, press, stored

# The fill-in tests' fixtures: a seeded context, message boxes that never block, English.
context = base.context
boxes = base.boxes
pytestmark = pytest.mark.usefixtures("english_locale")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
PROMPT = "Choose a number, or press – for no answer"
K = Qt.Key


def test_enter_on_an_unanswered_question_stays_and_says_how(
    context: AppContext, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    dialog = open_dialog(context, qtbot)
    state = dialog.state
    assert state is not None
    page = dialog.question_page
    assert not page.prompt_label.isVisible()
    press(qtbot, dialog, K.Key_Return)
    press(qtbot, dialog, K.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert state.position == 0
    assert state.answers == {}  # nothing recorded, least of all "No answer"
    assert page.prompt_label.isVisible() and page.prompt_label.text() == PROMPT
    assert not page.no_answer_button.isChecked()
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "fill_in_enter_unanswered.png"))

    press(qtbot, dialog, K.Key_4)  # an answer clears the prompt, and Enter goes on
    assert not page.prompt_label.isVisible()
    press(qtbot, dialog, K.Key_Return)
    assert state.position == 1
    press(qtbot, dialog, K.Key_Minus)  # "No answer" by its own key …
    press(qtbot, dialog, K.Key_Return)
    assert state.position == 2
    assert state.answers == {"job_search_knowhow": 4, "skills_at_work": None}
    press(qtbot, dialog, K.Key_Backspace)  # … and going back keeps it as chosen
    press(qtbot, dialog, K.Key_Return)
    assert state.position == 2
    assert boxes.unexpected == []


def test_no_answer_only_by_its_key_or_button(
    context: AppContext, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    dialog = open_dialog(context, qtbot)
    state = dialog.state
    assert state is not None
    for key in (K.Key_Return, K.Key_Backspace, K.Key_A, K.Key_Return):
        press(qtbot, dialog, key)
    assert "job_search_knowhow" not in state.answers
    qtbot.mouseClick(dialog.question_page.no_answer_button, Qt.MouseButton.LeftButton)
    assert state.answers == {"job_search_knowhow": None}
    press(qtbot, dialog, K.Key_Return)
    press(qtbot, dialog, K.Key_N)
    assert state.answers == {"job_search_knowhow": None, "skills_at_work": None}
    assert boxes.unexpected == []


def test_the_summary_marks_questions_passed_over(
    context: AppContext, database: Database, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    dialog = open_dialog(context, qtbot)
    press(qtbot, dialog, K.Key_6)
    press(qtbot, dialog, K.Key_Return)
    dialog.next_button.setFocus()  # passing a question over takes the Next button
    press(qtbot, dialog, K.Key_Return)
    press(qtbot, dialog, K.Key_Minus)
    press(qtbot, dialog, K.Key_Return)
    for _ in QUESTIONS[3:]:
        press(qtbot, dialog, K.Key_7)
        press(qtbot, dialog, K.Key_Return)
    summary = dialog.summary_page
    assert summary.isVisible()
    assert summary.unanswered_rows() == [1]
    assert summary.row_texts(1)[1] == "Not answered yet"
    assert summary.row_texts(2)[1] == "No answer"  # chosen, so not marked
    assert summary.unanswered_label.isVisible()
    assert "question 2." in summary.unanswered_label.text()
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "fill_in_summary_unanswered.png"))

    summary.table.cellClicked.emit(1, 0)  # revisit it
    press(qtbot, dialog, K.Key_3)
    dialog.go_to(len(QUESTIONS))
    assert summary.unanswered_rows() == []
    assert not summary.unanswered_label.isVisible()
    press(qtbot, dialog, K.Key_Return)
    saved = stored(database)[-1]
    assert saved.answers["skills_at_work"] == 3
    assert saved.answers["manage_a_job"] is None
    assert boxes.unexpected == []


def test_the_first_key_after_opening_counts(context: AppContext, qtbot: QtBot) -> None:
    """The dialog takes the keyboard as it shows: a digit typed at once is the
    answer, not a key for the main window behind it (which Qt drops)."""
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    dialog = FillInDialog(context, "P001", main)
    qtbot.addWidget(dialog)
    dialog.show()  # no explicit activation here, unlike open_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.question_page.answer_group  # not on "1"
    handle = dialog.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, K.Key_3)
    state = dialog.state
    assert state is not None and state.answers == {"job_search_knowhow": 3}
    dialog.close_keeping_draft()


def test_key_rule_for_enter_without_an_answer() -> None:
    assert act(K.Key_Return, answered=False) == KeyAction(Command.NEED_ANSWER)
    assert act(K.Key_Return, answered=True) == KeyAction(Command.NEXT)
    assert act(K.Key_Return, answered=False, on_summary=True) == KeyAction(Command.SAVE)
    assert act(K.Key_Return, answered=False, target=Target.BUTTON) == KeyAction(Command.PRESS)
