"""copy-to: a laptop database moved into a team database, all or nothing (issue 21)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bipdesk.core.cards import CardLibrary
from bipdesk.storage import open_database
from bipdesk.storage.demo import fill_with_demo
from bipdesk.storage.errors import NoFileError
from bipdesk.storage.models import Base
from bipdesk.storage.team_copy import COPIED, NOT_COPIED, copy_to_team
from bipdesk.storage.team_errors import CodesTakenError, NotAllowedError, UnknownUnitError
from tests.storage.conftest import today
from tests.storage.test_migrations import columns_of, rows_of
from tests.team_support import NORR, SODER, Team, team

__all__ = ["team"]


def make_laptop_file(path: Path, cards: CardLibrary, people: int = 12) -> None:
    """A coordinator's file with a row in every table that copy-to carries."""
    with open_database(path, cards, today) as db:
        fill_with_demo(db, people, today=today())
    raw = sqlite3.connect(path)
    try:
        first = raw.execute("SELECT min(id) FROM measurements").fetchone()[0]
        pid = raw.execute("SELECT participant_id FROM measurements WHERE id = ?", (first,))
        participant = pid.fetchone()[0]
        raw.execute(
            "INSERT INTO measurement_reviews VALUES (?, 1, '2026-11-02 10:00:00.000000')", (first,)
        )
        raw.execute(
            "INSERT INTO coordinator_values VALUES (?, 'q1', 4, 'We talked it through')", (first,)
        )
        raw.execute(
            "INSERT INTO drafts (participant_id, card_id, card_version, date, measurement_id, "
            "answers, question_notes, note, position, updated_at) VALUES "
            "(?, 'bip', 1, '2026-12-01', ?, '{}', '{}', 'half done', 2, "
            "'2026-12-01 09:00:00.000000')",
            (participant, first),
        )
        code = raw.execute("SELECT code FROM participants WHERE id = ?", (participant,))
        raw.execute(
            "INSERT INTO settings VALUES (?, '\"ar\"')",
            (f"participant/{code.fetchone()[0]}/language",),
        )
        raw.execute("UPDATE participants SET unit = 'Kansliet'")
        raw.commit()
    finally:
        raw.close()


def server_rows(team: Team) -> dict[str, list[tuple[Any, ...]]]:
    """Every copied table as the owner sees it, ids replaced by the participant's code
    (and the measurement's date), so that file and server compare."""
    queries = {
        "participants": "SELECT code, name, sex, birth_year, record_key, start_date, "
        "end_date, exit_reason, version FROM participants",
        "measurements": "SELECT p.code, m.date, m.card_id, m.note, m.version FROM measurements m "
        "JOIN participants p ON p.id = m.participant_id",
        "answers": "SELECT p.code, m.date, a.question_id, a.value, a.note FROM answers a "
        "JOIN measurements m ON m.id = a.measurement_id JOIN participants p ON p.id = m.participant_id",
        "activities": "SELECT p.code, x.activity, x.start_date, x.hours, x.place FROM activities x "
        "JOIN participants p ON p.id = x.participant_id",
        "survey_answers": "SELECT p.code, s.question_id, s.value FROM survey_answers s "
        "JOIN participants p ON p.id = s.participant_id",
        "edits": "SELECT p.code, e.field, e.old_value, e.new_value, e.editor, e.source FROM edits e "
        "JOIN participants p ON p.id = e.participant_id",
        "drafts": "SELECT p.code, d.note, m.date FROM drafts d JOIN participants p "
        "ON p.id = d.participant_id LEFT JOIN measurements m ON m.id = d.measurement_id",
        "measurement_reviews": "SELECT p.code, m.date, r.talked_through FROM measurement_reviews r "
        "JOIN measurements m ON m.id = r.measurement_id JOIN participants p ON p.id = m.participant_id",
        "coordinator_values": "SELECT p.code, m.date, c.question_id, c.value, c.reason "
        "FROM coordinator_values c JOIN measurements m ON m.id = c.measurement_id "
        "JOIN participants p ON p.id = m.participant_id",
        "settings": "SELECT key, value FROM settings WHERE key LIKE 'participant/%'",
    }
    with team.connected(team.owner) as sql:
        return {
            name: sorted((tuple(_plain(v) for v in row) for row in sql.execute(text(q))), key=repr)
            for name, q in queries.items()
        }


def file_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    raw = sqlite3.connect(path)
    queries = {
        "participants": "SELECT code, name, sex, birth_year, record_key, start_date, "
        "end_date, exit_reason, version FROM participants",
        "answers": "SELECT p.code, m.date, a.question_id, a.value, a.note FROM answers a "
        "JOIN measurements m ON m.id = a.measurement_id JOIN participants p ON p.id = m.participant_id",
        "edits": "SELECT p.code, e.field, e.old_value, e.new_value, e.editor, e.source FROM edits e "
        "JOIN participants p ON p.id = e.participant_id",
    }
    try:
        return {name: sorted(raw.execute(q), key=repr) for name, q in queries.items()}
    finally:
        raw.close()


def test_every_table_is_copied_or_knowingly_left() -> None:
    assert set(COPIED) | set(NOT_COPIED) == set(Base.metadata.tables)


@pytest.mark.postgresql
def test_a_laptop_file_moves_in_whole_with_keys_and_history(
    team: Team, tmp_path: Path, cards: CardLibrary
) -> None:
    path = tmp_path / "laptop.db"
    make_laptop_file(path, cards)
    before = rows_of(path, columns_of(path))
    expected = file_rows(path)
    with open_database(path, cards, today) as laptop, team.open(team.norr) as server:
        report = copy_to_team(laptop, server, NORR)
    assert report.participants == 12 and report.measurements == len(before["measurements"])
    assert rows_of(path, columns_of(path)) == before  # the file is only read

    copied = server_rows(team)
    assert copied["participants"] == expected["participants"]  # record keys included
    assert copied["answers"] == expected["answers"]
    moves = [row for row in copied["edits"] if row[5] == "copy-to"]
    assert len(moves) == 12
    assert {row[1:5] for row in moves} == {("participant.unit", "Kansliet", NORR, team.norr)}
    assert [row for row in copied["edits"] if row[5] != "copy-to"] == expected["edits"]
    for name in (
        "measurements",
        "activities",
        "survey_answers",
        "drafts",
        "measurement_reviews",
        "coordinator_values",
    ):
        assert len(copied[name]) == len(before[name]) > 0, name
    assert [key for key, _ in copied["settings"]] == [  # the demo flag is the file's own
        key for (key, _) in before["settings"] if key.startswith("participant/")
    ]
    with team.connected(team.norr) as sql:
        units = set(sql.execute(text("SELECT DISTINCT unit FROM participants")).scalars())
    assert units == {NORR}
    with team.connected(team.soder) as sql:
        assert sql.execute(text("SELECT count(*) FROM measurements")).scalar_one() == 0


def _plain(value: Any) -> Any:
    """A date as SQLite's text, so file and server rows compare."""
    return value.isoformat() if hasattr(value, "isoformat") else value


@pytest.mark.postgresql
def test_a_code_taken_in_any_unit_refuses_the_whole_copy(
    team: Team, tmp_path: Path, cards: CardLibrary
) -> None:
    path = tmp_path / "laptop.db"
    make_laptop_file(path, cards)
    raw = sqlite3.connect(path)
    codes = sorted(code for (code,) in raw.execute("SELECT code FROM participants"))
    raw.close()
    with team.connected(team.owner) as sql:  # in Söder: Norr's coordinator cannot see it
        for code in (codes[3], codes[7]):
            sql.execute(
                text(
                    "INSERT INTO participants (code, unit, created_at, updated_at, record_key) "
                    "VALUES (:code, :unit, now(), now(), 1)"
                ),
                {"code": code, "unit": SODER},
            )
    with open_database(path, cards, today) as laptop, team.open(team.norr) as server:
        with pytest.raises(CodesTakenError) as refused:
            copy_to_team(laptop, server, NORR)
        assert refused.value.codes == (codes[3], codes[7])
        assert f"{codes[3]}, {codes[7]}" in str(refused.value)
        assert "nothing was copied" in str(refused.value)
        with pytest.raises(UnknownUnitError, match="no unit Väst"):
            copy_to_team(laptop, server, "Väst")
        with pytest.raises(
            NotAllowedError, match=f"{team.norr} is not a coordinator or lead of unit Söder"
        ):
            copy_to_team(laptop, server, SODER)
    with team.connected(team.owner) as sql:
        assert sql.execute(text("SELECT count(*) FROM participants")).scalar_one() == 2
        assert sql.execute(text("SELECT count(*) FROM measurements")).scalar_one() == 0


@pytest.mark.postgresql
def test_copy_to_reads_a_file_not_a_team_database(team: Team) -> None:
    with team.open(team.norr) as server, pytest.raises(NoFileError):
        copy_to_team(server, server, NORR)
