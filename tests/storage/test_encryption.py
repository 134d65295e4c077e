"""Encryption at rest (SQLCipher): only the passphrase opens the file and its backups."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from bipdesk.core.cards import CardLibrary
from bipdesk.storage import (
    DamagedFileError,
    DatabaseError,
    ForeignFileError,
    ReadOnlyError,
    cipher,
    open_database,
)
from bipdesk.storage.backup import backup_now, list_backups, restore_database
from bipdesk.storage.check import check_database
from bipdesk.storage.cipher import PassphraseError, sqlcipher
from bipdesk.storage.demo import fill_with_demo
from tests.storage.conftest import participant, today
from tests.storage.test_backup import damage

SECRET = "sommar i Ystad 1987"
NAME = "Zlatan Zetterqvist-Åberg"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def nobody_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """No passphrase source: a missing passphrase is refused, never prompted for."""
    monkeypatch.setattr(cipher, "_source", None)


@pytest.fixture
def encrypted(db_path: Path, cards: CardLibrary) -> Path:
    with open_database(db_path, cards, today, passphrase=SECRET) as db:
        assert db.encrypted
        fill_with_demo(db, 12, seed=6, today=today())
        with db.transaction() as repo:
            repo.add_participant(participant("ZZ-0042", name=NAME))
    return db_path


def plaintext_of(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal",):
        side = Path(f"{path}{suffix}")
        if side.exists():
            data += side.read_bytes()
    return data


def test_the_file_holds_no_readable_byte(encrypted: Path) -> None:
    data = plaintext_of(encrypted)
    assert not data.startswith(b"SQLite format 3")
    for needle in (NAME, "ZZ-0042", "participants", "bip-standard", "Malmö"):
        assert needle.encode("utf-8") not in data, needle


def test_the_passphrase_opens_it_in_any_sqlcipher_4_tool(encrypted: Path) -> None:
    """BIP Desk derives the key itself once per process; SQLCipher's own derivation agrees."""
    connection = sqlcipher().connect(str(encrypted))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = '{SECRET}'")
        codes = {c for (c,) in connection.execute("SELECT code FROM participants")}
    finally:
        connection.close()
    assert "ZZ-0042" in codes and len(codes) == 13


def test_reopening_needs_the_passphrase(encrypted: Path, cards: CardLibrary) -> None:
    before = digest(encrypted)
    with pytest.raises(PassphraseError) as missing:
        open_database(encrypted, cards, today)
    assert "is encrypted: it needs its passphrase" in str(missing.value)
    assert not missing.value.wrong
    with pytest.raises(PassphraseError) as wrong:
        open_database(encrypted, cards, today, passphrase="sommar i Ystad 1988")
    message = str(wrong.value)
    assert wrong.value.wrong and "the passphrase is wrong" in message
    assert "\n" not in message and "Traceback" not in message
    assert digest(encrypted) == before
    assert sorted(p.name for p in encrypted.parent.iterdir()) == [encrypted.name]
    with open_database(encrypted, cards, today, passphrase=SECRET) as db, db.transaction() as r:
        assert r.participant("ZZ-0042") is not None


def test_the_passphrase_source_is_asked_only_for_encrypted_files(
    encrypted: Path, tmp_path: Path, cards: CardLibrary
) -> None:
    asked: list[Path] = []

    def source(path: Path) -> str:
        asked.append(path)
        return SECRET

    cipher.set_passphrase_source(source)
    try:
        with open_database(encrypted, cards, today) as db:
            assert db.encrypted
        plain = tmp_path / "plain.db"
        with open_database(plain, cards, today) as db:
            assert not db.encrypted
        with open_database(plain, cards, today) as db:
            assert not db.encrypted
    finally:
        cipher.set_passphrase_source(None)
    assert asked == [encrypted]


def test_a_random_or_text_file_is_still_foreign(tmp_path: Path, cards: CardLibrary) -> None:
    noise = tmp_path / "noise.db"
    noise.write_bytes(os.urandom(3000))  # not whole pages
    text = tmp_path / "text.db"
    text.write_text("participant;sex\n" * 300, encoding="utf-8")
    for path in (noise, text):
        with pytest.raises(ForeignFileError):
            open_database(path, cards, today)


def test_backups_are_encrypted_the_same_way(encrypted: Path, cards: CardLibrary) -> None:
    with open_database(encrypted, cards, today, passphrase=SECRET) as db:
        made = backup_now(db)
        with db.transaction() as repo:
            repo.delete_participant("ZZ-0042")
    data = made.path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and NAME.encode() not in data
    with pytest.raises(PassphraseError):
        restore_database(made.path, encrypted)  # without the passphrase: refused
    result = restore_database(made.path, encrypted, passphrase=SECRET)
    assert result.previous is not None
    assert not result.previous.read_bytes().startswith(b"SQLite format 3")
    with open_database(encrypted, cards, today, passphrase=SECRET) as db, db.transaction() as r:
        assert r.participant("ZZ-0042") is not None
    assert len(list_backups(encrypted)) == 2


def test_check_and_damage_of_an_encrypted_file(encrypted: Path, cards: CardLibrary) -> None:
    result = check_database(encrypted, passphrase=SECRET)
    assert result.participants == 13
    with open_database(encrypted, cards, today, passphrase=SECRET) as db:
        good = backup_now(db)
    damage(encrypted, seed=3)
    before = digest(encrypted)
    with pytest.raises(DamagedFileError) as caught:
        open_database(encrypted, cards, today, passphrase=SECRET)
    assert caught.value.backup == str(good.path)
    with pytest.raises(DamagedFileError):
        check_database(encrypted, passphrase=SECRET)
    assert digest(encrypted) == before


def test_change_passphrase(encrypted: Path, cards: CardLibrary) -> None:
    new = "vinter i Kiruna 2026"
    with open_database(encrypted, cards, today, passphrase=SECRET) as db:
        with pytest.raises(DatabaseError, match="at least 8 characters"):
            db.change_passphrase("short")
        db.change_passphrase(new)
        with db.transaction() as repo:  # the open database goes on working
            repo.add_participant(participant("AFTER"))
    with pytest.raises(PassphraseError):
        open_database(encrypted, cards, today, passphrase=SECRET)
    with open_database(encrypted, cards, today, passphrase=new) as db, db.transaction() as r:
        assert r.participant("AFTER") is not None


def test_a_plain_or_read_only_database_has_no_passphrase_to_change(
    encrypted: Path, tmp_path: Path, cards: CardLibrary
) -> None:
    with (
        open_database(tmp_path / "plain.db", cards, today) as db,
        pytest.raises(DatabaseError, match="not encrypted"),
    ):
        db.change_passphrase("vinter i Kiruna 2026")
    with open_database(encrypted, cards, today, passphrase=SECRET, mode="read") as db:
        assert db.encrypted and db.read_only
        with db.transaction(write=False) as repo:
            assert repo.participant("ZZ-0042") is not None
        with pytest.raises(ReadOnlyError):
            db.change_passphrase("vinter i Kiruna 2026")
