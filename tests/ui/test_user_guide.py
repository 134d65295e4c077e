"""Help → User guide (F1): the guide in the app's language, read offline from the bundled
docs, with pictures fitted to the window, working links and a search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QImage, QImageReader, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bipdesk.paths import docs_dir, resources_dir
from bipdesk.storage import Database
from bipdesk.ui import user_guide
from bipdesk.ui.actions import ActionName
from bipdesk.ui.context import AppContext
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.translator import install_translator, remove_translators
from bipdesk.ui.user_guide import UserGuideWindow, heading_slug
from tests.conftest import TODAY

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture
def window(qtbot: QtBot, database: Database, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database, settings, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    yield window
    for guide in window.findChildren(UserGuideWindow):
        guide.close()


def open_guide(qtbot: QtBot, language: str, width: int = 900) -> UserGuideWindow:
    guide = UserGuideWindow(language)
    qtbot.addWidget(guide)
    guide.resize(width, 700)
    guide.show()
    qtbot.waitExposed(guide)
    qtbot.waitUntil(lambda: not guide.browser.fitting_pending and bool(images(guide)))
    assert all(width > 0 for _name, width, _natural in images(guide))
    return guide


def images(guide: UserGuideWindow) -> list[tuple[str, float, int]]:
    """(name, width shown, natural width) of every picture of the page shown."""
    browser = guide.browser
    found = []
    for name in browser.picture_names():
        path = browser.source().resolved(QUrl(name)).toLocalFile()
        found.append((name, browser.picture_width(name), QImageReader(path).size().width()))
    return found


def test_github_heading_anchors() -> None:
    assert heading_slug("Vem är det dags för?") == "vem-är-det-dags-för"
    assert heading_slug("The participants' personal data") == "the-participants-personal-data"
    assert heading_slug("Säkerhetskopior (backup)") == "säkerhetskopior-backup"


def test_f1_opens_the_guide_of_the_apps_language_once(qtbot: QtBot, window: MainWindow) -> None:
    action = window.app_actions[ActionName.USER_GUIDE]
    assert action in window.menuBar().actions()[-1].menu().actions()
    action.trigger()
    guides = window.findChildren(UserGuideWindow)
    assert len(guides) == 1 and guides[0].isVisible()
    guide = guides[0]
    assert guide.browser.source() == QUrl.fromLocalFile(str(docs_dir() / "user-guide.en.md"))
    assert guide.browser.headings()[0] == (1, "BIP Desk – user guide")
    action.trigger()  # again: the same window comes to the front
    assert window.findChildren(UserGuideWindow) == guides


def test_the_welcome_page_links_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    start = window.start_page
    assert start.is_empty_state and start.guide_link.isVisibleTo(start)
    assert "user guide" in start.guide_link.text()
    start.guide_link.linkActivated.emit("guide")
    assert [g.isVisible() for g in window.findChildren(UserGuideWindow)] == [True]


def test_a_swedish_app_shows_the_swedish_guide(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if install_translator(app, "sv") is None:
        pytest.skip("translations/bipdesk_sv.qm is not compiled (make translations-qm)")
    try:
        guide = open_guide(qtbot, user_guide.current_language(), width=1000)
        assert guide.language == "sv"
        assert guide.browser.headings()[0] == (1, "BIP Desk – användarhandbok")
        assert guide.contents_button.text() == "Innehåll"
        assert guide.windowTitle() == "BIP Desk — Användarhandbok"
        assert all(name.startswith("images/sv/") for name, _w, _n in images(guide))
        ARTIFACTS.mkdir(exist_ok=True)
        guide.grab().save(str(ARTIFACTS / "user_guide_sv.png"))
        browser = guide.browser
        assert browser.scroll_to_heading("en-mätning-tillsammans-med-deltagaren")
        qtbot.waitUntil(lambda: not browser.fitting_pending)
        top = browser.cursorForPosition(browser.viewport().rect().topLeft()).block()
        assert top.text() == "En mätning tillsammans med deltagaren"
        shot = guide.grab()
        shot.save(str(ARTIFACTS / "user_guide_sv_measurement.png"))
        # The heading is painted there, on the page's white, not a picture over it.
        strip = browser.viewport().grab().toImage().copy(0, 0, browser.viewport().width(), 30)
        white = sum(
            strip.pixelColor(x, y).lightness() == 255
            for x in range(0, strip.width(), 3)
            for y in range(strip.height())
        )
        dark = sum(
            strip.pixelColor(x, y).lightness() < 80
            for x in range(0, strip.width(), 3)
            for y in range(strip.height())
        )
        assert white > 0.7 * (strip.width() // 3) * strip.height() and dark > 20
    finally:
        remove_translators(app)


def test_pictures_fit_the_window_and_are_never_enlarged(qtbot: QtBot) -> None:
    guide = open_guide(qtbot, "en", width=700)
    column = guide.browser.viewport().width()
    shown = images(guide)
    assert len(shown) >= 15
    assert all(0 < width <= column for _name, width, _natural in shown)
    assert any(width < natural for _name, width, natural in shown)  # narrowed to fit
    name, width, _natural = next(picture for picture in shown if picture[1] < picture[2])
    url = guide.browser.source().resolved(QUrl(name))
    resource = guide.browser.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert isinstance(resource, QImage)  # scaled once, smoothly, not while painting
    assert abs(resource.width() / resource.devicePixelRatio() - width) <= 1
    narrow = {name: width for name, width, _natural in shown}
    guide.resize(1400, 900)
    widest = max(shown, key=lambda picture: picture[2])[0]
    qtbot.waitUntil(lambda: dict((n, w) for n, w, _ in images(guide))[widest] > narrow[widest])
    wide = images(guide)
    assert all(narrow[n] <= width <= natural for n, width, natural in wide)
    assert any(width == natural for _name, width, natural in wide)  # small ones as they are


def test_links_go_to_headings_pages_and_files(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    guide = open_guide(qtbot, "sv")
    browser = guide.browser
    browser.follow(QUrl("#säkerhetskopior"))
    assert browser.verticalScrollBar().value() > 0
    assert browser.textCursor().block().text() == "Säkerhetskopior"

    opened: list[QUrl] = []
    monkeypatch.setattr(user_guide.QDesktopServices, "openUrl", opened.append)
    browser.follow(QUrl("../resources/samples/sample-import.csv"))
    sample = resources_dir() / "samples" / "sample-import.csv"
    assert [Path(url.toLocalFile()).resolve() for url in opened] == [sample.resolve()]

    browser.follow(QUrl("saknas.md"))
    assert guide.message_label.isVisibleTo(guide) and "saknas.md" in guide.message_label.text()

    browser.follow(QUrl("import-format.md"))
    assert browser.source().fileName() == "import-format.md"
    assert not guide.message_label.isVisibleTo(guide)
    assert guide.back_button.isEnabled()
    guide.back_button.click()
    assert browser.source().fileName() == "user-guide.sv.md"
    guide.show_contents()
    assert browser.verticalScrollBar().value() == 0


def test_search_in_the_guide(qtbot: QtBot) -> None:
    guide = open_guide(qtbot, "sv")
    guide.search_edit.setText("lösenfras")
    assert guide.find_next()
    assert guide.browser.textCursor().selectedText().lower() == "lösenfras"
    first = guide.browser.textCursor().position()
    assert guide.find_next() and guide.browser.textCursor().position() > first
    guide.search_edit.setText("xyzzy")
    assert not guide.find_next()
    assert "xyzzy" in guide.message_label.text()


def test_a_missing_guide_is_said_not_raised(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing() -> Path:
        raise FileNotFoundError("no docs")

    said: list[str] = []
    monkeypatch.setattr(user_guide, "docs_dir", missing)
    monkeypatch.setattr(
        user_guide.QMessageBox, "warning", lambda _parent, _title, text: said.append(text)
    )
    assert window.show_user_guide() is None
    assert said and "missing from this installation" in said[0]
