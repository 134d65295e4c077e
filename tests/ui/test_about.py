"""Help → About: the version (bipdesk.__version__, the installers' and --version's too)
and the release notes that come with the program, read offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from bipdesk import __version__
from bipdesk.ui.about import about_box, release_notes_path, show_release_notes

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def test_the_about_box_says_the_version_and_where_the_release_notes_are(qtbot: QtBot) -> None:
    box = about_box(None)
    qtbot.addWidget(box)
    assert f"BIP Desk {__version__}" in box.text()
    assert f"This is version {__version__}." in box.text()
    assert "does not look for updates on the internet" in box.text()
    notes = box.findChild(QPushButton, "release_notes_button")
    assert notes is not None and notes.text() == "Release notes"
    assert box.button(QMessageBox.StandardButton.Close) is not None
    box.show()
    qtbot.waitExposed(box)
    ARTIFACTS.mkdir(exist_ok=True)
    box.grab().save(str(ARTIFACTS / "about_box.png"))


def test_release_notes_open_offline_at_this_version(qtbot: QtBot) -> None:
    assert release_notes_path().name == "CHANGELOG.md" and release_notes_path().is_file()
    window = show_release_notes(None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    browser = window.browser
    assert Path(browser.source().toLocalFile()) == release_notes_path()
    assert __version__ in browser.toPlainText()
    assert window.windowTitle() == "BIP Desk — Release notes"
    window.grab().save(str(ARTIFACTS / "release_notes.png"))
