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
    """Everything about the schema that matters, including what autogenerate ignores."""
    inspector = inspect(engine)
    tables: dict[str, Any] = {}
    for table in inspector.get_table_names():
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
    with engine.connect() as connection:
        tables["application_id"] = connection.exec_driver_sql("PRAGMA application_id").scalar()
    return tables


def test_migrated_and_created_files_have_the_same_schema(migrated: Engine, created: Engine) -> None:
    migrated_shape = shape(migrated)
    assert migrated_shape == shape(created)
    participants = migrated_shape["participants"]
    assert participants["unique"] == [("uq_participants_code", ("code",))]
    assert [name for name, _ in participants["checks"]] == [
        "ck_participants_exit_reason",
        "ck_participants_sex",
    ]
    assert migrated_shape["measurements"]["foreign_keys"] == [
        (
            "fk_measurements_participant_id_participants",
            ("participant_id",),
            "participants",
            "{'ondelete': 'CASCADE'}",
        )
    ]
    assert migrated_shape["application_id"] == schema.APPLICATION_ID


def fill_like_version_0001(path: Path) -> None:
    """Rows written with plain SQL, the way BIP Desk at schema 0001 stores them."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO participants (id, code, name, sex, birth_year, start_date, end_date, "
            "exit_reason, created_at, updated_at) VALUES (7, 'OLD1', 'Eva', 'women', 1970, "
            "'2023-01-10', '2024-06-30', 'studies', '2023-01-10 08:00:00.000000', "
            "'2023-01-10 08:00:00.000000')"
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


def check_version_0001_data(path: Path, cards: CardLibrary) -> None:
    with open_database(path, cards, today) as db, db.transaction() as repo:
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
    fill_like_version_0001(path)
    check_version_0001_data(path, cards)


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
    fill_like_version_0001(path)
    with open_database(path, cards, today) as db, db.transaction() as repo:
        repo.add_participant(participant("NEW1"))
        repo.add_measurement(measurement("NEW1"))


def test_an_older_file_is_upgraded_and_keeps_its_data(
    tmp_path: Path, cards: CardLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    make_version_0001_file(path, cards)
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
    check_version_0001_data(path, cards)


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
    check_version_0001_data(path, cards)
