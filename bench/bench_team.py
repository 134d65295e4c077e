"""A unit of 5,000 participants on a team database (PostgreSQL) beside the same on a file.

Issue 21 item 8: the participant list (the four queries of the app's list),
a measurement save, and the unit's aggregate export, each timed on a laptop
file (SQLite) and on a PostgreSQL team database over a TCP connection on this
machine, as a coordinator of the unit — row-level security included. The
file's time is the floor, so the ratio says what the server costs. The
server is the test suite's own (tests/postgres_server.py), started here from
the installed PostgreSQL; without one the benchmark says so and reports nothing.
"""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bench import Clock, Result
from bench.bench_aggregate import Rows, generate_rows

if TYPE_CHECKING:
    from sqlalchemy import Engine

PARTICIPANTS = 5_000
RUNS = 7
UNIT = "Norr"
PERIOD_YEAR = 2025
MAX_RATIO = 3.0
"""Our own goal for reading: a team database may cost at most 3× the laptop file's time."""
SAVE_TARGET_MS = 50.0
"""A save waits for the server's answer over the network, which a file never does: it
is held to what a coordinator would notice (50 ms) rather than to a multiple of the
file's (on a RAM disk, well under a millisecond); the ratio is printed all the same."""


def _median(action: Callable[[int], None]) -> tuple[float, float]:
    """Median wall and CPU milliseconds of `action(run)` over RUNS runs (after one warm-up)."""
    action(-1)
    walls, cpus = [], []
    for run in range(RUNS):
        with Clock() as clock:
            action(run)
        walls.append(clock.wall_ms)
        cpus.append(clock.cpu_ms)
    return statistics.median(walls), statistics.median(cpus)


def _fill(engine: Engine, people: Rows, measurements: Rows, answers: Rows) -> None:
    from sqlalchemy import insert, text

    from bipdesk.storage.models import AnswerRow, MeasurementRow, ParticipantRow

    with engine.begin() as connection:
        connection.execute(insert(ParticipantRow), people)
        connection.execute(insert(MeasurementRow), measurements)
        connection.execute(insert(AnswerRow), answers)
        if engine.dialect.name == "postgresql":  # explicit ids: move the sequences past them
            for table in ("participants", "measurements"):
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )


def _workload(database: object, out: Path) -> dict[str, Callable[[int], None]]:
    from bipdesk.core.cards import CardKey
    from bipdesk.core.measurements import Measurement
    from bipdesk.core.overview import overview
    from bipdesk.core.periods import Period
    from bipdesk.io.export import ExportPaths, export_aggregate
    from bipdesk.storage import Database

    assert isinstance(database, Database)
    out.mkdir(parents=True, exist_ok=True)
    card = database.cards.get("bip-standard")
    assert card is not None
    today = date(2026, 1, 15)

    def participant_list(run: int) -> None:
        with database.transaction(write=False) as repository:
            participants = repository.participants()
            latest = repository.latest_measurement_dates()
            counts = repository.measurement_counts()
        overview(participants, latest, counts, today)

    def measurement_save(run: int) -> None:
        answers = {q: 5 for q in card.question_ids}
        day = date(2026, 1, 1) + timedelta(days=run + 1)
        with database.transaction() as repository:
            repository.add_measurement(
                Measurement(f"B{run + 2:06d}", CardKey(card.id, card.version), day, answers)
            )

    def aggregate_export(run: int) -> None:
        export_aggregate(
            database, Period.year(PERIOD_YEAR), UNIT, paths=ExportPaths(out / f"run{run + 1}")
        )

    return {
        "participant list": participant_list,
        "measurement save": measurement_save,
        "aggregate export": aggregate_export,
    }


def main() -> list[Result]:
    from bipdesk.io.cards import default_cards
    from bipdesk.storage import open_database
    from tests.postgres_server import ServerUnavailable, running_server
    from tests.team_support import NORR, drop_team, make_team

    assert NORR == UNIT
    people, measurements, answers = generate_rows(PARTICIPANTS, unit=UNIT)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bipdesk-bench-team-") as folder:
        out = Path(folder)
        file_times: dict[str, tuple[float, float]] = {}
        with open_database(out / "unit.db", default_cards()) as laptop:
            _fill(laptop.engine, people, measurements, answers)
            for name, action in _workload(laptop, out / "file").items():
                file_times[name] = _median(action)
        try:
            server_context = running_server()
            server = server_context.__enter__()
        except ServerUnavailable as missing:
            print(f"bench_team: {missing}; nothing measured")
            return []
        try:
            team = make_team(server, "bench")
            try:
                with team.open(team.owner) as owner:
                    _fill(owner.engine, people, measurements, answers)
                with team.open(team.norr) as coordinator:
                    for name, action in _workload(coordinator, out / "server").items():
                        wall, cpu = _median(action)
                        floor = file_times[name][0]
                        results.append(
                            Result(
                                f"team: {name}, {PARTICIPANTS:,} participants (× file)",
                                wall,
                                floor_ms=floor,
                                max_ratio=None if name == "measurement save" else MAX_RATIO,
                                target_ms=SAVE_TARGET_MS if name == "measurement save" else None,
                                cpu_ms=cpu,
                            )
                        )
            finally:
                drop_team(team)
        finally:
            server_context.__exit__(None, None, None)
    return results
