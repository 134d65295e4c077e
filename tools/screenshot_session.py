"""What the pictures of tools/screenshots.py share: the demo data, the app, the saving.

A `Session` is one language's run: the application, a demo database made by
the app's own demo filler (a fixed "today", a coordinator's name in Settings),
and where the pictures go. Widgets are grabbed, PDF pages rendered with
pypdfium2, and both saved framed, at most MAX_WIDTH wide, as palette PNGs
optimised by Pillow, to keep the repository and the installed app small.
"""

from __future__ import annotations

import io
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 23)
"""The demo data's and the app's "today": the pictures stay the same from run to run."""
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
WIDTH, HEIGHT = 1100, 820
"""The main window's size in the pictures."""
WIDE, TALL = 1200, 1060
"""The participant page's size: its chart needs the room."""
MAX_WIDTH = 1200
"""Wider pictures are scaled down to this."""
PAGE_WIDTH = 1000
"""PDF pages are rendered sharp, then scaled down to this (A4: 1414 pixels high)."""
FRAME_COLOUR = "#9e9e9e"
WORK = Path(tempfile.gettempdir()) / "bipdesk-screenshots"
"""Where the demo databases and files go while the pictures are taken: a fixed name,
because windows show the paths of files (the import window, the backups)."""
DEMO_PARTICIPANTS = 120
COORDINATOR = "Lena Berg"
"""The coordinator at the keyboard (Settings → your name; the edit history's "by whom")."""

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from bipdesk.storage import Database
    from bipdesk.ui.context import AppContext
    from bipdesk.ui.main_window import MainWindow

Shot = Callable[["Session"], None]
"""A function that takes one or a few pictures."""


@dataclass
class Session:
    """One language's run: the application, the demo database and where pictures go."""

    app: QApplication
    language: str
    out: Path
    work: Path
    stack: ExitStack
    _context: AppContext | None = None
    _window: MainWindow | None = None
    _code: str | None = None
    written: list[Path] = field(default_factory=list)

    # -- the data ---------------------------------------------------------------------

    def database(self, name: str, participants: int = 0, seed: int = 1) -> Database:
        """A new database `name` in the work folder, with demo people when asked."""
        from bipdesk.core.history import SOURCE_APP, Editor
        from bipdesk.io.cards import default_cards
        from bipdesk.storage import open_database
        from bipdesk.storage.demo import fill_with_demo

        folder = self.work / name
        folder.mkdir(parents=True, exist_ok=True)
        database = self.stack.enter_context(
            open_database(folder / "bipdesk.db", default_cards(), today=lambda: TODAY)
        )
        if participants:  # as File → Open demo data does it, at the coordinator's keyboard
            database.editor = Editor(COORDINATOR, SOURCE_APP)
            fill_with_demo(database, participants, seed=seed, today=TODAY)
        return database

    def context_for(self, database: Database, name: str) -> AppContext:
        from PySide6.QtCore import QSettings

        from bipdesk.ui.context import UNIT_SETTING, AppContext

        with database.transaction() as repository:
            repository.set_setting(UNIT_SETTING, "Delprojekt Växjö")
        settings = QSettings(str(self.work / name / "settings.ini"), QSettings.Format.IniFormat)
        context = AppContext(database, settings, today=lambda: TODAY)
        context.set_language_choice(self.language)
        context.set_editor_name(COORDINATOR)
        return context

    @property
    def context(self) -> AppContext:
        """The demo database's context (made on first use)."""
        if self._context is None:
            self._context = self.context_for(
                self.database("BIP Desk", DEMO_PARTICIPANTS), "BIP Desk"
            )
        return self._context

    @property
    def window(self) -> MainWindow:
        """The main window over the demo database."""
        if self._window is None:
            from bipdesk.ui.main_window import MainWindow

            self._window = MainWindow(self.context)
            self._window.resize(WIDTH, HEIGHT)
            self._window.show()
            self.settle()
        return self._window

    def participant_code(self) -> str:
        """The richest page of the demo data: an ongoing participant with three or more
        measurements, progress since the first, room to grow, and activities in the most
        areas."""
        if self._code is not None:
            return self._code
        best: tuple[int, int, int, str] | None = None
        with self.context.database.transaction(write=False) as repository:
            for code in sorted(repository.participant_codes()):
                participant = repository.participant(code)
                if participant is None or participant.end_date is not None:
                    continue
                measurements = repository.measurements(code)
                measured = len(measurements)
                activities = repository.activities(code)
                if measured < 3 or measured > 4:
                    continue
                first, latest = measurements[0].mean(), measurements[-1].mean()
                # Room to grow at the next measurement, and progress since the first.
                if first is None or latest is None or not first + 1 < latest <= 6.5:
                    continue
                rank = (len({a.area for a in activities}), len(activities), -measured, code)
                if best is None or rank[:3] > best[:3]:
                    best = rank
        if best is None:
            raise SystemExit("the demo data has nobody with three measurements")
        self._code = best[3]
        return self._code

    # -- pictures -----------------------------------------------------------------------

    def settle(self, rounds: int = 5) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def wait_until(self, condition: Callable[[], bool], what: str) -> None:
        """Let background work finish (charts, previews); a hang is a failure, not a picture."""
        from PySide6.QtCore import QDeadlineTimer, QThread

        deadline = QDeadlineTimer(60_000)
        while not condition():
            if deadline.hasExpired():
                raise SystemExit(f"gave up waiting for {what}")
            self.app.processEvents()
            QThread.msleep(20)
        self.settle()

    def shoot(self, widget: QWidget, name: str) -> None:
        self.settle()
        buffer = _png_bytes(widget.grab().toImage())
        self.save_png(buffer, name)

    def save_pdf_page(self, pdf_path: Path, index: int, name: str) -> None:
        """A page of a PDF the app wrote, as the reader sees it."""
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(pdf_path))
        try:
            image = pdf[index].render(scale=2.0).to_pil()
        finally:
            pdf.close()
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        self.save_png(buffer.getvalue(), name, PAGE_WIDTH)

    def save_png(self, png: bytes, name: str, max_width: int = MAX_WIDTH) -> None:
        from PIL import Image, ImageOps

        image = Image.open(io.BytesIO(png)).convert("RGB")
        if image.width > max_width:
            height = round(image.height * max_width / image.width)
            image = image.resize((max_width, height), Image.Resampling.LANCZOS)
        # A thin frame sets the picture off from the page around it (the guide, GitHub).
        image = ImageOps.expand(image, border=1, fill=FRAME_COLOUR)
        path = self.out / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            path, optimize=True
        )
        self.written.append(path)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def _png_bytes(image: object) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


@contextmanager
def closing_dialog(dialog: QWidget) -> Iterator[QWidget]:
    """Show a dialog, hand it over, and close and delete it afterwards."""
    dialog.show()
    try:
        yield dialog
    finally:
        dialog.close()
        dialog.deleteLater()


# -- the pictures, in the order of the guide ----------------------------------------------------


def refuse_unexpected_questions(app: QApplication) -> object:
    """A message box nobody asked for would wait forever offscreen: say what it asked, and
    close it, so that the run ends and the script's author sees what went wrong."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def check() -> None:
        box = app.activeModalWidget()
        if isinstance(box, QMessageBox):
            print(f"warning: closed an unexpected message: {box.text()!r}", file=sys.stderr)
            box.reject()

    timer = QTimer(app)
    timer.setInterval(500)
    timer.timeout.connect(check)
    timer.start()
    return timer


def quiet_offscreen_plugin() -> None:
    """The offscreen platform says "does not support propagateSizeHints()" for every
    window; that is noise here, other messages still show."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
