"""Fill in the card together: one question per page, keyboard first, drafts kept.

The dialog holds a `FillInState` (plain data) and shows it on a question page
or the summary page. It builds the window and follows the answers, the notes,
the date, the language and the text size; where it starts (loading.py), how
it moves through the card (navigation.py) and how it keeps the work
(saving.py) are parts of their own.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QDate, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from bipdesk.core.cards import localized
from bipdesk.core.measurements import Measurement
from bipdesk.core.validation import date_warnings
from bipdesk.language import language_label
from bipdesk.storage import DatabaseError
from bipdesk.storage.participant_language import set_card_language
from bipdesk.ui.context import AppContext
from bipdesk.ui.date_edits import qdate
from bipdesk.ui.fill_in.chrome import Footer, Header
from bipdesk.ui.fill_in.colours import error_colour
from bipdesk.ui.fill_in.coordinator_section import load_coordinator_view
from bipdesk.ui.fill_in.focus_ring import FocusRing
from bipdesk.ui.fill_in.loading import FillInLoading
from bipdesk.ui.fill_in.navigation import FillInNavigation
from bipdesk.ui.fill_in.question_page import DEFAULT_POINT_SIZE, QuestionPage
from bipdesk.ui.fill_in.saving import GEOMETRY_KEY, FillInSaving
from bipdesk.ui.fill_in.state import FillInState
from bipdesk.ui.fill_in.summary_page import SummaryPage
from bipdesk.ui.fill_in.texts import ui_language
from bipdesk.ui.fill_in.zoom import Zoom
from bipdesk.ui.formatting import format_day
from bipdesk.ui.storage_messages import storage_message

FULL_SCREEN_ENLARGEMENT = 1.5
NOTE_SAVE_DELAY_MS = 800


class FillInDialog(FillInLoading, FillInNavigation, FillInSaving, QDialog):
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

    # -- building -------------------------------------------------------------

    def _build_problem_page(self, problem: str) -> None:
        label = QLabel(problem)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {error_colour()};")
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)  # with no card, closes without asking
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

    def _restore_geometry(self) -> None:
        geometry = self._context.settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(960, 700)

    # -- public interface -----------------------------------------------------

    @property
    def state(self) -> FillInState | None:
        """What has been filled in so far (None when the dialog shows a problem)."""
        return self._state

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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Take the keyboard at once: while the main window still has it, the first
        digit typed goes to that (modally blocked) window and Qt drops it."""
        super().showEvent(event)
        self.activateWindow()
        if self._state is not None:
            self._zoom.fit()

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
                self.tr(
                    "Before the start of the participation ({start}): is the date right?"
                ).format(start=format_day(start))
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
