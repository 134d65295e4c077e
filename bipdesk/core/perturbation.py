"""The cell key method that protects every published figure (DESIGN §7).

Each participant carries a secret record key 0–255. A cell's key is the sum of
the record keys of the people it counts, mod 256, so the same people always
give the same key: repeat exports publish the same figures, and the same cell
perturbed in two units adds up unbiasedly at the project office. A count is
published as `n + ptable[n, key]`; a sum of answers as
`sum + round(noise × u[key])` from the magnitude table; a mean as published
sum / published n, and only where the published n is at least `means_from_n`.

The tables are data (`resources/ptables/`, made by `tools/make_ptables.py`);
this module only applies them, so it is pure and the same for every caller.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

KEY_SPACE = 256
"""Record keys and cell keys are 0–255."""
PTABLE_NAME = "bipdesk-d2-v1"
MAGNITUDE_TABLE_NAME = "bipdesk-magnitude-v1"
MAX_DEVIATION = 2
VARIANCE = 1.0
NO_COUNTS_IN = (1, 2)
MAGNITUDE_NOISE = 9
"""The width of the card's scale (10 − 1): one person's answer at most."""
MEANS_FROM_N = 10
HOURS_COLUMN = "hours"
MEAN_DECIMALS = 2
TABLE_ROWS = 750
"""The ptable has rows for counts 1–750; larger counts reuse rows 501–750."""
REUSED_FROM = 501


def cell_key(record_keys: Iterable[int]) -> int:
    """The key of a cell that counts the people with these record keys."""
    return sum(record_keys) % KEY_SPACE


def ptable_row(n: int) -> int:
    """The row (`pcv`) of the ptable that perturbs a count of n (the ONS rule above 750)."""
    if n <= TABLE_ROWS:
        return n
    return ((n - 1) % (TABLE_ROWS - REUSED_FROM + 1)) + REUSED_FROM


class PerturbationTableError(ValueError):
    """A perturbation or magnitude table that is incomplete or out of range."""


@dataclass(frozen=True)
class PerturbationTable:
    """`pvalue` by (pcv, ckey), in the layout of the ONS cell-key-perturbation package."""

    name: str
    rows: tuple[tuple[int, ...], ...]
    """rows[pcv - 1][ckey] for pcv 1–750."""

    @classmethod
    def from_rows(cls, name: str, rows: Iterable[tuple[int, int, int]]) -> PerturbationTable:
        """From (pcv, ckey, pvalue) triples; every pcv 1–750 × ckey 0–255 exactly once."""
        table: dict[tuple[int, int], int] = {}
        for pcv, ckey, pvalue in rows:
            if not (1 <= pcv <= TABLE_ROWS and 0 <= ckey < KEY_SPACE):
                raise PerturbationTableError(
                    f"{name}: row pcv={pcv}, ckey={ckey} is out of range"
                )  # programming error
            if (pcv, ckey) in table:
                raise PerturbationTableError(
                    f"{name}: pcv={pcv}, ckey={ckey} appears twice"
                )  # programming error
            table[pcv, ckey] = pvalue
        missing = TABLE_ROWS * KEY_SPACE - len(table)
        if missing:
            raise PerturbationTableError(
                f"{name}: {missing} of the (pcv, ckey) rows are missing"
            )  # programming error
        return cls(
            name,
            tuple(
                tuple(table[pcv, ckey] for ckey in range(KEY_SPACE))
                for pcv in range(1, TABLE_ROWS + 1)
            ),
        )

    def pvalue(self, n: int, key: int) -> int:
        """The perturbation of a true count n with cell key `key` (0 stays 0)."""
        if n < 0:
            raise ValueError(f"a count cannot be negative ({n})")  # programming error
        if n == 0:
            return 0
        return self.rows[ptable_row(n) - 1][key]

    def publish(self, n: int, key: int) -> int:
        return n + self.pvalue(n, key)


@dataclass(frozen=True)
class MagnitudeTable:
    """u ∈ [−1, 1] by measure column (`sum_first`, `sum_latest`, `hours`) and cell key."""

    name: str
    columns: Mapping[str, tuple[float, ...]]

    @classmethod
    def from_columns(cls, name: str, columns: Mapping[str, Iterable[float]]) -> MagnitudeTable:
        checked: dict[str, tuple[float, ...]] = {}
        for measure, values in columns.items():
            column = tuple(values)
            if len(column) != KEY_SPACE:
                raise PerturbationTableError(  # programming error
                    f"{name}: column {measure} has {len(column)} values, not {KEY_SPACE}"
                )
            if any(not -1.0 <= u <= 1.0 for u in column):
                raise PerturbationTableError(
                    f"{name}: column {measure} leaves [-1, 1]"
                )  # programming error
            checked[measure] = column
        return cls(name, checked)

    def noise(self, measure: str, key: int, scale: float = MAGNITUDE_NOISE) -> int:
        """round(scale × u[key]) of the measure's column (half away from zero)."""
        value = scale * self.columns[measure][key]
        return int(math.copysign(math.floor(abs(value) + 0.5), value))

    def publish(self, measure: str, total: int, key: int, scale: float = MAGNITUDE_NOISE) -> int:
        return total + self.noise(measure, key, scale)

    def publish_hours(self, total: float, key: int, top: float) -> int:
        """Hours: total + u[key] × the largest contribution of one person, rounded to whole
        hours (the top-contributor rule of ABS TableBuilder, DESIGN §10); 0 stays 0."""
        if total == 0:
            return 0
        value = total + top * self.columns[HOURS_COLUMN][key]
        return int(math.copysign(math.floor(abs(value) + 0.5), value))


def published_mean(total: int, n: int, means_from_n: int = MEANS_FROM_N) -> float | None:
    """Published sum / published n, two decimals; None (withheld) below `means_from_n`."""
    if n < means_from_n or n <= 0:
        return None
    return round(total / n, MEAN_DECIMALS)


def margin_of_error(parts: int, variance: float = VARIANCE) -> int:
    """The 95 % margin of a sum of `parts` independently perturbed counts."""
    return math.ceil(1.96 * math.sqrt(parts * variance)) if parts else 0
