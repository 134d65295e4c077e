"""Where the main window stands: as the coordinator left it, else a size with room.

Shared by the main window and the frame shown while the database opens, so
that the one takes the other's place without a jump.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from bipdesk.ui.page_room import default_window_size

GEOMETRY_KEY = "main_window/geometry"


def restore_main_geometry(window: QWidget, settings: QSettings) -> None:
    """The size and position of the last session, else the default size."""
    geometry = settings.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        em = window.fontMetrics().horizontalAdvance("M")
        window.resize(default_window_size(em, window.screen().availableGeometry().size()))


def save_main_geometry(window: QWidget, settings: QSettings) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
