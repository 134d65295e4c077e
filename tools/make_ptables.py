"""Write the tables of the cell key method: resources/ptables/*.csv (DESIGN §7).

    python tools/make_ptables.py           # (re)write both files, byte-identically
    python tools/make_ptables.py --check   # exit 1 if the shipped files differ

bipdesk-d2-v1.csv, the perturbation table, in the layout of the ONS package
`cell-key-perturbation`: header `pcv,ckey,pvalue`, a row for every count
pcv 1–750 and cell key 0–255. A count n is published as n + pvalue; counts
above 750 reuse rows 501–750 (((n − 1) mod 250) + 501); 0 has no row and stays
0. The 256 keys of a row each carry probability 1/256, so the distribution of
the pvalue for a count n is a vector of whole key counts over the values
d = −2 … 2 that satisfy

  * |d| ≤ 2, n + d ≥ 0 and n + d is never 1 or 2 (a true 1 or 2 becomes 0
    or at least 3; so n = 4 cannot take −2, n = 3 only 0, +1, +2, n = 2 only
    −2, +1, +2, n = 1 only −1, +2);
  * n ≥ 4: mean exactly 0 and variance exactly 1 (Σ c·d = 0, Σ c·d² = 256);
  * n = 2 and 3: mean exactly 0 (n = 3 is then always published as 3);
  * n = 1: |mean| ≤ 1/256 (a mean of exactly 0 would need 256/3 keys).

Among the vectors that meet these, the table takes the one of maximum entropy,
as Destatis' `ptable` package does, but exactly: every feasible integer vector
is enumerated and compared by Π c^c (smaller is a larger entropy, so no
floating point decides); ties go to a symmetric vector (c(d) = c(−d)), then to
the smaller tuple of counts. Every n ≥ 5 has the same constraints, hence the
same distribution.

bipdesk-magnitude-v1.csv, the noise of sums: header
`ckey,sum_first,sum_latest,hours`, 256 rows; each column holds the 256 evenly
spaced values (2k − 255)/255, k = 0 … 255, of [−1, 1] (exactly symmetric, so
each column's mean is exactly 0, and never 0 itself), written as the shortest
text that reads back as the same float, in a fixed shuffle of its own per
column, so that a change first → latest of the same people never comes out
exact.

The shuffles are seeded by the table's name and the row or column, and drawn
with Random.random() alone (the one part of the random module whose sequence
Python promises to keep), so the files are the same on every machine.
"""

from __future__ import annotations

import argparse
import functools
import math
import random
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from bipdesk.core.perturbation import (
    KEY_SPACE,
    MAGNITUDE_TABLE_NAME,
    MAX_DEVIATION,
    NO_COUNTS_IN,
    PTABLE_NAME,
    TABLE_ROWS,
    VARIANCE,
)

ROOT = Path(__file__).resolve().parent.parent
PTABLES = ROOT / "resources" / "ptables"
PTABLE_HEADER = ("pcv", "ckey", "pvalue")
MAGNITUDE_COLUMNS = ("sum_first", "sum_latest", "hours")
MAGNITUDE_HEADER = ("ckey", *MAGNITUDE_COLUMNS)
VARIANCE_FROM_N = 4
"""Counts from 4 up have variance exactly VARIANCE; 1–3 cannot (too few values left)."""
MEAN_SLACK_N1 = 1
"""n = 1: Σ c·d may be ±1 (mean ±1/256), since 0 would need a third of 256 keys."""
FIXED_VARIANCE = round(VARIANCE * KEY_SPACE)
assert FIXED_VARIANCE == VARIANCE * KEY_SPACE, "the variance must be a whole number of 1/256"

T = TypeVar("T")
Counts = tuple[int, ...]
"""Keys per value of a support, in the support's order."""


def support(n: int) -> tuple[int, ...]:
    """The pvalues a count n may take: |d| ≤ 2, never negative, never published as 1 or 2."""
    return tuple(
        d
        for d in range(-MAX_DEVIATION, MAX_DEVIATION + 1)
        if n + d >= 0 and n + d not in NO_COUNTS_IN
    )


def constraints(n: int) -> tuple[tuple[int, ...], int, bool]:
    """(support, allowed |Σ c·d|, whether Σ c·d² must be FIXED_VARIANCE) for a count n."""
    return support(n), MEAN_SLACK_N1 if n == 1 else 0, n >= VARIANCE_FROM_N


def feasible(values: tuple[int, ...], mean_slack: int, fixed_variance: bool) -> Iterator[Counts]:
    """Every vector of whole key counts over `values` that meets the constraints.

    The counts of all values but 0 and the largest are enumerated (bounded by
    the 256 keys and, where the variance is fixed, by Σ c·d² ≤ 256); the
    largest value's count then follows from the mean, 0's from the total.
    """
    last = values[-1]
    assert last > 0, "the largest pvalue must be positive"
    free = [d for d in values if d not in (0, last)]
    budget = FIXED_VARIANCE if fixed_variance else math.inf

    def walk(index: int, keys: int, square: int, moment: int) -> Iterator[list[int]]:
        if index == len(free):
            low = max(0, -((moment + mean_slack) // last))  # ⌈(−moment − slack) / last⌉
            high = (mean_slack - moment) // last
            for count in range(low, high + 1):
                yield [count]
            return
        d = free[index]
        count = 0
        while keys + count <= KEY_SPACE and square + count * d * d <= budget:
            for rest in walk(index + 1, keys + count, square + count * d * d, moment + count * d):
                yield [count, *rest]
            count += 1

    for chosen in walk(0, 0, 0, 0):
        keys = dict(zip([*free, last], chosen, strict=True))
        remainder = KEY_SPACE - sum(chosen)
        if 0 in values:
            keys[0] = remainder
        elif remainder:
            continue
        counts = tuple(keys[d] for d in values)
        moment = sum(c * d for c, d in zip(counts, values, strict=True))
        square = sum(c * d * d for c, d in zip(counts, values, strict=True))
        if min(counts) < 0 or abs(moment) > mean_slack:
            continue
        if fixed_variance and square != FIXED_VARIANCE:
            continue
        yield counts


def entropy(counts: Sequence[int]) -> float:
    """The entropy in bits of a distribution given as keys per value."""
    total = sum(counts)
    return -sum(c / total * math.log2(c / total) for c in counts if c)


def _disorder(counts: Counts) -> int:
    """Π c^c: an exact, monotone stand-in for −entropy (smaller is more entropy)."""
    return math.prod(c**c for c in counts if c)


def _symmetric(values: tuple[int, ...], counts: Counts) -> bool:
    keys = dict(zip(values, counts, strict=True))
    return all(keys.get(-d, 0) == c for d, c in keys.items())


@functools.cache
def _best(values: tuple[int, ...], mean_slack: int, fixed_variance: bool) -> Counts:
    candidates = list(feasible(values, mean_slack, fixed_variance))
    if not candidates:
        raise SystemExit(f"no distribution over {values} meets the constraints")
    return min(
        candidates,
        key=lambda counts: (_disorder(counts), not _symmetric(values, counts), counts),
    )


def distribution(n: int) -> dict[int, int]:
    """Keys per pvalue for a true count n ≥ 1 (values with no key left out)."""
    values, mean_slack, fixed_variance = constraints(n)
    counts = _best(values, mean_slack, fixed_variance)
    return {d: c for d, c in zip(values, counts, strict=True) if c}


def shuffled(items: Sequence[T], seed: str) -> list[T]:
    """A Fisher–Yates shuffle drawn from Random(seed).random() only (stable across Pythons)."""
    rng = random.Random(seed)
    result = list(items)
    for i in range(len(result) - 1, 0, -1):
        j = int(rng.random() * (i + 1))
        result[i], result[j] = result[j], result[i]
    return result


def ptable_row(n: int) -> list[int]:
    """pvalue by cell key 0–255 for the row pcv = n.

    The keys are dealt to the pvalues in a shuffle of the row's own, not in
    sorted order. A record's key shifts a cell's key by exactly that amount, so
    with one sorted layout for every row (keys 0–84 → −1, say) the pvalues of
    neighbouring counts and nearby keys would move together, and every n ≥ 5
    (one distribution) would get its pvalue from the key alone: two published
    figures that differ by one person or share a key would then hint at each
    other's perturbation. Independent shuffles per row leave no such pattern.
    """
    pvalues = [d for d, count in distribution(n).items() for _ in range(count)]
    assert len(pvalues) == KEY_SPACE
    return shuffled(pvalues, f"{PTABLE_NAME}:{n}")


def magnitude_values() -> list[float]:
    """The 256 evenly spaced values (2k − 255)/255 of [−1, 1], exactly symmetric about 0."""
    span = KEY_SPACE - 1
    return [(2 * k - span) / span for k in range(KEY_SPACE)]


def magnitude_column(measure: str) -> list[float]:
    return shuffled(magnitude_values(), f"{MAGNITUDE_TABLE_NAME}:{measure}")


def ptable_text() -> str:
    lines = [",".join(PTABLE_HEADER)]
    for n in range(1, TABLE_ROWS + 1):
        lines += [f"{n},{key},{pvalue}" for key, pvalue in enumerate(ptable_row(n))]
    return "\n".join(lines) + "\n"


def magnitude_text() -> str:
    columns = [magnitude_column(measure) for measure in MAGNITUDE_COLUMNS]
    lines = [",".join(MAGNITUDE_HEADER)]
    for key in range(KEY_SPACE):
        lines.append(",".join([str(key), *(repr(column[key]) for column in columns)]))
    return "\n".join(lines) + "\n"


def outputs() -> dict[Path, str]:
    return {
        PTABLES / f"{PTABLE_NAME}.csv": ptable_text(),
        PTABLES / f"{MAGNITUDE_TABLE_NAME}.csv": magnitude_text(),
    }


def _shown(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if a shipped table differs; write nothing"
    )
    args = parser.parse_args(argv)
    stale: list[Path] = []
    for path, text in outputs().items():
        data = text.encode("utf-8")
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {_shown(path)}")
    for path in stale:
        print(
            f"{_shown(path)} differs from what tools/make_ptables.py writes",
            file=sys.stderr,
        )
    if not args.check:
        for n in (1, 2, 3, 4, 5):
            counts = distribution(n)
            label = f"n={n}" if n < 5 else "n>=5"
            print(f"{label}: {counts} entropy {entropy(list(counts.values())):.4f} bits")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
