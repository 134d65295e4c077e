"""The participant's answer stays the measurement: a coordinator's view on every
measurement changes no published figure of the aggregate file, no progression
and no due date."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bipdesk.cli.main import main
from bipdesk.core.coordinator_view import CoordinatorValue, CoordinatorView
from bipdesk.core.progression import progression
from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database


def _cells(db: Path, out: Path) -> list[dict[str, Any]]:
    assert main(["--db", str(db), "export-aggregate", "--out", str(out)]) == 0
    return list(json.loads(out.read_text(encoding="utf-8"))["cells"])


def test_coordinator_views_change_no_figure_progression_or_due_date(tmp_path: Path) -> None:
    db = tmp_path / "unit.db"
    assert main(["--db", str(db), "demo", "--participants", "80", "--seed", "7"]) == 0
    before = _cells(db, tmp_path / "before.json")
    with open_database(db, default_cards()) as database, database.transaction(write=False) as repo:
        measurements = repo.all_measurements()
        due = repo.latest_measurement_dates()
    progressions = {code: progression(ms, "bip-standard") for code, ms in measurements.items()}

    noted = 0
    with open_database(db, default_cards()) as database, database.transaction() as repo:
        for found in measurements.values():
            for measurement in found:
                assert measurement.id is not None
                # The coordinator sees every answered question three steps from the
                # participant, towards the middle of the scale.
                values = {
                    question: CoordinatorValue(
                        answer + 3 if answer <= 5 else answer - 3, "Ser det annorlunda"
                    )
                    for question, answer in measurement.answered.items()
                }
                repo.save_coordinator_view(measurement.id, CoordinatorView(True, values))
                noted += len(values)
    assert noted > 1000

    assert _cells(db, tmp_path / "after.json") == before
    with open_database(db, default_cards()) as database, database.transaction(write=False) as repo:
        assert repo.all_measurements() == measurements
        assert repo.latest_measurement_dates() == due
        after = {
            code: progression(ms, "bip-standard") for code, ms in repo.all_measurements().items()
        }
        assert after == progressions
        assert sum(len(repo.coordinator_views(code)) for code in measurements) == sum(
            len(found) for found in measurements.values()
        )
