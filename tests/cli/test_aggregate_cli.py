"""`bipdesk export-aggregate` and `bipdesk merge` as users run them (aggregate file v2)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bipdesk.core.ages import AgeBands
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import write_aggregate
from bipdesk.io.cards import default_cards
from bipdesk.io.export import build_aggregate
from bipdesk.io.profile import Profile, ProfilePeriod, write_profile
from bipdesk.storage import open_database
from bipdesk.storage.database import Database
from tests.cli.test_cli import bipdesk
from tests.io.test_aggregate_file import fill

H1 = Period(date(2024, 1, 1), date(2024, 6, 30))
H2 = Period(date(2024, 7, 1), date(2024, 12, 31))


@pytest.fixture
def seeded_db(tmp_path: Path) -> Path:
    path = tmp_path / "unit.db"
    with open_database(path, default_cards()) as database:
        fill(database)
    return path


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def registered_total(data: dict[str, object]) -> int:
    cells = data["cells"]
    assert isinstance(cells, list)
    [total] = [
        c["value"]
        for c in cells
        if c["table"] == "participants"
        and c["measure"] == "registered"
        and c["sex"] == "all"
        and c["age_band"] == "all"
    ]
    return int(total)


def test_export_writes_v2_json_csv_and_xlsx(seeded_db: Path, tmp_path: Path) -> None:
    out, csv, xlsx = tmp_path / "u.json", tmp_path / "u.csv", tmp_path / "u.xlsx"
    result = bipdesk(
        "--lang", "sv", "export-aggregate", "--out", str(out), "--csv", str(csv),
        "--xlsx", str(xlsx), "--from", "2024-01-01", "--to", "2024-12-31", "--unit", "Syd",
        db=seeded_db,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == 2 and data["unit"] == "Syd" and data["project"] is None
    assert data["protection"]["method"] == "cell-key" and "disclosure" not in data
    registered = registered_total(data)
    assert abs(registered - 893) <= 2
    assert one_line(result.stdout) == (
        f"{out}, {csv}, {xlsx}: enheten ”Syd”, {registered} deltagare registrerade (skyddade "
        "med cellnyckelmetoden: varje siffra ligger inom ±2 från det exakta antalet); "
        "0 medelvärden utelämnade (färre än 10 personer)"
    )
    text = csv.read_text(encoding="utf-8-sig")
    assert "cellnyckelmetoden" in text and f"Totalt;Totalt;{registered};" in text
    sheet = load_workbook(xlsx)["Deltagare"]
    total = next(r for r in sheet.iter_rows(values_only=True) if r[:2] == ("Totalt", "Totalt"))
    assert total[2] == registered


def test_export_refuses_k_and_bad_input(seeded_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "u.json"
    old = bipdesk("export-aggregate", "--out", str(out), "--k", "5", db=seeded_db)
    assert old.returncode != 0 and "--k is gone" in one_line(old.stderr)
    missing = bipdesk("export-aggregate", "--out", str(out), db=tmp_path / "none.db")
    assert missing.returncode != 0 and "no such database" in one_line(missing.stderr)
    backwards = bipdesk(
        "export-aggregate", "--out", str(out), "--from", "2024-05-01", "--to", "2024-01-01",
        db=seeded_db,
    )  # fmt: skip
    assert backwards.returncode != 0 and one_line(backwards.stderr)
    for result in (old, missing, backwards):
        assert "Traceback" not in result.stderr
    assert not out.exists()


def profile(path: Path, card_version: int = 1) -> Path:
    write_profile(
        path,
        Profile(
            project="BIP Kronoberg",
            card_id="bip-standard",
            card_version=card_version,
            age_bands=AgeBands.from_labels(["-29", "30-49", "50-"]),
            periods=(ProfilePeriod("2024 H1", H1), ProfilePeriod("2024 H2", H2)),
        ),
    )
    return path


def test_export_with_a_profile_takes_its_project_bands_and_period(
    seeded_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "u.json"
    result = bipdesk(
        "export-aggregate", "--out", str(out), "--profile", str(profile(tmp_path / "p.json")),
        "--period", "2024 h2", "--unit", "Syd",
        db=seeded_db,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["project"] == "BIP Kronoberg"
    assert data["age_bands"] == ["-29", "30-49", "50-"]
    assert data["period"] == {"from": "2024-07-01", "to": "2024-12-31", "baseline": "start"}
    bands = {c["age_band"] for c in data["cells"] if c["table"] == "participants"}
    assert bands == {"-29", "30-49", "50-", "unknown", "all"}


def test_profile_problems_name_the_file_and_write_nothing(seeded_db: Path, tmp_path: Path) -> None:
    good = profile(tmp_path / "p.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "bipdesk-profile", ', encoding="utf-8")
    newer = profile(tmp_path / "v7.json", card_version=7)
    out = tmp_path / "u.json"
    for path, period, reason in (
        (
            good,
            "2025",
            "The project profile has no period '2025'; its periods are '2024 H1', '2024 H2'.",
        ),
        (broken, "2024 H1", "The file is not JSON (error at line 1, column 31)."),
        (
            newer,
            "2024 H1",
            "The project profile asks for card bip-standard version 7, but this BIP Desk has "
            "version 1",
        ),
    ):
        result = bipdesk(
            "export-aggregate", "--out", str(out), "--profile", str(path), "--period", period,
            db=seeded_db,
        )  # fmt: skip
        assert result.returncode != 0
        line = one_line(result.stderr)
        assert f"{path}: {reason}" in line and "Traceback" not in line
        assert not out.exists()


def unit_files(database: Database, folder: Path, *exports: tuple[str, Period]) -> list[Path]:
    """Aggregate files of the seeded database, one per (unit, period)."""
    fill(database)
    paths = []
    for unit, period in exports:
        path = folder / f"{unit}.json"
        write_aggregate(path, build_aggregate(database, period, unit))
        paths.append(path)
    return paths


def test_merge_and_bad_input(database: Database, tmp_path: Path) -> None:
    a, b = unit_files(database, tmp_path, ("Syd", Period.year(2024)), ("Norr", Period.year(2024)))
    merged, xlsx = tmp_path / "m.json", tmp_path / "m.xlsx"
    result = bipdesk(
        "--lang", "en", "merge", str(a), str(b), "--out", str(merged), "--xlsx", str(xlsx)
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(merged.read_text(encoding="utf-8"))
    total = next(
        c
        for c in data["cells"]
        if c["measure"] == "registered" and c["sex"] == "all" and c["age_band"] == "all"
    )
    assert total["margin"] == 3 and total["parts"] == 2  # ±ceil(1.96·√2)
    units = [json.loads(p.read_text(encoding="utf-8")) for p in (a, b)]
    assert total["value"] == sum(registered_total(u) for u in units)
    assert len(data["sources"]) == 2
    assert one_line(result.stdout).startswith(f"{merged}, {xlsx}: 2 exports of Norr, Syd merged")
    assert "Participants" in load_workbook(xlsx).sheetnames

    junk = tmp_path / "junk.json"
    junk.write_text("{", encoding="utf-8")
    again = tmp_path / "again.json"
    refused = bipdesk("merge", str(a), str(a), str(junk), "--out", str(again))
    assert refused.returncode != 0 and not again.exists()
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 3 and lines[-1] == "bipdesk: nothing was written"
    assert (
        f"bipdesk: {a}: The file holds the same export as {a.name}; it would count the same "
        "people twice. Remove one of them." in lines
    )
    assert f"bipdesk: {junk}: The file is not JSON (error at line 1, column 2)." in lines
    assert "Traceback" not in refused.stderr


def test_merge_of_mixed_periods_only_when_allowed(database: Database, tmp_path: Path) -> None:
    files = [str(p) for p in unit_files(database, tmp_path, ("Syd", H1), ("Norr", H2))]
    out = tmp_path / "m.json"
    refused = bipdesk("merge", *files, "--out", str(out))
    assert refused.returncode != 0 and not out.exists()
    assert f"{files[1]}: The file covers 2024-07-01 – 2024-12-31, but Syd.json covers" in (
        refused.stderr
    )
    assert refused.stderr.strip().splitlines()[-2:] == [
        "bipdesk: give --allow-mixed-periods to merge files of different periods",
        "bipdesk: nothing was written",
    ]
    allowed = bipdesk("merge", *files, "--out", str(out), "--allow-mixed-periods")
    assert allowed.returncode == 0, allowed.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["period"] == {"from": "2024-01-01", "to": "2024-12-31", "baseline": "start"}
    assert [s["period"]["from"] for s in data["sources"]] == ["2024-01-01", "2024-07-01"]


def test_merge_of_a_version_1_file_asks_for_a_new_export(
    database: Database, tmp_path: Path
) -> None:
    [new] = unit_files(database, tmp_path, ("Syd", Period.year(2024)))
    old = tmp_path / "old.json"
    old.write_text(
        json.dumps({"format": "bipdesk-aggregate", "version": 1, "unit": "Norr", "cells": []}),
        encoding="utf-8",
    )
    out = tmp_path / "m.json"
    result = bipdesk("merge", str(new), str(old), "--out", str(out))
    assert result.returncode != 0 and not out.exists()
    first, last = result.stderr.strip().splitlines()
    assert first.startswith(f"bipdesk: {old}: The file was made by an older BIP Desk")
    assert "export the period again" in first and last == "bipdesk: nothing was written"
