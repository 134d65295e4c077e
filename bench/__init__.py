"""Benchmarks: `python -m bench` runs every bench_*.py module and prints a table.

Each module has `main() -> list[Result]`. Figures only: nothing here fails on time.
A result is held either to an absolute target (`target_ms`) or to a multiple
(`max_ratio`) of a floor measured in the same run (`floor_ms`): the same
machine, the same load, so that the ratio means something on a busy computer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One measured figure: the median (in `unit`) against its target."""

    name: str
    median_ms: float
    target_ms: float | None = None
    p95_ms: float | None = None
    floor_ms: float | None = None
    """The floor's median, measured in the same run (e.g. a bare QMainWindow)."""
    max_ratio: float | None = None
    """The target as a multiple of the floor."""
    unit: str = "ms"
    cpu_ms: float | None = None
    """The median CPU time of the same runs (this process, or the child process)."""

    @property
    def ratio(self) -> float:
        """Median over floor when there is a floor, else median over target."""
        if self.floor_ms is not None:
            return self.median_ms / self.floor_ms
        if self.target_ms is None:
            raise ValueError(f"{self.name}: neither a target nor a floor")
        return self.median_ms / self.target_ms

    @property
    def target_text(self) -> str:
        if self.max_ratio is not None:
            return f"≤ {self.max_ratio:g}× floor"
        return f"< {self.target_ms:g} {self.unit}"

    @property
    def met(self) -> bool:
        if self.max_ratio is not None:
            return self.ratio <= self.max_ratio
        if self.target_ms is not None:
            return self.median_ms < self.target_ms
        return self.ratio < 1.0


class Clock:
    """Wall and CPU time of a block, in milliseconds.

    The benchmarks run on shared machines: wall time is what a user waits, CPU
    time (every thread of this process) is what the work costs whatever else
    runs; on an idle machine the two agree for single-threaded work.
    """

    def __init__(self) -> None:
        self.wall_ms = 0.0
        self.cpu_ms = 0.0

    def __enter__(self) -> Clock:
        self._wall = time.perf_counter()
        self._cpu = time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall_ms = (time.perf_counter() - self._wall) * 1000
        self.cpu_ms = (time.process_time() - self._cpu) * 1000
