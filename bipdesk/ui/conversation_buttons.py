"""The participant page's buttons for the follow-up conversation.

"Coordinator's view…" beside Edit… and Delete… (the coordinator's own view
of the selected measurement), "Show to participant" (the full-screen
`participant_view`) and "Participant's copy" with Print… and Save as PDF…
beside the sheet's buttons. They live here so that the participant page only
places them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from bipdesk.core.measurements import Measurement
from bipdesk.ui.context import AppContext

if TYPE_CHECKING:
    from bipdesk.ui.participant_view import ParticipantView

SHOW_TO_PARTICIPANT_SHORTCUT = "Ctrl+Shift+P"
"""Also the View menu's; shown in the button's tooltip."""


class ConversationButtons(QObject):
    """Three buttons acting on the participant (and measurement) the page shows."""

    status_message = Signal(str)

    def __init__(
        self,
        context: AppContext,
        page: QWidget,
        code: Callable[[], str | None],
        selected: Callable[[], Measurement | None],
    ) -> None:
        super().__init__(page)
        self._context = context
        self._page = page
        self._code = code
        self._selected = selected
        self.participant_view: ParticipantView | None = None

        self.view_button = QPushButton(self.tr("Coordinator's view…"))
        self.view_button.setAccessibleName(self.tr("Coordinator's view of the measurement"))
        self.view_button.setToolTip(
            self.tr(
                "Talked through together, and your own value and why where you see a "
                "question differently. The participant's answer stays the measurement."
            )
        )
        self.view_button.clicked.connect(self.edit_coordinator_view)

        self.show_button = QPushButton(self.tr("Show to participant"))
        self.show_button.setAccessibleName(self.tr("Show to participant"))
        self.show_button.setToolTip(
            self.tr(
                "Their own chart and what has changed, over the whole screen, without codes "
                "or notes ({shortcut}; Esc closes)."
            ).format(shortcut=SHOW_TO_PARTICIPANT_SHORTCUT)
        )
        self.show_button.clicked.connect(self.show_to_participant)

        self.copy_button = QPushButton(self.tr("Participant's copy"))
        self.copy_button.setAccessibleName(self.tr("Participant's copy of the sheet"))
        self.copy_button.setToolTip(
            self.tr(
                "A page for the participant to keep: their chart and what has changed, in "
                "their language with Swedish; no code, notes or coordinator's view."
            )
        )
        menu = QMenu(self.copy_button)
        self.print_copy_action = menu.addAction(self.tr("Print…"))
        self.print_copy_action.triggered.connect(self.print_copy)
        self.save_copy_action = menu.addAction(self.tr("Save as PDF…"))
        self.save_copy_action.triggered.connect(self.save_copy)
        self.copy_button.setMenu(menu)

    def show_to_participant(self) -> ParticipantView | None:
        """The participant's own view over the whole screen (Esc closes it)."""
        from bipdesk.ui.participant_view import ParticipantView, show_to_participant

        code = self._code()
        if code is None:
            return None
        if self.participant_view is not None:
            self.participant_view.close()
        view = ParticipantView(self._context, code, self._page.window())
        if not view.measurements:
            view.deleteLater()
            self.status_message.emit(
                self.tr("There is nothing to show {code} yet: no measurement.").format(code=code)
            )
            return None
        show_to_participant(view)
        view.destroyed.connect(lambda: setattr(self, "participant_view", None))
        self.participant_view = view
        return view

    def edit_coordinator_view(self) -> bool:
        from bipdesk.ui.coordinator_view_dialog import edit_coordinator_view

        measurement = self._selected()
        if measurement is None or self._context.database.read_only:
            return False
        return edit_coordinator_view(self._page, self._context, measurement)

    def print_copy(self) -> bool:
        from bipdesk.ui.participant_copy import print_participant_copy

        code = self._code()
        return code is not None and print_participant_copy(self._page, self._context, code)

    def save_copy(self) -> None:
        from bipdesk.ui.participant_copy import save_participant_copy

        code = self._code()
        if code is not None and (path := save_participant_copy(self._page, self._context, code)):
            self.status_message.emit(
                self.tr("Saved the participant's copy as {path}").format(path=path)
            )
