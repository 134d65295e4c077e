"""`--baseline` of `export-aggregate` and `report`: a quarter has figures (DESIGN §4)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database
from bipdesk.storage.demo import fill_with_demo
from tests.cli.test_cli import bipdesk

TODAY = date(2026, 11, 23)
Q3 = ("--from", "2026-07-01", "--to", "2026-09-30")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("baseline") / "demo.db"
    with open_database(path, default_cards(), today=lambda: TODAY) as database:
        fill_with_demo(database, 150, seed=3, today=TODAY)
    return path


def everyone(data: dict[str, Any], measure: str) -> int:
    [value] = [
        c["value"]
        for c in data["cells"]
        if c["table"] == "participants"
        and c["measure"] == measure
        and c["sex"] == "all"
        and c["age_band"] == "all"
    ]
    return int(value)


def export(db: Path, out: Path, *extra: str) -> dict[str, Any]:
    result = bipdesk("export-aggregate", "--out", str(out), *Q3, *extra, db=db)
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_a_quarter_compares_since_they_began_by_default(demo_db: Path, tmp_path: Path) -> None:
    data = export(demo_db, tmp_path / "q3.json")
    assert data["period"] == {"from": "2026-07-01", "to": "2026-09-30", "baseline": "start"}
    comparable = everyone(data, "comparable")
    assert comparable >= 20
    assert everyone(data, "positive") > 0
    means = [c for c in data["cells"] if c["table"] == "questions" and c["measure"] == "mean_first"]
    assert any(c["value"] is not None for c in means)


def test_baseline_period_keeps_during_the_period(demo_db: Path, tmp_path: Path) -> None:
    since = export(demo_db, tmp_path / "start.json", "--baseline", "start")
    during = export(demo_db, tmp_path / "period.json", "--baseline", "period")
    assert during["period"]["baseline"] == "period"
    assert everyone(during, "measured") == everyone(since, "measured")
    assert everyone(during, "comparable") < everyone(since, "comparable")


def test_an_unknown_baseline_is_refused_in_one_line(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    result = bipdesk("export-aggregate", "--out", str(out), "--baseline", "ever", db=demo_db)
    assert result.returncode != 0
    assert "--baseline" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("baseline", "words"),
    [("start", "first measurement ever"), ("period", "first measurement in the same period")],
)
def test_the_report_takes_the_baseline(
    demo_db: Path, tmp_path: Path, baseline: str, words: str
) -> None:
    out = tmp_path / f"{baseline}.pdf"
    result = bipdesk(
        "--lang", "en", "report", "--out", str(out), *Q3, "--baseline", baseline, db=demo_db
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert words in text


def test_merge_refuses_another_baseline_naming_both_files(demo_db: Path, tmp_path: Path) -> None:
    since = tmp_path / "ljungby.json"
    during = tmp_path / "markaryd.json"
    export(demo_db, since, "--unit", "Ljungby")
    export(demo_db, during, "--unit", "Markaryd", "--baseline", "period")
    out = tmp_path / "m.json"
    result = bipdesk("merge", str(since), str(during), "--out", str(out))
    assert result.returncode != 0 and not out.exists()
    first = result.stderr.splitlines()[0]
    assert first == (
        f"bipdesk: {during}: The file compares the latest measurement with the first "
        f"measurement in the period, but {since.name} with the first measurement ever. "
        "Only files that compare alike can be added together."
    )


def test_mixed_periods_only_when_allowed_and_the_headline_names_each(
    demo_db: Path, tmp_path: Path
) -> None:
    always, year = tmp_path / "alvesta.json", tmp_path / "ljungby.json"
    result = bipdesk("export-aggregate", "--out", str(always), "--unit", "Alvesta", db=demo_db)
    assert result.returncode == 0, result.stderr
    result = bipdesk(
        "export-aggregate", "--out", str(year), "--unit", "Ljungby",
        "--from", "2026-01-01", "--to", "2026-12-31", db=demo_db,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out, pdf = tmp_path / "m.json", tmp_path / "m.pdf"
    refused = bipdesk("merge", str(always), str(year), "--out", str(out))
    assert refused.returncode != 0 and not out.exists()
    assert "give --allow-mixed-periods" in refused.stderr and str(year) in refused.stderr
    allowed = bipdesk(
        "--lang", "en", "merge", str(always), str(year), "--out", str(out), "--pdf", str(pdf),
        "--allow-mixed-periods",
    )  # fmt: skip
    assert allowed.returncode == 0, allowed.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert (
        "The figures cover the periods all time (no first or last day); "
        "Jan 1, 2026 – Dec 31, 2026." in text
    )
    assert "Mixed periods (2)" in text
    assert "A step is the mean change from the participant's first measurement ever" in text
