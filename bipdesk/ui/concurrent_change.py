"""Telling a coordinator that someone else saved first (DESIGN §11).

When two people edit the same participant or measurement of a team
database, the second save is refused (`ConcurrentChangeError`); the view
that tried reloads what is stored and says so in one sentence naming who
saved and when, in the local time of the person at the screen.
"""

from __future__ import annotations

from datetime import UTC, datetime

from babel.dates import format_time
from PySide6.QtCore import QCoreApplication

from bipdesk.storage.concurrency import ConcurrentChangeError
from bipdesk.ui.formatting import format_day
from bipdesk.ui.moments import babel_locale


def _local(moment: datetime) -> datetime:
    """The moment in this computer's time zone (the history keeps UTC)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()


def concurrent_change_message(error: ConcurrentChangeError) -> str:
    """'Bo Ek changed this participant at 10:42 while you were editing; …'"""
    if error.editor is None or error.changed_at is None:
        if error.measurement_date is None:
            return QCoreApplication.translate(
                "concurrent change",
                "Someone else changed this participant while you were editing; your change "
                "was not saved. The page now shows what is saved.",
            )
        return QCoreApplication.translate(
            "concurrent change",
            "Someone else changed the measurement of {date} while you were editing; your "
            "change was not saved. The page now shows what is saved.",
        ).format(date=format_day(error.measurement_date))
    local = _local(error.changed_at)
    today = local.date() == datetime.now().astimezone().date()
    time = format_time(local, format="short", locale=babel_locale()).replace("\u202f", " ")
    values = {"editor": error.editor, "time": time, "day": format_day(local.date())}
    if error.measurement_date is None:
        if today:
            text = QCoreApplication.translate(
                "concurrent change",
                "{editor} changed this participant at {time} while you were editing; your "
                "change was not saved. The page now shows what is saved.",
            )
        else:
            text = QCoreApplication.translate(
                "concurrent change",
                "{editor} changed this participant on {day} at {time} while you were editing; "
                "your change was not saved. The page now shows what is saved.",
            )
        return text.format(**values)
    if today:
        text = QCoreApplication.translate(
            "concurrent change",
            "{editor} changed the measurement of {date} at {time} while you were editing; your "
            "change was not saved. The page now shows what is saved.",
        )
    else:
        text = QCoreApplication.translate(
            "concurrent change",
            "{editor} changed the measurement of {date} on {day} at {time} while you were "
            "editing; your change was not saved. The page now shows what is saved.",
        )
    return text.format(date=format_day(error.measurement_date), **values)
