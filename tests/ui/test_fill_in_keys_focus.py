"""Keys that do what they say and a focus that never looks like an answer (issue 19):
the card opens with the focus on the group of answers, Space and Enter choose the
answer that has the focus (Enter then goes on), and Enter with nothing chosen
still never goes on (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.contrast import contrast_ratio
from bipdesk.ui.context import AppContext
from bipdesk.ui.fill_in.answer_buttons import FOCUS_WIDTH
from bipdesk.ui.fill_in.focus_ring import MARGIN, FocusRing
from bipdesk.ui.fill_in.keys import Command, KeyAction, Target
from tests.ui import test_fill_in as base
from tests.ui.test_fill_in import MessageBoxes, act, open_dialog, press

context = base.context
boxes = base.boxes
pytestmark = pytest.mark.usefixtures("english_locale")
K = Qt.Key
ARTIFACTS = Path(__file__).resolve().parents[2] / "tests" / "artifacts"


def test_the_card_opens_on_the_group_with_no_answer_looking_chosen(
    context: AppContext, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    dialog = open_dialog(context, qtbot)
    page = dialog.question_page
    assert QApplication.focusWidget() is page.answer_group
    assert not any(button.hasFocus() or button.isChecked() for button in page.scale_buttons)
    assert page.anchor_row.current_index is None
    press(qtbot, dialog, K.Key_Return)  # nothing chosen: Enter stays and says how
    assert dialog.state is not None and dialog.state.position == 0
    assert page.prompt_label.isVisible()
    press(qtbot, dialog, K.Key_Right)  # → from the group chooses the first answer
    assert dialog.state.answers == {"job_search_knowhow": 1}
    assert QApplication.focusWidget() is page.scale_buttons[0]
    assert boxes.unexpected == []
    dialog.close_keeping_draft()


def test_enter_and_space_choose_the_focused_answer(
    context: AppContext, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    dialog = open_dialog(context, qtbot)
    state = dialog.state
    assert state is not None
    page = dialog.question_page
    press(qtbot, dialog, K.Key_7)
    page.scale_buttons[7].setFocus(Qt.FocusReason.TabFocusReason)  # the focus on 8, 7 chosen
    press(qtbot, dialog, K.Key_Return)
    assert state.answers == {"job_search_knowhow": 8}  # not the old 7
    assert state.position == 1
    page.scale_buttons[2].setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, dialog, K.Key_Space)
    assert state.answers["skills_at_work"] == 3 and state.position == 1  # Space stays
    assert page.scale_buttons[2].isChecked()
    page.no_answer_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, dialog, K.Key_Space)
    assert state.answers["skills_at_work"] is None
    assert sum(b.isChecked() for b in [*page.scale_buttons, page.no_answer_button]) == 1
    press(qtbot, dialog, K.Key_Return)
    assert state.position == 2
    # Enter on the group with nothing chosen never goes on (issue 13).
    assert QApplication.focusWidget() is page.answer_group
    press(qtbot, dialog, K.Key_Return)
    assert state.position == 2 and "manage_a_job" not in state.answers
    assert boxes.unexpected == []
    dialog.close_keeping_draft()


def test_key_rules_for_a_focused_answer() -> None:
    assert act(K.Key_Return, target=Target.ANSWER) == KeyAction(Command.CHOOSE_FOCUSED_AND_NEXT)
    assert act(K.Key_Return, target=Target.ANSWER, answered=False) == KeyAction(
        Command.CHOOSE_FOCUSED_AND_NEXT
    )
    assert act(K.Key_Return, target=Target.ANSWER, auto_repeat=True) == KeyAction(Command.IGNORE)
    assert act(K.Key_Space, target=Target.ANSWER) == KeyAction(Command.CHOOSE_FOCUSED)
    assert act(K.Key_Space, target=Target.ANSWER, auto_repeat=True) == KeyAction(Command.IGNORE)
    assert act(K.Key_Space, target=Target.BUTTON) is None  # Space presses other buttons
    assert act(K.Key_Return, answered=False) == KeyAction(Command.NEED_ANSWER)


def test_a_thick_ring_around_the_controls_the_style_draws(
    context: AppContext, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    """The date, the language, the notes and the summary table get a 3 px ring in
    the window's text colour; the answers and buttons draw their own, so none."""
    dialog = open_dialog(context, qtbot)
    ring = dialog.focus_ring
    assert ring.target is None  # on the group of answers, which draws its own
    ARTIFACTS.mkdir(exist_ok=True)
    for control in (dialog.date_edit, dialog.question_page.note_edit):
        if control is dialog.question_page.note_edit:
            dialog.question_page.open_note()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda control=control: ring.target is control)
        image = dialog.grab().toImage()
        ratio = dialog.devicePixelRatioF()
        left = control.mapTo(dialog, control.rect().topLeft())
        middle = left.y() + control.height() // 2
        for x in range(left.x() - MARGIN, left.x() - MARGIN + FOCUS_WIDTH):
            colour = image.pixelColor(round(x * ratio), round(middle * ratio)).name()
            assert colour == ring.colour(), (type(control).__name__, x)
        assert (
            contrast_ratio(ring.colour(), dialog.palette().color(QPalette.ColorRole.Window).name())
            >= 3
        )
    image.save(str(ARTIFACTS / "fill_in_focus_ring_note.png"))
    dialog.question_page.scale_buttons[3].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: ring.target is None)
    dialog.go_to(10)  # the summary: its table
    dialog.summary_page.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: ring.target is dialog.summary_page.table)
    assert ring.isVisible() and ring.geometry().contains(
        dialog.summary_page.table.mapTo(dialog, dialog.summary_page.table.rect().center())
    )
    dialog.close_keeping_draft()


def test_the_ring_lets_go_of_a_control_that_is_gone(qtbot: QtBot) -> None:
    """A closed fill-in's controls are deleted while the focus still moves: the ring
    forgets them instead of raising in Qt's event loop (seen when another window
    took the focus after a fill-in had closed)."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    date_edit, other = QDateEdit(), QLineEdit()
    layout.addWidget(date_edit)
    layout.addWidget(other)
    ring = FocusRing(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: ring.target is date_edit)
    shiboken6.delete(date_edit)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: ring.target is other)
