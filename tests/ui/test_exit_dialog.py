"""Record exit: the end, the reason and, for work, the job; then the exit survey,
answered one question at a time with the keyboard (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.activities import Activity, ActivityType
from bipdesk.core.cards import Area
from bipdesk.core.exits import Employment, ExitForm, WorkingTime
from bipdesk.core.participants import ExitReason
from bipdesk.core.surveys import SurveyResponse
from bipdesk.storage import Database
from bipdesk.storage.participant_language import set_card_language
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.date_edits import qdate
from bipdesk.ui.exit_dialog import ExitDialog
from bipdesk.ui.exit_survey_dialog import ExitSurveyDialog
from bipdesk.ui.participant_page.page import ParticipantPage
from tests.conftest import TODAY
from tests.ui.activity_support import (
    ACTIVITIES,
    CODE,
    START,
    make_context,
    seed,
    shoot,
    speaking,
    stored_participant,
)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    with speaking(qapp, "en"):
        yield


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    seed(database, activities=False, measurements=False)
    return make_context(database, tmp_path)


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> ParticipantPage:
    widget = ParticipantPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.show_participant(CODE)
    return widget


def survey_response(database: Database) -> SurveyResponse | None:
    with database.transaction(write=False) as repository:
        return repository.survey_response(CODE)


def press(qtbot: QtBot, dialog: QWidget, key: Qt.Key) -> None:
    """A key as the participant presses it: to the widget with the focus in the dialog."""
    focused = QApplication.focusWidget()
    target = focused if focused is not None and dialog.isAncestorOf(focused) else dialog
    qtbot.keyClick(target, key)


def open_survey(page: ParticipantPage) -> ExitSurveyDialog:
    (dialog,) = [d for d in page.findChildren(ExitSurveyDialog) if d.isVisible()]
    return dialog


# -- the exit dialog --------------------------------------------------------------------


def test_the_job_is_asked_only_for_work(qtbot: QtBot) -> None:
    dialog = ExitDialog(START, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.employment_box.isVisible()
    dialog.select_reason(ExitReason.WORK)
    assert dialog.employment_box.isVisible()
    assert dialog.exit_form == ExitForm()  # everything 'not known' to begin with
    dialog.employment_combo.setCurrentIndex(dialog.employment_combo.findData("temporary"))
    dialog.branch_combo.setCurrentIndex(dialog.branch_combo.findData("G"))
    assert dialog.exit_form == ExitForm(Employment.TEMPORARY, None, None, "G")
    dialog.select_reason(ExitReason.STUDIES)
    assert not dialog.employment_box.isVisible()
    assert dialog.exit_form == ExitForm()  # the job counts only for the reason work
    dialog.date_edit.setDate(qdate(date(2026, 1, 11)))
    assert "before the start date" in dialog.error_label.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_record_exit_for_work_and_answer_the_survey_with_the_keyboard(
    page: ParticipantPage, database: Database, context: AppContext, qtbot: QtBot
) -> None:
    assert page.end_button.text() == "Record exit…"
    announced: list[str] = []
    context.changed.connect(announced.append)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExitDialog)
        assert dialog.survey_now  # no answers yet: the survey follows
        dialog.date_edit.setDate(qdate(date(2026, 11, 20)))
        dialog.select_reason(ExitReason.WORK)
        dialog.employment_combo.setCurrentIndex(dialog.employment_combo.findData("permanent"))
        dialog.working_time_combo.setCurrentIndex(dialog.working_time_combo.findData("part_time"))
        dialog.subsidised_combo.setCurrentIndex(dialog.subsidised_combo.findData("no"))
        dialog.branch_combo.setCurrentIndex(dialog.branch_combo.findData("Q"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    page.end_button.click()
    participant = stored_participant(database)
    assert (participant.end_date, participant.exit_reason) == (date(2026, 11, 20), ExitReason.WORK)
    assert participant.exit_form == ExitForm(
        Employment.PERMANENT, WorkingTime.PART_TIME, False, "Q"
    )
    assert page.reopen_button.isVisible() and page.survey_button.isVisible()

    survey = open_survey(page)
    qtbot.waitExposed(survey)
    assert survey.position == 0
    press(qtbot, survey, Qt.Key.Key_2)
    press(qtbot, survey, Qt.Key.Key_3)  # changed her mind: 3
    assert survey.question_page.scale_buttons[2].isChecked()
    press(qtbot, survey, Qt.Key.Key_Return)
    assert survey.position == 1
    press(qtbot, survey, Qt.Key.Key_Minus)  # does not want to answer
    assert survey.question_page.no_answer_button.isChecked()
    press(qtbot, survey, Qt.Key.Key_Return)
    press(qtbot, survey, Qt.Key.Key_4)
    press(qtbot, survey, Qt.Key.Key_Return)
    assert survey.on_summary
    texts = [button.text() for button in survey.summary_page.answer_buttons]
    assert texts == ["3 – Stämmer ganska bra", "Not answered", "4 – Stämmer helt"]
    announced.clear()
    with qtbot.waitSignal(survey.accepted):
        press(qtbot, survey, Qt.Key.Key_Return)
    assert survey_response(database) == SurveyResponse("nns-exit", 1, {"useful": 3, "involved": 4})
    assert survey.saved_response == survey_response(database)
    assert Change.PARTICIPANTS in announced


def test_recording_the_exit_can_end_the_ongoing_activities(
    page: ParticipantPage, database: Database
) -> None:
    with database.transaction() as repository:
        for activity in ACTIVITIES:
            repository.add_activity(activity)
        later = repository.add_activity(
            Activity(CODE, ActivityType.STUDIES, Area.SKILLS, date(2027, 1, 10))
        )
    page.show_participant(CODE)
    offered: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExitDialog)
        offered.append(dialog.activities_check.text())
        assert dialog.end_ongoing  # offered and ticked
        dialog.survey_check.setChecked(False)
        dialog.date_edit.setDate(qdate(date(2026, 11, 20)))
        dialog.select_reason(ExitReason.COMPLETED)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    page.end_button.click()
    assert offered == ["End the activities still going on (2) on the end date"]
    with database.transaction(write=False) as repository:
        stored = {a.id: a for a in repository.activities(CODE)}
    ongoing_before = [a for a in ACTIVITIES if a.end_date is None]
    assert len(ongoing_before) == 2
    for activity in stored.values():
        if activity.id == later.id:
            assert activity.end_date is None  # planned after the exit: left as it is
        elif activity.activity in {a.activity for a in ongoing_before}:
            assert activity.end_date == date(2026, 11, 20)
    assert not [d for d in page.findChildren(ExitSurveyDialog) if d.isVisible()]
    assert stored_participant(database).exit_reason is ExitReason.COMPLETED


def test_backspace_goes_back_and_the_answer_can_change(
    page: ParticipantPage, database: Database, qtbot: QtBot
) -> None:
    page.open_exit_survey()
    survey = open_survey(page)
    for key in (Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_2, Qt.Key.Key_Return):
        press(qtbot, survey, key)
    assert survey.position == 2
    press(qtbot, survey, Qt.Key.Key_Backspace)
    press(qtbot, survey, Qt.Key.Key_Backspace)
    assert survey.position == 0 and survey.question_page.scale_buttons[0].isChecked()
    press(qtbot, survey, Qt.Key.Key_Right)  # one step up the scale
    assert survey.answers() == {"useful": 2, "experience_used": 2}
    survey.go_to(3)
    survey.summary_page.save_button.click()
    assert survey_response(database) == SurveyResponse(
        "nns-exit", 1, {"useful": 2, "experience_used": 2}
    )


def test_answering_again_replaces_and_skipping_all_removes(
    page: ParticipantPage, database: Database, qtbot: QtBot
) -> None:
    with database.transaction() as repository:
        repository.save_survey_response(CODE, SurveyResponse("nns-exit", 1, {"useful": 1}))
    page.open_exit_survey()
    survey = open_survey(page)
    # the earlier answers are where she left them
    assert survey.question_page.scale_buttons[0].isChecked()
    for _ in range(3):
        press(qtbot, survey, Qt.Key.Key_N)  # N: does not want to answer
        press(qtbot, survey, Qt.Key.Key_Return)
    assert survey.on_summary
    assert "nothing is saved" in survey.summary_page.note_label.text()
    survey.save()
    assert survey_response(database) is None


def test_closing_with_answers_asks_first(
    page: ParticipantPage, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.open_exit_survey()
    survey = open_survey(page)
    press(qtbot, survey, Qt.Key.Key_4)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.No)
    survey.cancel_button.click()
    assert survey.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    survey.cancel_button.click()
    assert not survey.isVisible()
    assert survey_response(database) is None


def test_the_question_shows_in_the_participants_language(
    page: ParticipantPage, database: Database, qtbot: QtBot
) -> None:
    with database.transaction() as repository:
        set_card_language(repository, CODE, "en")
    page.open_exit_survey()
    survey = open_survey(page)
    question = survey.question_page
    assert question.question_label.text() == (
        "Stödet jag har fått har varit till stor nytta för mig."
    )
    assert question.second_label.isVisible()
    assert question.second_label.text() == "The support I have had has been of great use to me."
    assert question.scale_buttons[0].words_label.text() == "Stämmer inte alls"
    assert question.scale_buttons[0].second_label.text() == "Not true at all"
    survey.set_second_language(None)
    assert not question.second_label.isVisible()
    assert not question.scale_buttons[0].second_label.isVisible()


def test_large_text_is_never_cut_off(
    page: ParticipantPage, qtbot: QtBot, database: Database
) -> None:
    with database.transaction() as repository:
        set_card_language(repository, CODE, "en")
    page.open_exit_survey()
    survey = open_survey(page)
    qtbot.waitExposed(survey)
    question = survey.question_page
    for _ in range(12):  # Ctrl + as far as it goes
        qtbot.keyClick(
            question.scale_buttons[0], Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier
        )
    QApplication.processEvents()
    assert survey.text_size == 44.0  # what was asked for
    assert question.text_size < survey.text_size  # shown smaller: the page is too low
    for button in question.scale_buttons:
        assert button.height() >= button.heightForWidth(button.width()), button.value
        for label in (button.number_label, button.words_label, button.second_label):
            assert label.geometry().bottom() < button.height(), label.text()
    bottom = question.no_answer_button.geometry().bottom()
    assert bottom <= question.height()
    assert question.no_answer_button.geometry().top() > max(
        b.geometry().bottom() for b in question.scale_buttons
    )
    shoot(survey, "exit_survey_large_text_en")


def test_saving_the_background_keeps_the_exit(
    page: ParticipantPage, database: Database, qtbot: QtBot
) -> None:
    form = ExitForm(Employment.TEMPORARY, WorkingTime.FULL_TIME, True, "F")
    assert page.write_end(date(2026, 10, 1), ExitReason.WORK, form)
    qtbot.keyClicks(page.coordinator_edit, "Mona")
    assert page.save()
    participant = stored_participant(database)
    assert participant.coordinator == "Mona"
    assert participant.exit_form == form
    # reopening clears the job with the reason
    assert page.write_end(None, None)
    assert stored_participant(database).exit_form == ExitForm()


# -- in Swedish ------------------------------------------------------------------------


def test_screenshots_in_swedish(
    qapp: QApplication,
    context: AppContext,
    database: Database,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # closing the survey with an answer given asks first; here the test closes it
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    with database.transaction() as repository:
        set_card_language(repository, CODE, "en")
    with speaking(qapp, "sv"):
        dialog = ExitDialog(START, TODAY, ongoing=2)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.select_reason(ExitReason.WORK)
        assert dialog.windowTitle() == "Registrera avslut"
        assert dialog.activities_check.text() == (
            "Avsluta de pågående aktiviteterna (2) på slutdatumet"
        )
        assert dialog.employment_combo.itemText(1) == "Tillsvidare"
        assert dialog.working_time_combo.itemText(2) == "Deltid"
        assert dialog.branch_combo.itemText(3) == "C Tillverkning"
        assert dialog.survey_check.text() == "Låt deltagaren svara på enkäten vid avslut nu"
        shoot(dialog, "exit_dialog_sv")

        survey = ExitSurveyDialog(context, CODE)
        qtbot.addWidget(survey)
        survey.show()
        qtbot.waitExposed(survey)
        survey.choose(3)
        page = survey.question_page
        assert page.no_answer_button.text() == "Vill inte svara"
        assert [b.words_label.text() for b in page.scale_buttons] == [
            "Stämmer inte alls",
            "Stämmer ganska dåligt",
            "Stämmer ganska bra",
            "Stämmer helt",
        ]
        # every word fits its button: nothing is cut off at the default size
        for button in page.scale_buttons:
            for label in (button.number_label, button.words_label, button.second_label):
                assert label.geometry().bottom() <= button.height(), label.text()
                needed = label.fontMetrics().horizontalAdvance(label.text())
                assert needed <= label.width(), label.text()  # on one line, not wrapped
        path = shoot(survey, "exit_survey_question_sv")
        shot = QImage(str(path))
        highlight = survey.palette().highlight().color()
        for button in page.scale_buttons:  # 3 is shown as chosen, the others are not
            corner = button.mapTo(survey, button.rect().bottomLeft())
            inside = shot.pixelColor(corner.x() + 8, corner.y() - 8)
            assert (inside == highlight) == (button.value == 3), button.value
        survey.go_to(3)
        assert survey.summary_page.save_button.text() == "Spara svaren"
        shoot(survey, "exit_survey_summary_sv")
