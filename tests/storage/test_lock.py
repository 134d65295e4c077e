"""One writer: the lock file beside the database, stale locks, read-only opening."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bipdesk.core.cards import CardLibrary
from bipdesk.storage import LockedError, ReadOnlyError, open_database
from bipdesk.storage import lock as lock_module
from bipdesk.storage.lock import LockHolder, acquire, lock_path, read_lock
from tests.storage.conftest import participant, today

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX processes")


@pytest.fixture
def live_pid() -> Iterator[int]:
    """A process of another program that stays alive during the test."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process.pid
    process.kill()
    process.wait()


@pytest.fixture
def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def write_lock(database: Path, pid: int, host: str | None = None, user: str = "kim") -> None:
    holder = LockHolder(
        user,
        host or lock_module.this_host(),
        pid,
        datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
        "t" * 32,
    )
    lock_path(database).write_text(holder.to_json(), encoding="utf-8")


def make_database(path: Path, cards: CardLibrary) -> None:
    with open_database(path, cards, today) as db, db.transaction() as repo:
        repo.add_participant(participant())
    assert not lock_path(path).exists()


def test_open_for_writing_creates_the_lock_and_close_removes_it(
    db_path: Path, cards: CardLibrary
) -> None:
    db = open_database(db_path, cards, today)
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        assert data["pid"] == os.getpid()
        assert data["host"] == lock_module.this_host()
        assert data["user"]
        assert datetime.fromisoformat(data["since"]).tzinfo is not None
        holder = read_lock(db_path)
        assert holder is not None and holder.pid == os.getpid()
        assert not db.read_only
    finally:
        db.close()
    assert not lock_path(db_path).exists()
    assert [p.name for p in db_path.parent.iterdir()] == [db_path.name]


def test_one_program_may_open_its_file_twice(db_path: Path, cards: CardLibrary) -> None:
    first = open_database(db_path, cards, today)
    second = open_database(db_path, cards, today)
    assert not second.read_only
    second.close()
    assert lock_path(db_path).exists()  # the first still holds it
    with first.transaction() as repo:
        repo.add_participant(participant())
    first.close()
    assert not lock_path(db_path).exists()


def test_a_live_lock_refuses_writing_and_names_the_holder(
    db_path: Path, cards: CardLibrary, live_pid: int
) -> None:
    make_database(db_path, cards)
    write_lock(db_path, live_pid)
    before = lock_path(db_path).read_bytes()
    with pytest.raises(LockedError) as caught:
        open_database(db_path, cards, today)
    message = str(caught.value)
    assert f"kim on {lock_module.this_host()} (process {live_pid})" in message
    assert "nothing was changed" in message
    assert lock_path(db_path).read_bytes() == before


def test_a_lock_from_another_computer_counts_as_live(
    db_path: Path, cards: CardLibrary, dead_pid: int
) -> None:
    """A process id of another host cannot be checked from here: never take it over."""
    make_database(db_path, cards)
    write_lock(db_path, dead_pid, host="OTHER-LAPTOP")
    with pytest.raises(LockedError, match="OTHER-LAPTOP"):
        open_database(db_path, cards, today)


def test_a_stale_lock_is_taken_over(db_path: Path, cards: CardLibrary, dead_pid: int) -> None:
    make_database(db_path, cards)
    write_lock(db_path, dead_pid)
    with open_database(db_path, cards, today) as db:
        holder = read_lock(db_path)
        assert holder is not None and holder.pid == os.getpid()
        with db.transaction() as repo:
            repo.add_participant(participant("P002"))
    assert not lock_path(db_path).exists()


@pytest.mark.parametrize(
    "text", ["", "{not json", '{"user": "x"}'], ids=["empty", "cut", "partial"]
)
def test_an_unreadable_lock_is_taken_over(db_path: Path, cards: CardLibrary, text: str) -> None:
    make_database(db_path, cards)
    lock_path(db_path).write_text(text, encoding="utf-8")
    with open_database(db_path, cards, today):
        assert read_lock(db_path) is not None
    assert not lock_path(db_path).exists()


def test_a_released_lock_does_not_remove_someone_elses(db_path: Path, live_pid: int) -> None:
    db_path.parent.mkdir(parents=True)
    held = acquire(db_path)
    write_lock(db_path, live_pid)  # replaced behind our back (by hand, say)
    held.release()
    holder = read_lock(db_path)
    assert holder is not None and holder.pid == live_pid


def test_read_only_when_locked_reads_and_refuses_writes(
    db_path: Path, cards: CardLibrary, live_pid: int
) -> None:
    make_database(db_path, cards)
    write_lock(db_path, live_pid)
    before = lock_path(db_path).read_bytes()
    with open_database(db_path, cards, today, mode="auto") as db:
        assert db.read_only
        assert db.holder is not None and db.holder.pid == live_pid
        with db.transaction(write=False) as repo:
            assert repo.participant_codes() == {"P001"}
        with pytest.raises(ReadOnlyError) as caught, db.transaction() as repo:
            repo.add_participant(participant("P002"))
        message = str(caught.value)
        assert "open read-only" in message and f"process {live_pid}" in message
        assert "nothing was saved" in message
        # A write slipped into a reading transaction is refused by SQLite itself.
        with pytest.raises(ReadOnlyError), db.transaction(write=False) as repo:
            repo.add_participant(participant("P003"))
    assert lock_path(db_path).read_bytes() == before
    with (
        open_database(db_path, cards, today, mode="read") as db,
        db.transaction(write=False) as repo,
    ):
        assert repo.participant_codes() == {"P001"}


def test_read_mode_takes_no_lock(db_path: Path, cards: CardLibrary) -> None:
    make_database(db_path, cards)
    with open_database(db_path, cards, today, mode="read") as db:
        assert db.read_only and db.holder is None
        assert not lock_path(db_path).exists()
        with pytest.raises(ReadOnlyError, match="read-only"), db.transaction() as repo:
            repo.add_participant(participant("P002"))


def test_read_only_needs_an_existing_file(db_path: Path, cards: CardLibrary) -> None:
    with pytest.raises(Exception, match="no such database"):
        open_database(db_path, cards, today, mode="read")
    assert not db_path.exists()


def test_a_second_program_gets_a_plain_refusal(db_path: Path, cards: CardLibrary) -> None:
    """Two real processes: the second learns who holds the file, and may read."""
    make_database(db_path, cards)
    code = (
        "import sys\n"
        "from bipdesk.io.cards import default_cards\n"
        "from bipdesk.storage import open_database, LockedError\n"
        "try:\n"
        "    open_database(sys.argv[1], default_cards())\n"
        "except LockedError as error:\n"
        "    print('refused:', error)\n"
        "with open_database(sys.argv[1], default_cards(), mode='auto') as db, "
        "db.transaction(write=False) as repo:\n"
        "    print('read-only:', db.read_only, sorted(repo.participant_codes()))\n"
    )
    with open_database(db_path, cards, today):
        result = subprocess.run(
            [sys.executable, "-c", code, str(db_path)],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    assert f"(process {os.getpid()})" in result.stdout
    assert "refused:" in result.stdout
    assert "read-only: True ['P001']" in result.stdout
