"""Counting the tables of DESIGN §7 from plain participants and measurements."""

from __future__ import annotations

from datetime import date

from bipdesk.core.ages import DEFAULT_AGE_BANDS
from bipdesk.core.aggregation import Cell, KeyedCell, aggregate, band_labels, exact_cells
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.io.cards import default_cards
from tests.core.support import CARD, small_card
from tests.seed_units import SEED_004_EXITS, seed_003, seed_004

CARD_3 = small_card(("a", "b", "c"), card_id=CARD.id)
STANDARD = default_cards().get("bip-standard")
assert STANDARD is not None


def value(
    keyed: list[Cell] | list[KeyedCell], table: str, measure: str, **dims: str
) -> int | float | None:
    cells = [c.cell if isinstance(c, KeyedCell) else c for c in keyed]
    found = [
        c
        for c in cells
        if c.table == table
        and c.measure == measure
        and all(getattr(c, k) == v for k, v in dims.items())
    ]
    assert len(found) == 1, (table, measure, dims, found)
    return found[0].value


def test_seed_003_progression_figures() -> None:
    participants, measurements = seed_003()
    cells = exact_cells(aggregate(participants, measurements, STANDARD, Period.year(2024)))
    everyone = {"sex": "all", "age_band": "all"}
    assert value(cells, "participants", "registered", **everyone) == 267
    assert value(cells, "participants", "registered", sex="women", age_band="all") == 123
    assert value(cells, "participants", "registered", sex="men", age_band="all") == 144
    assert value(cells, "participants", "measured", **everyone) == 228
    assert value(cells, "participants", "comparable", **everyone) == 108
    assert value(cells, "participants", "positive", **everyone) == 71
    assert value(cells, "participants", "negative", **everyone) == 26
    assert value(cells, "participants", "neutral", **everyone) == 11
    questions = [c for c in cells if c.table == "questions" and c.measure == "n"]
    assert {c.value for c in questions} == {108}
    assert value(cells, "questions", "improved", question="health") == 71


def test_seed_004_exit_figures() -> None:
    cells = exact_cells(aggregate(seed_004(), {}, STANDARD, Period.year(2024)))
    expected = {
        "work": (43, 47),
        "studies": (59, 41),
    }
    for reason, (women, men) in expected.items():
        assert value(cells, "exits", "left", sex="women", exit_reason=reason) == women
        assert value(cells, "exits", "left", sex="men", exit_reason=reason) == men
    groups = {"closer_to_labour_market": (164, 101), "other": (94, 77)}
    for group, (women, men) in groups.items():
        assert value(cells, "exits", "left", sex="women", outcome_group=group) == women
        assert value(cells, "exits", "left", sex="men", outcome_group=group) == men
    totals = {
        sex: sum(
            int(value(cells, "exits", "left", sex=sex, outcome_group=g) or 0)
            for g in ("work_or_studies", "closer_to_labour_market", "other")
        )
        for sex in ("women", "men")
    }
    assert totals == {"women": 360, "men": 266}
    assert sum(SEED_004_EXITS[Sex.WOMEN].values()) == 360


def test_period_selects_registered_measurements_and_exits() -> None:
    period = Period(date(2025, 4, 1), date(2025, 6, 30))
    people = [
        Participant(
            "before",
            sex=Sex.WOMEN,
            start_date=date(2024, 1, 1),
            end_date=date(2025, 3, 31),
            exit_reason=ExitReason.WORK,
        ),
        Participant(
            "inside",
            sex=Sex.WOMEN,
            start_date=date(2025, 1, 1),
            end_date=date(2025, 5, 1),
            exit_reason=ExitReason.STUDIES,
        ),
        Participant("after", sex=Sex.MEN, start_date=date(2025, 7, 1)),
        Participant("open", sex=Sex.MEN, start_date=None),
    ]
    measurements = {
        "inside": [
            Measurement("inside", CARD, date(2025, 3, 1), {"a": 1}),  # before the period
            Measurement("inside", CARD, date(2025, 4, 2), {"a": 4}),
            Measurement("inside", CARD, date(2025, 4, 30), {"a": 2}),
        ],
        "open": [Measurement("open", CARD, date(2025, 5, 5), {"a": 5})],
    }
    cells = aggregate(people, measurements, CARD_3, period, baseline="period")
    everyone = {"sex": "all", "age_band": "all"}
    assert value(cells, "participants", "registered", **everyone) == 2
    assert value(cells, "participants", "measured", **everyone) == 2
    # baseline period: first and latest inside the period, 4 → 2, not 1 → 2
    assert value(cells, "participants", "negative", **everyone) == 1
    assert value(cells, "exits", "left", sex="women", exit_reason="studies") == 1
    assert value(cells, "exits", "left", sex="women", exit_reason="work") == 0
    assert value(cells, "questions", "mean_first", question="a") == 4.0
    # baseline start (the default): since they began, 1 → 2
    since_start = aggregate(people, measurements, CARD_3, period)
    assert value(since_start, "participants", "positive", **everyone) == 1
    assert value(since_start, "participants", "negative", **everyone) == 0
    assert value(since_start, "questions", "mean_first", question="a") == 1.0
    assert value(since_start, "participants", "measured", **everyone) == 2


def test_age_band_from_first_measurement_or_start_and_unknown_without_birth_year() -> None:
    people = [
        Participant(
            "m", birth_year=1995, start_date=date(2020, 1, 1)
        ),  # first measurement 2025: 30
        Participant("s", birth_year=1995, start_date=date(2014, 1, 1)),  # start 2014: 19
        Participant("x", birth_year=None, start_date=date(2020, 1, 1)),
    ]
    measurements = {"m": [Measurement("m", CARD, date(2025, 2, 1), {"a": 3})]}
    cells = aggregate(people, measurements, CARD_3, Period())
    assert value(cells, "participants", "registered", sex="unknown", age_band="30-39") == 1
    assert value(cells, "participants", "registered", sex="unknown", age_band="-19") == 1
    assert value(cells, "participants", "registered", sex="unknown", age_band="unknown") == 1


def test_every_combination_is_present_and_margins_add_up() -> None:
    participants, measurements = seed_003()
    cells = aggregate(participants, measurements, STANDARD, Period.year(2024))
    bands = band_labels(DEFAULT_AGE_BANDS)
    participants_cells = [c for c in cells if c.cell.table == "participants"]
    assert len(participants_cells) == 5 * len(bands) * 6
    for measure in ("registered", "comparable"):
        total = value(cells, "participants", measure, sex="all", age_band="all")
        by_band = sum(
            int(value(cells, "participants", measure, sex="all", age_band=b) or 0)
            for b in bands[:-1]
        )
        assert total == by_band


def test_no_personal_data_in_cells() -> None:
    participants, measurements = seed_003()
    cells = aggregate(participants, measurements, STANDARD, Period.year(2024))
    text = repr(cells)
    for p in participants[:50]:
        assert p.code not in text
        assert p.name is not None and p.name not in text


def test_cell_keys_are_the_record_keys_of_the_people_counted_mod_256() -> None:
    people = [
        Participant("w1", sex=Sex.WOMEN, birth_year=1990, start_date=date(2025, 1, 1)),
        Participant("w2", sex=Sex.WOMEN, birth_year=1990, start_date=date(2025, 1, 1)),
        Participant("m1", sex=Sex.MEN, birth_year=1960, start_date=date(2025, 1, 1)),
    ]
    keys = {"w1": 200, "w2": 100, "m1": 7}
    measurements = {
        "w1": [
            Measurement("w1", CARD, date(2025, 2, 1), {"a": 3, "b": 4}),
            Measurement("w1", CARD, date(2025, 5, 1), {"a": 5, "b": 4}),
        ],
        "m1": [
            Measurement("m1", CARD, date(2025, 2, 1), {"a": 6}),
            Measurement("m1", CARD, date(2025, 5, 1), {"a": 2}),
        ],
    }
    cells = aggregate(people, measurements, CARD_3, Period(), record_keys=keys)

    def key(table: str, measure: str, **dims: str) -> int:
        found = [
            c.cell_key
            for c in cells
            if c.cell.table == table
            and c.cell.measure == measure
            and all(getattr(c.cell, k) == v for k, v in dims.items())
        ]
        assert len(found) == 1
        return found[0]

    assert key("participants", "registered", sex="women", age_band="30-39") == 300 % 256
    assert key("participants", "registered", sex="all", age_band="all") == 307 % 256
    assert key("participants", "positive", sex="all", age_band="all") == 200
    assert key("participants", "negative", sex="men", age_band="60-") == 7
    assert key("participants", "neutral", sex="all", age_band="all") == 0
    # a question's n, sums and means share the key of its people
    for measure in ("n", "sum_first", "sum_latest", "mean_first", "mean_latest"):
        assert key("questions", measure, question="a") == 207
    assert key("questions", "n", question="b") == 200
    assert key("questions", "improved", question="a") == 200
    assert key("questions", "worsened", question="a") == 7
    assert value(cells, "questions", "sum_first", question="a") == 9
    assert value(cells, "questions", "sum_latest", question="a") == 7
    assert value(cells, "questions", "mean_latest", question="a") == 3.5


def test_a_record_key_outside_0_255_is_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="record key"):
        aggregate([Participant("x")], {}, CARD_3, Period(), record_keys={"x": 256})
