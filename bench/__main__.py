"""Run every bench_*.py module beside this file and print name, median, target, ratio."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from pathlib import Path

from bench import Result


def discover() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(
        f"bench.{module.name}"
        for module in pkgutil.iter_modules([str(here)])
        if module.name.startswith("bench_")
    )


def format_table(results: list[Result]) -> str:
    header = f"{'benchmark':<44} {'median ms':>10} {'p95 ms':>8} {'target ms':>10} {'ratio':>6}"
    lines = [header, "-" * len(header)]
    for result in results:
        p95 = "" if result.p95_ms is None else f"{result.p95_ms:8.2f}"
        lines.append(
            f"{result.name:<44} {result.median_ms:10.2f} {p95:>8} "
            f"{result.target_ms:10.1f} {result.ratio:6.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = set(argv if argv is not None else sys.argv[1:])
    results: list[Result] = []
    for name in discover():
        if wanted and name.removeprefix("bench.") not in wanted:
            continue
        module = importlib.import_module(name)
        print(f"running {name} …", file=sys.stderr, flush=True)
        results.extend(module.main())
    print(format_table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
