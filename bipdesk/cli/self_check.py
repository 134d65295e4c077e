"""`bipdesk --self-check`: prove that an installed (or frozen) BIP Desk works.

Runs what a coordinator's first session touches, in a temporary folder that
is deleted afterwards: create a database, upgrade a file of the oldest schema
through every Alembic migration (read as files, as in a frozen app), import
the sample CSV shipped in resources/samples, load the Swedish translation and
the app icon, paint the main window offscreen, draw a spider chart, write
a follow-up sheet PDF (DejaVu fonts), and export and read back an aggregate
file (the perturbation tables and the JSON Schema must be inside the build).
The user's own database and settings are never touched. Each step prints one
line; the first failure names its step.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from bipdesk.storage import Database

SAMPLE_FILE = "sample-import.csv"
SAMPLE_CODE = "S001"


class SelfCheckFailed(Exception):
    """A step of the self-check failed; the message names the step and the reason."""


def needs_offscreen(environ: dict[str, str] | os._Environ[str], platform: str) -> bool:
    """True on X11/Wayland systems without a display (CI, ssh), where Qt could not start."""
    if environ.get("QT_QPA_PLATFORM"):
        return False
    if platform.startswith(("win", "darwin")):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def sample_path() -> Path:
    from bipdesk.paths import resources_dir

    return resources_dir() / "samples" / SAMPLE_FILE


def run_self_check(language: str, out: Callable[[str], None] = print) -> int:
    """Run every step; returns 0, or raises SelfCheckFailed naming the failed step."""
    environ = dict(os.environ)
    headless = needs_offscreen(environ, sys.platform)
    if headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    frozen = "frozen app" if getattr(sys, "frozen", False) else "Python package"
    from bipdesk import __version__

    out(f"bipdesk {__version__} self-check ({frozen}, Python {sys.version.split()[0]})")
    _step("desktop window", lambda: check_desktop(environ, sys.platform, headless), out)
    with tempfile.TemporaryDirectory(prefix="bipdesk-self-check-") as folder:
        _run_steps(Path(folder), language, out)
    out(f"self-check passed in {time.perf_counter() - started:.1f} s")
    return 0


def check_desktop(environ: dict[str, str], platform: str, headless: bool) -> str:
    """The start-up check of the desktop app (`bipdesk.desktop_check`). Without a display
    it only says what the window would lack: a server or CI may well check without one."""
    from bipdesk.desktop_check import (
        XCB_PLUGIN,
        desktop_problem,
        install_advice,
        missing_libraries,
        plugin_folder,
    )

    if not platform.startswith("linux"):
        return "nothing to check on this system"
    if headless:
        folder = plugin_folder()
        missing = missing_libraries(folder / XCB_PLUGIN) if folder is not None else None
        if missing is None:
            return "no display here (the window is painted offscreen below); Qt's xcb plugin loads"
        return (
            "no display here (the window is painted offscreen below); on a desktop the window "
            f"would also need {', '.join(missing)} ({install_advice(missing)})"
        )
    problem = desktop_problem(environ, platform)
    if problem is not None:
        said = " ".join(line.removeprefix("bipdesk: ") for line in problem.lines)
        raise SelfCheckFailed(f"desktop window: {said}")
    requested = environ.get("QT_QPA_PLATFORM")
    if requested:
        return f"QT_QPA_PLATFORM={requested}"
    return "a display is reachable and Qt's platform plugin loads"


def _step(name: str, action: Callable[[], str], out: Callable[[str], None]) -> None:
    try:
        done = action()
    except SelfCheckFailed:
        raise
    except Exception as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise SelfCheckFailed(f"{name}: {reason}") from error
    out(f"  ok  {name}: {done}")


def _run_steps(folder: Path, language: str, out: Callable[[str], None]) -> None:
    from bipdesk.storage import open_database

    db_path = folder / "self-check.db"
    opened: list[Database] = []

    def create() -> str:
        opened.append(open_database(db_path))
        return f"temporary database created at schema {opened[0].schema_revision}"

    _step("database", create, out)
    database = opened[0]
    _step("migrations", lambda: _upgrade_oldest_schema(folder), out)
    try:
        _step("import", lambda: _import_sample(database), out)
        _step("translation", _check_translation, out)
        _step("user guide", _check_user_guide, out)
        _step("main window", lambda: _paint_main_window(database, folder, language), out)
        _step("spider chart", lambda: _draw_spider(database, folder, language), out)
        _step("sheet PDF", lambda: _write_sheet(database, folder, language), out)
        _step("aggregate file", lambda: _export_aggregate(database, folder), out)
    finally:
        database.close()


def _check_user_guide() -> str:
    """Help → User guide needs the guides and every picture they show inside the build."""
    import re

    from bipdesk.paths import docs_dir

    folder = docs_dir()
    pictures = 0
    for language in ("sv", "en"):
        guide = folder / f"user-guide.{language}.md"
        text = guide.read_text(encoding="utf-8")
        for target in re.findall(r"!\[[^\]]*\]\(([^)\s]+)", text):
            if not (folder / target).is_file():
                raise SelfCheckFailed(f"user guide: {guide.name} shows {target}, which is missing")
            pictures += 1
    return f"Swedish and English guides with {pictures} pictures"


def _upgrade_oldest_schema(folder: Path) -> str:
    """A file at the first schema version, upgraded by every migration (run as files)."""
    from bipdesk.storage import open_database, schema
    from bipdesk.storage.engine import create_database_engine

    graph = schema.revision_graph()
    (oldest,) = (revision for revision, parents in graph.items() if not parents)
    path = folder / "oldest-schema.db"
    engine = create_database_engine(path)
    try:
        with engine.connect() as connection:
            schema.upgrade_schema(connection, target=oldest)
    finally:
        engine.dispose()
    with open_database(path) as database:
        reached = database.schema_revision
    if reached != schema.head_revision():
        raise SelfCheckFailed(f"migrations: the upgrade stopped at {reached}")
    return f"a schema {oldest} file upgraded to {reached} ({len(graph) - 1} migration(s))"


def _import_sample(database: Database) -> str:
    from bipdesk.io.importer import import_file

    sample = sample_path()
    summary = import_file(database, sample)
    if summary.participants_new == 0 or summary.measurements_new == 0:
        raise SelfCheckFailed(f"import: {sample.name} imported nothing")
    return (
        f"{sample.name}: {summary.participants_new} participants, "
        f"{summary.measurements_new} measurements"
    )


def _application() -> QApplication:
    from bipdesk.ui.app import create_application

    return create_application([sys.argv[0] if sys.argv else "bipdesk"])


def _check_translation() -> str:
    from PySide6.QtCore import QTranslator

    from bipdesk.paths import translations_dir

    _application()
    folder = translations_dir()
    translator = QTranslator()
    if not translator.load("bipdesk_sv", str(folder)):
        raise SelfCheckFailed(f"translation: bipdesk_sv.qm is missing in {folder}")
    return f"Swedish loaded from {folder}"


def _paint_main_window(database: Database, folder: Path, language: str) -> str:
    from PySide6.QtCore import QSettings

    from bipdesk.ui.app import app_icon, install_translator
    from bipdesk.ui.context import AppContext
    from bipdesk.ui.main_window import MainWindow

    app = _application()
    install_translator(app, language)
    icon = app_icon()
    if icon.isNull():
        raise SelfCheckFailed("main window: the app icon is missing")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(database, settings)
    window = MainWindow(context)
    try:
        window.show()
        window.show_participant_list()
        app.processEvents()
        picture = window.grab()
        rows = window.list_page.proxy.rowCount()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    if picture.isNull() or picture.width() < 100:
        raise SelfCheckFailed("main window: nothing was painted")
    return (
        f"painted {picture.width()}×{picture.height()} on '{app.platformName()}', "
        f"{rows} participants listed"
    )


def _draw_spider(database: Database, folder: Path, language: str) -> str:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from bipdesk.reports.spider import spider_figure

    with database.transaction(write=False) as repository:
        measurements = repository.measurements(SAMPLE_CODE)
    card = database.cards.get(measurements[-1].card.id, measurements[-1].card.version)
    if card is None:
        raise SelfCheckFailed(f"spider chart: card {measurements[-1].card} is not installed")
    figure = spider_figure(card, measurements[-2:], language)
    canvas = FigureCanvasAgg(figure)
    target = folder / "spider.png"
    canvas.print_png(str(target))
    return f"{len(measurements[-2:])} measurements, {target.stat().st_size:,} bytes PNG"


def _write_sheet(database: Database, folder: Path, language: str) -> str:
    from bipdesk.reports.sheet import load_sheet, write_sheet

    with database.transaction(write=False) as repository:
        sheet = load_sheet(repository, database.cards, SAMPLE_CODE, "first,latest", language)
    target = folder / "sheet.pdf"
    pages = write_sheet(sheet, target)
    data = target.read_bytes()
    if not data.startswith(b"%PDF") or b"DejaVuSans" not in data:
        raise SelfCheckFailed("sheet PDF: the file is not a PDF with the DejaVu Sans font")
    return f"{pages} page(s), {len(data):,} bytes"


def _export_aggregate(database: Database, folder: Path) -> str:
    from bipdesk.core.periods import Period
    from bipdesk.io.aggregate_file import read_aggregate
    from bipdesk.io.export import ExportPaths, export_aggregate

    target = folder / "aggregate.json"
    written = export_aggregate(database, Period.always(), "Self-check", paths=ExportPaths(target))
    read = read_aggregate(target)
    if read.cells != written.cells:
        raise SelfCheckFailed("aggregate file: what was read back differs from what was written")
    return f"{len(read.cells)} cells, protected with {read.protection.ptable}"
