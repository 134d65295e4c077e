"""What an aggregate file publishes: the exact tables under the cell key method (DESIGN §7).

Every count becomes `n + ptable[n, key]` on its own, margins included, so a
table need not add up exactly; a sum of answers gets the magnitude noise of
its measure; a mean is the published sum over the published n, withheld
below `means_from_n`. The same people (the same cell keys) always publish the
same figures; nothing here depends on the unit, the date or chance.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bipdesk.core.aggregation import (
    MEAN_MEASURES,
    MEAN_OF_SUM,
    QUESTIONS,
    SUM_MEASURES,
    Cell,
    KeyedCell,
    N,
)
from bipdesk.core.follow_up import MAGNITUDE_MEASURES
from bipdesk.core.perturbation import (
    MAGNITUDE_NOISE,
    MAX_DEVIATION,
    MEANS_FROM_N,
    NO_COUNTS_IN,
    PTABLE_NAME,
    VARIANCE,
    MagnitudeTable,
    PerturbationTable,
    published_mean,
)

METHOD = "cell-key"


@dataclass(frozen=True)
class Protection:
    """How a file's figures were protected: the `protection` object of the file."""

    method: str = METHOD
    ptable: str = PTABLE_NAME
    max_deviation: int = MAX_DEVIATION
    variance: float = VARIANCE
    no_counts_in: tuple[int, ...] = NO_COUNTS_IN
    magnitude_noise: int = MAGNITUDE_NOISE
    means_from_n: int = MEANS_FROM_N


def protect(
    cells: Iterable[KeyedCell],
    ptable: PerturbationTable,
    magnitudes: MagnitudeTable,
    means_from_n: int = MEANS_FROM_N,
    magnitude_noise: int = MAGNITUDE_NOISE,
) -> list[Cell]:
    """The published cells, in the order given."""
    keyed = list(cells)
    published: list[Cell] = []
    question_n: dict[str | None, int] = {}
    question_sums: dict[tuple[str | None, str], int] = {}
    for item in keyed:
        cell, key = item.cell, item.cell_key
        if cell.measure in MEAN_MEASURES:
            published.append(cell)  # replaced below, once sum and n are known
            continue
        if cell.measure in MAGNITUDE_MEASURES:
            published.append(
                cell.replaced(magnitudes.publish_hours(float(cell.value or 0), key, item.top))
            )
            continue
        assert isinstance(cell.value, int), f"{cell.key} is not a whole number"
        if cell.measure in SUM_MEASURES:
            value = magnitudes.publish(cell.measure, cell.value, key, magnitude_noise)
            # A sum over nobody is 0 and stays 0, as a count of 0 does.
            value = value if cell.value else 0
            question_sums[cell.question, MEAN_OF_SUM[cell.measure]] = value
        else:
            value = ptable.publish(cell.value, key)
            if cell.table == QUESTIONS and cell.measure == N:
                question_n[cell.question] = value
        published.append(cell.replaced(value))
    for index, cell in enumerate(published):
        if cell.measure in MEAN_MEASURES:
            total = question_sums.get((cell.question, cell.measure))
            n = question_n.get(cell.question, 0)
            mean = None if total is None else published_mean(total, n, means_from_n)
            published[index] = cell.replaced(mean, withheld=mean is None)
    return published
