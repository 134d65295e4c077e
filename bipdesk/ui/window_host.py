"""The app's main window, switching the language while the app runs, and switching
to another database (File menu, demo data).

Qt widgets take their texts when they are built, and so do charts, dates and
the card texts of the pages. Rather than teaching every widget to translate
itself again, a new language builds a new main window over the same context
(same database, same settings) and shows the page that was up; the old one
goes. Window size, toolbar and column widths travel through the settings.
Another database is opened the way the app opens one at start (opening.py);
only once it is open is the old one backed up and closed, as at exit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.database_menu import Location, database_name, remember_database
from bipdesk.ui.encryption import IdleLock, start_idle_lock
from bipdesk.ui.language import current_language, resolve
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.opening import backup_at_exit, open_for_app
from bipdesk.ui.translator import install_translator


class WindowHost(QObject):
    """Owns the main window and the open database; rebuilds the window for a new
    language (Settings) or another database (File menu)."""

    window_replaced = Signal(object)
    """The new MainWindow, after a language or database switch."""

    def __init__(self, app: QCoreApplication, context: AppContext) -> None:
        super().__init__(app)
        self.app = app
        self.context = context
        self.window: MainWindow | None = None
        self.idle_lock: IdleLock | None = None
        self._idle_locking = False
        context.changed.connect(self._context_changed)
        remember_database(context.settings, context.database.location)

    def show(self) -> MainWindow:
        """Build and show the main window (once)."""
        if self.window is None:
            self.window = self._new_window()
            self.window.show()
        return self.window

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.context)
        window.database_requested.connect(self.open_database)
        return window

    def start_idle_lock(self) -> None:
        """Cover the windows after a while without use, for every encrypted database opened."""
        self._idle_locking = True
        if isinstance(self.app, QApplication):
            self.idle_lock = start_idle_lock(self.app, self.context.database, self.context)

    def _stop_idle_lock(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.stop()
            self.idle_lock = None

    def close_database(self, parent: QWidget | None = None) -> None:
        """As at exit: a backup of the open database, then closed."""
        self._stop_idle_lock()
        backup_at_exit(self.context.database, parent)
        self.context.database.close()

    def open_database(self, path: Location) -> bool:
        """Open `path` (a file or a team database's address) instead of the current
        database; False when it stays as it was.

        The same checks as at start (lock, passphrase, newer or damaged file; the
        server's password); the old database is closed only once the new one is open.
        """
        old = self.window
        if self._is_open(path):
            if old is not None:
                old.show_status(
                    QCoreApplication.translate("WindowHost", "{file} is already open.").format(
                        file=path.name if isinstance(path, Path) else path.display()
                    )
                )
            return False
        if old is not None:
            if not old.may_leave_participant_page():
                return False
            if old.open_tool_windows():
                old.show_status(
                    QCoreApplication.translate(
                        "WindowHost", "Close the open tool windows first, then open the database."
                    )
                )
                return False
        database = open_for_app(path, old, switching=True)
        if database is None:
            return False
        if old is not None:
            old.wait_for_background_work()
            old.save_layout()
        self.close_database(old)
        self.context.changed.disconnect(self._context_changed)
        self.context = AppContext(database, self.context.settings, today=self.context.today)
        self.context.changed.connect(self._context_changed)
        remember_database(self.context.settings, database.location)
        if self._idle_locking:
            self.start_idle_lock()
        window = self._replace_window(old, ("start", None))
        window.show_status(
            QCoreApplication.translate("WindowHost", "Opened {file}.").format(
                file=database_name(database)
            )
        )
        return True

    def _is_open(self, location: Location) -> bool:
        current = self.context.database.location
        if isinstance(location, Path) and isinstance(current, Path):
            return location.resolve() == current.resolve()
        return location == current

    def _context_changed(self, what: str) -> None:
        if what == Change.LANGUAGE:
            # Settings is still on screen (its window's child): switch once it is closed.
            QTimer.singleShot(0, self._switch_when_free)

    def _switch_when_free(self) -> None:
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(0, self._switch_when_free)
            return
        self.apply_language()

    def apply_language(self) -> bool:
        """Speak the language chosen in Settings now; False when nothing was rebuilt.

        Unsaved edits on the participant page are never thrown away for this: when
        the user keeps them, the new language takes effect at the next start. Open
        tool windows (project office, export, group comparison) are not closed for
        it either: the switch follows when the last of them is closed.
        """
        language = resolve(self.context.language_choice)
        if language == current_language():
            return False
        old = self.window
        if old is not None and not old.may_leave_participant_page():
            old.show_status(
                QCoreApplication.translate(
                    "WindowHost", "The new language is used from the next start of BIP Desk."
                )
            )
            return False
        tools = old.open_tool_windows() if old is not None else []
        if old is not None and tools:
            for tool in tools:
                tool.finished.connect(
                    self._switch_when_free, Qt.ConnectionType.SingleShotConnection
                )
            old.show_status(
                QCoreApplication.translate(
                    "WindowHost", "The new language is used once the open tool windows are closed."
                )
            )
            return False
        install_translator(self.app, language)
        if old is None:
            return False
        old.wait_for_background_work()
        view = old.view_state()
        old.save_layout()
        self._replace_window(old, view)
        return True

    def _replace_window(self, old: MainWindow | None, view: tuple[str, str | None]) -> MainWindow:
        window = self._new_window()
        window.show_view(view)
        if old is None:
            window.show()
            self.window = window
            return window
        if old.isMaximized():
            window.showMaximized()
        elif old.isVisible():
            window.show()
        old.hide()
        old.deleteLater()
        self.window = window
        self.window_replaced.emit(window)
        return window
