"""The import templates ("Save a template…"): the sample files as CSV or as an Excel
workbook, each importing without a change into an empty database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from bipdesk.io.importer import import_file
from bipdesk.io.templates import TemplateKind, template_source, write_template
from bipdesk.storage import Database
from tests.conftest import TODAY


def test_the_csv_template_is_the_sample_file(tmp_path: Path) -> None:
    for kind in TemplateKind:
        written = write_template(kind, tmp_path / f"{kind.value}.csv")
        assert written.read_bytes() == template_source(kind).read_bytes()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_both_templates_import_without_errors(
    database: Database, tmp_path: Path, suffix: str
) -> None:
    participants = write_template(TemplateKind.PARTICIPANTS, tmp_path / f"mall{suffix}")
    first = import_file(database, participants, today=TODAY)
    assert (first.participants_new, first.measurements_new) == (3, 5)
    activities = write_template(TemplateKind.ACTIVITIES, tmp_path / f"aktiviteter{suffix}")
    second = import_file(database, activities, today=TODAY)
    assert second.activities_file and second.activities_new == 7
    with database.transaction(write=False) as repository:
        stored = repository.activities("S001")
        measured = repository.measurements("S002")
    assert {activity.hours for activity in stored} == {24, 15.5, 320}
    assert [m.date for m in measured] == [date(2025, 2, 10), date(2025, 5, 12)]
    assert measured[0].answer("manage_studies") is None  # an empty cell stays unanswered
    assert not import_file(database, participants, today=TODAY).changes_anything


def test_the_workbook_holds_what_a_spreadsheet_user_would_type(tmp_path: Path) -> None:
    path = write_template(TemplateKind.PARTICIPANTS, tmp_path / "mall.xlsx")
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["participant", "sex", "birth_year"]
    assert all(cell.font.bold for cell in sheet[1])
    row = {name: cell.value for name, cell in zip(header, sheet[2], strict=True)}
    assert row["participant"] == "S001" and row["sex"] == "kvinna"
    assert row["birth_year"] == 1988 and row["job_search_knowhow"] == 3
    assert row["start_date"].date() == date(2025, 1, 13)
    assert sheet["F2"].number_format == "yyyy-mm-dd"
    assert sheet.freeze_panes == "A2"
    hours = openpyxl.load_workbook(
        write_template(TemplateKind.ACTIVITIES, tmp_path / "a.xlsx")
    ).active
    assert [cell.value for cell in hours["F"]][1:3] == [24, 15.5]


def test_an_unwritable_place_raises_and_leaves_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "mall.xlsx"
    with pytest.raises(OSError):
        write_template(TemplateKind.PARTICIPANTS, missing)
    assert not missing.parent.exists()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_swedish_template_has_swedish_headers_and_imports_as_it_is(
    database: Database, tmp_path: Path, suffix: str
) -> None:
    participants = write_template(TemplateKind.PARTICIPANTS, tmp_path / f"mall{suffix}", "sv")
    activities = write_template(TemplateKind.ACTIVITIES, tmp_path / f"aktiviteter{suffix}", "sv")
    if suffix == ".csv":
        raw = participants.read_bytes()
        assert raw.startswith("\N{BYTE ORDER MARK}".encode())  # Excel reads å, ä, ö
        header = raw.decode("utf-8-sig").splitlines()[0].split(",")
        activity_header = activities.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    else:
        header = [c.value for c in openpyxl.load_workbook(participants).active[1]]
        activity_header = [c.value for c in openpyxl.load_workbook(activities).active[1]]
    assert header[:8] == [
        "deltagare",
        "kön",
        "födelseår",
        "kommun",
        "enhet",
        "startdatum",
        "mätdatum",
        "kort",
    ]
    assert "job_search_knowhow" in header  # the card's question ids stay as they are
    assert activity_header[:3] == ["deltagare", "aktivitet", "område"]
    first = import_file(database, participants, today=TODAY)
    assert (first.participants_new, first.measurements_new) == (3, 5)
    assert import_file(database, activities, today=TODAY).activities_new == 7
