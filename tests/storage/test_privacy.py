"""GDPR duties in storage: erasure leaves no bytes behind; the subject-access record is whole."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bipdesk.core.activities import Activity, ActivityType
from bipdesk.core.cards import Area, CardLibrary
from bipdesk.core.surveys import SurveyResponse
from bipdesk.storage import Database, NotFoundError, open_database
from bipdesk.storage.drafts import Draft
from bipdesk.storage.engine import PRAGMAS
from bipdesk.storage.privacy import erase_participants, subject_record
from bipdesk.storage.settings_repository import participant_setting_key
from tests.storage.conftest import STANDARD, measurement, participant, today

SECRET_CODE = "QZX-ERASE-77"
SECRET_NAME = "Ximena Qwyllström"
SECRET_NOTE = "samtal om skuldsanering hos Kronofogden"
SECRET_QUESTION_NOTE = "ryggskada sedan olyckan"
SECRET_DRAFT_NOTE = "halvfärdig anteckning om boendet"
SECRET_PLACE = "Ztrand Arbetsträning, Qvarngatan 9"


def _fill(db: Database, extra_people: int = 30) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant(SECRET_CODE, name=SECRET_NAME, birth_year=1961))
        for number in range(3):
            repo.add_measurement(
                measurement(
                    SECRET_CODE,
                    date(2024, 2 + number * 3, 1),
                    notes={"health": SECRET_QUESTION_NOTE},
                    note=SECRET_NOTE,
                )
            )
        repo.save_draft(
            Draft(SECRET_CODE, STANDARD, date(2025, 5, 1), {"health": 4}, {}, SECRET_DRAFT_NOTE)
        )
        repo.set_setting(participant_setting_key(SECRET_CODE, "chart"), ["first", "latest"])
        repo.add_activity(
            Activity(
                SECRET_CODE,
                ActivityType.WORK_TRAINING,
                Area.JOB,
                date(2024, 4, 1),
                date(2024, 9, 30),
                hours=310.5,
                place=SECRET_PLACE,
                branch="G",
            )
        )
        repo.add_activity(
            Activity(SECRET_CODE, ActivityType.COUNSELLING, Area.HEALTH, date(2024, 2, 1), hours=9)
        )
        repo.save_survey_response(
            SECRET_CODE, SurveyResponse("nns-exit", 1, {"useful": 4, "involved": 2})
        )
        for number in range(extra_people):
            code = f"K{number:03d}"
            repo.add_participant(participant(code, name=f"Kvarvarande {number}"))
            repo.add_measurement(measurement(code, note="kvar"))
            repo.add_activity(
                Activity(code, ActivityType.INTERNSHIP, Area.JOB, date(2024, 3, 1), hours=40)
            )
            repo.save_survey_response(code, SurveyResponse("nns-exit", 1, {"useful": 3}))


def _file_bytes(path: Path) -> bytes:
    parts = [path.read_bytes()]
    for suffix in ("-wal", "-journal"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            parts.append(side.read_bytes())
    return b"".join(parts)


SECRETS = (
    SECRET_CODE,
    SECRET_NAME,
    SECRET_NOTE,
    SECRET_QUESTION_NOTE,
    SECRET_DRAFT_NOTE,
    SECRET_PLACE,
)


def test_every_connection_overwrites_deleted_content() -> None:
    assert "PRAGMA secure_delete=ON" in PRAGMAS


def test_erasure_removes_every_row_and_every_byte(db: Database, db_path: Path) -> None:
    _fill(db)
    db.close()  # everything on disk, the log folded in: the secrets are in the file
    before = db_path.read_bytes()
    assert all(secret.encode() in before for secret in SECRETS)

    database = open_database(db_path, db.cards, today)
    try:
        result = erase_participants(database, [SECRET_CODE])
        assert (result.participants, result.measurements, result.log_cleared) == (1, 3, True)
        # While the app is still open, neither the file nor its log holds the bytes.
        data = _file_bytes(db_path)
        with database.transaction(write=False) as repo:
            assert repo.participant(SECRET_CODE) is None
            assert repo.measurements(SECRET_CODE) == []
            assert repo.draft(SECRET_CODE) is None
            assert repo.participant_settings(SECRET_CODE) == {}
            assert repo.activities(SECRET_CODE) == []
            assert repo.survey_response(SECRET_CODE) is None
            assert len(repo.participant_codes()) == 30
            assert all(repo.measurements(f"K{n:03d}") for n in range(30))
            assert set(repo.all_activities()) == {f"K{n:03d}" for n in range(30)}
            assert all(repo.survey_response(f"K{n:03d}") for n in range(30))
        with database.engine.connect() as connection:
            count = "SELECT count(*) FROM {}"
            assert connection.exec_driver_sql(count.format("activities")).scalar() == 30
            assert connection.exec_driver_sql(count.format("survey_answers")).scalar() == 30
    finally:
        database.close()
    for secret in SECRETS:
        assert secret.encode() not in data, secret
        assert secret.encode() not in db_path.read_bytes(), secret


def test_a_plain_delete_without_secure_delete_would_leave_the_bytes(
    db_path: Path, cards: CardLibrary
) -> None:
    """The byte test above can fail: SQLite keeps deleted text unless told otherwise."""
    import sqlite3

    database = open_database(db_path, cards, today)
    _fill(database, extra_people=3)
    database.close()
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA secure_delete=OFF")
    raw.execute("PRAGMA foreign_keys=ON")
    raw.execute("DELETE FROM participants WHERE code = ?", (SECRET_CODE,))
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    assert SECRET_NOTE.encode() in _file_bytes(db_path)


def test_erasing_an_unknown_code_erases_nobody(db: Database) -> None:
    _fill(db, extra_people=2)
    with pytest.raises(NotFoundError, match="NOBODY"):
        erase_participants(db, ["K000", "NOBODY"])
    with db.transaction(write=False) as repo:
        assert {"K000", SECRET_CODE} <= repo.participant_codes()
        assert repo.measurements("K000")


def test_erasing_several_participants_in_one_transaction(db: Database) -> None:
    _fill(db, extra_people=4)
    result = erase_participants(db, ["K001", "K002", "K001"])
    assert (result.participants, result.measurements) == (2, 2)
    with db.transaction(write=False) as repo:
        assert repo.participant_codes() == {SECRET_CODE, "K000", "K003"}


def test_other_participants_settings_stay(db: Database) -> None:
    _fill(db, extra_people=1)
    with db.transaction() as repo:
        repo.set_setting(participant_setting_key("K000", "chart"), "all")
        repo.set_setting(participant_setting_key(SECRET_CODE + "X", "chart"), "all")
        repo.set_setting("unit_name", "Delprojekt Syd")
    erase_participants(db, [SECRET_CODE])
    with db.transaction(write=False) as repo:
        assert repo.participant_settings("K000") == {"chart": "all"}
        assert repo.get_setting(participant_setting_key(SECRET_CODE + "X", "chart")) == "all"
        assert repo.get_setting("unit_name") == "Delprojekt Syd"


def test_subject_record_holds_everything_stored(db: Database) -> None:
    _fill(db, extra_people=1)
    with db.transaction(write=False) as repo:
        record = subject_record(repo, SECRET_CODE)
    assert record.participant.name == SECRET_NAME
    assert record.created_at.tzinfo is not None and record.updated_at >= record.created_at
    assert [m.date for m in record.measurements] == [
        date(2024, 2, 1),
        date(2024, 5, 1),
        date(2024, 8, 1),
    ]
    assert all(m.note == SECRET_NOTE for m in record.measurements)
    assert record.measurements[0].question_notes == {"health": SECRET_QUESTION_NOTE}
    assert record.draft is not None and record.draft.note == SECRET_DRAFT_NOTE
    assert record.settings == {"chart": ["first", "latest"]}
    assert set(record.cards) == {("bip-standard", 1)}
    assert [(a.activity, a.place) for a in record.activities] == [
        (ActivityType.COUNSELLING, None),
        (ActivityType.WORK_TRAINING, SECRET_PLACE),
    ]
    assert record.survey_response == SurveyResponse("nns-exit", 1, {"useful": 4, "involved": 2})


def test_subject_record_of_an_unknown_code(db: Database) -> None:
    with db.transaction(write=False) as repo, pytest.raises(NotFoundError):
        subject_record(repo, "NOBODY")


def test_retention_review_reads_the_setting(db: Database) -> None:
    from bipdesk.core.participants import ExitReason
    from bipdesk.storage.privacy import RETENTION_SETTING, retention_review

    with db.transaction() as repo:
        repo.add_participant(
            participant(
                "OLD",
                start_date=date(2021, 1, 4),
                end_date=date(2022, 5, 1),
                exit_reason=ExitReason.WORK,
            )
        )
        repo.add_participant(
            participant("RECENT", end_date=date(2024, 3, 10), exit_reason=ExitReason.WORK)
        )
        repo.add_participant(participant("ACTIVE"))
    on = date(2025, 6, 1)
    with db.transaction(write=False) as repo:
        years, due = retention_review(repo, on)
    assert years == 2 and [d.participant.code for d in due] == ["OLD"]
    with db.transaction() as repo:
        repo.set_setting(RETENTION_SETTING, 1)
        years, due = retention_review(repo, on)
    assert years == 1 and [d.participant.code for d in due] == ["OLD", "RECENT"]


def test_settings_follow_a_new_code_and_go_with_a_deleted_participant(db: Database) -> None:
    """Settings are keyed by code: a rename must not strand them where erasure cannot reach."""
    _fill(db, extra_people=2)
    with db.transaction() as repo:
        repo.set_setting(participant_setting_key("K000", "card_language"), "ar")
        (renamed,) = [p for p in repo.participants() if p.code == SECRET_CODE]
        repo.update_participant(replace(renamed, code="QZX-NEW-78"))
    with db.transaction(write=False) as repo:
        assert repo.participant_settings(SECRET_CODE) == {}
        assert repo.participant_settings("QZX-NEW-78") == {"chart": ["first", "latest"]}
    erase_participants(db, ["QZX-NEW-78"])
    with db.transaction() as repo:
        assert repo.participant_settings("QZX-NEW-78") == {}
        repo.delete_participant("K000")
        assert repo.participant_settings("K000") == {}
