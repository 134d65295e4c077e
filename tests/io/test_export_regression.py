"""The export's exact tables stay what they were: a demo database of 2,000
participants, counted over several periods and settings, against cells
recorded before (`data/export_golden.json`: the exact values, before the cell
key method perturbs them; every value that version 1 published unsuppressed
was checked equal to them when version 2 replaced it).

The published figures depend on the record keys, which are secret and random
per database, so they cannot be recorded; what is checked of them here is that
each keeps to the rules of the perturbation table against the exact value.

To record the figures anew (only after a change that is meant to alter them):
`python -m tests.io.test_export_regression`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands
from bipdesk.core.aggregation import (
    HOURS,
    MEAN_MEASURES,
    SUM_MEASURES,
    Aggregator,
    KeyedCell,
    aggregate,
)
from bipdesk.core.cards import CardKey, CardLibrary, card_from_mapping
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.cards import default_cards
from bipdesk.io.export import build_aggregate, count_exact
from bipdesk.storage import Database, open_database
from bipdesk.storage.demo import fill_with_demo

GOLDEN = Path(__file__).parent / "data" / "export_golden.json"
TODAY = date(2025, 6, 30)
PARTICIPANTS = 2_000
SEED = 20250630

OTHER_CARD = {
    "id": "other",
    "version": 1,
    "title": {"sv": "Annat kort"},
    "scale": {"min": 0, "max": 4, "min_label": {"sv": "Inte alls"}, "max_label": {"sv": "Helt"}},
    "questions": [
        {"id": "health", "area": "health", "text": {"sv": "Hälsa?"}, "label": {"sv": "Hälsa"}},
        {"id": "mood", "area": "social", "text": {"sv": "Humör?"}, "label": {"sv": "Humör"}},
    ],
}

SCENARIOS: dict[str, dict[str, Any]] = {
    "always": {"period": Period.always()},
    "year-2024-threshold": {"period": Period.year(2024), "threshold": 0.3, "baseline": "period"},
    "quarter-2025-1": {"period": Period.quarter(2025, 1), "baseline": "period"},
    "open-end-bands": {
        "period": Period(date(2024, 7, 1), None),
        "bands": AgeBands((25, 35, 50)),
        "baseline": "period",
    },
    "open-start-other-card": {"period": Period(None, date(2024, 12, 31)), "card_id": "other"},
    "quarter-2025-1-since-start": {"period": Period.quarter(2025, 1), "baseline": "start"},
    "year-2024-since-start-threshold": {
        "period": Period.year(2024),
        "threshold": 0.3,
        "baseline": "start",
    },
}
"""The scenarios before the baseline `start` (DESIGN §4) say `period`: their figures
stayed what they were; the `since-start` ones were recorded when it came."""


def _cards() -> CardLibrary:
    library = default_cards()
    library.add(card_from_mapping(OTHER_CARD, "tests"))
    return library


def _extras(database: Database) -> None:
    """Odd cases the demo does not make: another card, unanswered questions with
    notes, two cards on one day, no birth year, several measurements in one day."""
    standard = CardKey("bip-standard", 1)
    other = CardKey("other", 1)
    with database.transaction() as repository:
        for number in range(1, 41):
            code = f"X{number:03d}"
            repository.add_participant(
                Participant(
                    code,
                    name=f"Extra {number}",
                    sex=(Sex.WOMEN, Sex.MEN, Sex.OTHER, Sex.UNKNOWN)[number % 4],
                    birth_year=None if number % 5 == 0 else 1960 + number,
                    start_date=date(2023, 6, 1) if number % 2 else None,
                    end_date=date(2024, 3, number % 28 + 1) if number % 3 == 0 else None,
                    exit_reason=ExitReason.STUDIES if number % 3 == 0 else None,
                )
            )
            for step, day in enumerate((date(2023, 12, 1), date(2024, 2, 1), date(2024, 9, 1))):
                value = 1 + (number + step * (number % 3 - 1)) % 4
                repository.add_measurement(
                    Measurement(code, other, day, {"health": value, "mood": (value + step) % 5})
                )
                if (number + step) % 4:
                    answers: dict[str, int | None] = {
                        "health": min(10, value + step),
                        "cooperation": 5 - step % 2,
                        "job_goal": None,
                    }
                    repository.add_measurement(
                        Measurement(code, standard, day, answers, {"skills_at_work": "not asked"})
                    )


def build_database(path: Path) -> Database:
    database = open_database(path, _cards(), lambda: TODAY)
    fill_with_demo(database, PARTICIPANTS, SEED, TODAY)
    _extras(database)
    return database


def _keyed_json(cells: list[KeyedCell]) -> list[dict[str, Any]]:
    return [
        {
            "table": c.cell.table,
            **c.cell.dimensions(),
            "measure": c.cell.measure,
            "value": c.cell.value,
            "cell_key": c.cell_key,
        }
        for c in cells
    ]


def _exact_json(cells: list[KeyedCell]) -> list[dict[str, Any]]:
    return [
        {
            "table": c.cell.table,
            **c.cell.dimensions(),
            "measure": c.cell.measure,
            "value": c.cell.value,
        }
        for c in cells
    ]


def figures_from_objects(database: Database) -> dict[str, list[dict[str, Any]]]:
    """The exact cells and their keys the slow way: Participant and Measurement objects."""
    found = {}
    with database.transaction(write=False) as repository:
        participants = repository.participants()
        measurements = repository.all_measurements()
        keys = repository.record_keys()
    for name, settings in SCENARIOS.items():
        card = database.cards.get(settings.get("card_id", "bip-standard"))
        assert card is not None
        cells = aggregate(
            participants,
            measurements,
            card,
            settings["period"],
            settings.get("bands", DEFAULT_AGE_BANDS),
            settings.get("threshold", 0),
            keys,
            settings.get("baseline", "start"),
        )
        found[name] = _keyed_json(cells)
    return found


def figures_from_stream(database: Database) -> dict[str, list[dict[str, Any]]]:
    """The same through `iter_aggregation_facts` and `Aggregator.add_facts`."""
    found = {}
    for name, settings in SCENARIOS.items():
        card = database.cards.get(settings.get("card_id", "bip-standard"))
        assert card is not None
        period = settings["period"]
        baseline = settings.get("baseline", "start")
        aggregator = Aggregator(
            card,
            period,
            settings.get("bands", DEFAULT_AGE_BANDS),
            settings.get("threshold", 0),
            baseline,
        )
        with database.transaction(write=False) as repository:
            rows = repository.iter_aggregation_facts(card.id, period.start, period.end, baseline)
            for facts in rows:
                aggregator.add_facts(*facts)
        found[name] = _keyed_json(aggregator.cells())
    return found


def figures(database: Database) -> dict[str, Any]:
    """The exact cells of every scenario, as the export counts them."""
    found: dict[str, Any] = {}
    for name, settings in SCENARIOS.items():
        _, cells = count_exact(database, **settings)
        found[name] = {"cells": _exact_json(cells)}
    return found


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = build_database(tmp_path_factory.mktemp("regression") / "demo.db")
    yield database
    database.close()


@pytest.fixture(scope="module")
def exported(database: Database) -> dict[str, Any]:
    return figures(database)


def test_streaming_counts_what_the_objects_count(database: Database) -> None:
    """Exact cells and cell keys: the streaming read against whole Participant/Measurement
    objects with the record keys the repository holds."""
    assert figures_from_stream(database) == figures_from_objects(database)


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_exact_cells_unchanged(exported: dict[str, Any], scenario: str) -> None:
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))[scenario]
    assert exported[scenario] == expected


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_published_cells_keep_to_the_perturbation_rules(
    database: Database, exported: dict[str, Any], scenario: str
) -> None:
    settings = SCENARIOS[scenario]

    def export(unit: str) -> AggregateFile:
        return build_aggregate(
            database,
            settings["period"],
            unit,
            card_id=settings.get("card_id", "bip-standard"),
            bands=settings.get("bands", DEFAULT_AGE_BANDS),
            threshold=settings.get("threshold", 0),
            baseline=settings.get("baseline", "start"),
        )

    published = export("Regression")
    exact = exported[scenario]["cells"]
    assert len(published.cells) == len(exact)
    for truth, cell in zip(exact, published.cells, strict=True):
        assert (truth["table"], truth["measure"]) == (cell.table, cell.measure)
        if cell.measure in MEAN_MEASURES:
            assert cell.withheld == (cell.value is None)
        elif cell.measure in SUM_MEASURES:
            assert abs(int(cell.value or 0) - truth["value"]) <= 9
        elif cell.measure == HOURS:  # the noise is at most one person's hours in the cell:
            # 0 stays 0, never below 0 (one person's hours may come out as 0, by the keys)
            assert isinstance(cell.value, int) and cell.value >= 0
            assert truth["value"] != 0 or cell.value == 0
        else:
            assert cell.value not in (1, 2)
            assert abs(int(cell.value or 0) - truth["value"]) <= 2
    assert export("Another label").cells == published.cells


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        database = build_database(Path(folder) / "demo.db")
        try:
            data = figures(database)
        finally:
            database.close()
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}", file=sys.stderr)


if __name__ == "__main__":
    main()
