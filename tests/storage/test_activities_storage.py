"""Activities, the exit form and the exit survey through the Repository (issue 15)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from bipdesk.core.activities import Activity, ActivityType
from bipdesk.core.cards import Area
from bipdesk.core.exits import Employment, ExitForm, WorkingTime
from bipdesk.core.surveys import SurveyResponse
from bipdesk.core.validation import ValidationError
from bipdesk.storage import Database, NotFoundError
from bipdesk.storage.models import ActivityRow
from tests.storage.conftest import ended, measurement, participant

JOB = Activity(
    "P001",
    ActivityType.WORK_TRAINING,
    Area.JOB,
    date(2024, 3, 1),
    date(2024, 8, 31),
    hours=240.5,
    place="Returbutiken på Storgatan",
    branch="G",
)
HEALTH = Activity("P001", ActivityType.COUNSELLING, Area.HEALTH, date(2024, 2, 1), hours=12)


def codes(error: ValidationError) -> set[str]:
    return {p.code for p in error.problems}


def test_activities_round_trip_oldest_first(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        repo.add_participant(participant("P002"))
        job = repo.add_activity(JOB)
        health = repo.add_activity(HEALTH)
        other = repo.add_activity(
            Activity("P002", ActivityType.OTHER, Area.SOCIAL, date(2024, 5, 1), hours=3)
        )
    assert job.id is not None and health.id is not None and other.id is not None
    assert job == replace(JOB, id=job.id)
    with db.transaction(write=False) as repo:
        assert repo.activities("P001") == [health, job]  # by start date
        assert repo.activities("nobody") == []
        assert repo.all_activities() == {"P001": [health, job], "P002": [other]}
        back = repo.activities("P001")[1]
    assert type(back.activity) is ActivityType and type(back.area) is Area
    assert back.end_date == date(2024, 8, 31) and back.hours == 240.5
    assert back.place == "Returbutiken på Storgatan" and back.branch == "G"


def test_update_and_delete_an_activity(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        job = repo.add_activity(JOB)
    assert job.id is not None
    with db.transaction() as repo:
        changed = repo.update_activity(replace(job, end_date=None, hours=300, place="  "))
        assert changed.place is None and changed.hours == 300.0
    with db.transaction(write=False) as repo:
        assert repo.activities("P001") == [changed]
    with db.transaction() as repo:
        repo.delete_activity(job.id)
        assert repo.activities("P001") == []
        with pytest.raises(NotFoundError):
            repo.delete_activity(job.id)
        with pytest.raises(NotFoundError):
            repo.update_activity(job)


def test_update_with_the_same_values_writes_nothing(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        job = repo.add_activity(JOB)
    old = datetime(2020, 1, 1, tzinfo=UTC)
    with db.engine.begin() as connection:
        connection.execute(sa.update(ActivityRow).values(updated_at=old))
    with db.transaction() as repo:
        assert repo.update_activity(job) == job
    read = sa.select(ActivityRow.updated_at)
    with db.engine.connect() as connection:
        assert connection.execute(read).scalar() == old
    with db.transaction() as repo:
        repo.update_activity(replace(job, hours=241))
    with db.engine.connect() as connection:
        assert connection.execute(read).scalar() != old


def test_an_unknown_participant_is_not_found(db: Database) -> None:
    with db.transaction() as repo:
        with pytest.raises(NotFoundError, match="NOBODY"):
            repo.add_activity(replace(JOB, participant_code="NOBODY"))
        with pytest.raises(NotFoundError, match="NOBODY"):
            repo.save_survey_response("NOBODY", SurveyResponse("nns-exit", 1, {"useful": 3}))
        with pytest.raises(NotFoundError, match="NOBODY"):
            repo.delete_survey_response("NOBODY")


def test_one_activity_of_a_type_per_participant_and_start_day(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        repo.add_participant(participant("P002"))
        first = repo.add_activity(JOB)
        repo.add_activity(replace(JOB, participant_code="P002"))  # another person: fine
        repo.add_activity(replace(JOB, activity=ActivityType.INTERNSHIP))  # another type: fine
        second = repo.add_activity(replace(JOB, start_date=date(2024, 9, 1), end_date=None))
    with db.transaction() as repo, pytest.raises(ValidationError) as caught:
        repo.add_activity(replace(JOB, hours=1))
    assert codes(caught.value) == {"activity_taken"}
    assert "already has a work_training activity starting 2024-03-01" in str(caught.value)
    with db.transaction() as repo, pytest.raises(ValidationError):
        repo.update_activity(replace(second, start_date=first.start_date))


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"activity": "sleeping"}, "activity_unknown"),
        ({"area": "fun"}, "area_unknown"),
        ({"branch": "X"}, "branch_unknown"),
        ({"hours": float("nan")}, "hours_invalid"),
        ({"hours": float("inf")}, "hours_invalid"),
    ],
)
def test_values_the_table_cannot_hold_are_refused(
    db: Database, change: dict[str, object], code: str
) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
    bad = replace(JOB)
    for name, value in change.items():
        object.__setattr__(bad, name, value)  # past the dataclass's own checks
    with db.transaction() as repo, pytest.raises(ValidationError) as caught:
        repo.add_activity(bad)
    assert codes(caught.value) == {code}
    with db.transaction(write=False) as repo:
        assert repo.activities("P001") == []


def test_the_exit_form_is_saved_with_the_participant(db: Database) -> None:
    left = replace(
        ended("P002"),
        employment=Employment.TEMPORARY,
        working_time=WorkingTime.PART_TIME,
        subsidised=True,
        exit_branch="Q",
    )
    with db.transaction() as repo:
        saved = repo.add_participant(left)
        repo.add_participant(participant("P001"))
    with db.transaction() as repo:
        back = repo.participant("P002")
        assert back == saved
        assert back is not None and back.exit_form == ExitForm(
            Employment.TEMPORARY, WorkingTime.PART_TIME, True, "Q"
        )
        assert type(back.employment) is Employment and back.subsidised is True
        unsubsidised = repo.update_participant(replace(back, subsidised=False))
        plain = repo.participant("P001")
        assert plain is not None and plain.exit_form.is_empty
    with db.transaction(write=False) as repo:
        assert repo.participant("P002") == unsubsidised
        stored = repo.participant("P002")
        assert stored is not None and stored.subsidised is False


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"employment": "forever"}, "employment_unknown"),
        ({"working_time": "sometimes"}, "working_time_unknown"),
        ({"exit_branch": "Z"}, "exit_branch_unknown"),
        ({"subsidised": "ja"}, "subsidised_unknown"),
    ],
)
def test_exit_form_codes_are_checked(db: Database, change: dict[str, object], code: str) -> None:
    with db.transaction() as repo, pytest.raises(ValidationError) as caught:
        repo.add_participant(replace(ended("P002"), **change))  # type: ignore[arg-type]
    assert codes(caught.value) == {code}


def test_the_survey_response_is_replaced_and_deleted(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(ended("P002"))
        repo.add_participant(ended("P003"))
        assert repo.survey_response("P002") is None
        repo.save_survey_response(
            "P002", SurveyResponse("nns-exit", 1, {"useful": 4, "involved": 2})
        )
        repo.save_survey_response("P003", SurveyResponse("nns-exit", 1, {"useful": 1}))
    with db.transaction() as repo:
        assert repo.survey_response("P002") == SurveyResponse(
            "nns-exit", 1, {"involved": 2, "useful": 4}
        )
        # A later response replaces the whole earlier one (not merged).
        repo.save_survey_response("P002", SurveyResponse("nns-exit", 2, {"experience_used": 3}))
        assert repo.survey_response("P002") == SurveyResponse("nns-exit", 2, {"experience_used": 3})
        repo.delete_survey_response("P002")
        assert repo.survey_response("P002") is None
        repo.delete_survey_response("P002")  # nothing to forget: no error
        # No answers at all is no response.
        repo.save_survey_response("P003", SurveyResponse("nns-exit", 1, {}))
        assert repo.survey_response("P003") is None


def test_an_answer_off_the_scale_is_refused(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(ended("P002"))
        repo.save_survey_response("P002", SurveyResponse("nns-exit", 1, {"useful": 4}))
    bad = SurveyResponse("nns-exit", 1, {"useful": 3})
    object.__setattr__(bad, "answers", {"useful": 3, "involved": 5})
    with db.transaction() as repo, pytest.raises(ValidationError) as caught:
        repo.save_survey_response("P002", bad)
    assert codes(caught.value) == {"answer_out_of_scale"}
    with db.transaction(write=False) as repo:
        assert repo.survey_response("P002") == SurveyResponse("nns-exit", 1, {"useful": 4})


def test_deleting_a_participant_takes_activities_and_answers(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        repo.add_participant(participant("P009"))
        repo.add_activity(JOB)
        repo.add_activity(replace(HEALTH, participant_code="P009"))
        repo.save_survey_response("P001", SurveyResponse("nns-exit", 1, {"useful": 4}))
    with db.transaction() as repo:
        repo.delete_participant("P001")
    with db.transaction(write=False) as repo:
        assert set(repo.all_activities()) == {"P009"}
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM survey_answers").scalar() == 0
        assert connection.exec_driver_sql("SELECT count(*) FROM activities").scalar() == 1


def test_follow_up_facts_stream_every_participant_without_free_text(db: Database) -> None:
    left = replace(
        ended("P002"),
        employment=Employment.PERMANENT,
        working_time=WorkingTime.FULL_TIME,
        subsidised=False,
        exit_branch="F",
    )
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        repo.add_participant(left)
        repo.add_participant(participant("P003", birth_year=None, start_date=None))
        repo.add_participant(replace(ended("P004"), exit_branch="C"))
        job = repo.add_activity(JOB)
        health = repo.add_activity(HEALTH)
        late = repo.add_activity(
            Activity(
                "P002",
                ActivityType.SKILLS_COURSE,
                Area.SKILLS,
                date(2023, 1, 1),
                date(2023, 2, 1),
                hours=20,
                place="Komvux, sal 4",
            )
        )
        repo.add_measurement(measurement("P001"))
        repo.save_survey_response(
            "P002", SurveyResponse("nns-exit", 1, {"useful": 4, "involved": 1})
        )
    with db.transaction(write=False) as repo:
        found = list(repo.iter_follow_up_facts(date(2024, 1, 1), date(2024, 12, 31)))
        keys = repo.record_keys()
    assert [facts for facts, _, _, _ in found] == [
        ("women", 1985, date(2024, 1, 15), None, None, keys["P001"]),
        ("men", 1985, date(2024, 1, 15), date(2025, 3, 31), "work", keys["P002"]),
        ("women", None, None, None, None, keys["P003"]),
        ("men", 1985, date(2024, 1, 15), date(2025, 3, 31), "work", keys["P004"]),
    ]
    forms = [form for _, form, _, _ in found]
    assert forms == [
        ExitForm(),
        ExitForm(Employment.PERMANENT, WorkingTime.FULL_TIME, False, "F"),
        ExitForm(),
        ExitForm(branch="C"),
    ]
    activities = [acts for _, _, acts, _ in found]
    # Every activity, whatever the period, oldest first; no place and no code leave.
    assert activities == [
        [replace(a, participant_code="", place=None) for a in (health, job)],
        [replace(late, participant_code="", place=None)],
        [],
        [],
    ]
    assert all(type(a.activity) is ActivityType for a in activities[0])
    assert [answers for _, _, _, answers in found] == [
        None,
        {"involved": 1, "useful": 4},
        None,
        None,
    ]
