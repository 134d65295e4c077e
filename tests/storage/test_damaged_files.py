"""Damaged, foreign and newer files are refused on open, and never written to."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from bipdesk.core.cards import CardLibrary
from bipdesk.storage import (
    DamagedFileError,
    DatabaseError,
    ForeignFileError,
    NewerSchemaError,
    open_database,
)
from bipdesk.storage.backup import backup_file, list_backups
from bipdesk.storage.check import check_database
from bipdesk.storage.demo import fill_with_demo
from bipdesk.storage.lock import lock_path
from bipdesk.storage.probe import integrity_problems
from tests.storage.conftest import today
from tests.storage.test_backup import damage


def state(path: Path) -> tuple[str, list[str]]:
    """The file's bytes and every file beside it: both must stay as they were."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(
        p.name for p in path.parent.iterdir()
    )


def good_database(path: Path, cards: CardLibrary) -> None:
    with open_database(path, cards, today) as db:
        fill_with_demo(db, 30, seed=5, today=today())


def damaged_copy(folder: Path, cards: CardLibrary) -> Path:
    """A good database, then a copy with pages in the middle overwritten."""
    original = folder / "original" / "bipdesk.db"
    good_database(original, cards)
    copy = folder / "bipdesk.db"
    shutil.copyfile(original, copy)
    damage(copy, seed=11)
    assert integrity_problems(copy) != []
    return copy


def text_file(folder: Path, cards: CardLibrary) -> Path:
    path = folder / "bipdesk.db"
    path.write_text("participant;sex\nP001;K\n", encoding="utf-8")
    return path


def other_program(folder: Path, cards: CardLibrary) -> Path:
    path = folder / "bipdesk.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    with connection:
        connection.execute("CREATE TABLE songs (title TEXT, artist TEXT)")
        connection.execute("INSERT INTO songs VALUES ('Dancing Queen', 'ABBA')")
    connection.close()
    return path


def newer_schema(folder: Path, cards: CardLibrary) -> Path:
    path = folder / "bipdesk.db"
    good_database(path, cards)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    return path


CASES: dict[str, tuple[Callable[[Path, CardLibrary], Path], type[DatabaseError], str]] = {
    "damaged": (damaged_copy, DamagedFileError, "is damaged"),
    "text": (text_file, ForeignFileError, "not an SQLite database"),
    "other-program": (other_program, ForeignFileError, "not a BIP Desk database"),
    "newer": (newer_schema, NewerSchemaError, "newer version of BIP Desk"),
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("mode", ["write", "auto", "read"])
def test_refused_on_open_with_not_a_byte_changed(
    tmp_path: Path, cards: CardLibrary, case: str, mode: str
) -> None:
    make, error, words = CASES[case]
    path = make(tmp_path, cards)
    before = state(path)
    with pytest.raises(error, match=words) as caught:
        open_database(path, cards, today, mode=mode)  # type: ignore[arg-type]
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value) and "Traceback" not in str(caught.value)
    assert state(path) == before
    assert not lock_path(path).exists()


@pytest.mark.parametrize("case", CASES)
def test_check_refuses_the_same_files_unchanged(
    tmp_path: Path, cards: CardLibrary, case: str
) -> None:
    make, error, words = CASES[case]
    path = make(tmp_path, cards)
    before = state(path)
    with pytest.raises(error, match=words):
        check_database(path)
    assert state(path) == before


def test_the_damage_message_names_the_newest_good_backup(
    tmp_path: Path, cards: CardLibrary
) -> None:
    path = damaged_copy(tmp_path, cards)
    original = tmp_path / "original" / "bipdesk.db"
    folder = tmp_path / "backups"
    good = backup_file(original, folder, now=lambda: datetime(2026, 11, 20, 17, 5, 0))
    shutil.copyfile(good.path, folder / "bipdesk-2026-11-21_080000.db")
    damage(folder / "bipdesk-2026-11-21_080000.db", seed=2)  # newer, but damaged too
    assert len(list_backups(path)) == 2
    before = state(path)
    with pytest.raises(DamagedFileError) as caught:
        open_database(path, cards, today)
    error = caught.value
    assert error.backup == str(good.path.parent / "bipdesk-2026-11-20_170500.db")
    assert error.backup_taken == datetime(2026, 11, 20, 17, 5)
    assert f"The newest good backup is {error.backup} from 2026-11-20 17:05." in str(error)
    assert "nothing has been written to it" in str(error)
    assert state(path) == before


def test_without_any_backup_the_message_says_so(tmp_path: Path, cards: CardLibrary) -> None:
    path = damaged_copy(tmp_path, cards)
    with pytest.raises(DamagedFileError, match="No good backup of it was found"):
        open_database(path, cards, today)


def test_check_runs_the_full_integrity_check(tmp_path: Path, cards: CardLibrary) -> None:
    """An index that disagrees with its table passes quick_check but not integrity_check."""
    path = tmp_path / "bipdesk.db"
    good_database(path, cards)
    result = check_database(path)
    assert (result.participants, result.measurements) == (30, result.measurements)
    assert result.measurements > 30 and not result.needs_upgrade and result.holder is None
    connection = sqlite3.connect(path)
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' "
        "AND tbl_name = 'participants' AND sql IS NULL"  # the index of UNIQUE(code)
    ).fetchone()[0]
    connection.close()
    page_size = 4096
    with path.open("r+b") as handle:  # empty the index's root page: a leaf with no cells
        handle.seek((root - 1) * page_size)
        handle.write(bytes([0x0A, 0, 0, 0, 0, 0x10, 0, 0]) + b"\x00" * (page_size - 8))
    assert integrity_problems(path, full=False) == []
    with pytest.raises(DamagedFileError):
        check_database(path)
