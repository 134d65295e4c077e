"""What must read the same from a laptop file and a team database (DESIGN §11): the
order of codes, Swedish names sorted and searched, and the types of every column
(booleans, dates, UTC times); and what a team database does instead of the file's
own chores (erasure's log, `check`, demo data's refusal)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bipdesk.core.exits import Employment, WorkingTime
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.swedish_order import search_text, sort_key
from bipdesk.storage import Database, schema
from bipdesk.storage.demo import fill_with_demo
from bipdesk.storage.drafts import Draft
from bipdesk.storage.errors import NotEmptyError
from bipdesk.storage.privacy import erase_participants
from bipdesk.storage.server_address import ServerAddress
from bipdesk.storage.team_access import visible_counts
from bipdesk.storage.team_database import NotTeamDatabaseError
from bipdesk.storage.team_errors import NoAccessError
from tests.postgres_server import PostgresServer
from tests.storage.conftest import STANDARD, measurement, participant

NAMES = {
    "S-1": "Östen Lind",
    "s-2": "Zara Ali",
    "S-3": "anna Berg",
    "Å-4": "Åsa Öberg",
    "a-5": "Ärla Nyström",
    "Z-6": "Örjan Ek",
}


def _fill(db: Database) -> None:
    with db.transaction() as repo:
        for code, name in NAMES.items():
            repo.add_participant(participant(code, name=name))


def test_codes_come_in_one_order_and_names_sort_and_search_the_swedish_way(db: Database) -> None:
    _fill(db)
    with db.transaction(write=False) as repo:
        people = repo.participants()
    # The database's order of codes is the code points' on both engines.
    assert [p.code for p in people] == ["S-1", "S-3", "Z-6", "a-5", "s-2", "Å-4"]
    names = [p.name or "" for p in sorted(people, key=lambda p: sort_key(p.name or ""))]
    assert names == [
        "anna Berg",
        "Zara Ali",
        "Åsa Öberg",
        "Ärla Nyström",
        "Örjan Ek",
        "Östen Lind",
    ]
    codes = sorted((p.code for p in people), key=sort_key)
    assert codes == ["a-5", "S-1", "s-2", "S-3", "Z-6", "Å-4"]

    def found(needle: str) -> list[str]:
        names = (p.name or "" for p in people)
        return sorted((n for n in names if search_text(needle) in search_text(n)), key=sort_key)

    assert found("ö") == ["Åsa Öberg", "Ärla Nyström", "Örjan Ek", "Östen Lind"]
    assert found("ÅSA") == ["Åsa Öberg"]
    assert found("ÄRLA") == ["Ärla Nyström"]


def test_drafts_and_settings_come_in_the_order_of_their_codes(db: Database) -> None:
    _fill(db)
    with db.transaction() as repo:
        for code in NAMES:
            repo.save_draft(Draft(code, STANDARD, date(2025, 5, 1), {"health": 3}))
            repo.set_setting(f"participant/{code}/language", "sv")
        repo.set_setting("participant/S-1/zz", 1)
        repo.set_setting("participant/S-1/Zz", 2)
        repo.set_setting("participant/S-1/_x", 3)
    with db.transaction(write=False) as repo:
        assert [d.participant_code for d in repo.drafts()] == sorted(NAMES)
        assert list(repo.participant_settings("S-1")) == ["Zz", "_x", "language", "zz"]


def test_every_type_reads_back_as_it_was_saved(db: Database) -> None:
    left = participant(
        "P-9",
        sex=Sex.MEN,
        end_date=date(2025, 3, 31),
        exit_reason=ExitReason.WORK,
        employment=Employment.PERMANENT,
        working_time=WorkingTime.PART_TIME,
        subsidised=False,
        exit_branch="Q",
    )
    before = datetime.now(UTC)
    with db.transaction() as repo:
        saved = repo.add_participant(left)
        repo.add_participant(participant("P-8", subsidised=True))
        taken = repo.add_measurement(measurement("P-9", day=date(2024, 12, 31)))
    with db.transaction(write=False) as repo:
        back = repo.participant("P-9")
        assert back == saved and back is not None
        assert back.subsidised is False and back.end_date == date(2025, 3, 31)
        other = repo.participant("P-8")
        assert other is not None and other.subsidised is True
        # Times to the microsecond, in UTC: the same on both engines.
        assert repo.measurement(taken.id or 0) == taken
        created, updated = repo.participant_times("P-9") or (None, None)
    assert created is not None and created.tzinfo is UTC and created == updated
    assert before <= created <= datetime.now(UTC)
    with db.transaction() as repo:
        changed = repo.update_participant(replace(back, subsidised=None))
    with db.transaction(write=False) as repo:
        assert repo.participant("P-9") == changed
        assert changed.subsidised is None


def test_erasing_from_a_team_database_leaves_nothing_to_clear(db: Database) -> None:
    _fill(db)
    with db.transaction() as repo:
        repo.add_measurement(measurement("S-1"))
    erased = erase_participants(db, ["S-1"])
    assert (erased.participants, erased.measurements) == (1, 1)
    if db.server is not None:  # no file of ours: the server's log is the server's
        assert erased.log_cleared
    with db.transaction(write=False) as repo:
        assert "S-1" not in repo.participant_codes()


def test_demo_data_only_goes_into_an_empty_database(db: Database) -> None:
    result = fill_with_demo(db, 12, seed=3, today=date(2025, 6, 1))
    assert result.participants == 12 and result.measurements > 12
    with pytest.raises(NotEmptyError) as refused:
        fill_with_demo(db, 12, seed=3, today=date(2025, 6, 1))
    assert db.where in str(refused.value)


@pytest.mark.postgresql
def test_a_team_database_says_its_schema_and_counts_and_refuses_strangers(
    team_address: ServerAddress, postgres_url: str, postgres_server: PostgresServer
) -> None:
    from psycopg import sql

    from bipdesk.io.cards import default_cards
    from bipdesk.storage.team_database import open_team_database

    with open_team_database(team_address, default_cards()) as team, team.transaction() as repo:
        repo.add_participant(Participant("T-1", "Tea Tåg"))
        repo.add_measurement(measurement("T-1"))
    with open_team_database(team_address, default_cards()) as team:
        assert visible_counts(team) == (1, 1)
        assert team.schema_revision == schema.head_revision()
    empty = replace(team_address, database=postgres_url.rsplit("/", 1)[-1])
    with pytest.raises(NotTeamDatabaseError, match="team init"):
        open_team_database(empty, default_cards())
    # A login the owner never let in reads nothing: said so, not "unreachable".
    stranger = f"stranger_{team_address.database[-12:]}"
    with postgres_server.admin() as admin:
        admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(stranger)))
    try:
        with pytest.raises(NoAccessError, match="has no access"):
            open_team_database(replace(team_address, login=stranger), default_cards())
    finally:
        with postgres_server.admin() as admin:
            admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(stranger)))
