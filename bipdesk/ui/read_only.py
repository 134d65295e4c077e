"""Read-only mode: every control that would write is disabled and says why.

A database opened read-only (another BIP Desk holds it) refuses every write
in storage (ReadOnlyError). The app does not wait for that refusal: buttons
and actions that would save are disabled up front, with a tooltip naming the
reason, so nobody fills in a card that cannot be saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from bipdesk.storage import Database


def read_only_reason(database: Database) -> str:
    """Why nothing can be saved, for tooltips ('' when the database can be written)."""
    if not database.read_only:
        return ""
    from bipdesk.ui.moments import describe_holder

    if database.holder is not None:
        return QCoreApplication.translate(
            "read_only",
            "Not available: the database is open read-only, because {holder} has it open. "
            "Nothing can be saved here.",
        ).format(holder=describe_holder(database.holder))
    return QCoreApplication.translate(
        "read_only", "Not available: the database is open read-only. Nothing can be saved here."
    )


def disable_writing(database: Database, *controls: QWidget | QAction) -> None:
    """Disable `controls` with the read-only reason as tooltip; nothing when writable."""
    disable_with_reason(read_only_reason(database), *controls)


def disable_with_reason(reason: str, *controls: QWidget | QAction) -> None:
    """Disable `controls`, saying `reason` on hover and in the status bar; nothing
    when there is no reason (a control the user cannot use says why, never just greys)."""
    if not reason:
        return
    for control in controls:
        control.setEnabled(False)
        control.setToolTip(reason)
        if isinstance(control, QAction):
            control.setStatusTip(reason)
