"""The import catches what a person would (issue 18): numbers as Swedish Excel
writes them, fractions refused, doubtful dates imported with a warning."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from bipdesk.io.importer import ImportFailed, import_file
from bipdesk.storage import Database
from tests.conftest import TODAY
from tests.support import QUESTIONS

HEADER = "participant;start_date;measurement_date;" + ";".join(QUESTIONS)


def write(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def answers(database: Database, code: str) -> list[dict[str, int | None]]:
    with database.transaction() as repository:
        return [m.answers for m in repository.measurements(code)]


def test_whole_numbers_written_with_decimals_are_whole(database: Database, tmp_path: Path) -> None:
    row = "P1;2025-01-10;2025-01-15;3,0;4.0;5,00;6;7;8;9;10;1;2"
    import_file(database, write(tmp_path / "in.csv", row), today=TODAY)
    first = answers(database, "P1")[0]
    assert [first[q] for q in QUESTIONS] == [3, 4, 5, 6, 7, 8, 9, 10, 1, 2]


def test_swedish_excel_number_cells_are_whole(database: Database, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["participant", "measurement_date", *QUESTIONS])
    sheet.append(["X1", date(2025, 5, 2), 3.0, "3,0", *range(3, 11)])
    path = tmp_path / "in.xlsx"
    workbook.save(path)
    import_file(database, path, today=TODAY)
    first = answers(database, "X1")[0]
    assert (first["job_search_knowhow"], first[QUESTIONS[1]]) == (3, 3)


@pytest.mark.parametrize("fraction", ["3,5", "3.5", ",5"])
def test_a_real_fraction_is_refused_saying_so(
    database: Database, tmp_path: Path, fraction: str
) -> None:
    row = f"P1;2025-01-10;2025-01-15;{fraction};4;5;6;7;8;9;10;1;2"
    with pytest.raises(ImportFailed) as failure:
        import_file(database, write(tmp_path / "in.csv", row), today=TODAY)
    assert str(failure.value) == (
        f"in.csv, row 2, column D (job_search_knowhow): '{fraction}' is not a whole number; "
        "the answers are whole numbers on the scale 1–10"
    )
    assert answers(database, "P1") == []


def test_doubtful_dates_are_imported_with_warnings(database: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path / "in.csv",
        "P1;2025-03-01;2025-01-15;3;4;5;6;7;8;9;10;1;2",  # measured before the start
        "P2;2028-01-10;;;;;;;;;;;",  # starts in the future
        "P3;2025-01-10;2025-01-15;3;4;5;6;7;8;9;10;1;2",  # nothing to say
    )
    dry = import_file(database, path, dry_run=True, today=TODAY)
    summary = import_file(database, path, today=TODAY)
    assert summary.participants_new == 3 and summary.measurements_new == 2
    for result in (dry, summary):
        assert [(w.row, w.column, w.letter, w.code) for w in result.warnings] == [
            (2, "measurement_date", "C", "before_start"),
            (3, "start_date", "B", "start_in_future"),
        ]
        assert dict(result.warnings[0].values) == {
            "participant": "P1",
            "date": "2025-01-15",
            "start": "2025-03-01",
        }
    lines = [str(line) for line in summary.lines()]
    assert lines[-3:] == [
        "warnings, imported all the same (2):",
        "  in.csv, row 2, column C (measurement_date): participant P1: the measurement date "
        "2025-01-15 is before the participant's start date 2025-03-01",
        "  in.csv, row 3, column B (start_date): participant P2: the start date 2028-01-10 "
        "is in the future",
    ]
    assert len(answers(database, "P1")) == 1


def test_a_later_import_never_erases_a_stored_answer(database: Database, tmp_path: Path) -> None:
    """An empty cell, or a question the file has no column for, keeps what is stored;
    a value the file gives replaces it (and is listed among the changed values)."""
    full = "P1;2025-01-10;2025-01-15;3;4;5;6;7;8;9;10;1;2"
    import_file(database, write(tmp_path / "first.csv", full), today=TODAY)
    emptied = "P1;2025-01-10;2025-01-15;4;;;;;;;;;"
    summary = import_file(database, write(tmp_path / "empty.csv", emptied), today=TODAY)
    assert [str(change) for change in summary.lines()][-1].endswith(f"{QUESTIONS[0]} 3 → 4")
    fewer = tmp_path / "fewer.csv"
    fewer.write_text(
        f"participant;measurement_date;{QUESTIONS[1]}\nP1;2025-01-15;9\n", encoding="utf-8"
    )
    import_file(database, fewer, today=TODAY)
    stored = answers(database, "P1")[0]
    assert [stored[q] for q in QUESTIONS] == [4, 9, 5, 6, 7, 8, 9, 10, 1, 2]
