"""Nothing personal and no record key in any file that leaves the computer.

Two unit databases are seeded with codes, names and birth years that cannot be
mistaken for anything else in an export: codes and names are invented letter
sequences, and the birth years (1951–1989) never coincide with the period,
export or print years (2024–2026), so a birth year found as a standalone token
is a leak. Notes and comments on answers repeat all three. Every export format
is scanned (the XLSX unzipped, each XML part; the PDF as raw bytes, and its
extracted text and metadata, where birth years are looked for: compressed
streams hold four digits by chance): the aggregate JSON, CSV and XLSX of each
unit in Swedish and English, the merged JSON and XLSX, and the project
office's PDF report.

The record keys (0–255, the secret of the cell key method) must not leave
either: no field of the JSON is named after them, and the numbers of a file
are never simply its people's keys.
"""

from __future__ import annotations

import io
import json
import random
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest

from bipdesk.core.aggregation import DIMENSIONS
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import AggregateFile, read_aggregate, write_aggregate
from bipdesk.io.aggregate_tables import write_csv, write_xlsx
from bipdesk.io.cards import default_cards
from bipdesk.io.export import ExportPaths, build_aggregate, write_outputs
from bipdesk.io.merge import merge_aggregates, read_for_merge
from bipdesk.storage import open_database
from tests.support import QUESTIONS, standard_card

TODAY = date(2026, 11, 23)
PERIOD = Period(date(2025, 1, 1), date(2025, 12, 31))
UNITS = ("Delprojekt Syd", "Delprojekt Norr")
BIRTH_YEARS = range(1951, 1990)
SYLLABLES = ("qu", "zy", "xo", "vek", "thrå", "gnö", "plix", "wub", "jö", "krä", "fyx")
NOTE = "berättade om sin vecka"
CELL_FIELDS = {"table", "measure", "value", "withheld", "margin", "parts", *DIMENSIONS}

OfficeReport = Callable[[AggregateFile, Sequence[AggregateFile], str], bytes]


def office_report() -> OfficeReport | None:
    """The project office's PDF report, while bipdesk/reports/office.py imports."""
    try:
        from bipdesk.reports.office import office_report_pdf
    except ImportError:
        return None
    return office_report_pdf


@dataclass(frozen=True)
class Person:
    code: str
    name: str
    birth_year: int
    unit: str
    record_key: int


def _invented(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def _seed(path: Path, unit: str, people: int, rng: random.Random) -> list[Person]:
    card = standard_card()
    seeded: dict[str, tuple[str, int]] = {}
    with (
        open_database(path, default_cards(), today=lambda: TODAY) as database,
        database.transaction() as repo,
    ):
        for _ in range(people):
            code = "KX" + _invented(rng, 3).upper()
            while code in seeded:
                code = "KX" + _invented(rng, 3).upper()
            name = f"{_invented(rng, 2).title()} {_invented(rng, 3).title()}"
            year = rng.choice(BIRTH_YEARS)
            start = date(2024, 9, 1) + timedelta(days=rng.randrange(120))
            ended = rng.random() < 0.4
            end = date(2025, 6, 1) + timedelta(days=rng.randrange(150)) if ended else None
            repo.add_participant(
                Participant(
                    code,
                    name=name,
                    sex=rng.choice([Sex.WOMEN, Sex.MEN, Sex.MEN, Sex.OTHER]),
                    birth_year=year,
                    referrer="Arbetsförmedlingen",
                    municipality="Ljungby",
                    unit=unit,
                    coordinator=f"Koordinator {_invented(rng, 2)}",
                    start_date=start,
                    end_date=end,
                    exit_reason=rng.choice(list(ExitReason)) if ended else None,
                )
            )
            day = start + timedelta(days=10)
            for _ in range(rng.randint(0, 4)):
                if end is not None and day > end:
                    break
                answers = {q: rng.choice([None, *range(1, 11)]) for q in QUESTIONS}
                note = f"{name} ({code}, född {year}) {NOTE}"
                repo.add_measurement(
                    Measurement(code, card.key, day, answers, {QUESTIONS[0]: name}, note)
                )
                day += timedelta(days=91)
            seeded[code] = (name, year)
        keys = repo.record_keys()
    return [Person(code, name, year, unit, keys[code]) for code, (name, year) in seeded.items()]


@dataclass(frozen=True)
class Exports:
    people: list[Person]
    files: dict[str, bytes]
    """Every file written, by name: unit files start with their unit's name."""


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Exports:
    folder = tmp_path_factory.mktemp("exports")
    rng = random.Random(20261123)
    people: list[Person] = []
    unit_files: list[Path] = []
    for unit in UNITS:
        db_path = folder / f"{unit}.db"
        people += _seed(db_path, unit, 45, rng)
        with open_database(db_path, default_cards(), today=lambda: TODAY) as database:
            for period, tag in ((PERIOD, "2025"), (Period(None, None), "open")):
                aggregate = build_aggregate(database, period, unit)
                stem = folder / f"{unit}-{tag}"
                paths = ExportPaths(
                    stem.with_suffix(".json"), stem.with_suffix(".csv"), stem.with_suffix(".xlsx")
                )
                write_outputs(aggregate, paths, "sv")
                write_csv(folder / f"{unit}-{tag}-en.csv", aggregate, "en")
                write_xlsx(folder / f"{unit}-{tag}-en.xlsx", aggregate, "en")
                if tag == "2025":
                    unit_files.append(paths.json)
    units = read_for_merge(unit_files)
    merged = merge_aggregates(units)
    write_aggregate(folder / "merged.json", merged)
    write_xlsx(folder / "merged.xlsx", merged, "sv")
    report = office_report()
    if report is not None:
        (folder / "office-sv.pdf").write_bytes(report(merged, units, "sv"))
        (folder / "office-en.pdf").write_bytes(report(merged, units, "en"))
    files = {
        p.name: p.read_bytes()
        for p in folder.iterdir()
        if p.suffix in (".json", ".csv", ".xlsx", ".pdf")
    }
    return Exports(people, files)


def _texts(name: str, content: bytes) -> list[tuple[str, str]]:
    """(where, text) for every part of a file that a reader could see."""
    if name.endswith(".xlsx"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return [
                (f"{name}/{part}", archive.read(part).decode("utf-8"))
                for part in archive.namelist()
            ]
    if name.endswith(".pdf"):
        reader = pypdf.PdfReader(io.BytesIO(content))
        # The raw bytes (metadata, any uncompressed text), then the text as read.
        parts = [(f"{name} bytes", content.decode("latin-1"))]
        parts += [
            (f"{name} page {n + 1}", page.extract_text()) for n, page in enumerate(reader.pages)
        ]
        parts.append((f"{name} metadata", repr(dict(reader.metadata or {}))))
        return parts
    return [(name, content.decode("utf-8-sig"))]


def test_every_format_was_made(exports: Exports) -> None:
    names = set(exports.files)
    assert {"merged.json", "merged.xlsx"} <= names
    for unit in UNITS:
        for tag in ("2025", "open"):
            for suffix in (".json", ".csv", ".xlsx", "-en.csv", "-en.xlsx"):
                assert f"{unit}-{tag}{suffix}" in names
    assert len(exports.people) == 90


def test_the_office_report_was_made(exports: Exports) -> None:
    if office_report() is None:
        pytest.skip("bipdesk/reports/office.py does not import (being rewritten)")
    assert {"office-sv.pdf", "office-en.pdf"} <= set(exports.files)
    assert all(exports.files[f"office-{lang}.pdf"].startswith(b"%PDF") for lang in ("sv", "en"))


def leaks(files: dict[str, bytes], people: list[Person]) -> list[str]:
    """Where a code, name (or part of one), birth year or note of `people` appears."""
    codes = {p.code for p in people}
    names = {p.name for p in people} | {part for p in people for part in p.name.split()}
    years = {p.birth_year for p in people}
    year_token = re.compile(r"\b(" + "|".join(str(y) for y in sorted(years)) + r")\b")
    found: list[str] = []
    for name, content in files.items():
        for where, text in _texts(name, content):
            folded = text.casefold()
            hits = [c for c in codes if c.casefold() in folded]
            hits += [n for n in names if n.casefold() in folded]
            hits += [NOTE] if NOTE in folded else []
            if not where.endswith(" bytes"):  # compressed streams hold digits by chance
                hits += year_token.findall(text)
            found += [f"{where}: {hit}" for hit in hits]
    return found


def test_no_code_name_birth_year_or_note_in_any_export(exports: Exports) -> None:
    assert not {p.birth_year for p in exports.people} & {2024, 2025, 2026}
    assert leaks(exports.files, exports.people) == []
    parts = sum(len(_texts(name, content)) for name, content in exports.files.items())
    assert parts > 40


def field_names(data: Any) -> set[str]:
    """Every name of a field anywhere in parsed JSON."""
    if isinstance(data, dict):
        return set(data) | {n for value in data.values() for n in field_names(value)}
    if isinstance(data, list):
        return {n for value in data for n in field_names(value)}
    return set()


def numbers_in(name: str, content: bytes) -> Counter[int]:
    """The whole numbers a reader finds in a file: JSON values, or digits in its text."""
    if name.endswith(".json"):
        found: Counter[int] = Counter()

        def walk(value: Any) -> None:
            if isinstance(value, dict | list):
                for child in value.values() if isinstance(value, dict) else value:
                    walk(child)
            elif isinstance(value, int) and not isinstance(value, bool):
                found[value] += 1
            elif isinstance(value, float) and value.is_integer():
                found[int(value)] += 1

        walk(json.loads(content))
        return found
    texts = [text for where, text in _texts(name, content) if not where.endswith(" bytes")]
    return Counter(int(token) for text in texts for token in re.findall(r"\d+", text))


def key_leaks(files: dict[str, bytes], people: list[Person]) -> list[str]:
    """Files that name a record key, or whose numbers hold all the keys of their people."""
    found: list[str] = []
    for name, content in files.items():
        if name.endswith(".json"):
            data = json.loads(content)
            named = [n for n in field_names(data) if re.search("record|key", n, re.IGNORECASE)]
            found += [f"{name}: a field named {n}" for n in sorted(named)]
            cell_fields = field_names(data["cells"]) if isinstance(data, dict) else set()
            found += [f"{name}: a cell field {n}" for n in sorted(cell_fields - CELL_FIELDS)]
        own = [p for p in people if name.startswith(p.unit)] or people
        keys = Counter(p.record_key for p in own)
        if keys <= numbers_in(name, content):
            found.append(f"{name}: holds every record key of its {len(own)} people")
    return found


def test_no_record_key_in_any_export(exports: Exports) -> None:
    keys = [p.record_key for p in exports.people]
    assert all(0 <= key < 256 for key in keys) and len(set(keys)) > 30
    assert key_leaks(exports.files, exports.people) == []


def test_the_key_scan_finds_keys(exports: Exports) -> None:
    """The key scan can fail: keys as a field, as a cell field, or as the figures."""
    people = [p for p in exports.people if p.unit == UNITS[0]]
    name = f"{UNITS[0]}-2025.json"
    data = json.loads(exports.files[name])
    keys = [p.record_key for p in people]
    as_field = {**data, "record_keys": keys}
    as_cell_field = {**data, "cells": [{**data["cells"][0], "ckey": keys[0]}, *data["cells"][1:]]}
    as_values = {
        **data,
        "cells": [{**c, "value": k} for c, k in zip(data["cells"], keys, strict=False)],
    }
    for leaky, expected in (
        (as_field, "a field named record_keys"),
        (as_cell_field, "a cell field ckey"),
        (as_values, "holds every record key of its 45 people"),
    ):
        found = key_leaks({name: json.dumps(leaky).encode()}, people)
        assert f"{name}: {expected}" in found, found
    csv_name = f"{UNITS[0]}-2025.csv"
    listed = exports.files[csv_name] + ";".join(str(k) for k in keys).encode()
    assert key_leaks({csv_name: listed}, people) == [
        f"{csv_name}: holds every record key of its 45 people"
    ]


def test_the_scan_finds_a_leak_in_each_format(exports: Exports, tmp_path: Path) -> None:
    """The scan can fail: a unit label made of personal data is found in every format."""
    source = tmp_path / "unit.json"
    source.write_bytes(exports.files[f"{UNITS[0]}-2025.json"])
    unit = read_aggregate(source)
    report = office_report()
    person = exports.people[3]
    for label, expected in (
        (person.code, person.code),
        (f"Enhet {person.name}", person.name),
        (f"Årskull {person.birth_year}", str(person.birth_year)),
    ):
        leaky = replace(unit, unit=label)
        write_aggregate(tmp_path / "a.json", leaky)
        write_csv(tmp_path / "a.csv", leaky)
        write_xlsx(tmp_path / "a.xlsx", leaky)
        files = {p.name: p.read_bytes() for p in tmp_path.glob("a.*")}
        if report is not None:
            files["a.pdf"] = report(leaky, [leaky], "sv")
        found = leaks(files, [person])
        for name in files:
            assert any(hit.startswith(name) and expected in hit for hit in found), (name, found)
    if report is None:
        pytest.skip("the PDF part: bipdesk/reports/office.py does not import (being rewritten)")
