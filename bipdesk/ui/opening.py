"""The app's questions and answers on opening a database, in plain words.

Storage opens the file (bipdesk.storage.opening); the app asks what only the
user can answer. A file another BIP Desk holds: who holds it, then open
read-only or quit. A damaged file: what happened, and restore the newest good
backup or quit. Anything else: one message. Also the backup at exit, a failed
backup told, and the read-only banner of the main window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSizePolicy, QToolBar, QWidget

from bipdesk.io.cards import default_cards
from bipdesk.storage import DamagedFileError, Database, DatabaseError
from bipdesk.storage.backup import automatic_backup
from bipdesk.storage.lock_holder import LockHolder
from bipdesk.storage.opening import Refused, open_database_file
from bipdesk.storage.server_address import ServerAddress
from bipdesk.storage.team_access import my_memberships
from bipdesk.ui.language import said_in_app
from bipdesk.ui.moments import describe_holder, format_moment
from bipdesk.ui.storage_messages import storage_message


def open_for_app(
    path: Path | ServerAddress, parent: QWidget | None = None, *, switching: bool = False
) -> Database | None:
    """The database at `path` (a file, or a team database's server address) for the
    app, or None when it is not open: the user chose to quit (at start) or to cancel
    (`switching` from File → Open: the open database stays), or was told why not.

    Storage conducts the steps (open_database_file); the app asks its questions:
    encryption for a new file, the passphrase of an encrypted one, read-only for a
    file another program holds, restore for a damaged one; the password of a team
    database's login when the server wants one.
    """
    opening = open_database_file(path, default_cards(), questions=_AppQuestions(parent, switching))
    if isinstance(opening, Refused):
        if not opening.declined:
            show_failure(parent, opening.reason)
        return None
    database = opening.database
    refusal = _no_cards_here(database)
    if refusal is not None:
        database.close()  # before any window is built on it
        show_failure_text(parent, refusal)
        return None
    if opening.backup_failure is not None:
        _backup_failed(parent, opening.backup_failure)
    return database


def _no_cards_here(database: Database) -> str | None:
    """Why the app cannot work on a team database as this login; None when it can.

    The app shows participants: an admin, who by the server's rules sees none,
    would meet a refusal on the first page. A login with no membership at all
    is refused by the server already; one that passes every rule (the owner, a
    superuser) may look.
    """
    if database.server is None:
        return None
    try:
        memberships = my_memberships(database)
    except DatabaseError as error:
        return storage_message(error)
    if not memberships or any(m.role in ("coordinator", "lead") for m in memberships):
        return None
    return QCoreApplication.translate(
        "opening",
        "{login} is an admin of this team database: admins manage units and members with "
        "the bipdesk team commands and see no participants; the app is for coordinators "
        "and leads.",
    ).format(login=database.server.login)


class _AppQuestions:
    """The questions of opening a database, asked in dialogs over `parent`."""

    def __init__(self, parent: QWidget | None, switching: bool) -> None:
        self.parent = parent
        self.switching = switching

    def new_passphrase(self, path: Path) -> str | None:
        from bipdesk.ui.encryption import offer_encryption

        return offer_encryption(path, self.parent)

    def passphrase(self, path: Path, wrong: bool) -> str | None:
        from bipdesk.ui.encryption import ask_passphrase

        return ask_passphrase(self.parent, path, wrong)

    def read_only(self, path: Path, holder: LockHolder) -> bool:
        return ask_read_only(self.parent, path, holder, switching=self.switching)

    def restore(self, damaged: DamagedFileError) -> bool:
        return offer_restore(self.parent, damaged, switching=self.switching)

    def password(self, address: ServerAddress, wrong: bool) -> str | None:
        from bipdesk.ui.server_password import ask_server_password

        return ask_server_password(self.parent, address, wrong)


def show_failure(parent: QWidget | None, error: DatabaseError) -> None:
    show_failure_text(parent, storage_message(error))


def show_failure_text(parent: QWidget | None, text: str) -> None:
    QMessageBox.critical(
        parent, QCoreApplication.translate("opening", "BIP Desk cannot open the database"), text
    )


def _give_up_button(box: QMessageBox, switching: bool) -> None:
    """Quit at start; when switching databases, Cancel keeps the open one."""
    if switching:
        box.addButton(QMessageBox.StandardButton.Cancel)
    else:
        box.addButton(
            QCoreApplication.translate("opening", "&Quit"), QMessageBox.ButtonRole.RejectRole
        )


def ask_read_only(
    parent: QWidget | None, path: Path, holder: LockHolder, *, switching: bool = False
) -> bool:
    """True when the user chooses to look at a file another program holds, read-only."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("opening", "The database is in use"))
    box.setText(
        QCoreApplication.translate(
            "opening", "{file} is already open in BIP Desk, by {holder}."
        ).format(file=path.name, holder=describe_holder(holder))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "opening",
            "Only one BIP Desk at a time can save to a database. You can open it read-only "
            "to look at it while the other one is open: then nothing can be saved. Or "
            "cancel, and keep working in the database that is open now.",
        )
        if switching
        else QCoreApplication.translate(
            "opening",
            "Only one BIP Desk at a time can save to a database. You can open it read-only "
            "to look at it while the other one is open: then nothing can be saved. Or quit, "
            "and start BIP Desk again once the other one is closed.",
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("opening", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    _give_up_button(box, switching)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def offer_restore(
    parent: QWidget | None, damaged: DamagedFileError, *, switching: bool = False
) -> bool:
    """True when the user chooses to restore the newest good backup of a damaged file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("opening", "The database is damaged"))
    box.setText(
        QCoreApplication.translate(
            "opening",
            "{file} is damaged: the database engine found errors in it, for example "
            "after a disk fault. BIP Desk has not written anything to it.",
        ).format(file=Path(damaged.path).name)
    )
    box.setDetailedText(said_in_app(damaged.detail))  # SQLite's own words, for IT support
    taken = damaged.backup_taken
    if damaged.backup is None or taken is None:
        box.setInformativeText(
            QCoreApplication.translate(
                "opening",
                "No good backup of it was found. Keep the file as it is and ask your IT "
                "support for help: they may be able to rescue what it holds.",
            )
        )
        _give_up_button(box, switching)
        box.exec()
        return False
    box.setInformativeText(
        QCoreApplication.translate(
            "opening",
            "The newest good backup is from {time}. Restore it? Whatever was saved after "
            "that must be entered again. The damaged file is kept as a copy in the backups "
            "folder.",
        ).format(time=format_moment(taken))
    )
    restore = box.addButton(
        QCoreApplication.translate("opening", "&Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    _give_up_button(box, switching)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def backup_at_exit(database: Database, parent: QWidget | None = None) -> None:
    if database.server is not None:
        return  # a team database's backups are the server's (pg_dump)
    try:
        automatic_backup(database, only_if_none_today=False)
    except DatabaseError as error:
        _backup_failed(parent, error)


def _backup_failed(parent: QWidget | None, error: DatabaseError) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("opening", "No backup was made"),
        QCoreApplication.translate(
            "opening", "BIP Desk could not back the database up: {reason}"
        ).format(reason=storage_message(error)),
    )


def add_read_only_banner(window: QMainWindow, database: Database) -> QToolBar | None:
    """A visible bar under the toolbar while the file is open read-only; None otherwise."""
    if not database.read_only:
        return None
    # Two lines without word wrap: a toolbar cannot grow with wrapped text.
    if database.holder is not None:
        who = QCoreApplication.translate(
            "opening", "Read-only: {holder} has this database open."
        ).format(holder=describe_holder(database.holder))
    else:
        who = QCoreApplication.translate("opening", "Read-only: this database is open for reading.")
    what = QCoreApplication.translate(
        "opening",
        "You can look, but nothing can be saved until BIP Desk is started again "
        "without the other one open.",
    )
    text = f"{who}\n{what}"
    bar = QToolBar(QCoreApplication.translate("opening", "Read-only"), window)
    bar.setObjectName("read_only_banner")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)  # the banner cannot be hidden
    label = QLabel(text, bar)
    label.setObjectName("read_only_text")
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("QLabel { padding: 6px 10px; color: #5c3b00; font-weight: bold; }")
    bar.setStyleSheet("QToolBar { background: #fff3cd; border-bottom: 1px solid #e0c36c; }")
    bar.addWidget(label)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
