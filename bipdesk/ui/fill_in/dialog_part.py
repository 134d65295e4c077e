"""What the parts of the fill-in dialog share: its state, its widgets, and what one part
asks of another.

The dialog is one QDialog made of parts (loading, navigation, saving and
closing), so that its widgets and commands stay where the participant page
and the tests reach them (`dialog.next()`, `dialog.save()`). `FillInPart`
tells the type checker what one part may use of the others; at run time it is
a plain base class that adds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDateEdit, QLabel, QStackedWidget
    from PySide6.QtWidgets import QDialog as _Dialog

    from bipdesk.core.measurements import Measurement
    from bipdesk.core.participants import Participant
    from bipdesk.ui.context import AppContext
    from bipdesk.ui.fill_in.chrome import Footer
    from bipdesk.ui.fill_in.question_page import QuestionPage
    from bipdesk.ui.fill_in.state import FillInState
    from bipdesk.ui.fill_in.summary_page import SummaryPage
else:
    _Dialog = object


class FillInPart(_Dialog):
    """The fill-in dialog as each of its parts sees it (`FillInDialog` is all of them)."""

    _context: AppContext
    _code: str
    _state: FillInState | None
    """None when the dialog shows a problem instead of the card."""
    _participant: Participant
    _measurements: list[Measurement]
    """The participant's measurements, for the summary's comparison."""
    _remembered_language: str | None
    _dirty: bool
    _closing: bool
    _note_timer: QTimer
    saved_measurement: Measurement | None
    question_page: QuestionPage
    summary_page: SummaryPage
    pages: QStackedWidget
    footer: Footer
    date_edit: QDateEdit
    progress_label: QLabel
    hint_label: QLabel

    if TYPE_CHECKING:  # FillInDialog and its other parts provide these

        def save(self) -> None: ...

        def toggle_full_screen(self) -> None: ...

        def zoom_in(self) -> None: ...

        def zoom_out(self) -> None: ...

        def reset_zoom(self) -> None: ...

        def _answer_chosen(self, value: int | None) -> None: ...

        def _show_summary(self) -> None: ...

        def _autosave(self) -> None: ...

        def _delete_draft(self) -> bool: ...
