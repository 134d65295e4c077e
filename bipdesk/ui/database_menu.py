"""File → New database…, Open database… and Open recent, and naming the open database.

The menu only chooses a file: the window host opens it with the same checks
as at start (lock, passphrase, newer or damaged file) and builds the window
over it. The recent list lives in QSettings, newest first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from bipdesk.storage import Database

RECENT_KEY = "databases/recent"
RECENT_COUNT = 5
DATABASE_SUFFIX = ".db"


def recent_databases(settings: QSettings) -> list[Path]:
    """The databases opened last, newest first (at most RECENT_COUNT)."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(item) for item in value if isinstance(item, str) and item][:RECENT_COUNT]


def remember_database(settings: QSettings, path: Path) -> None:
    """Put `path` first in the recent list."""
    path = path.resolve()
    paths = [path] + [p for p in recent_databases(settings) if p.resolve() != path]
    settings.setValue(RECENT_KEY, [str(p) for p in paths[:RECENT_COUNT]])


def window_title(database: Database) -> str:
    """'bipdesk.db — BIP Desk', '(read-only)' once: ending in the app's name, the title
    gets no second one from the window system."""
    if database.read_only:
        return QCoreApplication.translate("database_menu", "{file} (read-only) — BIP Desk").format(
            file=database.path.name
        )
    return QCoreApplication.translate("database_menu", "{file} — BIP Desk").format(
        file=database.path.name
    )


def add_database_label(window: QMainWindow, database: Database) -> QLabel:
    """The open database's name for good in the status bar; its full path on hover."""
    label = QLabel(
        QCoreApplication.translate("database_menu", "Database: {file}").format(
            file=database.path.name
        ),
        window,
    )
    label.setObjectName("database_label")
    label.setToolTip(str(database.path))
    window.statusBar().addPermanentWidget(label)
    return label


class DatabaseMenu(QObject):
    """The File menu's database items; `open_requested` carries the chosen path."""

    open_requested = Signal(object)
    """A Path to open instead of the current database."""

    def __init__(self, window: QMainWindow, database: Database, settings: QSettings) -> None:
        super().__init__(window)  # the window is reached as parent: no cycle that outlives it
        self.database = database
        self.settings = settings
        self.new_action = QAction(
            QCoreApplication.translate("database_menu", "New &database…"), window
        )
        self.new_action.setObjectName("new_database")
        self.new_action.setStatusTip(
            QCoreApplication.translate(
                "database_menu", "Start an empty database in a file of your choice"
            )
        )
        self.open_action = QAction(
            QCoreApplication.translate("database_menu", "&Open database…"), window
        )
        self.open_action.setObjectName("open_database")
        self.open_action.setStatusTip(
            QCoreApplication.translate("database_menu", "Open another BIP Desk database")
        )
        self.recent_menu = QMenu(
            QCoreApplication.translate("database_menu", "Open &recent"), window
        )
        self.recent_menu.setObjectName("recent_databases")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.new_action.triggered.connect(self.new_database)
        self.open_action.triggered.connect(self.open_database)
        self.fill_recent()

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)

    def _folder(self) -> str:
        return str(self.database.path.parent)

    def new_database(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self._window(),
            QCoreApplication.translate("database_menu", "New database"),
            str(Path(self._folder()) / "bipdesk-new.db"),
            QCoreApplication.translate("database_menu", "BIP Desk databases (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != DATABASE_SUFFIX:
            path = path.with_name(path.name + DATABASE_SUFFIX)
        if path.exists():
            QMessageBox.information(
                self._window(),
                QCoreApplication.translate("database_menu", "New database"),
                QCoreApplication.translate(
                    "database_menu",
                    "{file} already exists. A new database needs a new file name; to open "
                    "the existing one, choose File → Open database….",
                ).format(file=path.name),
            )
            return
        self.open_requested.emit(path)

    def open_database(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self._window(),
            QCoreApplication.translate("database_menu", "Open database"),
            self._folder(),
            QCoreApplication.translate("database_menu", "BIP Desk databases (*.db);;All files (*)"),
        )
        if chosen:
            self.open_requested.emit(Path(chosen))

    def fill_recent(self) -> None:
        """The recent databases other than the open one; a missing file is shown, disabled."""
        self.recent_menu.clear()
        current = self.database.path.resolve()
        for path in recent_databases(self.settings):
            if path.resolve() == current:
                continue
            action = self.recent_menu.addAction(f"{path.name}  ({path.parent})")
            action.setToolTip(str(path))
            if not path.is_file():
                action.setEnabled(False)
                action.setToolTip(
                    QCoreApplication.translate("database_menu", "{path} is missing").format(
                        path=path
                    )
                )
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        if self.recent_menu.isEmpty():
            none = self.recent_menu.addAction(
                QCoreApplication.translate("database_menu", "No other databases yet")
            )
            none.setEnabled(False)
