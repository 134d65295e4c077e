"""Help → User guide (F1): the guide in the app's language, readable offline.

The guides are the Markdown files of docs/ — the same files a reader sees in
the repository — bundled with the app as bipdesk/docs (`bipdesk.paths.docs_dir`).
Qt reads Markdown itself, so the window needs no converter and no browser.
Pictures are fitted to the window's width, links between the guides' pages
stay in the window, a heading link (`#…`) scrolls there as it does on GitHub,
and a link to a sample file opens it in the program the computer uses for it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bipdesk.paths import docs_dir
from bipdesk.ui.language import current_language

GUIDE_NAME = "user-guide.{language}.md"
FALLBACK_LANGUAGE = "en"
MARKDOWN_SUFFIXES = (".md", ".markdown")
READING_WIDTH_EM = 64
"""Lines of text no longer than this: long lines are hard to follow on a wide screen."""
FIT_DELAY_MS = 80
"""Pictures are fitted again this long after the window stops changing size."""
ERROR_COLOUR = "#b00020"


def guide_path(language: str) -> Path:
    """The guide in `language` ('sv' or 'en'), else the English one."""
    folder = docs_dir()
    path = folder / GUIDE_NAME.format(language=language)
    return path if path.is_file() else folder / GUIDE_NAME.format(language=FALLBACK_LANGUAGE)


def heading_slug(text: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as '-'
    ('Säkerhetskopior (backup)' → 'säkerhetskopior-backup')."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


class GuideBrowser(QTextBrowser):
    """A QTextBrowser over the guide's Markdown, with pictures fitted to its width."""

    link_followed = Signal(str)
    """After a link: '' when it led somewhere, else the name of the file it lacks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self.follow)
        self._fitted: dict[str, tuple[str, int, float]] = {}
        """Per picture, the column and screen it was last scaled for."""
        self._spaced = ""
        """The page whose headings were given air."""
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(FIT_DELAY_MS)
        self._fit_timer.timeout.connect(self.fit_images)
        # While sourceChanged is emitted the new page is not yet the source: fit after it.
        self.sourceChanged.connect(lambda _url: self._fit_timer.start(0))

    # -- links ------------------------------------------------------------------------

    def follow(self, url: QUrl) -> None:
        """A clicked link: another page of the guides, a heading, a file or the web."""
        self.link_followed.emit(self._follow(url))

    def _follow(self, url: QUrl) -> str:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return ""
        if not url.path() and url.hasFragment():
            self.scroll_to_heading(url.fragment())
            return ""
        target = self.source().resolved(url) if url.isRelative() else url
        if not target.isLocalFile():
            QDesktopServices.openUrl(target)
            return ""
        path = Path(target.toLocalFile())
        if not path.is_file():
            return path.name
        if path.suffix.lower() in MARKDOWN_SUFFIXES:
            self.setSource(QUrl.fromLocalFile(str(path)))
            self.fit_images()  # before scrolling: the pictures' sizes move the headings
            if target.hasFragment():
                self.scroll_to_heading(target.fragment())
            return ""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return ""

    def scroll_to_heading(self, slug: str) -> bool:
        """Bring the heading whose GitHub anchor is `slug` to the top; False when none is."""
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and heading_slug(block.text()) == slug:
                layout = self.document().documentLayout()
                self.verticalScrollBar().setValue(int(layout.blockBoundingRect(block).top()))
                cursor = QTextCursor(block)
                self.setTextCursor(cursor)
                return True
            block = block.next()
        return False

    def headings(self) -> list[tuple[int, str]]:
        """(level, text) of every heading of the page shown."""
        found: list[tuple[int, str]] = []
        block = self.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                found.append((level, block.text()))
            block = block.next()
        return found

    # -- pictures ---------------------------------------------------------------------
    #
    # A picture's size is its image's: each is put into the document's resources
    # smoothly scaled to the column (Qt would scale it roughly while painting), and the
    # page is laid out again. Sizes set on the image formats instead left pictures
    # painted over the text around them once the window changed size (Qt 6.x).

    @property
    def fitting_pending(self) -> bool:
        """True while the pictures wait to be fitted to a new page or size."""
        return self._fit_timer.isActive()

    def _set_side_margins(self) -> float:
        """Centre a column of at most READING_WIDTH_EM; returns the column's width."""
        document = self.document()
        em = self.fontMetrics().horizontalAdvance("M")
        if document.documentMargin() != em:
            document.setDocumentMargin(em)
        width = self.viewport().width() - 2 * em - 4
        side = max(0.0, (width - READING_WIDTH_EM * em) / 2)
        root = document.rootFrame()
        frame = root.frameFormat()
        if abs(frame.leftMargin() - side) >= 1:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            root.setFrameFormat(frame)
        return max(80.0, width - 2 * side)

    def picture_names(self) -> list[str]:
        """The pictures of the page shown, as the page names them."""
        names: list[str] = []
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                form = fragments.fragment().charFormat()
                if form.isImageFormat():
                    names.append(form.toImageFormat().name())
                fragments += 1
            block = block.next()
        return names

    def picture_width(self, name: str) -> float:
        """The width a picture of the page is shown at (0 when it cannot be read)."""
        shown = self.document().resource(
            QTextDocument.ResourceType.ImageResource, self.source().resolved(QUrl(name))
        )
        if isinstance(shown, QImage | QPixmap) and not shown.isNull():
            return shown.width() / shown.devicePixelRatio()
        return 0.0

    def _space_headings(self) -> None:
        """Air above each heading (Qt's Markdown gives headings almost none), once a page."""
        page = self.source().toString()
        if self._spaced == page:
            return
        self._spaced = page
        em = self.fontMetrics().height()
        block = self.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level and block.blockNumber() > 0:
                form = block.blockFormat()
                form.setTopMargin(em * (1.6 if level <= 2 else 1.0))
                QTextCursor(block).setBlockFormat(form)
            block = block.next()

    def fit_images(self) -> None:
        """Every picture at its own size, or narrowed to the column (never wider)."""
        if not self.source().isLocalFile():
            return
        self._space_headings()
        column = self._set_side_margins()
        ratio = self.devicePixelRatioF()
        changed = False
        for name in dict.fromkeys(self.picture_names()):
            url = self.source().resolved(QUrl(name))
            key = (url.toString(), round(column), ratio)
            if self._fitted.get(url.toString()) == key:
                continue
            image = QImage(url.toLocalFile())
            if image.isNull():
                continue
            pixels = round(min(float(image.width()), column) * ratio)
            if pixels < image.width():
                image = image.scaledToWidth(pixels, Qt.TransformationMode.SmoothTransformation)
            image.setDevicePixelRatio(ratio)
            # Keyed as the document looks pictures up: resolved against its page.
            self.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
            self._fitted[url.toString()] = key
            changed = True
        if changed:
            document = self.document()
            document.markContentsDirty(0, document.characterCount())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_timer.start()


class UserGuideWindow(QDialog):
    """The guide with Back, Forward, Contents and a search field; Esc closes it."""

    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language or current_language()
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("BIP Desk — User guide"))
        self.setAccessibleName(self.tr("User guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setSizeGripEnabled(True)
        self.setModal(False)

        self.browser = GuideBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        font = self.browser.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.browser.setFont(font)
        style = self.style()
        self.back_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("Back")
        )
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.contents_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon), self.tr("Contents")
        )
        self.contents_button.setAccessibleName(self.tr("Contents"))
        self.contents_button.setToolTip(self.tr("The beginning of the guide, with its contents"))
        self.contents_button.clicked.connect(self.show_contents)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search in the guide"))
        self.search_edit.setAccessibleName(self.tr("Search in the guide"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.find_next)
        self.search_edit.textChanged.connect(lambda _text: self._set_message(None))
        self.find_button = QPushButton(self.tr("Find next"))
        self.find_button.setAccessibleName(self.tr("Find next"))
        self.find_button.clicked.connect(self.find_next)
        self.message_label = QLabel()
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message_label.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.contents_button)
        bar.addStretch(1)
        bar.addWidget(self.message_label)
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search_edit.setFocus)
        self.browser.link_followed.connect(self._link_followed)

        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 70, em * 52)
        self.show_contents()

    @property
    def guide(self) -> Path:
        return guide_path(self.language)

    def show_contents(self) -> None:
        """The guide from its beginning (its table of contents)."""
        url = QUrl.fromLocalFile(str(self.guide))
        if self.browser.source() != url:
            self.browser.setSource(url)
        self.browser.verticalScrollBar().setValue(0)

    def find_next(self) -> bool:
        """The next place the search text occurs, from the top again after the last one."""
        text = self.search_edit.text().strip()
        if not text:
            return False
        if self.browser.find(text):
            self._set_message(None)
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.browser.find(text, QTextDocument.FindFlag(0)):
            self._set_message(None)
            return True
        self._set_message(self.tr("Not in the guide: {text}").format(text=text))
        return False

    def _link_followed(self, missing: str) -> None:
        if missing:
            self._set_message(
                self.tr("{file} is missing from this installation.").format(file=missing)
            )
        else:
            self._set_message(None)

    def _set_message(self, text: str | None) -> None:
        self.message_label.setText(text or "")
        self.message_label.setVisible(bool(text))


def show_user_guide(parent: QWidget, window: UserGuideWindow | None) -> UserGuideWindow | None:
    """Open the guide (or bring the open one to the front) in the app's language; None,
    after saying so, when the installation lacks it."""
    language = current_language()
    if window is None or window.language != language:
        try:
            guide_path(language)
        except FileNotFoundError:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("UserGuideWindow", "User guide"),
                QCoreApplication.translate(
                    "UserGuideWindow",
                    "The user guide is missing from this installation of BIP Desk. "
                    "Install BIP Desk again, or read the guide in the docs folder of its "
                    "source code.",
                ),
            )
            return None
        if window is not None:
            window.close()
            window.deleteLater()
        window = UserGuideWindow(language, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
