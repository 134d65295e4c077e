"""Going through the card: question by question, to the summary and back, by buttons
and by keys.

The keys are decided in keys.py (which key means which command, where the
focus is); this part carries the commands out and shows where the card is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
)

from bipdesk.core.measurements import Measurement
from bipdesk.ui.fill_in.answer_buttons import AnswerButton
from bipdesk.ui.fill_in.dialog_part import FillInPart
from bipdesk.ui.fill_in.keys import Command, Target, key_action
from bipdesk.ui.fill_in.state import previous_measurement


class FillInNavigation(FillInPart):
    """Moving between the questions and the summary (a part of FillInDialog)."""

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
