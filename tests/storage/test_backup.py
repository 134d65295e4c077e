"""Backups: online copies, names and listing, retention, restore (current file first)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bipdesk.core.cards import CardLibrary
from bipdesk.storage import DamagedFileError, Database, DatabaseError, open_database
from bipdesk.storage import backup as backup_module
from bipdesk.storage.backup import (
    DEFAULT_KEEP,
    automatic_backup,
    backup_file,
    backup_now,
    default_backup_folder,
    keep_count,
    keep_count_in,
    list_backups,
    newest_good_backup,
    prune_backups,
    restore_database,
    restore_file,
    set_keep_count,
    verify_backup,
)
from bipdesk.storage.demo import fill_with_demo
from tests.storage.conftest import participant, today


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Clock:
    """A clock that moves on by one minute on every reading."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        current = self.now
        self.now += timedelta(minutes=1)
        return current


@pytest.fixture
def filled(db_path: Path, cards: CardLibrary) -> Iterator[Database]:
    database = open_database(db_path, cards, today)
    fill_with_demo(database, 20, seed=3, today=today())
    yield database
    database.close()


def codes(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {code for (code,) in connection.execute("SELECT code FROM participants")}
    finally:
        connection.close()


def damage(path: Path, seed: int = 1) -> None:
    """Overwrite a few pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    pages = size // 4096
    assert pages >= 6, "the file is too small to damage in the middle"
    import random

    noise = random.Random(seed).randbytes(4096 * 3)
    with path.open("r+b") as handle:
        handle.seek((pages // 2) * 4096)
        handle.write(noise)


def test_backup_now_makes_a_timestamped_sound_copy(filled: Database) -> None:
    made = backup_now(filled)
    assert made.path.parent == default_backup_folder(filled.path)
    assert made.path.parent == filled.path.parent / "backups"
    assert made.path.name == f"bipdesk-{made.taken_at:%Y-%m-%d_%H%M%S}.db"
    assert made.size == made.path.stat().st_size > 0
    assert verify_backup(made.path) == filled.schema_revision
    assert codes(made.path) == codes(filled.path)
    # self-contained: no -wal needed beside it, and nothing else left in the folder
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]


def test_a_backup_is_online_while_another_program_writes(filled: Database) -> None:
    writer = sqlite3.connect(filled.path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE participants SET name = 'changed, not committed'")
        made = backup_now(filled)  # does not wait for, nor see, the open transaction
        writer.execute("COMMIT")
    finally:
        writer.close()
    connection = sqlite3.connect(made.path)
    try:
        names = {n for (n,) in connection.execute("SELECT name FROM participants")}
    finally:
        connection.close()
    assert "changed, not committed" not in names


def test_list_prune_and_names_within_one_second(filled: Database) -> None:
    folder = default_backup_folder(filled.path)
    clock = Clock(datetime(2026, 11, 1, 9, 0, 0))
    made = [backup_file(filled.path, now=clock) for _ in range(5)]
    same_second = backup_file(filled.path, now=lambda: datetime(2026, 11, 1, 9, 4, 0))
    assert same_second.path.name == "bipdesk-2026-11-01_090400-2.db"
    listed = list_backups(filled.path)
    assert [b.path for b in listed] == [same_second.path, *[m.path for m in reversed(made)]]
    assert listed[-1].taken_at == datetime(2026, 11, 1, 9, 0, 0)
    assert all(b.size > 0 for b in listed)
    # other files in the folder are no backups of this database
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    (folder / "other-2026-11-01_090000.db").write_bytes(b"")
    removed = prune_backups(filled.path, keep=2)
    assert sorted(removed) == sorted(m.path for m in made[:4])
    assert [b.path for b in list_backups(filled.path)] == [same_second.path, made[4].path]
    assert (folder / "notes.txt").exists() and (folder / "other-2026-11-01_090000.db").exists()
    with pytest.raises(ValueError):
        prune_backups(filled.path, keep=0)


def test_the_number_kept_is_a_project_setting(filled: Database) -> None:
    assert keep_count(filled) == DEFAULT_KEEP == 14
    assert keep_count_in(filled.path) == 14
    set_keep_count(filled, 3)
    assert keep_count(filled) == 3
    assert keep_count_in(filled.path) == 3
    with pytest.raises(ValueError):
        set_keep_count(filled, 0)


def test_automatic_backups_at_start_once_a_day_and_at_exit(filled: Database) -> None:
    set_keep_count(filled, 3)
    monday = Clock(datetime(2026, 11, 2, 8, 0))
    assert automatic_backup(filled, only_if_none_today=True, now=monday) is not None
    assert automatic_backup(filled, only_if_none_today=True, now=monday) is None
    for _ in range(4):  # exits
        assert automatic_backup(filled, only_if_none_today=False, now=monday) is not None
    assert len(list_backups(filled.path)) == 3  # pruned to the setting
    tuesday = Clock(datetime(2026, 11, 3, 8, 0))
    made = automatic_backup(filled, only_if_none_today=True, now=tuesday)
    assert made is not None and made.taken_at.date() == tuesday.now.date()


def test_no_automatic_backup_of_a_file_opened_read_only(
    filled: Database, cards: CardLibrary
) -> None:
    with open_database(filled.path, cards, today, mode="read") as viewer:
        assert automatic_backup(viewer, only_if_none_today=False) is None
    assert list_backups(filled.path) == []


def test_restore_backs_up_the_current_file_first(filled: Database) -> None:
    path = filled.path
    old = backup_now(filled)
    with filled.transaction() as repo:
        repo.add_participant(participant("NEW-1"))
    filled.close()
    result = restore_database(old.path, path)
    assert result.restored == old.path
    assert result.previous is not None and result.previous.parent == old.path.parent
    assert "NEW-1" not in codes(path)
    assert "NEW-1" in codes(result.previous)  # nothing is lost: the replaced file is kept
    assert not Path(f"{path}-wal").exists()
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []


def test_restore_while_the_database_stays_open(filled: Database) -> None:
    old = backup_now(filled)
    with filled.transaction() as repo:
        repo.add_participant(participant("NEW-2"))
    result = filled.restore(old.path)
    with filled.transaction() as repo:
        assert "NEW-2" not in repo.participant_codes()
        repo.add_participant(participant("AFTER"))  # the file is writable again
    assert result.previous is not None and "NEW-2" in codes(result.previous)


def test_restore_checks_the_backup_before_replacing(filled: Database, tmp_path: Path) -> None:
    path = filled.path
    filled.close()
    before = digest(path)
    text = tmp_path / "letter.db"
    text.write_text("Dear Anna", encoding="utf-8")
    broken = backup_file(path)
    damage(broken.path)
    music = tmp_path / "music.db"
    connection = sqlite3.connect(music)
    with connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    connection.close()
    for candidate, words in (
        (text, "not a BIP Desk database"),
        (music, "not a BIP Desk database"),
        (broken.path, "is damaged"),
        (tmp_path / "missing.db", "no such backup"),
    ):
        with pytest.raises(DatabaseError, match=words):
            restore_database(candidate, path)
        assert digest(path) == before
    assert len(list_backups(path)) == 1  # no safety copy made for a refused restore


def test_a_failed_restore_leaves_the_file_as_it_was(
    filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = filled.path
    good = backup_now(filled)
    filled.close()
    before = digest(path)
    real_replace = os.replace

    def failing(source: object, target: object) -> None:
        if Path(str(target)) == path:
            raise OSError(28, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_module.os, "replace", failing)
    with pytest.raises(OSError):
        restore_database(good.path, path)
    assert digest(path) == before
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []


def test_a_damaged_file_is_never_backed_up_but_copied_aside_on_restore(
    filled: Database,
) -> None:
    path = filled.path
    good = backup_now(filled)
    filled.close()
    damage(path)
    with pytest.raises(DamagedFileError):
        backup_file(path)
    assert len(list_backups(path)) == 1
    assert newest_good_backup(path) == list_backups(path)[0]
    damaged_bytes = path.read_bytes()
    result = restore_file(good.path, path)
    assert result.previous is not None and "-damaged-" in result.previous.name
    assert result.previous.read_bytes() == damaged_bytes
    assert [b.path for b in list_backups(path)] == [good.path]  # not offered as a backup
    assert codes(path) == codes(good.path)


def test_newest_good_backup_skips_damaged_ones(filled: Database) -> None:
    clock = Clock(datetime(2026, 11, 1, 9, 0))
    older = backup_file(filled.path, now=clock)
    newer = backup_file(filled.path, now=clock)
    damage(newer.path)
    found = newest_good_backup(filled.path)
    assert found is not None and found.path == older.path
