"""The shipped tables of the cell key method (resources/ptables) keep every promise of DESIGN §7."""

from __future__ import annotations

import importlib.util
import math
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from bipdesk.core.perturbation import (
    KEY_SPACE,
    MAGNITUDE_NOISE,
    MAGNITUDE_TABLE_NAME,
    PTABLE_NAME,
    TABLE_ROWS,
    MagnitudeTable,
    PerturbationTable,
    PerturbationTableError,
)
from bipdesk.io.ptables import (
    load_magnitudes,
    load_ptable,
    read_magnitudes,
    read_ptable,
    table_path,
)

ROOT = Path(__file__).resolve().parents[2]
MEASURES = ("sum_first", "sum_latest", "hours")


@pytest.fixture(scope="module")
def table() -> PerturbationTable:
    return load_ptable()


@pytest.fixture(scope="module")
def magnitudes() -> MagnitudeTable:
    return load_magnitudes()


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_ptables", ROOT / "tools/make_ptables.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def row(table: PerturbationTable, n: int) -> list[int]:
    return [table.pvalue(n, key) for key in range(KEY_SPACE)]


def entropy(counts: Iterator[int] | list[int]) -> float:
    return -sum(c / KEY_SPACE * math.log2(c / KEY_SPACE) for c in counts if c)


# --- the perturbation table -------------------------------------------------------------


def test_the_loader_reads_the_shipped_table_once(table: PerturbationTable) -> None:
    assert table.name == PTABLE_NAME
    assert len(table.rows) == TABLE_ROWS
    assert all(len(r) == KEY_SPACE for r in table.rows)
    assert load_ptable() is table
    assert load_ptable(PTABLE_NAME) is table
    header = table_path(PTABLE_NAME).read_text(encoding="utf-8").splitlines()[0]
    assert header == "pcv,ckey,pvalue"


def test_no_pvalue_exceeds_two_and_nothing_is_published_as_1_or_2(
    table: PerturbationTable,
) -> None:
    for n in range(1, 2 * TABLE_ROWS + 1):
        for key in range(KEY_SPACE):
            published = table.publish(n, key)
            assert abs(published - n) <= 2, (n, key)
            assert published >= 0 and published not in (1, 2), (n, key, published)


def test_from_4_up_mean_is_exactly_0_and_variance_exactly_1(table: PerturbationTable) -> None:
    for n in range(4, TABLE_ROWS + 1):
        values = row(table, n)
        assert sum(values) == 0, n
        assert sum(v * v for v in values) == KEY_SPACE, n


def test_the_small_counts(table: PerturbationTable) -> None:
    one, two, three, four = (Counter(row(table, n)) for n in (1, 2, 3, 4))
    assert one == {-1: 171, 2: 85}
    assert abs(sum(d * c for d, c in one.items())) <= 1  # |mean| <= 1/256
    assert set(two) == {-2, 1, 2}
    assert sum(d * c for d, c in two.items()) == 0
    assert three == {0: KEY_SPACE}
    assert set(four) == {-1, 0, 1, 2}


def test_every_count_from_5_up_has_the_same_distribution(table: PerturbationTable) -> None:
    five = Counter(row(table, 5))
    assert set(five) == {-2, -1, 0, 1, 2}
    for n in range(6, TABLE_ROWS + 1):
        assert Counter(row(table, n)) == five, n


def _feasible(n: int) -> list[tuple[int, ...]]:
    """Keys per pvalue −2 … 2 meeting the constraints of n, solved by hand (not the generator's way)."""
    vectors: list[tuple[int, ...]] = []
    if n == 1:  # −1 and +2 only, |Σ c·d| <= 1
        vectors = [(0, KEY_SPACE - b, 0, 0, b) for b in range(KEY_SPACE + 1)]
        return [v for v in vectors if abs(2 * v[4] - v[1]) <= 1]
    if n == 2:  # −2, +1, +2; Σ c·d = 0 gives c(+2) = 3·c(−2) − 256
        for a in range(KEY_SPACE + 1):
            c = 3 * a - KEY_SPACE
            b = KEY_SPACE - a - c
            if c >= 0 and b >= 0:
                vectors.append((a, 0, 0, b, c))
        return vectors
    if n == 3:
        return [(0, 0, KEY_SPACE, 0, 0)]
    # Σ c·d = 0 and Σ c·d² = 256 give c(−1) = 128 − 3a − q and c(+1) = 128 − a − 3q
    # for a = c(−2), q = c(+2); n = 4 has a = 0.
    for a in range(65 if n >= 5 else 1):
        for q in range(65):
            minus, plus = 128 - 3 * a - q, 128 - a - 3 * q
            zero = KEY_SPACE - a - minus - plus - q
            if min(minus, plus, zero) >= 0:
                vectors.append((a, minus, zero, plus, q))
    return vectors


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 500, 750])
def test_each_distribution_is_the_one_of_maximum_entropy(table: PerturbationTable, n: int) -> None:
    counts = Counter(row(table, n))
    shipped = tuple(counts.get(d, 0) for d in range(-2, 3))
    candidates = _feasible(n)
    assert shipped in candidates
    best = entropy(list(shipped))
    others = [v for v in candidates if v not in (shipped, shipped[::-1])]
    assert all(entropy(list(v)) < best - 1e-12 for v in others), n


def test_the_keys_are_shuffled_per_row(table: PerturbationTable) -> None:
    rows = [tuple(row(table, n)) for n in range(5, TABLE_ROWS + 1)]
    assert len(set(rows)) == len(rows)  # no two rows alike, though one distribution
    for n in (1, 2, 4, 5, 750):
        values = row(table, n)
        assert values != sorted(values) and values != sorted(values, reverse=True), n


def test_counts_above_750_reuse_rows_501_to_750(table: PerturbationTable) -> None:
    for n, reused in ((751, 501), (1000, 750), (1001, 501), (1234, 734), (10_000, 750)):
        assert row(table, n) == list(table.rows[reused - 1]), n
    for n in range(751, 3001):
        assert row(table, n) == list(table.rows[(n - 1) % 250 + 500]), n


def test_publish_keeps_0_and_adds_the_pvalue(table: PerturbationTable) -> None:
    assert all(table.publish(0, key) == 0 for key in range(KEY_SPACE))
    assert all(table.publish(3, key) == 3 for key in range(KEY_SPACE))
    assert table.publish(17, 9) == 17 + table.rows[16][9]
    with pytest.raises(ValueError, match="negative"):
        table.publish(-1, 0)


# --- the magnitude table ----------------------------------------------------------------


def test_each_magnitude_column_shuffles_256_evenly_spaced_values(
    magnitudes: MagnitudeTable,
) -> None:
    assert magnitudes.name == MAGNITUDE_TABLE_NAME
    assert tuple(magnitudes.columns) == MEASURES
    spaced = [(2 * k - 255) / 255 for k in range(KEY_SPACE)]
    for measure in MEASURES:
        column = magnitudes.columns[measure]
        assert sorted(column) == spaced, measure
        assert math.fsum(column) == 0.0, measure
        assert list(column) != spaced, measure
    assert len({magnitudes.columns[m] for m in MEASURES}) == 3
    first, latest = magnitudes.columns["sum_first"], magnitudes.columns["sum_latest"]
    differs = sum(
        magnitudes.noise("sum_first", k) != magnitudes.noise("sum_latest", k)
        for k in range(KEY_SPACE)
    )
    assert differs > KEY_SPACE // 2 and first != latest


def test_magnitude_values_round_trip_from_the_file() -> None:
    lines = table_path(MAGNITUDE_TABLE_NAME).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "ckey,sum_first,sum_latest,hours"
    assert len(lines) == 1 + KEY_SPACE
    for line in lines[1:]:
        for text in line.split(",")[1:]:
            assert repr(float(text)) == text


def test_noise_rounds_half_away_from_zero(magnitudes: MagnitudeTable) -> None:
    values = [0.0, 0.5, -0.5, 0.49, -0.51, 1.0, -0.0]
    made = MagnitudeTable.from_columns("test", {"x": values + [0.0] * (KEY_SPACE - len(values))})
    assert [made.noise("x", k, scale=1) for k in range(7)] == [0, 1, -1, 0, -1, 1, 0]
    assert made.noise("x", 1, scale=3) == 2  # 1.5
    assert made.noise("x", 2, scale=5) == -3  # −2.5
    assert made.publish("x", 0, 0) == 0
    for measure in MEASURES:
        for key in range(KEY_SPACE):
            value = MAGNITUDE_NOISE * magnitudes.columns[measure][key]
            noise = magnitudes.noise(measure, key)
            assert abs(noise) <= MAGNITUDE_NOISE
            assert noise == (1 if value > 0 else -1) * math.floor(abs(value) + 0.5)
            assert abs(abs(value) % 1 - 0.5) > 1e-9  # the table never sits on a tie


# --- the generator ----------------------------------------------------------------------


def test_the_generator_check_passes_on_the_shipped_files(generator: ModuleType) -> None:
    assert generator.main(["--check"]) == 0


def test_the_generator_rewrites_both_files_byte_identically(
    generator: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generator, "PTABLES", tmp_path)
    assert generator.main([]) == 0
    for name in (PTABLE_NAME, MAGNITUDE_TABLE_NAME):
        written = (tmp_path / f"{name}.csv").read_bytes()
        assert written == table_path(name).read_bytes(), name
    assert generator.main(["--check"]) == 0
    shipped = tmp_path / f"{PTABLE_NAME}.csv"
    shipped.write_bytes(shipped.read_bytes().replace(b"\n1,0,", b"\n1,0,0", 1))
    assert generator.main(["--check"]) == 1


# --- errors of the loader ---------------------------------------------------------------


def _broken(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / f"{name}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def ptable_lines() -> list[str]:
    return table_path(PTABLE_NAME).read_text(encoding="utf-8").splitlines()


def _raises(reader: Callable[[Path], object], path: Path, pattern: str) -> str:
    with pytest.raises(PerturbationTableError) as caught:
        reader(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message, message
    assert pattern in message, message
    return message


def test_a_truncated_ptable_names_the_file_and_what_is_missing(
    tmp_path: Path, ptable_lines: list[str]
) -> None:
    path = _broken(tmp_path, "cut", ptable_lines[:1001])
    _raises(read_ptable, path, "191000 of the 192000 (pcv, ckey) rows are missing")
    path.write_text("\n".join(ptable_lines[:1001]) + "\n4,232,", encoding="utf-8")
    _raises(read_ptable, path, "line 1002: pvalue '' is not a whole number")
    path.write_text("\n".join(ptable_lines[:1001]) + "\n4,23", encoding="utf-8")
    _raises(read_ptable, path, "line 1002: 2 fields, not 3")
    path.write_text("", encoding="utf-8")
    _raises(read_ptable, path, "line 1: the header is nothing")


def test_a_duplicate_ptable_row_names_its_line(tmp_path: Path, ptable_lines: list[str]) -> None:
    lines = list(ptable_lines)
    lines[300] = lines[2]  # pcv=1, ckey=1 again, in place of pcv=2, ckey=43
    _raises(
        read_ptable,
        _broken(tmp_path, "twice", lines),
        "line 301: pcv=1, ckey=1 appears twice (also on line 3)",
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("1,0,0", "line 2: pvalue 0 would publish 1 as 1"),
        ("9,0,3", "line 2: pvalue 3 would publish 9 as 12"),
        ("751,0,0", "line 2: pcv 751 is outside 1–750"),
        ("5,256,0", "line 2: ckey 256 is outside 0–255"),
        ("5, 1,0", "line 2: ckey ' 1' is not a whole number"),
    ],
)
def test_a_ptable_row_out_of_range_names_its_line(
    tmp_path: Path, ptable_lines: list[str], line: str, message: str
) -> None:
    _raises(read_ptable, _broken(tmp_path, "bad", [ptable_lines[0], line]), message)


def test_a_wrong_header_is_refused(tmp_path: Path, ptable_lines: list[str]) -> None:
    lines = ["pcv,key,pvalue", *ptable_lines[1:]]
    _raises(read_ptable, _broken(tmp_path, "header", lines), "line 1: the header is 'pcv,key")


def test_broken_magnitude_tables_are_refused(tmp_path: Path) -> None:
    lines = table_path(MAGNITUDE_TABLE_NAME).read_text(encoding="utf-8").splitlines()
    _raises(read_magnitudes, _broken(tmp_path, "cut", lines[:200]), "57 of the 256 ckey rows")
    twice = [*lines[:10], lines[3], *lines[11:]]
    _raises(read_magnitudes, _broken(tmp_path, "twice", twice), "line 11: ckey 2 appears twice")
    wide = [*lines[:5], "4,0.5,1.5,0", *lines[6:]]
    _raises(read_magnitudes, _broken(tmp_path, "wide", wide), "line 6: sum_latest '1.5' is not")
    nan = [*lines[:5], "4,0.5,nan,0", *lines[6:]]
    _raises(read_magnitudes, _broken(tmp_path, "nan", nan), "line 6: sum_latest 'nan' is not")


def test_an_unknown_table_name_names_the_file() -> None:
    with pytest.raises(PerturbationTableError, match=r"no-such-table\.csv cannot be read \(it is missing\)"):
        load_ptable("no-such-table")
    with pytest.raises(PerturbationTableError, match=r"no-such-table\.csv cannot be read \(it is missing\)"):
        load_magnitudes("no-such-table")
    with pytest.raises(PerturbationTableError, match="not the name"):
        load_ptable("../ptables/bipdesk-d2-v1")
