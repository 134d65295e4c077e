"""Participants, measurements and settings through the Repository."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.validation import ValidationError
from bipdesk.storage import Database, NotFoundError
from tests.storage.conftest import STANDARD, ended, measurement, participant


def codes(error: ValidationError) -> set[str]:
    return {p.code for p in error.problems}


# -- participants -------------------------------------------------------------


def test_participant_round_trip(db: Database) -> None:
    with db.transaction() as repo:
        saved = repo.add_participant(participant())
        other = repo.add_participant(ended())
        bare = repo.add_participant(Participant("P000"))
    assert saved.id is not None and other.id is not None and bare.id is not None
    with db.transaction() as repo:
        assert repo.participant("P001") == saved
        assert repo.participant("P002") == other
        assert repo.participant("P000") == Participant("P000", id=bare.id)
        assert repo.participant("nobody") is None
        assert [p.code for p in repo.participants()] == ["P000", "P001", "P002"]
        assert repo.participant_codes() == {"P000", "P001", "P002"}


def test_participant_fields_come_back_typed(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(ended())
    with db.transaction() as repo:
        back = repo.participant("P002")
    assert back is not None
    assert type(back.sex) is Sex and back.sex is Sex.MEN
    assert type(back.exit_reason) is ExitReason and back.exit_reason is ExitReason.WORK
    assert back.end_date == date(2025, 3, 31)


def test_code_is_stored_without_surrounding_spaces(db: Database) -> None:
    with db.transaction() as repo:
        saved = repo.add_participant(participant("  P001 "))
    assert saved.code == "P001"
    with db.transaction() as repo, pytest.raises(ValidationError) as caught:
        repo.add_participant(participant("P001 "))
    assert codes(caught.value) == {"code_taken"}


def test_unique_code_is_refused_and_nothing_is_written(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001", name="First"))
    with pytest.raises(ValidationError) as caught, db.transaction() as repo:
        repo.add_participant(participant("P002"))
        repo.add_participant(participant("P001", name="Second"))
    assert codes(caught.value) == {"code_taken"}
    with db.transaction() as repo:
        # the whole user action was rolled back, P002 included
        assert repo.participant_codes() == {"P001"}
        first = repo.participant("P001")
        assert first is not None and first.name == "First"


def test_update_participant_may_change_the_code(db: Database) -> None:
    with db.transaction() as repo:
        saved = repo.add_participant(participant())
        repo.add_measurement(measurement())
    with db.transaction() as repo:
        renamed = repo.update_participant(replace(saved, code="P100", unit="Norr"))
    assert renamed.id == saved.id
    with db.transaction() as repo:
        assert repo.participant("P001") is None
        assert repo.participant("P100") == renamed
        assert [m.participant_code for m in repo.measurements("P100")] == ["P100"]


def test_update_participant_refuses_a_code_in_use_and_accepts_its_own(db: Database) -> None:
    with db.transaction() as repo:
        first = repo.add_participant(participant("P001"))
        repo.add_participant(participant("P002"))
    with db.transaction() as repo:
        repo.update_participant(replace(first, name="Same code"))  # its own code is fine
    with pytest.raises(ValidationError) as caught, db.transaction() as repo:
        repo.update_participant(replace(first, code="P002"))
    assert codes(caught.value) == {"code_taken"}


def test_update_without_changes_keeps_updated_at(db: Database) -> None:
    with db.transaction() as repo:
        saved = repo.add_participant(participant())
    stamp = "SELECT updated_at FROM participants WHERE code = 'P001'"
    with db.engine.connect() as connection:
        before = connection.exec_driver_sql(stamp).scalar()
    with db.transaction() as repo:
        repo.update_participant(saved)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql(stamp).scalar() == before


def test_update_or_delete_of_a_missing_participant(db: Database) -> None:
    with db.transaction() as repo:
        saved = repo.add_participant(participant())
        repo.delete_participant("P001")
        with pytest.raises(NotFoundError):
            repo.update_participant(saved)
        with pytest.raises(NotFoundError):
            repo.delete_participant("P001")
        with pytest.raises(ValueError, match="id is None"):
            repo.update_participant(participant())


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"birth_year": 2020}, {"birth_year_range"}),
        ({"end_date": date(2025, 1, 1)}, {"exit_reason_missing"}),
        ({"exit_reason": ExitReason.WORK}, {"end_date_missing"}),
        ({"end_date": date(2023, 1, 1), "exit_reason": ExitReason.WORK}, {"end_before_start"}),
        ({"sex": "kvinna"}, {"sex_unknown"}),
        ({"exit_reason": "Arbete", "end_date": date(2025, 1, 1)}, {"exit_reason_unknown"}),
    ],
)
def test_invalid_participant_changes_nothing(
    db: Database, fields: dict[str, object], expected: set[str]
) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as repo:
        repo.add_participant(participant("P001", **fields))
    assert codes(caught.value) == expected
    with db.transaction() as repo:
        assert repo.participants() == []


def test_empty_code_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as repo:
        repo.add_participant(Participant("   "))
    assert codes(caught.value) == {"code_empty"}


def test_delete_participant_cascades(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        repo.add_participant(participant("P002"))
        repo.add_measurement(measurement("P001", date(2024, 2, 1)))
        repo.add_measurement(measurement("P001", date(2024, 5, 1)))
        repo.add_measurement(measurement("P002", date(2024, 2, 1)))
    with db.transaction() as repo:
        repo.delete_participant("P001")
    with db.engine.connect() as connection:
        count = connection.exec_driver_sql
        assert count("SELECT count(*) FROM measurements").scalar() == 1
        assert count("SELECT count(*) FROM answers").scalar() == 10
    with db.transaction() as repo:
        assert repo.measurements("P001") == []
        assert len(repo.measurements("P002")) == 1


# -- measurements -------------------------------------------------------------


def test_measurement_round_trip_with_none_answers_and_notes(db: Database) -> None:
    nul = "\x00" if db.server is None else ""  # PostgreSQL text cannot hold NUL (refused)
    original = measurement(
        notes={"health": f'sover "dåligt"\n\tvill{nul} ha 😀', "manage_a_job": "vill inte svara"},
        note="Tolk: arabiska",
    )
    with db.transaction() as repo:
        repo.add_participant(participant())
        saved = repo.add_measurement(original)
    assert saved.id is not None
    assert saved.created_at is not None and saved.created_at.tzinfo is UTC
    assert saved.updated_at == saved.created_at
    with db.transaction() as repo:
        back = repo.measurement(saved.id)
    assert back == saved
    assert back.answers == original.answers  # None answers included
    assert back.answer("manage_a_job") is None
    assert back.question_notes == original.question_notes
    assert back.note == "Tolk: arabiska"
    assert back.card == STANDARD


def test_measurement_with_nothing_answered(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        saved = repo.add_measurement(measurement(answers={}, note=None))
    with db.transaction() as repo:
        back = repo.measurement_on("P001", "bip-standard", date(2024, 2, 1))
    assert back == saved
    assert back is not None and back.answers == {} and back.note is None


def test_a_note_without_an_answer_reads_back_as_unanswered(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        saved = repo.add_measurement(measurement(answers={"health": 4}, notes={"job_goal": "?"}))
    assert saved.answers == {"health": 4, "job_goal": None}
    assert saved.question_notes == {"job_goal": "?"}
    with db.transaction() as repo:
        assert repo.measurement(saved.id or 0) == saved


def test_empty_notes_are_not_stored(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        saved = repo.add_measurement(measurement(notes={"health": ""}, note=""))
    assert saved.note is None and saved.question_notes == {}
    with db.transaction() as repo:
        assert repo.measurement(saved.id or 0) == saved


answers_strategy = st.dictionaries(
    st.sampled_from(["health", "mood"]), st.none() | st.integers(0, 4), max_size=2
)
notes_strategy = st.dictionaries(
    st.sampled_from(["health", "mood"]), st.text(max_size=20), max_size=2
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(answers=answers_strategy, notes=notes_strategy, note=st.none() | st.text(max_size=30))
def test_any_measurement_reads_back_as_add_returned_it(
    db: Database,
    answers: dict[str, int | None],
    notes: dict[str, str],
    note: str | None,
) -> None:
    # PostgreSQL text cannot hold NUL: such a save is refused there (SaveFailedError).
    assume(db.server is None or "\x00" not in f"{note}{''.join(notes.values())}")
    code = f"H{next(_counter)}"
    small = CardKey("small", 2)
    original = Measurement(code, small, date(2024, 3, 1), answers, notes, note)
    with db.transaction() as repo:
        repo.add_participant(Participant(code))
        saved = repo.add_measurement(original)
    with db.transaction() as repo:
        back = repo.measurements(code)
    assert back == [saved]
    assert saved.same_content(original)
    assert {q: a for q, a in saved.answers.items() if q in answers} == answers


_counter = itertools.count()


def test_measurements_are_chronological(db: Database) -> None:
    days = [date(2024, 9, 1), date(2024, 2, 1), date(2024, 5, 1)]
    with db.transaction() as repo:
        repo.add_participant(participant())
        for day in days:
            repo.add_measurement(measurement(day=day))
        # a second card on a day already taken by the standard card is allowed
        repo.add_measurement(
            measurement(day=date(2024, 2, 1), answers={"health": 1}, card=CardKey("small", 2))
        )
    with db.transaction() as repo:
        found = repo.measurements("P001")
    assert [m.date for m in found] == [date(2024, 2, 1), date(2024, 2, 1), *sorted(days)[1:]]
    # same day: the order they were saved in
    assert [m.card.id for m in found[:2]] == ["bip-standard", "small"]


def test_one_card_per_participant_per_day(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        repo.add_measurement(measurement())
    with pytest.raises(ValidationError) as caught, db.transaction() as repo:
        repo.add_measurement(measurement(answers={"health": 2}))
    assert codes(caught.value) == {"measurement_taken"}


@pytest.mark.parametrize(
    ("changed", "expected"),
    [
        ({"participant_code": "nobody"}, {"unknown_participant"}),
        ({"card": CardKey("bip-standard", 99)}, {"unknown_card"}),
        ({"card": CardKey("no-such-card", 1)}, {"unknown_card"}),
        ({"date": date(2025, 6, 2)}, {"date_in_future"}),
        ({"answers": {"health": 11}}, {"answer_out_of_scale"}),
        ({"answers": {"health": 0}}, {"answer_out_of_scale"}),
        ({"answers": {"no_such_question": 3}}, {"unknown_question"}),
        ({"question_notes": {"no_such_question": "x"}}, {"unknown_question"}),
    ],
)
def test_invalid_measurement_changes_nothing(
    db: Database, changed: dict[str, object], expected: set[str]
) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
    with pytest.raises(ValidationError) as caught, db.transaction() as repo:
        repo.add_measurement(replace(measurement(), **changed))  # type: ignore[arg-type]
    assert codes(caught.value) == expected
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM measurements").scalar() == 0
        assert connection.exec_driver_sql("SELECT count(*) FROM answers").scalar() == 0


def test_update_measurement_replaces_answers(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        repo.add_participant(participant("P002"))
        saved = repo.add_measurement(measurement(notes={"health": "old"}))
    changed = replace(
        saved,
        participant_code="P002",
        date=date(2024, 3, 1),
        answers={"health": 9, "job_goal": None},
        question_notes={"job_goal": "ny"},
        note=None,
    )
    with db.transaction() as repo:
        updated = repo.update_measurement(changed)
    assert updated.id == saved.id
    assert updated.created_at == saved.created_at
    assert updated.updated_at is not None and saved.updated_at is not None
    assert updated.updated_at >= saved.updated_at
    with db.transaction() as repo:
        assert repo.measurements("P001") == []
        assert repo.measurements("P002") == [updated]
    assert updated.answers == {"health": 9, "job_goal": None}
    assert updated.question_notes == {"job_goal": "ny"}


def test_update_measurement_with_same_content_writes_nothing(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        saved = repo.add_measurement(measurement())
    with db.transaction() as repo:
        again = repo.update_measurement(replace(saved, updated_at=datetime.now(UTC)))
    assert again == saved


def test_update_measurement_checks_the_day(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        repo.add_measurement(measurement(day=date(2024, 2, 1)))
        second = repo.add_measurement(measurement(day=date(2024, 5, 1)))
    with pytest.raises(ValidationError) as caught, db.transaction() as repo:
        repo.update_measurement(replace(second, date=date(2024, 2, 1)))
    assert codes(caught.value) == {"measurement_taken"}
    with db.transaction() as repo:
        repo.update_measurement(replace(second, answers={"health": 1}))  # own day is fine


def test_delete_measurement(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        saved = repo.add_measurement(measurement())
        assert saved.id is not None
        repo.delete_measurement(saved.id)
        assert repo.measurement(saved.id) is None
        with pytest.raises(NotFoundError):
            repo.delete_measurement(saved.id)
        with pytest.raises(NotFoundError):
            repo.update_measurement(saved)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM answers").scalar() == 0


def test_latest_dates_and_counts(db: Database) -> None:
    with db.transaction() as repo:
        for code in ("P001", "P002", "P003"):
            repo.add_participant(participant(code))
        repo.add_measurement(measurement("P001", date(2024, 2, 1)))
        repo.add_measurement(measurement("P001", date(2024, 8, 1)))
        repo.add_measurement(measurement("P002", date(2024, 3, 1)))
    with db.transaction(write=False) as repo:
        assert repo.latest_measurement_dates() == {
            "P001": date(2024, 8, 1),
            "P002": date(2024, 3, 1),
        }
        assert repo.measurement_counts() == {"P001": 2, "P002": 1, "P003": 0}


# -- transactions -------------------------------------------------------------


def test_an_exception_rolls_the_whole_action_back(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
    with pytest.raises(RuntimeError, match="crash"), db.transaction() as repo:
        repo.add_participant(participant("P002"))
        repo.add_measurement(measurement("P001"))
        repo.set_setting("unit", "Syd")
        repo.delete_participant("P001")
        raise RuntimeError("crash")
    with db.transaction() as repo:
        assert repo.participant_codes() == {"P001"}
        assert repo.measurements("P001") == []
        assert repo.get_setting("unit") is None


def test_a_reading_transaction_still_commits(db: Database) -> None:
    with db.transaction(write=False) as repo:
        repo.set_setting("unit", "Syd")
    with db.transaction() as repo:
        assert repo.get_setting("unit") == "Syd"


def test_closed_database_refuses_work(db: Database) -> None:
    db.close()
    db.close()  # closing twice is harmless
    with pytest.raises(Exception, match="has been closed"), db.transaction():
        pass


# -- settings -----------------------------------------------------------------


def test_settings_are_json(db: Database) -> None:
    with db.transaction() as repo:
        assert repo.get_setting("interval_months", 3) == 3
        repo.set_setting("interval_months", 6)
        repo.set_setting("unit", "Delprojekt Öst")
        repo.set_setting("age_bands", ["-19", "20-29"])
        repo.set_setting("bands", {"k": 5, "shares": True, "none": None})
    with db.transaction() as repo:
        assert repo.get_setting("interval_months", 3) == 6
        assert repo.get_setting("unit") == "Delprojekt Öst"
        assert repo.get_setting("age_bands") == ["-19", "20-29"]
        assert repo.get_setting("bands") == {"k": 5, "shares": True, "none": None}
        repo.set_setting("interval_months", 4)
        repo.delete_setting("unit")
        repo.delete_setting("never-set")
    with db.transaction() as repo:
        assert repo.get_setting("interval_months") == 4
        assert repo.get_setting("unit", "default") == "default"


def test_a_setting_must_be_json(db: Database) -> None:
    with db.transaction() as repo:
        with pytest.raises(TypeError):
            repo.set_setting("when", date(2024, 1, 1))  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            repo.set_setting("nan", float("nan"))


# -- efficiency ---------------------------------------------------------------


def test_all_measurements_uses_a_bounded_number_of_queries(db: Database) -> None:
    participants = 1200
    with db.transaction() as repo:
        for n in range(participants):
            repo.add_participant(Participant(f"P{n:05d}"))
            for month in (1, 4, 7):
                repo.add_measurement(measurement(f"P{n:05d}", date(2024, month, 1)))
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.transaction(write=False) as repo:
            everything = repo.all_measurements()
            latest = repo.latest_measurement_dates()
            counts = repo.measurement_counts()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    queries = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(queries) == 3, queries  # one each, however many rows
    assert len(everything) == participants
    assert sum(len(v) for v in everything.values()) == participants * 3
    assert all(len(m.answers) == 10 for v in everything.values() for m in v)
    assert list(everything) == sorted(everything)
    assert all([m.date.month for m in v] == [1, 4, 7] for v in everything.values())
    assert set(latest.values()) == {date(2024, 7, 1)}
    assert set(counts.values()) == {3}
