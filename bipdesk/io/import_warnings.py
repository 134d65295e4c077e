"""What an import lets through but tells about: rows that may well be right
and usually are a mistyped year (DESIGN §6). Warnings never block the import;
the dry run, the import window and the summary list them."""

from __future__ import annotations

from datetime import date

from bipdesk.core.participants import Participant
from bipdesk.core.validation import date_warnings
from bipdesk.io.import_problems import Problems


def warn_start(problems: Problems, row: int, participant: Participant, today: date) -> None:
    """A start in the future: that participant appears nowhere on the start page until then."""
    start = participant.start_date
    if start is not None and start > today:
        problems.warn(
            row,
            "start_date",
            f"participant {participant.code}: the start date {start.isoformat()} is in the future",
            "start_in_future",
            participant=participant.code,
            start=start.isoformat(),
        )


def warn_measurement_date(
    problems: Problems, row: int, day: date, participant: Participant
) -> None:
    """A measurement before the participant's start (`core.validation.date_warnings`)."""
    for warning in date_warnings(day, participant):
        problems.warn(
            row,
            "measurement_date",
            f"participant {participant.code}: {warning.message}",
            warning.code,
            participant=participant.code,
            date=day.isoformat(),
            start=participant.start_date.isoformat() if participant.start_date else "",
        )
