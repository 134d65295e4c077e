"""`bipdesk import` on what is not an import file, and a dry run that changes
no file at all (issue 18)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bipdesk.cli.main import main

CSV = "participant;start_date;measurement_date;job_search_knowhow\nP1;2025-03-01;2025-01-15;3,0\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        path.name: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(folder.iterdir())
    }


def test_a_dry_run_on_a_new_database_creates_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(CSV, encoding="utf-8")
    before = snapshot(tmp_path)
    code, out, err = run(
        capsys, "--db", str(tmp_path / "new.db"), "import", "--dry-run", str(source)
    )
    assert (code, err) == (0, "")
    assert snapshot(tmp_path) == before  # no database, no lock, no backup
    assert out.splitlines() == [
        "Would change (dry run, nothing written):",
        "  participants: 1 new, 0 updated, 0 unchanged",
        "  measurements: 1 new, 0 updated, 0 unchanged",
        "  warnings, imported all the same (1):",
        "    in.csv, row 2, column C (measurement_date): participant P1: the measurement "
        "date 2025-01-15 is before the participant's start date 2025-03-01",
    ]


def test_a_dry_run_on_an_existing_database_changes_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(CSV, encoding="utf-8")
    db = tmp_path / "p.db"
    assert run(capsys, "--db", str(db), "import", str(source))[0] == 0
    source.write_text(CSV.replace("3,0", "4"), encoding="utf-8")
    before = snapshot(tmp_path)
    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(source))
    assert code == 0 and "measurements: 0 new, 1 updated, 0 unchanged" in out
    assert snapshot(tmp_path) == before


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("exported")
    db = str(folder / "demo.db")
    assert main(["--db", db, "demo", "--participants", "40"]) == 0
    aggregate = ["--out", str(folder / "agg.json")]
    aggregate += ["--xlsx", str(folder / "agg.xlsx"), "--csv", str(folder / "agg.csv")]
    assert main(["--db", db, "export-aggregate", "--unit", "Syd", *aggregate]) == 0
    report = ["--out", str(folder / "report.pdf"), "--xlsx", str(folder / "report.xlsx")]
    assert main(["--db", db, "report", *report]) == 0
    return folder


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("agg.json", "is an aggregate file exported for the project office, not an import file"),
        ("agg.csv", "is an aggregate file exported for the project office, not an import file"),
        ("agg.xlsx", "is an aggregate file exported for the project office, not an import file"),
        ("report.pdf", "is a PDF (a report or a sheet), not an import file"),
        (
            "report.xlsx",
            "is a table exported from BIP Desk (a report or an aggregate file), not an import file",
        ),
    ],
)
def test_an_export_given_to_import_is_named_as_such(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, reason: str
) -> None:
    capsys.readouterr()
    db = tmp_path / "p.db"
    code, out, err = run(capsys, "--db", str(db), "import", str(exported / name))
    assert code == 1 and out == ""
    assert err.startswith(f"bipdesk: {name}: {reason}")
    assert ", row " not in err and "cells" not in err
