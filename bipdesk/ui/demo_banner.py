"""The banner over every page of a demo database: nobody takes invented people for real.

It cannot be closed or hidden; it goes only when another database is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

from bipdesk.storage import Database
from bipdesk.storage.demo import is_demo_database


def add_demo_banner(window: QMainWindow, database: Database) -> QToolBar | None:
    """A bar under the toolbar while a demo database is open; None for a real one."""
    if not is_demo_database(database):
        return None
    lead = QCoreApplication.translate("demo_banner", "Demo data — invented people")
    more = QCoreApplication.translate(
        "demo_banner",
        "Nothing here is about real participants. Your own database is under File → Open recent.",
    )
    bar = QToolBar(QCoreApplication.translate("demo_banner", "Demo data"), window)
    bar.setObjectName("demo_banner")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)  # the banner cannot be hidden
    text = "<br>".join((f"<b>{lead}</b>", more))  # the marked-up texts are tr()'s
    label = QLabel(text, bar)
    label.setObjectName("demo_text")
    label.setAccessibleName(lead)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("QLabel { padding: 6px 10px; color: #0b3d63; }")
    bar.setStyleSheet("QToolBar { background: #d9ecfb; border-bottom: 1px solid #7fb3da; }")
    bar.addWidget(label)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
