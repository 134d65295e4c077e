"""Benchmarks: `python -m bench` runs every bench_*.py module and prints a table.

Each module has `main() -> list[Result]`. Figures only: nothing here fails on time.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One measured figure: the median in milliseconds against its target."""

    name: str
    median_ms: float
    target_ms: float
    p95_ms: float | None = None

    @property
    def ratio(self) -> float:
        return self.median_ms / self.target_ms
