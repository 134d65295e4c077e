"""The participant's rights from the participant page: everything stored about them
extracted as JSON and PDF, or erased for good after the code is typed again."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton

from bipdesk.core.participants import Participant
from bipdesk.storage import DatabaseError
from bipdesk.ui.participant_page.part import PagePart
from bipdesk.ui.storage_messages import storage_message


class PrivacyActions(PagePart):
    """Extract all data… and Erase participant…."""

    def _build_privacy_buttons(self) -> QHBoxLayout:
        self.extract_button = QPushButton(self.tr("Extract all data…"))
        self.extract_button.setAccessibleName(self.tr("Extract all data about the participant"))
        self.extract_button.setToolTip(
            self.tr("Save everything stored about the participant as JSON and PDF (GDPR).")
        )
        self.extract_button.clicked.connect(self.extract_data)
        self.erase_button = QPushButton(self.tr("Erase participant…"))
        self.erase_button.setAccessibleName(self.tr("Erase participant"))
        self.erase_button.setToolTip(
            self.tr("Remove the participant and everything stored about them, for good.")
        )
        self.erase_button.clicked.connect(self.erase_participant)
        privacy_row = QHBoxLayout()
        privacy_row.addWidget(self.extract_button)
        privacy_row.addWidget(self.erase_button)
        privacy_row.addStretch(1)
        return privacy_row

    def _show_privacy_buttons(self, participant: Participant | None) -> None:
        self.extract_button.setVisible(participant is not None)
        self.erase_button.setVisible(participant is not None)

    def erase_participant(self) -> bool:
        """Erase the participant shown after the code is typed again; True when erased."""
        from bipdesk.ui.privacy_dialogs import (
            EraseParticipantDialog,
            backups_note,
            erase_with_message,
        )

        stored = self._stored
        if stored is None:
            return False
        dialog = EraseParticipantDialog(stored.code, backups_note(self._context), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        if erase_with_message(self, self._context, [stored.code]) is None:
            return False
        self._stored = None
        self.status_message.emit(self.tr("Participant {code} was erased.").format(code=stored.code))
        self.closed.emit()
        return True

    def extract_data(self) -> None:
        """Save everything stored about the participant as JSON and PDF (subject access)."""
        from bipdesk.ui.fill_in import ui_language
        from bipdesk.ui.privacy_dialogs import ask_extract_path, write_extract

        stored = self._stored
        if stored is None:
            return
        path = ask_extract_path(self, self._context, stored.code)
        if path is None:
            return
        try:
            pdf = write_extract(self._context, stored.code, path, ui_language())
        except (DatabaseError, OSError) as error:
            QMessageBox.warning(self, self.tr("The data was not saved"), storage_message(error))
            return
        self.status_message.emit(
            self.tr("Saved everything stored about {code} as {json} and {pdf}.").format(
                code=stored.code, json=path.name, pdf=pdf.name
            )
        )
