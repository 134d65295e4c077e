"""Aggregate files (version 2) of small units, made as a unit makes them: a database
filled with the seed units' people, exported by `bipdesk.io.export.build_aggregate`.

Every database gets the same record keys for the same people (set with plain
SQL after filling: no program path can choose them), so the published
figures are the same on every run.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path

from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.cards import default_cards
from bipdesk.io.export import build_aggregate
from bipdesk.storage import Database, open_database
from bipdesk.storage.demo import DEMO_SETTING
from tests.seed_units import seed_003, seed_004

YEAR = Period.year(2024)
TODAY = date(2026, 11, 23)


def fill(
    database: Database,
    participants: Sequence[Participant],
    measurements: dict[str, list[Measurement]],
    demo: bool = False,
) -> None:
    with database.transaction() as repository:
        for participant in participants:
            repository.add_participant(participant)
        for measured in measurements.values():
            for measurement in measured:
                repository.add_measurement(measurement)
        if demo:
            repository.set_setting(DEMO_SETTING, True)
        repository._connection.exec_driver_sql(  # fixed keys: the same figures every run
            "UPDATE participants SET record_key = (id * 97 + 13) % 256"
        )


def export(
    unit: str,
    participants: Sequence[Participant],
    measurements: dict[str, list[Measurement]],
    period: Period = YEAR,
    *,
    demo: bool = False,
    project: str | None = None,
) -> AggregateFile:
    """The unit's aggregate file of `period`, exported from a database of these people."""
    with (
        tempfile.TemporaryDirectory() as folder,
        open_database(Path(folder) / "unit.db", default_cards(), today=lambda: TODAY) as database,
    ):
        fill(database, participants, measurements, demo)
        return build_aggregate(database, period, unit, project=project)


@cache
def south(period: Period = YEAR) -> AggregateFile:
    """Seed 003's unit: 267 registered, 108 comparable (71 / 26 / 11), exactly."""
    participants, measurements = seed_003()
    return export("Delprojekt Syd", participants, measurements, period, project="BIP Kronoberg")


@cache
def north(period: Period = YEAR) -> AggregateFile:
    """Seed 004's exits: 360 women and 266 men left in 2024, exactly."""
    return export("Delprojekt Norr", seed_004(), {}, period, project="BIP Kronoberg")


@cache
def small_units(count: int = 7) -> tuple[AggregateFile, ...]:
    """Seed 003's people shared out among `count` units, one database each."""
    participants, measurements = seed_003()
    files = []
    for number in range(count):
        people = participants[number::count]
        files.append(
            export(
                f"Enhet {number + 1}",
                people,
                {p.code: measurements[p.code] for p in people if p.code in measurements},
            )
        )
    return tuple(files)


@cache
def demo_unit() -> AggregateFile:
    """A unit of invented people (the database says so): its files carry `demo`."""
    participants, measurements = seed_003()
    return export("Demoenheten", participants, measurements, demo=True)
