"""Opening files: new, current, foreign, newer; pragmas; transactions at the edges."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bipdesk.core.cards import CardLibrary
from bipdesk.io.cards import default_cards
from bipdesk.storage import (
    Database,
    DatabaseError,
    ForeignFileError,
    NewerSchemaError,
    open_database,
    schema,
)
from bipdesk.storage import engine as engine_module
from tests.storage.conftest import participant, today

SIDE_FILES = ("-wal", "-shm", "-journal")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    return [s for s in SIDE_FILES if Path(f"{path}{s}").exists()]


def assert_untouched(path: Path, before: str) -> None:
    assert digest(path) == before
    assert side_files(path) == []


# -- new files ------------------------------------------------------------------


def test_new_file_is_created_with_its_folder_and_stamped_at_head(
    db_path: Path, cards: CardLibrary
) -> None:
    assert not db_path.parent.exists()
    with open_database(db_path, cards, today) as db:
        assert db.path == db_path
        assert db.cards is cards
        assert db.schema_revision == schema.head_revision()
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (schema.head_revision(),)
        ]
        assert connection.execute("PRAGMA application_id").fetchone() == (schema.APPLICATION_ID,)
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert {"participants", "measurements", "answers", "settings"} <= tables
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connection.close()


def test_an_empty_file_counts_as_new(tmp_path: Path, cards: CardLibrary) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with open_database(path, cards, today) as db:
        assert db.schema_revision == schema.head_revision()


def test_an_sqlite_file_without_tables_counts_as_new(tmp_path: Path, cards: CardLibrary) -> None:
    path = tmp_path / "blank.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version=1")
    connection.close()
    assert path.stat().st_size > 0
    with open_database(path, cards, today) as db:
        assert db.schema_revision == schema.head_revision()


def test_reopening_keeps_the_data(db_path: Path, cards: CardLibrary) -> None:
    with open_database(db_path, cards, today) as db, db.transaction() as repo:
        repo.add_participant(participant())
    assert side_files(db_path) == []  # closing folded the WAL back in
    with open_database(db_path, cards, today) as db, db.transaction() as repo:
        assert repo.participant_codes() == {"P001"}


def test_a_failed_creation_leaves_no_file(
    db_path: Path, cards: CardLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(schema, "create_schema", broken)
    with pytest.raises(DatabaseError, match="disk on fire"):
        open_database(db_path, cards, today)
    assert list(db_path.parent.iterdir()) == []


def test_a_folder_is_not_a_database(tmp_path: Path, cards: CardLibrary) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path, cards, today)


def test_default_cards_are_used_when_none_are_given(db_path: Path) -> None:
    with open_database(db_path, default_cards(), today=today) as db:
        assert db.cards.get("bip-standard", 1) is not None


# -- pragmas ------------------------------------------------------------------------


def test_pragmas_are_set_on_every_connection(db: Database) -> None:
    # DEFERRED: three open IMMEDIATE transactions would wait for each other
    reading = db.engine.execution_options(**{engine_module.BEGIN_OPTION: "DEFERRED"})
    connections = [reading.connect() for _ in range(3)]
    try:
        for connection in connections:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA busy_timeout").scalar() == engine_module.BUSY_TIMEOUT_MS
    finally:
        for connection in connections:
            connection.close()
    for write in (True, False):
        with db.transaction(write=write) as repo:
            connection = repo._connection
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(DatabaseError, match=r"(?i)foreign key"), db.transaction() as repo:
        repo._connection.exec_driver_sql(
            "INSERT INTO measurements (participant_id, card_id, card_version, date, "
            "created_at, updated_at) VALUES (999, 'x', 1, '2024-01-01', '2024-01-01', '2024-01-01')"
        )


def test_check_constraints_guard_the_vocabularies(db: Database) -> None:
    with pytest.raises(DatabaseError, match=r"(?i)check constraint"), db.transaction() as repo:
        repo._connection.exec_driver_sql(
            "INSERT INTO participants (code, sex, created_at, updated_at, record_key) "
            "VALUES ('X', 'kvinna', '2024-01-01', '2024-01-01', 7)"
        )
    with pytest.raises(DatabaseError, match=r"(?i)check constraint"), db.transaction() as repo:
        repo._connection.exec_driver_sql(
            "INSERT INTO participants (code, exit_reason, created_at, updated_at, record_key) "
            "VALUES ('X', 'Arbete', '2024-01-01', '2024-01-01', 7)"
        )
    for key in (-1, 256):
        with pytest.raises(DatabaseError, match=r"(?i)check constraint"), db.transaction() as repo:
            repo._connection.exec_driver_sql(
                "INSERT INTO participants (code, created_at, updated_at, record_key) "
                f"VALUES ('X', '2024-01-01', '2024-01-01', {key})"
            )
    # No default in the file: plain SQL without a key is refused, never given a shared one.
    with pytest.raises(DatabaseError, match=r"(?i)not[ -]null"), db.transaction() as repo:
        repo._connection.exec_driver_sql(
            "INSERT INTO participants (code, created_at, updated_at) VALUES ('X', '2024-01-01', '2024-01-01')"
        )


def test_ddl_is_transactional(db: Database) -> None:
    """The engine emits BEGIN itself, so DDL rolls back too (migrations rely on it)."""
    with pytest.raises(RuntimeError), db.transaction() as repo:
        repo._connection.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        raise RuntimeError("undo")
    with db.engine.connect() as connection:
        names = connection.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
    assert "scratch" not in names


# -- transactions and locks -----------------------------------------------------


def test_a_busy_database_gives_a_plain_message(
    db_path: Path, cards: CardLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    with open_database(db_path, cards, today) as db:
        other = sqlite3.connect(db_path, isolation_level=None, timeout=0.05)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(DatabaseError, match="busy") as caught, db.transaction() as repo:
                repo.add_participant(participant())
            assert "Traceback" not in str(caught.value)
            # reading does not wait for the writer
            with db.transaction(write=False) as repo:
                assert repo.participants() == []
        finally:
            other.execute("ROLLBACK")
            other.close()


def test_a_closed_database_is_refused(db: Database) -> None:
    db.close()
    with pytest.raises(DatabaseError, match="closed"):
        _ = db.schema_revision


# -- newer files ------------------------------------------------------------------


def make_newer(path: Path, cards: CardLibrary, revision: str = "0099") -> None:
    with open_database(path, cards, today) as db, db.transaction() as repo:
        repo.add_participant(participant())
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()
    assert side_files(path) == []


def test_a_newer_file_is_refused_untouched(db_path: Path, cards: CardLibrary) -> None:
    make_newer(db_path, cards)
    before = digest(db_path)
    with pytest.raises(NewerSchemaError) as caught:
        open_database(db_path, cards, today)
    assert_untouched(db_path, before)
    message = str(caught.value)
    assert "newer version of BIP Desk (schema 0099)" in message
    assert f"knows up to {schema.head_revision()}" in message
    assert "has not been changed" in message
    assert str(db_path) in message
    assert caught.value.revision == "0099" and caught.value.head == schema.head_revision()


def test_a_newer_file_open_in_another_program_is_refused_untouched(
    db_path: Path, cards: CardLibrary
) -> None:
    """With a -wal beside it, committed data may live there: read through it, write nothing."""
    make_newer(db_path, cards)
    holder = sqlite3.connect(db_path)
    try:
        holder.execute("PRAGMA journal_mode=WAL")
        with holder:
            holder.execute("UPDATE alembic_version SET version_num = '0100'")
        assert Path(f"{db_path}-wal").exists()
        before = digest(db_path), digest(Path(f"{db_path}-wal"))
        with pytest.raises(NewerSchemaError, match="schema 0100"):
            open_database(db_path, cards, today)
        assert (digest(db_path), digest(Path(f"{db_path}-wal"))) == before
    finally:
        holder.close()


def test_a_newer_file_without_our_application_id_is_still_recognised(
    db_path: Path, cards: CardLibrary
) -> None:
    make_newer(db_path, cards)
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA application_id=0")
    connection.close()
    with pytest.raises(NewerSchemaError):
        open_database(db_path, cards, today)


# -- foreign files ----------------------------------------------------------------


def test_a_text_file_is_refused_untouched(tmp_path: Path, cards: CardLibrary) -> None:
    path = tmp_path / "notes.db"
    path.write_text("participant;sex\nP001;K\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(ForeignFileError, match="not an SQLite database") as caught:
        open_database(path, cards, today)
    assert str(path) in str(caught.value)
    assert_untouched(path, before)


def test_a_short_file_is_refused_untouched(tmp_path: Path, cards: CardLibrary) -> None:
    path = tmp_path / "short.db"
    path.write_bytes(b"SQLite format 3\x00")
    before = digest(path)
    with pytest.raises(ForeignFileError):
        open_database(path, cards, today)
    assert_untouched(path, before)


def other_program(path: Path, wal: bool = False, application_id: int = 0) -> str:
    connection = sqlite3.connect(path)
    if wal:
        connection.execute("PRAGMA journal_mode=WAL")
    if application_id:
        connection.execute(f"PRAGMA application_id={application_id}")
    with connection:
        connection.execute("CREATE TABLE songs (title TEXT, artist TEXT)")
        connection.execute("INSERT INTO songs VALUES ('Dancing Queen', 'ABBA')")
    connection.close()
    return digest(path)


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_another_programs_sqlite_file_is_refused_untouched(
    tmp_path: Path, cards: CardLibrary, wal: bool
) -> None:
    path = tmp_path / "music.db"
    before = other_program(path, wal=wal)
    with pytest.raises(ForeignFileError, match="no BIP Desk schema version") as caught:
        open_database(path, cards, today)
    assert str(path) in str(caught.value)
    assert_untouched(path, before)


def test_an_empty_file_marked_by_another_program_is_refused_untouched(
    tmp_path: Path, cards: CardLibrary
) -> None:
    path = tmp_path / "empty.gpkg"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA application_id=1196444487")  # GeoPackage, no tables yet
    connection.close()
    before = digest(path)
    with pytest.raises(ForeignFileError, match="another program"):
        open_database(path, cards, today)
    assert_untouched(path, before)


def test_a_file_marked_by_another_program_is_refused_untouched(
    tmp_path: Path, cards: CardLibrary
) -> None:
    path = tmp_path / "map.gpkg"
    before = other_program(path, application_id=0x47504B47)  # GeoPackage
    with pytest.raises(ForeignFileError, match="another program"):
        open_database(path, cards, today)
    assert_untouched(path, before)


def test_another_programs_alembic_database_is_refused_untouched(
    tmp_path: Path, cards: CardLibrary
) -> None:
    path = tmp_path / "webapp.db"
    other_program(path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    connection.close()
    before = digest(path)
    with pytest.raises(ForeignFileError, match="ae1027a6acf"):
        open_database(path, cards, today)
    assert_untouched(path, before)


def test_a_damaged_file_gives_a_plain_message(tmp_path: Path, cards: CardLibrary) -> None:
    path = tmp_path / "damaged.db"
    other_program(path)
    data = bytearray(path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path, cards, today)
    assert "Traceback" not in str(caught.value)
    assert_untouched(path, before)


# -- layering ---------------------------------------------------------------------


def test_storage_does_not_import_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import bipdesk.storage\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules if sys.modules[m])\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
