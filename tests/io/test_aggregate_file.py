"""The aggregate file, version 2: JSON checked against its schema on write and on
read, and the tables for people (CSV for Swedish Excel, XLSX)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bipdesk.core.aggregation import DIMENSIONS, NOT_COUNTS, Cell
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.io import aggregate_file
from bipdesk.io.aggregate_file import (
    AggregateFile,
    AggregateFileError,
    dumps,
    read_aggregate,
    to_json,
    write_aggregate,
)
from bipdesk.io.aggregate_tables import csv_text, protection_sentence, write_csv, write_xlsx
from bipdesk.io.cards import default_cards
from bipdesk.io.export import build_aggregate
from bipdesk.io.merge import merge_aggregates
from bipdesk.io.table_figures import WITHHELD_TEXT
from bipdesk.storage import open_database
from bipdesk.storage.database import Database
from tests.conftest import TODAY
from tests.seed_units import CARD, seed_003, seed_004
from tests.support import QUESTIONS

YEAR_2024 = Period.year(2024)


def fill(database: Database) -> None:
    """Seeds 003 and 004: 893 participants registered in 2024, 108 comparable."""
    participants, measurements = seed_003()
    with database.transaction() as repository:
        for participant in [*participants, *seed_004()]:
            repository.add_participant(participant)
        for taken in measurements.values():
            for measurement in taken:
                repository.add_measurement(measurement)


def fill_small(database: Database, people: int = 6) -> None:
    """A handful of people, each measured twice in 2024: every mean is withheld."""
    with database.transaction() as repository:
        for number in range(people):
            code = f"LITEN-{number}"
            start = date(2024, 2, 1) + timedelta(days=number)
            repository.add_participant(
                Participant(code, sex=Sex.WOMEN, birth_year=1990, start_date=start)
            )
            before = {q: 3 + number % 4 for q in QUESTIONS}
            after = {q: 6 + number % 4 for q in QUESTIONS}
            repository.add_measurement(Measurement(code, CARD, start, before))
            repository.add_measurement(Measurement(code, CARD, start + timedelta(days=90), after))


@pytest.fixture
def seeded(database: Database) -> Database:
    fill(database)
    return database


@pytest.fixture
def exported(seeded: Database) -> AggregateFile:
    return build_aggregate(seeded, YEAR_2024, "Delprojekt Syd", project="BIP Kronoberg")


@pytest.fixture
def small(tmp_path: Path) -> Iterator[AggregateFile]:
    """Another unit's database, six women."""
    with open_database(tmp_path / "liten.db", default_cards(), today=lambda: TODAY) as database:
        fill_small(database)
        yield build_aggregate(database, YEAR_2024, "Delprojekt Liten")


def count(aggregate: AggregateFile, measure: str) -> int:
    value = aggregate.value("participants", measure, sex="all", age_band="all")
    assert isinstance(value, int)
    return value


# -- JSON ------------------------------------------------------------------------


def test_json_round_trip_of_a_unit_file(exported: AggregateFile, tmp_path: Path) -> None:
    path = tmp_path / "unit.json"
    write_aggregate(path, exported)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "bipdesk-aggregate" and data["version"] == 2
    assert data["unit"] == "Delprojekt Syd" and data["project"] == "BIP Kronoberg"
    assert data["period"] == {"from": "2024-01-01", "to": "2024-12-31", "baseline": "start"}
    assert data["age_bands"] == ["-19", "20-29", "30-39", "40-49", "50-59", "60-"]
    assert data["protection"] == {
        "method": "cell-key",
        "ptable": "bipdesk-d2-v1",
        "max_deviation": 2,
        "variance": 1.0,
        "no_counts_in": [1, 2],
        "magnitude_noise": 9,
        "means_from_n": 10,
    }
    assert data["card"]["id"] == "bip-standard" and data["card"]["questions"] == list(QUESTIONS)
    assert "sources" not in data and data["demo"] is False
    assert not any("margin" in c or "parts" in c for c in data["cells"])
    back = read_aggregate(path)
    assert back == exported
    assert abs(count(back, "positive") - 71) <= 2 and abs(count(back, "registered") - 893) <= 2


def test_json_round_trip_keeps_parts_and_margins_of_a_merged_file(
    exported: AggregateFile, small: AggregateFile, tmp_path: Path
) -> None:
    merged = merge_aggregates([exported, small])
    path = tmp_path / "merged.json"
    write_aggregate(path, merged)
    back = read_aggregate(path)
    assert back == merged and back.parts == merged.parts and back.sources == merged.sources
    registered = back.cell("participants", "registered", sex="women", age_band="all")
    assert registered is not None and registered.margin == 3  # two units: ±ceil(1.96·√2)
    assert back.parts[registered.key] == 2
    men = back.cell("participants", "registered", sex="men", age_band="all")
    assert men is not None and men.margin == 2 and back.parts[men.key] == 1  # Liten has no men
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    counts = [c for c in cells if c["measure"] not in NOT_COUNTS]
    assert counts and all("margin" in c and "parts" in c for c in counts)


def test_writing_refuses_what_the_schema_refuses(exported: AggregateFile) -> None:
    first = exported.cells[0]
    for invalid in (
        replace(exported, unit=""),
        replace(exported, export_id="not-a-uuid"),
        replace(exported, cells=(replace(first, value=-1), *exported.cells[1:])),
        replace(exported, cells=(replace(first, margin=2), *exported.cells[1:])),  # unit file
        replace(exported, cells=(*exported.cells, Cell("participants", "lower_bound", 4))),
    ):
        with pytest.raises(ValueError, match="aggregate file schema"):
            dumps(invalid)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not json at all", "The file is not JSON (error at line 1, column 1)."),
        (b"\xff\xfe\x00", "The file is not JSON: it is not UTF-8 text."),
        (b"[1, 2]", "The file is JSON, but not an aggregate file exported by BIP Desk."),
        (
            b'{"format": "bipdesk-card"}',
            'The file is not a BIP Desk aggregate file (its format is "bipdesk-card").',
        ),
        (
            b'{"format": "bipdesk-aggregate", "version": 3}',
            "of version 3; this BIP Desk reads version 2",
        ),
    ],
)
def test_reading_bad_files_names_the_file_and_the_problem(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(AggregateFileError) as caught:
        read_aggregate(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and reason in message and "\n" not in message


def test_a_version_1_file_must_be_exported_again(tmp_path: Path) -> None:
    old = {
        "format": "bipdesk-aggregate",
        "version": 1,
        "unit": "Syd",
        "period": {"from": "2024-01-01", "to": "2024-12-31"},
        "disclosure": {"k": 5, "min_people": 10},
        "cells": [
            {"table": "participants", "sex": "all", "age_band": "all", "measure": "registered",
             "value": None, "suppressed": True},
        ],
    }  # fmt: skip
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(AggregateFileError) as caught:
        read_aggregate(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: The file was made by an older BIP Desk")
    assert "export the period again" in message and "\n" not in message
    assert str(caught.value.kind) == "Older BIP Desk"


def test_a_schema_violation_names_the_file_and_the_json_path(
    exported: AggregateFile, tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    for change, where in (
        ({"value": -3}, "cells/5/value"),
        ({"note": "free text"}, "cells/5"),
        ({"margin": 1}, "cells/5/margin"),
    ):
        data = to_json(exported)
        data["cells"][5].update(change)
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(AggregateFileError) as caught:
            read_aggregate(path)
        message = str(caught.value)
        assert message.startswith(
            f"{path}: The file does not follow the aggregate file format at {where}:"
        )
        assert message.endswith("It may have been edited by hand; ask the unit to export it again.")
        assert "\n" not in message


def test_an_impossible_date_is_refused(exported: AggregateFile, tmp_path: Path) -> None:
    data = to_json(exported)
    data["period"]["to"] = "2024-02-30"
    path = tmp_path / "date.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AggregateFileError, match="impossible period"):
        read_aggregate(path)


def test_export_of_an_open_period(seeded: Database) -> None:
    aggregate = build_aggregate(seeded, Period(None, date(2024, 12, 31)), "Syd")
    assert aggregate.period.start is None
    assert to_json(aggregate)["period"] == {"from": None, "to": "2024-12-31", "baseline": "start"}


def test_cells_are_read_in_the_order_of_their_fields() -> None:
    """Reading builds each Cell from positional arguments, for speed (300 files, 100,000 cells)."""
    assert [f.name for f in fields(Cell)] == [
        "table", "measure", "value", *DIMENSIONS, "withheld", "margin",
    ]  # fmt: skip
    read = aggregate_file._cell(
        {"table": "questions", "question": "health", "measure": "mean_first", "value": None,
         "withheld": True}
    )  # fmt: skip
    assert read == Cell("questions", "mean_first", None, question="health", withheld=True)
    read = aggregate_file._cell(
        {"table": "exits", "sex": "men", "exit_reason": "work", "measure": "left", "value": 71,
         "margin": 6, "parts": 7}
    )  # fmt: skip
    assert read == Cell("exits", "left", 71, sex="men", exit_reason="work", margin=6)


# -- CSV and XLSX ----------------------------------------------------------------


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(text.splitlines(), delimiter=";"))


def row_of(rows: list[list[str]], header_start: list[str], first: list[str]) -> dict[str, str]:
    """The row starting with `first` under the header starting with `header_start`."""
    at = next(i for i, r in enumerate(rows) if r[: len(header_start)] == header_start)
    header = rows[at]
    row = next(r for r in rows[at + 1 :] if r[: len(first)] == first)
    return dict(zip(header, row, strict=True))


def test_csv_for_swedish_excel(exported: AggregateFile, tmp_path: Path) -> None:
    path = tmp_path / "unit.csv"
    write_csv(path, exported, "sv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = csv_rows(text)
    assert rows[0] == ["Enhet", "Delprojekt Syd"] and rows[1] == [
        "Period",
        "2024-01-01 – 2024-12-31",
    ]
    assert rows[2] == [protection_sentence(exported, "sv")]
    assert "cellnyckelmetoden" in rows[2][0] and "högst 2" in rows[2][0]
    assert "DEMO" not in text and "≥" not in text
    total = row_of(rows, ["Kön", "Åldersgrupp"], ["Totalt", "Totalt"])
    positive, comparable = count(exported, "positive"), count(exported, "comparable")
    assert total["Positiv stegförflyttning"] == str(positive)
    assert total["Jämförbara (minst två mätningar)"] == str(comparable)
    assert total["Inskrivna"] == str(count(exported, "registered"))
    assert total["Andel positiva"] == f"{round(100 * positive / comparable)} %"
    health = row_of(rows, ["Fråga"], ["health"])
    mean = exported.value("questions", "mean_first", question="health")
    assert isinstance(mean, float)
    assert health["Medel första"] == f"{mean:.2f}".replace(".", ",")  # decimal comma
    women = row_of(rows, ["Kön", "Arbete"], ["Kvinnor"])
    assert women["Arbete"] == str(exported.value("exits", "left", sex="women", exit_reason="work"))
    group = exported.value("exits", "left", sex="women", outcome_group="closer_to_labour_market")
    assert isinstance(group, int) and abs(group - 164) <= 2
    assert women["Närmare arbetsmarknaden (grupp)"] == str(group)


def test_csv_writes_withheld_means_as_two_dots(small: AggregateFile) -> None:
    mean = small.cell("questions", "mean_first", question="health")
    n = small.value("questions", "n", question="health")
    assert mean is not None and mean.withheld and mean.value is None
    assert isinstance(n, int) and 4 <= n < 10
    rows = csv_rows(csv_text(small, "sv"))
    health = row_of(rows, ["Fråga"], ["health"])
    assert health["Antal"] == str(n)
    assert health["Medel första"] == WITHHELD_TEXT == health["Medel senaste"]


def test_csv_in_english_and_the_demo_mark(exported: AggregateFile) -> None:
    text = csv_text(exported, "en")
    rows = csv_rows(text)
    assert rows[0] == ["Unit", "Delprojekt Syd"]
    assert rows[2] == [protection_sentence(exported, "en")]
    assert "cell key method" in rows[2][0] and "up to 2" in rows[2][0]
    assert "Sex;Age group;Registered" in text
    assert " %" in row_of(rows, ["Sex", "Age group"], ["Total", "Total"])["Share positive"]
    demo = csv_rows(csv_text(replace(exported, demo=True), "sv"))
    assert demo[2] == ["DEMO – påhittade personer"]
    assert csv_rows(csv_text(replace(exported, demo=True), "en"))[2] == ["DEMO — invented people"]


def test_csv_of_a_merged_file_speaks_of_margins(
    exported: AggregateFile, small: AggregateFile
) -> None:
    rows = csv_rows(csv_text(merge_aggregates([exported, small]), "sv"))
    sentence = next(r[0] for r in rows if "cellnyckelmetoden" in r[0])
    assert "felmarginal" in sentence and "högst 2" not in sentence


def sheet_rows(path: Path, sheet: str) -> list[list[object]]:
    """The sheet's rows, without the empty cells at their ends."""
    rows = []
    for row in load_workbook(path)[sheet].iter_rows():
        values = [c.value for c in row]
        while values and values[-1] is None:
            values.pop()
        rows.append(values)
    return rows


def test_xlsx_one_sheet_per_table_numbers_stay_numbers(
    exported: AggregateFile, tmp_path: Path
) -> None:
    path = tmp_path / "unit.xlsx"
    write_xlsx(path, exported, "sv")
    book = load_workbook(path)
    assert book.sheetnames == [
        "Deltagare",
        "Avslut",
        "Frågor",
        "Aktiviteter",
        "Aktivitetstyper",
        "Parallella insatser",
        "Anställning vid avslut",
        "Bransch vid avslut",
        "Enkät vid avslut",
    ]
    rows = sheet_rows(path, "Deltagare")
    assert [protection_sentence(exported, "sv")] in rows
    header = next(r for r in rows if r[:2] == ["Kön", "Åldersgrupp"])
    total = dict(zip(header, next(r for r in rows if r[:2] == ["Totalt", "Totalt"]), strict=True))
    positive, comparable = count(exported, "positive"), count(exported, "comparable")
    assert total["Positiv stegförflyttning"] == positive
    assert type(total["Positiv stegförflyttning"]) is int
    assert total["Andel positiva"] == pytest.approx(positive / comparable)
    questions = sheet_rows(path, "Frågor")
    header = next(r for r in questions if r[:1] == ["Fråga"])
    health = dict(zip(header, next(r for r in questions if r[:1] == ["health"]), strict=True))
    assert health["Medel första"] == exported.value("questions", "mean_first", question="health")
    # a number, not text (a mean of exactly 5.00 reads back from XLSX as the int 5:
    # the perturbed sums depend on the random record keys)
    assert isinstance(health["Medel första"], int | float)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert not any("≥" in str(c.value) for c in row if c.value is not None)
    english = tmp_path / "unit-en.xlsx"
    write_xlsx(english, exported, "en")
    assert load_workbook(english).sheetnames[:3] == ["Participants", "Exits", "Questions"]


def test_xlsx_writes_withheld_means_as_two_dots(small: AggregateFile, tmp_path: Path) -> None:
    path = tmp_path / "small.xlsx"
    write_xlsx(path, small, "en")
    rows = sheet_rows(path, "Questions")
    header = next(r for r in rows if r[:1] == ["Question"])
    health = dict(zip(header, next(r for r in rows if r[:1] == ["health"]), strict=True))
    assert health["Mean first"] == WITHHELD_TEXT == health["Mean latest"]
    assert health["Number"] == small.value("questions", "n", question="health")
    assert type(health["Number"]) is int
