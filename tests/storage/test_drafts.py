"""Drafts: one unfinished measurement per participant, kept across a restart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from bipdesk.core.cards import CardKey, CardLibrary
from bipdesk.storage import Database, NotFoundError, open_database, schema
from bipdesk.storage.drafts import Draft
from bipdesk.storage.engine import create_database_engine
from tests.storage.conftest import STANDARD, measurement, participant, today
from tests.storage.test_migrations import check_version_0001_data, fill_like_version_0001


def draft(code: str = "P001", **fields: object) -> Draft:
    values: dict[str, object] = {
        "card": STANDARD,
        "date": date(2025, 5, 30),
        "answers": {"job_search_knowhow": 4, "skills_at_work": None},
        "question_notes": {"skills_at_work": "vill inte svara idag"},
        "note": "tolk närvarande",
        "position": 2,
    }
    values.update(fields)
    return Draft(code, **values)  # type: ignore[arg-type]


def same(a: Draft, b: Draft) -> bool:
    """Equal apart from the time stamp the repository sets."""
    return (a.participant_code, a.card, a.date, a.answers, a.question_notes, a.note) == (
        b.participant_code,
        b.card,
        b.date,
        b.answers,
        b.question_notes,
        b.note,
    ) and (a.position, a.measurement_id) == (b.position, b.measurement_id)


def test_a_saved_draft_reads_back(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        assert repo.draft("P001") is None
        repo.save_draft(draft())
    with db.transaction(write=False) as repo:
        stored = repo.draft("P001")
    assert stored is not None and same(stored, draft())
    assert isinstance(stored.card, CardKey)
    assert stored.updated_at is not None and stored.updated_at.tzinfo is not None


def test_saving_again_replaces_the_one_draft(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        repo.add_participant(participant("P002"))
        repo.save_draft(draft())
        repo.save_draft(draft("P002", answers={}, question_notes={}, note=None, position=0))
        newer = draft(answers={"job_search_knowhow": 9}, question_notes={}, note="", position=7)
        repo.save_draft(newer)
        drafts = repo.drafts()
    assert [d.participant_code for d in drafts] == ["P001", "P002"]
    assert same(
        drafts[0],
        draft(answers={"job_search_knowhow": 9}, question_notes={}, note=None, position=7),
    )
    assert drafts[1].answers == {} and drafts[1].note is None


def test_deleting_a_draft(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        repo.save_draft(draft())
        repo.delete_draft("P001")
        assert repo.draft("P001") is None
        repo.delete_draft("P001")  # nothing to delete is fine
        repo.delete_draft("NOBODY")
        assert repo.drafts() == []


def test_a_draft_needs_a_participant_and_plain_answers(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
    with pytest.raises(NotFoundError), db.transaction() as repo:
        repo.save_draft(draft("NOBODY"))
    with pytest.raises(NotFoundError), db.transaction() as repo:
        repo.save_draft(draft(measurement_id=999))
    with pytest.raises(ValueError), db.transaction() as repo:
        repo.save_draft(draft(answers={"health": "5"}))
    with pytest.raises(ValueError), db.transaction() as repo:
        repo.save_draft(draft(answers={"health": True}))
    with db.transaction(write=False) as repo:
        assert repo.drafts() == []


def test_a_draft_survives_closing_the_database(db_path: Path, cards: CardLibrary) -> None:
    with open_database(db_path, cards, today) as db, db.transaction() as repo:
        repo.add_participant(participant("P001"))
        repo.save_draft(draft())
    with open_database(db_path, cards, today) as db, db.transaction(write=False) as repo:
        stored = repo.draft("P001")
    assert stored is not None and same(stored, draft())


def test_a_draft_of_an_edit_keeps_the_measurement_and_goes_with_it(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        saved = repo.add_measurement(measurement("P001"))
        repo.save_draft(draft(measurement_id=saved.id))
        stored = repo.draft("P001")
        assert stored is not None and stored.measurement_id == saved.id
        assert saved.id is not None
        repo.delete_measurement(saved.id)
        assert repo.draft("P001") is None


def test_deleting_a_participant_deletes_the_draft(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        repo.save_draft(draft())
        repo.delete_participant("P001")
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM drafts").scalar() == 0


def test_a_file_of_the_baseline_schema_gets_the_drafts_table(
    tmp_path: Path, cards: CardLibrary
) -> None:
    """A database made by the version before drafts: upgraded, data intact, drafts work."""
    path = tmp_path / "baseline.db"
    engine = create_database_engine(path)
    with engine.connect() as connection, connection.begin():
        command.upgrade(schema.alembic_config(connection), "0001")
    with engine.connect() as connection:
        assert schema.current_revision(connection) == "0001"
        assert "drafts" not in inspect(connection).get_table_names()
    engine.dispose()
    fill_like_version_0001(path)

    check_version_0001_data(path, cards)  # opens (upgrading) and checks every row
    with open_database(path, cards, today) as db:
        assert db.schema_revision == schema.head_revision() != "0001"
        with db.engine.connect() as connection:
            assert "drafts" in inspect(connection).get_table_names()
        with db.transaction() as repo:
            repo.save_draft(draft("OLD1", measurement_id=3))
        with db.transaction(write=False) as repo:
            stored = repo.draft("OLD1")
            assert stored is not None and stored.measurement_id == 3
