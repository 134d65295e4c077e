"""Run every bench_*.py module beside this file and print name, median, target, ratio.

Each module runs in its own Python process, so that one benchmark's heap
(100,000 participants for the export) does not slow the next one down.
`python -m bench bench_list_filter` runs only the modules named.
"""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

from bench import Result

MARKER = "@@bench-results@@ "
_CHILD = (
    "import importlib, json, sys\n"
    "from dataclasses import asdict\n"
    "results = importlib.import_module(sys.argv[1]).main()\n"
    "sys.stdout.flush()\n"
    "print(sys.argv[2] + json.dumps([asdict(r) for r in results]), flush=True)\n"
)


def discover() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(
        f"bench.{module.name}"
        for module in pkgutil.iter_modules([str(here)])
        if module.name.startswith("bench_")
    )


def format_table(results: list[Result]) -> str:
    """One line per result: median, p95, the floor of the same run, target, ratio, met."""
    header = (
        f"{'benchmark':<50} {'median':>10} {'p95':>9} {'cpu':>9} {'floor':>9} "
        f"{'target':>14} {'ratio':>6}  met"
    )
    lines = [header, "-" * len(header)]
    for result in results:
        unit = "" if result.unit == "ms" else f" {result.unit}"
        p95 = "" if result.p95_ms is None else f"{result.p95_ms:.1f}"
        floor = "" if result.floor_ms is None else f"{result.floor_ms:.1f}"
        cpu = "" if result.cpu_ms is None else f"{result.cpu_ms:.1f}"
        ratio = f"{result.ratio:.2f}" + ("×" if result.floor_ms is not None else "")
        lines.append(
            f"{result.name:<50} {f'{result.median_ms:.1f}{unit}':>10} {p95:>9} {cpu:>9} {floor:>9} "
            f"{result.target_text:>14} {ratio:>6}  {'yes' if result.met else 'NO'}"
        )
    lines.append(
        "times in ms (wall clock); cpu = median CPU time of the same runs; "
        "floor = the bare baseline measured in the same run"
    )
    return "\n".join(lines)


def run_isolated(module: str) -> list[Result]:
    """Run one module's main() in a fresh interpreter; its own output goes to stderr."""
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, module, MARKER],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    results: list[Result] = []
    for line in done.stdout.splitlines():
        if line.startswith(MARKER):
            results = [Result(**fields) for fields in json.loads(line.removeprefix(MARKER))]
        else:
            print(line, file=sys.stderr)
    if done.returncode != 0:
        raise RuntimeError(f"{module} failed with exit code {done.returncode}")
    return results


def main(argv: list[str] | None = None) -> int:
    wanted = set(argv if argv is not None else sys.argv[1:])
    results: list[Result] = []
    failed: list[str] = []
    for name in discover():
        if wanted and name.removeprefix("bench.") not in wanted:
            continue
        print(f"running {name} …", file=sys.stderr, flush=True)
        try:
            results.extend(run_isolated(name))
        except RuntimeError as error:
            print(error, file=sys.stderr)
            failed.append(name)
    print(format_table(results))
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
