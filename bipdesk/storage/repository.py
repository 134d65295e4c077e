"""Participants, measurements and settings, read and written in one transaction
(activities and the exit survey: `activities_repository.ActivityStore`; the
edit history every write records: `history_repository.HistoryStore`).

A Repository is bound to the Session of one user action (see
`Database.transaction`) and speaks only in the plain dataclasses of
`bipdesk.core`: nothing above the storage layer holds an ORM object or a
session. Every write is validated first and refused whole, so a
ValidationError means nothing was written.

Statements are SQLAlchemy Core on the models' tables, run on the session's
connection and built once per module: an import adds hundreds of thousands of
rows one call at a time, and the ORM's unit of work cost five times the SQL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, TypeAlias

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bipdesk.core.aggregation import MeasurementFacts, ParticipantFacts
from bipdesk.core.baseline import DEFAULT_BASELINE, Baseline, first_window
from bipdesk.core.cards import CardKey, CardLibrary
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import PARTICIPANT_FIELDS, Participant
from bipdesk.core.periods import Period
from bipdesk.core.validation import (
    Problem,
    ValidationError,
    validate_measurement,
    validate_participant,
)
from bipdesk.storage.activities_repository import ActivityStore
from bipdesk.storage.coordinator_view_repository import CoordinatorViewStore
from bipdesk.storage.drafts import (
    Draft,
    answers_from_json,
    answers_to_json,
    notes_from_json,
    notes_to_json,
)
from bipdesk.storage.errors import NotFoundError
from bipdesk.storage.history_repository import HistoryStore
from bipdesk.storage.models import (
    AnswerRow,
    DraftRow,
    MeasurementRow,
    ParticipantRow,
    SettingRow,
    new_record_key,
)
from bipdesk.storage.participant_rows import (
    participant_from_row,
    participant_values,
    vocabulary_problems,
)
from bipdesk.storage.refusals import (
    edited_measurement_gone,
    measurement_gone,
    measurement_taken,
    no_such_participant,
    participant_gone,
    unknown_card,
    unknown_participant,
)

JSONValue: TypeAlias = bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"] | None

_P = ParticipantRow
_M = MeasurementRow
_A = AnswerRow
_S = SettingRow
_NO_ROW = -1
"""Stands for 'no row to leave out' in the taken-checks (ids start at 1)."""

_SELECT_PARTICIPANTS = select(_P.id, *(getattr(_P, name) for name in PARTICIPANT_FIELDS))
_PARTICIPANT_BY_CODE = _SELECT_PARTICIPANTS.where(_P.code == bindparam("code"))
_PARTICIPANT_BY_ID = _SELECT_PARTICIPANTS.where(_P.id == bindparam("row_id"))
_PARTICIPANT_ID = select(_P.id).where(_P.code == bindparam("code"))
_CODE_TAKEN = (
    select(_P.id).where(_P.code == bindparam("code"), _P.id != bindparam("except_id")).limit(1)
)
_INSERT_PARTICIPANT = insert(_P)
_UPDATE_PARTICIPANT = update(_P).where(_P.id == bindparam("row_id"))
_DELETE_PARTICIPANT = delete(_P).where(_P.code == bindparam("code"))
_PARTICIPANT_TIMES = select(_P.created_at, _P.updated_at).where(_P.code == bindparam("code"))
_RECORD_KEYS = select(_P.code, _P.record_key)

PARTICIPANT_SETTING_PREFIX = "participant/"
"""Settings about one participant are stored under 'participant/<code>/<name>'
(see `participant_setting_key`), so that erasing the participant finds them."""

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
_UPDATE_MEASUREMENT = update(_M).where(_M.id == bindparam("row_id"))
_DELETE_MEASUREMENT = delete(_M).where(_M.id == bindparam("row_id"))
_INSERT_ANSWERS = insert(_A)
_DELETE_ANSWERS = delete(_A).where(_A.measurement_id == bindparam("row_id"))


_MeasurementQuery: TypeAlias = Select[int, str, str, int, date, str | None, datetime, datetime, str]


def _load_query(*criteria: ColumnElement[bool]) -> _MeasurementQuery:
    """The measurements matching `criteria`, oldest first, one row each.

    Answers and notes come along as one JSON text, [{question: answer},
    {question: note}], from a subquery on the answers' primary key: one query
    and one row per measurement, which matters when reading 400,000 of them.
    """
    answers = (
        select(
            func.json_array(
                func.json_group_object(_A.question_id, _A.value),
                func.json_group_object(_A.question_id, _A.note).filter(_A.note.is_not(None)),
                type_=String,
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
        )
        .join(_P, _M.participant_id == _P.id)
        .where(*criteria)
        .order_by(_P.code, _M.date, _M.id)
    )


_ALL_MEASUREMENTS = _load_query()
_MEASUREMENTS_OF = _load_query(_P.code == bindparam("code"))
_MEASUREMENT_BY_ID = _load_query(_M.id == bindparam("row_id"))
_MEASUREMENT_ON = _load_query(
    _P.code == bindparam("code"), _M.card_id == bindparam("card_id"), _M.date == bindparam("day")
)
_CHUNK = 10_000
"""Rows fetched at a time when reading every measurement."""


def _facts_queries() -> tuple[str, str, str]:
    """SQL for `Repository.iter_aggregation_facts`: participants by id; their
    measurements by participant id, oldest first; and the answered questions of
    the measurements whose ids the one parameter lists (a JSON array), as one
    JSON object each. No names, notes or timestamps; the record key goes only
    into the participant's facts (for the cell keys). Dates stay ISO text (the
    storage format of Date on SQLite), read with date.fromisoformat.
    """
    participants = select(
        _P.id, _P.sex, _P.birth_year, _P.start_date, _P.end_date, _P.exit_reason, _P.record_key
    ).order_by(_P.id)
    measurements = select(_M.participant_id, _M.id, _M.card_id, _M.date).order_by(
        _M.participant_id, _M.date, _M.id
    )
    wanted = func.json_each(bindparam("ids", type_=String)).table_valued("value")
    answers = (
        select(_A.measurement_id, func.json_group_object(_A.question_id, _A.value, type_=String))
        .where(_A.measurement_id.in_(select(wanted.c.value)), _A.value.is_not(None))
        .group_by(_A.measurement_id)
    )
    dialect = sqlite_dialect()
    return tuple(
        str(query.compile(dialect=dialect)) for query in (participants, measurements, answers)
    )  # type: ignore[return-value]


_FACT_PARTICIPANTS, _FACT_MEASUREMENTS, _FACT_ANSWERS = _facts_queries()
_FACT_BATCH = 2_000
"""Participants whose answers are fetched with one query."""

_GET_SETTING = select(_S.value).where(_S.key == bindparam("key"))
_SET_SETTING = sqlite_insert(_S)
_SET_SETTING = _SET_SETTING.on_conflict_do_update(
    index_elements=[_S.key], set_={"value": _SET_SETTING.excluded.value}
)
_DELETE_SETTING = delete(_S).where(_S.key == bindparam("key"))

_D = DraftRow
_SELECT_DRAFTS = (
    select(
        _P.code,
        _D.card_id,
        _D.card_version,
        _D.date,
        _D.answers,
        _D.question_notes,
        _D.note,
        _D.position,
        _D.measurement_id,
        _D.updated_at,
    )
    .join(_P, _D.participant_id == _P.id)
    .order_by(_P.code)
)
_DRAFT_OF = _SELECT_DRAFTS.where(_P.code == bindparam("code"))
_SAVE_DRAFT = sqlite_insert(_D)
_SAVE_DRAFT = _SAVE_DRAFT.on_conflict_do_update(
    index_elements=[_D.participant_id],
    set_={
        name: getattr(_SAVE_DRAFT.excluded, name)
        for name in (
            "card_id",
            "card_version",
            "date",
            "measurement_id",
            "answers",
            "question_notes",
            "note",
            "position",
            "updated_at",
        )
    },
)
_DELETE_DRAFT = delete(_D).where(_D.participant_id.in_(_PARTICIPANT_ID.scalar_subquery()))
_MEASUREMENT_EXISTS = select(_M.id).where(_M.id == bindparam("row_id"))


def utc_now() -> datetime:
    """The time stamped on created_at / updated_at."""
    return datetime.now(UTC)


class Repository(ActivityStore, HistoryStore, CoordinatorViewStore):
    """The storage operations of one transaction; returns plain core data."""

    def __init__(
        self, session: Session, cards: CardLibrary, today: Callable[[], date] = date.today
    ) -> None:
        self._session = session
        self._cards = cards
        self._today = today

    @property
    def _connection(self) -> Connection:
        return self._session.connection()

    @property
    def cards(self) -> CardLibrary:
        """The installed cards the measurements are checked against."""
        return self._cards

    # -- participants ---------------------------------------------------------

    def participants(self) -> list[Participant]:
        rows = self._connection.execute(_SELECT_PARTICIPANTS.order_by(_P.code)).mappings()
        return [participant_from_row(row) for row in rows]

    def participant(self, code: str) -> Participant | None:
        row = self._connection.execute(_PARTICIPANT_BY_CODE, {"code": code}).mappings().first()
        return None if row is None else participant_from_row(row)

    def participant_codes(self) -> set[str]:
        return set(self._connection.scalars(select(_P.code)))

    def add_participant(self, participant: Participant) -> Participant:
        """Save a new participant (its `id` is ignored); returns it with its id."""
        participant = replace(participant, code=participant.code.strip(), id=None)
        self._check_participant(participant, except_id=_NO_ROW)
        now = utc_now()
        values = {
            **participant_values(participant),
            "created_at": now,
            "updated_at": now,
            # A fresh secret key for the cell key method, kept for life.
            "record_key": new_record_key(),
        }
        result = self._connection.execute(_INSERT_PARTICIPANT, values)
        participant = replace(participant, id=_inserted_id(result.inserted_primary_key))
        self._record_participant_added(participant)
        return participant

    def update_participant(self, participant: Participant) -> Participant:
        """Save changes to the participant with `participant.id`; the code may change.

        Saving the same values again writes nothing (updated_at stays).
        """
        row_id = _require_id(participant.id, "participant")
        stored = self._connection.execute(_PARTICIPANT_BY_ID, {"row_id": row_id}).mappings().first()
        if stored is None:
            raise NotFoundError(participant_gone(participant.code), participant=participant.code)
        participant = replace(participant, code=participant.code.strip())
        self._check_participant(participant, except_id=row_id)
        values = participant_values(participant)
        if any(stored[name] != value for name, value in values.items()):
            self._connection.execute(
                _UPDATE_PARTICIPANT, {**values, "updated_at": utc_now(), "row_id": row_id}
            )
            self._record_participant_changes(stored, participant)
        if stored["code"] != participant.code:
            # Settings are keyed by code: they follow the new one, so that
            # erasing the participant later still finds every one of them.
            old, new = (participant_setting_key(c, "") for c in (stored["code"], participant.code))
            self._connection.execute(
                update(_S)
                .where(func.substr(_S.key, 1, len(old)) == old)
                .values(key=literal(new).op("||")(func.substr(_S.key, len(old) + 1)))
            )
        return participant

    def record_keys(self) -> dict[str, int]:
        """The secret record key of every participant, by code.

        For tests and comparison tools only: the keys protect the aggregate
        figures (cell key method) only while nobody outside this database
        knows them. Never write them to a file, a log, a sheet or an export,
        and never show them.
        """
        return {code: key for code, key in self._connection.execute(_RECORD_KEYS)}

    def _delete_participant_settings(self, code: str) -> None:
        prefix = participant_setting_key(code, "")
        self._connection.execute(delete(_S).where(func.substr(_S.key, 1, len(prefix)) == prefix))

    def delete_participant(self, code: str) -> None:
        """Delete a participant with all of their measurements."""
        # The database cascades to measurements and answers.
        result = self._connection.execute(_DELETE_PARTICIPANT, {"code": code})
        if result.rowcount == 0:
            raise NotFoundError(no_such_participant(code), participant=code)
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
        participant_id = self._connection.execute(_PARTICIPANT_ID, {"code": code}).scalar()
        if participant_id is None:
            raise NotFoundError(no_such_participant(code), participant=code)
        owned = select(_M.id).where(_M.participant_id == participant_id)
        connection = self._connection
        # Explicit deletes, not only the cascades: nothing is left if a
        # connection ever ran without foreign keys.
        connection.execute(delete(_D).where(_D.participant_id == participant_id))
        self._erase_follow_up(int(participant_id))
        self._erase_history(int(participant_id))
        self._erase_coordinator_views(int(participant_id))
        connection.execute(delete(_A).where(_A.measurement_id.in_(owned.scalar_subquery())))
        erased = connection.execute(delete(_M).where(_M.participant_id == participant_id))
        self._delete_participant_settings(code)
        connection.execute(delete(_P).where(_P.id == participant_id))
        return int(erased.rowcount)

    # -- measurements ---------------------------------------------------------

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

    def iter_aggregation_facts(
        self,
        card_id: str,
        start: date | None = None,
        end: date | None = None,
        baseline: Baseline | str = DEFAULT_BASELINE,
    ) -> Iterator[tuple[ParticipantFacts, list[MeasurementFacts]]]:
        """Every participant with all of their measurements, as the aggregate
        tables need them (`Aggregator.add_facts`), one participant at a time.

        Only what the tables count leaves the database: sex, birth year, dates,
        exit reason and the secret record key of a participant (the key only
        ever goes into a cell key, never into a file); id, card id and date of every
        measurement (any card, any date), oldest first; and the answered
        questions of the two measurements that progression compares (DESIGN
        §4): the latest of `card_id` dated from `start` to `end` (open ends
        allowed) and the first as `baseline` chooses it. The answers of every
        other measurement are None, and are never read. Rows are fetched in
        chunks, so memory stays bounded however large the database; consume the
        iterator inside the transaction.
        """
        # Through the session connection's DB-API cursors: the statements are
        # built with SQLAlchemy Core above, but its per-row result processing
        # (Row objects, regular-expression date parsing) cost a quarter of the
        # export of 400,000 measurements. Answers are read for the two compared
        # measurements only, a batch of participants at a time: reading every
        # measurement's answers (ten table rows each) was most of the time.
        since, until = start or date.min, end or date.max
        first_since = first_window(Period(start, end), baseline)[0]
        day = date.fromisoformat
        connection = self._connection.connection
        people, others, answers = connection.cursor(), connection.cursor(), connection.cursor()
        try:
            others.execute(_FACT_MEASUREMENTS)
            rows = (row for chunk in iter(lambda: others.fetchmany(_CHUNK), []) for row in chunk)
            pending = next(rows, None)
            people.execute(_FACT_PARTICIPANTS)
            while batch := people.fetchmany(_FACT_BATCH):
                found: list[tuple[ParticipantFacts, list[MeasurementFacts], int, int]] = []
                wanted: list[int | None] = []  # ids of saved measurements: never None
                for participant_id, sex, birth_year, start_day, end_day, reason, key in batch:
                    measurements: list[MeasurementFacts] = []
                    first = last = -1  # where the compared two are in `measurements`
                    # Both run by participant id; a measurement without its
                    # participant cannot be (foreign key), and would be skipped.
                    while pending is not None and pending[0] <= participant_id:
                        owner, measurement_id, measurement_card, taken = pending
                        if owner == participant_id:
                            taken = day(taken)
                            if measurement_card == card_id and first_since <= taken <= until:
                                if first < 0:
                                    first = len(measurements)
                                if since <= taken:  # oldest first: the latest is the last
                                    last = len(measurements)
                            measurements.append((measurement_id, measurement_card, taken, None))
                        pending = next(rows, None)
                    first = first if last >= 0 else -1
                    if first >= 0:
                        wanted.append(measurements[first][0])
                        if last != first:
                            wanted.append(measurements[last][0])
                    participant: ParticipantFacts = (
                        sex,
                        birth_year,
                        None if start_day is None else day(start_day),
                        None if end_day is None else day(end_day),
                        reason,
                        key,
                    )
                    found.append((participant, measurements, first, last))
                answered = self._answers_of(answers, wanted)
                for participant, measurements, first, last in found:
                    if first >= 0:
                        for index in (first, last):
                            measurement_id, measurement_card, taken, _ = measurements[index]
                            measurements[index] = (
                                measurement_id,
                                measurement_card,
                                taken,
                                answered[measurement_id],
                            )
                    yield participant, measurements
        finally:
            answers.close()
            others.close()
            people.close()

    @staticmethod
    def _answers_of(
        cursor: Any, measurement_ids: list[int | None]
    ) -> dict[int | None, dict[str, int]]:
        """The answered questions of the measurements, {} for one with none."""
        if not measurement_ids:
            return {}
        found: dict[int | None, dict[str, int]] = {i: {} for i in measurement_ids}
        decode = json.JSONDecoder().raw_decode
        cursor.execute(_FACT_ANSWERS, (json.dumps(measurement_ids),))
        for measurement_id, answered in cursor.fetchall():
            found[measurement_id] = decode(answered)[0]
        return found

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
        participant_id = self._check_measurement(measurement, except_id=_NO_ROW)
        now = utc_now()
        values = _measurement_values(measurement, participant_id)
        result = self._connection.execute(
            _INSERT_MEASUREMENT, {**values, "created_at": now, "updated_at": now}
        )
        row_id = _inserted_id(result.inserted_primary_key)
        self._insert_answers(row_id, measurement)
        stored = _stored(measurement, row_id, now, now)
        self._record_measurement_added(participant_id, stored)
        return stored

    def update_measurement(self, measurement: Measurement) -> Measurement:
        """Save changes to the measurement with `measurement.id`.

        Saving the same content again writes nothing (updated_at stays), so
        re-importing a file changes nothing.
        """
        row_id = _require_id(measurement.id, "measurement")
        existing = self.measurement(row_id)
        if existing is None:
            raise NotFoundError(
                measurement_gone(measurement.date), measurement_date=measurement.date
            )
        participant_id = self._check_measurement(measurement, except_id=row_id)
        if existing.same_content(measurement):
            return existing
        now = utc_now()
        values = _measurement_values(measurement, participant_id)
        self._connection.execute(
            _UPDATE_MEASUREMENT, {**values, "updated_at": now, "row_id": row_id}
        )
        self._connection.execute(_DELETE_ANSWERS, {"row_id": row_id})
        self._insert_answers(row_id, measurement)
        assert existing.created_at is not None
        stored = _stored(measurement, row_id, existing.created_at, now)
        self._record_measurement_changes(participant_id, existing, stored)
        return stored

    def delete_measurement(self, measurement_id: int) -> None:
        # The database cascades to the answers.
        self._record_measurement_removed(measurement_id)
        result = self._connection.execute(_DELETE_MEASUREMENT, {"row_id": measurement_id})
        if result.rowcount == 0:
            raise NotFoundError(measurement_gone())

    # -- drafts ---------------------------------------------------------------

    def save_draft(self, draft: Draft) -> None:
        """Keep `draft` as the participant's one draft, replacing any earlier one.

        Raises NotFoundError for an unknown participant or a measurement (being
        edited) that no longer exists; ValueError for answers that are not
        whole numbers or None.
        """
        code = draft.participant_code
        participant_id = self._connection.execute(_PARTICIPANT_ID, {"code": code}).scalar()
        if participant_id is None:
            raise NotFoundError(no_such_participant(code), participant=code)
        if draft.measurement_id is not None:
            found = self._connection.execute(
                _MEASUREMENT_EXISTS, {"row_id": draft.measurement_id}
            ).first()
            if found is None:
                raise NotFoundError(edited_measurement_gone())
        key = CardKey(*draft.card)
        self._connection.execute(
            _SAVE_DRAFT,
            {
                "participant_id": participant_id,
                "card_id": key.id,
                "card_version": key.version,
                "date": draft.date,
                "measurement_id": draft.measurement_id,
                "answers": answers_to_json(draft.answers),
                "question_notes": notes_to_json(draft.question_notes),
                "note": draft.note or None,
                "position": max(0, int(draft.position)),
                "updated_at": utc_now(),
            },
        )

    def draft(self, code: str) -> Draft | None:
        """The participant's unfinished measurement, if one was kept."""
        row = self._connection.execute(_DRAFT_OF, {"code": code}).first()
        return None if row is None else _draft(row)

    def drafts(self) -> list[Draft]:
        """Every kept draft, by participant code."""
        return [_draft(row) for row in self._connection.execute(_SELECT_DRAFTS)]

    def delete_draft(self, code: str) -> None:
        """Forget the participant's draft; nothing happens when there is none."""
        self._connection.execute(_DELETE_DRAFT, {"code": code})

    # -- settings -------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        """The JSON value stored under `key`, or `default` when none is."""
        text = self._connection.execute(_GET_SETTING, {"key": key}).scalar()
        return default if text is None else json.loads(text)

    def set_setting(self, key: str, value: JSONValue) -> None:
        """Store a JSON value (TypeError/ValueError for what JSON cannot hold)."""
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True)
        self._connection.execute(_SET_SETTING, {"key": key, "value": text})

    def participant_settings(self, code: str) -> dict[str, Any]:
        """The settings about one participant (`participant_setting_key`), by name."""
        prefix = participant_setting_key(code, "")
        rows = self._connection.execute(
            select(_S.key, _S.value).where(func.substr(_S.key, 1, len(prefix)) == prefix)
        )
        return {key[len(prefix) :]: json.loads(value) for key, value in rows}

    def delete_setting(self, key: str) -> None:
        """Forget a setting, so that its default applies again."""
        self._connection.execute(_DELETE_SETTING, {"key": key})

    # -- helpers --------------------------------------------------------------

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

    def _check_measurement(self, measurement: Measurement, except_id: int) -> int:
        """Validate a measurement; returns its participant's row id."""
        problems: list[Problem] = []
        code = measurement.participant_code
        participant_id = self._connection.execute(_PARTICIPANT_ID, {"code": code}).scalar()
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
        for rows in self._connection.execute(query, parameters).partitions(_CHUNK):
            for measurement_id, code, card_id, version, day, note, created, updated, qa in rows:
                answers, notes = json.loads(qa)
                found.append(
                    Measurement(
                        participant_code=code,
                        card=CardKey(card_id, version),
                        date=day,
                        answers=answers,
                        question_notes=notes,
                        note=note,
                        id=measurement_id,
                        created_at=created,
                        updated_at=updated,
                    )
                )
        return found


def participant_setting_key(code: str, name: str) -> str:
    """The settings key of a setting `name` about participant `code`."""
    return f"{PARTICIPANT_SETTING_PREFIX}{code}/{name}"


def _inserted_id(primary_key: Iterable[Any] | None) -> int:
    assert primary_key is not None
    (row_id,) = primary_key
    return int(row_id)


def _require_id(row_id: int | None, what: str) -> int:
    if row_id is None:
        unsaved = f"only a {what} read from the database can be updated (its id is None)"
        raise ValueError(unsaved)  # programming error
    return row_id


def _draft(row: Any) -> Draft:
    code, card_id, version, day, answers, notes, note, position, measurement_id, updated = row
    return Draft(
        participant_code=code,
        card=CardKey(card_id, version),
        date=day,
        answers=answers_from_json(answers),
        question_notes=notes_from_json(notes),
        note=note,
        position=position,
        measurement_id=measurement_id,
        updated_at=updated,
    )


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
