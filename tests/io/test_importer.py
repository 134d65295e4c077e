"""Import of CSV and XLSX (DESIGN §6): all or nothing, idempotent, precise messages."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from bipdesk.core.participants import ExitReason, Sex
from bipdesk.io.importer import ImportFailed, import_file
from bipdesk.storage import Database
from tests.conftest import TODAY
from tests.support import QUESTIONS

HEADER = (
    "participant,sex,birth_year,referrer,municipality,unit,start_date,end_date,"
    "exit_reason,measurement_date," + ",".join(QUESTIONS)
)
GOOD_ROWS = [
    "P001,kvinna,1990,Arbetsförmedlingen,Växjö,Delprojekt Syd,2025-01-10,,,2025-01-15,"
    "3,4,5,6,7,8,9,10,1,2",
    "P001,,,,,,,,,2025-04-15,4,5,6,7,8,9,10,10,2,",
    "P002,M,1985,Socialtjänsten,Ljungby,Delprojekt Syd,2025-02-01,2025-10-01,Arbete,," + "," * 9,
    "P003,X,2000,,,,2025-03-01,,,2025-03-05,5,5,5,5,5,5,5,5,5,5",
]


def write_csv(
    path: Path, rows: list[str], header: str = HEADER, delimiter: str = ",", bom: bool = False
) -> Path:
    text = "\n".join([header, *rows]) + "\n"
    if delimiter != ",":
        text = text.replace(",", delimiter)
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def digest(db: Database) -> str:
    """A content digest of everything an import may touch."""
    with db.transaction() as repo:
        parts = [repr(repo.participants())]
        parts += [repr(repo.measurements(code)) for code in sorted(repo.participant_codes())]
    return hashlib.sha256("".join(parts).encode()).hexdigest()


def test_import_creates_participants_and_measurements(database: Database, tmp_path: Path) -> None:
    summary = import_file(database, write_csv(tmp_path / "in.csv", GOOD_ROWS), today=TODAY)
    assert (summary.participants_new, summary.measurements_new) == (3, 3)
    with database.transaction() as repo:
        first = repo.participant("P001")
        second = repo.participant("P002")
        measurements = repo.measurements("P001")
    assert first is not None and second is not None
    assert first.sex is Sex.WOMEN and first.birth_year == 1990
    assert first.municipality == "Växjö" and first.referrer == "Arbetsförmedlingen"
    assert second.sex is Sex.MEN and second.exit_reason is ExitReason.WORK
    assert second.end_date == date(2025, 10, 1)
    assert [m.date for m in measurements] == [date(2025, 1, 15), date(2025, 4, 15)]
    assert measurements[0].answers["job_search_knowhow"] == 3
    assert measurements[1].answers["job_goal"] is None  # empty cell = not answered
    assert all(m.card.id == "bip-standard" and m.card.version == 1 for m in measurements)


@pytest.mark.parametrize("delimiter", [",", ";"])
@pytest.mark.parametrize("bom", [False, True])
def test_csv_dialects_are_detected(
    database: Database, tmp_path: Path, delimiter: str, bom: bool
) -> None:
    path = write_csv(tmp_path / "in.csv", GOOD_ROWS, delimiter=delimiter, bom=bom)
    assert import_file(database, path, today=TODAY).measurements_new == 3


def test_reimporting_the_same_file_changes_nothing(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "in.csv", GOOD_ROWS)
    import_file(database, path, today=TODAY)
    before = digest(database)
    again = import_file(database, path, today=TODAY)
    assert not again.changes_anything
    assert (again.participants_unchanged, again.measurements_unchanged) == (3, 3)
    assert digest(database) == before


def test_dry_run_reports_but_writes_nothing(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "in.csv", GOOD_ROWS)
    before = digest(database)
    summary = import_file(database, path, dry_run=True, today=TODAY)
    assert (summary.participants_new, summary.measurements_new) == (3, 3)
    assert digest(database) == before


def test_changed_rows_are_updates_and_keep_notes(database: Database, tmp_path: Path) -> None:
    import_file(database, write_csv(tmp_path / "a.csv", GOOD_ROWS), today=TODAY)
    with database.transaction() as repo:
        stored = repo.measurements("P003")[0]
        from dataclasses import replace

        repo.update_measurement(replace(stored, note="Samtal om praktik"))
    changed = [GOOD_ROWS[0].replace("Växjö", "Alvesta"), GOOD_ROWS[3].replace("05,5,5,", "05,6,5,")]
    summary = import_file(database, write_csv(tmp_path / "b.csv", changed), today=TODAY)
    assert (summary.participants_updated, summary.participants_unchanged) == (1, 1)
    assert (
        summary.measurements_new,
        summary.measurements_updated,
        summary.measurements_unchanged,
    ) == (0, 1, 1)
    with database.transaction() as repo:
        assert repo.participant("P001").municipality == "Alvesta"  # type: ignore[union-attr]
        updated = repo.measurements("P003")[0]
    assert updated.answers["job_search_knowhow"] == 6
    assert updated.note == "Samtal om praktik"


def test_empty_cells_never_erase_stored_fields(database: Database, tmp_path: Path) -> None:
    import_file(database, write_csv(tmp_path / "a.csv", GOOD_ROWS), today=TODAY)
    sparse = write_csv(tmp_path / "b.csv", ["P001"], header="participant")
    summary = import_file(database, sparse, today=TODAY)
    assert summary.participants_unchanged == 1 and not summary.changes_anything


def test_xlsx_first_sheet_is_read(database: Database, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["participant", "sex", "birth_year", "measurement_date", *QUESTIONS])
    sheet.append(["X1", "Kvinna", 1979, date(2025, 5, 2), *range(1, 11)])
    sheet.append(["X1", "Kvinna", 1979.0, "2025-08-04", 2, 2, 2, None, 2, 2, 2, 2, 2, 2])
    workbook.create_sheet("Notes").append(["ignored"])
    path = tmp_path / "in.xlsx"
    workbook.save(path)
    summary = import_file(database, path, today=TODAY)
    assert (summary.participants_new, summary.measurements_new) == (1, 2)
    with database.transaction() as repo:
        latest = repo.measurements("X1")[-1]
    assert latest.answers["time_in_everyday_life"] is None and latest.answers["health"] == 2


def bad_import(database: Database, path: Path) -> str:
    before = digest(database)
    with pytest.raises(ImportFailed) as failure:
        import_file(database, path, today=TODAY)
    assert digest(database) == before
    return str(failure.value)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            GOOD_ROWS[0].replace("2025-01-15", "15/01/2025"),
            "row 2, column J (measurement_date): '15/01/2025' is not a date",
        ),
        (
            GOOD_ROWS[0].replace("2025-01-15", "2025-02-30"),
            "row 2, column J (measurement_date): '2025-02-30' is not a real date",
        ),
        (
            GOOD_ROWS[0].replace(",3,4,", ",11,4,"),
            "row 2, column K (job_search_knowhow): the answer 11 is outside the scale 1–10",
        ),
        (
            GOOD_ROWS[0].replace(",3,4,", ",tre,4,"),
            "row 2, column K (job_search_knowhow): 'tre' is not a whole number",
        ),
        (GOOD_ROWS[0].replace("kvinna", "kvinn"), "row 2, column B (sex): 'kvinn' is not a sex"),
        (
            GOOD_ROWS[0].replace("1990", "19900"),
            "row 2, column C (birth_year): '19900' is not a four-digit year",
        ),
        (
            GOOD_ROWS[0].replace("1990", "2020"),
            "row 2, column C (birth_year): participant P001: the birth year must be between 1930 and 2011",
        ),
        (
            GOOD_ROWS[0].replace("2025-01-15", "2027-01-15"),
            "row 2, column J (measurement_date): the measurement date is in the future",
        ),
        (
            GOOD_ROWS[2].replace("Arbete", "Semester"),
            "row 2, column I (exit_reason): 'Semester' is not an exit reason",
        ),
        (
            GOOD_ROWS[2].replace("Arbete", ""),
            "row 2, column I (exit_reason): participant P002: an ended participation needs an exit reason",
        ),
        (
            GOOD_ROWS[2].replace("2025-10-01", "2024-10-01"),
            "row 2, column H (end_date): participant P002: the end date is before the start date",
        ),
    ],
)
def test_bad_rows_are_refused_with_row_column_and_reason(
    database: Database, tmp_path: Path, row: str, expected: str
) -> None:
    import_file(database, write_csv(tmp_path / "ok.csv", GOOD_ROWS[3:]), today=TODAY)
    message = bad_import(database, write_csv(tmp_path / "bad.csv", [row, *GOOD_ROWS[3:]]))
    assert message.startswith("bad.csv, " + expected)


def test_disagreeing_participant_fields_are_refused(database: Database, tmp_path: Path) -> None:
    rows = [GOOD_ROWS[0], GOOD_ROWS[1].replace("P001,,,", "P001,man,,")]
    message = bad_import(database, write_csv(tmp_path / "bad.csv", rows))
    assert message.startswith("bad.csv, row 3, column B (sex): participant P001 has sex 'man' here")
    assert "row 2" in message


def test_unknown_column_is_refused(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bad.csv", [GOOD_ROWS[0] + ",x"], header=HEADER + ",favourite_colour"
    )
    assert bad_import(database, path).startswith(
        "bad.csv, row 1, column U (favourite_colour): unknown column 'favourite_colour'"
    )


def test_unknown_card_is_refused(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        ["P9,2025-01-01,bip-other,5"],
        header="participant,measurement_date,card,health",
    )
    assert bad_import(database, path).startswith(
        "bad.csv, row 2, column C (card): unknown card 'bip-other'"
    )


def test_malformed_csv_is_refused(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", ['P1,"unclosed', "P2,5"], header="participant,health")
    assert bad_import(database, path).startswith("bad.csv")
    too_long = write_csv(tmp_path / "long.csv", ["P1,5,6,7"], header="participant,health")
    assert bad_import(database, too_long).startswith(
        "long.csv, row 2: has 4 cells but the header (row 1) has 2 columns"
    )


def test_non_utf8_and_empty_files_are_refused(database: Database, tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("participant,municipality\nP1,Växjö\n".encode("latin-1"))
    assert "not UTF-8" in bad_import(database, latin)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    assert bad_import(database, empty) == "empty.csv: is empty"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    assert bad_import(database, broken) == "broken.xlsx: is not a readable XLSX workbook"


def test_one_bad_row_among_many_writes_nothing(database: Database, tmp_path: Path) -> None:
    rows = [
        f"Q{i:04d},K,1980,,,,2025-01-01,,,2025-01-0{1 + i % 9},5,5,5,5,5,5,5,5,5,5"
        for i in range(300)
    ]
    rows[250] = rows[250].replace(",5,5,5,5,5,5,5,5,5,5", ",5,5,5,5,5,5,5,5,5,0")
    message = bad_import(database, write_csv(tmp_path / "bad.csv", rows))
    assert message.startswith("bad.csv, row 252, column T (job_goal): the answer 0 is outside")
    with database.transaction() as repo:
        assert repo.participant_codes() == set()


def test_all_problems_are_listed_for_the_preview(database: Database, tmp_path: Path) -> None:
    rows = [GOOD_ROWS[0].replace("1990", "x"), GOOD_ROWS[3].replace("2025-03-05", "nu")]
    with pytest.raises(ImportFailed) as failure:
        import_file(database, write_csv(tmp_path / "bad.csv", rows), today=TODAY)
    assert [(p.row, p.column) for p in failure.value.problems] == [
        (2, "birth_year"),
        (3, "measurement_date"),
    ]
    assert str(failure.value).endswith("(and 1 more problem)")


def _damaged_workbook(path: Path, damage: str) -> Path:
    """A real workbook with one part damaged as found by tests/fuzz/test_fuzz_import.py."""
    import io
    import zipfile

    workbook = openpyxl.Workbook()
    workbook.active.append(["participant", "measurement_date"])
    workbook.active.append(["P001", "2025-01-15"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    source = zipfile.ZipFile(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/worksheets/sheet1.xml" and damage == "sheet_cut":
                content = content[: len(content) // 2]  # read lazily: fails in iter_rows
            target.writestr(name, content)
    raw = bytearray(out.getvalue())
    if damage == "deflate":
        # Damage the compressed bytes of docProps/core.xml (read by load_workbook).
        info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("docProps/core.xml")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        for offset in range(4, min(40, info.compress_size)):
            raw[start + offset] ^= 0x5A  # zlib.error: invalid code lengths set
    path.write_bytes(bytes(raw))
    return path


@pytest.mark.parametrize("damage", ["deflate", "sheet_cut"])
def test_damaged_workbook_is_a_clear_message(
    database: Database, tmp_path: Path, damage: str
) -> None:
    """Regression (fuzzing): zlib.error and XML ParseError escaped from openpyxl."""
    path = _damaged_workbook(tmp_path / "skadad.xlsx", damage)
    before = digest(database)
    with pytest.raises(ImportFailed) as failure:
        import_file(database, path, today=TODAY)
    assert str(failure.value).startswith("skadad.xlsx: is not a readable XLSX workbook")
    assert digest(database) == before
