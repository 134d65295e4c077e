"""When and who, in the app's language: the moment a backup was taken, who holds a
database. Shared by the opening of a database, its storage errors and the backups."""

from __future__ import annotations

from datetime import datetime

from babel.dates import format_datetime
from PySide6.QtCore import QCoreApplication, QLocale

from bipdesk.storage.lock import LockHolder


def babel_locale() -> str:
    """'sv' while the app speaks Swedish (install_translator sets the default QLocale)."""
    return "sv" if QLocale().name().startswith("sv") else "en"


def format_moment(moment: datetime) -> str:
    """'1 dec. 2026 09:15' / 'Dec 1, 2026, 9:15 AM' in the app's language."""
    return format_datetime(moment, format="medium", locale=babel_locale()).replace("\u202f", " ")


def describe_holder(holder: LockHolder) -> str:
    return QCoreApplication.translate(
        "opening", "{user} on the computer {host} (since {time})"
    ).format(
        user=holder.user,
        host=holder.host,
        time=format_moment(holder.since.astimezone().replace(tzinfo=None)),
    )
