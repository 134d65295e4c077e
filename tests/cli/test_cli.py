"""The `bipdesk` command as users run it: exit codes, one-line messages, no tracebacks."""

from __future__ import annotations

import csv
import hashlib
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bipdesk.core.demo import generate_demo
from bipdesk.io.cards import default_cards
from tests.support import QUESTIONS


def bipdesk(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bipdesk"]
    if db is not None:
        command += ["--db", str(db)]
    env = {**os.environ, "BIPDESK_DEBUG": ""}
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_demo_csv(path: Path, participants: int, seed: int = 7) -> tuple[int, int]:
    """A realistic import file: one row per measurement, a bare row for the never-measured."""
    card = default_cards().get("bip-standard")
    assert card is not None
    people = generate_demo(card, participants, seed, date(2026, 11, 1))
    rows = 0
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(
            [
                "participant",
                "sex",
                "birth_year",
                "municipality",
                "start_date",
                "end_date",
                "exit_reason",
                "measurement_date",
                *QUESTIONS,
            ]
        )
        for person in people:
            p = person.participant
            fixed = [
                p.code,
                p.sex.value,
                p.birth_year,
                p.municipality,
                p.start_date,
                p.end_date or "",
                p.exit_reason.value if p.exit_reason else "",
            ]
            for m in person.measurements or [None]:  # type: ignore[list-item]
                answers = [
                    "" if m is None or m.answers.get(q) is None else m.answers[q] for q in QUESTIONS
                ]
                writer.writerow([*fixed, m.date if m else "", *answers])
                rows += 1
    return len(people), sum(len(p.measurements) for p in people)


def test_version_and_help() -> None:
    from bipdesk import __version__

    version = bipdesk("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"bipdesk {__version__}"
    helped = bipdesk("--help")
    assert helped.returncode == 0
    for command in ("import", "demo"):
        assert command in helped.stdout


def test_help_imports_neither_qt_nor_matplotlib() -> None:
    probe = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bipdesk", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    imported = {line.split("|")[-1].strip() for line in probe.stderr.splitlines() if "|" in line}
    heavy = {
        m for m in imported if m.split(".")[0] in {"PySide6", "matplotlib", "sqlalchemy", "alembic"}
    }
    assert heavy == set()
    assert "bipdesk.cli.main" in imported  # the probe really saw our imports


def test_import_dry_run_second_import_and_bad_file(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    source = tmp_path / "few-hundred.csv"
    participants, measurements = write_demo_csv(source, 350)
    assert participants == 350 and measurements > 500

    dry = bipdesk("import", str(source), "--dry-run", db=db)
    assert dry.returncode == 0, dry.stderr
    assert f"participants: {participants} new, 0 updated, 0 unchanged" in dry.stdout
    assert f"measurements: {measurements} new, 0 updated, 0 unchanged" in dry.stdout
    assert "dry run" in dry.stdout

    done = bipdesk("import", str(source), db=db)
    assert done.returncode == 0, done.stderr
    assert f"measurements: {measurements} new" in done.stdout

    again = bipdesk("import", str(source), db=db)
    assert again.returncode == 0
    assert f"participants: 0 new, 0 updated, {participants} unchanged" in again.stdout
    assert f"measurements: 0 new, 0 updated, {measurements} unchanged" in again.stdout

    lines = source.read_text(encoding="utf-8-sig").splitlines()
    cells = lines[40].split(";")
    cells[8] = "12"  # first answer of row 41, out of the 1–10 scale
    lines[40] = ";".join(cells)
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = file_digest(db)
    refused = bipdesk("import", str(bad), db=db)
    assert refused.returncode != 0
    assert refused.stdout == ""
    assert refused.stderr.strip() == (
        "bipdesk: bad.csv, row 41, column I (job_search_knowhow): "
        "the answer 12 is outside the scale 1–10"
    )
    assert "Traceback" not in refused.stderr
    assert file_digest(db) == before


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["import", "missing.csv"], "missing.csv: no such file"),
        (["demo", "--participants", "0"], "argument --participants: must be 1 or more"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_failures_are_one_line_without_traceback(
    tmp_path: Path, args: list[str], reason: str
) -> None:
    result = bipdesk(*args, db=tmp_path / "x.db")
    assert result.returncode != 0
    assert reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_demo_is_deterministic_and_refuses_a_non_empty_database(tmp_path: Path) -> None:
    first = bipdesk("demo", "--participants", "40", "--seed", "3", db=tmp_path / "a.db")
    second = bipdesk("demo", "--participants", "40", "--seed", "3", db=tmp_path / "b.db")
    assert first.returncode == 0 and second.returncode == 0, first.stderr
    assert "added 40 demo participants" in first.stdout
    assert first.stdout.split(":", 1)[1] == second.stdout.split(":", 1)[1]
    again = bipdesk("demo", db=tmp_path / "a.db")
    assert again.returncode != 0
    assert "already holds 40 participants" in again.stderr
    assert "'bipdesk --db demo.db demo'" in again.stderr  # says how to make one instead
    from bipdesk.storage import open_database
    from bipdesk.storage.demo import is_demo_database

    with open_database(tmp_path / "a.db", default_cards()) as database:
        assert is_demo_database(database)  # marked as demo in the file itself


def test_a_foreign_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"These are my notes, not a database.\n" * 10)
    before = file_digest(foreign)
    result = bipdesk("demo", db=foreign)
    assert result.returncode != 0
    assert "notes.db" in result.stderr and "Traceback" not in result.stderr
    assert file_digest(foreign) == before
