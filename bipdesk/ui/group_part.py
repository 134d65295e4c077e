"""What the parts of the group comparison share: its data and what one part asks of another.

The dialog is one QDialog made of parts (the filters, the chart), so that
its widgets and commands stay where the main window and the tests reach them
(`dialog.set_filter()`, `dialog.canvas`). `GroupPart` tells the type checker
what one part may use of the others; at run time it is a plain base class that
adds nothing. (The declarations stand in a module of their own: pyside6-lupdate
loses the tr() context of the rest of a file after a def under `if`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog as _Dialog

    from bipdesk.core.cards import Card
    from bipdesk.core.periods import Period
    from bipdesk.reports.changes import GroupMeans
    from bipdesk.ui.context import AppContext
else:
    _Dialog = object


class GroupPart(_Dialog):
    """The group comparison as each of its parts sees it (`GroupComparisonDialog` is all
    of them)."""

    context: AppContext
    language: str
    k: int
    """At least this many people behind a group, or no chart."""
    means: GroupMeans | None
    _updating: bool
    """True while the filters are set by the program: no recomputing in between."""
    _quick: dict[str, Period]
    """The quick list's periods by key ('always', 'YYYY', 'YYYY-Qn')."""

    if TYPE_CHECKING:  # GroupComparisonDialog provides these

        def card(self) -> Card | None: ...

        def recompute(self) -> None: ...
