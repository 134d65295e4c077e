"""What a database file offers and a team database does not, said up front.

Backups, restoring a backup and the passphrase belong to a file on this
computer. A team database lives on a server, whose backups and encryption at
rest are its IT department's (pg_dump): in BIP Desk those items stay in the
menu, disabled, with the reason on hover, rather than failing when chosen.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from bipdesk.storage import Database
from bipdesk.ui.read_only import disable_with_reason
from bipdesk.ui.storage_messages import no_file_message


def file_only_reason(database: Database) -> str:
    """Why a file's feature is not here ('' for a database file)."""
    if database.server is None:
        return ""
    return no_file_message(database.where)


def disable_file_only(database: Database, *controls: QWidget | QAction) -> None:
    """Disable `controls` with the reason as tooltip on a team database; nothing on a file."""
    disable_with_reason(file_only_reason(database), *controls)
