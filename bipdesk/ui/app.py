"""Starting the desktop app: QApplication, style, translations, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from bipdesk import __version__
from bipdesk.paths import resources_dir

ORGANIZATION = "BIP Desk"
APPLICATION = "BIP Desk"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setStyle("Fusion")
    app.setApplicationDisplayName(APPLICATION)
    return app


def translations_dir() -> Path:
    """Compiled .qm files: in the package when installed, in translations/ in a checkout."""
    bundled = resources_dir() / "translations"
    return bundled if bundled.is_dir() else resources_dir().parent / "translations"


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Load the app's translation; English is the source language and needs none."""
    QLocale.setDefault(
        QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English)
    )
    if language == "en":
        return None
    translator = QTranslator(app)
    if translator.load(f"bipdesk_{language}", str(translations_dir())):
        app.installTranslator(translator)
        return translator
    return None


def run_app(database_path: Path, language: str) -> int:
    """Open the database and show the main window; returns the exit code."""
    from bipdesk.storage import DatabaseError, open_database
    from bipdesk.ui.context import AppContext
    from bipdesk.ui.main_window import MainWindow

    app = create_application()
    install_translator(app, language)
    try:
        database = open_database(database_path)
    except DatabaseError as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "BIP Desk cannot open the database"),
            str(error),
        )
        return 1
    with database:
        context = AppContext(database, QSettings())
        window = MainWindow(context)
        window.show()
        return app.exec()
