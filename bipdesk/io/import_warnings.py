"""What an import lets through but tells about: rows that may well be right
and usually are a mistyped year (DESIGN §6). Warnings never block the import;
the dry run, the import window and the summary list them."""

from __future__ import annotations

from datetime import date

from bipdesk.core.participants import Participant
from bipdesk.core.validation import date_warnings
from bipdesk.io.import_problems import Problems
from bipdesk.messages import QT_TRANSLATE_NOOP

START_COLUMN = "start_date"
DATE_COLUMN = "measurement_date"
START_IN_FUTURE = "start_in_future"
"""The code of a start date in the future (`ImportProblem.code`)."""


def warn_start(problems: Problems, row: int, participant: Participant, today: date) -> None:
    """A start in the future: that participant appears nowhere on the start page until then."""
    start = participant.start_date
    if start is not None and start > today:
        problems.warn(
            row,
            START_COLUMN,
            QT_TRANSLATE_NOOP(
                "import", "participant {participant}: the start date {start} is in the future"
            ).format(participant=participant.code, start=start),
            START_IN_FUTURE,
            participant=participant.code,
            start=start.isoformat(),
        )


def warn_measurement_date(
    problems: Problems, row: int, day: date, participant: Participant
) -> None:
    """A measurement before the participant's start (`core.validation.date_warnings`)."""
    start = participant.start_date
    for warning in date_warnings(day, participant):
        reason = (
            QT_TRANSLATE_NOOP(
                "import",
                "participant {participant}: the measurement date {date} is before "
                "the participant's start date {start}",
            ).format(participant=participant.code, date=day, start=start)
            if warning.code == "before_start" and start is not None
            else QT_TRANSLATE_NOOP("import", "participant {participant}: {reason}").format(
                participant=participant.code, reason=warning.sentence
            )
        )
        problems.warn(
            row,
            DATE_COLUMN,
            reason,
            warning.code,
            participant=participant.code,
            date=day.isoformat(),
            start=participant.start_date.isoformat() if participant.start_date else "",
        )
