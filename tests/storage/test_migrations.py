"""Schema versions: migrations agree with the models, and older files upgrade safely.

Every new migration must come with a test here that builds a database as the
previous version made it, fills it, upgrades it and finds the data intact.
`future_migration` shows the pattern with a throw-away revision.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from bipdesk.core.cards import CardLibrary
from bipdesk.core.participants import ExitReason, Sex
from bipdesk.storage import DatabaseError, open_database, schema
from bipdesk.storage.engine import create_database_engine
from bipdesk.storage.models import Base
from tests.storage.conftest import measurement, participant, today

MIGRATIONS = Path(schema.__file__).parent / "migrations"


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[Engine]:
    """An engine on a file built only by running the migrations from nothing."""
    engine = create_database_engine(tmp_path / "migrated.db")
    with engine.connect() as connection:
        schema.upgrade_schema(connection)
    yield engine
    engine.dispose()


@pytest.fixture
def created(tmp_path: Path, cards: CardLibrary) -> Iterator[Engine]:
    """An engine on a file made by open_database (create_all + stamp)."""
    open_database(tmp_path / "created.db", cards, today).close()
    engine = create_database_engine(tmp_path / "created.db")
    yield engine
    engine.dispose()


def test_migrations_reach_head(migrated: Engine) -> None:
    with migrated.connect() as connection:
        assert schema.current_revision(connection) == schema.head_revision()


def test_migrations_and_models_agree(migrated: Engine) -> None:
    with migrated.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def shape(engine: Engine) -> dict[str, Any]:
    """Everything about the schema that matters, including what autogenerate ignores
    (on both engines: tests/storage/test_migrations_postgresql.py compares with it too)."""
    inspector = inspect(engine)
    tables: dict[str, Any] = {}
    for table in sorted(inspector.get_table_names()):
        tables[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], c["default"])
                for c in inspector.get_columns(table)
            ],
            "pk": inspector.get_pk_constraint(table)["constrained_columns"],
            "foreign_keys": sorted(
                (
                    fk["name"],
                    tuple(fk["constrained_columns"]),
                    fk["referred_table"],
                    tuple(fk["referred_columns"]),
                    str(fk["options"]),
                )
                for fk in inspector.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), i["unique"])
                for i in inspector.get_indexes(table)
            ),
            "unique": sorted(
                (u["name"], tuple(u["column_names"]))
                for u in inspector.get_unique_constraints(table)
            ),
            "checks": sorted(
                (c["name"], " ".join(c["sqltext"].split()))
                for c in inspector.get_check_constraints(table)
            ),
        }
    if engine.dialect.name == "sqlite":  # the file's mark (PostgreSQL has none)
        with engine.connect() as connection:
            tables["application_id"] = connection.exec_driver_sql("PRAGMA application_id").scalar()
    return tables


def test_migrated_and_created_files_have_the_same_schema(migrated: Engine, created: Engine) -> None:
    migrated_shape = shape(migrated)
    assert migrated_shape == shape(created)
    participants = migrated_shape["participants"]
    assert participants["unique"] == [("uq_participants_code", ("code",))]
    checks = dict(participants["checks"])
    assert checks["ck_participants_record_key"] == "record_key BETWEEN 0 AND 255"
    assert checks["ck_participants_subsidised"] == "subsidised IS NULL OR subsidised IN (0, 1)"
    assert sorted(checks) == [
        "ck_participants_employment",
        "ck_participants_exit_branch",
        "ck_participants_exit_reason",
        "ck_participants_record_key",
        "ck_participants_sex",
        "ck_participants_subsidised",
        "ck_participants_working_time",
    ]
    activities = migrated_shape["activities"]
    assert activities["indexes"] == [("ix_activities_participant_id", ("participant_id",), 0)]
    assert activities["unique"] == [
        (
            "uq_activities_participant_id_activity_start_date",
            ("participant_id", "activity", "start_date"),
        )
    ]
    assert ("hours", "REAL", False, None) in activities["columns"]
    assert [name for name, _ in activities["checks"]] == [
        "ck_activities_activity",
        "ck_activities_area",
        "ck_activities_branch",
        "ck_activities_end_date",
        "ck_activities_hours",
    ]
    survey = migrated_shape["survey_answers"]
    assert survey["pk"] == ["participant_id", "question_id"]
    assert survey["checks"] == [("ck_survey_answers_value", "value BETWEEN 1 AND 4")]
    for table in ("activities", "survey_answers"):
        assert migrated_shape[table]["foreign_keys"] == [
            (
                f"fk_{table}_participant_id_participants",
                ("participant_id",),
                "participants",
                ("id",),
                "{'ondelete': 'CASCADE'}",
            )
        ]
    # NOT NULL and no default in the file: every insert draws its key in Python.
    assert ("record_key", "INTEGER", False, None) in participants["columns"]
    assert migrated_shape["measurements"]["foreign_keys"] == [
        (
            "fk_measurements_participant_id_participants",
            ("participant_id",),
            "participants",
            ("id",),
            "{'ondelete': 'CASCADE'}",
        )
    ]
    assert migrated_shape["application_id"] == schema.APPLICATION_ID


OLD_KEY = 201
"""The record key given to OLD1 in a file that already has record keys (schema 0003 on)."""


def fill_like_version_0001(path: Path, record_key: int | None = None) -> None:
    """Rows written with plain SQL, the way BIP Desk at schema 0001 stores them.

    In a file at schema 0003 or later, where a participant cannot be stored
    without its record key, OLD1 gets `record_key`.
    """
    key_column, key_value = ("", "") if record_key is None else (", record_key", f", {record_key}")
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO participants (id, code, name, sex, birth_year, start_date, end_date, "
            f"exit_reason, created_at, updated_at{key_column}) VALUES (7, 'OLD1', 'Eva', "
            "'women', 1970, '2023-01-10', '2024-06-30', 'studies', "
            f"'2023-01-10 08:00:00.000000', '2023-01-10 08:00:00.000000'{key_value})"
        )
        connection.execute(
            "INSERT INTO measurements (id, participant_id, card_id, card_version, date, note, "
            "created_at, updated_at) VALUES (3, 7, 'bip-standard', 1, '2023-02-01', 'tolk', "
            "'2023-02-01 09:30:00.000000', '2023-02-01 09:30:00.000000')"
        )
        connection.executemany(
            "INSERT INTO answers (measurement_id, question_id, value, note) VALUES (3, ?, ?, ?)",
            [("health", 4, None), ("job_goal", None, "vet ej"), ("cooperation", 9, None)],
        )
        connection.execute("INSERT INTO settings (key, value) VALUES ('interval_months', '3')")
    connection.close()


def check_version_0001_data(path: Path, cards: CardLibrary, record_key: int | None = None) -> None:
    """OLD1 and its data as `fill_like_version_0001` wrote them; its record key
    `record_key`, or any key 0–255 when the file was filled before it had them."""
    with open_database(path, cards, today) as db, db.transaction() as repo:
        key = repo.record_keys()["OLD1"]
        if record_key is None:
            assert 0 <= key <= 255
        else:
            assert key == record_key
        old = repo.participant("OLD1")
        assert old is not None
        assert (old.id, old.name, old.sex, old.birth_year) == (7, "Eva", Sex.WOMEN, 1970)
        assert old.exit_reason is ExitReason.STUDIES and old.end_date == date(2024, 6, 30)
        (m,) = repo.measurements("OLD1")
        assert (m.id, m.date, m.note, m.card.id, m.card.version) == (
            3,
            date(2023, 2, 1),
            "tolk",
            "bip-standard",
            1,
        )
        assert m.answers == {"health": 4, "job_goal": None, "cooperation": 9}
        assert m.question_notes == {"job_goal": "vet ej"}
        assert m.created_at == datetime(2023, 2, 1, 9, 30, tzinfo=UTC)
        assert repo.get_setting("interval_months") == 3


def test_a_file_made_by_the_baseline_opens_and_keeps_its_data(
    migrated: Engine, cards: CardLibrary
) -> None:
    path = Path(str(migrated.url.database))
    migrated.dispose()
    fill_like_version_0001(path, OLD_KEY)
    check_version_0001_data(path, cards, OLD_KEY)


def test_a_file_at_the_baseline_is_upgraded_to_head_and_keeps_its_data(
    tmp_path: Path, cards: CardLibrary
) -> None:
    """A file exactly as schema 0001 left it, upgraded through every later migration."""
    path = tmp_path / "baseline.db"
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0001")
    engine.dispose()
    fill_like_version_0001(path)
    with open_database(path, cards, today) as db:
        assert db.schema_revision == schema.head_revision()
    check_version_0001_data(path, cards)


# -- 0003: record keys -----------------------------------------------------------------


def make_version_0002_file(path: Path, people: int = 200) -> None:
    """A file exactly as schema 0002 left it, filled with plain SQL as BIP Desk
    at 0002 stored its rows: `people` participants P0001… (every other one
    ended), two measurements each with answers and notes, a draft, settings."""
    engine = create_database_engine(path)
    with engine.connect() as migrating:
        schema.upgrade_schema(migrating, target="0002")
    engine.dispose()
    stamp = "2024-01-10 08:00:00.000000"
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO participants (id, code, name, sex, birth_year, municipality, start_date, "
            "end_date, exit_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    n,
                    f"P{n:04d}",
                    f"Namn {n}",
                    ("women", "men", "other", "unknown")[n % 4],
                    1960 + n % 40,
                    "Växjö",
                    "2024-01-10",
                    "2024-12-31" if n % 2 else None,
                    "work" if n % 2 else None,
                    stamp,
                    stamp,
                )
                for n in range(1, people + 1)
            ],
        )
        connection.executemany(
            "INSERT INTO measurements (id, participant_id, card_id, card_version, date, note, "
            "created_at, updated_at) VALUES (?, ?, 'bip-standard', 1, ?, ?, ?, ?)",
            [
                (2 * n - step, n, f"2024-0{2 + 3 * step}-01", f"möte {n}", stamp, stamp)
                for n in range(1, people + 1)
                for step in (1, 0)
            ],
        )
        connection.executemany(
            "INSERT INTO answers (measurement_id, question_id, value, note) VALUES (?, ?, ?, ?)",
            [
                (m, question, (m + i) % 11, "anteckning" if question == "health" else None)
                for m in range(1, 2 * people + 1)
                for i, question in enumerate(("health", "job_goal", "cooperation"))
            ],
        )
        connection.execute(
            "INSERT INTO drafts (participant_id, card_id, card_version, date, measurement_id, "
            "answers, question_notes, note, position, updated_at) VALUES "
            "(1, 'bip-standard', 1, '2024-09-01', NULL, '{\"health\": 4}', '{}', 'halv', 2, ?)",
            (stamp,),
        )
        connection.execute("INSERT INTO settings (key, value) VALUES ('interval_months', '3')")
        connection.execute(
            "INSERT INTO settings (key, value) VALUES ('participant/P0001/chart', '\"first\"')"
        )
    connection.close()


def rows_of(path: Path, columns: dict[str, list[str]]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in the columns given (those of the older file)."""
    connection = sqlite3.connect(path)
    try:
        return {
            table: sorted(connection.execute(f"SELECT {', '.join(names)} FROM {table}"))
            for table, names in columns.items()
        }
    finally:
        connection.close()


def columns_of(path: Path) -> dict[str, list[str]]:
    """The columns of every table of BIP Desk's (not Alembic's)."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        return {
            table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for table in tables
        }
    finally:
        connection.close()


def test_a_file_at_0002_gets_a_record_key_for_every_participant(
    tmp_path: Path, cards: CardLibrary, capsys: pytest.CaptureFixture[str]
) -> None:
    from bipdesk.cli.main import main

    path = tmp_path / "at-0002.db"
    make_version_0002_file(path)
    old_columns = columns_of(path)
    assert "record_key" not in old_columns["participants"]
    before = rows_of(path, old_columns)
    assert len(before["participants"]) == 200 and len(before["answers"]) == 1200

    # `bipdesk check` reads the older file as it is, and says it will be upgraded.
    assert main(["--db", str(path), "check"]) == 0
    line = capsys.readouterr().out.strip()
    assert "sound BIP Desk database, schema 0002 (upgraded to" in line
    assert "200 participants, 400 measurements" in line

    with open_database(path, cards, today) as db:
        assert db.schema_revision == schema.head_revision()
        with db.transaction(write=False) as repo:
            keys = repo.record_keys()
            assert repo.measurement_counts() == {f"P{n:04d}": 2 for n in range(1, 201)}
            draft = repo.draft("P0001")
            assert draft is not None and draft.answers == {"health": 4}
            assert repo.participant_settings("P0001") == {"chart": "first"}
    # Every row of every table as it was, only the key added.
    assert rows_of(path, old_columns) == before
    added = columns_of(path)["participants"][len(old_columns["participants"]) :]
    assert (
        columns_of(path)["participants"][: len(old_columns["participants"])]
        == old_columns["participants"]
    )
    assert added[0] == "record_key"
    assert sorted(keys) == [f"P{n:04d}" for n in range(1, 201)]
    assert all(0 <= key <= 255 for key in keys.values())
    # Each participant its own draw: 200 draws of 256 values give about 140
    # distinct ones (fewer than 100 is impossible in practice; one value for
    # all would give 1).
    assert len(set(keys.values())) > 100

    assert main(["--db", str(path), "check"]) == 0
    line = capsys.readouterr().out.strip()
    assert f"sound BIP Desk database, schema {schema.head_revision()}, 200 participants" in line
    assert "upgraded" not in line

    # The column is NOT NULL with its check, like a new file's.
    connection = sqlite3.connect(path)
    try:
        for statement in (
            "UPDATE participants SET record_key = NULL WHERE id = 1",
            "UPDATE participants SET record_key = 256 WHERE id = 1",
            "UPDATE participants SET record_key = -1 WHERE id = 1",
        ):
            with pytest.raises(sqlite3.IntegrityError), connection:
                connection.execute(statement)
    finally:
        connection.close()


def test_two_files_upgraded_from_0002_get_different_keys(tmp_path: Path) -> None:
    """The keys are drawn afresh, never derived from the rows (same rows, other keys)."""
    found = []
    for name in ("one.db", "two.db"):
        path = tmp_path / name
        make_version_0002_file(path, people=100)
        engine = create_database_engine(path)
        with engine.connect() as connection:
            schema.upgrade_schema(connection, target="0003")
        engine.dispose()
        raw = sqlite3.connect(path)
        found.append(dict(raw.execute("SELECT code, record_key FROM participants")))
        raw.close()
    one, two = found
    assert set(one) == set(two)
    assert sum(one[code] == two[code] for code in one) < 20  # about 0.4 expected


def test_the_record_keys_migration_goes_back_down(tmp_path: Path) -> None:
    from alembic import command

    from bipdesk.storage.engine import set_foreign_keys

    path = tmp_path / "down.db"
    make_version_0002_file(path, people=20)
    old_columns = columns_of(path)
    before = rows_of(path, old_columns)
    engine = create_database_engine(path)
    with engine.connect() as connection:
        schema.upgrade_schema(connection, target="0003")
        set_foreign_keys(connection, False)  # the rebuild of participants, as upgrade_schema
        with connection.begin():
            command.downgrade(schema.alembic_config(connection), "0002")
        set_foreign_keys(connection, True)
        assert schema.current_revision(connection) == "0002"
    engine.dispose()
    assert columns_of(path) == old_columns
    assert rows_of(path, old_columns) == before


# -- the pattern for the next migration ----------------------------------------------

FUTURE_MIGRATION = '''
"""test only: a later schema that rebuilds the participants table"""

import sqlalchemy as sa
from alembic import op

revision = "future"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate="always" forces SQLite's copy-drop-rename rebuild: with foreign
    # keys on, the DROP would cascade-delete every measurement.
    with op.batch_alter_table("participants", recreate="always") as batch:
        batch.add_column(sa.Column("pronoun", sa.String(), nullable=True))
    FAIL


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("pronoun")
'''


def future_migration(tmp_path: Path, fail: bool = False) -> str:
    """A copy of the real migrations plus a revision 'future' on top; returns its location."""
    location = tmp_path / "future_migrations"
    shutil.copytree(MIGRATIONS, location, ignore=shutil.ignore_patterns("__pycache__"))
    failing = 'raise RuntimeError("migration bug")' if fail else "pass"
    (location / "versions" / "9999_future.py").write_text(
        FUTURE_MIGRATION.replace("FAIL", failing).replace("HEAD", schema.head_revision()),
        encoding="utf-8",
    )
    return str(location)


def make_version_0001_file(path: Path, cards: CardLibrary) -> None:
    open_database(path, cards, today).close()
    fill_like_version_0001(path, OLD_KEY)
    with open_database(path, cards, today) as db, db.transaction() as repo:
        repo.add_participant(participant("NEW1"))
        repo.add_measurement(measurement("NEW1"))


def test_an_older_file_is_upgraded_and_keeps_its_data(
    tmp_path: Path, cards: CardLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    make_version_0001_file(path, cards)
    with open_database(path, cards, today) as db, db.transaction(write=False) as repo:
        new_keys = repo.record_keys()
    assert new_keys["OLD1"] == OLD_KEY
    monkeypatch.setattr(schema, "SCRIPT_LOCATION", future_migration(tmp_path))
    with open_database(path, cards, today) as db:
        assert db.schema_revision == "future"
        with db.engine.connect() as connection:
            columns = [r[1] for r in connection.exec_driver_sql("PRAGMA table_info(participants)")]
            assert "pronoun" in columns
            # foreign keys are back on for the pooled connection that migrated
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        with db.transaction() as repo:
            # With foreign keys left on, the rebuild of participants would
            # have cascade-deleted these (tried: both came back 0).
            assert repo.measurement_counts() == {"NEW1": 1, "OLD1": 1}
            # The rebuild copies the record keys with the rows.
            assert repo.record_keys() == new_keys
    check_version_0001_data(path, cards, OLD_KEY)


def test_a_failed_upgrade_changes_nothing(
    tmp_path: Path, cards: CardLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    make_version_0001_file(path, cards)
    with monkeypatch.context() as patched:
        patched.setattr(schema, "SCRIPT_LOCATION", future_migration(tmp_path, fail=True))
        expected = f"could not be upgraded from schema {schema.head_revision()} to future"
        with pytest.raises(DatabaseError, match=expected):
            open_database(path, cards, today)
    connection = sqlite3.connect(path)
    columns = [r[1] for r in connection.execute("PRAGMA table_info(participants)")]
    connection.close()
    assert "pronoun" not in columns
    check_version_0001_data(path, cards, OLD_KEY)
