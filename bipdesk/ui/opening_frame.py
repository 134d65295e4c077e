"""The window BIP Desk shows at once, while it opens the database.

Loading the database layer (SQLAlchemy) and opening the file take most of a
start. A window that appears at once where the main window will stand, saying
which file it opens, tells the coordinator that the click worked; and the
questions opening may ask (a passphrase, a file in use, a damaged file) stand
in front of it rather than alone on the desktop. The main window takes its
place as soon as it is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from bipdesk.ui.window_geometry import restore_main_geometry

if TYPE_CHECKING:  # the database layer loads while this frame shows
    from bipdesk.storage.server_address import ServerAddress


class OpeningFrame(QMainWindow):
    def __init__(self, database_path: Path | ServerAddress, settings: QSettings) -> None:
        super().__init__()
        # A team database is named by where it lives: 'anna@db.kommun.se/bip'.
        name = database_path.name if isinstance(database_path, Path) else database_path.display()
        self.setWindowTitle(self.tr("Opening {file} — BIP Desk").format(file=name))
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.addStretch(1)
        icon = QLabel(centre)
        icon.setPixmap(QApplication.windowIcon().pixmap(QSize(64, 64)))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(icon)
        message = QLabel(self.tr("Opening {file}…").format(file=name), centre)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = message.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        message.setFont(font)
        layout.addWidget(message)
        layout.addStretch(1)
        self.setCentralWidget(centre)
        restore_main_geometry(self, settings)
