"""The `unit` column on a team database (issue 21): a coordinator's file without it
imports into the login's unit, and every row the server would refuse is named by
the plan, in the dry run and the import window's preview alike, before anything
is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bipdesk.io.import_units import UNIT_SETTING
from bipdesk.io.importer import ImportFailed, import_file
from bipdesk.messages import said
from bipdesk.storage.database import Database
from bipdesk.storage.team_access import add_member
from bipdesk.ui.import_preview import preview_import
from tests.conftest import TODAY
from tests.support import QUESTIONS
from tests.team_support import NORR, SODER, Team, team

__all__ = ["team"]

pytestmark = pytest.mark.postgresql

ANSWERS = ",".join(["5"] * len(QUESTIONS))
HEADER = "participant,sex,birth_year,start_date,measurement_date," + ",".join(QUESTIONS)
ROWS = [
    f"NO001,kvinna,1990,2026-01-10,2026-01-15,{ANSWERS}",
    f"NO002,man,1985,2026-02-01,2026-02-05,{ANSWERS}",
    f"NO003,kvinna,2000,2026-03-01,2026-03-05,{ANSWERS}",
]
UNIT_HEADER = "participant,unit,start_date"


def write_csv(path: Path, rows: list[str], header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def stored_units(db: Database) -> dict[str, str | None]:
    with db.transaction(write=False) as repository:
        return {p.code: p.unit for p in repository.participants()}


def problems(failure: pytest.ExceptionInfo[ImportFailed], language: str = "en") -> list[str]:
    return [problem.said(language) for problem in failure.value.problems]


def in_two_units(team: Team) -> None:
    """The lead of Norr is a coordinator of Söder too."""
    with team.open(team.owner) as db:
        add_member(db, team.lead, SODER, "coordinator")


def test_a_file_without_unit_column_imports_into_the_coordinators_unit(
    team: Team, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "deltagare.csv", ROWS)
    with team.open(team.norr) as db:
        planned = import_file(db, path, dry_run=True, today=TODAY)
        assert (planned.participants_new, planned.measurements_new) == (3, 3)
        assert stored_units(db) == {}
        preview = preview_import(db, path, TODAY)
        assert preview.summary.participants_new == 3
        done = import_file(db, path, today=TODAY)
        assert (done.participants_new, done.measurements_new) == (3, 3)
        assert stored_units(db) == {"NO001": NORR, "NO002": NORR, "NO003": NORR}
        with db.transaction(write=False) as repository:
            assert len(repository.measurements("NO002")) == 1
    with team.open(team.soder) as db:
        assert stored_units(db) == {}  # Söder's coordinator does not see them


def test_a_row_naming_another_unit_is_refused_and_nothing_is_written(
    team: Team, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "in.csv",
        ["NO001,Norr,2026-01-10", f"NO002,{SODER},2026-02-01", "NO003,,2026-03-01"],
        UNIT_HEADER,
    )
    with team.open(team.norr) as db:
        for dry_run in (True, False):
            with pytest.raises(ImportFailed) as refused:
                import_file(db, path, dry_run=dry_run, today=TODAY)
            assert problems(refused) == [
                "in.csv, row 3, column B (unit): unit 'Söder' is not one of your units (Norr)"
            ]
            assert problems(refused, "sv") == [
                "in.csv, rad 3, kolumn B (unit): enheten ”Söder” är inte en av dina enheter (Norr)"
            ]
        with pytest.raises(ImportFailed) as previewed:
            preview_import(db, path, TODAY)
        assert problems(previewed) == problems(refused)
        assert stored_units(db) == {}


def test_a_login_in_two_units_names_the_unit_on_every_new_row(team: Team, tmp_path: Path) -> None:
    in_two_units(team)
    path = write_csv(tmp_path / "in.csv", ROWS)
    with team.open(team.lead) as db:
        with pytest.raises(ImportFailed) as refused:
            import_file(db, path, dry_run=True, today=TODAY)
        reason = (
            "no unit: on a team database each participant belongs to one of your units "
            "(Norr, Söder); add a unit column"
        )
        assert problems(refused) == [
            f"in.csv, row {row}, column unit: {reason}" for row in (2, 3, 4)
        ]
        assert problems(refused, "sv")[0] == (
            "in.csv, rad 2, kolumn enhet: ingen enhet: i en teamdatabas hör varje deltagare "
            "till en av dina enheter (Norr, Söder); lägg till kolumnen enhet"
        )
        assert stored_units(db) == {}
    with team.connected(team.owner) as sql:  # the project settings name one of them
        sql.execute(
            text("INSERT INTO settings (key, value) VALUES (:key, :value)"),
            {"key": UNIT_SETTING, "value": '"Söder"'},
        )
    with team.open(team.lead) as db:
        assert import_file(db, path, today=TODAY).participants_new == 3
        assert set(stored_units(db).values()) == {SODER}


def test_a_unit_in_another_case_or_spacing_is_the_logins_unit(team: Team, tmp_path: Path) -> None:
    first = write_csv(
        tmp_path / "a.csv", ["NO001,norr,2026-01-10", "NO002,  NORR ,2026-02-01"], UNIT_HEADER
    )
    again = write_csv(
        tmp_path / "b.csv", ["NO001,NoRr,2026-01-10", "NO002,,2026-02-01"], UNIT_HEADER
    )
    with team.open(team.norr) as db:
        assert import_file(db, first, today=TODAY).participants_new == 2
        assert stored_units(db) == {"NO001": NORR, "NO002": NORR}
        summary = import_file(db, again, dry_run=True, today=TODAY)
        assert (summary.participants_unchanged, summary.participants_updated) == (2, 0)
        assert summary.changes == ()


def test_an_existing_participant_in_another_unit_is_refused_in_the_dry_run(
    team: Team, tmp_path: Path
) -> None:
    in_two_units(team)
    with team.open(team.lead) as db:
        import_file(db, write_csv(tmp_path / "a.csv", ["NO003,Norr,2026-03-01"], UNIT_HEADER))
        moved = write_csv(tmp_path / "b.csv", [f"NO003,{SODER},2026-03-01"], UNIT_HEADER)
        with pytest.raises(ImportFailed) as refused:
            import_file(db, moved, dry_run=True, today=TODAY)
        assert problems(refused) == [
            "b.csv, row 2, column B (unit): participant NO003 is in unit Norr; "
            "a lead moves participants with Hand over to…"
        ]
        assert said(refused.value, "sv") == (
            "b.csv, rad 2, kolumn B (unit): deltagaren NO003 hör till enheten Norr; "
            "en enhetsansvarig flyttar deltagare med Lämna över till…"
        )
        assert stored_units(db) == {"NO003": NORR}


def test_a_code_taken_in_a_unit_the_login_does_not_see_is_named_in_the_dry_run(
    team: Team, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "koder.csv", ROWS)
    with team.open(team.soder) as soder:  # NO002 is Söder's
        import_file(soder, write_csv(tmp_path / "s.csv", [ROWS[1]]), today=TODAY)
    with team.open(team.norr) as db:
        with pytest.raises(ImportFailed) as refused:
            import_file(db, path, dry_run=True, today=TODAY)
        assert problems(refused) == [
            "koder.csv, row 3, column A (participant): participant code NO002 is taken in the "
            "team database, in a unit you do not see; choose another code"
        ]
        with pytest.raises(ImportFailed):
            import_file(db, path, today=TODAY)
        assert stored_units(db) == {}
