"""Printing and saving the participant's own copy from the participant page.

The copy is the PDF of `bipdesk.reports.participant_copy` — Print… sends its
page to the printer as Print follow-up sheet… does (`printing.print_pdf`),
Save as PDF… writes the file. Its file name carries no code: the copy is
meant to leave the office.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bipdesk.reports.participant_copy import (
    ParticipantCopy,
    load_participant_copy,
    participant_copy_pdf,
    write_participant_copy,
)
from bipdesk.reports.sheet_data import SheetError
from bipdesk.storage import DatabaseError
from bipdesk.ui.context import AppContext
from bipdesk.ui.language import current_language, said_in_app
from bipdesk.ui.printing import print_pages, save_pdf
from bipdesk.ui.storage_messages import storage_message

FILE_NAME = "min-uppfoljning.pdf"


def load_copy(parent: QWidget, context: AppContext, code: str) -> ParticipantCopy | None:
    """The copy of `code` in the app's language, or None after telling why not."""
    try:
        with context.database.transaction(write=False) as repository:
            return load_participant_copy(
                repository, context.database.cards, code, current_language(), context.today()
            )
    except SheetError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("participant_copy", "Participant's copy"),
            said_in_app(error),
        )
    except DatabaseError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("participant_copy", "Participant's copy"),
            storage_message(error),
        )
    return None


def print_participant_copy(parent: QWidget, context: AppContext, code: str) -> bool:
    """The system print dialog, then the copy's page; True when printed."""
    copy = load_copy(parent, context, code)
    if copy is None:
        return False
    title = QCoreApplication.translate("participant_copy", "Print the participant's copy")
    return print_pages(parent, FILE_NAME, title, lambda: participant_copy_pdf(copy))


def save_participant_copy(parent: QWidget, context: AppContext, code: str) -> Path | None:
    """Asks for a file name (no code in the suggested one) and writes the copy there."""
    copy = load_copy(parent, context, code)
    if copy is None:
        return None
    title = QCoreApplication.translate("participant_copy", "Save the participant's copy as PDF")
    return save_pdf(
        parent, title, Path.home() / FILE_NAME, lambda path: write_participant_copy(copy, path)
    )
