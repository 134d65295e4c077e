"""The one way into a database file for a user (storage/opening.py): storage conducts the
steps and asks only its questions; the answer is the open database or the reason."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from bipdesk.core.cards import CardLibrary
from bipdesk.storage.backup import backup_file, list_backups
from bipdesk.storage.cipher import PassphraseError
from bipdesk.storage.errors import DamagedFileError, LockedError, NewerSchemaError
from bipdesk.storage.lock import lock_path
from bipdesk.storage.lock_holder import LockHolder
from bipdesk.storage.opening import Opened, Refused, open_database_file
from tests.storage.conftest import PASSPHRASE, today
from tests.storage.test_backup import codes, damage
from tests.storage.test_database import make_newer
from tests.storage.test_lock import live_pid, make_database, write_lock

__all__ = ["live_pid"]  # the fixture, used by name


@dataclass
class Answers:
    """Fixed answers, and every question asked, in order."""

    new: str | None = None
    passphrases: list[str | None] = field(default_factory=list)
    read_only_answer: bool = False
    restore_answer: bool = False
    asked: list[tuple[str, object]] = field(default_factory=list)

    def new_passphrase(self, path: Path) -> str | None:
        self.asked.append(("new", path.name))
        return self.new

    def passphrase(self, path: Path, wrong: bool) -> str | None:
        self.asked.append(("passphrase", wrong))
        return self.passphrases.pop(0) if self.passphrases else None

    def read_only(self, path: Path, holder: LockHolder) -> bool:
        self.asked.append(("read_only", holder.user))
        return self.read_only_answer

    def restore(self, damaged: DamagedFileError) -> bool:
        self.asked.append(("restore", damaged.backup is not None))
        return self.restore_answer


def opened(result: Opened | Refused) -> Opened:
    assert isinstance(result, Opened), result
    return result


def refused(result: Opened | Refused) -> Refused:
    assert isinstance(result, Refused), result
    return result


def test_a_new_file_is_offered_encryption_then_backed_up_once_a_day(
    db_path: Path, cards: CardLibrary
) -> None:
    answers = Answers(new=PASSPHRASE)
    with opened(open_database_file(db_path, cards, today, questions=answers)).database as db:
        assert db.encrypted and not db.read_only
    assert answers.asked == [("new", "bipdesk.db")]
    assert len(list_backups(db_path)) == 1
    again = Answers(passphrases=[PASSPHRASE])
    with opened(open_database_file(db_path, cards, today, questions=again)).database as db:
        assert db.encrypted
    assert again.asked == [("passphrase", False)]  # an existing file is not offered encryption
    assert len(list_backups(db_path)) == 1  # one from today already


def test_no_backup_when_the_caller_makes_none(db_path: Path, cards: CardLibrary) -> None:
    result = open_database_file(db_path, cards, today, questions=Answers(), backup_at_start=False)
    opened(result).database.close()
    assert list_backups(db_path) == []


def test_a_wrong_passphrase_is_asked_again_and_none_given_is_a_refusal(
    db_path: Path, cards: CardLibrary
) -> None:
    opened(
        open_database_file(db_path, cards, today, questions=Answers(new=PASSPHRASE))
    ).database.close()
    answers = Answers(passphrases=["not it at all", PASSPHRASE])
    with opened(open_database_file(db_path, cards, today, questions=answers)).database as db:
        assert db.passphrase == PASSPHRASE
    assert answers.asked == [("passphrase", False), ("passphrase", True)]
    answers = Answers(passphrases=["not it at all"])
    result = refused(open_database_file(db_path, cards, today, questions=answers))
    assert result.declined and isinstance(result.reason, PassphraseError) and result.reason.wrong
    assert "the passphrase is wrong" in str(result.reason)


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX processes")
def test_a_held_file_asks_read_only_naming_the_holder(
    db_path: Path, cards: CardLibrary, live_pid: int
) -> None:
    make_database(db_path, cards)
    write_lock(db_path, live_pid, user="anna")
    answers = Answers()
    result = refused(open_database_file(db_path, cards, today, questions=answers))
    assert result.declined and isinstance(result.reason, LockedError)
    assert answers.asked == [("read_only", "anna")]
    answers = Answers(read_only_answer=True)
    with opened(open_database_file(db_path, cards, today, questions=answers)).database as db:
        assert db.read_only and db.holder is not None and db.holder.user == "anna"
    assert list_backups(db_path) == []  # the holder makes the backups
    assert lock_path(db_path).exists()  # and keeps its lock


def test_a_damaged_file_asks_to_restore_its_newest_good_backup(
    db_path: Path, cards: CardLibrary
) -> None:
    from bipdesk.storage.database import open_database
    from bipdesk.storage.demo import fill_with_demo

    with open_database(db_path, cards, today) as db:
        fill_with_demo(db, 20, seed=3, today=today())
    good = backup_file(db_path, now=lambda: datetime(2025, 5, 31, 17, 30))
    damage(db_path, seed=9)
    damaged = db_path.read_bytes()
    answers = Answers()
    result = refused(open_database_file(db_path, cards, today, questions=answers))
    assert result.declined and isinstance(result.reason, DamagedFileError)
    assert result.reason.backup == str(good.path)
    assert db_path.read_bytes() == damaged  # declining leaves it as it is
    answers = Answers(restore_answer=True)
    with opened(open_database_file(db_path, cards, today, questions=answers)).database as db:
        assert not db.read_only
    assert answers.asked == [("restore", True)]
    assert codes(db_path) == codes(good.path)


def test_a_newer_file_is_refused_with_its_reason_and_nothing_asked(
    db_path: Path, cards: CardLibrary
) -> None:
    make_newer(db_path, cards)
    answers = Answers()
    result = refused(open_database_file(db_path, cards, today, questions=answers))
    assert not result.declined and isinstance(result.reason, NewerSchemaError)
    assert result.reason.revision == "0099"
    assert answers.asked == []
