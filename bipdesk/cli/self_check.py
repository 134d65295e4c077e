"""`bipdesk --self-check`: prove that an installed (or frozen) BIP Desk works.

Runs what a coordinator's first session touches, in a temporary folder that
is deleted afterwards: create a database, upgrade a file of the oldest schema
through every Alembic migration (read as files, as in a frozen app), import
the sample CSV shipped in resources/samples, load the Swedish translation and
the app icon, paint the main window offscreen, draw a spider chart, write
a follow-up sheet PDF (DejaVu fonts), and export and read back an aggregate
file (the perturbation tables and the JSON Schema must be inside the build).
The user's own database and settings are never touched. Each step prints one
line in the run's language; the first failure names its step.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bipdesk.messages import QT_TRANSLATE_NOOP, Joined, Message, Number, counted, message_of, said

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from bipdesk.storage import Database

SAMPLE_FILE = "sample-import.csv"
SAMPLE_CODE = "S001"


class SelfCheckFailed(Exception):
    """A step of the self-check failed; the message names the step and the reason."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def _failed(step: Message, reason: Message | Joined | str) -> SelfCheckFailed:
    return SelfCheckFailed(
        QT_TRANSLATE_NOOP("self-check", "{step}: {reason}").format(step=step, reason=reason)
    )


DESKTOP_WINDOW = QT_TRANSLATE_NOOP("self-check", "desktop window")
DATABASE = QT_TRANSLATE_NOOP("self-check", "database")
MIGRATIONS = QT_TRANSLATE_NOOP("self-check", "migrations")
IMPORT = QT_TRANSLATE_NOOP("self-check", "import")
TRANSLATION = QT_TRANSLATE_NOOP("self-check", "translation")
USER_GUIDE = QT_TRANSLATE_NOOP("self-check", "user guide")
MAIN_WINDOW = QT_TRANSLATE_NOOP("self-check", "main window")
SPIDER_CHART = QT_TRANSLATE_NOOP("self-check", "spider chart")
SHEET_PDF = QT_TRANSLATE_NOOP("self-check", "sheet PDF")
AGGREGATE_FILE = QT_TRANSLATE_NOOP("self-check", "aggregate file")
TEAM_DRIVER = QT_TRANSLATE_NOOP("self-check", "team database driver")


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
    if getattr(sys, "frozen", False):
        build = QT_TRANSLATE_NOOP("self-check", "frozen app")
    else:
        build = QT_TRANSLATE_NOOP("self-check", "Python package")
    from bipdesk import __version__

    heading = QT_TRANSLATE_NOOP("self-check", "bipdesk {version} self-check ({build}, {python})")
    python = f"Python {sys.version.split()[0]}"
    out(said(heading.format(version=__version__, build=build, python=python), language))

    step = _Steps(language, out)
    step(DESKTOP_WINDOW, lambda: check_desktop(environ, sys.platform, headless, language))
    with tempfile.TemporaryDirectory(prefix="bipdesk-self-check-") as folder:
        _run_steps(Path(folder), language, step)
    passed = QT_TRANSLATE_NOOP("self-check", "self-check passed in {seconds} s").format(
        seconds=Number(time.perf_counter() - started, decimals=1)
    )
    out(said(passed, language))
    return 0


def check_desktop(
    environ: dict[str, str], platform: str, headless: bool, language: str = "en"
) -> Message:
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
        return QT_TRANSLATE_NOOP("self-check", "nothing to check on this system")
    if headless:
        folder = plugin_folder()
        missing = missing_libraries(folder / XCB_PLUGIN) if folder is not None else None
        if missing is None:
            return QT_TRANSLATE_NOOP(
                "self-check",
                "no display here (the window is painted offscreen below); Qt's xcb plugin loads",
            )
        return QT_TRANSLATE_NOOP(
            "self-check",
            "no display here (the window is painted offscreen below); on a desktop the window "
            "would also need {libraries} ({advice})",
        ).format(libraries=", ".join(missing), advice=install_advice(missing))
    problem = desktop_problem(environ, platform, language=language)
    if problem is not None:
        lines = " ".join(line.removeprefix("bipdesk: ") for line in problem.lines)
        raise _failed(DESKTOP_WINDOW, lines)
    requested = environ.get("QT_QPA_PLATFORM")
    if requested:
        return QT_TRANSLATE_NOOP("self-check", "{variable}={value}").format(
            variable="QT_QPA_PLATFORM", value=requested
        )
    return QT_TRANSLATE_NOOP("self-check", "a display is reachable and Qt's platform plugin loads")


class _Steps:
    """Runs one step at a time and prints its line, said in the run's language."""

    def __init__(self, language: str, out: Callable[[str], None]) -> None:
        self.language = language
        self.out = out

    def __call__(self, name: Message, action: Callable[[], Message]) -> None:
        try:
            done = action()
        except SelfCheckFailed:
            raise
        except Exception as error:
            reason = message_of(error)
            if isinstance(reason, str):
                reason = " ".join(reason.split()) or type(error).__name__
            raise _failed(name, reason) from error
        line = QT_TRANSLATE_NOOP("self-check", "{step}: {done}").format(step=name, done=done)
        self.out(f"  ok  {said(line, self.language)}")


def _run_steps(folder: Path, language: str, step: _Steps) -> None:
    from bipdesk.io.cards import default_cards
    from bipdesk.storage import open_database

    db_path = folder / "self-check.db"
    opened: list[Database] = []

    def create() -> Message:
        opened.append(open_database(db_path, default_cards()))
        return QT_TRANSLATE_NOOP(
            "self-check", "temporary database created at schema {revision}"
        ).format(revision=str(opened[0].schema_revision))

    step(DATABASE, create)
    database = opened[0]
    step(MIGRATIONS, lambda: _upgrade_oldest_schema(folder))
    try:
        step(IMPORT, lambda: _import_sample(database))
        step(TRANSLATION, _check_translation)
        step(USER_GUIDE, _check_user_guide)
        step(MAIN_WINDOW, lambda: _paint_main_window(database, folder, language))
        step(SPIDER_CHART, lambda: _draw_spider(database, folder, language))
        step(SHEET_PDF, lambda: _write_sheet(database, folder, language))
        step(AGGREGATE_FILE, lambda: _export_aggregate(database, folder))
        step(TEAM_DRIVER, _check_team_driver)
    finally:
        database.close()


def _check_user_guide() -> Message:
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
                missing = QT_TRANSLATE_NOOP(
                    "self-check", "{guide} shows {picture}, which is missing"
                )
                raise _failed(USER_GUIDE, missing.format(guide=guide.name, picture=target))
            pictures += 1
    return QT_TRANSLATE_NOOP(
        "self-check", "Swedish and English guides with {count} pictures"
    ).format(count=Number(pictures))


def _upgrade_oldest_schema(folder: Path) -> Message:
    """A file at the first schema version, upgraded by every migration (run as files)."""
    from bipdesk.io.cards import default_cards
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
    with open_database(path, default_cards()) as database:
        reached = database.schema_revision
    if reached != schema.head_revision():
        stopped = QT_TRANSLATE_NOOP("self-check", "the upgrade stopped at {revision}")
        raise _failed(MIGRATIONS, stopped.format(revision=str(reached)))
    return counted(
        len(graph) - 1,
        QT_TRANSLATE_NOOP(
            "self-check", "a schema {oldest} file upgraded to {head} ({count} migration)"
        ),
        QT_TRANSLATE_NOOP(
            "self-check", "a schema {oldest} file upgraded to {head} ({count} migrations)"
        ),
        oldest=oldest,
        head=str(reached),
    )


def _import_sample(database: Database) -> Message:
    from bipdesk.io.importer import import_file

    sample = sample_path()
    summary = import_file(database, sample)
    if summary.participants_new == 0 or summary.measurements_new == 0:
        nothing = QT_TRANSLATE_NOOP("self-check", "{file} imported nothing")
        raise _failed(IMPORT, nothing.format(file=sample.name))
    return QT_TRANSLATE_NOOP(
        "self-check", "{file}: {participants} participants, {measurements} measurements"
    ).format(
        file=sample.name,
        participants=Number(summary.participants_new),
        measurements=Number(summary.measurements_new),
    )


def _application() -> QApplication:
    from bipdesk.ui.app import create_application

    return create_application([sys.argv[0] if sys.argv else "bipdesk"])


def _check_translation() -> Message:
    from PySide6.QtCore import QTranslator

    from bipdesk.paths import translations_dir

    _application()
    folder = translations_dir()
    translator = QTranslator()
    if not translator.load("bipdesk_sv", str(folder)):
        missing = QT_TRANSLATE_NOOP("self-check", "{file} is missing in {folder}")
        raise _failed(TRANSLATION, missing.format(file="bipdesk_sv.qm", folder=folder))
    return QT_TRANSLATE_NOOP("self-check", "Swedish loaded from {folder}").format(folder=folder)


def _paint_main_window(database: Database, folder: Path, language: str) -> Message:
    from PySide6.QtCore import QSettings

    from bipdesk.ui.app import app_icon
    from bipdesk.ui.context import AppContext
    from bipdesk.ui.main_window import MainWindow
    from bipdesk.ui.translator import install_translator

    app = _application()
    install_translator(app, language)
    icon = app_icon()
    if icon.isNull():
        raise _failed(MAIN_WINDOW, QT_TRANSLATE_NOOP("self-check", "the app icon is missing"))
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
        raise _failed(MAIN_WINDOW, QT_TRANSLATE_NOOP("self-check", "nothing was painted"))
    return QT_TRANSLATE_NOOP(
        "self-check", "painted {width}×{height} on '{platform}', {count} participants listed"
    ).format(
        width=str(picture.width()),
        height=str(picture.height()),
        platform=app.platformName(),
        count=Number(rows),
    )


def _draw_spider(database: Database, folder: Path, language: str) -> Message:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from bipdesk.reports.spider import spider_figure

    with database.transaction(write=False) as repository:
        measurements = repository.measurements(SAMPLE_CODE)
    card = database.cards.get(measurements[-1].card.id, measurements[-1].card.version)
    if card is None:
        not_installed = QT_TRANSLATE_NOOP("self-check", "card {card} is not installed")
        raise _failed(SPIDER_CHART, not_installed.format(card=str(measurements[-1].card)))
    figure = spider_figure(card, measurements[-2:], language)
    canvas = FigureCanvasAgg(figure)
    target = folder / "spider.png"
    canvas.print_png(str(target))
    return QT_TRANSLATE_NOOP("self-check", "{count} measurements, {size} bytes PNG").format(
        count=Number(len(measurements[-2:])), size=Number(target.stat().st_size)
    )


def _write_sheet(database: Database, folder: Path, language: str) -> Message:
    from bipdesk.reports.sheet import write_sheet
    from bipdesk.reports.sheet_data import load_sheet

    with database.transaction(write=False) as repository:
        sheet = load_sheet(repository, database.cards, SAMPLE_CODE, "first,latest", language)
    target = folder / "sheet.pdf"
    pages = write_sheet(sheet, target)
    data = target.read_bytes()
    if not data.startswith(b"%PDF") or b"DejaVuSans" not in data:
        not_pdf = QT_TRANSLATE_NOOP("self-check", "the file is not a PDF with the {font} font")
        raise _failed(SHEET_PDF, not_pdf.format(font="DejaVu Sans"))
    return counted(
        pages,
        QT_TRANSLATE_NOOP("self-check", "{count} page, {size} bytes"),
        QT_TRANSLATE_NOOP("self-check", "{count} pages, {size} bytes"),
        size=Number(len(data)),
    )


def _export_aggregate(database: Database, folder: Path) -> Message:
    from bipdesk.core.periods import Period
    from bipdesk.io.aggregate_file import read_aggregate
    from bipdesk.io.export import ExportPaths, export_aggregate

    target = folder / "aggregate.json"
    written = export_aggregate(database, Period.always(), "Self-check", paths=ExportPaths(target))
    read = read_aggregate(target)
    if read.cells != written.cells:
        differs = QT_TRANSLATE_NOOP(
            "self-check", "what was read back differs from what was written"
        )
        raise _failed(AGGREGATE_FILE, differs)
    return QT_TRANSLATE_NOOP("self-check", "{count} cells, protected with {table}").format(
        count=Number(len(read.cells)), table=read.protection.ptable
    )


def _check_team_driver() -> Message:
    """A team database needs psycopg and its libpq inside the build (SQLAlchemy loads
    the driver by name, which a frozen app's analysis does not see)."""
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://bipdesk@localhost/self_check")
    import psycopg

    engine.dispose()
    libpq = psycopg.pq.version()  # 180006: major * 10000 + minor
    return QT_TRANSLATE_NOOP("self-check", "psycopg {version}, libpq {libpq}").format(
        version=psycopg.__version__, libpq=f"{libpq // 10000}.{libpq % 10000}"
    )
