"""Crash safety: writers killed with SIGKILL at random moments lose nothing they reported.

Each round starts a fresh writer process and kills it at a random moment:
either one that saves measurements one transaction each (printing the id
after every commit) or one running a large import through the CLI's own
import function. After every kill the file must pass PRAGMA
integrity_check, hold every measurement reported as saved, and hold an
interrupted import either completely or not at all; the next writer takes
the dead writer's lock over. BIPDESK_KILL_ROUNDS sets the number of rounds
(default 20, a few seconds), BIPDESK_KILL_IMPORT_PARTICIPANTS the size of
the import (default 60 participants, about 180 rows); `pytest -s` prints the
figures.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database
from bipdesk.storage.lock import lock_path, read_lock
from tests.cli.test_cli import write_demo_csv

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
]

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("BIPDESK_KILL_ROUNDS", "20"))
IMPORT_PARTICIPANTS = int(os.environ.get("BIPDESK_KILL_IMPORT_PARTICIPANTS", "60"))
ROUNDS_PER_FILE = 25
"""A new database every so many rounds keeps later imports as fast as the first."""


class Worker:
    """The forking worker of tests/storage/crash_worker.py."""

    def __init__(self, errors: IO[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.crash_worker"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            bufsize=1,
        )

    def read(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the crash worker ended unexpectedly"
        return line.rstrip("\n")

    def start(self, *command: str) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(" ".join(command) + "\n")
        self.process.stdin.flush()
        first = self.read()
        assert first.startswith("started "), first
        return int(first.split()[1])

    def kill_after(self, pid: int, seconds: float) -> list[str]:
        """Kill the writer `pid` after `seconds`; everything it printed before."""
        time.sleep(seconds)
        os.kill(pid, signal.SIGKILL)
        lines = []
        while not (line := self.read()).startswith("ended "):
            lines.append(line)
        assert line.split()[1] == str(signal.SIGKILL), f"writer did not die by SIGKILL: {line}"
        return lines

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        self.process.wait(timeout=30)


@dataclass
class Figures:
    kills: int = 0
    measurement_kills: int = 0
    measurements_reported: int = 0
    import_kills: int = 0
    imports_absent: int = 0
    imports_complete: int = 0
    locks_taken_over: int = 0
    notes: list[str] = field(default_factory=list)


def prefixed_copy(template: Path, target: Path, prefix: str) -> None:
    """The import template with every participant code prefixed (a new set of people)."""
    with template.open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source, delimiter=";"))
    with target.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(rows[0])
        for row in rows[1:]:
            writer.writerow([f"{prefix}{row[0]}", *row[1:]])


def integrity(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [str(r[0]) for r in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def count(path: Path, query: str, *parameters: object) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(query, parameters).fetchone()[0])
    finally:
        connection.close()


def existing_ids(path: Path, ids: list[int]) -> set[int]:
    connection = sqlite3.connect(path)
    try:
        found = set()
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ",".join("?" * len(part))
            found |= {
                r[0]
                for r in connection.execute(
                    f"SELECT id FROM measurements WHERE id IN ({marks})", part
                )
            }
        return found
    finally:
        connection.close()


def test_sigkill_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("BIPDESK_KILL_SEED", "20261201")))
    template = tmp_path / "template.csv"
    people, rows = write_demo_csv(template, IMPORT_PARTICIPANTS, seed=3)
    figures = Figures()
    with (tmp_path / "worker-stderr.txt").open("w", encoding="utf-8") as errors:
        worker = Worker(errors)
        try:
            import_seconds = 0.0
            killed: set[int] = set()
            for number in range(ROUNDS):
                folder = tmp_path / f"file{number // ROUNDS_PER_FILE}"
                db = folder / "bipdesk.db"
                if not folder.exists():
                    folder.mkdir()
                    open_database(db, default_cards()).close()  # rounds test writing, not creating
                if db.exists() and lock_path(db).exists():
                    figures.locks_taken_over += 1  # the next writer must take it over
                if number % 2 == 0:
                    code = f"W{number:04d}"
                    pid = worker.start("measurements", str(db), code)
                    lines = worker.kill_after(pid, rng.uniform(0.05, 0.3))
                    assert not [x for x in lines if x.startswith("error")], lines
                    saved = [int(x.split()[1]) for x in lines if x.startswith("saved ")]
                    figures.measurement_kills += 1
                    figures.measurements_reported += len(saved)
                    assert integrity(db) == ["ok"]
                    assert existing_ids(db, saved) == set(saved), f"round {number}: lost"
                    stored = count(
                        db,
                        "SELECT count(*) FROM measurements m JOIN participants p "
                        "ON p.id = m.participant_id WHERE p.code = ?",
                        code,
                    )
                    # at most the one committed just before the kill was not yet reported
                    assert len(saved) <= stored <= len(saved) + 1
                else:
                    prefix = f"R{number:04d}-"
                    source = folder / f"import{number}.csv"
                    prefixed_copy(template, source, prefix)
                    pid = worker.start("import", str(db), str(source))
                    if not import_seconds:  # the first import runs to its end: its length
                        began = time.monotonic()
                        assert worker.read() == "finished"
                        import_seconds = time.monotonic() - began
                        lines = ["finished", *worker.kill_after(pid, 0)]
                    else:
                        lines = worker.kill_after(pid, rng.uniform(0, 1.2 * import_seconds))
                    assert not [x for x in lines if x.startswith("error")], lines
                    figures.import_kills += 1
                    assert integrity(db) == ["ok"]
                    found = count(
                        db, "SELECT count(*) FROM participants WHERE code LIKE ?", f"{prefix}%"
                    )
                    measured = count(
                        db,
                        "SELECT count(*) FROM measurements m JOIN participants p "
                        "ON p.id = m.participant_id WHERE p.code LIKE ?",
                        f"{prefix}%",
                    )
                    assert (found, measured) in ((0, 0), (people, rows)), (
                        f"round {number}: a killed import left {found} of {people} "
                        f"participants and {measured} of {rows} measurements"
                    )
                    if found:
                        figures.imports_complete += 1
                    else:
                        figures.imports_absent += 1
                    if "finished" in lines:
                        assert found == people
                figures.kills += 1
                holder = read_lock(db)
                killed.add(pid)
                # a dead writer's, or none (killed before opening, or the import closed it)
                assert holder is None or holder.pid in killed
        finally:
            worker.close()
    print(
        f"\ncrash safety: {figures.kills} SIGKILLs survived "
        f"({figures.measurement_kills} while saving measurements, "
        f"{figures.measurements_reported} reported saves all found; "
        f"{figures.import_kills} during imports of {people} participants / {rows} rows: "
        f"{figures.imports_absent} left nothing, {figures.imports_complete} complete; "
        f"{figures.locks_taken_over} stale locks taken over); integrity_check ok after each; "
        f"the first import took {import_seconds:.2f} s"
    )
    assert figures.kills == ROUNDS
    if ROUNDS >= 4:
        assert figures.locks_taken_over >= 1
