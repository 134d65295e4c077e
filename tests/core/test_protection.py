"""The published tables under the cell key method (DESIGN §7), on units made by hypothesis."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bipdesk.core.aggregation import (
    MEAN_MEASURES,
    SUM_MEASURES,
    Cell,
    KeyedCell,
    aggregate,
)
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.core.perturbation import published_mean
from bipdesk.core.protection import protect
from bipdesk.io.ptables import load_magnitudes, load_ptable
from tests.core.support import CARD, small_card

QUESTIONS = ("a", "b", "c", "d")
UNIT_CARD = small_card(QUESTIONS, card_id=CARD.id)
PERIOD = Period(date(2025, 1, 1), date(2025, 12, 31))

Unit = tuple[list[Participant], dict[str, list[Measurement]], dict[str, int]]


@st.composite
def units(draw: st.DrawFn, max_people: int = 60) -> Unit:
    """Tiny units, one sex only, empty bands: whatever a municipality may have."""
    size = draw(st.integers(0, max_people))
    sexes = draw(st.sampled_from([[Sex.WOMEN], [Sex.MEN], list(Sex)]))
    years = draw(st.sampled_from([[1990], [1960, 2004], [None, 1985, 1975]]))
    seed = draw(st.integers(0, 2**32 - 1))
    return make_unit(size, sexes, years, seed)


def make_unit(
    size: int, sexes: list[Sex], years: list[int | None], seed: int, prefix: str = "P"
) -> Unit:
    chance = random.Random(seed)
    people: list[Participant] = []
    measurements: dict[str, list[Measurement]] = {}
    keys: dict[str, int] = {}
    for number in range(size):
        code = f"{prefix}{number}"
        start = date(2024, 6, 1) + timedelta(days=chance.randrange(500))
        ended = chance.random() < 0.3
        people.append(
            Participant(
                code,
                sex=chance.choice(sexes),
                birth_year=chance.choice(years),
                start_date=start,
                end_date=start + timedelta(days=200) if ended else None,
                exit_reason=chance.choice(list(ExitReason)) if ended else None,
            )
        )
        keys[code] = chance.randrange(256)
        taken: list[Measurement] = []
        for visit in range(chance.choice([0, 1, 2, 2, 3])):
            answers = {q: chance.randint(1, 10) for q in QUESTIONS if chance.random() < 0.9}
            day = start + timedelta(days=10 + 91 * visit)
            taken.append(Measurement(code, CARD, day, answers))
        measurements[code] = taken
    return people, measurements, keys


def published(unit: Unit) -> tuple[list[KeyedCell], list[Cell]]:
    people, measurements, keys = unit
    exact = aggregate(people, measurements, UNIT_CARD, PERIOD, record_keys=keys)
    return exact, protect(exact, load_ptable(), load_magnitudes())


@settings(max_examples=150, deadline=None)
@given(units())
def test_every_published_figure_keeps_the_rules(unit: Unit) -> None:
    exact, cells = published(unit)
    assert [c.cell.key for c in exact] == [c.key for c in cells]
    n_of = {c.question: c.value for c in cells if c.table == "questions" and c.measure == "n"}
    sums = {(c.question, c.measure): c.value for c in cells if c.measure in SUM_MEASURES}
    for truth, cell in zip(exact, cells, strict=True):
        true_value = truth.cell.value
        if cell.measure in MEAN_MEASURES:
            total = sums[cell.question, cell.measure.replace("mean", "sum")]
            n = n_of[cell.question]
            assert isinstance(total, int) and isinstance(n, int)
            assert cell.withheld == (n < 10)
            assert cell.value == published_mean(total, n)
        elif cell.measure in SUM_MEASURES:
            assert isinstance(true_value, int) and isinstance(cell.value, int)
            assert abs(cell.value - true_value) <= 9
            if true_value == 0:
                assert cell.value == 0
        else:
            assert isinstance(true_value, int) and isinstance(cell.value, int)
            assert cell.value not in (1, 2), cell
            assert abs(cell.value - true_value) <= 2
            assert cell.value >= 0
            if true_value in (0, 3):
                assert cell.value == true_value


@settings(max_examples=60, deadline=None)
@given(units(), st.randoms(use_true_random=False))
def test_the_same_people_always_give_the_same_figures(unit: Unit, chance: random.Random) -> None:
    """Order, codes and names do not matter: only who is counted and their record keys."""
    people, measurements, keys = unit
    _, first = published(unit)
    renamed = {p.code: f"X-{chance.randrange(10**9)}-{i}" for i, p in enumerate(people)}
    shuffled = [
        Participant(
            renamed[p.code],
            sex=p.sex,
            birth_year=p.birth_year,
            start_date=p.start_date,
            end_date=p.end_date,
            exit_reason=p.exit_reason,
        )
        for p in people
    ]
    chance.shuffle(shuffled)
    again = (
        shuffled,
        {
            renamed[code]: [
                Measurement(renamed[code], m.card, m.date, dict(m.answered)) for m in taken
            ]
            for code, taken in measurements.items()
        },
        {renamed[code]: key for code, key in keys.items()},
    )
    _, second = published(again)
    assert first == second


def test_the_same_cell_in_two_units_is_perturbed_the_same_way() -> None:
    """Consistency: a cell's value depends on its people, not on the rest of the unit."""
    people, measurements, keys = make_unit(30, [Sex.WOMEN], [1990], seed=1)
    men, men_measurements, men_keys = make_unit(25, [Sex.MEN], [1960], seed=2, prefix="M")
    _, alone = published((people, measurements, keys))
    _, together = published((people + men, measurements | men_measurements, keys | men_keys))
    women_alone = {c.key: c.value for c in alone if c.sex == "women"}
    women_together = {c.key: c.value for c in together if c.sex == "women"}
    assert women_alone == women_together


def test_a_tiny_unit_publishes_no_one_or_two() -> None:
    for seed in range(200):
        size = 1 + seed % 4
        _, cells = published(make_unit(size, [Sex.WOMEN], [1990], seed))
        counts = [c.value for c in cells if c.measure not in MEAN_MEASURES | SUM_MEASURES]
        assert not {1, 2} & set(counts), seed
