"""Activities and exit survey answers (DESIGN §10), read and written in the
repository's transaction.

`ActivityStore` is mixed into `Repository`: the methods are the repository's,
on the same connection, and speak only in the core's `Activity` and
`SurveyResponse`. Like the rest of the repository, every write is validated
first and refused whole (ValidationError, NotFoundError), so nothing is
half-written.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.sql import ClauseElement

from bipdesk.core.activities import BRANCHES, Activity, ActivityType
from bipdesk.core.aggregation import ParticipantFacts
from bipdesk.core.cards import Area
from bipdesk.core.exits import Employment, ExitForm, WorkingTime
from bipdesk.core.follow_up import FollowUpFacts
from bipdesk.core.surveys import SCALE, SurveyResponse
from bipdesk.core.validation import Problem, ValidationError
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.storage.errors import NotFoundError
from bipdesk.storage.models import ActivityRow, ParticipantRow, SurveyAnswerRow
from bipdesk.storage.portable_sql import bytewise, compiled, cursor, day_reader
from bipdesk.storage.refusals import activity_gone, no_such_participant

_P = ParticipantRow
_AC = ActivityRow
_SA = SurveyAnswerRow

_PARTICIPANT_ID = select(_P.id).where(_P.code == bindparam("code"))
_SELECT_ACTIVITIES = (
    select(
        _AC.id,
        _P.code,
        _AC.activity,
        _AC.area,
        _AC.start_date,
        _AC.end_date,
        _AC.hours,
        _AC.place,
        _AC.branch,
    )
    .join(_P, _AC.participant_id == _P.id)
    .order_by(bytewise(_P.code), _AC.start_date, _AC.id)
)
_ACTIVITIES_OF = _SELECT_ACTIVITIES.where(_P.code == bindparam("code"))
_ACTIVITY_BY_ID = _SELECT_ACTIVITIES.where(_AC.id == bindparam("row_id"))
_ACTIVITY_TAKEN = (
    select(_AC.id)
    .where(
        _AC.participant_id == bindparam("participant_id"),
        _AC.activity == bindparam("activity"),
        _AC.start_date == bindparam("start_date"),
        _AC.id != bindparam("except_id"),
    )
    .limit(1)
)
_INSERT_ACTIVITY = insert(_AC)
_UPDATE_ACTIVITY = update(_AC).where(_AC.id == bindparam("row_id"))
_DELETE_ACTIVITY = delete(_AC).where(_AC.id == bindparam("row_id"))

_SURVEY_OF = (
    select(_SA.survey_id, _SA.survey_version, _SA.question_id, _SA.value)
    .join(_P, _SA.participant_id == _P.id)
    .where(_P.code == bindparam("code"))
    .order_by(bytewise(_SA.question_id))
)
_INSERT_SURVEY_ANSWERS = insert(_SA)
_DELETE_SURVEY_ANSWERS = delete(_SA).where(_SA.participant_id == bindparam("participant_id"))

_NO_ROW = -1
_TYPES = {kind.value: kind for kind in ActivityType}
_AREAS = {area.value: area for area in Area}
_EMPLOYMENTS = {kind.value: kind for kind in Employment}
_WORKING_TIMES = {kind.value: kind for kind in WorkingTime}
_NO_EXIT = ExitForm()
_CHUNK = 10_000


def _follow_up_queries() -> tuple[ClauseElement, ...]:
    """The queries of `iter_follow_up_facts`, each ordered by participant id: the
    participants (no code, name or free text), their activities (no place) and
    their survey answers. Run through DB-API cursors (`portable_sql.day_reader`
    reads their dates)."""
    participants = select(
        _P.id,
        _P.sex,
        _P.birth_year,
        _P.start_date,
        _P.end_date,
        _P.exit_reason,
        _P.record_key,
        _P.employment,
        _P.working_time,
        _P.subsidised,
        _P.exit_branch,
    ).order_by(_P.id)
    activities = select(
        _AC.participant_id,
        _AC.id,
        _AC.activity,
        _AC.area,
        _AC.start_date,
        _AC.end_date,
        _AC.hours,
        _AC.branch,
    ).order_by(_AC.participant_id, _AC.start_date, _AC.id)
    answers = select(_SA.participant_id, _SA.question_id, _SA.value).order_by(
        _SA.participant_id, bytewise(_SA.question_id)
    )
    return participants, activities, answers


_FACT_PARTICIPANTS, _FACT_ACTIVITIES, _FACT_ANSWERS = _follow_up_queries()


def _rows(cursor: Any) -> Iterator[tuple[Any, ...]]:
    """Every row of an executed DB-API cursor, fetched in chunks."""
    while chunk := cursor.fetchmany(_CHUNK):
        yield from chunk


def activity_problems(activity: Activity) -> list[Problem]:
    """What the activities table would refuse, as plain messages."""
    problems: list[Problem] = []
    if activity.activity not in _TYPES:
        unknown = QT_TRANSLATE_NOOP("activities", "'{value}' is not an activity type")
        problems.append(
            Problem("activity", "activity_unknown", unknown.format(value=str(activity.activity)))
        )
    if activity.area not in _AREAS:
        area = QT_TRANSLATE_NOOP("activities", "'{value}' is not an area; use {areas}")
        problems.append(
            Problem(
                "area",
                "area_unknown",
                area.format(value=str(activity.area), areas=", ".join(_AREAS)),
            )
        )
    hours = activity.hours
    if isinstance(hours, bool) or not isinstance(hours, int | float) or not math.isfinite(hours):
        no_hours = QT_TRANSLATE_NOOP("activities", "'{value}' is not a number of hours")
        problems.append(Problem("hours", "hours_invalid", no_hours.format(value=str(hours))))
    elif hours < 0:
        negative = QT_TRANSLATE_NOOP("activities", "hours cannot be negative")
        problems.append(Problem("hours", "hours_negative", negative))
    if activity.branch is not None and activity.branch not in BRANCHES:
        branch = QT_TRANSLATE_NOOP("activities", "'{value}' is not an SNI section A–U")
        problems.append(
            Problem("branch", "branch_unknown", branch.format(value=str(activity.branch)))
        )
    if not isinstance(activity.start_date, date):
        no_start = QT_TRANSLATE_NOOP("activities", "an activity needs a start date")
        problems.append(Problem("start_date", "start_date_missing", no_start))
    return problems


class ActivityStore:
    """The activities and exit survey part of `Repository` (mixed in)."""

    if TYPE_CHECKING:  # Repository provides it: its transaction's connection

        @property
        def _connection(self) -> Connection: ...

    # -- activities -----------------------------------------------------------

    def activities(self, code: str) -> list[Activity]:
        """One participant's activities, oldest start first (empty for an unknown code)."""
        rows = self._connection.execute(_ACTIVITIES_OF, {"code": code})
        return [_activity(row) for row in rows]

    def activity(self, activity_id: int) -> Activity | None:
        row = self._connection.execute(_ACTIVITY_BY_ID, {"row_id": activity_id}).first()
        return None if row is None else _activity(row)

    def all_activities(self) -> dict[str, list[Activity]]:
        """Every activity by participant code, oldest start first, in one query."""
        found: dict[str, list[Activity]] = {}
        for row in self._connection.execute(_SELECT_ACTIVITIES):
            activity = _activity(row)
            found.setdefault(activity.participant_code, []).append(activity)
        return found

    def add_activity(self, activity: Activity) -> Activity:
        """Save a new activity (its `id` is ignored); returns it with its id.

        NotFoundError for an unknown participant; ValidationError for values the
        table cannot hold, or when the participant already has an activity of
        that type starting that day (the importer's identity of an activity).
        """
        participant_id = self._check_activity(activity, except_id=_NO_ROW)
        now = datetime.now(UTC)
        values = _activity_values(activity, participant_id)
        result = self._connection.execute(
            _INSERT_ACTIVITY, {**values, "created_at": now, "updated_at": now}
        )
        assert result.inserted_primary_key is not None
        (row_id,) = result.inserted_primary_key
        return _stored_activity(activity, int(row_id))

    def update_activity(self, activity: Activity) -> Activity:
        """Save changes to the activity with `activity.id`; saving the same values
        again writes nothing (updated_at stays)."""
        if activity.id is None:
            unsaved = "only an activity read from the database can be updated (id is None)"
            raise ValueError(unsaved)  # programming error
        existing = self.activity(activity.id)
        if existing is None:
            raise NotFoundError(activity_gone(activity.activity))
        participant_id = self._check_activity(activity, except_id=activity.id)
        stored = _stored_activity(activity, activity.id)
        if stored != existing:
            values = _activity_values(activity, participant_id)
            self._connection.execute(
                _UPDATE_ACTIVITY,
                {**values, "updated_at": datetime.now(UTC), "row_id": activity.id},
            )
        return stored

    def delete_activity(self, activity_id: int) -> None:
        result = self._connection.execute(_DELETE_ACTIVITY, {"row_id": activity_id})
        if result.rowcount == 0:
            raise NotFoundError(activity_gone())

    def _participant_row_id(self, code: str) -> int:
        participant_id = self._connection.execute(_PARTICIPANT_ID, {"code": code}).scalar()
        if participant_id is None:
            raise NotFoundError(no_such_participant(code), participant=code)
        return int(participant_id)

    def _check_activity(self, activity: Activity, except_id: int) -> int:
        """Validate an activity; returns its participant's row id."""
        participant_id = self._participant_row_id(activity.participant_code)
        problems = activity_problems(activity)
        if not problems:
            taken = self._connection.execute(
                _ACTIVITY_TAKEN,
                {
                    "participant_id": participant_id,
                    "activity": activity.activity,
                    "start_date": activity.start_date,
                    "except_id": except_id,
                },
            ).first()
            if taken is not None:
                taken_text = QT_TRANSLATE_NOOP(
                    "activities", "'{code}' already has a {activity} activity starting {date}"
                ).format(
                    code=activity.participant_code,
                    activity=activity.activity,
                    date=activity.start_date,
                )
                problems.append(Problem("start_date", "activity_taken", taken_text))
        if problems:
            raise ValidationError(problems)
        return participant_id

    # -- the exit survey ------------------------------------------------------

    def survey_response(self, code: str) -> SurveyResponse | None:
        """The participant's exit survey answers, None when none are stored."""
        rows = self._connection.execute(_SURVEY_OF, {"code": code}).all()
        if not rows:
            return None
        survey_id, version = rows[0][0], rows[0][1]
        return SurveyResponse(survey_id, version, {q: int(v) for _, _, q, v in rows})

    def save_survey_response(self, code: str, response: SurveyResponse) -> None:
        """Keep `response` as the participant's exit survey, replacing an earlier one;
        a response with no answers removes it. NotFoundError for an unknown code."""
        participant_id = self._participant_row_id(code)
        problems: list[Problem] = []
        if not response.survey_id or not isinstance(response.survey_version, int):
            no_id = QT_TRANSLATE_NOOP("exit survey", "the survey has no id or version")
            problems.append(Problem("survey", "survey_unknown", no_id))
        for question, value in response.answers.items():
            if not question:
                no_question = QT_TRANSLATE_NOOP("exit survey", "an answer has no question")
                problems.append(Problem("survey", "question_missing", no_question))
            elif isinstance(value, bool) or value not in SCALE:
                off_scale = QT_TRANSLATE_NOOP("exit survey", "{question}: {value} is not 1–4")
                problems.append(
                    Problem(
                        question,
                        "answer_out_of_scale",
                        off_scale.format(question=question, value=str(value)),
                    )
                )
        if problems:
            raise ValidationError(problems)
        self._connection.execute(_DELETE_SURVEY_ANSWERS, {"participant_id": participant_id})
        rows = [
            {
                "participant_id": participant_id,
                "question_id": question,
                "survey_id": response.survey_id,
                "survey_version": response.survey_version,
                "value": int(value),
            }
            for question, value in sorted(response.answers.items())
        ]
        if rows:
            self._connection.execute(_INSERT_SURVEY_ANSWERS, rows)

    def delete_survey_response(self, code: str) -> None:
        """Forget the participant's exit survey; nothing happens when there is none."""
        participant_id = self._participant_row_id(code)
        self._connection.execute(_DELETE_SURVEY_ANSWERS, {"participant_id": participant_id})

    def _erase_follow_up(self, participant_id: int) -> int:
        """Delete the participant's activities and survey answers; returns the activities."""
        connection = self._connection
        connection.execute(_DELETE_SURVEY_ANSWERS, {"participant_id": participant_id})
        erased = connection.execute(delete(_AC).where(_AC.participant_id == participant_id))
        return int(erased.rowcount)

    # -- the follow-up tables -------------------------------------------------

    def iter_follow_up_facts(
        self, start: date | None = None, end: date | None = None
    ) -> Iterator[FollowUpFacts]:
        """Every participant, one at a time, as the follow-up tables need them
        (`bipdesk.core.follow_up.FollowUpAggregator.add`).

        Each participant is yielded whatever the period (`start`, `end`): the
        aggregator decides what counts in it, and an activity may count in a
        month since the start that only partly lies in the period. Only what
        the tables count leaves the database: the facts of the card tables
        (record key included, for the cell keys), the exit form, every
        activity without its place (free text) and participant code, and the
        survey answers. Read through DB-API cursors in chunks, merged by
        participant id, so memory stays bounded; consume the iterator inside
        the transaction.
        """
        connection = self._connection
        day = day_reader(connection)
        people = cursor(connection, "follow_up_people")
        activities = cursor(connection, "follow_up_activities")
        answers = cursor(connection, "follow_up_answers")
        try:
            activities.execute(compiled(_FACT_ACTIVITIES, connection))
            answers.execute(compiled(_FACT_ANSWERS, connection))
            activity_rows, answer_rows = _rows(activities), _rows(answers)
            next_activity, next_answer = next(activity_rows, None), next(answer_rows, None)
            people.execute(compiled(_FACT_PARTICIPANTS, connection))
            for row in _rows(people):
                (participant_id, sex, birth_year, start_day, end_day, reason, key) = row[:7]
                employment, working_time, subsidised, branch = row[7:]
                found: list[Activity] = []
                # Both run by participant id; rows without their participant
                # cannot be (foreign key), and would be skipped.
                while next_activity is not None and next_activity[0] <= participant_id:
                    if next_activity[0] == participant_id:
                        _, row_id, kind, area, begins, ends, hours, where = next_activity
                        found.append(
                            Activity(
                                "",
                                _TYPES[kind],
                                _AREAS[area],
                                day(begins),
                                None if ends is None else day(ends),
                                float(hours),
                                None,
                                where,
                                row_id,
                            )
                        )
                    next_activity = next(activity_rows, None)
                survey: dict[str, int] | None = None
                while next_answer is not None and next_answer[0] <= participant_id:
                    if next_answer[0] == participant_id:
                        survey = survey or {}
                        survey[next_answer[1]] = int(next_answer[2])
                    next_answer = next(answer_rows, None)
                exit_form = _NO_EXIT
                if (employment, working_time, subsidised, branch) != (None, None, None, None):
                    exit_form = ExitForm(
                        None if employment is None else _EMPLOYMENTS[employment],
                        None if working_time is None else _WORKING_TIMES[working_time],
                        None if subsidised is None else bool(subsidised),
                        branch,
                    )
                facts: ParticipantFacts = (
                    sex,
                    birth_year,
                    None if start_day is None else day(start_day),
                    None if end_day is None else day(end_day),
                    reason,
                    key,
                )
                yield facts, exit_form, found, survey
        finally:
            answers.close()
            activities.close()
            people.close()


def _activity(row: Any) -> Activity:
    row_id, code, kind, area, start, end, hours, place, branch = row
    return Activity(
        participant_code=code,
        activity=_TYPES[kind],
        area=_AREAS[area],
        start_date=start,
        end_date=end,
        hours=float(hours),
        place=place,
        branch=branch,
        id=row_id,
    )


def _activity_values(activity: Activity, participant_id: int) -> dict[str, object]:
    return {
        "participant_id": participant_id,
        "activity": _TYPES[activity.activity].value,
        "area": _AREAS[activity.area].value,
        "start_date": activity.start_date,
        "end_date": activity.end_date,
        "hours": float(activity.hours),
        "place": (activity.place or "").strip() or None,
        "branch": activity.branch,
    }


def _stored_activity(activity: Activity, row_id: int) -> Activity:
    """`activity` as reading it back would return it, without reading it back."""
    return replace(
        activity,
        activity=_TYPES[activity.activity],
        area=_AREAS[activity.area],
        hours=float(activity.hours),
        place=(activity.place or "").strip() or None,
        id=row_id,
    )
