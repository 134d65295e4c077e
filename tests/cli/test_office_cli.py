"""`bipdesk merge ... --pdf R.pdf --xlsx R.xlsx`: the project-office report from the
command line, for aggregate files v2."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import read_aggregate, write_aggregate
from bipdesk.io.aggregate_tables import protection_sentence
from tests.cli.test_cli import bipdesk
from tests.reports.follow_up_data import varied_units
from tests.reports.office_data import north, south
from tests.reports.test_office_report import text_of, with_margin

H1 = Period(date(2024, 1, 1), date(2024, 6, 30))


@pytest.fixture(scope="module")
def unit_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("units")
    a, b = folder / "syd.json", folder / "norr.json"
    write_aggregate(a, south())
    write_aggregate(b, north())
    return a, b


def test_merge_writes_the_merged_file_the_report_and_the_tables(
    tmp_path: Path, unit_files: tuple[Path, Path]
) -> None:
    a, b = unit_files
    out, pdf, xlsx = tmp_path / "m.json", tmp_path / "r.pdf", tmp_path / "r.xlsx"
    result = bipdesk(
        "--lang", "sv", "merge", str(a), str(b), "--out", str(out), "--pdf", str(pdf),
        "--xlsx", str(xlsx),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert str(pdf) in result.stdout and str(xlsx) in result.stdout
    merged = read_aggregate(out)
    text = text_of(pdf.read_bytes())
    assert "Progressionsrapport för projektkontoret" in text
    assert f"Inskrivna deltagare {with_margin(merged, 'registered')}" in text
    assert f"Av {with_margin(merged, 'comparable')} deltagare" in text
    assert protection_sentence(merged, "sv") in text
    assert "≥" not in text
    assert load_workbook(xlsx).sheetnames[:3] == ["Deltagare", "Avslut", "Frågor"]

    english = tmp_path / "report.pdf"
    done = bipdesk(
        "--lang", "en", "merge", str(a), str(b), "--out", str(tmp_path / "e.json"), "--pdf",
        str(english),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = text_of(english.read_bytes())
    assert f"Of the {with_margin(merged, 'comparable')} participants" in text


def test_mixed_periods_only_when_allowed_and_then_every_period_is_named(
    tmp_path: Path, unit_files: tuple[Path, Path]
) -> None:
    a, _ = unit_files
    spring = tmp_path / "norr-h1.json"
    write_aggregate(spring, north(H1))
    out, pdf = tmp_path / "m.json", tmp_path / "r.pdf"
    refused = bipdesk("merge", str(a), str(spring), "--out", str(out), "--pdf", str(pdf))
    assert refused.returncode != 0
    assert "give --allow-mixed-periods" in refused.stderr
    assert "nothing was written" in refused.stderr
    assert not out.exists() and not pdf.exists()
    allowed = bipdesk(
        "--lang", "sv", "merge", str(a), str(spring), "--out", str(out), "--pdf", str(pdf),
        "--allow-mixed-periods",
    )  # fmt: skip
    assert allowed.returncode == 0, allowed.stderr
    text = text_of(pdf.read_bytes())
    assert "Blandade perioder (2 st.) 1 jan. 2024 – 30 juni 2024 1 jan. 2024 – 31 dec. 2024" in (
        text
    )


def test_bad_input_writes_nothing(tmp_path: Path, unit_files: tuple[Path, Path]) -> None:
    a, b = unit_files
    junk = tmp_path / "junk.json"
    junk.write_text("{", encoding="utf-8")
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"format": "bipdesk-aggregate", "version": 1}), encoding="utf-8")
    out, pdf, xlsx = tmp_path / "m.json", tmp_path / "r.pdf", tmp_path / "r.xlsx"
    outputs = ("--out", str(out), "--pdf", str(pdf), "--xlsx", str(xlsx))
    refused = bipdesk("merge", str(a), str(junk), *outputs)
    assert refused.returncode != 0
    assert any(str(junk) in line and "not JSON" in line for line in refused.stderr.splitlines())
    older = bipdesk("merge", str(a), str(old), *outputs)
    assert older.returncode != 0
    assert any(
        str(old) in line and "made by an older BIP Desk" in line
        for line in older.stderr.splitlines()
    )
    twice = bipdesk("merge", str(a), str(a), *outputs)
    assert twice.returncode != 0 and "same export" in twice.stderr
    missing = tmp_path / "no such folder" / "r.pdf"
    nowhere = bipdesk("merge", str(a), str(b), "--out", str(out), "--pdf", str(missing))
    assert nowhere.returncode != 0 and "does not exist" in nowhere.stderr
    over = bipdesk("merge", str(a), str(b), "--out", str(out), "--pdf", str(b))
    assert over.returncode != 0 and "is one of the files to merge" in over.stderr
    for result in (refused, older, twice, nowhere, over):
        assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.json", "old.json"]
    assert b.read_bytes()[:1] == b"{"  # the input was not overwritten


def test_merge_shows_the_survey_goal_the_office_chose(tmp_path: Path) -> None:
    files = []
    for number, unit in enumerate(varied_units()):
        files.append(tmp_path / f"unit{number}.json")
        write_aggregate(files[-1], unit)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    result = bipdesk(
        "--lang", "sv", "merge", *map(str, files), "--out", str(tmp_path / "m.json"),
        "--pdf", str(pdf), "--xlsx", str(xlsx), "--survey-goal", "90",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Målet 90 %" in text_of(pdf.read_bytes())
    sheet = load_workbook(xlsx)["Enkät vid avslut"]
    goals = {row[-1] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == "useful"}
    assert goals == {0.9}
    default = bipdesk(
        "--lang", "sv", "merge", *map(str, files), "--out", str(tmp_path / "d.json"),
        "--pdf", str(pdf),
    )  # fmt: skip
    assert default.returncode == 0 and "Målet 75 %" in text_of(pdf.read_bytes())
