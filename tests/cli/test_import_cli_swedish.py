"""`bipdesk --lang sv import` speaks Swedish: the problem that stops the import,
the dry run's summary and its warnings (issue 18, item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bipdesk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_bad_file_is_refused_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "fel.csv"
    source.write_text(
        "deltagare;startdatum;mätdatum;job_search_knowhow\n"
        "P1;2025-01-10;2025-01-15;3\n"
        "P2;2025-01-10;2025-13-01;4\n"
        "P3;2025-01-10;2025-02-01;3,5\n",
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "--lang", "sv", "--db", str(tmp_path / "p.db"), "import", str(source)
    )
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "bipdesk: fel.csv, rad 3, kolumn C (mätdatum): ”2025-13-01” är inget riktigt datum",
        "bipdesk: fel.csv, rad 4, kolumn D (job_search_knowhow): ”3,5” är inget heltal; "
        "svaren är heltal på skalan 1–10",
        "bipdesk: ingenting importerades: 2 problem",
    ]


def test_the_dry_run_says_its_summary_and_warnings_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "participant;start_date;measurement_date;job_search_knowhow\nP1;2025-03-01;2025-01-15;3\n",
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "--lang", "sv", "--db", str(tmp_path / "new.db"), "import", "--dry-run", str(source)
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Skulle ändra (provkörning, ingenting skrivet):",
        "  deltagare: nya 1, ändrade 0, oförändrade 0",
        "  mätningar: nya 1, ändrade 0, oförändrade 0",
        "  varningar, importeras ändå (1):",
        "    in.csv, rad 2, kolumn C (measurement_date): deltagare P1: mätdatumet 2025-01-15 "
        "är före deltagarens startdatum 2025-03-01",
    ]


def test_an_unknown_card_language_is_refused_in_swedish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(
        capsys,
        "--lang",
        "sv",
        "card",
        "texts",
        "bip-standard",
        "--lang",
        "sv",
        "--out",
        str(tmp_path / "t.xlsx"),
    )
    assert code == 1
    assert err == (
        "bipdesk: --lang: svenska är kortets grundspråk: ändra det i en kopia av kortfilen\n"
    )
