"""Measurements with their answers and notes, read and written in the
repository's transaction.

`MeasurementStore` is mixed into `Repository`. A measurement is one row and
its answers one row per question; they are written together, checked first
against the installed card (`SessionStore.cards`) and refused whole, and each
write records its change in the edit history (`HistoryStore`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import (
    ColumnElement,
    Select,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.validation import Problem, ValidationError, validate_measurement
from bipdesk.storage.concurrency import ConcurrentChangeError, measurement_changed
from bipdesk.storage.errors import NotFoundError
from bipdesk.storage.models import AnswerRow, MeasurementRow, ParticipantRow
from bipdesk.storage.participants_repository import PARTICIPANT_ID
from bipdesk.storage.portable_sql import bytewise, json_object_of, json_pair
from bipdesk.storage.refusals import (
    measurement_gone,
    measurement_taken,
    unknown_card,
    unknown_participant,
)
from bipdesk.storage.session_store import NO_ROW, SessionStore, inserted_id, require_id, utc_now

_P = ParticipantRow
_M = MeasurementRow
_A = AnswerRow

_DAY_TAKEN = (
    select(_M.id)
    .where(
        _M.participant_id == bindparam("participant_id"),
        _M.card_id == bindparam("card_id"),
        _M.date == bindparam("day"),
        _M.id != bindparam("except_id"),
    )
    .limit(1)
)
_INSERT_MEASUREMENT = insert(_M)
_UPDATE_MEASUREMENT = (
    update(_M)
    .where(_M.id == bindparam("row_id"))
    .values(version=_M.version + 1)
    .returning(_M.version)
)
_UPDATE_MEASUREMENT_READ = _UPDATE_MEASUREMENT.where(_M.version == bindparam("read_version"))
"""Writes only while the row still has the version the saved measurement was read with."""
_DELETE_MEASUREMENT = delete(_M).where(_M.id == bindparam("row_id"))
_CLAIM_MEASUREMENT = (
    update(_M)
    .where(_M.id == bindparam("row_id"), _M.version == bindparam("read_version"))
    .values(version=_M.version + 1)
    .returning(_M.version)
)
_INSERT_ANSWERS = insert(_A)
_DELETE_ANSWERS = delete(_A).where(_A.measurement_id == bindparam("row_id"))


_MeasurementQuery: TypeAlias = Select[
    int, str, str, int, date, str | None, datetime, datetime, str, int
]


def _load_query(*criteria: ColumnElement[bool]) -> _MeasurementQuery:
    """The measurements matching `criteria`, oldest first, one row each.

    Answers and notes come along as one JSON text, [{question: answer},
    {question: note}], from a subquery on the answers' primary key: one query
    and one row per measurement, which matters when reading 400,000 of them.
    """
    answers = (
        select(
            json_pair(
                json_object_of(_A.question_id, _A.value),
                json_object_of(_A.question_id, _A.note).filter(_A.note.is_not(None)),
            )
        )
        .where(_A.measurement_id == _M.id)
        .scalar_subquery()
    )
    return (
        select(
            _M.id,
            _P.code,
            _M.card_id,
            _M.card_version,
            _M.date,
            _M.note,
            _M.created_at,
            _M.updated_at,
            answers,
            _M.version,
        )
        .join(_P, _M.participant_id == _P.id)
        .where(*criteria)
        .order_by(bytewise(_P.code), _M.date, _M.id)
    )


_ALL_MEASUREMENTS = _load_query()
_MEASUREMENTS_OF = _load_query(_P.code == bindparam("code"))
_MEASUREMENT_BY_ID = _load_query(_M.id == bindparam("row_id"))
_MEASUREMENT_ON = _load_query(
    _P.code == bindparam("code"), _M.card_id == bindparam("card_id"), _M.date == bindparam("day")
)
CHUNK = 10_000
"""Rows fetched at a time when reading every measurement."""


class MeasurementStore(SessionStore):
    """The measurement operations of `Repository`."""

    if TYPE_CHECKING:  # HistoryStore provides them

        def _record_measurement_added(
            self, participant_id: int, measurement: Measurement
        ) -> None: ...

        def _record_measurement_changes(
            self, participant_id: int, old: Measurement, new: Measurement
        ) -> None: ...

        def _record_measurement_removed(self, measurement_id: int) -> None: ...

    def measurements(self, code: str) -> list[Measurement]:
        """One participant's measurements, oldest first (empty for an unknown code)."""
        return self._load(_MEASUREMENTS_OF, {"code": code})

    def measurement(self, measurement_id: int) -> Measurement | None:
        found = self._load(_MEASUREMENT_BY_ID, {"row_id": measurement_id})
        return found[0] if found else None

    def measurement_on(self, code: str, card_id: str, day: date) -> Measurement | None:
        """The measurement with the importer's identity (code, card id, date), if any."""
        found = self._load(_MEASUREMENT_ON, {"code": code, "card_id": card_id, "day": day})
        return found[0] if found else None

    def all_measurements(self) -> dict[str, list[Measurement]]:
        """Every measurement by participant code, oldest first, in one query."""
        result: dict[str, list[Measurement]] = {}
        for measurement in self._load(_ALL_MEASUREMENTS, {}):
            result.setdefault(measurement.participant_code, []).append(measurement)
        return result

    def latest_measurement_dates(self) -> dict[str, date]:
        """Date of the latest measurement of every participant who has one."""
        rows = self._connection.execute(
            select(_P.code, func.max(_M.date))
            .join(_M, _M.participant_id == _P.id)
            .group_by(_P.code)
        )
        return {code: day for code, day in rows}

    def measurement_counts(self) -> dict[str, int]:
        """Number of measurements of every participant, 0 included."""
        rows = self._connection.execute(
            select(_P.code, func.count(_M.id))
            .outerjoin(_M, _M.participant_id == _P.id)
            .group_by(_P.code)
        )
        return {code: count for code, count in rows}

    def add_measurement(self, measurement: Measurement) -> Measurement:
        """Save a new measurement (its `id` is ignored); returns it as stored."""
        participant_id = self._check_measurement(measurement, except_id=NO_ROW)
        now = utc_now()
        values = _measurement_values(measurement, participant_id)
        result = self._connection.execute(
            _INSERT_MEASUREMENT, {**values, "created_at": now, "updated_at": now}
        )
        row_id = inserted_id(result.inserted_primary_key)
        self._insert_answers(row_id, measurement)
        stored = replace(_stored(measurement, row_id, now, now), version=1)
        self._record_measurement_added(participant_id, stored)
        return stored

    def update_measurement(self, measurement: Measurement) -> Measurement:
        """Save changes to the measurement with `measurement.id`.

        Saving the same content again writes nothing (updated_at stays), so
        re-importing a file changes nothing. A measurement read with a version
        is saved only while the row still has it: ConcurrentChangeError
        (nothing written) when someone saved it since. Returns it as stored,
        with its new version.
        """
        row_id = require_id(measurement.id, "measurement")
        existing = self.measurement(row_id)
        if existing is None:
            raise NotFoundError(
                measurement_gone(measurement.date), measurement_date=measurement.date
            )
        participant_id = self._check_measurement(measurement, except_id=row_id)
        if existing.same_content(measurement):
            # Nothing would change: nothing is overwritten, whoever saved last.
            return existing
        now = utc_now()
        values = _measurement_values(measurement, participant_id)
        parameters = {**values, "updated_at": now, "row_id": row_id}
        if measurement.version is None:
            version: int | None = self._connection.execute(
                _UPDATE_MEASUREMENT, parameters
            ).scalar_one()
        else:
            version = self._connection.execute(
                _UPDATE_MEASUREMENT_READ, {**parameters, "read_version": measurement.version}
            ).scalar()
            if version is None:
                raise self._refusal(row_id, measurement.date)
        self._connection.execute(_DELETE_ANSWERS, {"row_id": row_id})
        self._insert_answers(row_id, measurement)
        assert existing.created_at is not None
        stored = replace(_stored(measurement, row_id, existing.created_at, now), version=version)
        self._record_measurement_changes(participant_id, existing, stored)
        return stored

    def claim_measurement(self, measurement: Measurement) -> Measurement:
        """Count a change of what is kept beside the measurement (the coordinator's
        view) as a save of it: its version goes up, and ConcurrentChangeError
        (nothing written) when someone saved it since `measurement` was read.
        Returns it with its new version (as it was for a version of None)."""
        row_id = require_id(measurement.id, "measurement")
        if measurement.version is None:
            return measurement
        version = self._connection.execute(
            _CLAIM_MEASUREMENT, {"row_id": row_id, "read_version": measurement.version}
        ).scalar()
        if version is None:
            raise self._refusal(row_id, measurement.date)
        return replace(measurement, version=version)

    def delete_measurement(self, measurement_id: int, version: int | None = None) -> None:
        """Delete the measurement; with the `version` it was read with, only while
        nobody saved it since (ConcurrentChangeError, nothing deleted)."""
        if version is not None:
            # Counted up first, so that the row is held and the check is made
            # before this deletion is recorded in the history.
            claimed = self._connection.execute(
                _CLAIM_MEASUREMENT, {"row_id": measurement_id, "read_version": version}
            ).scalar()
            if claimed is None:
                raise self._refusal(measurement_id, None)
        # The database cascades to the answers.
        self._record_measurement_removed(measurement_id)
        result = self._connection.execute(_DELETE_MEASUREMENT, {"row_id": measurement_id})
        if result.rowcount == 0:
            raise NotFoundError(measurement_gone())

    def _refusal(self, row_id: int, day: date | None) -> NotFoundError | ConcurrentChangeError:
        """Why a write of the measurement `row_id` found no row with the version it
        was read with: it was deleted, or someone saved it since (who, and when)."""
        existing = self.measurement(row_id)
        if existing is None:
            return NotFoundError(measurement_gone(day), measurement_date=day)
        owner = self._connection.execute(PARTICIPANT_ID, {"code": existing.participant_code})
        return measurement_changed(
            self._connection,
            int(owner.scalar_one()),
            existing.participant_code,
            existing.date,
            CardKey(*existing.card),
        )

    def _erase_measurements(self, participant_id: int) -> int:
        """Delete the participant's measurements with their answers; returns how many."""
        owned = select(_M.id).where(_M.participant_id == participant_id)
        connection = self._connection
        connection.execute(delete(_A).where(_A.measurement_id.in_(owned.scalar_subquery())))
        erased = connection.execute(delete(_M).where(_M.participant_id == participant_id))
        return int(erased.rowcount)

    def _check_measurement(self, measurement: Measurement, except_id: int) -> int:
        """Validate a measurement; returns its participant's row id."""
        problems: list[Problem] = []
        code = measurement.participant_code
        participant_id = self._connection.execute(PARTICIPANT_ID, {"code": code}).scalar()
        if participant_id is None:
            problems.append(unknown_participant(code))
        key = CardKey(*measurement.card)
        card = self._cards.get(key.id, key.version)
        if card is None:
            problems.append(unknown_card(key))
        else:
            problems += validate_measurement(measurement, card, self._today())
        if participant_id is not None:
            taken = self._connection.execute(
                _DAY_TAKEN,
                {
                    "participant_id": participant_id,
                    "card_id": key.id,
                    "day": measurement.date,
                    "except_id": except_id,
                },
            ).first()
            if taken is not None:
                problems.append(measurement_taken(code, key, measurement.date))
        if problems:
            raise ValidationError(problems)
        assert participant_id is not None
        return int(participant_id)

    def _insert_answers(self, measurement_id: int, measurement: Measurement) -> None:
        rows = [
            {"measurement_id": measurement_id, "question_id": q, "value": v, "note": n}
            for q, v, n in _answer_rows(measurement)
        ]
        if rows:
            self._connection.execute(_INSERT_ANSWERS, rows)

    def _load(self, query: _MeasurementQuery, parameters: dict[str, Any]) -> list[Measurement]:
        found: list[Measurement] = []
        for rows in self._connection.execute(query, parameters).partitions(CHUNK):
            for (
                measurement_id,
                code,
                card_id,
                card_version,
                day,
                note,
                created,
                updated,
                qa,
                version,
            ) in rows:
                answers, notes = json.loads(qa)
                found.append(
                    Measurement(
                        participant_code=code,
                        card=CardKey(card_id, card_version),
                        date=day,
                        answers=answers,
                        question_notes=notes,
                        note=note,
                        id=measurement_id,
                        created_at=created,
                        updated_at=updated,
                        version=version,
                    )
                )
        return found


def _measurement_values(measurement: Measurement, participant_id: int) -> dict[str, object]:
    key = CardKey(*measurement.card)
    return {
        "participant_id": participant_id,
        "card_id": key.id,
        "card_version": key.version,
        "date": measurement.date,
        "note": measurement.note or None,
    }


def _answer_rows(measurement: Measurement) -> Iterable[tuple[str, int | None, str | None]]:
    """(question, answer, note) to store: every answered or asked question, and
    every question with a note. A question with a note reads back as asked."""
    notes: Mapping[str, str] = measurement.question_notes
    for question_id, value in measurement.answers.items():
        yield question_id, value, notes.get(question_id) or None
    for question_id, note in notes.items():
        if question_id not in measurement.answers and note:
            yield question_id, None, note


def _stored(
    measurement: Measurement, row_id: int, created_at: datetime, updated_at: datetime
) -> Measurement:
    """`measurement` as reading it back would return it, without reading it back."""
    answers: dict[str, int | None] = {}
    notes: dict[str, str] = {}
    for question_id, value, note in _answer_rows(measurement):
        answers[question_id] = value
        if note:
            notes[question_id] = note
    return replace(
        measurement,
        card=CardKey(*measurement.card),
        answers=answers,
        question_notes=notes,
        note=measurement.note or None,
        id=row_id,
        created_at=created_at,
        updated_at=updated_at,
    )
