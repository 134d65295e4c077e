"""Fill in the card together: one question per page, keyboard first, drafts kept.

The dialog holds a `FillInState` (plain data) and shows it on a question page
or the summary page. Every answer is saved at once as the participant's draft,
so a crash loses nothing; saving the measurement deletes the draft in the same
transaction.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import localized
from bipdesk.core.measurements import Measurement
from bipdesk.core.validation import Problem, ValidationError, date_warnings
from bipdesk.language import language_label
from bipdesk.storage import DatabaseError
from bipdesk.storage.drafts import Draft
from bipdesk.storage.participant_language import card_language, set_card_language
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.fill_in.answer_buttons import AnswerButton
from bipdesk.ui.fill_in.chrome import Footer, Header, qdate
from bipdesk.ui.fill_in.colours import error_colour
from bipdesk.ui.fill_in.coordinator_section import load_coordinator_view, save_coordinator_view
from bipdesk.ui.fill_in.focus_ring import FocusRing
from bipdesk.ui.fill_in.keys import Command, Target, key_action
from bipdesk.ui.fill_in.prompts import Closing, ask_closing, ask_resume, tell
from bipdesk.ui.fill_in.question_page import DEFAULT_POINT_SIZE, QuestionPage
from bipdesk.ui.fill_in.state import FillInState, previous_measurement
from bipdesk.ui.fill_in.summary_page import SummaryPage
from bipdesk.ui.fill_in.texts import ui_language
from bipdesk.ui.fill_in.zoom import Zoom
from bipdesk.ui.formatting import format_day
from bipdesk.ui.language import said_in_app
from bipdesk.ui.storage_messages import storage_message

STANDARD_CARD = "bip-standard"
GEOMETRY_KEY = "fill_in/geometry"
FULL_SCREEN_ENLARGEMENT = 1.5
NOTE_SAVE_DELAY_MS = 800


class FillInDialog(QDialog):
    """One participant's card, filled in together; exec() returns Accepted when saved."""

    def __init__(
        self,
        context: AppContext,
        participant_code: str,
        parent: QWidget | None = None,
        measurement_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._code = participant_code
        self._language = ui_language()
        self._dirty = False
        self._closing = False
        self._points = DEFAULT_POINT_SIZE
        # Notes are kept shortly after the typing stops, answers at once.
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self._autosave)
        self.saved_measurement: Measurement | None = None
        self._measurements: list[Measurement] = []
        self._remembered_language: str | None = None
        self.setWindowTitle(self.tr("Fill in the card — {code}").format(code=participant_code))
        self.setModal(True)

        state, who, problem = self._load(measurement_id)
        if state is None:
            self._state: FillInState | None = None
            self._build_problem_page(problem)
            return
        self._state = state
        state.coordinator_view = load_coordinator_view(context, state.measurement_id)
        self._build(who)
        self._restore_geometry()
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self._show_position()

    # -- loading --------------------------------------------------------------

    def _load(self, measurement_id: int | None) -> tuple[FillInState | None, str, str]:
        """The state to start from, the participant as shown, or a problem to show."""
        cards = self._context.database.cards
        try:
            with self._context.database.transaction(write=False) as repository:
                participant = repository.participant(self._code)
                self._measurements = repository.measurements(self._code)
                draft = repository.draft(self._code)
                self._remembered_language = card_language(repository, self._code)
                editing = (
                    repository.measurement(measurement_id) if measurement_id is not None else None
                )
        except DatabaseError as error:
            return None, "", storage_message(error)
        if participant is None:
            return None, "", self.tr("There is no participant {code}.").format(code=self._code)
        self._participant = participant
        who = participant.code
        if self._context.show_names and participant.name:
            who = self.tr("{code} · {name}").format(code=participant.code, name=participant.name)
        if measurement_id is not None:
            if editing is None or editing.participant_code != self._code:
                return None, who, self.tr("The measurement no longer exists.")
            card = cards.get(editing.card.id, editing.card.version)
            if card is None:
                return (
                    None,
                    who,
                    self.tr(
                        "The measurement was made with card {card}, which is not installed."
                    ).format(card=str(editing.card)),
                )
            state = FillInState.from_measurement(editing, card)
        else:
            newest = cards.get(STANDARD_CARD)
            if newest is None:
                return (
                    None,
                    who,
                    self.tr("The card {card} is not installed.").format(card=STANDARD_CARD),
                )
            state = FillInState(self._code, newest, self._context.today())
        if draft is not None:
            state = self._offer_draft(draft, state)
        return state, who, ""

    def _offer_draft(self, draft: Draft, fresh: FillInState) -> FillInState:
        """Resume the kept draft, or start over (which discards it)."""
        card = self._context.database.cards.get(draft.card.id, draft.card.version)
        if card is None:
            tell(
                self,
                self.tr("Unfinished measurement"),
                self.tr(
                    "There is an unfinished measurement, but its card {card} is not installed "
                    "any more. It cannot be resumed; you start over."
                ).format(card=str(draft.card)),
            )
            self._delete_draft()
            return fresh
        resumed = FillInState.from_draft(draft, card)
        answered = sum(1 for q in card.questions if q.id in resumed.answers)
        if draft.measurement_id is None:
            text = self.tr(
                "There is an unfinished measurement of {date} for {code}: {answered} of {total} "
                "questions answered. Resume it, or start over and discard it?"
            )
        else:
            text = self.tr(
                "There are unsaved changes to the measurement of {date} for {code}: {answered} "
                "of {total} questions answered. Resume them, or start over and discard them?"
            )
        text = text.format(
            date=format_day(draft.date),
            code=self._code,
            answered=answered,
            total=len(card.questions),
        )
        if ask_resume(self, text):
            self._dirty = True
            return resumed
        self._delete_draft()
        return fresh

    # -- building -------------------------------------------------------------

    def _build_problem_page(self, problem: str) -> None:
        label = QLabel(problem)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {error_colour()};")
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(super().reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.problem_label = label

    def _build(self, who: str) -> None:
        assert self._state is not None
        card = self._state.card
        self.header = Header(
            who,
            localized(card.title, self._language),
            str(card.key),
            self._context.today(),
            second_languages=[
                (code, language_label(code, self._language))
                for code in card.languages
                if code != self._language
            ],
        )
        self.language_combo = self.header.language_combo
        self.who_label = self.header.who_label
        self.card_label = self.header.card_label
        self.date_edit = self.header.date_edit
        self.date_edit.setDate(qdate(self._state.date))
        self.date_edit.dateChanged.connect(self._date_changed)
        self._check_date()
        self.zoom_in_button = self.header.zoom_in_button
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button = self.header.zoom_out_button
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.full_screen_button = self.header.full_screen_button
        self.full_screen_button.clicked.connect(self.toggle_full_screen)

        self.question_page = QuestionPage(card, self._language)
        self.question_page.answer_chosen.connect(self._answer_chosen)
        self.question_page.note_edited.connect(self._question_note_edited)
        self.summary_page = SummaryPage(card, self._language)
        self.summary_page.question_clicked.connect(self.go_to)
        self.summary_page.note_edited.connect(self._note_edited)
        self.summary_page.back_button.clicked.connect(self.back)
        self.summary_page.save_button.clicked.connect(self.save)
        self.summary_page.coordinator_section.changed.connect(lambda: setattr(self, "_dirty", True))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.question_page)
        self.pages.addWidget(self.summary_page)

        self.footer = Footer(self._state.question_count)
        self.progress_label = self.footer.progress_label
        self.progress_bar = self.footer.progress_bar
        self.hint_label = self.footer.hint_label
        self.cancel_button = self.footer.cancel_button
        self.cancel_button.clicked.connect(self.reject)
        self.back_button = self.footer.back_button
        self.back_button.clicked.connect(self.back)
        self.next_button = self.footer.next_button
        self.next_button.clicked.connect(self.next)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.footer)
        self.setTabOrder(self.full_screen_button, self.language_combo)
        self.setTabOrder(self.language_combo, self.question_page.answer_group)
        self.focus_ring = FocusRing(self)
        """3 px around the controls the style draws (date, language, notes, table)."""
        self.setTabOrder(self.question_page.note_edit, self.back_button)

        remembered = self.language_combo.findData(self._remembered_language)
        if self._remembered_language is not None and remembered > 0:
            self.language_combo.setCurrentIndex(remembered)
            self.question_page.set_second_language(self._remembered_language)
            self.summary_page.set_second_language(self._remembered_language)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)

        self._zoom = Zoom(
            self,
            self._context.settings,
            self.pages,
            self.question_page,
            self.summary_page,
            [self.header, self.footer],
        )
        self.set_text_size(self._zoom.remembered_points())

    def _key_hint(self) -> str:
        assert self._state is not None
        scale = self._state.card.scale
        if (scale.minimum, scale.maximum) == (1, 10):
            return self.tr(
                "Keys: 1–9, 0 = 10, ←/→, Enter next, Backspace back, – no answer, "
                "F11 full screen, Ctrl +/− text size"
            )
        return self.tr(
            "Keys: digits choose, ←/→, Enter next, Backspace back, – no answer, "
            "F11 full screen, Ctrl +/− text size"
        )

    def _restore_geometry(self) -> None:
        geometry = self._context.settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(960, 700)

    # -- public interface -----------------------------------------------------

    @property
    def state(self) -> FillInState | None:
        """What has been filled in so far (None when the dialog shows a problem)."""
        return self._state

    def next(self) -> None:
        if self._state is not None and not self._state.on_summary:
            self.go_to(self._state.position + 1)

    def back(self) -> None:
        if self._state is not None and self._state.position > 0:
            self.go_to(self._state.position - 1)

    def go_to(self, position: int) -> None:
        """Show question `position` (0-based), or the summary for len(questions)."""
        if self._state is None:
            return
        self._state.go_to(position)
        self._autosave()
        self._show_position()

    def choose(self, value: int | None) -> None:
        """Answer the question shown (None: don't want to answer / not applicable)."""
        if self._state is None or self._state.on_summary:
            return
        if value is not None and not self._state.card.scale.contains(value):
            return
        self.question_page.show_answer(value, True)
        self.question_page.show_prompt("")
        self._answer_chosen(value)
        button = self.question_page.button_for(value)
        if button is not None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def text_size(self) -> float:
        """The question's size in points chosen with the zoom (remembered)."""
        return self._points

    def set_text_size(self, points: float) -> None:
        """Zoom: the question's size, all other text in proportion (zoom.py); full
        screen shows the question half as large again."""
        self._points = self._zoom.clamp(points)
        factor = FULL_SCREEN_ENLARGEMENT if self.isFullScreen() else 1.0
        self.question_page.set_text_size(self._points * factor)
        self._zoom.apply(self._points)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._state is not None and event.size().height() != event.oldSize().height():
            self._zoom.fit()

    def zoom_in(self) -> None:
        self.set_text_size(self._points + self._zoom.step)

    def zoom_out(self) -> None:
        self.set_text_size(self._points - self._zoom.step)

    def reset_zoom(self) -> None:
        self.set_text_size(self._zoom.default_points)

    def set_second_language(self, language: str | None) -> None:
        """Show each question in `language` beside the app's language (None: only one),
        and remember it for the participant's next measurement."""
        if self._state is None:
            return
        index = self.language_combo.findData(language) if language is not None else 0
        if index < 0:
            return  # the card has no such language
        if index != self.language_combo.currentIndex():
            self.language_combo.setCurrentIndex(index)  # -> _language_chosen
        else:
            self._language_chosen(index)

    @property
    def second_language(self) -> str | None:
        """The participant's language shown beside the app's (None: none)."""
        return self.question_page.second_language if self._state is not None else None

    def _language_chosen(self, index: int) -> None:
        data = self.language_combo.itemData(index)
        language = data if isinstance(data, str) else None
        self.question_page.set_second_language(language)
        self.summary_page.set_second_language(language)
        if self._state is not None and self._state.on_summary:
            self._show_summary()
        if language == self._remembered_language:
            return
        try:
            with self._context.database.transaction() as repository:
                set_card_language(repository, self._code, language)
        except DatabaseError as error:
            self._report(
                self.tr("The participant's language could not be remembered: {reason}").format(
                    reason=storage_message(error)
                )
            )
            return
        self._remembered_language = language

    def toggle_full_screen(self) -> None:
        """The participant-facing mode: the dialog covers the whole screen."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.header.show_full_screen(self.isFullScreen())
        self.set_text_size(self._points)

    def save(self) -> None:
        """Save the measurement and delete the draft in one transaction, then close."""
        if self._state is None:
            return
        measurement = self._state.to_measurement()
        try:
            with self._context.database.transaction() as repository:
                if measurement.id is None:
                    saved = repository.add_measurement(measurement)
                else:
                    saved = repository.update_measurement(measurement)
                save_coordinator_view(repository, saved, self._state)
                repository.delete_draft(self._code)
        except ValidationError as error:
            self._show_summary()
            self.summary_page.show_problems([self._problem_text(p) for p in error.problems])
            if any(p.field == "date" for p in error.problems):
                self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except DatabaseError as error:
            tell(
                self, self.tr("The measurement was not saved"), storage_message(error), warning=True
            )
            return
        self.saved_measurement = saved
        self._closing = True
        self._context.announce(Change.MEASUREMENTS)
        self.accept()

    # -- closing --------------------------------------------------------------

    def reject(self) -> None:
        """Escape, the window's close button and Close: keep the draft, discard, or go on."""
        if self._closing or self._state is None or not self._has_unsaved_work():
            self._closing = True
            super().reject()
            return
        choice = ask_closing(self)
        if choice is Closing.CONTINUE:
            return
        done = self._save_draft() if choice is Closing.KEEP_DRAFT else self._delete_draft()
        if not done:
            return
        self._closing = True
        super().reject()

    def close_keeping_draft(self) -> None:
        """Close without asking; what is unsaved stays as the draft (when the app quits)."""
        if self._state is not None and self._has_unsaved_work():
            self._save_draft(quiet=True)
        self._closing = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._closing:
            self.reject()
            if not self._closing:
                event.ignore()
                return
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Take the keyboard at once: while the main window still has it, the first
        digit typed goes to that (modally blocked) window and Qt drops it."""
        super().showEvent(event)
        self.activateWindow()
        if self._state is not None:
            self._zoom.fit()

    def done(self, result: int) -> None:
        self._note_timer.stop()  # a late autosave would bring a discarded draft back
        if self._state is not None and not self.isFullScreen():
            self._context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def _has_unsaved_work(self) -> bool:
        return self._dirty and self._state is not None and not self._state.is_blank

    # -- keyboard -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(watched, event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._handle_key(self, event):
            super().keyPressEvent(event)

    def _handle_key(self, watched: QObject, event: QKeyEvent) -> bool:
        """True when the key was a fill-in key and has been acted on (see keys.py)."""
        state = self._state
        if state is None:
            return False
        shown = state.card.questions[min(state.position, state.question_count - 1)]
        action = key_action(
            event.key(),
            event.modifiers(),
            target=self._target(watched),
            on_summary=state.on_summary,
            auto_repeat=event.isAutoRepeat(),
            scale=state.card.scale,
            answered=state.on_summary or state.is_reached(shown.id),
        )
        if action is None:
            return False
        command = action.command
        if command is Command.CHOOSE:
            self.choose(action.value)
        elif command is Command.NO_ANSWER:
            self.choose(None)
        elif command in (Command.CHOOSE_FOCUSED, Command.CHOOSE_FOCUSED_AND_NEXT):
            if isinstance(watched, AnswerButton):
                self.choose(watched.value)
                if command is Command.CHOOSE_FOCUSED_AND_NEXT:
                    self.next()
        elif command is Command.MOVE:
            self._move_choice(action.value)
        elif command is Command.NEED_ANSWER:
            self.question_page.show_prompt(self.need_answer_text())
        elif command is Command.PRESS and isinstance(watched, QAbstractButton):
            watched.click()
        elif command is not Command.IGNORE:
            {
                Command.NEXT: self.next,
                Command.BACK: self.back,
                Command.SAVE: self.save,
                Command.FULL_SCREEN: self.toggle_full_screen,
                Command.ZOOM_IN: self.zoom_in,
                Command.ZOOM_OUT: self.zoom_out,
                Command.ZOOM_RESET: self.reset_zoom,
            }[command]()
        return True

    def need_answer_text(self) -> str:
        """After Enter on a question nobody has answered: 'No answer' is never assumed."""
        return self.tr("Choose a number, or press – for no answer")

    def _target(self, watched: QObject) -> Target:
        if isinstance(watched, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            return Target.TEXT
        if isinstance(watched, QTableWidget):
            return Target.TABLE
        if isinstance(watched, AnswerButton):
            return Target.ANSWER
        if isinstance(watched, QAbstractButton):
            return Target.BUTTON
        return Target.OTHER

    def _move_choice(self, step: int) -> None:
        """←/→: one step along the scale; with nothing chosen yet, the button
        that has the focus is chosen (the first one when none has)."""
        assert self._state is not None
        scale = self._state.card.scale
        question = self._state.card.questions[self._state.position]
        value = self._state.answer(question.id)
        if value is not None:
            self.choose(max(scale.minimum, min(scale.maximum, value + step)))
            return
        focused = self.focusWidget()
        here = focused.property("scale_value") if focused is not None else None
        if isinstance(here, int):
            self.choose(here)
        else:
            self.choose(scale.minimum if step > 0 else scale.maximum)

    # -- showing the state ----------------------------------------------------

    def _show_position(self) -> None:
        state = self._state
        assert state is not None
        total = state.question_count
        if state.on_summary:
            self._show_summary()
            self.footer.show_summary()
            self.hint_label.setText(
                self.tr("Keys: Enter or Ctrl+Enter save, Backspace back, click a row to change it")
            )
            self.summary_page.save_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        question = state.card.questions[state.position]
        self.question_page.show_question(
            question,
            state.answer(question.id),
            state.is_reached(question.id),
            state.question_notes.get(question.id, ""),
        )
        self.pages.setCurrentWidget(self.question_page)
        self.footer.show_question(state.position + 1, total)
        # Heard with the question's answers as the focus lands on them.
        self.question_page.answer_group.setAccessibleDescription(
            self.progress_label.accessibleName()
        )
        self.hint_label.setText(self._key_hint())
        self.question_page.focus_answer()

    def _show_summary(self) -> None:
        assert self._state is not None
        self.summary_page.show_summary(self._state, self._previous())
        self.pages.setCurrentWidget(self.summary_page)

    def _previous(self) -> Measurement | None:
        assert self._state is not None
        return previous_measurement(
            self._measurements,
            self._state.card.id,
            self._state.date,
            self._state.measurement_id,
        )

    # -- changes --------------------------------------------------------------

    def _answer_chosen(self, value: int | None) -> None:
        state = self._state
        if state is None or state.on_summary:
            return
        question = state.card.questions[state.position]
        state.set_answer(question.id, value)
        self._dirty = True
        self._autosave()

    def _question_note_edited(self, text: str) -> None:
        state = self._state
        if state is None or state.on_summary:
            return
        state.set_question_note(state.card.questions[state.position].id, text)
        self._dirty = True
        self._note_timer.start()

    def _note_edited(self, text: str) -> None:
        if self._state is not None:
            self._state.note = text
            self._dirty = True
            self._note_timer.start()

    def _check_date(self) -> None:
        """Say so beside the date when it lies before the participant's start."""
        assert self._state is not None
        warnings = date_warnings(self._state.date, self._participant)
        start = self._participant.start_date
        if warnings and start is not None:
            self.header.show_date_warning(
                self.tr("Before the start of the participation ({start}): is the date right?")
                .format(start=format_day(start))
            )
        else:
            self.header.show_date_warning("")

    def _date_changed(self, day: QDate) -> None:
        if self._state is None:
            return
        self._state.date = date(day.year(), day.month(), day.day())
        self._dirty = True
        self._check_date()
        self._autosave()
        if self._state.on_summary:
            self._show_summary()

    # -- drafts ---------------------------------------------------------------

    def _autosave(self) -> None:
        """Keep what has been filled in, so that a crash loses nothing."""
        self._note_timer.stop()
        if self._dirty and self._state is not None and not self._state.is_blank:
            self._save_draft(quiet=True)

    def _save_draft(self, quiet: bool = False) -> bool:
        assert self._state is not None
        try:
            with self._context.database.transaction() as repository:
                repository.save_draft(self._state.to_draft())
        except DatabaseError as error:
            message = storage_message(error)
            self._report(self.tr("The draft could not be kept: {reason}").format(reason=message))
            if not quiet:
                tell(self, self.tr("The draft was not kept"), message, warning=True)
            return False
        self._report("")
        return True

    def _delete_draft(self) -> bool:
        try:
            with self._context.database.transaction() as repository:
                repository.delete_draft(self._code)
        except DatabaseError as error:
            tell(self, self.tr("The draft was not discarded"), storage_message(error), warning=True)
            return False
        return True

    def _report(self, message: str) -> None:
        if self._state is not None:
            self.footer.report(message)

    def _problem_text(self, problem: Problem) -> str:
        assert self._state is not None
        if problem.code == "date_in_future":
            return self.tr("The date is in the future; choose today or an earlier day.")
        if problem.code == "measurement_taken":
            return self.tr(
                "There is already a measurement with this card on {date}. "
                "Choose another date, or close and edit that measurement."
            ).format(date=format_day(self._state.date))
        return said_in_app(problem.sentence)
