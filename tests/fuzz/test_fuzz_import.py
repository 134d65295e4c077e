"""Random and garbled files for the CSV/XLSX importer (DESIGN §6).

Whatever the file holds, `import_file` either imports it or raises ImportFailed
with a message that names the file, and a failed import leaves the database
exactly as it was. Nothing else may escape: no UnicodeError, IndexError,
KeyError, zipfile or openpyxl exception, OverflowError...
"""

from __future__ import annotations

import io
import string
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant, Sex
from bipdesk.io.importer import KNOWN_COLUMNS, ImportFailed, import_file
from bipdesk.storage import Database
from tests.conftest import TODAY
from tests.fuzz.support import FUZZ, digest
from tests.support import QUESTIONS, standard_card

GOOD_CSV = (
    "participant;sex;birth_year;start_date;end_date;exit_reason;measurement_date;"
    + ";".join(QUESTIONS)
    + "\nF001;kvinna;1990;2025-01-10;;;2025-01-15;3;4;5;6;7;8;9;10;1;2"
    + "\nF001;;;;;;2025-04-15;4;5;6;7;8;9;10;10;2;"
    + "\nF002;M;1985;2025-02-01;2025-10-01;Arbete;;;;;;;;;;;"
    + "\n"
)


@pytest.fixture
def seeded(database: Database) -> Database:
    """A database with people in it, so 'unchanged' means something."""
    card = standard_card()
    with database.transaction() as repository:
        for number in range(3):
            code = f"S{number:03d}"
            repository.add_participant(
                Participant(code, name=f"Seed {number}", sex=Sex.MEN, start_date=date(2024, 1, 1))
            )
            repository.add_measurement(
                Measurement(code, card.key, date(2024, 2, 1), dict.fromkeys(QUESTIONS, 5))
            )
    return database


def check_import(database: Database, path: Path) -> None:
    """The one property: imported, or ImportFailed naming the file with nothing changed."""
    before = digest(database)
    try:
        import_file(database, path, today=TODAY)
    except ImportFailed as error:
        event("refused with ImportFailed")
        assert str(error).startswith(path.name), str(error)
        assert error.problems and all(p.file == path.name for p in error.problems)
        assert "\n" not in str(error).strip() or len(error.problems) >= 1
        assert digest(database) == before
        return
    event("imported")
    # A file that imports must import the same way again without changes.
    again = import_file(database, path, dry_run=True, today=TODAY)
    assert not again.changes_anything


# -- CSV ------------------------------------------------------------------------------

cell_text = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "1",
            "10",
            "0",
            "-1",
            "11",
            "99999999999999999999999",
            "3.5",
            "1e3",
            "kvinna",
            "K",
            "man",
            "x",
            "Arbete",
            "work",
            "2025-01-15",
            "2025-02-30",
            "2025-13-01",
            "0000-01-01",
            "9999-12-31",
            "15/01/2025",
            "1990",
            "199",
            "19900",
            "bip-standard",
            "bip-standard:1",
            "bip-standard:2",
            "bip-standard:99999999999999999999",
            "nope:1",
            '"',
            '""',
            "=HYPERLINK(1)",
            "\u00a0",
            "\ufeff",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "a\nb",
        ]
    ),
    st.text(max_size=12),
)
header_name = st.one_of(
    st.sampled_from([*KNOWN_COLUMNS, *QUESTIONS, "PARTICIPANT", " participant ", ""]),
    st.text(alphabet=string.ascii_letters + "_ åäö", max_size=10),
)


def _csv(header: list[str], rows: list[list[str]], delimiter: str) -> str:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


@st.composite
def random_tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    """A header of plausible and odd column names and rows of plausible and odd cells."""
    header = draw(st.lists(header_name, min_size=1, max_size=14))
    if draw(st.booleans()) and "participant" not in header:
        header[0] = "participant"
    width = len(header) + draw(st.sampled_from([0, 0, 0, -1, 1]))
    row = st.lists(cell_text, min_size=max(0, width), max_size=max(0, width))
    return header, draw(st.lists(row, max_size=6))


@FUZZ
@given(table=random_tables(), delimiter=st.sampled_from([",", ";", "\t", "|"]))
def test_random_headers_and_cells(
    seeded: Database, tmp_path: Path, table: tuple[list[str], list[list[str]]], delimiter: str
) -> None:
    header, rows = table
    path = tmp_path / "slumpad.csv"
    path.write_text(_csv(header, rows, delimiter), encoding="utf-8")
    check_import(seeded, path)


@FUZZ
@given(data=st.binary(max_size=600), bom=st.booleans())
def test_random_bytes_as_csv(seeded: Database, tmp_path: Path, data: bytes, bom: bool) -> None:
    path = tmp_path / "bytes.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    check_import(seeded, path)


@st.composite
def garbled_csv(draw: st.DrawFn) -> bytes:
    """The good file in another encoding, cut short, with bytes changed, dropped or added."""
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16"]))
    text = GOOD_CSV.replace("kvinna", draw(st.sampled_from(["kvinna", "Kvinna", "ö", "–"])))
    raw = bytearray(text.encode(encoding, errors="replace"))
    for _ in range(draw(st.integers(0, 6))):
        if not raw:
            break
        at = draw(st.integers(0, len(raw) - 1))
        action = draw(st.sampled_from(["flip", "drop", "insert", "cut"]))
        if action == "flip":
            raw[at] = draw(st.integers(0, 255))
        elif action == "drop":
            del raw[at]
        elif action == "insert":
            raw[at:at] = draw(
                st.sampled_from([b'"', b";", b",", b"\n", b"\r", b"\x00", b"\xff", b"\xc3"])
            )
        else:
            del raw[at:]
    return bytes(raw)


@FUZZ
@given(data=garbled_csv())
def test_garbled_csv(seeded: Database, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "trasig.csv"
    path.write_bytes(data)
    check_import(seeded, path)


# -- XLSX -----------------------------------------------------------------------------

xlsx_value = st.one_of(
    cell_text,
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 31)),
    st.times(),
)


def _workbook(header: list[object], rows: list[list[object]], sheets: int) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for number in range(1, sheets):
        workbook.create_sheet(f"Blad{number + 1}").append(["x"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _safe(value: object) -> object:
    """What openpyxl can store at all (it refuses some text and numbers itself)."""
    if isinstance(value, str):
        return "".join(c for c in value if c >= " " or c in "\t\n\r")
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return None
    if isinstance(value, time) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value


@st.composite
def random_workbooks(draw: st.DrawFn) -> bytes:
    header = draw(st.lists(header_name, min_size=1, max_size=12))
    if draw(st.booleans()):
        header[0] = "participant"
    width = len(header) + draw(st.sampled_from([0, 0, 1]))
    rows = draw(st.lists(st.lists(xlsx_value, min_size=width, max_size=width), max_size=5))
    return _workbook(
        [_safe(h) for h in header],
        [[_safe(v) for v in row] for row in rows],
        draw(st.integers(1, 2)),
    )


@FUZZ
@given(data=random_workbooks())
def test_random_workbooks(seeded: Database, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "slumpad.xlsx"
    path.write_bytes(data)
    check_import(seeded, path)


def _good_workbook() -> bytes:
    lines = [line.split(";") for line in GOOD_CSV.strip().splitlines()]
    return _workbook(list(lines[0]), [list(r) for r in lines[1:]], 1)


GOOD_XLSX = _good_workbook()


@st.composite
def broken_workbooks(draw: st.DrawFn) -> bytes:
    """A good workbook cut short, with bytes changed, or with one zip member garbled."""
    kind = draw(st.sampled_from(["truncate", "flip", "member"]))
    raw = bytearray(GOOD_XLSX)
    if kind == "truncate":
        return bytes(raw[: draw(st.integers(0, len(raw) - 1))])
    if kind == "flip":
        for _ in range(draw(st.integers(1, 8))):
            raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
        return bytes(raw)
    source = zipfile.ZipFile(io.BytesIO(GOOD_XLSX))
    names = source.namelist()
    victim = draw(st.sampled_from(names))
    action = draw(st.sampled_from(["garble", "drop", "empty", "truncate"]))
    replacement = draw(st.binary(max_size=200))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            content = source.read(name)
            if name == victim:
                if action == "drop":
                    continue
                if action == "empty":
                    content = b""
                elif action == "truncate":
                    content = content[: len(content) // 2]
                else:
                    content = replacement
            target.writestr(name, content)
    return buffer.getvalue()


@FUZZ
@given(data=broken_workbooks())
def test_broken_workbooks(seeded: Database, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "trasig.xlsx"
    path.write_bytes(data)
    check_import(seeded, path)


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes_as_xlsx(seeded: Database, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bytes.xlsx"
    path.write_bytes(data)
    check_import(seeded, path)
