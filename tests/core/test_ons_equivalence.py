"""Our cell key method publishes exactly what the ONS package `cell-key-perturbation` does.

The same microdata (one row per person: sex, age band, area, record key
0–255), the same ptable (the shipped CSV, read by pandas): the ONS
`create_perturbed_table` (threshold 0, so nothing is suppressed) and
`cell_key` + `PerturbationTable.publish` give the same cell keys and the same
published counts, tiny cells, cells above 750 (the reused rows) and empty
combinations included.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence

import pandas as pd
import pytest
from cell_key_perturbation.create_perturbed_table import create_perturbed_table
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bipdesk.core.perturbation import KEY_SPACE, PTABLE_NAME, PerturbationTable, cell_key
from bipdesk.io.ptables import load_ptable, table_path

SEXES = ("woman", "man", "other")
AGE_BANDS = ("16-19", "20-24", "25-29", "30-49", "50-64")
COLUMNS = ("sex", "age", "area", "record_key")
TABULATIONS: tuple[tuple[list[str], list[str]], ...] = (
    (["area"], []),
    (["area"], ["sex"]),
    (["area"], ["sex", "age"]),
    ([], ["sex", "age"]),
    ([], ["age"]),
)
"""(geog, tab_vars) of each ONS call."""

AREAS = {"big": 4_000, "town": 420, "village": 37, "hamlet": 4, "croft": 3, "farm": 2, "lone": 1}
"""People per area."""

Person = tuple[str, str, str, int]


@pytest.fixture(scope="module")
def ons_ptable() -> pd.DataFrame:
    return pd.read_csv(table_path(PTABLE_NAME))


@pytest.fixture(scope="module")
def table() -> PerturbationTable:
    return load_ptable()


def people(seed: int) -> list[Person]:
    """A big area (cells above 750), middling ones, and areas of one to four people."""
    rng = random.Random(seed)
    crowd: list[Person] = []
    for area, size in AREAS.items():
        for _ in range(size):
            sex = rng.choices(SEXES, weights=(48, 48, 4))[0]
            crowd.append((sex, rng.choice(AGE_BANDS), area, rng.randrange(KEY_SPACE)))
    rng.shuffle(crowd)
    return crowd


def ours(
    table: PerturbationTable, crowd: Sequence[Person], by: Sequence[str]
) -> dict[tuple[str, ...], tuple[int, int, int]]:
    """(true n, cell key, published n) by combination of the columns `by`, as BIP Desk does."""
    keys: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for person in crowd:
        record = dict(zip(COLUMNS, person, strict=True))
        keys[tuple(str(record[column]) for column in by)].append(person[3])
    result = {}
    for combination, record_keys in keys.items():
        n, key = len(record_keys), cell_key(record_keys)
        result[combination] = (n, key, table.publish(n, key))
    return result


def compare(
    table: PerturbationTable,
    ons_ptable: pd.DataFrame,
    crowd: Sequence[Person],
    geog: list[str],
    tab_vars: list[str],
) -> tuple[set[int], int]:
    """Assert ONS == ours for one tabulation; the true counts seen and the empty cells ONS listed."""
    data = pd.DataFrame(list(crowd), columns=list(COLUMNS))
    ons = create_perturbed_table(
        data=data,
        ptable=ons_ptable,
        geog=geog,
        tab_vars=tab_vars,
        record_key="record_key",
        threshold=0,
    )
    by = geog + tab_vars
    expected = ours(table, crowd, by)
    seen: set[tuple[str, ...]] = set()
    empty = 0
    for record in ons.to_dict("records"):
        combination = tuple(str(record[column]) for column in by)
        count, published = int(record["pre_sdc_count"]), int(record["count"])
        if count == 0:  # a combination nobody has, listed by ONS: 0 stays 0 for us too
            assert combination not in expected
            assert published == 0 == table.publish(0, int(record["ckey"]))
            empty += 1
            continue
        assert combination not in seen, combination
        seen.add(combination)
        assert (count, int(record["ckey"]), published) == expected[combination], combination
    assert seen == set(expected), "ONS left out a combination that occurs"
    return {n for n, _, _ in expected.values()}, empty


@pytest.mark.parametrize("seed", [1, 2, 3, 2026])
def test_ons_publishes_what_we_publish(
    table: PerturbationTable,
    ons_ptable: pd.DataFrame,
    seed: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    crowd = people(seed)
    counts: set[int] = set()
    empty_combinations = 0
    for geog, tab_vars in TABULATIONS:
        seen, empty = compare(table, ons_ptable, crowd, geog, tab_vars)
        counts |= seen
        empty_combinations += empty
    capsys.readouterr()  # the ONS function prints its progress
    # the data reached what the test is about: tiny cells, reused rows, empty cells
    assert {1, 2, 3, 4} <= counts
    assert any(n > 1000 for n in counts) and any(750 < n <= 1000 for n in counts)
    # ONS lists the empty combinations of the areas × sexes × ages present (0 stays 0)
    assert empty_combinations > 0


_PERSON = st.tuples(
    st.sampled_from(SEXES),
    st.sampled_from(AGE_BANDS[:3]),
    st.sampled_from(("north", "south", "east")),
    st.integers(0, KEY_SPACE - 1),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(crowd=st.lists(_PERSON, min_size=1, max_size=60), extra=st.integers(0, 1_600))
def test_ons_agrees_on_any_small_crowd(
    table: PerturbationTable,
    ons_ptable: pd.DataFrame,
    capsys: pytest.CaptureFixture[str],
    crowd: list[Person],
    extra: int,
) -> None:
    # `extra` more people in one cell carry the counts past 750 now and then
    rng = random.Random(extra)
    crowd = crowd + [("man", "16-19", "north", rng.randrange(KEY_SPACE)) for _ in range(extra)]
    for geog, tab_vars in TABULATIONS:
        compare(table, ons_ptable, crowd, geog, tab_vars)
    capsys.readouterr()
