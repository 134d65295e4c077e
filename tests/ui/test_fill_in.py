"""Fill in together: keyboard-only fill-in, summary, zoom, drafts, edit, full screen.

Run as a program to write screenshots: `python -m tests.ui.test_fill_in OUT_DIR`
(a test does so at 100 % and at QT_SCALE_FACTOR=2).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bipdesk.core.cards import Card, CardKey, card_from_mapping
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant, Sex
from bipdesk.io.cards import default_cards
from bipdesk.storage import Database, open_database
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.fill_in import FillInDialog, ui_language
from bipdesk.ui.fill_in.keys import Command, KeyAction, Target, key_action
from bipdesk.ui.fill_in.question_page import DEFAULT_POINT_SIZE
from tests.conftest import TODAY
from tests.support import QUESTIONS

ROOT = Path(__file__).resolve().parents[2]
CARD = CardKey("bip-standard", 1)
PREVIOUS_DAY = date(2026, 8, 20)
PREVIOUS = dict(zip(QUESTIONS, (2, 3, 4, 5, 6, 7, 8, 2, 3, 4), strict=True))


# -- fixtures and helpers ----------------------------------------------------------


pytestmark = pytest.mark.usefixtures("english_locale")


def make_context(database: Database, settings_path: Path) -> AppContext:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


def seed(database: Database) -> None:
    with database.transaction() as repository:
        repository.add_participant(
            Participant("P001", name="Amina Hassan", sex=Sex.WOMEN, birth_year=1984)
        )
        repository.add_participant(
            Participant("P002", name="Other Person", sex=Sex.MEN, birth_year=1990)
        )
        repository.add_measurement(Measurement("P001", CARD, PREVIOUS_DAY, PREVIOUS))


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    seed(database)
    return make_context(database, tmp_path / "s.ini")


@dataclass
class MessageBoxes:
    """Answers the fill-in view's QMessageBoxes by clicking the button with that text."""

    replies: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Every test: a message box never blocks; one nobody expected is answered by its
    default button and recorded in `unexpected`."""
    script = MessageBoxes()

    def exec_(box: QMessageBox) -> int:
        script.shown.append(box.text())
        if not script.replies:
            script.unexpected.append(box.text())
            default = box.defaultButton()
            if default is not None:
                default.click()
            return 0
        reply = script.replies.pop(0)
        for button in box.buttons():
            if button.text() == reply:
                button.click()
                return 0
        raise AssertionError(f"no button {reply!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return script


def open_dialog(
    context: AppContext, qtbot: QtBot, code: str = "P001", measurement_id: int | None = None
) -> FillInDialog:
    dialog = FillInDialog(context, code, measurement_id=measurement_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def press(
    qtbot: QtBot,
    dialog: QDialog,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key press where the keyboard focus is, as a person at the keyboard makes it."""
    target = QApplication.focusWidget() or dialog
    assert target is dialog or dialog.isAncestorOf(target), "focus left the dialog"
    qtbot.keyClick(target, key, modifier)


def stored(database: Database, code: str = "P001") -> list[Measurement]:
    with database.transaction(write=False) as repository:
        return repository.measurements(code)


def current_question(dialog: FillInDialog) -> str:
    state = dialog.state
    assert state is not None and not state.on_summary
    return state.card.questions[state.position].id


def labels(dialog: QWidget) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


# -- filling in with the keyboard ------------------------------------------------------


def test_a_whole_card_with_the_keyboard_alone(
    context: AppContext, database: Database, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    dialog = open_dialog(context, qtbot)
    assert dialog.progress_label.text() == "1 / 10"
    assert "Keys: 1–9, 0 = 10" in dialog.hint_label.text()

    K = Qt.Key  # noqa: N806
    press(qtbot, dialog, K.Key_3)
    press(qtbot, dialog, K.Key_Return)
    press(qtbot, dialog, K.Key_0)  # 0 = 10
    press(qtbot, dialog, K.Key_Return)
    assert dialog.progress_label.text() == "3 / 10"
    assert dialog.progress_bar.value() == 3
    press(qtbot, dialog, K.Key_Minus)  # don't want to answer
    assert dialog.question_page.no_answer_button.isChecked()
    press(qtbot, dialog, K.Key_Return)
    press(qtbot, dialog, K.Key_7)
    press(qtbot, dialog, K.Key_Return)
    press(qtbot, dialog, K.Key_N)  # no answer, the other key
    press(qtbot, dialog, K.Key_Backspace)  # back to question 4 …
    assert current_question(dialog) == "time_in_everyday_life"
    assert dialog.question_page.scale_buttons[6].isChecked()  # … which shows its 7
    press(qtbot, dialog, K.Key_5)  # and change it
    press(qtbot, dialog, K.Key_Return)
    assert current_question(dialog) == "health"
    assert dialog.question_page.no_answer_button.isChecked()  # kept
    press(qtbot, dialog, K.Key_Return)
    for key in (K.Key_1, K.Key_9, K.Key_2, K.Key_8, K.Key_4):
        press(qtbot, dialog, key)
        press(qtbot, dialog, K.Key_Return)
    state = dialog.state
    assert state is not None and state.on_summary
    assert dialog.pages.currentWidget() is dialog.summary_page
    assert stored(database)[-1].date == PREVIOUS_DAY  # nothing saved yet

    with qtbot.waitSignal(context.changed) as announced:
        press(qtbot, dialog, K.Key_Return)
    assert announced.args == [Change.MEASUREMENTS]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()

    saved = stored(database)[-1]
    assert (saved.participant_code, saved.card, saved.date) == ("P001", CARD, TODAY)
    assert dict(saved.answers) == {
        "job_search_knowhow": 3,
        "skills_at_work": 10,
        "manage_a_job": None,
        "time_in_everyday_life": 5,
        "health": None,
        "social_support": 1,
        "contact_strangers": 9,
        "cooperation": 2,
        "manage_studies": 8,
        "job_goal": 4,
    }
    assert dialog.saved_measurement == saved
    assert boxes.shown == []
    with database.transaction(write=False) as repository:
        assert repository.draft("P001") is None  # saving deleted the draft


def test_ctrl_enter_saves_even_from_the_note(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    for _ in QUESTIONS:
        press(qtbot, dialog, Qt.Key.Key_6)
        press(qtbot, dialog, Qt.Key.Key_Return)
    dialog.summary_page.note_edit.setFocus()
    qtbot.keyClicks(dialog.summary_page.note_edit, "Tolk 1")
    press(qtbot, dialog, Qt.Key.Key_Return)  # a new line in the note, not a save
    assert dialog.isVisible()
    press(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = stored(database)[-1]
    assert saved.note == "Tolk 1"
    assert set(saved.answers.values()) == {6}


def test_everything_by_mouse(context: AppContext, database: Database, qtbot: QtBot) -> None:
    dialog = open_dialog(context, qtbot)
    page = dialog.question_page
    for index in range(len(QUESTIONS)):
        button = page.no_answer_button if index == 1 else page.scale_buttons[index]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.summary_page.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    answers = stored(database)[-1].answers
    assert [answers[q] for q in QUESTIONS] == [1, None, 3, 4, 5, 6, 7, 8, 9, 10]


def test_arrows_move_the_choice(context: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(context, qtbot)
    state = dialog.state
    assert state is not None
    K = Qt.Key  # noqa: N806

    def answer() -> int | None:
        return state.answers.get("job_search_knowhow")

    press(qtbot, dialog, K.Key_Right)
    assert answer() == 1
    press(qtbot, dialog, K.Key_Right)
    press(qtbot, dialog, K.Key_Right)
    assert answer() == 3
    assert dialog.question_page.scale_buttons[2].isChecked()
    assert QApplication.focusWidget() is dialog.question_page.scale_buttons[2]
    press(qtbot, dialog, K.Key_Left)
    assert answer() == 2
    press(qtbot, dialog, K.Key_Left)
    press(qtbot, dialog, K.Key_Left)
    assert answer() == 1  # stops at the end of the scale
    press(qtbot, dialog, K.Key_9)
    press(qtbot, dialog, K.Key_Right)
    press(qtbot, dialog, K.Key_Right)
    assert answer() == 10


def test_typing_in_a_note_goes_into_the_note(context: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(context, qtbot)
    page = dialog.question_page
    assert page.note_edit.isHidden()
    qtbot.mouseClick(page.note_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is page.note_edit
    qtbot.keyClicks(page.note_edit, "2 barn, 0 tid - N")
    press(qtbot, dialog, Qt.Key.Key_Backspace)  # deletes a character, does not go back
    press(qtbot, dialog, Qt.Key.Key_Left)  # moves the cursor, does not choose
    state = dialog.state
    assert state is not None
    assert state.answers == {}
    assert page.note_edit.text() == "2 barn, 0 tid - "
    assert state.position == 0
    press(qtbot, dialog, Qt.Key.Key_Return)  # nobody has answered: Enter stays
    assert state.position == 0 and state.answers == {}
    assert page.prompt_label.isVisible()
    qtbot.mouseClick(page.scale_buttons[3], Qt.MouseButton.LeftButton)
    page.note_edit.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Return)  # answered: Enter from the note goes on
    assert state.position == 1
    assert state.question_notes == {"job_search_knowhow": "2 barn, 0 tid - "}
    assert page.note_edit.isHidden() and page.note_edit.text() == ""
    press(qtbot, dialog, Qt.Key.Key_Backspace)
    assert page.note_edit.isVisible() and page.note_edit.text() == "2 barn, 0 tid - "


# -- summary ---------------------------------------------------------------------------


def test_the_summary_shows_the_previous_answers_and_the_change(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    for value in (5, 3, None, 5):
        dialog.choose(value)
        dialog.next()
    dialog.go_to(len(QUESTIONS))
    summary = dialog.summary_page
    assert summary.isVisible()
    header = summary.table.horizontalHeaderItem(2)
    assert header is not None and "Aug 20, 2026" in header.text()
    assert summary.row_texts(0) == ["Knowing how to find work", "5", "2", "▲ +3"]
    assert summary.row_texts(1) == ["My skills", "3", "3", "= 0"]
    assert summary.row_texts(2) == ["Managing a job", "No answer", "4", ""]
    assert summary.row_texts(3)[1:] == ["5", "5", "= 0"]
    assert summary.row_texts(4)[1:] == ["Not answered yet", "6", ""]  # never reached
    assert summary.unanswered_rows() == [4, 5, 6, 7, 8, 9]
    assert "questions 5, 6, 7, 8, 9, 10." in summary.unanswered_label.text()

    dialog.go_to(0)
    dialog.choose(1)
    dialog.go_to(len(QUESTIONS))
    assert summary.row_texts(0)[1:] == ["1", "2", "▼ −1"]

    summary.table.cellClicked.emit(2, 0)  # clicking a row jumps to that question
    assert current_question(dialog) == "manage_a_job"
    assert dialog.question_page.isVisible()


def test_the_summary_without_an_earlier_measurement(context: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(context, qtbot, "P002")
    dialog.choose(4)
    dialog.go_to(len(QUESTIONS))
    assert dialog.summary_page.row_texts(0)[1:] == ["4", "—", ""]
    assert "no earlier measurement" in dialog.summary_page.previous_label.text()


def test_a_second_measurement_on_the_same_day_is_refused_inline(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.date_edit.setDate(PREVIOUS_DAY)
    dialog.choose(5)
    dialog.go_to(len(QUESTIONS))
    dialog.save()
    assert dialog.isVisible()
    assert "already a measurement" in dialog.summary_page.error_label.text()
    assert len(stored(database)) == 1
    assert dialog.date_edit.maximumDate().toPython() == TODAY  # never in the future


# -- type size -------------------------------------------------------------------------


def test_the_question_is_large_and_zooms(context: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(context, qtbot)
    label = dialog.question_page.question_label
    assert label.font().pointSizeF() == DEFAULT_POINT_SIZE >= 16
    assert label.wordWrap()
    press(qtbot, dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert label.font().pointSizeF() == DEFAULT_POINT_SIZE + 2
    press(qtbot, dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert label.font().pointSizeF() == DEFAULT_POINT_SIZE + 4
    dialog.close_keeping_draft()

    again = open_dialog(context, qtbot)  # the zoom is remembered
    label = again.question_page.question_label
    assert label.font().pointSizeF() == DEFAULT_POINT_SIZE + 4
    for _ in range(10):
        press(qtbot, again, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert label.font().pointSizeF() == 16  # never smaller
    assert again.state is not None and again.state.answers == {}  # Ctrl+- is not 'no answer'
    press(qtbot, again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert label.font().pointSizeF() == DEFAULT_POINT_SIZE
    qtbot.mouseClick(again.zoom_in_button, Qt.MouseButton.LeftButton)
    assert label.font().pointSizeF() == DEFAULT_POINT_SIZE + 2


# -- drafts ----------------------------------------------------------------------------


def answer_first_three(qtbot: QtBot, dialog: FillInDialog) -> None:
    for key in (Qt.Key.Key_4, Qt.Key.Key_Minus, Qt.Key.Key_8):
        press(qtbot, dialog, key)
        press(qtbot, dialog, Qt.Key.Key_Return)


def test_a_kept_draft_survives_a_restart_and_resumes(
    database: Database, tmp_path: Path, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    seed(database)
    context = make_context(database, tmp_path / "s.ini")
    dialog = open_dialog(context, qtbot)
    dialog.date_edit.setDate(date(2026, 11, 20))
    answer_first_three(qtbot, dialog)
    qtbot.mouseClick(dialog.question_page.note_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.question_page.note_edit, "svårt")
    boxes.replies.append("Keep draft")
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert "Keep it as a draft" in boxes.shown[-1]
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected

    path = database.path
    database.close()  # the restart
    with open_database(path, default_cards(), today=lambda: TODAY) as reopened:
        later = make_context(reopened, tmp_path / "s.ini")
        boxes.replies.append("Resume")
        resumed = open_dialog(later, qtbot)
        assert "3 of 10 questions answered" in boxes.shown[-1]
        state = resumed.state
        assert state is not None
        assert state.answers == {"job_search_knowhow": 4, "skills_at_work": None, "manage_a_job": 8}
        assert state.question_notes == {"time_in_everyday_life": "svårt"}
        assert state.position == 3 and state.date == date(2026, 11, 20)
        assert resumed.progress_label.text() == "4 / 10"
        assert resumed.question_page.note_edit.text() == "svårt"
        assert resumed.date_edit.date().toPython() == date(2026, 11, 20)
        press(qtbot, resumed, Qt.Key.Key_Backspace)
        assert resumed.question_page.scale_buttons[7].isChecked()  # the 8 of question 3
        resumed.close_keeping_draft()


def test_every_answer_is_kept_at_once(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    """A crash loses nothing: the draft is written on every answer."""
    dialog = open_dialog(context, qtbot)
    press(qtbot, dialog, Qt.Key.Key_6)
    with database.transaction(write=False) as repository:
        draft = repository.draft("P001")
    assert draft is not None and draft.answers == {"job_search_knowhow": 6}
    press(qtbot, dialog, Qt.Key.Key_Return)
    press(qtbot, dialog, Qt.Key.Key_2)
    with database.transaction(write=False) as repository:
        draft = repository.draft("P001")
    assert draft is not None and draft.answers == {"job_search_knowhow": 6, "skills_at_work": 2}
    assert draft.position == 1 and draft.card == CARD and draft.measurement_id is None
    qtbot.mouseClick(dialog.question_page.note_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.question_page.note_edit, "orolig")

    def note_kept() -> None:
        with database.transaction(write=False) as repository:
            kept = repository.draft("P001")
        assert kept is not None and kept.question_notes == {"skills_at_work": "orolig"}

    qtbot.waitUntil(note_kept)  # shortly after the typing stops
    dialog.close_keeping_draft()


def test_discarding_deletes_the_draft(
    context: AppContext, database: Database, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    dialog = open_dialog(context, qtbot)
    answer_first_three(qtbot, dialog)
    boxes.replies.append("Discard")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with database.transaction(write=False) as repository:
        assert repository.draft("P001") is None
    assert len(stored(database)) == 1
    open_dialog(context, qtbot).close_keeping_draft()  # no draft: nothing is offered
    assert len(boxes.shown) == 1


def test_continue_filling_in_keeps_the_dialog_open(
    context: AppContext, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    dialog = open_dialog(context, qtbot)
    answer_first_three(qtbot, dialog)
    boxes.replies.append("Continue filling in")
    dialog.close()  # the window's close button
    assert dialog.isVisible()
    state = dialog.state
    assert state is not None and state.position == 3
    dialog.close_keeping_draft()


def test_closing_before_any_answer_asks_nothing(
    context: AppContext, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    dialog = open_dialog(context, qtbot)
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert boxes.shown == []


def test_starting_over_discards_the_draft(
    context: AppContext, database: Database, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    dialog = open_dialog(context, qtbot)
    answer_first_three(qtbot, dialog)
    boxes.replies.append("Keep draft")
    dialog.reject()
    boxes.replies.append("Start over")
    fresh = open_dialog(context, qtbot)
    state = fresh.state
    assert state is not None and state.answers == {} and state.position == 0
    with database.transaction(write=False) as repository:
        assert repository.draft("P001") is None
    fresh.close_keeping_draft()


def test_a_draft_of_a_card_no_longer_installed_cannot_be_resumed(
    context: AppContext, database: Database, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    from bipdesk.storage.drafts import Draft

    with database.transaction() as repository:
        repository.save_draft(Draft("P001", CardKey("gone", 3), TODAY, {"x": 1}, position=1))
    boxes.replies.append("OK")
    dialog = open_dialog(context, qtbot)
    assert "gone v3 is not installed" in boxes.shown[-1]
    state = dialog.state
    assert state is not None and state.card.key == CARD and state.answers == {}
    with database.transaction(write=False) as repository:
        assert repository.draft("P001") is None
    dialog.close_keeping_draft()


def test_an_unknown_participant_shows_a_plain_message(context: AppContext, qtbot: QtBot) -> None:
    dialog = FillInDialog(context, "NOBODY")
    qtbot.addWidget(dialog)
    assert dialog.state is None
    assert dialog.problem_label.text() == "There is no participant NOBODY."


# -- editing ---------------------------------------------------------------------------


def test_editing_a_measurement_updates_it(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    (previous,) = stored(database)
    with database.transaction() as repository:
        repository.update_measurement(
            Measurement(
                "P001", CARD, PREVIOUS_DAY, PREVIOUS, {"health": "ryggont"}, "tolk", previous.id
            )
        )
    dialog = open_dialog(context, qtbot, measurement_id=previous.id)
    state = dialog.state
    assert state is not None
    assert state.answers == PREVIOUS and state.note == "tolk"
    assert dialog.date_edit.date().toPython() == PREVIOUS_DAY
    assert dialog.question_page.scale_buttons[1].isChecked()  # its answer 2
    press(qtbot, dialog, Qt.Key.Key_9)
    dialog.go_to(4)
    assert dialog.question_page.note_edit.text() == "ryggont"
    dialog.go_to(len(QUESTIONS))
    assert dialog.summary_page.row_texts(0)[2] == "—"  # not compared with itself
    qtbot.mouseClick(dialog.summary_page.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    (updated,) = stored(database)
    assert updated.id == previous.id
    assert updated.answers == {**PREVIOUS, "job_search_knowhow": 9}
    assert updated.question_notes == {"health": "ryggont"} and updated.note == "tolk"
    with database.transaction(write=False) as repository:
        assert repository.draft("P001") is None


# -- the participant's own screen --------------------------------------------------------


def test_full_screen_shows_only_this_participant(context: AppContext, qtbot: QtBot) -> None:
    context.set_show_names(False)
    dialog = open_dialog(context, qtbot)
    assert not dialog.isFullScreen()
    press(qtbot, dialog, Qt.Key.Key_F11)
    assert dialog.windowState() & Qt.WindowState.WindowFullScreen
    assert dialog.full_screen_button.isChecked()
    screen = dialog.screen().geometry()
    qtbot.waitUntil(lambda: dialog.geometry().size() == screen.size())
    everything = " ".join([*labels(dialog), dialog.windowTitle()])
    assert "P001" in everything
    for other in ("P002", "Other Person", "Amina Hassan"):
        assert other not in everything
    # bigger still on the participant's screen, without changing the remembered zoom
    assert dialog.question_page.question_label.font().pointSizeF() > DEFAULT_POINT_SIZE
    assert dialog.text_size == DEFAULT_POINT_SIZE
    qtbot.mouseClick(dialog.full_screen_button, Qt.MouseButton.LeftButton)
    assert not dialog.isFullScreen()
    assert dialog.question_page.question_label.font().pointSizeF() == DEFAULT_POINT_SIZE
    dialog.close_keeping_draft()


def test_the_name_shows_only_when_names_are_shown(context: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(context, qtbot)
    assert dialog.who_label.text() == "P001 · Amina Hassan"
    assert not any("P002" in text or "Other Person" in text for text in labels(dialog))
    dialog.close_keeping_draft()


def test_every_control_has_an_accessible_name(context: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(context, qtbot)
    controls = (QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QTableWidget)
    unnamed = [
        type(widget).__name__ + ":" + getattr(widget, "text", lambda: "")()
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, controls)
        and not widget.accessibleName()
        and isinstance(widget.parent(), QWidget)
        # parts of a composite control (the spin box's editor, a clear button)
        and not isinstance(widget.parent(), QAbstractSpinBox | QTableWidget | QLineEdit)
        and widget.objectName() != "qt_spinbox_lineedit"
    ]
    assert unnamed == []
    dialog.close_keeping_draft()


# -- languages ---------------------------------------------------------------------------


def test_swedish_texts_when_the_app_speaks_swedish(context: AppContext, qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    assert ui_language() == "sv"
    dialog = open_dialog(context, qtbot)
    page = dialog.question_page
    assert page.question_label.text().startswith("Hur väl vet du vad du ska göra")
    assert page.minimum_label.text() == "1 = Inte alls"
    assert page.maximum_label.text() == "10 = Helt och hållet"
    page.set_second_language("en")  # the seam for the participant's own language
    assert page.second_label.isVisible()
    assert page.second_label.text().startswith("How well do you know")
    page.set_second_language(None)
    assert page.second_label.isHidden()
    dialog.close_keeping_draft()


def test_english_texts_otherwise(context: AppContext, qtbot: QtBot) -> None:
    assert ui_language() == "en"
    dialog = open_dialog(context, qtbot)
    assert dialog.question_page.minimum_label.text() == "1 = Not at all"
    assert dialog.card_label.text() == "BIP progression card"
    dialog.close_keeping_draft()


# -- the keys, rule by rule ----------------------------------------------------------------

SMALL = card_from_mapping(
    {
        "id": "small",
        "version": 1,
        "title": {"sv": "Litet"},
        "scale": {"min": 0, "max": 4, "min_label": {"sv": "Inte"}, "max_label": {"sv": "Helt"}},
        "questions": [{"id": "a", "area": "job", "text": {"sv": "A?"}, "label": {"sv": "A"}}],
    },
    "test",
)


def act(key: Qt.Key, card: Card | None = None, **options: object) -> KeyAction | None:
    """The action of `key` on a question page of the standard card, unless told otherwise."""
    values: dict[str, object] = {"target": Target.OTHER, "on_summary": False, "auto_repeat": False}
    values.update(options)
    modifiers = values.pop("modifiers", Qt.KeyboardModifier.NoModifier)
    scale = (card or standard_card()).scale
    return key_action(key, modifiers, scale=scale, **values)  # type: ignore[arg-type]


def standard_card() -> Card:
    from bipdesk.io.cards import default_cards

    card = default_cards().get("bip-standard")
    assert card is not None
    return card


def test_key_rules() -> None:
    assert act(Qt.Key.Key_0) == KeyAction(Command.CHOOSE, 10)
    assert act(Qt.Key.Key_0, SMALL) == KeyAction(Command.CHOOSE, 0)
    assert act(Qt.Key.Key_7, SMALL) == KeyAction(Command.IGNORE)  # off this card's scale
    assert act(Qt.Key.Key_7, target=Target.TEXT) is None  # typing into a note
    assert act(Qt.Key.Key_Return, target=Target.TEXT) is None  # the note passes it on
    assert act(Qt.Key.Key_Return) == KeyAction(Command.NEXT)
    assert act(Qt.Key.Key_Return, auto_repeat=True) == KeyAction(Command.IGNORE)
    assert act(Qt.Key.Key_Return, target=Target.BUTTON) == KeyAction(Command.PRESS)
    assert act(Qt.Key.Key_Return, on_summary=True) == KeyAction(Command.SAVE)
    assert act(Qt.Key.Key_Return, on_summary=True, target=Target.TABLE) is None
    assert act(Qt.Key.Key_5, on_summary=True) is None
    assert act(Qt.Key.Key_Enter, modifiers=Qt.KeyboardModifier.KeypadModifier) == KeyAction(
        Command.NEXT
    )
    assert act(
        Qt.Key.Key_Return, on_summary=True, modifiers=Qt.KeyboardModifier.ControlModifier
    ) == KeyAction(Command.SAVE)
    assert act(Qt.Key.Key_Minus) == KeyAction(Command.NO_ANSWER)
    assert act(Qt.Key.Key_Minus, modifiers=Qt.KeyboardModifier.ControlModifier) == KeyAction(
        Command.ZOOM_OUT
    )
    assert act(Qt.Key.Key_F11, target=Target.TEXT) == KeyAction(Command.FULL_SCREEN)
    assert act(Qt.Key.Key_Escape) is None  # QDialog's: closing asks about the draft
    assert act(Qt.Key.Key_Left) == KeyAction(Command.MOVE, -1)


# -- screenshots ---------------------------------------------------------------------------

SHOTS = ("question", "question_note", "summary", "full_screen")


def write_screenshots(out: Path) -> None:
    """The four views of the fill-in dialog as PNG files in `out`."""
    import tempfile

    from bipdesk.ui.app import create_application

    app = create_application()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bipdesk-shots-"))
    with open_database(work / "shots.db", default_cards(), today=lambda: TODAY) as database:
        seed(database)
        context = make_context(database, work / "s.ini")
        dialog = FillInDialog(context, "P001")
        dialog.show()
        app.processEvents()
        dialog.go_to(2)
        dialog.choose(7)
        app.processEvents()
        dialog.grab().save(str(out / "question.png"))
        dialog.go_to(4)
        dialog.choose(None)
        dialog.question_page.open_note()
        dialog.question_page.note_edit.setText("Hard to say today, back pain")
        dialog.question_page.note_edited.emit("Hard to say today, back pain")
        app.processEvents()
        dialog.grab().save(str(out / "question_note.png"))
        for index, value in [(0, 5), (1, 6), (3, 10), (5, 3), (6, 2), (7, 8), (8, 4), (9, 9)]:
            dialog.go_to(index)
            dialog.choose(value)
        dialog.go_to(len(QUESTIONS))
        app.processEvents()
        dialog.grab().save(str(out / "summary.png"))
        dialog.go_to(0)
        dialog.toggle_full_screen()
        for _ in range(3):
            app.processEvents()
        dialog.grab().save(str(out / "full_screen.png"))
        dialog.close_keeping_draft()


@pytest.mark.slow
@pytest.mark.parametrize("scale", ["1", "2"])
def test_screenshots_at_100_and_200_percent(tmp_path: Path, scale: str) -> None:
    # A full-HD screen, as on a coordinator's laptop (the offscreen default is 800 × 800).
    screen = tmp_path / "screen.json"
    screen.write_text(
        '{"screens": [{"name": "hd", "x": 0, "y": 0, "width": 1920, "height": 1080, '
        '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
        encoding="utf-8",
    )
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_SCALE_FACTOR": scale,
    }
    out = Path(os.environ.get("BIPDESK_SHOTS", tmp_path)) / f"fill_in_x{scale}"
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.test_fill_in", str(out)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for name in SHOTS:
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull(), name
        expected = 1920 if name == "full_screen" else 900 * int(scale)
        assert image.width() >= expected, (name, image.width())


if __name__ == "__main__":
    write_screenshots(Path(sys.argv[1]))
