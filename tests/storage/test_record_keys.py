"""Record keys for the cell key method: one secret key 0–255 per participant,
drawn from `secrets` when the participant is first stored, kept for life, and
never read out of the database except into the aggregate facts.

(The upgrade of a file made before record keys is in test_migrations.py.)
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import fields, is_dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from bipdesk.core.cards import CardLibrary
from bipdesk.core.exits import Employment, WorkingTime
from bipdesk.core.participants import PARTICIPANT_FIELDS, ExitReason, Participant, Sex
from bipdesk.io.importer import import_file
from bipdesk.io.subject_access import subject_access_data, write_subject_access_json
from bipdesk.storage import Database, open_database
from bipdesk.storage.backup import backup_now, restore_database
from bipdesk.storage.demo import fill_with_demo
from bipdesk.storage.models import ParticipantRow
from bipdesk.storage.participant_rows import participant_values
from bipdesk.storage.privacy import erase_participants, subject_record
from tests.storage.conftest import STANDARD, TODAY, measurement, participant, today
from tests.support import QUESTIONS

KEYS = range(256)


def stored_keys(path: Path) -> dict[str, int]:
    """code → record key, read with plain sqlite3 (for plain files only)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(connection.execute("SELECT code, record_key FROM participants"))
    finally:
        connection.close()


def keys_of(database: Database) -> dict[str, int]:
    with database.transaction(write=False) as repo:
        return repo.record_keys()


def set_key(database: Database, code: str, key: int) -> None:
    """Give `code` a known key (plain SQL: no program path can do this)."""
    with database.transaction() as repo:
        repo._connection.execute(
            sa.text("UPDATE participants SET record_key = :key WHERE code = :code"),
            {"key": key, "code": code},
        )


@pytest.fixture
def plain(tmp_path: Path, cards: CardLibrary) -> Iterator[Database]:
    """A plain (unencrypted) database, for the tests that add thousands of rows."""
    database = open_database(tmp_path / "plain.db", cards, today)
    yield database
    database.close()


# -- the key never enters the core types ------------------------------------------


def test_the_core_participant_has_no_record_key(db: Database) -> None:
    assert "record_key" not in {f.name for f in fields(Participant)}
    assert "record_key" not in PARTICIPANT_FIELDS
    assert "record_key" not in participant_values(participant("P001"))
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
    with db.transaction(write=False) as repo:
        (read,) = repo.participants()
        assert not hasattr(read, "record_key")
        assert repo.participant("P001") == read


# -- new participants ---------------------------------------------------------------


def test_a_new_participant_gets_a_key(db: Database) -> None:
    with db.transaction() as repo:
        added = repo.add_participant(participant("P001"))
        assert not hasattr(added, "record_key")
    keys = keys_of(db)
    assert list(keys) == ["P001"] and keys["P001"] in KEYS


def test_new_participants_get_keys_of_their_own(plain: Database) -> None:
    with plain.transaction() as repo:
        for number in range(300):
            repo.add_participant(participant(f"P{number:03d}"))
    keys = keys_of(plain)
    assert len(keys) == 300 and set(keys.values()) <= set(KEYS)
    # 300 draws of 256 values: about 178 distinct ones; fewer than 120 is
    # impossible in practice, and one shared or constant key would give 1.
    assert len(set(keys.values())) > 120


def test_every_bulk_insert_draws_a_key_per_row(plain: Database) -> None:
    """The column default is called once per row: Core executemany (as
    bench/bench_aggregate.py builds its file), single Core inserts and the ORM."""
    now = datetime(2026, 1, 1, tzinfo=UTC)
    rows = [
        {"code": f"B{number:05d}", "created_at": now, "updated_at": now} for number in range(6000)
    ]
    with plain.engine.begin() as connection:
        connection.execute(insert(ParticipantRow), rows)
        connection.execute(
            insert(ParticipantRow).values(code="ONE", created_at=now, updated_at=now)
        )
    with Session(plain.engine) as session, session.begin():
        session.add_all(
            ParticipantRow(code=f"ORM{number}", created_at=now, updated_at=now)
            for number in range(300)
        )
    with plain.engine.connect() as connection:
        rows_read = connection.execute(select(ParticipantRow.code, ParticipantRow.record_key))
        keys = {code: key for code, key in rows_read}
    bulk = [keys[f"B{number:05d}"] for number in range(6000)]
    # Every value of 0–255 among 6,000 draws (all there but with odds of 1 in 60 million).
    assert set(bulk) == set(KEYS)
    assert keys["ONE"] in KEYS
    assert len({keys[f"ORM{number}"] for number in range(300)}) > 120


# -- kept for life --------------------------------------------------------------------


def test_editing_every_field_and_the_code_keeps_the_key(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        repo.add_participant(participant("P002"))
        repo.add_measurement(measurement("P001"))
    before = keys_of(db)
    with db.transaction() as repo:
        stored = repo.participant("P001")
        assert stored is not None
        changed = replace(
            stored,
            code="Q-777",
            name="Berit Berg",
            sex=Sex.MEN,
            birth_year=1971,
            referrer="Socialtjänsten",
            municipality="Lund",
            unit="Delprojekt Norr",
            coordinator="Sam",
            start_date=date(2024, 2, 1),
            end_date=date(2025, 3, 31),
            exit_reason=ExitReason.STUDIES,
            employment=Employment.TEMPORARY,
            working_time=WorkingTime.PART_TIME,
            subsidised=True,
            exit_branch="Q",
        )
        assert all(getattr(changed, n) != getattr(stored, n) for n in PARTICIPANT_FIELDS)
        repo.update_participant(changed)
    after = keys_of(db)
    assert after == {"Q-777": before["P001"], "P002": before["P002"]}
    with db.transaction() as repo:
        # Saving the same values, and editing again (back to the old code).
        stored = repo.participant("Q-777")
        assert stored is not None
        repo.update_participant(stored)
        repo.update_participant(
            replace(
                stored,
                code="P001",
                end_date=None,
                exit_reason=None,
                employment=None,
                working_time=None,
                subsidised=None,
                exit_branch=None,
            )
        )
        assert [m.participant_code for m in repo.measurements("P001")] == ["P001"]
    assert keys_of(db) == before


HEADER = (
    "participant,sex,birth_year,referrer,municipality,unit,start_date,end_date,"
    "exit_reason,measurement_date," + ",".join(QUESTIONS)
)
ROWS = [
    "K001,kvinna,1991,Arbetsförmedlingen,Växjö,Delprojekt Syd,2025-01-10,,,2025-01-15,"
    + ",".join(["4"] * len(QUESTIONS)),
    "K001,,,,,,,,,2025-04-15," + ",".join(["6"] * len(QUESTIONS)),
    "K002,M,1984,Socialtjänsten,Ljungby,Delprojekt Syd,2025-02-01,2025-05-01,Arbete,"
    + "," * len(QUESTIONS),
    "K003,X,2001,,,,2025-03-01,,,2025-03-05," + ",".join(["5"] * len(QUESTIONS)),
]


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_reimporting_the_same_or_a_changed_file_keeps_the_keys(
    db: Database, tmp_path: Path
) -> None:
    first = import_file(db, write_csv(tmp_path / "a.csv", ROWS), today=TODAY)
    assert first.participants_new == 3
    keys = keys_of(db)
    assert sorted(keys) == ["K001", "K002", "K003"] and set(keys.values()) <= set(KEYS)

    again = import_file(db, write_csv(tmp_path / "a.csv", ROWS), today=TODAY)
    assert again.participants_unchanged == 3
    assert keys_of(db) == keys

    changed = [
        ROWS[0].replace("Växjö", "Alvesta").replace("1991", "1992"),
        ROWS[2].replace("Arbete", "Studier"),
        ROWS[3].replace("2025-03-05,5,", "2025-03-05,7,"),
        "K004,kvinna,1999,,,,2025-04-01,,,2025-04-02," + ",".join(["3"] * len(QUESTIONS)),
    ]
    summary = import_file(db, write_csv(tmp_path / "b.csv", changed), today=TODAY)
    assert (summary.participants_new, summary.participants_updated) == (1, 2)
    assert summary.measurements_updated == 1
    after = keys_of(db)
    assert {code: after[code] for code in keys} == keys
    assert after["K004"] in KEYS
    with db.transaction(write=False) as repo:
        assert repo.participant("K001").municipality == "Alvesta"  # type: ignore[union-attr]


def test_backup_and_restore_keep_the_keys(db: Database) -> None:
    with db.transaction() as repo:
        for code in ("P001", "P002", "P003"):
            repo.add_participant(participant(code))
        repo.add_measurement(measurement("P002"))
    at_backup = keys_of(db)
    backup = backup_now(db)
    with db.transaction() as repo:
        repo.delete_participant("P001")
        repo.add_participant(participant("P004"))
    erase_participants(db, ["P002"])
    result = db.restore(backup.path)
    assert keys_of(db) == at_backup
    # The file the restore replaced kept its own keys too.
    assert result.previous is not None
    with open_database(result.previous, db.cards, today, passphrase=db.passphrase) as previous:
        replaced = keys_of(previous)
    assert sorted(replaced) == ["P003", "P004"] and replaced["P003"] == at_backup["P003"]


def test_restore_of_a_closed_file_keeps_the_keys(plain: Database) -> None:
    fill_with_demo(plain, 30, seed=4, today=TODAY)
    at_backup = keys_of(plain)
    backup = backup_now(plain)
    path = plain.path
    plain.close()
    with open_database(path, plain.cards, today) as database:
        erase_participants(database, sorted(at_backup)[:10])
    restore_database(backup.path, path)
    assert stored_keys(path) == at_backup == stored_keys(backup.path)


def test_erasing_a_participant_erases_the_key(db: Database) -> None:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        repo.add_participant(participant("P002"))
        repo.add_measurement(measurement("P001"))
    before = keys_of(db)
    erasure = erase_participants(db, ["P001"])
    assert (erasure.participants, erasure.measurements) == (1, 1)
    assert keys_of(db) == {"P002": before["P002"]}
    with db.transaction(write=False) as repo:
        rows = repo._connection.exec_driver_sql("SELECT code, record_key FROM participants")
        assert rows.fetchall() == [("P002", before["P002"])]


# -- never out of the database -----------------------------------------------------

SECRET = 173
"""A key no other field of the extract can hold (answers 0–10, few rows)."""


def _walk(value: Any) -> Iterator[tuple[str | None, Any]]:
    """(field name, value) of everything in nested dicts, lists and dataclasses."""
    if is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            inner = getattr(value, field.name)
            yield field.name, inner
            yield from _walk(inner)
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield str(key), inner
            yield from _walk(key)
            yield from _walk(inner)
    elif isinstance(value, list | tuple | set | frozenset):
        for inner in value:
            yield None, inner
            yield from _walk(inner)


def _no_key_in(data: Any) -> None:
    for name, value in _walk(data):
        assert name is None or "record" not in name.lower(), name
        assert not (isinstance(value, int) and value == SECRET), (name, value)
        assert value != str(SECRET), name


def test_the_subject_access_extract_has_no_record_key(db: Database, tmp_path: Path) -> None:
    with db.transaction() as repo:
        repo.add_participant(
            participant("P-0042", end_date=date(2025, 4, 1), exit_reason=ExitReason.WORK)
        )
        repo.add_measurement(measurement("P-0042", notes={"health": "ont i ryggen"}))
    set_key(db, "P-0042", SECRET)
    assert keys_of(db) == {"P-0042": SECRET}
    with db.transaction(write=False) as repo:
        record = subject_record(repo, "P-0042")
    _no_key_in(record)  # the data the extract is built from
    moment = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    data = subject_access_data(record, "en", now=lambda: moment)
    _no_key_in(data)
    out = tmp_path / "extract.json"
    write_subject_access_json(out, record, "en")
    text = out.read_text(encoding="utf-8")
    assert "record" not in text.lower()
    _no_key_in(json.loads(text))


# -- the demo filler ------------------------------------------------------------------


def test_the_demo_gets_varied_keys(plain: Database) -> None:
    """A sanity check of the draws, with odds of a false alarm below 1 in 10 million.

    Over 2,000 participants each value is expected 7.8 times; more than 30 of
    one value, or fewer than 240 of the 256 values, would point at a broken
    draw. That every value shows up is checked over 6,000 (over 2,000, one of
    the 256 values is missing in one run out of ten).
    """
    fill_with_demo(plain, 6000, seed=9, today=TODAY)
    keys = keys_of(plain)
    assert len(keys) == 6000 and set(keys.values()) == set(KEYS)
    first = Counter(keys[code] for code in sorted(keys)[:2000])
    assert max(first.values()) <= 30
    assert len(first) >= 240
    # Chi-square over all 6,000 (255 degrees of freedom): 140–420 holds
    # but with odds of about 1 in a billion on either side.
    expected = len(keys) / 256
    counts = Counter(keys.values())
    chi_square = sum((counts[k] - expected) ** 2 / expected for k in KEYS)
    assert 140 < chi_square < 420


def test_two_demo_files_with_the_same_seed_get_different_keys(
    tmp_path: Path, cards: CardLibrary
) -> None:
    """The demo's seed makes its people, never their keys."""
    found = []
    for name in ("one.db", "two.db"):
        with open_database(tmp_path / name, cards, today) as database:
            fill_with_demo(database, 200, seed=1, today=TODAY)
            found.append(keys_of(database))
    one, two = found
    assert set(one) == set(two)
    assert sum(one[code] == two[code] for code in one) < 30  # about 0.8 expected


def test_the_facts_carry_each_participants_own_key(db: Database) -> None:
    with db.transaction() as repo:
        for number in range(5):
            repo.add_participant(participant(f"P{number}"))
            repo.add_measurement(measurement(f"P{number}"))
    for number in range(5):
        set_key(db, f"P{number}", 250 + number)
    with db.transaction(write=False) as repo:
        facts = [p for p, _ in repo.iter_aggregation_facts(STANDARD.id)]
    assert [p[5] for p in facts] == [250, 251, 252, 253, 254]
    assert all(len(p) == 6 for p in facts)


def test_a_key_outside_0_255_cannot_be_stored(db: Database) -> None:
    from bipdesk.storage import DatabaseError

    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
    for key in (-1, 256, 1000):
        with pytest.raises(DatabaseError, match=r"(?i)check constraint"):
            set_key(db, "P001", key)
    assert keys_of(db)["P001"] in KEYS


def test_an_encrypted_file_at_0002_gets_keys_too(
    tmp_path: Path, cards: CardLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bipdesk.storage import cipher, schema
    from bipdesk.storage.engine import create_database_engine
    from tests.storage.conftest import PASSPHRASE

    monkeypatch.setattr(cipher, "_source", lambda path: PASSPHRASE)
    path = tmp_path / "secret.db"
    engine = create_database_engine(path, key=lambda: PASSPHRASE)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0002")
        with connection.begin():
            for number in range(1, 101):
                connection.exec_driver_sql(
                    "INSERT INTO participants (code, created_at, updated_at) "
                    "VALUES (?, '2024-01-10 08:00:00.000000', '2024-01-10 08:00:00.000000')",
                    (f"E{number:03d}",),
                )
    engine.dispose()
    assert not path.read_bytes().startswith(b"SQLite format 3")  # encrypted indeed
    with open_database(path, cards, today, passphrase=PASSPHRASE) as database:
        assert database.schema_revision == schema.head_revision()
        keys = keys_of(database)
    assert sorted(keys) == [f"E{number:03d}" for number in range(1, 101)]
    assert set(keys.values()) <= set(KEYS) and len(set(keys.values())) > 50
