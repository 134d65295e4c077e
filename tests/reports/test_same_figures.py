"""Same figures from both engines (DESIGN §11): the same people in a laptop file and in
a team database give byte-identical aggregate files, the same unit report figures
and the same follow-up sheets.

The demo people of one seed go into both; their secret record keys (drawn at
random for every row, and the cell key method's noise depends on them) are copied
from the file to the server, so that the protected figures can be compared too.
What is meant to differ and is left out of the comparison: the aggregate file's
`export_id` (a fresh UUID for every export, so two exports are never mistaken
for one) and the stored times (created_at / updated_at: when each row was
saved). The export time is fixed by `now`.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from bipdesk.core.periods import Period
from bipdesk.io.cards import default_cards
from bipdesk.io.export import ExportPaths, build_aggregate, write_outputs
from bipdesk.reports.sheet_data import SheetData, load_sheet
from bipdesk.reports.unit_figures import UnitFigures, count_unit
from bipdesk.storage import Database, open_database
from bipdesk.storage.demo import fill_with_demo
from bipdesk.storage.models import ParticipantRow
from bipdesk.storage.server_address import ServerAddress
from bipdesk.storage.team_database import open_team_database
from tests.conftest import TODAY

pytestmark = pytest.mark.postgresql

PEOPLE = 150
SEED = 7
EXPORTED = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
PERIODS = (Period(), Period(date(2025, 1, 1), date(2025, 12, 31)))


def _today() -> date:
    return TODAY


def _same_people(file: Database, team: Database) -> None:
    for database in (file, team):
        fill_with_demo(database, PEOPLE, seed=SEED, today=TODAY)
    with file.transaction(write=False) as repository:
        keys = repository.record_keys()
    set_key = (
        sa.update(ParticipantRow)
        .where(ParticipantRow.code == sa.bindparam("the_code"))
        .values(record_key=sa.bindparam("key"))
    )
    with team.transaction() as repository:
        repository._connection.execute(
            set_key, [{"the_code": code, "key": key} for code, key in keys.items()]
        )
        assert repository.record_keys() == keys


def _export(database: Database, period: Period, folder: Path) -> dict[str, bytes]:
    aggregate = build_aggregate(database, period, "Demo Syd", now=lambda: EXPORTED)
    folder.mkdir()
    paths = ExportPaths(json=folder / "unit.json", csv=folder / "unit.csv")
    write_outputs(aggregate, paths, "sv")
    # The one field meant to differ: a fresh id for every export.
    text = paths.json.read_text(encoding="utf-8").replace(aggregate.export_id, "EXPORT-ID")
    return {"json": text.encode("utf-8"), "csv": paths.csv.read_bytes()}  # type: ignore[union-attr]


def _figures(database: Database, period: Period) -> UnitFigures:
    return count_unit(database, period, unit="Demo Syd", made=TODAY)


def _sheets(database: Database) -> list[SheetData]:
    """Every participant's sheet, without the stored times (when each row was saved)."""
    with database.transaction(write=False) as repository:
        codes = sorted(repository.participant_codes())
        sheets = [
            load_sheet(repository, database.cards, code, "first,latest", printed=TODAY)
            for code in codes
        ]
    return [
        replace(
            sheet,
            measurements=tuple(
                replace(m, created_at=None, updated_at=None) for m in sheet.measurements
            ),
        )
        for sheet in sheets
    ]


def test_a_file_and_a_team_database_give_the_same_figures(
    tmp_path: Path, team_address: ServerAddress
) -> None:
    cards = default_cards()
    with (
        open_database(tmp_path / "laptop.db", cards, _today) as file,
        open_team_database(team_address, cards, _today) as team,
    ):
        _same_people(file, team)
        for number, period in enumerate(PERIODS):
            from_file = _export(file, period, tmp_path / f"file-{number}")
            from_team = _export(team, period, tmp_path / f"team-{number}")
            assert from_file == from_team
            exported = json.loads(from_file["json"])
            assert exported["demo"] is True and len(exported["cells"]) > 100
            # Activities and the exit survey are in it: the follow-up tables count them.
            assert {cell["table"] for cell in exported["cells"]} >= {"participants", "questions"}

            file_figures, team_figures = _figures(file, period), _figures(team, period)
            assert file_figures == team_figures
            assert file_figures.participants("comparable") > 0

        file_sheets, team_sheets = _sheets(file), _sheets(team)
        assert len(file_sheets) == PEOPLE
        assert file_sheets == team_sheets
        assert sum(len(sheet.measurements) for sheet in file_sheets) > PEOPLE
        assert any(sheet.history is not None for sheet in file_sheets)
