"""The facts the aggregate tables count (`bipdesk.core.aggregation`), streamed
from the repository's transaction.

`AggregationFactsStore` is mixed into `Repository`. Exporting aggregates
reads every participant and measurement of the database, so this one query
goes past the ORM and most of the answers: only what the tables count leaves
the database, one participant at a time, in bounded memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import String, bindparam, func, select
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect

from bipdesk.core.aggregation import MeasurementFacts, ParticipantFacts
from bipdesk.core.baseline import DEFAULT_BASELINE, Baseline, first_window
from bipdesk.core.periods import Period
from bipdesk.storage.measurements_repository import CHUNK
from bipdesk.storage.models import AnswerRow, MeasurementRow, ParticipantRow
from bipdesk.storage.session_store import SessionStore

_P = ParticipantRow
_M = MeasurementRow
_A = AnswerRow


def _facts_queries() -> tuple[str, str, str]:
    """SQL for `AggregationFactsStore.iter_aggregation_facts`: participants by id; their
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
        day = date.fromisoformat
        connection = self._connection.connection
        people, others, answers = connection.cursor(), connection.cursor(), connection.cursor()
        try:
            others.execute(_FACT_MEASUREMENTS)
            rows = (row for chunk in iter(lambda: others.fetchmany(CHUNK), []) for row in chunk)
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
