"""Demo data is never mistaken for real data (DESIGN §7): a demo database's aggregate
file says `"demo": true`, and `merge` refuses it among real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bipdesk.core.periods import Period
from bipdesk.io.cards import default_cards
from bipdesk.io.export import ExportPaths, export_aggregate
from bipdesk.io.merge import MergeError, merge_files
from bipdesk.storage import open_database
from bipdesk.storage.demo import fill_with_demo, make_demo_database
from tests.conftest import TODAY


def export(database_path: Path, out: Path, unit: str) -> Path:
    with open_database(database_path, default_cards(), today=lambda: TODAY) as database:
        export_aggregate(database, Period(), unit, paths=ExportPaths(json=out), language="en")
    return out


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = make_demo_database(tmp_path / "demo.db", default_cards(), 60, seed=2, today=TODAY)
    assert made is not None
    with open_database(tmp_path / "real.db", default_cards(), today=lambda: TODAY) as real:
        fill_with_demo(real, 60, seed=3, today=TODAY)  # people, but not marked as demo
        with real.transaction() as repository:
            repository.set_setting("demo_database", False)
    return {
        "demo": export(tmp_path / "demo.db", tmp_path / "demo-unit.json", "Demo unit"),
        "real": export(tmp_path / "real.db", tmp_path / "real-unit.json", "Real unit"),
    }


def test_the_aggregate_file_of_a_demo_database_says_demo(files: dict[str, Path]) -> None:
    assert json.loads(files["demo"].read_text(encoding="utf-8"))["demo"] is True
    assert json.loads(files["real"].read_text(encoding="utf-8"))["demo"] is False


def test_merge_refuses_a_demo_file_among_real_ones(files: dict[str, Path]) -> None:
    with pytest.raises(MergeError) as refused:
        merge_files([files["real"], files["demo"]])
    assert [Path(problem.file).name for problem in refused.value.problems] == ["demo-unit.json"]
    assert "demo-unit.json was made from invented demo people" in str(refused.value)


def test_demo_files_merge_with_each_other_and_stay_marked(
    files: dict[str, Path], tmp_path: Path
) -> None:
    second = export(tmp_path / "demo.db", tmp_path / "demo-unit-2.json", "Demo unit 2")
    assert merge_files([files["demo"], second]).demo
