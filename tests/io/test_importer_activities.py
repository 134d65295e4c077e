"""Import of activities files and of the exit columns (DESIGN §10): all or nothing,
idempotent, messages naming file, row and column."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bipdesk.core.activities import Activity, ActivityType
from bipdesk.core.cards import Area
from bipdesk.core.exits import Employment, WorkingTime
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.surveys import SurveyResponse
from bipdesk.io.activity_import import parse_hours
from bipdesk.io.importer import ImportFailed, import_file
from bipdesk.storage import Database
from tests.conftest import TODAY
from tests.fuzz.support import FUZZ

ACTIVITY_HEADER = "participant,activity,area,start_date,end_date,hours,place,branch"
ACTIVITY_ROWS = [
    'A001,work_training,,2025-03-01,2025-08-31,"240,5",Returbutiken,G',
    "A001,Samtalsstöd,,2025-02-01,,12,,",
    "A002,other,social,2025-04-01,2025-04-30,8.25,Föreningen Gemenskap,",
    "A002,Praktik,job,2025-05-01,,80,ICA Maxi,g",
]


def write_csv(path: Path, rows: list[str], header: str = ACTIVITY_HEADER) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def digest(db: Database) -> str:
    with db.transaction(write=False) as repo:
        parts = [repr(repo.participants()), repr(repo.all_activities())]
        parts += [repr(repo.survey_response(code)) for code in sorted(repo.participant_codes())]
    return hashlib.sha256("".join(parts).encode()).hexdigest()


@pytest.fixture
def people(database: Database) -> Database:
    with database.transaction() as repo:
        repo.add_participant(Participant("A001", sex=Sex.WOMEN, start_date=date(2025, 1, 20)))
        repo.add_participant(
            Participant(
                "A002",
                sex=Sex.MEN,
                start_date=date(2025, 3, 10),
                end_date=date(2025, 10, 31),
                exit_reason=ExitReason.WORK,
            )
        )
    return database


def failure(database: Database, path: Path) -> ImportFailed:
    before = digest(database)
    with pytest.raises(ImportFailed) as caught:
        import_file(database, path, today=TODAY)
    assert digest(database) == before
    return caught.value


# -- activities files -------------------------------------------------------------------


def test_an_activities_file_is_recognised_and_imported(people: Database, tmp_path: Path) -> None:
    summary = import_file(people, write_csv(tmp_path / "act.csv", ACTIVITY_ROWS), today=TODAY)
    assert summary.activities_file
    assert (summary.activities_new, summary.activities_updated) == (4, 0)
    assert (summary.participants_new, summary.measurements_new) == (0, 0)
    assert [str(line) for line in summary.lines()] == ["activities: 4 new, 0 updated, 0 unchanged"]
    with people.transaction(write=False) as repo:
        first = repo.activities("A001")
        second = repo.activities("A002")
    strip = [
        (a.activity, a.area, a.start_date, a.end_date, a.hours, a.place, a.branch) for a in first
    ]
    assert strip == [
        (ActivityType.COUNSELLING, Area.HEALTH, date(2025, 2, 1), None, 12.0, None, None),
        (
            ActivityType.WORK_TRAINING,
            Area.JOB,  # the type's area when the cell is empty
            date(2025, 3, 1),
            date(2025, 8, 31),
            240.5,  # a decimal comma
            "Returbutiken",
            "G",
        ),
    ]
    assert [(a.activity, a.area, a.hours, a.branch) for a in second] == [
        (ActivityType.OTHER, Area.SOCIAL, 8.25, None),
        (ActivityType.INTERNSHIP, Area.JOB, 80.0, "G"),  # Swedish type, lower-case branch
    ]


def test_reimporting_the_same_activities_changes_nothing(people: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "act.csv", ACTIVITY_ROWS)
    import_file(people, path, today=TODAY)
    before = digest(people)
    again = import_file(people, path, today=TODAY)
    assert not again.changes_anything
    assert (again.activities_new, again.activities_updated, again.activities_unchanged) == (0, 0, 4)
    assert digest(people) == before


def test_a_changed_row_updates_and_empty_cells_keep_stored_values(
    people: Database, tmp_path: Path
) -> None:
    import_file(people, write_csv(tmp_path / "a.csv", ACTIVITY_ROWS), today=TODAY)
    changed = [
        "A001,work_training,,2025-03-01,,300,,",  # more hours; end, place, branch stay
        "A001,counselling,,2025-02-01,2025-06-30,12,,",  # now ended
        "A001,studies,,2025-06-01,,40,Komvux,",  # new
    ]
    summary = import_file(people, write_csv(tmp_path / "b.csv", changed), today=TODAY)
    assert (summary.activities_new, summary.activities_updated, summary.activities_unchanged) == (
        1,
        2,
        0,
    )
    with people.transaction(write=False) as repo:
        by_type = {a.activity: a for a in repo.activities("A001")}
    work = by_type[ActivityType.WORK_TRAINING]
    assert (work.hours, work.end_date, work.place, work.branch) == (
        300.0,
        date(2025, 8, 31),
        "Returbutiken",
        "G",
    )
    assert by_type[ActivityType.COUNSELLING].end_date == date(2025, 6, 30)
    assert by_type[ActivityType.STUDIES].area is Area.SKILLS


def test_the_dry_run_writes_nothing(people: Database, tmp_path: Path) -> None:
    before = digest(people)
    path = write_csv(tmp_path / "act.csv", ACTIVITY_ROWS)
    summary = import_file(people, path, dry_run=True, today=TODAY)
    assert summary.activities_new == 4
    assert digest(people) == before


def test_an_xlsx_activities_file(people: Database, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Participant", "Activity", "Start_date", "Hours"])
    sheet.append(["A001", "Arbetsträning", date(2025, 3, 3), 120.5])
    sheet.append(["A001", "boendestöd", "2025-04-01", 16])
    path = tmp_path / "act.xlsx"
    workbook.save(path)
    summary = import_file(people, path, today=TODAY)
    assert summary.activities_new == 2
    with people.transaction(write=False) as repo:
        found = repo.activities("A001")
    assert [(a.activity, a.area, a.hours) for a in found] == [
        (ActivityType.WORK_TRAINING, Area.JOB, 120.5),
        (ActivityType.HOUSING_SUPPORT, Area.SOCIAL, 16.0),
    ]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            "NOBODY,internship,,2025-03-01,,10,,",
            "row 2, column A (participant): there is no participant 'NOBODY' in the database",
        ),
        (
            "A001,sleeping,,2025-03-01,,10,,",
            "row 2, column B (activity): 'sleeping' is not an activity type; use one of "
            "work_training",
        ),
        (
            "A001,other,,2025-03-01,,10,,",
            "row 2, column C (area): an activity of type 'other' needs its area",
        ),
        (
            "A001,internship,fun,2025-03-01,,10,,",
            "row 2, column C (area): 'fun' is not an area; use job, health, social or skills",
        ),
        (
            "A001,internship,,1/3/2025,,10,,",
            "row 2, column D (start_date): '1/3/2025' is not a date written YYYY-MM-DD",
        ),
        (
            "A001,internship,,,,10,,",
            "row 2, column D (start_date): the start date is empty",
        ),
        (
            "A001,internship,,2025-03-01,2025-02-28,10,,",
            "row 2, column E (end_date): the activity ends (2025-02-28) before it starts "
            "(2025-03-01)",
        ),
        (
            "A001,internship,,2025-03-01,,-3,,",
            "row 2, column F (hours): hours cannot be negative ('-3')",
        ),
        (
            "A001,internship,,2025-03-01,,tio,,",
            "row 2, column F (hours): 'tio' is not a number of hours (write e.g. 12 or 12,5)",
        ),
        (
            "A001,internship,,2025-03-01,,,,",
            "row 2, column F (hours): the hours are empty; give the hours planned or done",
        ),
        (
            "A001,internship,,2025-03-01,2025-03-02,49,,",
            "row 2, column F (hours): 49 hours in 2 days is more than 24 hours a day",
        ),
        (
            "A001,internship,,2025-03-01,,10,,Z",
            "row 2, column H (branch): 'Z' is not a branch; use an SNI 2007 section letter A–U",
        ),
        (
            "A001,internship,,2025-01-10,,10,,",
            "row 2, column D (start_date): the activity starts 2025-01-10 but participant "
            "A001 starts 2025-01-20",
        ),
        (
            "A002,internship,,2025-11-03,,10,,",
            "row 2, column D (start_date): the activity starts 2025-11-03 but participant "
            "A002 left 2025-10-31",
        ),
    ],
)
def test_bad_activity_rows_name_row_column_and_reason(
    people: Database, tmp_path: Path, row: str, expected: str
) -> None:
    error = failure(people, write_csv(tmp_path / "bad.csv", [ACTIVITY_ROWS[1], row]))
    assert str(error).startswith("bad.csv, " + expected.replace("row 2", "row 3")), str(error)


def test_one_bad_row_writes_no_activity(people: Database, tmp_path: Path) -> None:
    rows = [*ACTIVITY_ROWS, "A003,internship,,2025-03-01,,10,,"]
    error = failure(people, write_csv(tmp_path / "bad.csv", rows))
    assert [(p.row, p.column) for p in error.problems] == [(6, "participant")]
    with people.transaction(write=False) as repo:
        assert repo.all_activities() == {}


def test_the_same_activity_twice_in_a_file(people: Database, tmp_path: Path) -> None:
    rows = [ACTIVITY_ROWS[0], "A001,Arbetsträning,,2025-03-01,,10,,"]
    error = failure(people, write_csv(tmp_path / "bad.csv", rows))
    assert str(error) == (
        "bad.csv, row 3, column D (start_date): participant A001 already has a work_training "
        "activity starting 2025-03-01 in row 2"
    )


def test_activities_file_header_problems(people: Database, tmp_path: Path) -> None:
    missing = write_csv(
        tmp_path / "missing.csv", ["A001,internship,2025-03-01"], "participant,activity,start_date"
    )
    assert str(failure(people, missing)) == (
        "missing.csv, row 1: the column 'hours' of an activities file is missing"
    )
    unknown = write_csv(
        tmp_path / "unknown.csv",
        ["A001,internship,2025-03-01,5,x"],
        "participant,activity,start_date,hours,colour",
    )
    assert str(failure(people, unknown)).startswith(
        "unknown.csv, row 1, column E (colour): unknown column 'colour'; expected participant, "
        "activity, area"
    )


def test_parse_hours() -> None:
    assert parse_hours("12") == 12.0
    assert parse_hours("12,5") == parse_hours("12.5") == 12.5
    assert parse_hours("1 200") == 1200.0
    assert parse_hours("0") == 0.0
    for bad in ("12,5,5", "1e3", "nan", "inf", "12.", ",5", "-1"):
        with pytest.raises(ValueError):
            parse_hours(bad)


# -- exit columns of the participant file ----------------------------------------------

EXIT_HEADER = (
    "participant,sex,start_date,end_date,exit_reason,employment,working_time,subsidised,"
    "branch,survey_useful,survey_experience_used,survey_involved"
)
EXIT_ROWS = [
    "E001,K,2025-01-10,2025-09-30,work,permanent,full_time,nej,Q,4,3,",
    "E002,M,2025-02-01,2025-10-15,Arbete,Tidsbegränsad,deltid,ja,g,,,",
    "E003,M,2025-02-01,2025-10-15,studies,,,,,2,1,4",
    "E004,K,2025-03-01,,,,,,,,,",
]


def test_exit_form_and_survey_are_imported(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "exit.csv", EXIT_ROWS, EXIT_HEADER)
    summary = import_file(database, path, today=TODAY)
    assert (summary.participants_new, summary.surveys_new) == (4, 2)
    assert [str(line) for line in summary.lines()] == [
        "participants: 4 new, 0 updated, 0 unchanged",
        "measurements: 0 new, 0 updated, 0 unchanged",
        "exit surveys: 2 new, 0 updated, 0 unchanged",
    ]
    with database.transaction(write=False) as repo:
        first, second, third, fourth = (repo.participant(f"E00{n}") for n in range(1, 5))
        responses = {code: repo.survey_response(code) for code in ("E001", "E002", "E003")}
    assert first is not None and second is not None and third is not None
    assert (first.employment, first.working_time, first.subsidised, first.exit_branch) == (
        Employment.PERMANENT,
        WorkingTime.FULL_TIME,
        False,
        "Q",
    )
    assert (second.employment, second.working_time, second.subsidised, second.exit_branch) == (
        Employment.TEMPORARY,
        WorkingTime.PART_TIME,
        True,
        "G",
    )
    assert third.exit_form.is_empty and fourth is not None and fourth.exit_form.is_empty
    assert responses == {
        "E001": SurveyResponse("nns-exit", 1, {"useful": 4, "experience_used": 3}),
        "E002": None,
        "E003": SurveyResponse("nns-exit", 1, {"useful": 2, "experience_used": 1, "involved": 4}),
    }
    again = import_file(database, path, today=TODAY)
    assert not again.changes_anything
    assert (again.participants_unchanged, again.surveys_unchanged) == (4, 2)


def test_a_later_answer_is_added_and_an_empty_cell_keeps_the_stored_one(
    database: Database, tmp_path: Path
) -> None:
    import_file(database, write_csv(tmp_path / "a.csv", EXIT_ROWS, EXIT_HEADER), today=TODAY)
    later = write_csv(
        tmp_path / "b.csv",
        ["E001,,,2", "E002,1,,"],
        "participant,survey_useful,survey_experience_used,survey_involved",
    )
    summary = import_file(database, later, today=TODAY)
    assert (summary.surveys_new, summary.surveys_updated, summary.participants_unchanged) == (
        1,
        1,
        2,
    )
    with database.transaction(write=False) as repo:
        assert repo.survey_response("E001") == SurveyResponse(
            "nns-exit", 1, {"useful": 4, "experience_used": 3, "involved": 2}
        )
        assert repo.survey_response("E002") == SurveyResponse("nns-exit", 1, {"useful": 1})


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            "X1,K,2025-01-10,2025-09-30,work,forever,,,,,,",
            "row 2, column F (employment): 'forever' is not an employment; use permanent or "
            "temporary",
        ),
        (
            "X1,K,2025-01-10,2025-09-30,work,,sometimes,,,,,",
            "row 2, column G (working_time): 'sometimes' is not a working time",
        ),
        (
            "X1,K,2025-01-10,2025-09-30,work,,,kanske,,,,",
            "row 2, column H (subsidised): 'kanske' is neither yes nor no (ja/nej)",
        ),
        (
            "X1,K,2025-01-10,2025-09-30,work,,,,Ö,,,",
            "row 2, column I (branch): 'Ö' is not a branch; use an SNI 2007 section letter A–U",
        ),
        (
            "X1,K,2025-01-10,2025-09-30,work,,,,,5,,",
            "row 2, column J (survey_useful): '5' is not an answer: 1 (Stämmer inte alls) to 4 "
            "(Stämmer helt)",
        ),
        (
            "X1,K,2025-01-10,2025-09-30,studies,permanent,,,,,,",
            "row 2, column F (employment): participant X1: employment tells what job the "
            "participant left for, so the exit_reason must be work",
        ),
        (
            "X1,K,2025-01-10,,,,,,,,3,",
            "row 2, column K (survey_experience_used): participant X1: the exit survey is "
            "answered at exit; give the end_date too",
        ),
    ],
)
def test_bad_exit_cells_name_row_column_and_reason(
    database: Database, tmp_path: Path, row: str, expected: str
) -> None:
    error = failure(database, write_csv(tmp_path / "bad.csv", [row], EXIT_HEADER))
    assert str(error).startswith("bad.csv, " + expected), str(error)


def test_disagreeing_survey_answers_of_one_participant(database: Database, tmp_path: Path) -> None:
    rows = [EXIT_ROWS[0], "E001,,,,,,,,,3,,"]
    error = failure(database, write_csv(tmp_path / "bad.csv", rows, EXIT_HEADER))
    assert str(error) == (
        "bad.csv, row 3, column J (survey_useful): participant E001 has survey_useful '3' "
        "here but '4' in row 2"
    )


def test_an_unknown_survey_question_is_an_unknown_column(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "bad.csv", ["E1,3"], "participant,survey_mood")
    assert str(failure(database, path)).startswith(
        "bad.csv, row 1, column B (survey_mood): unknown column 'survey_mood'; expected "
    )
    assert "survey_useful, survey_experience_used, survey_involved" in str(failure(database, path))


def test_the_sample_files_import(database: Database) -> None:
    from bipdesk import paths

    samples = paths.resources_dir() / "samples"
    first = import_file(database, samples / "sample-import.csv", today=TODAY)
    assert first.participants_new > 0
    activities = import_file(database, samples / "sample-activities.csv", today=TODAY)
    assert activities.activities_file and activities.activities_new >= 6
    with database.transaction(write=False) as repo:
        stored = repo.all_activities()
    assert set(stored) <= repo_codes(database)
    areas = {a.area for found in stored.values() for a in found}
    assert areas == set(Area)
    assert not import_file(
        database, samples / "sample-activities.csv", today=TODAY
    ).changes_anything


def repo_codes(database: Database) -> set[str]:
    with database.transaction(write=False) as repo:
        return repo.participant_codes()


def test_activity_identity_is_participant_type_and_start(people: Database, tmp_path: Path) -> None:
    """Two internships of one participant on other days are two activities."""
    rows = ["A001,internship,,2025-03-01,,10,,", "A001,internship,,2025-05-01,,10,,"]
    assert import_file(people, write_csv(tmp_path / "a.csv", rows), today=TODAY).activities_new == 2
    with people.transaction() as repo:
        assert len(repo.activities("A001")) == 2
        repo.add_activity(Activity("A001", ActivityType.COUNSELLING, Area.HEALTH, date(2025, 3, 1)))
    again = import_file(people, write_csv(tmp_path / "a.csv", rows), today=TODAY)
    assert again.activities_unchanged == 2


def test_more_hours_than_an_activity_can_hold(people: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", ["A001,internship,,2025-03-01,,25000,,"])
    assert str(failure(people, path)) == (
        "bad.csv, row 2, column F (hours): '25000' hours is more than one activity can hold "
        "(10,000)"
    )


cell = st.one_of(
    st.sampled_from(
        [
            "",
            "A001",
            "A002",
            "NOBODY",
            "internship",
            "Arbetsträning",
            "other",
            "job",
            "hälsa",
            "2025-03-01",
            "2025-13-01",
            "2025-06-30",
            "12,5",
            "-1",
            "1e400",
            "٣",
            "G",
            "z",
        ]
    ),
    st.text(max_size=6),
)


@FUZZ
@given(rows=st.lists(st.lists(cell, min_size=8, max_size=8), min_size=1, max_size=5))
def test_any_activities_file_imports_or_fails_cleanly(
    people: Database, tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]]
) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(ACTIVITY_HEADER.split(","))
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("fuzz") / "act.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    before = digest(people)
    try:
        import_file(people, path, today=TODAY)
    except ImportFailed as error:
        assert str(error).startswith("act.csv")
        assert digest(people) == before
        return
    assert not import_file(people, path, dry_run=True, today=TODAY).changes_anything


def test_a_file_of_many_bad_rows_lists_the_first_problems(people: Database, tmp_path: Path) -> None:
    rows = [f"A001,sleeping{n},,2025-03-01,,10,," for n in range(260)]
    error = failure(people, write_csv(tmp_path / "bad.csv", rows))
    assert len(error.problems) == 200
    assert error.problems[-1].row == 201
