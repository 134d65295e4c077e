"""What the parts of the export window share: its state and what one part asks of another.

The window is one QDialog made of parts (counting the preview in
export_dialog.py, saving in export_saving.py), so that its widgets and
commands stay where the main window and the tests reach them
(`dialog.save()`, `dialog.save_button`). `ExportPart` tells the type checker
what one part may use of the others; at run time it is a plain base class
that adds nothing. (The declarations stand in a module of their own:
pyside6-lupdate loses the tr() context of the rest of a file after a def
under `if`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QDialog as _Dialog

    from bipdesk.core.periods import Period
    from bipdesk.io.aggregate_file import AggregateFile
    from bipdesk.ui.context import AppContext
    from bipdesk.ui.export_periods import PeriodChoice
    from bipdesk.ui.export_profile import ProfileChoice
else:
    _Dialog = object


class ExportPart(_Dialog):
    """The export window as each of its parts sees it (`ExportDialog` is all of them)."""

    context: AppContext
    language: str
    aggregate: AggregateFile | None
    """The file as previewed; Save writes exactly this."""
    profile_choice: ProfileChoice
    periods: PeriodChoice
    _failure: str | None
    """Why the preview could not be counted, while that is so."""

    if TYPE_CHECKING:  # ExportDialog provides these
        status_message: SignalInstance

        @property
        def is_current(self) -> bool: ...

        def period(self) -> Period | None: ...

        def unit(self) -> str: ...
