"""`bipdesk erase` and `bipdesk extract`: one line out, non-zero with a reason, no traceback."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pypdf
import pytest

from bipdesk.cli.main import main


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "projekt.db"
    assert main(["--db", str(path), "demo", "--participants", "6", "--seed", "3"]) == 0
    return path


def _people(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as connection:
        return dict(connection.execute("SELECT code, name FROM participants"))


def test_erase_with_yes(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = _people(demo_db)
    capsys.readouterr()
    assert main(["--db", str(demo_db), "erase", "D00002", "--yes"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "erased participant D00002" in out[0] and "backups" in out[0]
    assert "D00002" not in _people(demo_db)
    assert len(_people(demo_db)) == len(people) - 1
    assert people["D00002"].encode() not in demo_db.read_bytes()


def test_erase_without_a_terminal_needs_yes(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", str(demo_db), "erase", "D00002"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "bipdesk: participant D00002 was not erased: confirm by typing the code, "
        "or add --yes when no one can type"
    ]
    assert "D00002" in _people(demo_db)


def test_erase_asks_for_the_code_on_a_terminal(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "D00003")
    assert main(["--db", str(demo_db), "erase", "D00002"]) == 1  # the wrong code typed
    assert "D00002" in _people(demo_db)
    monkeypatch.setattr("builtins.input", lambda prompt: "D00002 ")
    assert main(["--db", str(demo_db), "erase", "D00002"]) == 0
    assert "D00002" not in _people(demo_db)


def test_erase_unknown_code(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(demo_db), "erase", "NOBODY", "--yes"]) == 1
    assert capsys.readouterr().err == f"bipdesk: there is no participant 'NOBODY' in {demo_db}\n"


def test_extract_json_and_pdf(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = _people(demo_db)["D00001"]
    out, pdf = tmp_path / "utdrag.json", tmp_path / "utdrag.pdf"
    capsys.readouterr()
    args = ["--db", str(demo_db), "--lang", "sv", "extract", "D00001", "--out", str(out)]
    assert main([*args, "--pdf", str(pdf)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"{out}, {pdf} (") and "sidor): allt som är sparat om D00001, " in line
    assert line.endswith(" mätningar")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["participant"]["code"] == "D00001" and data["participant"]["name"] == name
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Registerutdrag för deltagare D00001" in text and name in text


def test_extract_unknown_code_writes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.json"
    capsys.readouterr()
    assert main(["--db", str(demo_db), "extract", "NOBODY", "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"bipdesk: there is no participant 'NOBODY' in {demo_db}\n"
    assert not out.exists()


def test_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.db"
    assert main(["--db", str(missing), "erase", "A", "--yes"]) == 1
    assert main(["--db", str(missing), "extract", "A", "--out", str(tmp_path / "a.json")]) == 1
    assert capsys.readouterr().err.count("no such database") == 2
    assert not missing.exists()
