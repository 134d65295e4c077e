"""What the parts of the participant page share: its state, its signals and its colours.

The page is one widget made of mixins (header, background, measurements,
comparison, participation, privacy), so that its widgets and actions stay
where the main window and the tests reach them (`page.save_button`,
`page.save()`). `PagePart` tells the type checker what one part may use of
the others; at run time it is a plain base class that adds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QLineEdit, QTabWidget
    from PySide6.QtWidgets import QWidget as _Widget

    from bipdesk.core.measurements import Measurement
    from bipdesk.core.participants import Participant
    from bipdesk.core.validation import Problem
    from bipdesk.ui.context import AppContext
    from bipdesk.ui.conversation_buttons import ConversationButtons
else:
    _Widget = object

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#a15c00"
GOOD_COLOUR = "#2e7d32"
MUTED_COLOUR = "#616161"


class PagePart(_Widget):
    """The participant page as each of its parts sees it (`ParticipantPage` is all of them)."""

    _context: AppContext
    _stored: Participant | None
    """The participant as last read or saved; None while a new one is filled in."""
    _measurements: list[Measurement]

    if TYPE_CHECKING:  # ParticipantPage and its other parts provide these
        measurement_requested: Signal
        participant_saved: Signal
        closed: Signal
        status_message: Signal
        conversation: ConversationButtons
        unit_edit: QLineEdit
        right_tabs: QTabWidget

        @property
        def code(self) -> str | None: ...

        def refresh(self) -> None: ...

        def show_saved(self) -> None: ...

        def is_dirty(self) -> bool: ...

        def _show_participation(self, participant: Participant | None) -> None: ...

        def _update_actions(self) -> None: ...

        def _message(self, problem: Problem) -> str: ...

        def _show_summary(self) -> None: ...

        def _new_participant_unit(self) -> str | None: ...
