"""Export of 100,000 participants × 4 measurements × 10 questions (target < 5 s and
< 500 MB peak memory, cell key protection included) and merge of 300 aggregate
files (target < 5 s).

The database is built once with bulk inserts (SQLAlchemy Core on the models'
tables, explicit ids, a random record key per participant) in a temporary
folder; building is not timed. Peak memory is the peak resident set of one
export in a process of its own (so that building the database does not
count); the traced Python allocation peak (tracemalloc) is printed beside it.
The floor printed beside the export is a bare SQL pass over the same rows:
one `SELECT` of participants joined to their measurements with a `GROUP BY`,
in plain sqlite3, measured in the same run, interleaved with the exports.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench import Clock, Result

PARTICIPANTS = 100_000
MEASUREMENTS = 4
FILES = 300
RUNS = 5
PERIOD_YEAR = 2025


def build_database(path: Path, participants: int = PARTICIPANTS) -> None:
    from sqlalchemy import insert

    from bipdesk.io.cards import default_cards
    from bipdesk.storage import open_database
    from bipdesk.storage.models import AnswerRow, MeasurementRow, ParticipantRow

    with open_database(path, default_cards()) as database:
        people, measurements, answers = generate_rows(participants)
        with database.engine.begin() as connection:
            connection.execute(insert(ParticipantRow), people)
            connection.execute(insert(MeasurementRow), measurements)
            connection.execute(insert(AnswerRow), answers)


Rows = list[dict[str, object]]


def generate_rows(participants: int, unit: str | None = None) -> tuple[Rows, Rows, Rows]:
    """The participants, measurements and answers rows of the benchmark, seeded."""
    from bipdesk.io.cards import default_cards

    rng = random.Random(5)
    keys = random.Random(6)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    card = default_cards().get("bip-standard")
    assert card is not None
    questions = card.question_ids
    sexes = ("women", "men", "other", "unknown")
    reasons = ("work", "studies", "job_seeking", "rehabilitation", "completed", "other")
    people: Rows = []
    measurements: Rows = []
    answers: Rows = []
    measurement_id = 0
    for number in range(1, participants + 1):
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        ends = rng.random() < 0.4
        people.append(
            {
                "id": number,
                "code": f"B{number:06d}",
                "name": f"Namn {number}",
                "sex": rng.choices(sexes, (54, 43, 1, 2))[0],
                "birth_year": rng.randint(1960, 2006),
                "unit": unit,
                "start_date": start,
                "end_date": start + timedelta(days=400) if ends else None,
                "exit_reason": rng.choice(reasons) if ends else None,
                "created_at": now,
                "updated_at": now,
                # From a generator of their own, so the other draws stay as they were;
                # fixed, so that the same rows give the same figures on every engine.
                "record_key": keys.randrange(256),
            }
        )
        base = rng.randint(2, 7)
        trend = rng.choice((-1, 0, 1, 1, 2))
        for step in range(MEASUREMENTS):
            measurement_id += 1
            measurements.append(
                {
                    "id": measurement_id,
                    "participant_id": number,
                    "card_id": card.id,
                    "card_version": card.version,
                    "date": start + timedelta(days=91 * step),
                    "note": None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            for question in questions:
                value = max(1, min(10, base + trend * step + rng.randint(-1, 1)))
                answers.append(
                    {
                        "measurement_id": measurement_id,
                        "question_id": question,
                        "value": value,
                        "note": None,
                    }
                )
    return people, measurements, answers


def export_once(path: Path, out: Path) -> Clock:
    from bipdesk.core.periods import Period
    from bipdesk.io.cards import default_cards
    from bipdesk.io.export import ExportPaths, export_aggregate
    from bipdesk.storage import open_database

    with Clock() as clock, open_database(path, default_cards()) as database:
        export_aggregate(database, Period.year(PERIOD_YEAR), "Bench", paths=ExportPaths(out))
    return clock


BARE_SQL = """
SELECT p.sex, p.birth_year, COUNT(m.id), MIN(m.date), MAX(m.date), SUM(p.record_key)
FROM participants AS p LEFT JOIN measurements AS m ON m.participant_id = p.id
GROUP BY p.id
"""
"""What any export must at least do: read every participant with their measurements."""


def scan_once(path: Path) -> Clock:
    """The floor: the bare SQL pass over participants and measurements, plain sqlite3."""
    with Clock() as clock:
        connection = sqlite3.connect(path)
        try:
            cursor = connection.execute(BARE_SQL)
            while cursor.fetchmany(10_000):
                pass
        finally:
            connection.close()
    return clock


_EXPORT_CHILD = """
import sys
from pathlib import Path
from bench.bench_aggregate import export_once
export_once(Path(sys.argv[1]), Path(sys.argv[2]))
with open("/proc/self/status", encoding="ascii") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def export_peak_rss(path: Path, out: Path) -> float:
    """The peak resident memory (MB) of one export in a fresh process: Python,
    SQLite's cache and numpy alike (tracemalloc sees only Python's share).

    Read from the child's own VmHWM (Linux): the child's getrusage maxrss would
    still hold the high-water mark of this process, from which it was forked.
    """
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", _EXPORT_CHILD, str(path), str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.split()[-1]) / 1024  # kB


def merge_once(files: list[Path], out: Path) -> Clock:
    from bipdesk.io.aggregate_file import write_aggregate
    from bipdesk.io.merge import merge_files

    with Clock() as clock:
        write_aggregate(out, merge_files(files))
    return clock


def unit_files(source: Path, folder: Path, count: int = FILES) -> list[Path]:
    """`count` copies of one export as distinct units (new export_id and unit label)."""
    import json
    import uuid

    data = json.loads(source.read_text(encoding="utf-8"))
    files = []
    for number in range(count):
        data["export_id"] = str(uuid.uuid4())
        data["unit"] = f"Enhet {number:03d}"
        path = folder / f"unit-{number:03d}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        files.append(path)
    return files


def main() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bipdesk-bench-") as folder:
        root = Path(folder)
        db = root / "bench.db"
        started = time.perf_counter()
        build_database(db)
        print(f"  built {PARTICIPANTS} participants in {time.perf_counter() - started:.1f} s")
        out = root / "export.json"
        scan_clocks, export_clocks = [], []
        for _ in range(RUNS):  # interleaved, so that both see the same machine
            scan_clocks.append(scan_once(db))
            export_clocks.append(export_once(db, out))
        times = [clock.wall_ms for clock in export_clocks]
        export_ms = statistics.median(times)
        scan_ms = statistics.median(clock.wall_ms for clock in scan_clocks)
        export_cpu = statistics.median(clock.cpu_ms for clock in export_clocks)
        scan_cpu = statistics.median(clock.cpu_ms for clock in scan_clocks)
        print(f"  export runs: {', '.join(f'{t:.0f}' for t in times)} ms")
        print(f"  bare SQL pass (SELECT ... GROUP BY): {scan_ms:.0f} ms (median)")
        print(f"  export / bare SQL pass: {export_ms / scan_ms:.2f}")
        print(f"  CPU time: export {export_cpu:.0f} ms, bare SQL pass {scan_cpu:.0f} ms")
        tracemalloc.start()
        export_once(db, out)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"  export peak traced memory (Python objects): {peak / 1e6:.0f} MB")
        rss = export_peak_rss(db, out)
        print(f"  export peak resident memory, own process: {rss:.0f} MB (target < 500 MB)")
        files = unit_files(out, root)
        merge_clocks = [merge_once(files, root / "merged.json") for _ in range(RUNS)]
        merges = [clock.wall_ms for clock in merge_clocks]
        print(f"  merge runs: {', '.join(f'{t:.0f}' for t in merges)} ms")
    return [
        Result(
            f"export-aggregate {PARTICIPANTS:,} × {MEASUREMENTS} (floor: bare SQL pass)",
            export_ms,
            5000,
            p95_ms=max(times),
            floor_ms=scan_ms,
            cpu_ms=export_cpu,
        ),
        Result("export-aggregate peak resident memory", rss, 500, unit="MB"),
        Result(
            f"merge {FILES} aggregate files",
            statistics.median(merges),
            5000,
            max(merges),
            cpu_ms=statistics.median(clock.cpu_ms for clock in merge_clocks),
        ),
    ]


if __name__ == "__main__":
    for result in main():
        print(result)
