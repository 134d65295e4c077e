"""The edit history in the database: every change to a participant or a measurement is
recorded by the repository, in the change's own transaction, with who and from where;
a refused change records nothing; erasing a participant erases their history."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bipdesk.core.cards import CardKey
from bipdesk.core.history import SOURCE_APP, SOURCE_COMMAND_LINE, Editor, Subject, describe
from bipdesk.core.participants import ExitReason
from bipdesk.core.validation import ValidationError
from bipdesk.storage import Database, NotFoundError
from bipdesk.storage.history_repository import os_user
from bipdesk.storage.privacy import erase_participants
from tests.storage.conftest import measurement, participant


def lines(db: Database, code: str = "P001") -> list[str]:
    with db.transaction(write=False) as repo:
        return [describe(edit) for edit in repo.history(code)]


def test_adding_records_the_participant_once_and_each_measurement(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        repo.add_measurement(measurement(answers={"health": 5, "job_goal": None}))
    assert lines(db) == [
        "P001: participant added",
        "P001 2024-02-01: measurement added (health 5)",
    ]


def test_each_changed_field_of_a_measurement_is_recorded(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        saved = repo.add_measurement(
            measurement(answers={"health": 5, "job_goal": 2}, notes={"health": "ont"}, note="a")
        )
    with db.transaction() as repo:
        repo.update_measurement(
            replace(
                saved,
                date=date(2024, 2, 3),
                answers={"health": 6, "job_goal": None},
                question_notes={},
                note="b",
            )
        )
    # Newest first; the changes of one save in the order they were made.
    assert lines(db)[:5] == [
        "P001 2024-02-03: date 2024-02-01 → 2024-02-03",
        "P001 2024-02-03: health 5 → 6",
        "P001 2024-02-03: job_goal 2 → (not answered)",
        "P001 2024-02-03: note on health “ont” → (empty)",
        "P001 2024-02-03: note “a” → “b”",
    ]


def test_a_changed_card_and_a_removed_measurement_are_recorded(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        saved = repo.add_measurement(measurement(answers={"health": 3}))
    small = measurement(answers={"health": 3}, card=CardKey("small", 2))
    with db.transaction() as repo:
        moved = repo.update_measurement(replace(small, id=saved.id))
    with db.transaction() as repo:
        assert moved.id is not None
        repo.delete_measurement(moved.id)
    assert lines(db)[:2] == [
        "P001 2024-02-01: measurement removed (health 3)",
        "P001 2024-02-01: card bip-standard v1 → small v2",
    ]


def test_each_changed_field_of_a_participant_is_recorded(db: Database) -> None:
    with db.transaction() as repo:
        saved = repo.add_participant(participant())
    with db.transaction() as repo:
        repo.update_participant(
            replace(
                saved,
                code="P001-B",
                start_date=date(2024, 1, 10),
                end_date=date(2025, 3, 31),
                exit_reason=ExitReason.STUDIES,
            )
        )
    assert lines(db, "P001-B") == [
        "P001-B: code P001 → P001-B",
        "P001-B: start_date 2024-01-15 → 2024-01-10",
        "P001-B: end_date (empty) → 2025-03-31",
        "P001-B: exit_reason (empty) → studies",
        "P001-B: participant added",  # the history follows the new code
    ]
    assert lines(db, "P001") == []


def test_saving_the_same_values_records_nothing(db: Database) -> None:
    with db.transaction() as repo:
        saved = repo.add_participant(participant())
        kept = repo.add_measurement(measurement())
    with db.transaction() as repo:
        repo.update_participant(saved)
        repo.update_measurement(kept)
    assert len(lines(db)) == 2


def test_who_and_from_where(db: Database) -> None:
    # A team database's edits are by the login the server knows (DESIGN §11).
    login = os_user() if db.server is None else db.server.login
    assert db.editor == Editor(login, SOURCE_COMMAND_LINE)
    assert os_user()
    with db.transaction() as repo:
        repo.add_participant(participant())
    db.editor = Editor("Kim Koordinator", SOURCE_APP)
    with db.transaction() as repo:
        with repo.edits_from("import besök.csv"):
            saved = repo.add_measurement(measurement())
        repo.update_measurement(replace(saved, note="efter importen"))
    with db.transaction(write=False) as repo:
        edits = repo.history("P001")
    assert [(e.by, e.source, e.field) for e in edits] == [
        ("Kim Koordinator", "import besök.csv", "added"),
        ("Kim Koordinator", "app", "note"),
        (login, "command line", "added"),
    ]
    # One moment per transaction, in UTC: a save reads as one block.
    assert edits[0].when == edits[1].when > edits[2].when
    assert edits[0].when.tzinfo is UTC
    assert abs((datetime.now(UTC) - edits[0].when).total_seconds()) < 3600
    assert edits[0].subject is Subject.MEASUREMENT and edits[2].subject is Subject.PARTICIPANT


def test_a_refused_change_records_nothing(db: Database) -> None:
    with db.transaction() as repo:
        saved = repo.add_participant(participant())
        kept = repo.add_measurement(measurement(answers={"health": 5}))
    with pytest.raises(ValidationError), db.transaction() as repo:
        repo.update_measurement(replace(kept, answers={"health": 11}))
    with pytest.raises(ValidationError), db.transaction() as repo:
        repo.update_participant(replace(saved, birth_year=1700))
    with pytest.raises(NotFoundError), db.transaction() as repo:
        repo.delete_measurement(9999)
    # A transaction that fails after a recorded change rolls the history back with it.
    with pytest.raises(ValidationError), db.transaction() as repo:
        repo.update_measurement(replace(kept, answers={"health": 6}))
        repo.add_measurement(measurement(answers={"health": 12}, day=date(2024, 5, 1)))
    assert lines(db) == ["P001: participant added", "P001 2024-02-01: measurement added (health 5)"]


def test_erasing_a_participant_erases_their_history(db: Database, db_path: Path) -> None:
    with db.transaction() as repo:
        saved = repo.add_participant(participant())
        repo.add_participant(participant("P002"))
        repo.add_measurement(measurement())
        repo.update_participant(replace(saved, name="Berit Björk"))
    erase_participants(db, ["P001"])
    assert lines(db) == []
    assert lines(db, "P002") == ["P002: participant added"]
    if db.server is None and not db.encrypted:  # the file's own rows, read by plain sqlite3
        raw = sqlite3.connect(db_path)
        try:
            owners = raw.execute("SELECT DISTINCT participant_id FROM edits").fetchall()
            assert len(owners) == 1
            assert raw.execute(
                "SELECT count(*) FROM edits WHERE old_value LIKE 'Anna%'"
            ).fetchone() == (0,)
        finally:
            raw.close()


def test_deleting_a_participant_takes_the_history_along(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant())
        repo.add_measurement(measurement())
    with db.transaction() as repo:
        repo.delete_participant("P001")
        repo.add_participant(participant())
    assert lines(db) == ["P001: participant added"]


def test_history_of_an_unknown_code_is_empty(db: Database) -> None:
    assert lines(db, "NOBODY") == []


def test_erasure_leaves_no_byte_of_the_history_in_the_file(database: Database) -> None:
    # A plain file: an encrypted one hides its bytes by design.
    db, db_path = database, database.path
    old_name, old_note, editor = "Qvintus Zyxelberg", "gammal anteckning om skulder", "Wrålvaktare"
    with db.transaction() as repo:
        repo.add_participant(participant("P002"))
    db.editor = Editor(editor, "import Ångermanland-qx.csv")
    with db.transaction() as repo:
        saved = repo.add_participant(participant(name=old_name))
        kept = repo.add_measurement(measurement(note=old_note))
    with db.transaction() as repo:
        repo.update_participant(replace(saved, name="Ny"))
        repo.update_measurement(replace(kept, note="ny"))
    result = erase_participants(db, ["P001"])
    assert result.log_cleared
    data = db_path.read_bytes() + b"".join(
        Path(f"{db_path}{suffix}").read_bytes()
        for suffix in ("-wal", "-journal")
        if Path(f"{db_path}{suffix}").exists()
    )
    for secret in (old_name, old_note, editor, "Ångermanland-qx.csv"):
        assert secret.encode() not in data, secret
    assert lines(db, "P002") == ["P002: participant added"]  # P002's history stays
