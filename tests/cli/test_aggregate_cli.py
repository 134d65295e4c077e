"""`bipdesk export-aggregate` and `bipdesk merge` as users run them."""

from __future__ import annotations

import json
from pathlib import Path

from bipdesk.storage import open_database
from tests.cli.test_cli import bipdesk
from tests.io.test_aggregate_file import fill


def seeded_db(tmp_path: Path, name: str = "unit.db") -> Path:
    path = tmp_path / name
    with open_database(path) as database:
        fill(database)
    return path


def test_export_writes_json_csv_and_xlsx(tmp_path: Path) -> None:
    db = seeded_db(tmp_path)
    out, csv, xlsx = tmp_path / "u.json", tmp_path / "u.csv", tmp_path / "u.xlsx"
    result = bipdesk(
        "--lang",
        "sv",
        "export-aggregate",
        "--out",
        str(out),
        "--csv",
        str(csv),
        "--xlsx",
        str(xlsx),
        "--from",
        "2024-01-01",
        "--to",
        "2024-12-31",
        "--unit",
        "Syd",
        "--k",
        "5",
        db=db,
    )
    assert result.returncode == 0, result.stderr
    assert "893 participants" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["unit"] == "Syd" and data["disclosure"]["k"] == 5
    text = csv.read_text(encoding="utf-8-sig")
    assert ";71;26;11;66 %;24 %;10 %" in text
    assert xlsx.stat().st_size > 0


def test_export_refuses_small_k_and_missing_database(tmp_path: Path) -> None:
    db = seeded_db(tmp_path)
    out = tmp_path / "u.json"
    result = bipdesk("export-aggregate", "--out", str(out), "--k", "2", db=db)
    assert result.returncode != 0 and "k must be 3 or more" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()
    missing = bipdesk("export-aggregate", "--out", str(out), db=tmp_path / "none.db")
    assert missing.returncode != 0 and "no such database" in missing.stderr
    backwards = bipdesk(
        "export-aggregate", "--out", str(out), "--from", "2024-05-01", "--to", "2024-01-01", db=db
    )
    assert backwards.returncode != 0 and len(backwards.stderr.strip().splitlines()) == 1


def test_merge_and_bad_input(tmp_path: Path) -> None:
    db = seeded_db(tmp_path)
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for path, unit in ((a, "Syd"), (b, "Norr")):
        done = bipdesk(
            "export-aggregate",
            "--out",
            str(path),
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
            "--unit",
            unit,
            db=db,
        )
        assert done.returncode == 0, done.stderr
    merged, xlsx = tmp_path / "m.json", tmp_path / "m.xlsx"
    result = bipdesk("merge", str(a), str(b), "--out", str(merged), "--xlsx", str(xlsx))
    assert result.returncode == 0, result.stderr
    data = json.loads(merged.read_text(encoding="utf-8"))
    total = next(
        c
        for c in data["cells"]
        if c["table"] == "participants"
        and c["measure"] == "registered"
        and c["sex"] == "all"
        and c["age_band"] == "all"
    )
    assert total["value"] == 2 * 893 and len(data["sources"]) == 2
    assert xlsx.is_file()

    junk = tmp_path / "junk.json"
    junk.write_text("{", encoding="utf-8")
    again = tmp_path / "again.json"
    refused = bipdesk("merge", str(a), str(a), str(junk), "--out", str(again))
    assert refused.returncode != 0 and not again.exists()
    lines = refused.stderr.strip().splitlines()
    assert any(str(a) in line and "same export" in line for line in lines)
    assert any(str(junk) in line and "not JSON" in line for line in lines)
    assert "Traceback" not in refused.stderr
    assert "--pdf" in bipdesk("merge", "--help").stdout
