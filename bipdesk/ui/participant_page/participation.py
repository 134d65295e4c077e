"""The end of a participation, from the participant page: recording the exit (date,
reason and the job left for), reopening it, and the exit survey.

The rules of an exit are `exit_dialog.record_exit`'s; this part asks, writes in
one transaction and says what happened.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton

from bipdesk.core.exits import ExitForm
from bipdesk.core.participants import ExitReason, Participant
from bipdesk.core.validation import ValidationError
from bipdesk.storage import DatabaseError
from bipdesk.storage.concurrency import ConcurrentChangeError
from bipdesk.ui.context import Change
from bipdesk.ui.exit_dialog import ExitDialog, end_ongoing_activities, record_exit
from bipdesk.ui.participant_page.part import PagePart
from bipdesk.ui.storage_messages import storage_message


class ParticipationActions(PagePart):
    """Record exit…, Reopen participation… and Exit survey…."""

    def _build_participation_buttons(self) -> QHBoxLayout:
        self.end_button = QPushButton(self.tr("Record exit…"))
        self.end_button.setAccessibleName(self.tr("Record exit"))
        self.end_button.clicked.connect(self.end_participation)
        self.reopen_button = QPushButton(self.tr("Reopen participation…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen participation"))
        self.reopen_button.clicked.connect(self.reopen_participation)
        participation_row = QHBoxLayout()
        participation_row.addWidget(self.end_button)
        participation_row.addWidget(self.reopen_button)
        self.survey_button = QPushButton(self.tr("Exit survey…"))
        self.survey_button.setToolTip(self.tr("The participant answers the exit survey"))
        self.survey_button.clicked.connect(lambda: self.open_exit_survey())
        participation_row.addWidget(self.survey_button)
        participation_row.addStretch(1)
        return participation_row

    def _show_participation_buttons(self, participant: Participant | None) -> None:
        ended = participant is not None and participant.end_date is not None
        self.end_button.setVisible(participant is not None and not ended)
        self.reopen_button.setVisible(ended)
        self.survey_button.setVisible(ended)

    def end_participation(self) -> None:
        stored = self._stored
        if stored is None:
            return
        with self._context.database.transaction(write=False) as repository:
            answered = repository.survey_response(stored.code) is not None
            today, activities = self._context.today(), repository.activities(stored.code)
        ongoing = sum(a.end_date is None and a.start_date <= today for a in activities)
        dialog = ExitDialog(
            stored.start_date, today, self, survey_answered=answered, ongoing=ongoing
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.exit_reason is None:
            return
        form, end_activities = dialog.exit_form, dialog.end_ongoing
        if self.write_end(dialog.end_date, dialog.exit_reason, form, end_activities) and (
            dialog.survey_now
        ):
            self.open_exit_survey()

    def open_exit_survey(self) -> None:
        """The participant answers the exit survey (window-modal, the page goes on)."""
        from bipdesk.ui.exit_survey_dialog import ExitSurveyDialog

        if self._stored is not None and not self._context.database.read_only:
            dialog = ExitSurveyDialog(self._context, self._stored.code, self)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

    def write_end(
        self,
        end: date | None,
        reason: ExitReason | None,
        form: ExitForm | None = None,
        end_activities: bool = False,
    ) -> bool:
        """Store the end of the participation and the job left for (None, None reopens it);
        `end_activities`: the activities still going on end on the same day."""
        stored = self._stored
        if stored is None:
            return False
        try:
            with self._context.database.transaction() as repository:
                # As the page showed it: refused when someone else saved it since.
                saved = record_exit(repository, stored, end, reason, form or ExitForm())
                if end is not None and end_activities:
                    end_ongoing_activities(repository, saved.code, end)
        except (ValidationError, DatabaseError) as error:
            if isinstance(error, ConcurrentChangeError):
                self.show_saved()
            problems = getattr(error, "problems", None)
            if problems:
                text = "\n".join(self._message(p) for p in problems)
            else:
                text = storage_message(error)
            QMessageBox.warning(self, self.tr("The participation was not changed"), text)
            return False
        self._stored = saved
        if end is None:
            message = self.tr("The participation of {code} was reopened.")
        else:
            message = self.tr("The participation of {code} was ended.")
        self.status_message.emit(message.format(code=saved.code))
        self.participant_saved.emit(saved.code)
        self._context.announce(Change.PARTICIPANTS)
        return True

    def reopen_participation(self) -> None:
        stored = self._stored
        if stored is None or stored.end_date is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reopen participation"),
            self.tr(
                "Reopen the participation of {code}? The end date and the exit reason are cleared."
            ).format(code=stored.code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.write_end(None, None)
