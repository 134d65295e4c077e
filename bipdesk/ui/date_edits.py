"""Date editors as the app shows dates: the locale's medium style, as babel writes
it everywhere else ('23 nov. 2026', 'Nov 23, 2026'), never ISO in one field only."""

from __future__ import annotations

import re
from datetime import date

from babel.dates import get_date_format
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from bipdesk.ui.language import current_language


def date_format() -> str:
    """Qt's display format for babel's medium date in the app's language
    ('d MMM yyyy' in Swedish, 'MMM d, yyyy' in English)."""
    pattern = str(get_date_format("medium", locale=current_language()).pattern)
    return re.sub(r"(?<!y)y{1,2}(?!y)", "yyyy", pattern)


def show_dates_as_the_app(editor: QDateEdit) -> None:
    """Let `editor` show and read dates in the app's medium style."""
    editor.setDisplayFormat(date_format())


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(day: date, accessible_name: str) -> QDateEdit:
    """A date editor with a calendar pop-up, showing `day`."""
    editor = QDateEdit(qdate(day))
    editor.setCalendarPopup(True)
    show_dates_as_the_app(editor)
    editor.setAccessibleName(accessible_name)
    return editor
