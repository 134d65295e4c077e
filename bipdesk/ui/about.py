"""Help → About BIP Desk: which version this is and where its release notes are.

The version is bipdesk.__version__, the one number the installers, their file names and
`bipdesk --version` carry too (tests/test_release.py). The release notes are
docs/CHANGELOG.md, bundled with the program like the user guide, so they are read
offline: BIP Desk never asks the internet for updates; IT installs new versions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bipdesk import __version__
from bipdesk.paths import docs_dir

if TYPE_CHECKING:
    from bipdesk.ui.user_guide import UserGuideWindow

RELEASE_NOTES = "CHANGELOG.md"


def release_notes_path() -> Path:
    """docs/CHANGELOG.md as installed (bipdesk/docs) or in a checkout."""
    return docs_dir() / RELEASE_NOTES


def about_text() -> str:
    """The About box's rich text: name, version, release notes, what BIP Desk is, and the
    card's origin."""
    return QCoreApplication.translate(
        "about",
        "<h2>BIP Desk {version}</h2>"
        "<p>BIP Desk helps coordinators in labour-market projects fill in the BIP "
        "progression card together with each participant, see who is due for the "
        "next measurement, and send anonymized figures to the project office.</p>"
        "<p>The progression card is adapted from the BIP (Beskæftigelses Indikator "
        "Projektet) of Væksthusets Forskningscenter.</p>"
        "<p>Participants' data stays on this computer.</p>"
        "<p>This is version {version}. What is new in it and in earlier versions is in "
        "the release notes that come with the program (the Release notes button). "
        "BIP Desk does not look for updates on the internet: your IT department "
        "installs new versions.</p>",
    ).format(version=__version__)


def about_box(parent: QWidget | None) -> QMessageBox:
    """The About box with a Release notes button beside Close."""
    box = QMessageBox(parent)
    box.setObjectName("about_box")
    box.setWindowTitle(QCoreApplication.translate("about", "About BIP Desk"))
    box.setText(about_text())
    icon = QGuiApplication.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    notes = box.addButton(
        QCoreApplication.translate("about", "Release notes"), QMessageBox.ButtonRole.ActionRole
    )
    notes.setObjectName("release_notes_button")
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def show_release_notes(parent: QWidget | None) -> UserGuideWindow:
    """docs/CHANGELOG.md in the user guide's window (offline, searchable)."""
    from bipdesk.ui.user_guide import UserGuideWindow

    window = UserGuideWindow(parent=parent)
    window.setWindowTitle(QCoreApplication.translate("about", "BIP Desk — Release notes"))
    window.browser.setSource(QUrl.fromLocalFile(str(release_notes_path())))
    window.show()
    return window


def show_about(parent: QWidget | None) -> None:
    box = about_box(parent)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked.objectName() == "release_notes_button":
        show_release_notes(parent)
