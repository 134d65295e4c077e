"""Storage failures and the safety, privacy and history commands speak Swedish with
`--lang sv`: the same sentences as in English, from the translation catalogue."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bipdesk.cli.main import main
from bipdesk.core.participants import Participant
from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database
from bipdesk.storage.lock import lock_path
from tests.conftest import TODAY

Capture = pytest.CaptureFixture[str]


def run(capsys: Capture, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--lang", "sv", *args])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    path = tmp_path / "projekt.db"
    with (
        open_database(path, default_cards(), today=lambda: TODAY) as database,
        database.transaction() as repository,
    ):
        for number in range(1, 4):
            repository.add_participant(Participant(code=f"K-{number}"))
    return path


def test_a_missing_database_and_backup(tmp_path: Path, capsys: Capture) -> None:
    missing = tmp_path / "saknas.db"
    for command in (["check"], ["backup"], ["history", "K-1"], ["erase", "K-1", "--yes"]):
        assert run(capsys, "--db", str(missing), *command) == (
            1,
            "",
            f"bipdesk: {missing}: databasen finns inte",
        )
    code, _, err = run(capsys, "--db", str(missing), "restore", str(tmp_path / "kopia.db"))
    assert (code, err) == (1, f"bipdesk: {tmp_path / 'kopia.db'}: säkerhetskopian finns inte")


def test_an_empty_or_foreign_file(tmp_path: Path, capsys: Capture) -> None:
    empty = tmp_path / "tom.db"
    empty.write_bytes(b"")
    assert run(capsys, "--db", str(empty), "check")[2] == (
        f"bipdesk: {empty} är tom: den innehåller inga BIP Desk-uppgifter ännu"
    )
    assert run(capsys, "--db", str(empty), "backup")[2] == (
        f"bipdesk: {empty} innehåller inga BIP Desk-uppgifter ännu; det finns inget att "
        "säkerhetskopiera"
    )
    foreign = tmp_path / "anteckningar.db"
    foreign.write_text("inköpslista: mjölk, bröd\n" * 20, encoding="utf-8")
    assert run(capsys, "--db", str(foreign), "check")[2] == (
        f"bipdesk: {foreign} är ingen BIP Desk-databas (den är ingen SQLite-databas); filen har "
        "inte ändrats."
    )


def test_a_database_of_a_newer_version(small_db: Path, tmp_path: Path, capsys: Capture) -> None:
    newer = tmp_path / "nyare.db"
    shutil.copy(small_db, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    code, _, err = run(capsys, "--db", str(newer), "check")
    assert code == 1
    assert err.startswith(
        f"bipdesk: {newer} har gjorts av en nyare version av BIP Desk (schema 0099); den här "
        "versionen känner till schema upp till "
    )
    assert err.endswith("Installera den nyare versionen; filen har inte ändrats.")


def test_a_damaged_database_names_its_backup(small_db: Path, capsys: Capture) -> None:
    code, out, _ = run(capsys, "--db", str(small_db), "backup")
    assert code == 0 and ": säkerhetskopia av " in out and out.endswith(" byte")
    data = bytearray(small_db.read_bytes())
    data[4096 : 4096 * 4] = b"\x55" * (4096 * 3)
    small_db.write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", str(small_db), "check")
    assert code == 1
    assert err.startswith(f"bipdesk: {small_db} är skadad (SQLite rapporterar: ")
    assert "); ingenting har skrivits till den. Den senaste felfria säkerhetskopian är " in err
    assert "is damaged" not in err and "backup is" not in err


def test_a_database_in_use_elsewhere(small_db: Path, capsys: Capture) -> None:
    since = datetime(2026, 12, 1, 8, 15, tzinfo=UTC)
    holder = {"user": "anna", "host": socket.gethostname(), "pid": os.getppid()}
    lock_path(small_db).write_text(
        json.dumps({**holder, "since": since.isoformat(), "token": "t" * 32}), encoding="utf-8"
    )
    code, _, err = run(capsys, "--db", str(small_db), "erase", "K-1", "--yes")
    local = since.astimezone()
    assert code == 1
    assert err == (
        f"bipdesk: {small_db} används av anna på {socket.gethostname()} (process "
        f"{os.getppid()}) sedan {local:%Y-%m-%d %H:%M}. Stäng BIP Desk där först, eller öppna "
        "filen skrivskyddad; ingenting har ändrats."
    )


def test_restoring_the_database_onto_itself_is_refused(small_db: Path, capsys: Capture) -> None:
    assert run(capsys, "--db", str(small_db), "restore", str(small_db))[2] == (
        f"bipdesk: {small_db} är själva databasen, inte en säkerhetskopia av den"
    )


def test_passphrases(small_db: Path, tmp_path: Path, capsys: Capture) -> None:
    assert run(capsys, "--db", str(small_db), "change-passphrase")[2] == (
        f"bipdesk: {small_db} är inte krypterad, så den har ingen lösenfras att byta"
    )
    assert run(capsys, "--db", str(small_db), "init")[2] == (
        f"bipdesk: {small_db} finns redan; init skapar bara en ny databas (ingenting har ändrats)"
    )
    new = tmp_path / "krypterad.db"
    os.environ["BIPDESK_PASSPHRASE"] = "kort"
    try:
        assert run(capsys, "--db", str(new), "init", "--encrypt")[2] == (
            "bipdesk: lösenfrasen måste vara minst 8 tecken lång"
        )
    finally:
        del os.environ["BIPDESK_PASSPHRASE"]


def test_erase_and_history(small_db: Path, capsys: Capture) -> None:
    assert run(capsys, "--db", str(small_db), "erase", "NÅGON", "--yes")[2] == (
        f"bipdesk: det finns ingen deltagare ”NÅGON” i {small_db}"
    )
    code, out, _ = run(capsys, "--db", str(small_db), "history", "K-2")
    assert (code, out.splitlines()[0]) == (0, "Ändringshistorik för K-2, nyaste först:")
    assert run(capsys, "--db", str(small_db), "erase", "K-2", "--yes")[1] == (
        f"{small_db}: deltagaren K-2 med 0 mätningar är raderad; säkerhetskopior behåller en "
        "kopia tills de ersätts"
    )
