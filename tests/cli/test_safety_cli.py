"""`bipdesk check`, `backup`, `restore` and the writer lock, as users run them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database
from bipdesk.storage.backup import list_backups
from bipdesk.storage.demo import fill_with_demo
from bipdesk.storage.lock import lock_path
from tests.cli.test_cli import bipdesk, file_digest
from tests.storage.test_backup import codes, damage
from tests.storage.test_lock import write_lock


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "bip desk.db"  # a space, as in the real data folder
    with open_database(path, default_cards()) as database:
        fill_with_demo(database, 25, seed=2)
    return path


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_check_reports_a_sound_file(db: Path) -> None:
    result = bipdesk("check", db=db)
    assert result.returncode == 0, result.stderr
    line = one_line(result.stdout)
    assert line.startswith(f"{db}: sound BIP Desk database, schema ")
    assert "25 participants" in line


def test_backup_then_restore(db: Path, tmp_path: Path) -> None:
    made = bipdesk("backup", db=db)
    assert made.returncode == 0, made.stderr
    [backup] = list_backups(db)
    assert one_line(made.stdout).startswith(f"{backup.path}: backup of {db}")
    elsewhere = tmp_path / "usb"
    copied = bipdesk("backup", "--to", str(elsewhere), db=db)
    assert copied.returncode == 0, copied.stderr
    assert len(list(elsewhere.glob("bip desk-*.db"))) == 1

    with open_database(db, default_cards()) as database, database.transaction() as repo:
        repo.delete_participant(sorted(repo.participant_codes())[0])
    before = codes(db)
    restored = bipdesk("restore", str(backup.path), db=db)
    assert restored.returncode == 0, restored.stderr
    line = one_line(restored.stdout)
    assert f"restored from {backup.path}" in line and "the file it replaced is kept as" in line
    assert len(codes(db)) == len(before) + 1
    assert len(list_backups(db)) == 2  # the replaced file is a backup too


def test_backup_keeps_the_configured_number(db: Path) -> None:
    from bipdesk.storage.backup import backup_file, set_keep_count

    with open_database(db, default_cards()) as database:
        set_keep_count(database, 2)
    for _ in range(2):
        backup_file(db)
    result = bipdesk("backup", db=db)
    assert result.returncode == 0, result.stderr
    assert "1 older backup deleted, the newest 2 kept" in result.stdout
    assert len(list_backups(db)) == 2


def test_a_damaged_file_is_refused_with_the_restore_command(db: Path) -> None:
    good = bipdesk("backup", db=db)
    assert good.returncode == 0
    [backup] = list_backups(db)
    damage(db, seed=4)
    before = file_digest(db)
    for command in (("check",), ("demo", "--participants", "3"), ("backup",)):
        result = bipdesk(*command, db=db)
        assert result.returncode == 1, command
        line = one_line(result.stderr)
        assert f"{db} is damaged" in line and "nothing has been written to it" in line
        if command != ("backup",):
            assert f"The newest good backup is {backup.path} from " in line
            assert f'restore it with `bipdesk --db "{db}" restore "{backup.path}"`' in (
                line.replace("Restore", "restore")
            )
        assert file_digest(db) == before
    assert len(list_backups(db)) == 1
    # the advice works
    fixed = bipdesk("restore", str(backup.path), db=db)
    assert fixed.returncode == 0, fixed.stderr
    assert bipdesk("check", db=db).returncode == 0


def test_foreign_and_newer_files_are_refused_untouched(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("hello", encoding="utf-8")
    newer = tmp_path / "newer.db"
    with open_database(newer, default_cards()):
        pass
    import sqlite3

    connection = sqlite3.connect(newer)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    for path, words in ((text, "is not a BIP Desk database"), (newer, "newer version")):
        before = file_digest(path)
        for command in (("check",), ("import", str(text))):
            result = bipdesk(*command, db=path)
            assert result.returncode == 1
            assert words in one_line(result.stderr)
            assert file_digest(path) == before


def test_a_locked_database_refuses_writing_commands_but_not_reading_ones(
    db: Path, tmp_path: Path
) -> None:
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        write_lock(db, holder.pid, user="anna")
        before = file_digest(db)
        refused = bipdesk("demo", "--participants", "3", db=db)
        assert refused.returncode == 1
        line = one_line(refused.stderr)
        assert "is in use by anna on " in line and f"(process {holder.pid})" in line
        assert file_digest(db) == before
        backup = tmp_path / "some-backup.db"
        shutil.copyfile(db, backup)
        assert bipdesk("restore", str(backup), db=db).returncode == 1
        checked = bipdesk("check", db=db)
        assert checked.returncode == 0, checked.stderr
        assert "in use by anna on " in checked.stdout
        assert bipdesk("backup", db=db).returncode == 0  # online, while in use
        out = tmp_path / "sheet.pdf"
        code = sorted(codes(db))[0]
        sheet = bipdesk("sheet", code, "--out", str(out), db=db)
        assert sheet.returncode == 0, sheet.stderr
        assert lock_path(db).read_text(encoding="utf-8").count(str(holder.pid)) == 1
    finally:
        holder.kill()
        holder.wait()
    # the holder died without closing: the next writer takes the stale lock over
    taken = bipdesk("demo", "--participants", "3", db=db)
    assert "already holds 25 participants" in taken.stderr  # opened for writing, then refused
    assert not lock_path(db).exists()
