"""`bipdesk merge ... --pdf R.pdf`: the project-office report from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from bipdesk.io.aggregate_file import write_aggregate
from tests.cli.test_cli import bipdesk
from tests.reports.test_office_report import north, south, text_of


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
        "--lang",
        "sv",
        "merge",
        str(a),
        str(b),
        "--out",
        str(out),
        "--pdf",
        str(pdf),
        "--xlsx",
        str(xlsx),
    )
    assert result.returncode == 0, result.stderr
    assert str(pdf) in result.stdout and str(xlsx) in result.stdout
    assert out.is_file() and xlsx.is_file()
    text = text_of(pdf.read_bytes())
    assert "Progressionsrapport för projektkontoret" in text
    assert "71 (66 %) en positiv stegförflyttning, 26 (24 %) en negativ och 11 (10 %)" in text
    assert "Alla avslutade 360 266 626" in text
    assert load_workbook(xlsx).sheetnames == ["Deltagare", "Avslut", "Frågor"]

    english = tmp_path / "report.pdf"
    done = bipdesk(
        "--lang", "en", "merge", str(a), str(b), "--out", str(tmp_path / "e.json"), "--pdf",
        str(english),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "71 (66%) made a positive step" in text_of(english.read_bytes())


def test_bad_input_writes_nothing(tmp_path: Path, unit_files: tuple[Path, Path]) -> None:
    a, b = unit_files
    junk = tmp_path / "junk.json"
    junk.write_text("{", encoding="utf-8")
    out, pdf, xlsx = tmp_path / "m.json", tmp_path / "r.pdf", tmp_path / "r.xlsx"
    outputs = ("--out", str(out), "--pdf", str(pdf), "--xlsx", str(xlsx))
    refused = bipdesk("merge", str(a), str(junk), *outputs)
    assert refused.returncode != 0
    assert any(str(junk) in line and "not JSON" in line for line in refused.stderr.splitlines())
    twice = bipdesk("merge", str(a), str(a), *outputs)
    assert twice.returncode != 0 and "same export" in twice.stderr
    missing = tmp_path / "no such folder" / "r.pdf"
    nowhere = bipdesk("merge", str(a), str(b), "--out", str(out), "--pdf", str(missing))
    assert nowhere.returncode != 0 and "does not exist" in nowhere.stderr
    over = bipdesk("merge", str(a), str(b), "--out", str(out), "--pdf", str(b))
    assert over.returncode != 0 and "is one of the files to merge" in over.stderr
    for result in (refused, twice, nowhere, over):
        assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.json"]
    assert b.read_bytes()[:1] == b"{"  # the input was not overwritten
