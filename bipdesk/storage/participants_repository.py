"""Participants, read and written in the repository's transaction, and their
erasure with everything stored about them.

`ParticipantStore` is mixed into `Repository`. Writes are validated first and
refused whole; each records its change in the edit history (`HistoryStore`),
and a changed code takes the participant's settings along (`SettingStore`).
Erasure asks every other store to remove what it holds about the participant,
in this one transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import RowMapping, bindparam, delete, insert, select, update

from bipdesk.core.participants import PARTICIPANT_FIELDS, Participant
from bipdesk.core.validation import ValidationError, validate_participant
from bipdesk.storage.concurrency import participant_changed
from bipdesk.storage.errors import NotFoundError
from bipdesk.storage.models import ParticipantRow, new_record_key
from bipdesk.storage.participant_rows import (
    participant_from_row,
    participant_values,
    vocabulary_problems,
)
from bipdesk.storage.portable_sql import bytewise
from bipdesk.storage.refusals import no_such_participant, participant_gone
from bipdesk.storage.session_store import NO_ROW, SessionStore, inserted_id, require_id, utc_now

_P = ParticipantRow

PARTICIPANT_ID = select(_P.id).where(_P.code == bindparam("code"))
"""The row id of the participant with the parameter `code` (none for an unknown code)."""

_SELECT_PARTICIPANTS = select(
    _P.id, *(getattr(_P, name) for name in PARTICIPANT_FIELDS), _P.version
)
_ALL_PARTICIPANTS = _SELECT_PARTICIPANTS.order_by(bytewise(_P.code))
_PARTICIPANT_BY_CODE = _SELECT_PARTICIPANTS.where(_P.code == bindparam("code"))
_PARTICIPANT_BY_ID = _SELECT_PARTICIPANTS.where(_P.id == bindparam("row_id"))
_CODE_TAKEN = (
    select(_P.id).where(_P.code == bindparam("code"), _P.id != bindparam("except_id")).limit(1)
)
_INSERT_PARTICIPANT = insert(_P)
_UPDATE_PARTICIPANT = (
    update(_P)
    .where(_P.id == bindparam("row_id"))
    .values(version=_P.version + 1)
    .returning(_P.version)
)
_UPDATE_PARTICIPANT_READ = _UPDATE_PARTICIPANT.where(_P.version == bindparam("read_version"))
"""Writes only while the row still has the version the saved participant was read with."""
_DELETE_PARTICIPANT = delete(_P).where(_P.code == bindparam("code"))
_DELETE_PARTICIPANT_READ = _DELETE_PARTICIPANT.where(_P.version == bindparam("read_version"))
_PARTICIPANT_TIMES = select(_P.created_at, _P.updated_at).where(_P.code == bindparam("code"))
_RECORD_KEYS = select(_P.code, _P.record_key)


class ParticipantStore(SessionStore):
    """The participant operations of `Repository`."""

    if TYPE_CHECKING:  # the other stores of Repository provide them

        def _record_participant_added(self, participant: Participant) -> None: ...

        def _record_participant_changes(
            self, stored: RowMapping, participant: Participant
        ) -> None: ...

        def _rename_participant_settings(self, old_code: str, new_code: str) -> None: ...

        def _delete_participant_settings(self, code: str) -> None: ...

        def _erase_draft(self, participant_id: int) -> None: ...

        def _erase_follow_up(self, participant_id: int) -> int: ...

        def _erase_history(self, participant_id: int) -> None: ...

        def _erase_coordinator_views(self, participant_id: int) -> None: ...

        def _erase_measurements(self, participant_id: int) -> int: ...

    def participants(self) -> list[Participant]:
        rows = self._connection.execute(_ALL_PARTICIPANTS).mappings()
        return [participant_from_row(row) for row in rows]

    def participant(self, code: str) -> Participant | None:
        row = self._connection.execute(_PARTICIPANT_BY_CODE, {"code": code}).mappings().first()
        return None if row is None else participant_from_row(row)

    def participant_codes(self) -> set[str]:
        return set(self._connection.scalars(select(_P.code)))

    def add_participant(self, participant: Participant) -> Participant:
        """Save a new participant (its `id` is ignored); returns it with its id."""
        participant = replace(participant, code=participant.code.strip(), id=None)
        self._check_participant(participant, except_id=NO_ROW)
        now = utc_now()
        values = {
            **participant_values(participant),
            "created_at": now,
            "updated_at": now,
            # A fresh secret key for the cell key method, kept for life.
            "record_key": new_record_key(),
        }
        result = self._connection.execute(_INSERT_PARTICIPANT, values)
        participant_id = inserted_id(result.inserted_primary_key)
        participant = replace(participant, id=participant_id, version=1)
        self._record_participant_added(participant)
        return participant

    def update_participant(self, participant: Participant) -> Participant:
        """Save changes to the participant with `participant.id`; the code may change.

        Saving the same values again writes nothing (updated_at stays). A
        participant read with a version is saved only while the row still has
        it: ConcurrentChangeError (nothing written) when someone saved it since.
        Returns it as stored, with its new version.
        """
        row_id = require_id(participant.id, "participant")
        stored = self._connection.execute(_PARTICIPANT_BY_ID, {"row_id": row_id}).mappings().first()
        if stored is None:
            raise NotFoundError(participant_gone(participant.code), participant=participant.code)
        participant = replace(participant, code=participant.code.strip())
        self._check_participant(participant, except_id=row_id)
        values = participant_values(participant)
        if all(stored[name] == value for name, value in values.items()):
            # Nothing would change: nothing is overwritten, whoever saved last.
            return replace(participant, version=stored["version"])
        parameters = {**values, "updated_at": utc_now(), "row_id": row_id}
        if participant.version is None:
            version: int | None = self._connection.execute(
                _UPDATE_PARTICIPANT, parameters
            ).scalar_one()
        else:
            version = self._connection.execute(
                _UPDATE_PARTICIPANT_READ, {**parameters, "read_version": participant.version}
            ).scalar()
            if version is None:
                if self._connection.execute(_PARTICIPANT_BY_ID, {"row_id": row_id}).first() is None:
                    raise NotFoundError(
                        participant_gone(participant.code), participant=stored["code"]
                    )
                raise participant_changed(self._connection, row_id, str(stored["code"]))
        self._record_participant_changes(stored, participant)
        if stored["code"] != participant.code:
            # Settings are keyed by code: they follow the new one, so that
            # erasing the participant later still finds every one of them.
            self._rename_participant_settings(stored["code"], participant.code)
        return replace(participant, version=version)

    def record_keys(self) -> dict[str, int]:
        """The secret record key of every participant, by code.

        For tests and comparison tools only: the keys protect the aggregate
        figures (cell key method) only while nobody outside this database
        knows them. Never write them to a file, a log, a sheet or an export,
        and never show them.
        """
        return {code: key for code, key in self._connection.execute(_RECORD_KEYS)}

    def delete_participant(self, code: str, version: int | None = None) -> None:
        """Delete a participant with all of their measurements; with the `version`
        the participant was read with, only while nobody saved it since
        (ConcurrentChangeError)."""
        # The database cascades to measurements and answers.
        if version is None:
            result = self._connection.execute(_DELETE_PARTICIPANT, {"code": code})
        else:
            result = self._connection.execute(
                _DELETE_PARTICIPANT_READ, {"code": code, "read_version": version}
            )
        if result.rowcount == 0:
            found = self._connection.execute(PARTICIPANT_ID, {"code": code}).scalar()
            if found is None:
                raise NotFoundError(no_such_participant(code), participant=code)
            raise participant_changed(self._connection, int(found), code)
        self._delete_participant_settings(code)

    def participant_times(self, code: str) -> tuple[datetime, datetime] | None:
        """When the participant was added and last changed (UTC), None for an unknown code."""
        row = self._connection.execute(_PARTICIPANT_TIMES, {"code": code}).first()
        return None if row is None else (row[0], row[1])

    def erase_participant(self, code: str) -> int:
        """Remove everything stored about one participant (GDPR erasure).

        The participant, their measurements with answers and notes, their
        activities, exit survey answers, edit history, draft and settings go in this one
        transaction; returns the number of measurements erased. The
        connection's secure_delete overwrites the freed bytes (see
        `bipdesk.storage.privacy` for the write-ahead log).
        """
        found = self._connection.execute(PARTICIPANT_ID, {"code": code}).scalar()
        if found is None:
            raise NotFoundError(no_such_participant(code), participant=code)
        participant_id = int(found)
        # Explicit deletes, not only the cascades: nothing is left if a
        # connection ever ran without foreign keys.
        self._erase_draft(participant_id)
        self._erase_follow_up(participant_id)
        self._erase_history(participant_id)
        self._erase_coordinator_views(participant_id)
        erased = self._erase_measurements(participant_id)
        self._delete_participant_settings(code)
        self._connection.execute(delete(_P).where(_P.id == participant_id))
        return erased

    def _check_participant(self, participant: Participant, except_id: int) -> None:
        # validate_participant only asks whether the code is among the others',
        # so the one code is looked up instead of loading every code.
        taken = self._connection.execute(
            _CODE_TAKEN, {"code": participant.code, "except_id": except_id}
        ).first()
        others = (participant.code,) if taken is not None else ()
        problems = vocabulary_problems(participant)
        problems += validate_participant(participant, self._today(), others)
        if problems:
            raise ValidationError(problems)
