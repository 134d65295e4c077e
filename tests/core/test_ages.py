"""Age from the birth year and age bands (DESIGN §7: labels recorded in the aggregate file)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands, age_in_year

DEFAULT_LABELS = ("-19", "20-29", "30-39", "40-49", "50-59", "60-")

band_starts = st.lists(
    st.integers(min_value=1, max_value=120), min_size=1, max_size=8, unique=True
).map(lambda xs: tuple(sorted(xs)))


def test_default_labels_are_those_of_the_aggregate_file() -> None:
    assert DEFAULT_AGE_BANDS.labels == DEFAULT_LABELS
    assert AgeBands().labels == DEFAULT_LABELS


def test_age_is_the_age_reached_during_the_year() -> None:
    assert age_in_year(1990, 2026) == 36
    assert age_in_year(2006, 2026) == 20
    assert age_in_year(2026, 2026) == 0


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, "-19"),
        (15, "-19"),
        (19, "-19"),
        (20, "20-29"),
        (29, "20-29"),
        (30, "30-39"),
        (39, "30-39"),
        (40, "40-49"),
        (49, "40-49"),
        (50, "50-59"),
        (59, "50-59"),
        (60, "60-"),
        (66, "60-"),
        (110, "60-"),
    ],
)
def test_band_boundaries(age: int, band: str) -> None:
    assert DEFAULT_AGE_BANDS.band_of(age) == band


@pytest.mark.parametrize(
    ("birth_year", "band"),
    [
        (2007, "-19"),
        (2006, "20-29"),
        (1997, "20-29"),
        (1996, "30-39"),
        (1967, "50-59"),
        (1966, "60-"),
    ],
)
def test_band_from_birth_year_in_2026(birth_year: int, band: str) -> None:
    assert DEFAULT_AGE_BANDS.band_of(age_in_year(birth_year, 2026)) == band


def test_custom_bands_label_themselves() -> None:
    bands = AgeBands((18, 25, 65))
    assert bands.labels == ("-17", "18-24", "25-64", "65-")
    assert bands.band_of(17) == "-17"
    assert bands.band_of(18) == "18-24"
    assert bands.band_of(64) == "25-64"
    assert bands.band_of(65) == "65-"


def test_a_single_limit_makes_two_bands() -> None:
    assert AgeBands((25,)).labels == ("-24", "25-")


def test_from_labels_round_trips_the_default() -> None:
    assert AgeBands.from_labels(list(DEFAULT_LABELS)) == DEFAULT_AGE_BANDS


def test_bands_given_as_a_list_equal_bands_given_as_a_tuple() -> None:
    from_list = AgeBands([20, 30, 40, 50, 60])  # type: ignore[arg-type]  # as read from JSON
    assert from_list == DEFAULT_AGE_BANDS
    assert hash(from_list) == hash(DEFAULT_AGE_BANDS)


@given(starts=band_starts)
def test_from_labels_round_trips_any_bands(starts: tuple[int, ...]) -> None:
    bands = AgeBands(starts)
    assert len(bands.labels) == len(starts) + 1
    assert AgeBands.from_labels(bands.labels) == bands


@given(starts=band_starts, age=st.integers(min_value=0, max_value=130))
def test_every_age_falls_in_exactly_the_band_whose_range_holds_it(
    starts: tuple[int, ...], age: int
) -> None:
    bands = AgeBands(starts)
    label = bands.band_of(age)
    low_text, high_text = label.split("-")
    low = int(low_text) if low_text else 0
    high = int(high_text) if high_text else 10**6
    assert low <= age <= high
    assert label in bands.labels


@pytest.mark.parametrize(
    "labels",
    [
        [],
        ["-19"],
        ["-19", "25-29", "30-"],  # gap
        ["-19", "20-29", "30-39"],  # last band not open
        ["20-29", "30-39", "40-"],  # first band not open below
        ["-19", "x-29", "30-"],
        ["-19", "30-39", "20-"],  # not increasing
        ["-19", "20-29", "30-", "60-"],
        ["-20", "20-29", "30-"],  # overlap
    ],
)
def test_bad_band_labels_are_refused(labels: list[str]) -> None:
    with pytest.raises(ValueError):
        AgeBands.from_labels(labels)


@pytest.mark.parametrize("starts", [(), (30, 20), (20, 20), (0, 20), (-5, 20)])
def test_bad_band_limits_are_refused(starts: tuple[int, ...]) -> None:
    with pytest.raises(ValueError):
        AgeBands(starts)
