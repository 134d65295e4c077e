"""`bipdesk init --encrypt`, passphrases from BIPDESK_PASSPHRASE, change-passphrase."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bipdesk.storage.backup import list_backups


def bipdesk(
    *args: str, db: Path, passphrase: str | None = None, new: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BIPDESK_DEBUG": ""}
    env.pop("BIPDESK_PASSPHRASE", None)
    env.pop("BIPDESK_NEW_PASSPHRASE", None)
    if passphrase is not None:
        env["BIPDESK_PASSPHRASE"] = passphrase
    if new is not None:
        env["BIPDESK_NEW_PASSPHRASE"] = new
    return subprocess.run(
        [sys.executable, "-m", "bipdesk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,  # no terminal: nobody can be asked
        timeout=120,
        check=False,
    )


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in text, text
    return lines[0]


def test_init_encrypt_then_every_command_needs_the_passphrase(tmp_path: Path) -> None:
    db = tmp_path / "enc.db"
    secret = "midsommar på Öland"
    made = bipdesk("init", "--encrypt", db=db, passphrase=secret)
    assert made.returncode == 0, made.stderr
    line = one_line(made.stdout)
    assert "encrypted with SQLCipher" in line and "cannot be recovered" in line
    assert not db.read_bytes().startswith(b"SQLite format 3")

    again = bipdesk("init", db=db)
    assert again.returncode == 1 and "already exists" in one_line(again.stderr)

    missing = bipdesk("check", db=db)
    assert missing.returncode == 1
    assert "is encrypted: it needs its passphrase (set BIPDESK_PASSPHRASE" in one_line(
        missing.stderr
    )
    wrong = bipdesk("demo", "--participants", "3", db=db, passphrase="midsommar på Gotland")
    assert wrong.returncode == 1 and "the passphrase is wrong" in one_line(wrong.stderr)

    filled = bipdesk("demo", "--participants", "4", db=db, passphrase=secret)
    assert filled.returncode == 0, filled.stderr
    backed = bipdesk("backup", db=db, passphrase=secret)
    assert backed.returncode == 0, backed.stderr
    [backup] = list_backups(db)
    assert not backup.path.read_bytes().startswith(b"SQLite format 3")

    new = "jul i Haparanda"
    changed = bipdesk("change-passphrase", db=db, passphrase=secret, new=new)
    assert changed.returncode == 0, changed.stderr
    assert "backups made before keep the old one" in one_line(changed.stdout)
    checked = bipdesk("check", db=db, passphrase=new)
    assert checked.returncode == 0, checked.stderr
    assert "4 participants" in checked.stdout
    # the backup keeps its passphrase: restoring it needs the old one
    refused = bipdesk("restore", str(backup.path), db=db, passphrase=new)
    assert refused.returncode == 1 and "passphrase is wrong" in refused.stderr
    restored = bipdesk("restore", str(backup.path), db=db, passphrase=secret)
    assert restored.returncode == 0, restored.stderr


def test_a_short_or_missing_new_passphrase_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "enc.db"
    short = bipdesk("init", "--encrypt", db=db, passphrase="kort")
    assert short.returncode == 1 and "at least 8 characters" in one_line(short.stderr)
    none = bipdesk("init", "--encrypt", db=db)
    assert none.returncode == 1 and "set BIPDESK_PASSPHRASE" in one_line(none.stderr)
    assert not db.exists()
    plain = bipdesk("init", db=db)
    assert plain.returncode == 0 and "not encrypted" in plain.stdout
    assert db.read_bytes().startswith(b"SQLite format 3")
    nothing = bipdesk("change-passphrase", db=db, new="ny fras som är lång")
    assert nothing.returncode == 1 and "is not encrypted" in one_line(nothing.stderr)
