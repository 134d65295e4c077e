"""The app's main window, and switching the language while the app runs.

Qt widgets take their texts when they are built, and so do charts, dates and
the card texts of the pages. Rather than teaching every widget to translate
itself again, a new language builds a new main window over the same context
(same database, same settings) and shows the page that was up; the old one
goes. Window size, toolbar and column widths travel through the settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from bipdesk.ui.app import install_translator
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.language import current_language, resolve
from bipdesk.ui.main_window import MainWindow


class WindowHost(QObject):
    """Owns the main window; rebuilds it when the language is chosen anew in Settings."""

    window_replaced = Signal(object)
    """The new MainWindow, after a language switch."""

    def __init__(self, app: QCoreApplication, context: AppContext) -> None:
        super().__init__(app)
        self.app = app
        self.context = context
        self.window: MainWindow | None = None
        context.changed.connect(self._context_changed)

    def show(self) -> MainWindow:
        """Build and show the main window (once)."""
        if self.window is None:
            self.window = MainWindow(self.context)
            self.window.show()
        return self.window

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
        window = MainWindow(self.context)
        window.show_view(view)
        if old.isMaximized():
            window.showMaximized()
        elif old.isVisible():
            window.show()
        old.hide()
        old.deleteLater()
        self.window = window
        self.window_replaced.emit(window)
        return True
