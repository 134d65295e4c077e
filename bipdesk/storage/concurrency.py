"""Two people saving the same participant or measurement at once (DESIGN §11).

Every participant and measurement row has a `version`, read with it and
counted up by every save. A save of something read earlier names the version
it read (`Participant.version`, `Measurement.version`): the row is written
only while it still has that version, so the second of two saves is refused
whole (`ConcurrentChangeError`) instead of overwriting the first. Who made
the first save, and when, comes from the newest entry of the edit history.
An object not read from a database (version None: an import's new rows, a
test's) is written as before.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Connection, bindparam, select

from bipdesk.core.cards import CardKey
from bipdesk.core.history import Subject
from bipdesk.messages import QT_TRANSLATE_NOOP, Message
from bipdesk.storage.errors import DatabaseError
from bipdesk.storage.models import EditRow

_E = EditRow

_NEWEST = (_E.changed_at.desc(), _E.id.desc())
_LAST_EDIT_OF_PARTICIPANT = (
    select(_E.editor, _E.changed_at)
    .where(_E.participant_id == bindparam("participant_id"))
    .order_by(*_NEWEST)
    .limit(1)
)
_LAST_EDIT_OF_MEASUREMENT = (
    select(_E.editor, _E.changed_at)
    .where(
        _E.participant_id == bindparam("participant_id"),
        _E.subject == Subject.MEASUREMENT.value,
        _E.measurement_date == bindparam("day"),
        _E.card_id == bindparam("card_id"),
        _E.card_version == bindparam("card_version"),
    )
    .order_by(*_NEWEST)
    .limit(1)
)


class ConcurrentChangeError(DatabaseError):
    """Someone saved the participant or measurement after it was read here; this
    save was refused and nothing of it was written."""

    def __init__(
        self,
        participant: str,
        editor: str | None,
        changed_at: datetime | None,
        *,
        measurement_date: date | None = None,
    ) -> None:
        self.participant = participant
        """The participant's code (of the measurement's participant for a measurement)."""
        self.editor = editor
        """Who saved it first, as the edit history names them (None: not recorded)."""
        self.changed_at = changed_at
        """When they saved it (UTC; None with `editor`)."""
        self.measurement_date = measurement_date
        """The measurement's date when a measurement was changed (None: the participant)."""
        super().__init__(self._sentence())

    def _sentence(self) -> Message:
        if self.editor is None or self.changed_at is None:
            if self.measurement_date is None:
                return QT_TRANSLATE_NOOP(
                    "storage",
                    "someone else changed participant {code} while this change was being "
                    "made; it was not saved",
                ).format(code=self.participant)
            return QT_TRANSLATE_NOOP(
                "storage",
                "someone else changed the measurement of {date} of participant {code} while "
                "this change was being made; it was not saved",
            ).format(code=self.participant, date=self.measurement_date)
        when = f"{self.changed_at.astimezone():%Y-%m-%d %H:%M}"
        if self.measurement_date is None:
            return QT_TRANSLATE_NOOP(
                "storage",
                "{editor} changed participant {code} at {time} while this change was being "
                "made; it was not saved",
            ).format(editor=self.editor, code=self.participant, time=when)
        return QT_TRANSLATE_NOOP(
            "storage",
            "{editor} changed the measurement of {date} of participant {code} at {time} while "
            "this change was being made; it was not saved",
        ).format(editor=self.editor, code=self.participant, date=self.measurement_date, time=when)


def participant_changed(
    connection: Connection, participant_id: int, code: str
) -> ConcurrentChangeError:
    """The refusal of a participant's save: who saved the participant last, and when."""
    row = connection.execute(_LAST_EDIT_OF_PARTICIPANT, {"participant_id": participant_id}).first()
    return ConcurrentChangeError(code, *(row if row is not None else (None, None)))


def measurement_changed(
    connection: Connection, participant_id: int, code: str, day: date, card: CardKey
) -> ConcurrentChangeError:
    """The refusal of a measurement's save: who saved it last (as it is stored now), and
    when; the participant's newest change when the history has none of it."""
    row = connection.execute(
        _LAST_EDIT_OF_MEASUREMENT,
        {
            "participant_id": participant_id,
            "day": day,
            "card_id": card.id,
            "card_version": card.version,
        },
    ).first()
    if row is None:
        row = connection.execute(
            _LAST_EDIT_OF_PARTICIPANT, {"participant_id": participant_id}
        ).first()
    editor, changed_at = row if row is not None else (None, None)
    return ConcurrentChangeError(code, editor, changed_at, measurement_date=day)
