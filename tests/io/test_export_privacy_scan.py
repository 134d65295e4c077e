"""No participant code, name or birth year in any file that leaves the computer.

Two unit databases are seeded with codes, names and birth years that cannot be
mistaken for anything else in an export: codes and names are invented letter
sequences, and the birth years (1951–1989) never coincide with the period,
export or print years (2024–2026), so a birth year found as a standalone token
is a leak. Every export format is scanned byte by byte (the XLSX unzipped, each
XML part; the PDF as raw bytes, and its extracted text and metadata, where
birth years are looked for: compressed streams hold four digits by chance):
the aggregate JSON, CSV and XLSX of each unit in Swedish and English, the
merged JSON and XLSX, and the project office's PDF report.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest

from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import write_aggregate, write_csv, write_xlsx
from bipdesk.io.export import ExportPaths, build_aggregate, write_outputs
from bipdesk.io.merge import merge_aggregates, read_for_merge
from bipdesk.storage import open_database
from tests.support import QUESTIONS, standard_card

TODAY = date(2026, 11, 23)
PERIOD = Period(date(2025, 1, 1), date(2025, 12, 31))
BIRTH_YEARS = range(1951, 1990)
SYLLABLES = ("qu", "zy", "xo", "vek", "thrå", "gnö", "plix", "wub", "jö", "krä", "fyx")


@dataclass(frozen=True)
class Person:
    code: str
    name: str
    birth_year: int


def _invented(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def _seed(path: Path, unit: str, people: int, rng: random.Random) -> list[Person]:
    card = standard_card()
    seeded: list[Person] = []
    with open_database(path, today=lambda: TODAY) as database, database.transaction() as repo:
        for _ in range(people):
            code = "KX" + _invented(rng, 3).upper()
            while code in {p.code for p in seeded}:
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
                note = f"{name} ({code}, född {year}) berättade om sin vecka"
                repo.add_measurement(
                    Measurement(code, card.key, day, answers, {QUESTIONS[0]: name}, note)
                )
                day += timedelta(days=91)
            seeded.append(Person(code, name, year))
    return seeded


@dataclass(frozen=True)
class Exports:
    people: list[Person]
    files: dict[str, bytes]


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Exports:
    from bipdesk.reports.office import office_report_pdf

    folder = tmp_path_factory.mktemp("exports")
    rng = random.Random(20261123)
    people: list[Person] = []
    unit_files: list[Path] = []
    for unit in ("Delprojekt Syd", "Delprojekt Norr"):
        db_path = folder / f"{unit}.db"
        people += _seed(db_path, unit, 45, rng)
        with open_database(db_path, today=lambda: TODAY) as database:
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
    (folder / "office-sv.pdf").write_bytes(office_report_pdf(merged, units, "sv"))
    (folder / "office-en.pdf").write_bytes(office_report_pdf(merged, units, "en"))
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
    assert {"merged.json", "merged.xlsx", "office-sv.pdf", "office-en.pdf"} <= names
    for suffix in (".json", ".csv", ".xlsx", "-en.csv", "-en.xlsx"):
        assert f"Delprojekt Syd-2025{suffix}" in names
        assert f"Delprojekt Norr-open{suffix}" in names
    assert len(exports.people) == 90


def leaks(files: dict[str, bytes], people: list[Person]) -> list[str]:
    """Where a code, name (or part of one) or birth year of `people` appears."""
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
            if not where.endswith(" bytes"):  # compressed streams hold digits by chance
                hits += year_token.findall(text)
            found += [f"{where}: {hit}" for hit in hits]
    return found


def test_no_code_name_or_birth_year_in_any_export(exports: Exports) -> None:
    assert not {p.birth_year for p in exports.people} & {2024, 2025, 2026}
    assert leaks(exports.files, exports.people) == []
    parts = sum(len(_texts(name, content)) for name, content in exports.files.items())
    assert parts > 40


def test_the_scan_finds_a_leak_in_each_format(exports: Exports, tmp_path: Path) -> None:
    """The scan can fail: a unit label made of personal data is found in every format."""
    from dataclasses import replace

    from bipdesk.io.aggregate_file import read_aggregate
    from bipdesk.reports.office import office_report_pdf

    source = tmp_path / "unit.json"
    source.write_bytes(exports.files["Delprojekt Syd-2025.json"])
    unit = read_aggregate(source)
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
        files["a.pdf"] = office_report_pdf(leaky, [leaky], "sv")
        found = leaks(files, [person])
        for name in ("a.json", "a.csv", "a.xlsx", "a.pdf"):
            assert any(hit.startswith(name) and expected in hit for hit in found), (name, found)
