"""The exit survey, answered by the participant at exit: one question at a time.

Large and plain like the card's fill-in, and with its keys: 1–4 choose, ←/→
move the choice, Enter goes on, Backspace goes back, − or N is "does not want
to answer", F11 full screen, Ctrl +/− text size. After the last question the
answers are shown once more and saved together (`Repository.save_survey_response`,
which replaces an earlier response; with no answer at all it removes it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import Scale, localized
from bipdesk.core.surveys import SCALE, Survey, SurveyResponse
from bipdesk.core.validation import ValidationError
from bipdesk.io.surveys import SurveyFileError, exit_survey
from bipdesk.language import language_label
from bipdesk.storage import DatabaseError
from bipdesk.storage.participant_language import card_language, set_card_language
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.exit_survey_page import (
    DEFAULT_POINT_SIZE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    SURVEY_LANGUAGE,
    ExitSurveyPage,
    SurveySummaryPage,
)
from bipdesk.ui.fill_in.chrome import Footer
from bipdesk.ui.fill_in.keys import Command, Target, key_action
from bipdesk.ui.fill_in.texts import ui_language
from bipdesk.ui.language import said_in_app
from bipdesk.ui.storage_messages import storage_message

ZOOM_STEP = 2.0
FULL_SCREEN_ENLARGEMENT = 1.5
KEY_SCALE = Scale(min(SCALE), max(SCALE), {}, {})
"""The survey's steps as the fill-in keys know a scale."""


class ExitSurveyDialog(QDialog):
    """The exit survey of one participant; exec() returns Accepted when the answers
    were saved (`saved_response`)."""

    def __init__(
        self, context: AppContext, participant_code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._code = participant_code
        self._language = ui_language()
        self._answers: dict[str, int | None] = {}
        self._reached: set[str] = set()
        self._position = 0
        self._dirty = False
        self._points = DEFAULT_POINT_SIZE
        self._remembered_language: str | None = None
        self.saved_response: SurveyResponse | None = None
        self.setWindowTitle(self.tr("Exit survey — {code}").format(code=participant_code))
        self.setModal(True)
        survey, who, problem = self._load()
        self._survey = survey
        if survey is None:
            self._build_problem(problem)
            return
        self._build(survey, who)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self.resize(960, 680)
        self._show_position()

    # -- loading and building ---------------------------------------------------

    def _load(self) -> tuple[Survey | None, str, str]:
        try:
            survey = exit_survey()
        except SurveyFileError as error:
            return None, "", said_in_app(error)
        try:
            with self._context.database.transaction(write=False) as repository:
                participant = repository.participant(self._code)
                earlier = repository.survey_response(self._code)
                self._remembered_language = card_language(repository, self._code)
        except DatabaseError as error:
            return None, "", storage_message(error)
        if participant is None:
            return None, "", self.tr("There is no participant {code}.").format(code=self._code)
        if earlier is not None and earlier.survey_id == survey.id:
            for question in survey.questions:
                self._answers[question.id] = earlier.answers.get(question.id)
                self._reached.add(question.id)
        who = participant.code
        if self._context.show_names and participant.name:
            who = self.tr("{code} · {name}").format(code=participant.code, name=participant.name)
        return survey, who, ""

    def _build_problem(self, problem: str) -> None:
        label = QLabel(
            self.tr("The exit survey cannot be shown: {problem}").format(problem=problem)
        )
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def _build(self, survey: Survey, who: str) -> None:
        self.who_label = QLabel(who)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.who_label.setFont(big)
        self.who_label.setAccessibleName(self.tr("Participant"))
        self.title_label = QLabel(localized(survey.title, self._language))
        self.title_label.setStyleSheet("color: #5f6368;")
        self.full_screen_button = QToolButton()
        self.full_screen_button.setText(self.tr("Full screen"))
        self.full_screen_button.setToolTip(
            self.tr("Show only the survey on the whole screen (F11)")
        )
        self.full_screen_button.setCheckable(True)
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.language_label = QLabel(self.tr("Participant's &language:"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Participant's language"))
        self.language_combo.setToolTip(
            self.tr(
                "Show each question in the participant's language too, under the Swedish. "
                "Remembered for this participant."
            )
        )
        self.language_combo.addItem(self.tr("None"), None)
        for code in survey.languages():
            if code != SURVEY_LANGUAGE:
                self.language_combo.addItem(language_label(code, self._language), code)
        self.language_label.setBuddy(self.language_combo)
        top = QHBoxLayout()
        top.addWidget(self.who_label)
        top.addSpacing(12)
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.language_label)
        top.addWidget(self.language_combo)
        top.addSpacing(12)
        top.addWidget(self.full_screen_button)

        self.question_page = ExitSurveyPage(survey)
        self.question_page.answer_chosen.connect(self._answer_chosen)
        self.summary_page = SurveySummaryPage(survey)
        self.summary_page.question_clicked.connect(self.go_to)
        self.summary_page.save_button.clicked.connect(self.save)
        self.summary_page.back_button.clicked.connect(self.back)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.question_page)
        self.pages.addWidget(self.summary_page)

        self.footer = Footer(len(survey.questions))
        self.progress_label = self.footer.progress_label
        self.hint_label = self.footer.hint_label
        self.cancel_button = self.footer.cancel_button
        self.cancel_button.setAccessibleName(self.tr("Close the survey"))
        self.cancel_button.clicked.connect(self.reject)
        self.back_button = self.footer.back_button
        self.back_button.clicked.connect(self.back)
        self.next_button = self.footer.next_button
        self.next_button.clicked.connect(self.next)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.footer)

        remembered = self.language_combo.findData(self._remembered_language)
        if self._remembered_language is not None and remembered > 0:
            self.language_combo.setCurrentIndex(remembered)
            self.question_page.set_second_language(self._remembered_language)
        for widget in (self.language_label, self.language_combo):
            widget.setVisible(self.language_combo.count() > 1)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)

    # -- public interface -------------------------------------------------------

    @property
    def survey(self) -> Survey | None:
        return self._survey

    @property
    def position(self) -> int:
        """0-based question shown; the number of questions on the summary."""
        return self._position

    @property
    def on_summary(self) -> bool:
        return self._survey is not None and self._position >= len(self._survey.questions)

    def answers(self) -> dict[str, int]:
        """The answers given so far (skipped questions left out)."""
        return {q: v for q, v in self._answers.items() if v is not None}

    def next(self) -> None:
        if not self.on_summary:
            self.go_to(self._position + 1)

    def back(self) -> None:
        if self._position > 0:
            self.go_to(self._position - 1)

    def go_to(self, position: int) -> None:
        if self._survey is None:
            return
        question_count = len(self._survey.questions)
        self._position = max(0, min(question_count, position))
        self._show_position()

    def choose(self, value: int | None) -> None:
        """Answer the question shown (None: does not want to answer)."""
        if self._survey is None or self.on_summary or (value is not None and value not in SCALE):
            return
        self.question_page.show_answer(value, True)
        self._answer_chosen(value)
        self.question_page.button_for(value).setFocus(Qt.FocusReason.OtherFocusReason)

    def set_second_language(self, language: str | None) -> None:
        """Show the questions in `language` under the Swedish too (None: Swedish only)."""
        if self._survey is None:
            return
        index = self.language_combo.findData(language) if language is not None else 0
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    @property
    def text_size(self) -> float:
        return self._points

    def set_text_size(self, points: float) -> None:
        self._points = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, points))
        factor = FULL_SCREEN_ENLARGEMENT if self.isFullScreen() else 1.0
        self.question_page.set_text_size(self._points * factor)
        self.summary_page.set_text_size(self._points * factor)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        full = self.isFullScreen()
        self.full_screen_button.setChecked(full)
        self.full_screen_button.setText(
            self.tr("Leave full screen") if full else self.tr("Full screen")
        )
        self.set_text_size(self._points)

    def save(self) -> None:
        """Save the answers (replacing earlier ones) and close."""
        survey = self._survey
        if survey is None:
            return
        response = SurveyResponse(survey.id, survey.version, self.answers())
        try:
            with self._context.database.transaction() as repository:
                repository.save_survey_response(self._code, response)
        except (ValidationError, DatabaseError) as error:
            if isinstance(error, ValidationError):
                message = said_in_app(error)
            else:
                message = storage_message(error)
            self.footer.report(message)
            QMessageBox.warning(self, self.tr("The answers were not saved"), message)
            return
        self.saved_response = response
        self._dirty = False
        self._context.announce(Change.PARTICIPANTS)
        self.accept()

    # -- closing ----------------------------------------------------------------

    def reject(self) -> None:
        if self._dirty and not self._confirm_close():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._dirty and not self._confirm_close():
            event.ignore()
            return
        self._dirty = False
        super().closeEvent(event)

    def _confirm_close(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Close the survey?"),
            self.tr("The answers are not saved yet. Close the survey without saving them?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._dirty = False
            return True
        return False

    # -- keyboard ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(watched, event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._handle_key(self, event):
            super().keyPressEvent(event)

    def _handle_key(self, watched: QObject, event: QKeyEvent) -> bool:
        """True when the key was a survey key and has been acted on (fill-in's keys)."""
        if self._survey is None:
            return False
        action = key_action(
            event.key(),
            event.modifiers(),
            target=self._target(watched),
            on_summary=self.on_summary,
            auto_repeat=event.isAutoRepeat(),
            scale=KEY_SCALE,
        )
        if action is None:
            return False
        command = action.command
        if command is Command.CHOOSE:
            self.choose(action.value)
        elif command is Command.NO_ANSWER:
            self.choose(None)
        elif command is Command.MOVE:
            self._move_choice(action.value)
        elif command is Command.PRESS and isinstance(watched, QAbstractButton):
            watched.click()
        elif command is not Command.IGNORE:
            {
                Command.NEXT: self.next,
                Command.BACK: self.back,
                Command.SAVE: self.save,
                Command.FULL_SCREEN: self.toggle_full_screen,
                Command.ZOOM_IN: lambda: self.set_text_size(self._points + ZOOM_STEP),
                Command.ZOOM_OUT: lambda: self.set_text_size(self._points - ZOOM_STEP),
                Command.ZOOM_RESET: lambda: self.set_text_size(DEFAULT_POINT_SIZE),
            }[command]()
        return True

    def _target(self, watched: QObject) -> Target:
        if isinstance(watched, QLineEdit | QAbstractSpinBox):
            return Target.TEXT
        answers: list[QAbstractButton] = [
            *self.question_page.scale_buttons,
            self.question_page.no_answer_button,
        ]
        if isinstance(watched, QAbstractButton) and watched not in answers:
            return Target.BUTTON
        return Target.OTHER

    def _move_choice(self, step: int) -> None:
        assert self._survey is not None
        question = self._survey.questions[self._position]
        value = self._answers.get(question.id)
        if value is None:
            self.choose(min(SCALE) if step > 0 else max(SCALE))
        else:
            self.choose(max(min(SCALE), min(max(SCALE), value + step)))

    # -- showing ----------------------------------------------------------------

    def _show_position(self) -> None:
        survey = self._survey
        assert survey is not None
        total = len(survey.questions)
        if self.on_summary:
            self.summary_page.show_answers(
                {q.id: self._answers.get(q.id) for q in survey.questions}
            )
            self.pages.setCurrentWidget(self.summary_page)
            self.footer.show_summary()
            self.hint_label.setText(self.tr("Keys: Enter saves, Backspace goes back"))
            self.summary_page.save_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        question = survey.questions[self._position]
        self.question_page.show_question(
            question, self._answers.get(question.id), question.id in self._reached
        )
        self.pages.setCurrentWidget(self.question_page)
        self.footer.show_question(self._position + 1, total)
        self.hint_label.setText(
            self.tr(
                "Keys: 1–4 answer, Enter next, Backspace back, – does not want to answer, "
                "F11 full screen, Ctrl +/− text size"
            )
        )
        self.question_page.focus_answer()

    def _answer_chosen(self, value: int | None) -> None:
        survey = self._survey
        if survey is None or self.on_summary:
            return
        question = survey.questions[self._position]
        self._answers[question.id] = value
        self._reached.add(question.id)
        self._dirty = True

    def _language_chosen(self, index: int) -> None:
        data = self.language_combo.itemData(index)
        language = data if isinstance(data, str) else None
        self.question_page.set_second_language(language)
        if language == self._remembered_language:
            return
        try:
            with self._context.database.transaction() as repository:
                set_card_language(repository, self._code, language)
        except DatabaseError as error:
            self.footer.report(storage_message(error))
            return
        self._remembered_language = language
