"""What the parts of the main window share, and what one part asks of another.

The main window is one QMainWindow made of parts (its pages, its tool
windows, its dialogs), so that its commands stay where the window host, the
menus and the tests reach them (`window.show_participant()`,
`window.open_backups()`). `MainWindowPart` tells the type checker what one
part may use of the others; at run time it is a plain base class that adds
nothing. (The declarations stand in a module of their own: pyside6-lupdate
loses the tr() context of the rest of a file after a def under `if`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QMainWindow as _Window
    from PySide6.QtWidgets import QStackedWidget

    from bipdesk.ui.actions import Actions
    from bipdesk.ui.context import AppContext
    from bipdesk.ui.start_page import StartPage
else:
    _Window = object


class MainWindowPart(_Window):
    """The main window as each of its parts sees it (`MainWindow` is all of them)."""

    context: AppContext
    app_actions: Actions
    stack: QStackedWidget
    """The pages; the participant page joins them on first use."""
    start_page: StartPage

    if TYPE_CHECKING:  # MainWindow and its other parts provide these
        database_requested: Signal

        def show_status(self, message: str) -> None: ...

        def may_leave_participant_page(self) -> bool: ...
