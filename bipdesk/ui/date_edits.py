"""Date editors as the app shows them: ISO dates in Swedish, babel's style in English."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit


def date_format() -> str:
    """How date editors show a date: ISO in Swedish, like babel (Oct 14, 2025) otherwise."""
    return "yyyy-MM-dd" if QLocale().name().startswith("sv") else "MMM d, yyyy"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(day: date, accessible_name: str) -> QDateEdit:
    """A date editor with a calendar pop-up, showing `day`."""
    editor = QDateEdit(qdate(day))
    editor.setCalendarPopup(True)
    editor.setDisplayFormat(date_format())
    editor.setAccessibleName(accessible_name)
    return editor
