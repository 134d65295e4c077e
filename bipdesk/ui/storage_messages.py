"""Storage errors in the app's language: one plain sentence per kind of failure.

The storage layer stays free of Qt and words its errors in English for the
command line. The app never shows those texts: every place that tells the
user a storage error calls `storage_message`, which words each error type
from its fields (file, backup and its date, who holds the lock, …) through
tr(). An error type it does not know still gets a translated sentence, with
the error's own sentence (said in the app's language) as a detail for IT support.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bipdesk.storage.cipher import PassphraseError
from bipdesk.storage.concurrency import ConcurrentChangeError
from bipdesk.storage.errors import (
    BusyError,
    ClosedError,
    DamagedFileError,
    DatabaseError,
    EmptyFileError,
    FileAccessError,
    ForeignFileError,
    LockedError,
    MissingFileError,
    NewerSchemaError,
    NoFileError,
    NotEmptyError,
    NotEncryptedError,
    NotFoundError,
    ReadOnlyError,
    SaveFailedError,
    UpgradeError,
    WeakPassphraseError,
)
from bipdesk.storage.server_address import AddressError
from bipdesk.storage.team_database import (
    AccessRefusedError,
    CodeTakenError,
    NoServerDatabaseError,
    NotTeamDatabaseError,
    PasswordError,
    ServerUnreachableError,
)
from bipdesk.storage.team_errors import TeamAccessError
from bipdesk.ui.concurrent_change import concurrent_change_message
from bipdesk.ui.formatting import format_day
from bipdesk.ui.language import said_in_app
from bipdesk.ui.moments import describe_holder, format_moment

SERVER_WHERE = re.compile(r"^[^/@\s]+@[^/\s]+/[^/\s]+$")
"""A team database as errors name it ('anna@db.kommun.se/bip'), not a file's path."""


def _name(path: str) -> str:
    if SERVER_WHERE.match(path):
        return path
    return Path(path).name or path


def storage_message(error: BaseException) -> str:
    """What went wrong, in the app's language, for any error a storage call raised."""
    if isinstance(error, ConcurrentChangeError):
        return concurrent_change_message(error)
    server = _server_message(error)
    if server is not None:
        return server
    if isinstance(error, PassphraseError):
        if error.wrong:
            return QCoreApplication.translate(
                "storage",
                "{file} could not be opened: the passphrase is wrong. Check Caps Lock and try "
                "again; the file has not been changed.",
            ).format(file=_name(error.path))
        return QCoreApplication.translate(
            "storage", "{file} is encrypted and can only be opened with its passphrase."
        ).format(file=_name(error.path))
    if isinstance(error, NewerSchemaError):
        return QCoreApplication.translate(
            "storage",
            "{file} was made by a newer version of BIP Desk. Install the newer version to open "
            "it; the file has not been changed.",
        ).format(file=_name(error.path))
    if isinstance(error, ForeignFileError):
        if error.kind == ForeignFileError.NOT_SQLITE:
            text = QCoreApplication.translate(
                "storage",
                "{file} is not a BIP Desk database: it is not a database file at all. "
                "The file has not been changed.",
            )
        elif error.kind == ForeignFileError.OTHER_PROGRAM:
            text = QCoreApplication.translate(
                "storage",
                "{file} is not a BIP Desk database: it belongs to another program. "
                "The file has not been changed.",
            )
        elif error.kind == ForeignFileError.NO_VERSION:
            text = QCoreApplication.translate(
                "storage",
                "{file} is not a BIP Desk database: it has no BIP Desk version mark. "
                "The file has not been changed.",
            )
        elif error.kind == ForeignFileError.UNKNOWN_VERSION:
            text = QCoreApplication.translate(
                "storage",
                "{file} is not a BIP Desk database: it has a version mark BIP Desk does not "
                "know. The file has not been changed.",
            )
        else:
            text = QCoreApplication.translate(
                "storage", "{file} is not a BIP Desk database. The file has not been changed."
            )
        return text.format(file=_name(error.path))
    if isinstance(error, DamagedFileError):
        text = QCoreApplication.translate(
            "storage",
            "{file} is damaged, for example after a disk fault; BIP Desk has not written "
            "anything to it.",
        ).format(file=_name(error.path))
        if error.backup is not None and error.backup_taken is not None:
            advice = QCoreApplication.translate(
                "storage", "The newest good backup is {backup} from {time}."
            ).format(backup=_name(error.backup), time=format_moment(error.backup_taken))
        else:
            advice = QCoreApplication.translate("storage", "No good backup of it was found.")
        return f"{text} {advice}"
    if isinstance(error, LockedError):
        if error.lock_holder is not None:
            return QCoreApplication.translate(
                "storage",
                "{file} is in use by {holder}. Close BIP Desk there first, or open the file "
                "read-only; nothing was changed.",
            ).format(file=_name(error.path), holder=describe_holder(error.lock_holder))
        return QCoreApplication.translate(
            "storage", "{file} is in use by another program. Close it first; nothing was changed."
        ).format(file=_name(error.path))
    if isinstance(error, ReadOnlyError):
        if error.holder is not None:
            return QCoreApplication.translate(
                "storage",
                "Nothing was saved: {file} is open read-only, because {holder} has it open.",
            ).format(file=_name(error.path), holder=describe_holder(error.holder))
        return QCoreApplication.translate(
            "storage", "Nothing was saved: {file} is open read-only."
        ).format(file=_name(error.path))
    if isinstance(error, NotFoundError):
        if error.participant is not None:
            return QCoreApplication.translate(
                "storage",
                "There is no participant {code} any more: perhaps it was erased or its code "
                "changed in another window. Nothing was saved.",
            ).format(code=error.participant)
        if error.measurement_date is not None:
            return QCoreApplication.translate(
                "storage",
                "The measurement of {date} no longer exists: perhaps it was deleted in another "
                "window. Nothing was saved.",
            ).format(date=format_day(error.measurement_date))
        return QCoreApplication.translate(
            "storage",
            "The measurement no longer exists: perhaps it was deleted in another window. "
            "Nothing was saved.",
        )
    if isinstance(error, MissingFileError):
        if error.backup:
            return QCoreApplication.translate(
                "storage", "The backup {file} no longer exists."
            ).format(file=_name(error.path))
        return QCoreApplication.translate("storage", "There is no database {file}.").format(
            file=_name(error.path)
        )
    if isinstance(error, EmptyFileError):
        if error.backup:
            return QCoreApplication.translate(
                "storage", "{file} is empty: it is not a BIP Desk backup."
            ).format(file=_name(error.path))
        return QCoreApplication.translate("storage", "{file} holds no BIP Desk data yet.").format(
            file=_name(error.path)
        )
    if isinstance(error, FileAccessError):
        return _access(error.path, said_in_app(error.reason))
    if isinstance(error, BusyError):
        return QCoreApplication.translate(
            "storage",
            "{file} is busy: another BIP Desk window or command is saving. Try again in a "
            "moment; nothing was saved.",
        ).format(file=_name(error.path))
    if isinstance(error, SaveFailedError):
        if error.damaged:
            return QCoreApplication.translate(
                "storage",
                "{file} seems to be damaged; nothing was saved. Quit BIP Desk and start it "
                "again: it checks the file and offers the newest good backup.",
            ).format(file=_name(error.path))
        return QCoreApplication.translate(
            "storage", "{file} could not be used ({reason}); nothing was saved."
        ).format(file=_name(error.path), reason=error.reason)
    if isinstance(error, ClosedError):
        return QCoreApplication.translate(
            "storage", "The database has been closed; nothing was done."
        )
    if isinstance(error, UpgradeError):
        return QCoreApplication.translate(
            "storage",
            "{file} is from an older version of BIP Desk and could not be brought up to date "
            "here; the file has not been changed.",
        ).format(file=_name(error.path))
    if isinstance(error, NotEncryptedError):
        return QCoreApplication.translate(
            "storage", "{file} is not encrypted, so it has no passphrase to change."
        ).format(file=_name(error.path))
    if isinstance(error, WeakPassphraseError):
        return QCoreApplication.translate(
            "storage", "The passphrase must be at least {n} characters long."
        ).format(n=error.minimum)
    if isinstance(error, NotEmptyError):
        return QCoreApplication.translate(
            "storage",
            "{file} already holds {count} participants; demo data only goes into an empty "
            "database.",
        ).format(file=_name(error.path), count=error.participants)
    if isinstance(error, OSError):
        where = error.filename if error.filename is not None else ""
        return _access(str(where), error.strerror or str(error))
    if isinstance(error, DatabaseError):
        lead = QCoreApplication.translate(
            "storage", "Something went wrong with the database; nothing was saved."
        )
    else:
        lead = QCoreApplication.translate("storage", "Something went wrong; nothing was saved.")
    detail = said_in_app(error) or type(error).__name__
    return f"{lead}\n\n" + QCoreApplication.translate(
        "storage", "Details for IT support: {detail}"
    ).format(detail=detail)


def _server_message(error: BaseException) -> str | None:
    """A team database's own failures (DESIGN §11); None for any other error."""
    if isinstance(error, ServerUnreachableError):
        if not error.saving:  # opening or reading: nothing was being saved
            return _with_detail(
                QCoreApplication.translate(
                    "storage",
                    "The server of {where} cannot be reached. Check the network connection "
                    "(and the VPN, if you use one) and try again; if it keeps failing, ask "
                    "your IT department.",
                ).format(where=error.where),
                error.reason,
            )
        return _with_detail(
            QCoreApplication.translate(
                "storage",
                "The server of {where} cannot be reached, so nothing was saved. Check the "
                "network connection (and the VPN, if you use one) and try again; if it keeps "
                "failing, ask your IT department.",
            ).format(where=error.where),
            error.reason,
        )
    if isinstance(error, NoServerDatabaseError):
        return QCoreApplication.translate(
            "storage",
            "The server answered, but has no database called {database}. Check the database "
            "name with your IT department; nothing was opened.",
        ).format(database=error.database)
    if isinstance(error, CodeTakenError):
        return _with_detail(
            QCoreApplication.translate(
                "storage",
                "Nothing was saved: that participant code is already used in the team "
                "database, in a unit you do not see. Choose another code, or ask a lead of "
                "the other unit.",
            ),
            error.reason,
        )
    if isinstance(error, AccessRefusedError):
        return _with_detail(
            QCoreApplication.translate(
                "storage",
                "Nothing was saved: your login may not do this in {where}. The participant may "
                "belong to a unit you are not a member of, or your role does not allow it.",
            ).format(where=error.where),
            error.reason,
        )
    if isinstance(error, PasswordError):
        if error.wrong:
            return QCoreApplication.translate(
                "storage",
                "The server of {where} did not accept the password. Check Caps Lock and try "
                "again; nothing was opened.",
            ).format(where=error.where)
        return QCoreApplication.translate(
            "storage",
            "The server of {where} asks for the password of your login, and none was given; "
            "nothing was opened.",
        ).format(where=error.where)
    if isinstance(error, NotTeamDatabaseError):
        if error.revision is None:
            return QCoreApplication.translate(
                "storage",
                "{where} is not a BIP Desk team database yet. Its owner (usually the IT "
                "department) makes it one with 'bipdesk --db ADDRESS team init'; nothing was "
                "changed.",
            ).format(where=error.where)
        return QCoreApplication.translate(
            "storage",
            "{where} is from an older version of BIP Desk. Its owner (usually the IT "
            "department) brings it up to date with 'bipdesk --db ADDRESS team init'; nothing "
            "was changed.",
        ).format(where=error.where)
    if isinstance(error, AddressError):
        return QCoreApplication.translate(
            "storage", "{address} is not a server address BIP Desk can use: {reason}."
        ).format(address=error.text, reason=said_in_app(error.reason))
    if isinstance(error, NoFileError):
        return no_file_message(error.where)
    if isinstance(error, TeamAccessError):  # its sentence names who and what
        return QCoreApplication.translate(
            "storage", "The team database did not allow it: {reason}."
        ).format(reason=said_in_app(error))
    return None


def no_file_message(where: str) -> str:
    """Why a team database has no backups, restores or passphrase in BIP Desk."""
    return QCoreApplication.translate(
        "storage",
        "{where} is a team database on a server: its backups, restores and encryption are "
        "the server's (the IT department backs it up with pg_dump), not BIP Desk's.",
    ).format(where=where)


def _with_detail(text: str, detail: str) -> str:
    return f"{text}\n\n" + QCoreApplication.translate(
        "storage", "Details for IT support: {detail}"
    ).format(detail=detail)


def _access(path: str, reason: str) -> str:
    if not path:
        return QCoreApplication.translate(
            "storage",
            "A file could not be read or written ({reason}). Check that the disk or network "
            "drive is there and that you may write to it; nothing was changed.",
        ).format(reason=reason)
    return QCoreApplication.translate(
        "storage",
        "{path} could not be read or written ({reason}). Check that the disk or network drive "
        "is there and that you may write to it; nothing was changed.",
    ).format(path=path, reason=reason)


def warn_storage_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """A warning box with `title` and the error in plain words."""
    QMessageBox.warning(parent, title, storage_message(error))
