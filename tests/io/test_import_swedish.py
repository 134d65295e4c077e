"""Import problems, warnings and the summary said in Swedish through the shared
catalogue (issue 18, item 3), and a Swedish header name for every import column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bipdesk.core.history import (
    Change,
    Subject,
    answer_field,
    coordinator_field,
    describe,
    participant_field,
    question_note_field,
)
from bipdesk.io.activity_import import ACTIVITY_COLUMNS
from bipdesk.io.change_lines import change_line
from bipdesk.io.import_columns import column_label, column_name, labelled_columns
from bipdesk.io.importer import KNOWN_COLUMNS, ImportFailed, import_file
from bipdesk.io.tabular import TableError, read_table
from bipdesk.messages import said
from bipdesk.storage import Database
from tests.conftest import TODAY

HEADER = "deltagare;kön;startdatum;mätdatum;job_search_knowhow"


def write(path: Path, *rows: str) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def failure(database: Database, path: Path) -> ImportFailed:
    with pytest.raises(ImportFailed) as caught:
        import_file(database, path, today=TODAY)
    return caught.value


def test_every_import_column_has_a_swedish_name_that_the_importer_reads() -> None:
    columns = {*KNOWN_COLUMNS, *ACTIVITY_COLUMNS}
    assert columns <= set(labelled_columns())
    for column in labelled_columns():
        swedish = said(column_label(column), "sv")
        assert swedish != column, column
        assert column_name(swedish) == column
        assert column_name(swedish.upper()) == column


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("enkät_nytta", "survey_useful"),
        ("Enkät nytta", "survey_useful"),
        ("enkät_erfarenheter", "survey_experience_used"),
        ("enkät_delaktighet", "survey_involved"),
        ("enkät_useful", "survey_useful"),
    ],
)
def test_survey_columns_have_swedish_names(header: str, column: str) -> None:
    assert column_name(header) == column


def test_every_problem_of_a_bad_file_is_said_in_swedish(database: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path / "fel.csv",
        HEADER,
        "P1;kvinna;2025-01-10;2025-01-15;3",
        "P2;kvinna;2025-01-10;2025-13-01;3",
        "P3;man;20250110;2025-02-01;3,5",
    )
    error = failure(database, path)
    problems = [problem.said("sv") for problem in error.problems]
    assert problems == [
        "fel.csv, rad 3, kolumn D (mätdatum): ”2025-13-01” är inget riktigt datum",
        "fel.csv, rad 4, kolumn C (startdatum): ”20250110” är inget datum skrivet ÅÅÅÅ-MM-DD",
        "fel.csv, rad 4, kolumn E (job_search_knowhow): ”3,5” är inget heltal; "
        "svaren är heltal på skalan 1–10",
    ]
    assert said(error, "sv") == problems[0] + " (och 2 problem till)"
    assert str(error) == (
        "fel.csv, row 3, column D (mätdatum): '2025-13-01' is not a real date (and 2 more problems)"
    )


def test_an_unknown_column_lists_the_swedish_names(database: Database, tmp_path: Path) -> None:
    error = failure(database, write(tmp_path / "x.csv", "deltagare;färg", "P1;blå"))
    swedish = said(error, "sv")
    assert swedish.startswith("x.csv, rad 1, kolumn B (färg): okänd kolumn ”färg”; väntade en av ")
    assert "deltagare, namn, kön, födelseår" in swedish and "mätdatum, kort" in swedish
    assert "participant" not in swedish
    assert swedish.endswith("eller ett fråge-id på kortet")
    english = str(error)
    assert "expected participant, name, sex, birth_year" in english


def test_a_missing_column_is_named_in_the_readers_language(
    database: Database, tmp_path: Path
) -> None:
    error = failure(database, write(tmp_path / "x.csv", "namn", "Anna"))
    assert said(error, "sv") == "x.csv, rad 1: kolumnen ”deltagare” (deltagarkoden) saknas"
    activities = write(tmp_path / "a.csv", "deltagare;aktivitet;timmar", "P1;praktik;3")
    assert said(failure(database, activities), "sv") == (
        "a.csv, rad 1: kolumnen ”startdatum” saknas; en aktivitetsfil måste ha den"
    )


def test_an_unreadable_table_is_said_in_swedish(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "deltagare;mätdatum", "P1;2025-01-01;x;y")
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert said(caught.value, "sv") == (
        "t.csv, rad 2: har 4 celler men rubrikraden (rad 1) har 2 kolumner"
    )
    assert str(caught.value) == "t.csv, row 2: has 4 cells but the header (row 1) has 2 columns"


def test_an_export_given_to_import_is_named_in_swedish(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    assert said(failure(database, path), "sv") == (
        "rapport.pdf: är en PDF (en rapport eller ett uppföljningsblad), inte en importfil; "
        "importera en CSV- eller XLSX-fil"
    )


def test_the_summary_its_changes_and_warnings_are_said_in_swedish(
    database: Database, tmp_path: Path
) -> None:
    import_file(
        database,
        write(tmp_path / "a.csv", HEADER, "P1;kvinna;2025-01-10;2025-01-15;3"),
        today=TODAY,
    )
    later = write(
        tmp_path / "b.csv",
        HEADER,
        "P1;man;2025-02-01;2025-01-15;5",
        "P2;;2027-01-10;;",
    )
    summary = import_file(database, later, dry_run=True, today=TODAY)
    assert [said(line, "sv") for line in summary.lines()] == [
        "deltagare: nya 1, ändrade 1, oförändrade 0",
        "mätningar: nya 0, ändrade 1, oförändrade 0",
        "ändrade värden (3):",
        "  P1: kön women → men",
        "  P1: startdatum 2025-01-10 → 2025-02-01",
        "  P1 2025-01-15: job_search_knowhow 3 → 5",
        "varningar, importeras ändå (2):",
        "  b.csv, rad 2, kolumn D (mätdatum): deltagare P1: mätdatumet 2025-01-15 är före "
        "deltagarens startdatum 2025-02-01",
        "  b.csv, rad 3, kolumn C (startdatum): deltagare P2: startdatumet 2027-01-10 "
        "ligger i framtiden",
    ]


def test_an_activity_problem_is_said_in_swedish(database: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path / "akt.csv",
        "deltagare;aktivitet;startdatum;timmar",
        "P9;praktik;2025-02-01;12,5",
        "P9;praktik;2025-03-01;-3",
    )
    assert [p.said("sv") for p in failure(database, path).problems] == [
        "akt.csv, rad 3, kolumn D (timmar): timmar kan inte vara negativa (”-3”)"
    ]
    first_only = write(path, "deltagare;aktivitet;startdatum;timmar", "P9;praktik;2025-02-01;1")
    assert said(failure(database, first_only), "sv") == (
        "akt.csv, rad 2, kolumn A (deltagare): det finns ingen deltagare ”P9” i databasen; "
        "importera eller lägg till deltagaren först"
    )


CHANGES = [
    Change(
        participant_code="P1",
        subject=Subject.MEASUREMENT,
        field=answer_field("health"),
        old=None,
        new="4",
        measurement_date=date(2025, 1, 15),
    ),
    Change(
        participant_code="P1",
        subject=Subject.PARTICIPANT,
        field=participant_field("end_date"),
        old="2025-06-01",
        new=None,
    ),
    Change(
        participant_code="P1",
        subject=Subject.PARTICIPANT,
        field=participant_field("exit_branch"),
        old="G",
        new="Q",
    ),
    Change(
        participant_code="P1",
        subject=Subject.MEASUREMENT,
        field=question_note_field("health"),
        old=None,
        new="talked",
        measurement_date=date(2025, 1, 15),
    ),
    Change(
        participant_code="P1",
        subject=Subject.MEASUREMENT,
        field=coordinator_field("health"),
        old="3",
        new="5",
        measurement_date=date(2025, 1, 15),
    ),
    Change(
        participant_code="P1",
        subject=Subject.MEASUREMENT,
        field="talked_through",
        old="no",
        new="yes",
        measurement_date=date(2025, 1, 15),
    ),
    Change(participant_code="P2", subject=Subject.PARTICIPANT, field="added"),
]


def test_a_changed_value_reads_in_english_as_the_history_describes_it() -> None:
    for change in CHANGES:
        line = change_line(change)
        assert str(line) == describe(change).replace("exit_branch", "branch")


def test_a_changed_value_is_said_in_swedish() -> None:
    assert [said(change_line(change), "sv") for change in CHANGES] == [
        "P1 2025-01-15: health (inget svar) → 4",
        "P1: slutdatum 2025-06-01 → (tomt)",
        "P1: bransch G → Q",
        "P1 2025-01-15: anteckning om health (tomt) → “talked”",
        "P1 2025-01-15: koordinatorns bild av health 3 → 5",
        "P1 2025-01-15: genomgången tillsammans: nej → ja",
        "P2: deltagaren lades till",
    ]


def test_the_import_format_documents_every_swedish_column_name() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "import-format.md").read_text(
        encoding="utf-8"
    )
    for column in labelled_columns():
        assert f"`{column}` (`{said(column_label(column), 'sv')}`" in text, column


def test_too_many_hours_are_said_with_a_decimal_comma(database: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path / "akt.csv",
        "deltagare;aktivitet;startdatum;slutdatum;timmar",
        "P9;praktik;2025-02-01;2025-02-02;50,5",
    )
    error = failure(database, path)
    assert [p.said("sv") for p in error.problems] == [
        "akt.csv, rad 2, kolumn E (timmar): 50,5 timmar på 2 dagar är mer än 24 timmar om dagen"
    ]
    assert str(error.problems[0]).endswith("50.5 hours in 2 days is more than 24 hours a day")
