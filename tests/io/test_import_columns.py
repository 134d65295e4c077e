"""Swedish header names for every import column, read regardless of case, spaces
and diacritics (issue 18, DESIGN §6)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bipdesk.core.activities import ActivityType
from bipdesk.core.participants import ExitReason, Sex
from bipdesk.io.import_columns import column_name
from bipdesk.io.importer import ImportFailed, import_file
from bipdesk.storage import Database
from tests.conftest import TODAY
from tests.support import QUESTIONS


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("deltagare", "participant"),
        ("Deltagare", "participant"),
        ("namn", "name"),
        ("kön", "sex"),
        ("Kon", "sex"),
        ("födelseår", "birth_year"),
        ("Födelse år", "birth_year"),
        ("fodelsear", "birth_year"),
        ("remittent", "referrer"),
        ("kommun", "municipality"),
        ("enhet", "unit"),
        ("koordinator", "coordinator"),
        ("startdatum", "start_date"),
        ("Slut-datum", "end_date"),
        ("avslutsorsak", "exit_reason"),
        ("anställningsform", "employment"),
        ("arbetstid", "working_time"),
        ("subventionerad", "subsidised"),
        ("bransch", "branch"),
        ("mätdatum", "measurement_date"),
        (" MÄTDATUM ", "measurement_date"),
        ("kort", "card"),
        ("aktivitet", "activity"),
        ("område", "area"),
        ("timmar", "hours"),
        ("plats", "place"),
        ("Measurement date", "measurement_date"),
        ("job_search_knowhow", "job_search_knowhow"),
    ],
)
def test_header_names(header: str, column: str) -> None:
    assert column_name(header) == column


def test_a_file_with_swedish_headers_imports(database: Database, tmp_path: Path) -> None:
    header = (
        "Deltagare;Kön;Födelseår;Remittent;Kommun;Enhet;Startdatum;Slutdatum;Avslutsorsak;"
        "Mätdatum;Kort;" + ";".join(QUESTIONS)
    )
    rows = [
        "P1;kvinna;1990;Arbetsförmedlingen;Växjö;Syd;2025-01-10;2025-09-01;Arbete;"
        "2025-01-15;bip-standard;3,0;4;5;6;7;8;9;10;1;2",
    ]
    path = tmp_path / "svenska.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    summary = import_file(database, path, today=TODAY)
    assert (summary.participants_new, summary.measurements_new) == (1, 1)
    with database.transaction() as repository:
        person = repository.participant("P1")
        measurement = repository.measurements("P1")[0]
    assert person is not None
    assert (person.sex, person.birth_year, person.referrer, person.municipality) == (
        Sex.WOMEN,
        1990,
        "Arbetsförmedlingen",
        "Växjö",
    )
    assert (person.unit, person.start_date, person.end_date, person.exit_reason) == (
        "Syd",
        date(2025, 1, 10),
        date(2025, 9, 1),
        ExitReason.WORK,
    )
    assert measurement.date == date(2025, 1, 15) and measurement.answers[QUESTIONS[0]] == 3


def test_a_problem_names_the_column_as_the_header_does(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "svenska.csv"
    path.write_text("deltagare;mätdatum\nP1;15/01/2025\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failure:
        import_file(database, path, today=TODAY)
    assert str(failure.value).startswith("svenska.csv, row 2, column B (mätdatum): '15/01/2025'")


def test_a_swedish_name_and_its_english_twin_are_one_column_twice(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("participant;deltagare\nP1;P1\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failure:
        import_file(database, path, today=TODAY)
    assert "the column 'deltagare' appears twice" in str(failure.value)


def test_an_activities_file_with_swedish_headers_imports(
    database: Database, tmp_path: Path
) -> None:
    people = tmp_path / "people.csv"
    people.write_text("deltagare;startdatum\nP1;2025-01-10\n", encoding="utf-8")
    import_file(database, people, today=TODAY)
    path = tmp_path / "aktiviteter.csv"
    path.write_text(
        "Deltagare;Aktivitet;Startdatum;Slutdatum;Timmar;Plats\n"
        "P1;praktik;2025-02-01;2025-03-01;40,5;Ica Maxi\n",
        encoding="utf-8",
    )
    summary = import_file(database, path, today=TODAY)
    assert summary.activities_file and summary.activities_new == 1
    with database.transaction() as repository:
        (activity,) = repository.activities("P1")
    assert (activity.activity, activity.hours, activity.place) == (
        ActivityType.INTERNSHIP,
        40.5,
        "Ica Maxi",
    )
