"""File → New database…, Open database…, Open team database…, Open recent, and
naming the open database.

The menu only chooses a file or a team database's server address: the window
host opens it with the same checks as at start (lock, passphrase, newer or
damaged file; the server's password) and builds the window over it. The
recent list lives in QSettings, newest first; a server address is kept
without a password (`ServerAddress.url()`), which is never stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from bipdesk.storage import Database
from bipdesk.storage.server_address import (
    AddressError,
    ServerAddress,
    is_server_address,
    parse_server_address,
)

RECENT_KEY = "databases/recent"
RECENT_COUNT = 5
DATABASE_SUFFIX = ".db"


Location = Path | ServerAddress
"""A database file, or the server address of a team database."""


def _location(text: str) -> Location | None:
    if not is_server_address(text):
        return Path(text)
    try:
        return parse_server_address(text)
    except AddressError:
        return None  # written by hand into the settings: not offered


def _same(one: Location, other: Location) -> bool:
    if isinstance(one, Path) and isinstance(other, Path):
        return one.resolve() == other.resolve()
    return one == other


def recent_databases(settings: QSettings) -> list[Location]:
    """The databases opened last, newest first (at most RECENT_COUNT)."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    if not isinstance(value, list):
        return []
    found = [_location(item) for item in value if isinstance(item, str) and item]
    return [location for location in found if location is not None][:RECENT_COUNT]


def remember_database(settings: QSettings, location: Location) -> None:
    """Put `location` first in the recent list (a server address without password)."""
    if isinstance(location, Path):
        location = location.resolve()
    others = [old for old in recent_databases(settings) if not _same(old, location)]
    texts = [str(old) if isinstance(old, Path) else old.url() for old in [location, *others]]
    settings.setValue(RECENT_KEY, texts[:RECENT_COUNT])


def last_team_database(settings: QSettings) -> ServerAddress | None:
    """The team database opened last, to offer again in File → Open team database…."""
    for location in recent_databases(settings):
        if isinstance(location, ServerAddress):
            return location
    return None


def database_name(database: Database) -> str:
    """The file's name, or where a team database lives ('anna@db.kommun.se/bip')."""
    return database.where if database.server is not None else database.path.name


def window_title(database: Database) -> str:
    """'bipdesk.db — BIP Desk' or 'anna@db.kommun.se/bip — BIP Desk', '(read-only)' once:
    ending in the app's name, the title gets no second one from the window system."""
    if database.read_only:
        return QCoreApplication.translate("database_menu", "{file} (read-only) — BIP Desk").format(
            file=database_name(database)
        )
    return QCoreApplication.translate("database_menu", "{file} — BIP Desk").format(
        file=database_name(database)
    )


def add_database_label(window: QMainWindow, database: Database) -> QLabel:
    """The open database's name for good in the status bar; its full path (or the
    team database's server, database and login) on hover."""
    server = database.server
    if server is None:
        text = QCoreApplication.translate("database_menu", "Database: {file}").format(
            file=database.path.name
        )
        tip = str(database.path)
    else:
        text = QCoreApplication.translate(
            "database_menu", "Team database {database} on {server} · Login: {login}"
        ).format(database=server.database, server=server.host, login=server.login)
        tip = QCoreApplication.translate(
            "database_menu",
            "A team database on a server: the coordinators of your units work in it "
            "together. Address: {address}",
        ).format(address=server.url())
    label = QLabel(text, window)
    label.setObjectName("database_label")
    label.setToolTip(tip)
    window.statusBar().addPermanentWidget(label)
    return label


class DatabaseMenu(QObject):
    """The File menu's database items; `open_requested` carries the chosen path."""

    open_requested = Signal(object)
    """A Path or ServerAddress to open instead of the current database."""

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
        self.team_action = QAction(
            QCoreApplication.translate("database_menu", "Open &team database…"), window
        )
        self.team_action.setObjectName("open_team_database")
        self.team_action.setStatusTip(
            QCoreApplication.translate(
                "database_menu", "Open the database your team shares on a server"
            )
        )
        self.recent_menu = QMenu(
            QCoreApplication.translate("database_menu", "Open &recent"), window
        )
        self.recent_menu.setObjectName("recent_databases")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.new_action.triggered.connect(self.new_database)
        self.open_action.triggered.connect(self.open_database)
        self.team_action.triggered.connect(self.open_team_database)
        self.fill_recent()

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addAction(self.team_action)
        menu.addMenu(self.recent_menu)

    def _folder(self) -> str:
        """The open file's folder; a team database has none: the last file's, else home."""
        if self.database.server is None:
            return str(self.database.path.parent)
        for location in recent_databases(self.settings):
            if isinstance(location, Path):
                return str(location.parent)
        return str(Path.home())

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

    def open_team_database(self) -> None:
        """File → Open team database…: the server address, asked in a dialog."""
        from bipdesk.ui.server_address_dialog import ask_server_address

        previous = self.database.server or last_team_database(self.settings)
        address = ask_server_address(self._window(), previous)
        if address is not None:
            self.open_requested.emit(address)

    def fill_recent(self) -> None:
        """The recent databases other than the open one; a missing file is shown, disabled."""
        self.recent_menu.clear()
        for path in recent_databases(self.settings):
            if _same(path, self.database.location):
                continue
            if isinstance(path, ServerAddress):
                team = self.recent_menu.addAction(
                    QCoreApplication.translate(
                        "database_menu", "{address}  (team database)"
                    ).format(address=path.display())
                )
                team.setToolTip(path.url())
                team.triggered.connect(lambda _=False, a=path: self.open_requested.emit(a))
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
