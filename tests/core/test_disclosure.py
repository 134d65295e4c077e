"""Disclosure control (DESIGN §7), checked by an auditor that does not trust the implementation.

The auditor rebuilds every additive relation a reader of the file knows from
the cells' dimensions alone, then attacks the published tables twice: every
relation with exactly one unknown, and the exact integer range of every
suppressed cell (integer programming, suppressed cells ≥ 1 because zeros are
published). Hypothesis feeds it datasets of every shape.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp  # type: ignore[import-untyped]

from bipdesk.core.aggregation import Cell, aggregate
from bipdesk.core.disclosure import DisclosureError, check_settings, protect
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import OUTCOME_GROUP_OF, ExitReason, Participant, Sex
from bipdesk.core.periods import Period
from tests.core.support import CARD, small_card

QUESTIONS = ("a", "b", "c")
TEST_CARD = small_card(QUESTIONS, card_id=CARD.id)

# -- the auditor -------------------------------------------------------------------

Equation = tuple[int, tuple[int, ...]]


def reader_relations(cells: Sequence[Cell]) -> tuple[list[Equation], list[tuple[int, int]]]:
    """What a reader knows: total = Σ parts, and smaller ≤ larger. Built from scratch."""
    at = {}
    for i, c in enumerate(cells):
        at[(c.table, c.measure, c.sex, c.age_band, c.exit_reason, c.outcome_group, c.question)] = i
    equations: list[Equation] = []
    orders: list[tuple[int, int]] = []
    p = [c for c in cells if c.table == "participants"]
    sexes = sorted({c.sex for c in p if c.sex != "all"})
    bands = sorted({c.age_band for c in p if c.age_band != "all"})
    measures = sorted({c.measure for c in p})

    def cell(*key: Any) -> int:
        return at[key]

    for m in measures:
        for band in [*bands, "all"]:
            equations.append(
                (
                    cell("participants", m, "all", band, None, None, None),
                    tuple(cell("participants", m, s, band, None, None, None) for s in sexes),
                )
            )
        for sex in [*sexes, "all"]:
            equations.append(
                (
                    cell("participants", m, sex, "all", None, None, None),
                    tuple(cell("participants", m, sex, b, None, None, None) for b in bands),
                )
            )
    for sex in [*sexes, "all"]:
        for band in [*bands, "all"]:
            key = ("participants", "comparable", sex, band, None, None, None)
            steps = ("positive", "negative", "neutral")
            equations.append(
                (
                    at[key],
                    tuple(cell("participants", s, sex, band, None, None, None) for s in steps),
                )
            )
            orders.append((at[key], cell("participants", "measured", sex, band, None, None, None)))
            orders.append(
                (
                    cell("participants", "measured", sex, band, None, None, None),
                    cell("participants", "registered", sex, band, None, None, None),
                )
            )
    exit_sexes = sorted({c.sex for c in cells if c.table == "exits" and c.sex != "all"})
    for reason in ExitReason:
        equations.append(
            (
                cell("exits", "left", "all", None, reason.value, None, None),
                tuple(cell("exits", "left", s, None, reason.value, None, None) for s in exit_sexes),
            )
        )
    for group in {g.value for g in OUTCOME_GROUP_OF.values()}:
        equations.append(
            (
                cell("exits", "left", "all", None, None, group, None),
                tuple(cell("exits", "left", s, None, None, group, None) for s in exit_sexes),
            )
        )
        for sex in [*exit_sexes, "all"]:
            equations.append(
                (
                    cell("exits", "left", sex, None, None, group, None),
                    tuple(
                        cell("exits", "left", sex, None, r.value, None, None)
                        for r, g in OUTCOME_GROUP_OF.items()
                        if g.value == group
                    ),
                )
            )
    everyone = cell("participants", "comparable", "all", "all", None, None, None)
    for question in sorted({c.question for c in cells if c.table == "questions"}):
        n = cell("questions", "n", None, None, None, None, question)
        equations.append(
            (
                n,
                tuple(
                    cell("questions", m, None, None, None, None, question)
                    for m in ("improved", "worsened", "unchanged")
                ),
            )
        )
        orders.append((n, everyone))
    return equations, orders


def integer_range(
    cells: Sequence[Cell],
    equations: list[Equation],
    orders: list[tuple[int, int]],
    target: int,
) -> tuple[float, float]:
    unknown = sorted(i for i, c in enumerate(cells) if c.suppressed and c.is_count)
    column = {i: j for j, i in enumerate(unknown)}
    rows: list[np.ndarray] = []
    low: list[float] = []
    high: list[float] = []

    def add(terms: list[tuple[int, float]], lower: float, upper: float) -> None:
        row = np.zeros(len(unknown))
        constant = 0.0
        for i, sign in terms:
            if i in column:
                row[column[i]] += sign
            else:
                constant += sign * (cells[i].value or 0)
        if row.any():
            rows.append(row)
            low.append(lower - constant)
            high.append(upper - constant)

    for total, parts in equations:
        add([(total, -1.0), *((p, 1.0) for p in parts)], 0, 0)
    for small, large in orders:
        add([(small, 1.0), (large, -1.0)], -math.inf, 0)
    found = []
    for direction in (1.0, -1.0):
        objective = np.zeros(len(unknown))
        objective[column[target]] = direction
        result = milp(
            objective,
            integrality=np.ones(len(unknown)),
            bounds=Bounds(np.ones(len(unknown)), np.full(len(unknown), np.inf)),
            constraints=[LinearConstraint(np.array(rows), low, high)] if rows else [],
        )
        if result.status == 0:
            found.append(result.fun * direction)
        else:  # unbounded (or, for a wrong pattern, infeasible: caught below)
            assert direction < 0, result.message
            found.append(math.inf)
    return found[0], found[1]


def audit(original: Sequence[Cell], published: Sequence[Cell], k: int, min_people: int) -> None:
    """Every check of DESIGN §7 on one protected table set."""
    assert [c.key for c in original] == [c.key for c in published]
    for before, after in zip(original, published, strict=True):
        if not after.suppressed:
            assert after.value == before.value, "a published figure was changed"
        else:
            assert after.value is None
        if after.is_count and not after.suppressed:
            assert not 1 <= int(after.value or 0) < k, f"small count published: {after}"
        if after.is_count and after.suppressed:
            assert before.value, f"a zero was suppressed: {after}"
    equations, orders = reader_relations(published)
    for total, parts in equations:
        members = (total, *parts)
        unknown = [i for i in members if published[i].suppressed]
        assert len(unknown) != 1, f"recoverable from one relation: {published[unknown[0]]}"
        if not unknown:
            assert published[total].value == sum(int(published[p].value or 0) for p in parts)
    for i, cell in enumerate(published):
        if cell.suppressed and cell.is_count:
            lowest, highest = integer_range(published, equations, orders, i)
            assert lowest <= int(original[i].value or 0) <= highest
            assert highest > lowest, f"pinned: {cell} can only be {lowest}"
    n_of = {c.question: c for c in published if c.table == "questions" and c.measure == "n"}
    for cell in published:
        if cell.measure in ("mean_first", "mean_latest") and cell.value is not None:
            n = n_of[cell.question]
            assert not n.suppressed and int(n.value or 0) >= min_people


# -- datasets ------------------------------------------------------------------------

PERIOD = Period(date(2025, 1, 1), date(2025, 12, 31))


@st.composite
def datasets(draw: st.DrawFn) -> tuple[list[Participant], dict[str, list[Measurement]]]:
    sexes = draw(st.lists(st.sampled_from(list(Sex)), min_size=1, max_size=4, unique=True))
    years = draw(st.lists(st.sampled_from([None, 1950, 1970, 1985, 2000]), min_size=1, max_size=3))
    size = draw(st.integers(0, 45))
    participants: list[Participant] = []
    measurements: dict[str, list[Measurement]] = {}
    for number in range(size):
        code = f"P{number:03d}"
        start = date(2024, 6, 1) + timedelta(days=draw(st.integers(0, 500)))
        ends = draw(st.booleans())
        end = start + timedelta(days=draw(st.integers(0, 300))) if ends else None
        participants.append(
            Participant(
                code,
                sex=draw(st.sampled_from(sexes)),
                birth_year=draw(st.sampled_from(years)),
                start_date=start,
                end_date=end,
                exit_reason=draw(st.sampled_from(list(ExitReason))) if ends else None,
            )
        )
        count = draw(st.integers(0, 3))
        taken = []
        for step in range(count):
            answers = {
                q: draw(st.one_of(st.none(), st.integers(1, 10)))
                for q in QUESTIONS
                if draw(st.booleans()) or step == 0
            }
            taken.append(Measurement(code, CARD, start + timedelta(days=90 * step), answers))
        measurements[code] = taken
    return participants, measurements


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(datasets(), st.sampled_from([3, 5]))
def test_the_auditor_finds_nothing_on_generated_datasets(
    data: tuple[list[Participant], dict[str, list[Measurement]]], k: int
) -> None:
    participants, measurements = data
    original = aggregate(participants, measurements, TEST_CARD, PERIOD)
    published = protect(original, k)
    audit(original, published, k, check_settings(k))


def test_a_realistic_unit_passes_the_audit() -> None:
    from bipdesk.core.demo import generate_demo
    from bipdesk.io.cards import default_cards

    card = default_cards().get("bip-standard")
    assert card is not None
    people = generate_demo(card, 250, 11, date(2026, 11, 1))
    original = aggregate(
        [p.participant for p in people],
        {p.participant.code: list(p.measurements) for p in people},
        card,
        Period.year(2026),
    )
    published = protect(original)
    audit(original, published, 5, 10)
    total = next(c for c in published if c.key[:4] == ("participants", "registered", "all", "all"))
    assert not total.suppressed


# -- targeted cases --------------------------------------------------------------------


def _p(code: str, sex: Sex, year: int | None = 1985, **extra: Any) -> Participant:
    return Participant(code, sex=sex, birth_year=year, start_date=date(2025, 1, 10), **extra)


def test_k_below_three_and_min_people_below_k_are_refused() -> None:
    with pytest.raises(DisclosureError):
        protect([], 2)
    with pytest.raises(DisclosureError):
        check_settings(5, 4)
    assert check_settings(5) == 10 and check_settings(12) == 12


def test_singleton_pair_is_not_given_away() -> None:
    """Two suppressed cells over a published total of 2 would both be 1: more is hidden."""
    people = [_p("A", Sex.WOMEN, 1990), _p("B", Sex.MEN, 1990)]
    people += [_p(f"W{i}", Sex.WOMEN, 1970) for i in range(20)]
    people += [_p(f"M{i}", Sex.MEN, 1970) for i in range(20)]
    original = aggregate(people, {}, TEST_CARD, PERIOD)
    published = protect(original)
    audit(original, published, 5, 10)
    band = next(
        c
        for c in published
        if c.key[:4] == ("participants", "registered", "all", "30-39")  # 2025 − 1990 = 35
    )
    assert band.suppressed


def test_zeros_and_large_counts_stay_published() -> None:
    people = [_p(f"W{i}", Sex.WOMEN, 1970) for i in range(30)]
    original = aggregate(people, {}, TEST_CARD, PERIOD)
    published = protect(original)
    audit(original, published, 5, 10)
    assert not any(c.suppressed for c in published)


def test_means_need_ten_people() -> None:
    people = [_p(f"W{i}", Sex.WOMEN, 1970) for i in range(12)]
    measurements = {
        p.code: [
            Measurement(p.code, CARD, date(2025, 2, 1), {"a": 3, "b": 4}),
            Measurement(p.code, CARD, date(2025, 5, 1), {"a": 5 if i < 9 else 3}),
        ]
        for i, p in enumerate(people)
    }
    published = protect(aggregate(people, measurements, TEST_CARD, PERIOD))
    means = {(c.question, c.measure): c for c in published if c.measure.startswith("mean")}
    assert means["a", "mean_first"].value == 3.0
    assert means["a", "mean_latest"].value == 4.5  # (9·5 + 3·3) / 12
    assert means["b", "mean_first"].value is None  # nobody answered b twice


def test_protect_is_deterministic() -> None:
    people = [_p(f"X{i}", s, y) for i, (s, y) in enumerate(itertools.product(Sex, [1960, 1999]))]
    first = protect(aggregate(people, {}, TEST_CARD, PERIOD))
    assert first == protect(aggregate(people, {}, TEST_CARD, PERIOD))
