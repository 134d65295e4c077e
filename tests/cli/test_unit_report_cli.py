"""`bipdesk report`: the unit's own exact report, as users run it."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database
from bipdesk.storage.survey_goal import set_survey_goal_percent
from tests.cli.test_cli import bipdesk
from tests.reports.follow_up_data import fill_follow_up, small_follow_up
from tests.reports.unit_support import UNIT, fill_small_unit


def small_db(tmp_path: Path) -> Path:
    path = tmp_path / "unit.db"
    with open_database(path, default_cards()) as database:
        fill_small_unit(database)
    return path


def pdf_text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def test_report_writes_the_pdf_and_the_xlsx(tmp_path: Path) -> None:
    db = small_db(tmp_path)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    result = bipdesk(
        "--lang",
        "en",
        "report",
        "--out",
        str(pdf),
        "--xlsx",
        str(xlsx),
        "--from",
        "2024-01-01",
        "--to",
        "2024-12-31",
        db=db,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert str(pdf) in result.stdout and "5 participants registered" in result.stdout
    assert "internal" in result.stdout
    text = pdf_text(pdf)
    assert f"Unit report: {UNIT}" in text and "Jan 1, 2024 – Dec 31, 2024" in text
    assert text.count("Internal — contains small counts, do not publish") == len(
        PdfReader(str(pdf)).pages
    )
    assert "Women 3 3 (100%) 2 (67%) 1 (50%) 0 1 (50%)" in text
    sheet = load_workbook(xlsx)["Participants"]
    totals = next(r for r in sheet.iter_rows(values_only=True) if r[:2] == ("Total", "Total"))
    assert totals[2:5] == (5, 4, 3)


def test_report_without_dates_covers_the_whole_project_in_swedish(tmp_path: Path) -> None:
    db = small_db(tmp_path)
    pdf = tmp_path / "r.pdf"
    result = bipdesk("--lang", "sv", "report", "--out", str(pdf), db=db)
    assert result.returncode == 0, result.stderr
    text = pdf_text(pdf)
    assert "hela projekttiden" in text and "Internt – innehåller små antal" in text
    assert not (tmp_path / "r.xlsx").exists()


def test_report_refuses_bad_dates_and_names_with_one_line(tmp_path: Path) -> None:
    db = small_db(tmp_path)
    pdf = tmp_path / "r.pdf"
    refusals = {
        "not a date": ("report", "--out", str(pdf), "--from", "2024-13-01"),
        "before it starts": (
            "report",
            "--out",
            str(pdf),
            "--from",
            "2024-05-01",
            "--to",
            "2024-01-01",
        ),
        "ending in .pdf": ("report", "--out", str(tmp_path / "r.json")),
        "ending in .xlsx": ("report", "--out", str(pdf), "--xlsx", str(tmp_path / "r.csv")),
        "does not exist": ("report", "--out", str(tmp_path / "missing" / "r.pdf")),
    }
    for reason, args in refusals.items():
        result = bipdesk(*args, db=db)
        assert result.returncode != 0, reason
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and reason in lines[0], (reason, result.stderr)
    missing = bipdesk("report", "--out", str(pdf), db=tmp_path / "none.db")
    assert missing.returncode == 1 and "no such database" in missing.stderr
    assert list(tmp_path.glob("r.*")) == []


def test_merge_refuses_the_report_files(tmp_path: Path) -> None:
    db = small_db(tmp_path)
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    made = bipdesk("report", "--out", str(pdf), "--xlsx", str(xlsx), db=db)
    assert made.returncode == 0, made.stderr
    merged = tmp_path / "m.json"
    result = bipdesk("merge", str(pdf), str(xlsx), "--out", str(merged))
    assert result.returncode == 1 and not merged.exists()
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    for path in (pdf, xlsx):
        about = [line for line in lines if str(path) in line]
        assert len(about) == 1 and "not JSON" in about[0], result.stderr


def test_report_shows_the_survey_goal_given_or_kept(tmp_path: Path) -> None:
    db = tmp_path / "unit.db"
    with open_database(db, default_cards()) as database:
        fill_follow_up(database, small_follow_up(), "Enhet Liten")
        set_survey_goal_percent(database, 60)
    pdf = tmp_path / "r.pdf"
    kept = bipdesk("--lang", "sv", "report", "--out", str(pdf), db=db)
    assert kept.returncode == 0, kept.stderr
    assert "Målet 60 %" in pdf_text(pdf)
    given = bipdesk("--lang", "sv", "report", "--out", str(pdf), "--survey-goal", "85", db=db)
    assert given.returncode == 0, given.stderr
    assert "Målet 85 %" in pdf_text(pdf)
    for wrong in ("0", "101", "many"):
        result = bipdesk("report", "--out", str(tmp_path / "x.pdf"), "--survey-goal", wrong, db=db)
        lines = result.stderr.strip().splitlines()
        assert result.returncode != 0 and len(lines) == 1, result.stderr
        assert f"'{wrong}' is not a whole percent from 1 to 100" in lines[0]
    assert not (tmp_path / "x.pdf").exists()
