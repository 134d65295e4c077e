"""The app's translators: its own texts and Qt's, replaced when the language changes.

One home for them, so that starting the app (bipdesk.ui.app) and changing the
language while it runs (bipdesk.ui.window_host) do not import each other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bipdesk.paths import translations_dir

_TRANSLATOR_NAME = "bipdesk_translator"
"""The object name of the translators `install_translator` adds to the application."""


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Speak `language` ('sv' or 'en'): the app's texts and Qt's own (buttons, dialogs).

    Replaces translators installed earlier, so the language can change while the
    app runs. English is the source language and needs none; returns the app's
    translator, or None when English or when the .qm file is missing.
    """
    remove_translators(app)
    QLocale.setDefault(
        QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English)
    )
    if language == "en":
        return None
    qt_translator = QTranslator(app)
    qt_translator.setObjectName(_TRANSLATOR_NAME)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_translator)
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if translator.load(f"bipdesk_{language}", str(translations_dir())):
        app.installTranslator(translator)
        return translator
    return None


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English source texts (the default locale is left as it is)."""
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()
