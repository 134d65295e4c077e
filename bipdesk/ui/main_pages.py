"""The main window's pages: start, participant list and one participant, and which is up.

Going from page to page asks before unsaved edits of a participant are left,
and the participant page and the fill-in are built on first use, so that the
first screen paints without them. The status line below the pages lives here
too: every part of the window reports through it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox, QStackedWidget, QWidget

from bipdesk.storage.errors import DatabaseError
from bipdesk.ui.actions import ActionName
from bipdesk.ui.main_window_part import MainWindowPart
from bipdesk.ui.participant_table.list_page import ParticipantListPage
from bipdesk.ui.read_only import read_only_reason
from bipdesk.ui.start_page import StartPage
from bipdesk.ui.storage_messages import warn_storage_error

if TYPE_CHECKING:
    from bipdesk.ui.participant_page.page import ParticipantPage

STATUS_TIMEOUT_MS = 8000


class MainPages(MainWindowPart):
    """The stack of pages in the main window and the status line below it (a part of
    MainWindow)."""

    def _build_pages(self) -> None:
        self._participant_page: ParticipantPage | None = None
        self._list_dirty = True
        self._page_before_participant: QWidget | None = None
        self.stack = QStackedWidget(self)
        self.start_page = StartPage(self.context, self.stack)
        self.list_page = ParticipantListPage(self.context.today, self.stack)
        self.list_page.set_show_names(self.context.show_names)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.list_page)
        self.setCentralWidget(self.stack)

    def _page_changed(self) -> None:
        current = self.stack.currentWidget()
        self.app_actions[ActionName.SHOW_START].setChecked(current is self.start_page)
        self.app_actions[ActionName.SHOW_PARTICIPANTS].setChecked(current is self.list_page)

    def print_sheet(self) -> None:
        """File → Print…: needs a participant with measurements on screen."""
        page = self._participant_page
        if page is None or self.stack.currentWidget() is not page or page.code is None:
            self.show_status(self.tr("Open a participant to print their follow-up sheet."))
            return
        page.print_sheet()

    def show_to_participant(self) -> None:
        """View → Show to participant: needs a participant with measurements on screen."""
        page = self._participant_page
        if page is None or self.stack.currentWidget() is not page or page.code is None:
            self.show_status(self.tr("Open a participant to show them their own chart."))
            return
        page.conversation.show_to_participant()

    def may_leave_participant_page(self) -> bool:
        """False when the participant page has unsaved edits the user wants to keep."""
        page = self._participant_page
        if page is None or self.stack.currentWidget() is not page:
            return True
        is_dirty = getattr(page, "is_dirty", None)
        if not callable(is_dirty) or not is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The participant has changes that are not saved. Leave without saving?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def show_start_page(self) -> None:
        if self.may_leave_participant_page():
            self.stack.setCurrentWidget(self.start_page)
        self._page_changed()  # a refused or repeated click must not untick the page

    def show_participant_list(self) -> None:
        if self.may_leave_participant_page():
            if self._list_dirty:
                self.reload_list()
            self.stack.setCurrentWidget(self.list_page)
        self._page_changed()

    def _show_list_filtered(self, due: str) -> None:
        self.show_participant_list()
        self.list_page.set_due_filter(due)
        self.list_page.table.setFocus()

    def find_participant(self) -> None:
        """Edit → Find: the participant list with the cursor in the search field."""
        self.show_participant_list()
        self.list_page.focus_search()

    def participant_page(self) -> ParticipantPage:
        """The participant page, built on first use."""
        if self._participant_page is None:
            from bipdesk.ui.participant_page.page import ParticipantPage

            page = ParticipantPage(self.context, self.stack)
            page.measurement_requested.connect(self.start_measurement)
            page.participant_saved.connect(self._participant_saved)
            page.closed.connect(self._participant_page_closed)
            status_message = getattr(page, "status_message", None)
            if status_message is not None:
                status_message.connect(self.show_status)
            self.stack.addWidget(page)
            self._participant_page = page
        return self._participant_page

    def show_participant(self, code: str | None) -> None:
        """Show one participant's page; None opens the form for a new participant."""
        if not self.may_leave_participant_page():
            return
        page = self.participant_page()
        current = self.stack.currentWidget()
        if current is not page:
            self._page_before_participant = current
        page.show_participant(code)
        self.stack.setCurrentWidget(page)

    def _participant_page_closed(self) -> None:
        back = self._page_before_participant or self.start_page
        if back is self.list_page:
            self.show_participant_list()
        else:
            self.stack.setCurrentWidget(back)

    def _participant_saved(self, code: str) -> None:
        self.show_status(self.tr("Saved participant {code}.").format(code=code))

    def start_measurement(self, code: str) -> None:
        """Fill in a card with `code` now; afterwards their page shows the new measurement."""
        from bipdesk.ui.fill_in import FillInDialog

        if self.context.database.read_only:
            self.show_status(read_only_reason(self.context.database))
            return
        dialog = FillInDialog(self.context, code, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.show_status(self.tr("Saved measurement for {code}.").format(code=code))
                if self._participant_page is None or self.stack.currentWidget() is not (
                    self._participant_page
                ):
                    self.show_participant(code)
        finally:
            dialog.deleteLater()

    def reload_list(self) -> None:
        self._list_dirty = False
        try:
            rows = self.context.participant_overview()
        except DatabaseError as error:  # the server away, or the login's rights
            warn_storage_error(self, self.tr("The participant list could not be read"), error)
            return
        self.list_page.set_rows(rows)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # -- handing over to a rebuilt window (a new language) ------------------------------

    def view_state(self) -> tuple[str, str | None]:
        """Which page is up: ('start', None), ('list', None) or ('participant', code)."""
        current = self.stack.currentWidget()
        if current is self.list_page:
            return "list", None
        page = self._participant_page
        if page is not None and current is page and page.code is not None:
            return "participant", page.code
        return "start", None

    def show_view(self, state: tuple[str, str | None]) -> None:
        """Bring up the page `view_state` described (in another window)."""
        page, code = state
        if page == "list":
            self.show_participant_list()
        elif page == "participant" and code is not None:
            self.show_participant(code)
        else:
            self.show_start_page()
