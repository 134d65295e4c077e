"""Keeping the fill-in: the draft after every answer, the measurement when saved, and
the question on closing whether to keep what is unsaved.

Every answer is saved at once as the participant's draft, so a crash loses
nothing; saving the measurement deletes the draft in the same transaction,
and closing never loses work without asking.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent

from bipdesk.core.validation import Problem, ValidationError
from bipdesk.storage import DatabaseError
from bipdesk.storage.concurrency import ConcurrentChangeError
from bipdesk.ui.context import Change
from bipdesk.ui.fill_in.coordinator_section import save_coordinator_view
from bipdesk.ui.fill_in.offline import FillInOffline
from bipdesk.ui.fill_in.prompts import Closing, ask_closing, tell
from bipdesk.ui.formatting import format_day
from bipdesk.ui.language import said_in_app
from bipdesk.ui.storage_messages import storage_message

GEOMETRY_KEY = "fill_in/geometry"


class FillInSaving(FillInOffline):
    """Saving the measurement, keeping the draft and closing (a part of FillInDialog)."""

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
                    if self._state.coordinator_view != repository.coordinator_view(
                        measurement.id
                    ):  # a changed view is a save of the measurement too
                        measurement = repository.claim_measurement(measurement)
                    saved = repository.update_measurement(measurement)
                save_coordinator_view(repository, saved, self._state)
                repository.delete_draft(self._code)
        except ValidationError as error:
            self._show_summary()
            self.summary_page.show_problems([self._problem_text(p) for p in error.problems])
            if any(p.field == "date" for p in error.problems):
                self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except ConcurrentChangeError as error:
            self._someone_saved_first(error)
            return
        except DatabaseError as error:
            if self._keep_measurement_here(measurement, error):
                return
            tell(
                self, self.tr("The measurement was not saved"), storage_message(error), warning=True
            )
            return
        self._forget_draft_here()
        self.saved_measurement = saved
        self._closing = True
        self._context.announce(Change.MEASUREMENTS)
        self.accept()

    def _someone_saved_first(self, error: ConcurrentChangeError) -> None:
        """Keep what was filled in as the draft, say so, and close: the participant
        page shows the measurement as saved."""
        text = storage_message(error)
        if self._save_draft(quiet=True):
            kept = self.tr(
                "What you filled in is kept as an unfinished measurement: edit the measurement "
                "again to resume it."
            )
            text = f"{text}\n\n{kept}"
        self._closing = True
        self._context.announce(Change.MEASUREMENTS)
        tell(self, self.tr("The measurement was not saved"), text, warning=True)
        self.reject()

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
            if self._keep_draft_here(self._state.to_draft(), error):
                return True
            message = storage_message(error)
            self._report(self.tr("The draft could not be kept: {reason}").format(reason=message))
            if not quiet:
                tell(self, self.tr("The draft was not kept"), message, warning=True)
            return False
        self._report("")
        return True

    def _delete_draft(self) -> bool:
        self._forget_draft_here()
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

    def done(self, result: int) -> None:
        self._note_timer.stop()  # a late autosave would bring a discarded draft back
        if self._state is not None and not self.isFullScreen():
            self._context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def _has_unsaved_work(self) -> bool:
        return self._dirty and self._state is not None and not self._state.is_blank
