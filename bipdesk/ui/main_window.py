"""The main window: menus, toolbar, and three pages (start, participant list, participant).

It only wires things together: the pages own their widgets, the core and
storage own the rules, and every change is announced through the context.
The participant page, the fill-in and the import dialog are imported when
first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from bipdesk.ui.about import show_about
from bipdesk.ui.actions import ActionName, Actions, create_actions
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.database_menu import DatabaseMenu, add_database_label, window_title
from bipdesk.ui.demo_banner import add_demo_banner
from bipdesk.ui.opening import add_read_only_banner
from bipdesk.ui.operations import BackgroundOperation, Progress, run_in_background
from bipdesk.ui.page_room import default_window_size
from bipdesk.ui.participant_table import ParticipantListPage
from bipdesk.ui.read_only import disable_writing, read_only_reason
from bipdesk.ui.start_page import StartPage
from bipdesk.ui.storage_messages import storage_message

if TYPE_CHECKING:
    from bipdesk.storage.demo import DemoResult
    from bipdesk.ui.export_dialog import ExportDialog
    from bipdesk.ui.group_dialog import GroupComparisonDialog
    from bipdesk.ui.office_dialog import OfficeDialog
    from bipdesk.ui.participant_page import ParticipantPage
    from bipdesk.ui.unit_report_dialog import UnitReportDialog
    from bipdesk.ui.user_guide import UserGuideWindow

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
HEADER_KEY = "main_window/participant_columns"
"""Column widths and order of the participant list; one state with names, one without."""
IMPORT_FOLDER_KEY = "main_window/import_folder"
DEMO_PARTICIPANTS = 300
STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    """BIP Desk's one main window, over the database of `context`."""

    database_requested = Signal(object)
    """A Path to open instead (File menu, demo data): the window host opens it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("main_window")
        self.setWindowTitle(window_title(context.database))
        self.app_actions: Actions = create_actions(self)
        self.database_menu = DatabaseMenu(self, context.database, context.settings)
        self.database_menu.open_requested.connect(self.database_requested)
        self.demo_operation: BackgroundOperation[DemoResult | None] | None = None
        self._participant_page: ParticipantPage | None = None
        self._print_operation: object | None = None
        self._group_dialog: GroupComparisonDialog | None = None
        self._export_dialog: ExportDialog | None = None
        self._office_dialog: OfficeDialog | None = None
        self._unit_report_dialog: UnitReportDialog | None = None
        self._user_guide: UserGuideWindow | None = None
        self._list_dirty = True
        self._page_before_participant: QWidget | None = None

        self.stack = QStackedWidget(self)
        self.start_page = StartPage(context, self.stack)
        self.list_page = ParticipantListPage(context.today, self.stack)
        self.list_page.set_show_names(context.show_names)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.list_page)
        self.setCentralWidget(self.stack)

        self._build_menus()
        self._build_toolbar()
        self.statusBar().setSizeGripEnabled(True)
        self._connect()
        self.restore_layout()
        self.show_start_page()
        self.read_only_banner = add_read_only_banner(self, context.database)
        self.demo_banner = add_demo_banner(self, context.database)
        self.database_label = add_database_label(self, context.database)
        if context.database.read_only:
            writing = (ActionName.NEW_PARTICIPANT, ActionName.IMPORT)
            erasing = (ActionName.RETENTION_REVIEW, ActionName.CHANGE_PASSPHRASE)
            disable_writing(context.database, *(self.app_actions[n] for n in writing + erasing))
            for menu in self.menuBar().findChildren(QMenu):
                menu.setToolTipsVisible(True)  # a disabled item says why on hover

    # -- building ----------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.app_actions
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        self.database_menu.add_to(file_menu)
        file_menu.addAction(a[ActionName.OPEN_DEMO])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionName.NEW_PARTICIPANT])
        file_menu.addAction(a[ActionName.IMPORT])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionName.PRINT])
        file_menu.addAction(a[ActionName.PRINT_DUE])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionName.UNIT_REPORT])
        file_menu.addAction(a[ActionName.EXPORT_AGGREGATE])
        file_menu.addAction(a[ActionName.PROJECT_OFFICE])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionName.RETENTION_REVIEW])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionName.BACKUPS])
        file_menu.addAction(a[ActionName.CHANGE_PASSPHRASE])
        a[ActionName.CHANGE_PASSPHRASE].setVisible(self.context.database.encrypted)
        file_menu.addSeparator()
        file_menu.addAction(a[ActionName.QUIT])
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(a[ActionName.FIND])
        edit_menu.addSeparator()
        edit_menu.addAction(a[ActionName.SETTINGS])
        view_menu = menu_bar.addMenu(self.tr("&View"))
        view_menu.addAction(a[ActionName.SHOW_START])
        view_menu.addAction(a[ActionName.SHOW_PARTICIPANTS])
        view_menu.addSeparator()
        view_menu.addAction(a[ActionName.GROUP_COMPARISON])
        view_menu.addAction(a[ActionName.SHOW_TO_PARTICIPANT])
        view_menu.addSeparator()
        view_menu.addAction(a[ActionName.SHOW_NAMES])
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a[ActionName.USER_GUIDE])
        help_menu.addSeparator()
        help_menu.addAction(a[ActionName.ABOUT])
        a[ActionName.SHOW_NAMES].setChecked(self.context.show_names)
        # The page actions show which page is up (none while a participant is).
        self.page_actions = QActionGroup(self)
        self.page_actions.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for name in (ActionName.SHOW_START, ActionName.SHOW_PARTICIPANTS):
            a[name].setCheckable(True)
            self.page_actions.addAction(a[name])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in (
            ActionName.SHOW_START,
            ActionName.SHOW_PARTICIPANTS,
            ActionName.NEW_PARTICIPANT,
            ActionName.IMPORT,
        ):
            toolbar.addAction(self.app_actions[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        for button in toolbar.findChildren(QToolButton):
            action = button.defaultAction()
            button.setAccessibleName(
                action.text().replace("&", "") if action else self.tr("More tools")
            )

    def _connect(self) -> None:
        a = self.app_actions
        a.connect(ActionName.NEW_PARTICIPANT, lambda: self.show_participant(None))
        a.connect(ActionName.IMPORT, lambda: self.import_file())
        a.connect(ActionName.OPEN_DEMO, self.open_demo)
        a.connect(ActionName.RETENTION_REVIEW, self.open_retention_review)
        a.connect(ActionName.PRINT, self.print_sheet)
        a.connect(ActionName.PRINT_DUE, self.print_due_this_week)
        a.connect(ActionName.UNIT_REPORT, self.show_unit_report)
        a.connect(ActionName.EXPORT_AGGREGATE, self.export_for_project_office)
        a.connect(ActionName.PROJECT_OFFICE, self.show_project_office)
        a.connect(ActionName.BACKUPS, self.open_backups)
        a.connect(ActionName.CHANGE_PASSPHRASE, self.change_passphrase)
        a.connect(ActionName.QUIT, self.close)
        a.connect(ActionName.FIND, self.find_participant)
        a.connect(ActionName.SETTINGS, self.open_settings)
        a.connect(ActionName.SHOW_START, self.show_start_page)
        a.connect(ActionName.SHOW_PARTICIPANTS, self.show_participant_list)
        a.connect(ActionName.GROUP_COMPARISON, self.show_group_comparison)
        a.connect(ActionName.SHOW_TO_PARTICIPANT, self.show_to_participant)
        a[ActionName.SHOW_NAMES].toggled.connect(self._show_names_toggled)
        a.connect(ActionName.ABOUT, lambda: show_about(self))
        a.connect(ActionName.USER_GUIDE, self.show_user_guide)
        self.start_page.guide_requested.connect(self.show_user_guide)

        self.start_page.measurement_requested.connect(self.start_measurement)
        self.start_page.participant_requested.connect(self.show_participant)
        self.start_page.add_participant_requested.connect(lambda: self.show_participant(None))
        self.start_page.import_requested.connect(lambda: self.import_file())
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.list_requested.connect(self._show_list_filtered)
        self.list_page.participant_requested.connect(self.show_participant)
        self.context.changed.connect(self._context_changed)
        self.stack.currentChanged.connect(self._page_changed)

    def _page_changed(self) -> None:
        current = self.stack.currentWidget()
        self.app_actions[ActionName.SHOW_START].setChecked(current is self.start_page)
        self.app_actions[ActionName.SHOW_PARTICIPANTS].setChecked(current is self.list_page)

    # -- pages ---------------------------------------------------------------------

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

    def print_due_this_week(self) -> None:
        from bipdesk.ui.fill_in import ui_language
        from bipdesk.ui.printing import print_due_this_week

        self._print_operation = print_due_this_week(self, self.context, ui_language())

    def show_group_comparison(self) -> GroupComparisonDialog:
        """View → Group comparison…: one non-modal dialog, raised when already open."""
        if self._group_dialog is None:
            from bipdesk.ui.group_dialog import GroupComparisonDialog

            self._group_dialog = GroupComparisonDialog(self.context, self)
        return _bring_up(self._group_dialog)

    def show_unit_report(self) -> UnitReportDialog:
        """File → Unit report…: one non-modal dialog, raised when already open."""
        if self._unit_report_dialog is None:
            from bipdesk.ui.unit_report_dialog import UnitReportDialog

            self._unit_report_dialog = UnitReportDialog(self.context, self)
            self._unit_report_dialog.saved.connect(self.show_status)
        return _bring_up(self._unit_report_dialog)

    def export_for_project_office(self) -> ExportDialog:
        """File → Export for the project office…: one non-modal dialog, raised when open."""
        if self._export_dialog is None:
            from bipdesk.ui.export_dialog import ExportDialog

            self._export_dialog = ExportDialog(self.context, self)
            self._export_dialog.status_message.connect(self.show_status)
        return _bring_up(self._export_dialog)

    def show_project_office(self) -> OfficeDialog:
        """File → Project office…: one non-modal window over files only, raised when open."""
        if self._office_dialog is None:
            from bipdesk.ui.office_dialog import OfficeDialog

            self._office_dialog = OfficeDialog(
                self.context.settings, self.context.database.cards, self
            )
            self._office_dialog.saved.connect(self.show_status)
        return _bring_up(self._office_dialog)

    def show_user_guide(self) -> UserGuideWindow | None:
        """Help → User guide (F1): the guide in the app's language, in a window of its own."""
        from bipdesk.ui.user_guide import show_user_guide

        self._user_guide = show_user_guide(self, self._user_guide) or self._user_guide
        return self._user_guide

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
            from bipdesk.ui.participant_page import ParticipantPage

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

    # -- work ----------------------------------------------------------------------

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

    def ask_import_path(self) -> Path | None:
        folder = str(self.context.settings.value(IMPORT_FOLDER_KEY, str(Path.home())))
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import participants and measurements"),
            folder,
            self.tr("Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        self.context.settings.setValue(IMPORT_FOLDER_KEY, str(path.parent))
        return path

    def import_file(self, path: Path | None = None) -> None:
        """File → Import…: choose a file, then preview and import it in the import dialog."""
        if path is None:
            path = self.ask_import_path()
            if path is None:
                return
        from bipdesk.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.context, path, self)
        summaries: list[object] = []
        imported = getattr(dialog, "imported", None)
        if imported is not None:
            imported.connect(summaries.append)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if accepted or summaries:
            self.show_status(self._import_message(path, summaries[-1] if summaries else None))

    def _import_message(self, path: Path, summary: object | None) -> str:
        counts = [
            getattr(summary, name, None)
            for name in (
                "participants_new",
                "participants_updated",
                "measurements_new",
                "measurements_updated",
            )
        ]
        if all(isinstance(count, int) for count in counts):
            new_p, updated_p, new_m, updated_m = counts
            return self.tr(
                "Imported {file}: {new_p} new and {updated_p} changed participants, "
                "{new_m} new and {updated_m} changed measurements."
            ).format(
                file=path.name, new_p=new_p, updated_p=updated_p, new_m=new_m, updated_m=updated_m
            )
        return self.tr("Imported {file}.").format(file=path.name)

    def open_demo(self) -> None:
        """File → Open demo data: invented people in a database of their own, opened
        instead of this one; a real database never gets them."""
        from bipdesk.paths import demo_database_path
        from bipdesk.storage.demo import is_demo_database

        if self.demo_operation is not None:
            return
        if is_demo_database(self.context.database):
            self.show_status(self.tr("The demo data is already open."))
            return
        path, today = demo_database_path(), self.context.today()

        def work(progress: Progress) -> DemoResult | None:
            from bipdesk.storage.demo import make_demo_database

            return make_demo_database(path, DEMO_PARTICIPANTS, today=today)

        self.demo_operation = run_in_background(
            self,
            self.tr("Making demo participants…"),
            work,
            lambda _result: self._demo_done(path),
            self._demo_failed,
            cancellable=False,
        )

    def _demo_done(self, path: Path) -> None:
        self.demo_operation = None
        self.database_requested.emit(path)

    def _demo_failed(self, error: BaseException) -> None:
        self.demo_operation = None
        QMessageBox.warning(self, self.tr("Demo data"), storage_message(error))

    def open_retention_review(self) -> None:
        """File → Retention review…: who ended long ago, to erase after confirmation."""
        if not self.may_leave_participant_page():
            return
        from bipdesk.ui.privacy_dialogs import RetentionReviewDialog

        dialog = RetentionReviewDialog(self.context, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def open_backups(self) -> None:
        """File → Backups…: list, back up now, restore (then the start page shows)."""
        if not self.may_leave_participant_page():
            return
        from bipdesk.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context, self)
        try:
            dialog.exec()
            if dialog.restored is not None:
                self.stack.setCurrentWidget(self.start_page)
                self.show_status(self.tr("Backup restored."))
        finally:
            dialog.deleteLater()

    def change_passphrase(self) -> bool:
        """File → Change passphrase… (encrypted databases only); True when changed."""
        if not self.context.database.encrypted or self.context.database.read_only:
            return False
        from bipdesk.ui.passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.context, self)
        try:
            dialog.exec()
            if dialog.changed:
                self.show_status(
                    self.tr("The passphrase is changed. Backups made before keep the old one.")
                )
            return dialog.changed
        finally:
            dialog.deleteLater()

    def open_settings(self) -> None:
        from bipdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.show_status(self.tr("Settings saved."))
        finally:
            dialog.deleteLater()

    def _show_names_toggled(self, show: bool) -> None:
        if show != self.context.show_names:
            self.context.set_show_names(show)

    # -- refreshing ------------------------------------------------------------------

    def _context_changed(self, what: str) -> None:
        if what in (Change.SETTINGS, Change.ALL):
            show = self.context.show_names
            names = self.app_actions[ActionName.SHOW_NAMES]
            if names.isChecked() != show:
                names.blockSignals(True)
                names.setChecked(show)
                names.blockSignals(False)
            if show != self.list_page.proxy.show_names:
                self._save_header()
                self.list_page.set_show_names(show)
                self._restore_header()
        if self.stack.currentWidget() is self.list_page:
            self.reload_list()
        else:
            self._list_dirty = True

    def reload_list(self) -> None:
        self._list_dirty = False
        self.list_page.set_rows(self.context.participant_overview())

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

    def open_tool_windows(self) -> list[QDialog]:
        """The non-modal windows on screen (group comparison, export, project office):
        a new language waits for them, so that work in them is not lost."""
        tools = (
            self._group_dialog,
            self._export_dialog,
            self._office_dialog,
            self._unit_report_dialog,
        )
        return [tool for tool in tools if tool is not None and tool.isVisible()]

    def wait_for_background_work(self) -> None:
        """Let running work (demo data, group charts) finish before the window goes."""
        if self.demo_operation is not None:
            self.demo_operation.wait()
        if self._group_dialog is not None:
            self._group_dialog.wait()
        if self._export_dialog is not None:
            self._export_dialog.wait()
        if self._office_dialog is not None:
            self._office_dialog.wait()
        if self._unit_report_dialog is not None:
            self._unit_report_dialog.wait()

    # -- remembering the layout --------------------------------------------------------

    def _header_key(self) -> str:
        return HEADER_KEY if self.list_page.proxy.show_names else f"{HEADER_KEY}_without_names"

    def _save_header(self) -> None:
        state = self.list_page.table.horizontalHeader().saveState()
        self.context.settings.setValue(self._header_key(), state)

    def _restore_header(self) -> None:
        state = self.context.settings.value(self._header_key())
        header = self.list_page.table.horizontalHeader()
        if isinstance(state, QByteArray) and not state.isEmpty() and header.restoreState(state):
            return
        self.list_page.default_widths()

    def restore_layout(self) -> None:
        """Window size and position, toolbar state and column widths of the last session."""
        settings = self.context.settings
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            em = self.fontMetrics().horizontalAdvance("M")
            self.resize(default_window_size(em, self.screen().availableGeometry().size()))
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self._restore_header()

    def save_layout(self) -> None:
        settings = self.context.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        self._save_header()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.demo_operation is not None:
            self.demo_operation.wait()
        if self._group_dialog is not None:
            self._group_dialog.wait()
        if self._export_dialog is not None:
            self._export_dialog.wait()
        if self._office_dialog is not None:
            self._office_dialog.wait()
        if self._unit_report_dialog is not None:
            self._unit_report_dialog.wait()
        if not self.may_leave_participant_page():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)


_Tool = TypeVar("_Tool", bound=QWidget)


def _bring_up(window: _Tool) -> _Tool:
    """Show a non-modal tool window, in front and focused when it is already open."""
    window.show()
    window.raise_()
    window.activateWindow()
    return window
