"""The facts the aggregate tables count (`bipdesk.core.aggregation`), streamed
from the repository's transaction.

`AggregationFactsStore` is mixed into `Repository`. Exporting aggregates
reads every participant and measurement of the database, so this one query
goes past the ORM and most of the answers: only what the tables count leaves
the database, one participant at a time, in bounded memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import ARRAY, Connection, Integer, String, any_, bindparam, func, select
from sqlalchemy.sql import ClauseElement

from bipdesk.core.aggregation import MeasurementFacts, ParticipantFacts
from bipdesk.core.baseline import DEFAULT_BASELINE, Baseline, first_window
from bipdesk.core.periods import Period
from bipdesk.storage.measurements_repository import CHUNK
from bipdesk.storage.models import AnswerRow, MeasurementRow, ParticipantRow
from bipdesk.storage.portable_sql import compiled, cursor, day_reader, json_object_of
from bipdesk.storage.session_store import SessionStore

_P = ParticipantRow
_M = MeasurementRow
_A = AnswerRow


def _facts_queries() -> tuple[ClauseElement, ...]:
    """The queries of `AggregationFactsStore.iter_aggregation_facts`: participants by
    id; their measurements by participant id, oldest first; and the answered
    questions of the measurements whose ids the one parameter lists, as one JSON
    object each — the ids as a JSON array on SQLite (json_each), as an array on
    PostgreSQL (= ANY). No names, notes or timestamps; the record key goes only
    into the participant's facts (for the cell keys). Run through DB-API cursors
    (`portable_sql.day_reader` reads their dates).
    """
    participants = select(
        _P.id, _P.sex, _P.birth_year, _P.start_date, _P.end_date, _P.exit_reason, _P.record_key
    ).order_by(_P.id)
    measurements = select(_M.participant_id, _M.id, _M.card_id, _M.date).order_by(
        _M.participant_id, _M.date, _M.id
    )
    answered = select(_A.measurement_id, json_object_of(_A.question_id, _A.value)).group_by(
        _A.measurement_id
    )
    wanted = func.json_each(bindparam("ids", type_=String)).table_valued("value")
    on_sqlite = answered.where(_A.measurement_id.in_(select(wanted.c.value)), _A.value.is_not(None))
    on_postgresql = answered.where(
        _A.measurement_id == any_(bindparam("ids", type_=ARRAY(Integer))),
        _A.value.is_not(None),
    )
    return participants, measurements, on_sqlite, on_postgresql


_FACT_PARTICIPANTS, _FACT_MEASUREMENTS, _ANSWERS_SQLITE, _ANSWERS_POSTGRESQL = _facts_queries()
_FACT_BATCH = 2_000
"""Participants whose answers are fetched with one query."""


class AggregationFactsStore(SessionStore):
    """The aggregation facts of `Repository`."""

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
        connection = self._connection
        day = day_reader(connection)
        people = cursor(connection, "facts_people")
        others = cursor(connection, "facts_measurements")
        answers = connection.connection.cursor()  # one short query at a time
        read_answers = _answers_reader(connection, answers)
        try:
            others.execute(compiled(_FACT_MEASUREMENTS, connection))
            rows = (row for chunk in iter(lambda: others.fetchmany(CHUNK), []) for row in chunk)
            pending = next(rows, None)
            people.execute(compiled(_FACT_PARTICIPANTS, connection))
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
                answered = read_answers(wanted)
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


def _answers_reader(
    connection: Connection, cursor: Any
) -> Callable[[list[int | None]], dict[int | None, dict[str, int]]]:
    """Reads the answered questions of a batch of measurements, {} for one with none."""
    decode: Callable[[Any], tuple[Any, int]] = json.JSONDecoder().raw_decode
    if connection.dialect.name == "sqlite":
        sql = compiled(_ANSWERS_SQLITE, connection)

        def parameters(ids: list[int | None]) -> Any:
            return (json.dumps(ids),)
    else:  # psycopg reads json as Python objects already
        sql = compiled(_ANSWERS_POSTGRESQL, connection)

        def parameters(ids: list[int | None]) -> Any:
            return {"ids": ids}

        decode = _as_read

    def read(measurement_ids: list[int | None]) -> dict[int | None, dict[str, int]]:
        if not measurement_ids:
            return {}
        found: dict[int | None, dict[str, int]] = {i: {} for i in measurement_ids}
        cursor.execute(sql, parameters(measurement_ids))
        for measurement_id, answered in cursor.fetchall():
            found[measurement_id] = decode(answered)[0]
        return found

    return read


def _as_read(value: Any) -> tuple[Any, int]:
    return value, 0
