"""Dates and numbers as the user reads them, in the app's language (babel)."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date, format_interval
from babel.numbers import format_decimal

from bipdesk.ui.language import current_language


def _locale() -> str:
    """'sv' when the app speaks Swedish, otherwise 'en'."""
    return current_language()


def format_day(day: date | None) -> str:
    """A date such as '23 nov. 2026' / 'Nov 23, 2026'; empty for None."""
    if day is None:
        return ""
    return format_date(day, format="medium", locale=_locale())


def format_day_range(start: date, end: date) -> str:
    """Two dates as one range, '1 juli–30 sep. 2026' / 'Jul 1 – Sep 30, 2026'."""
    return format_interval(start, end, "yMMMd", locale=_locale()).replace("\u2009", " ")


def format_number(value: float, digits: int = 1) -> str:
    """A number with `digits` decimals and the locale's decimal sign."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(value, format=pattern, locale=_locale())


def change_text(value: float, digits: int = 1) -> str:
    """'▲ +1.2', '▼ −0.8', '= 0.0': the marks of the change table and the printed sheet."""
    body = format_number(abs(value), digits)
    if body == format_number(0.0, digits):
        return f"= {body}"
    return f"▲ +{body}" if value > 0 else f"▼ −{body}"
