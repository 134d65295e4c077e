"""Starting the desktop app: QApplication, style, translations, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    QSize,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from bipdesk import __version__
from bipdesk.ui.fonts import install_fonts
from bipdesk.ui.garbage import collect_on_ui_thread
from bipdesk.ui.translator import install_translator

if TYPE_CHECKING:
    from bipdesk.storage.server_address import ServerAddress

ORGANIZATION = "BIP Desk"
APPLICATION = "BIP Desk"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        collect_on_ui_thread(existing)
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setStyle("Fusion")
    app.setApplicationDisplayName(APPLICATION)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("bipdesk")  # installer/linux/bipdesk.desktop (Wayland icon)
    install_fonts(app)  # Ethiopic (Tigrinya) for every widget
    collect_on_ui_thread(app)
    return app


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The PNG sizes tools/make_icons.py renders from resources/icons/bipdesk.svg."""


def app_icon() -> QIcon:
    """The BIP Desk icon in every rendered size (null when the resources lack it)."""
    from bipdesk.paths import resources_dir

    folder = resources_dir() / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        path = folder / f"bipdesk-{size}.png"
        if path.is_file():  # with its size given, the file is read only when drawn
            icon.addFile(str(path), QSize(size, size))
    return icon


def run_app(database_path: Path | ServerAddress, language: str | None = None) -> int:
    """Open the database (a file, or a team database's server address from `--db` or
    BIPDESK_DB) and show the main window; returns the exit code.

    `language` ('sv'/'en', from --lang) overrides the language chosen in Settings
    (else the system's) for this run, without changing the saved choice. A frame
    stands where the main window will be while the database layer loads and the
    file opens (bipdesk.ui.opening_frame), so something shows at once.
    """
    from bipdesk.ui.language import chosen_language
    from bipdesk.ui.opening_frame import OpeningFrame

    app = create_application()
    settings = QSettings()
    install_translator(app, chosen_language(settings, language))
    frame = OpeningFrame(database_path, settings)
    frame.show()
    app.processEvents()  # painted before the database layer is imported

    from bipdesk.ui.context import AppContext
    from bipdesk.ui.opening import open_for_app
    from bipdesk.ui.window_host import WindowHost

    # Locked: read-only or quit; damaged: restore the newest good backup or quit.
    database = open_for_app(database_path, frame)
    if database is None:
        frame.close()
        return 1
    host = WindowHost(app, AppContext(database, settings))
    try:
        host.show()
        frame.close()
        # An encrypted database: every window is covered after N minutes without use.
        host.start_idle_lock()
        return app.exec()
    finally:
        host.close_database()  # the one open now: File → Open may have changed it
