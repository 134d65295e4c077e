"""The project office's case of issue 14: the seed-003 project (267 participants,
108 comparable: 71 positive, 26 negative, 11 neutral) split into its seven
municipalities of 29–48 participants, each exported on its own, then merged.

Under version 1, 90–114 of 360 cells of every unit were suppressed and the
merge said "≥ 33 positive" against a true 71. Under the cell key method every
unit publishes every count, and the merged headline lies within its stated
95 % margin of error.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from bipdesk.core.aggregation import (
    MEAN_MEASURES,
    SUM_MEASURES,
    Cell,
    exact_cells,
)
from bipdesk.core.aggregation import aggregate as count
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.core.periods import Period
from bipdesk.core.protection import Protection, protect
from bipdesk.io.aggregate_file import AggregateFile, CardInfo
from bipdesk.io.cards import default_cards
from bipdesk.io.merge import merge_aggregates
from bipdesk.io.ptables import load_magnitudes, load_ptable
from tests.seed_units import seed_003

SIZES = (29, 35, 38, 40, 41, 36, 48)
PERIOD = Period.year(2024)
STANDARD = default_cards().get("bip-standard")
assert STANDARD is not None and sum(SIZES) == 267
HEADLINE = [
    ("registered", "all"),
    ("comparable", "all"),
    ("positive", "all"),
    ("negative", "all"),
    ("neutral", "all"),
    ("registered", "women"),
    ("registered", "men"),
    ("comparable", "women"),
    ("comparable", "men"),
    ("positive", "women"),
    ("positive", "men"),
]

SMALL_IN_EVERY_UNIT = {("neutral", "all"), ("negative", "all")}
"""Figures whose people are 1 or 2 in most units (11 neutral, 26 negative over 7 units)."""


def split(seed: int) -> list[tuple[list[Participant], dict[str, list[Measurement]]]]:
    participants, measurements = seed_003()
    order = random.Random(seed).sample(participants, len(participants))
    units, at = [], 0
    for size in SIZES:
        people = order[at : at + size]
        at += size
        units.append((people, {p.code: measurements.get(p.code, []) for p in people}))
    return units


def unit_file(
    number: int,
    people: list[Participant],
    measurements: dict[str, list[Measurement]],
    keys: dict[str, int],
) -> AggregateFile:
    assert STANDARD is not None
    exact = count(people, measurements, STANDARD, PERIOD, record_keys=keys)
    return AggregateFile(
        export_id=f"00000000-0000-4000-8000-{number:012d}",
        generated_at=datetime(2025, 1, 15, tzinfo=UTC).isoformat(),
        software="bipdesk 0.0.0",
        unit=f"Kommun {number}",
        period=PERIOD,
        card=CardInfo(STANDARD.id, STANDARD.version, STANDARD.question_ids, 1, 10),
        age_bands=("-19", "20-29", "30-39", "40-49", "50-59", "60-"),
        protection=Protection(),
        cells=tuple(protect(exact, load_ptable(), load_magnitudes())),
    )


def truth(cells: Sequence[Cell], measure: str, sex: str) -> int:
    found = [c for c in cells if c.table == "participants" and c.measure == measure]
    return sum(int(c.value or 0) for c in found if c.sex == sex and c.age_band == "all")


def project(seed: int) -> tuple[list[AggregateFile], AggregateFile, list[Cell]]:
    chance = random.Random(seed)
    files, exact_all = [], []
    for number, (people, measurements) in enumerate(split(seed), start=1):
        keys = {p.code: chance.randrange(256) for p in people}
        files.append(unit_file(number, people, measurements, keys))
        assert STANDARD is not None
        exact_all += exact_cells(count(people, measurements, STANDARD, PERIOD, record_keys=keys))
    return files, merge_aggregates(files), exact_all


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_seven_small_units_merge_into_figures_within_their_margins(seed: int) -> None:
    files, merged, exact = project(seed)
    assert truth(exact, "positive", "all") == 71
    assert truth(exact, "negative", "all") == 26
    assert truth(exact, "neutral", "all") == 11
    for measure, sex in HEADLINE:
        cell = merged.cell("participants", measure, sex=sex, age_band="all")
        assert cell is not None and cell.margin is not None and isinstance(cell.value, int)
        assert cell.margin <= 6, (measure, sex, cell.margin)
        if (measure, sex) not in SMALL_IN_EVERY_UNIT:
            assert abs(cell.value - truth(exact, measure, sex)) <= cell.margin, (measure, sex)
    # Nothing hidden, nothing a lower bound: every unit publishes every count.
    for aggregate in (*files, merged):
        for cell in aggregate.cells:
            if cell.measure in MEAN_MEASURES:
                continue
            assert cell.value is not None and not cell.withheld
            if cell.measure not in SUM_MEASURES:
                assert cell.value not in (1, 2)


def test_every_unit_stays_within_two_of_the_truth() -> None:
    chance = random.Random(7)
    for number, (people, measurements) in enumerate(split(7), start=1):
        keys = {p.code: chance.randrange(256) for p in people}
        assert STANDARD is not None
        exact = exact_cells(count(people, measurements, STANDARD, PERIOD, record_keys=keys))
        published = unit_file(number, people, measurements, keys).cells
        for truth_cell, cell in zip(exact, published, strict=True):
            if cell.measure in MEAN_MEASURES or cell.measure in SUM_MEASURES:
                continue
            assert abs(int(cell.value or 0) - int(truth_cell.value or 0)) <= 2


def test_how_often_the_merged_counts_lie_within_their_margins() -> None:
    """Over many key draws: the margin (DESIGN §7: ±ceil(1.96 × sqrt(parts)), parts = files
    with a non-zero value) covers a count at least 95 % of the time where the units'
    own counts are 3 or more. Where most units hold only 1 or 2 people (neutral: 11
    people over 7 units), a true 1 or 2 published as 0 still errs but is not counted
    as a part, and 1 and 2 are perturbed with a variance of 2 and 3.1, not 1: such a
    margin covers about 8 in 10 (docs/aggregate-file.md says so)."""
    inside: dict[tuple[str, str], int] = dict.fromkeys(HEADLINE, 0)
    draws = 100
    for seed in range(draws):
        _, merged, exact = project(100 + seed)
        for measure, sex in HEADLINE:
            cell = merged.cell("participants", measure, sex=sex, age_band="all")
            assert cell is not None and cell.margin is not None
            error = abs(int(cell.value or 0) - truth(exact, measure, sex))
            inside[measure, sex] += error <= cell.margin
    for figure, hits in inside.items():
        if figure == ("neutral", "all"):
            assert 0.7 <= hits / draws < 0.95, (figure, hits / draws)
        elif figure in SMALL_IN_EVERY_UNIT:
            assert hits / draws >= 0.9, (figure, hits / draws)
        else:
            assert hits / draws >= 0.95, (figure, hits / draws)
