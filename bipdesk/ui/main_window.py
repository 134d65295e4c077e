"""The main window: menus, toolbar, and three pages (start, participant list, participant).

It only wires things together: the pages own their widgets, the core and
storage own the rules, and every change is announced through the context.
Here are the menus, the toolbar and what their actions do; the window's parts
stand in modules of their own (main_pages: the pages and the status line,
tool_windows: the windows beside it, main_dialogs: the modal work), and what
is not on the first screen is imported when first used.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from bipdesk.ui.about import show_about
from bipdesk.ui.actions import ActionName, Actions, create_actions
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.database_menu import DatabaseMenu, add_database_label, window_title
from bipdesk.ui.demo_banner import add_demo_banner
from bipdesk.ui.file_features import disable_file_only
from bipdesk.ui.main_dialogs import MainDialogs
from bipdesk.ui.main_pages import MainPages
from bipdesk.ui.opening import add_read_only_banner
from bipdesk.ui.outbox_sender import OutboxSender
from bipdesk.ui.read_only import disable_writing
from bipdesk.ui.tool_windows import ToolWindows
from bipdesk.ui.window_geometry import restore_main_geometry, save_main_geometry

STATE_KEY = "main_window/state"
HEADER_KEY = "main_window/participant_columns"
"""Column widths and order of the participant list; one state with names, one without."""


class MainWindow(MainDialogs, ToolWindows, MainPages, QMainWindow):
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
        self._build_pages()
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
        if context.database.server is not None:  # a team database: the server's backups
            file_only = (ActionName.BACKUPS, ActionName.CHANGE_PASSPHRASE)
            disable_file_only(context.database, *(self.app_actions[n] for n in file_only))
            for menu in self.menuBar().findChildren(QMenu):
                menu.setToolTipsVisible(True)
            # What the fill-in kept here while the server was away goes to it now.
            self.outbox_sender = OutboxSender(context, self.show_status, self)

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

    def wait_for_background_work(self) -> None:
        """Let running work (demo data, group charts) finish before the window goes."""
        if self.demo_operation is not None:
            self.demo_operation.wait()
        self._wait_for_tool_windows()

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
        restore_main_geometry(self, settings)
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self._restore_header()

    def save_layout(self) -> None:
        settings = self.context.settings
        save_main_geometry(self, settings)
        settings.setValue(STATE_KEY, self.saveState())
        self._save_header()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.wait_for_background_work()
        if not self.may_leave_participant_page():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
