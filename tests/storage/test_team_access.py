"""Row-level security of a team database, proved with plain SQL as each login (issue 21).

Every check connects as one person's login through SQLAlchemy's text(), not
through BIP Desk's repository: the database itself must keep each unit's
participants to that unit, whatever client asks (DESIGN §11).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from tests.team_support import NORR, SODER, Team, seed, team

__all__ = ["team"]

pytestmark = pytest.mark.postgresql

PERSONAL = (
    "participants",
    "measurements",
    "answers",
    "drafts",
    "activities",
    "survey_answers",
    "measurement_reviews",
    "coordinator_values",
    "edits",
    "settings",
)
COUNTS_FILE = Path(__file__).parents[1] / "artifacts" / "team_access_counts.txt"


def counts(team: Team, login: str) -> dict[str, int | str]:
    """How many rows of each table `login` sees; 'refused' where it may not read at all."""
    seen: dict[str, int | str] = {}
    for table in (*PERSONAL, "units", "unit_member"):
        try:
            with team.connected(login) as sql:
                seen[table] = sql.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        except ProgrammingError:
            seen[table] = "refused"
    return seen


def codes(team: Team, login: str) -> list[str]:
    with team.connected(login) as sql:
        return list(sql.execute(text("SELECT code FROM participants ORDER BY code")).scalars())


def test_each_login_sees_only_what_its_units_and_role_allow(team: Team) -> None:
    seed(team)
    seen = {
        "owner": counts(team, team.owner),
        "coordinator of Norr": counts(team, team.norr),
        "coordinator of Söder": counts(team, team.soder),
        "lead of Norr": counts(team, team.lead),
        "admin": counts(team, team.admin),
        "in a group role, no unit": counts(team, team.grouped_nobody),
        "in no unit, no role": counts(team, team.nobody),
    }
    COUNTS_FILE.parent.mkdir(exist_ok=True)
    lines = [f"{who}: {row}" for who, row in seen.items()]
    COUNTS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))

    per_participant = {table: 1 for table in PERSONAL}
    per_participant["answers"] = 2
    per_participant["settings"] = 1  # one participant setting each (+ the general one)

    def expected(people: int) -> dict[str, int]:
        found = {table: people * each for table, each in per_participant.items()}
        found["settings"] += 1
        return found

    assert {t: seen["owner"][t] for t in PERSONAL} == expected(5)
    assert {t: seen["coordinator of Norr"][t] for t in PERSONAL} == expected(3)
    assert {t: seen["lead of Norr"][t] for t in PERSONAL} == expected(3)
    assert {t: seen["coordinator of Söder"][t] for t in PERSONAL} == expected(2)
    assert codes(team, team.norr) == ["N1", "N2", "N3"]
    assert codes(team, team.soder) == ["S1", "S2"]
    assert all(seen["admin"][t] == "refused" for t in PERSONAL)
    assert all(seen["in no unit, no role"][t] == "refused" for t in seen["admin"])
    assert all(seen["in a group role, no unit"][t] == 0 for t in PERSONAL)
    # Units are names for all; memberships: one's own, a lead's unit's, an admin's all.
    assert seen["coordinator of Norr"]["units"] == 2
    assert seen["coordinator of Norr"]["unit_member"] == 1
    assert seen["lead of Norr"]["unit_member"] == 2
    assert seen["admin"]["unit_member"] == 4
    assert seen["in a group role, no unit"]["unit_member"] == 0


def test_a_coordinator_cannot_write_another_units_participants(team: Team) -> None:
    seed(team)
    with pytest.raises(DBAPIError, match="row-level security"), team.connected(team.norr) as sql:
        sql.execute(
            text(
                "INSERT INTO participants (code, unit, created_at, updated_at, record_key) "
                "VALUES ('X1', :unit, now(), now(), 7)"
            ),
            {"unit": SODER},
        )
    with team.connected(team.norr) as sql:
        assert (
            sql.execute(text("UPDATE participants SET name = 'x' WHERE code = 'S1'")).rowcount == 0
        )
        assert sql.execute(text("DELETE FROM participants WHERE code LIKE 'S%'")).rowcount == 0
        assert sql.execute(text("UPDATE answers SET value = 1")).rowcount == 2 * 3
        assert sql.execute(text("DELETE FROM edits")).rowcount == 3
        assert (
            sql.execute(
                text("UPDATE settings SET value = '\"en\"' WHERE key LIKE 'participant/S%'")
            ).rowcount
            == 0
        )
        # Its own unit: allowed.
        sql.execute(
            text(
                "INSERT INTO participants (code, unit, created_at, updated_at, record_key) "
                "VALUES ('N9', :unit, now(), now(), 7)"
            ),
            {"unit": NORR},
        )
    with team.connected(team.owner) as sql:
        assert sql.execute(text("SELECT count(*) FROM answers WHERE value = 1")).scalar_one() == 6
        assert sql.execute(text("SELECT count(*) FROM edits")).scalar_one() == 2
        assert sql.execute(text("SELECT count(*) FROM participants")).scalar_one() == 6
    # A measurement may not be hung on another unit's participant either.
    with team.connected(team.owner) as sql:
        s1 = sql.execute(text("SELECT id FROM participants WHERE code = 'S1'")).scalar_one()
    with pytest.raises(DBAPIError, match="row-level security"), team.connected(team.norr) as sql:
        sql.execute(
            text(
                "INSERT INTO measurements (participant_id, card_id, card_version, date, "
                "created_at, updated_at) VALUES (:s1, 'bip', 1, '2026-12-01', now(), now())"
            ),
            {"s1": s1},
        )


def test_nobody_but_a_lead_moves_a_participant_to_another_unit(team: Team) -> None:
    seed(team)
    with team.connected(team.owner) as sql:  # a coordinator of both units
        sql.execute(
            text("SELECT bipdesk_add_member(:login, :unit, 'coordinator')"),
            {"login": team.soder, "unit": NORR},
        )
    assert codes(team, team.soder) == ["N1", "N2", "N3", "S1", "S2"]
    with pytest.raises(DBAPIError, match="hand-over"), team.connected(team.soder) as sql:
        sql.execute(text("UPDATE participants SET unit = :to WHERE code = 'N1'"), {"to": SODER})
    with pytest.raises(DBAPIError, match="may not hand over"), team.connected(team.soder) as sql:
        sql.execute(text("SELECT bipdesk_handover('N1', :to)"), {"to": SODER})
    with pytest.raises(DBAPIError, match="may not hand over"), team.connected(team.norr) as sql:
        sql.execute(text("SELECT bipdesk_handover('N1', :to)"), {"to": SODER})

    with team.connected(team.lead) as sql:
        sql.execute(text("SELECT bipdesk_handover('N1', :to)"), {"to": SODER})
    assert codes(team, team.norr) == ["N2", "N3"]
    assert codes(team, team.lead) == ["N2", "N3"]
    with team.connected(team.owner) as sql:
        sql.execute(
            text("SELECT bipdesk_remove_member(:login, :unit)"), {"login": team.soder, "unit": NORR}
        )
    assert codes(team, team.soder) == ["N1", "S1", "S2"]
    after = counts(team, team.soder)
    assert after["measurements"] == 3 and after["answers"] == 6 and after["edits"] == 4
    with team.connected(team.soder) as sql:
        move = sql.execute(
            text(
                "SELECT editor, source, field, old_value, new_value, version FROM edits "
                "JOIN participants p ON p.id = participant_id WHERE source = 'handover'"
            )
        ).one()
    assert tuple(move) == (team.lead, "handover", "participant.unit", NORR, SODER, 2)
    # The lead of Norr cannot take it back: it is Söder's now.
    with pytest.raises(DBAPIError, match="may not hand over"), team.connected(team.lead) as sql:
        sql.execute(text("SELECT bipdesk_handover('N1', :to)"), {"to": NORR})


def test_an_admin_manages_members_and_sees_no_participant(team: Team) -> None:
    seed(team)
    with team.connected(team.admin) as sql:
        sql.execute(
            text("SELECT bipdesk_add_member(:login, :unit, 'coordinator')"),
            {"login": team.nobody, "unit": SODER},
        )
        sql.execute(text("INSERT INTO units (name, created_at) VALUES ('Väst', now())"))
    with (
        pytest.raises(ProgrammingError, match="permission denied"),
        team.connected(team.admin) as sql,
    ):
        sql.execute(text("SELECT count(*) FROM participants"))
    assert codes(team, team.nobody) == ["S1", "S2"]
    with team.connected(team.nobody) as sql:
        assert sql.execute(text("SELECT count(*) FROM units")).scalar_one() == 3


def test_a_lead_manages_the_members_of_their_unit_only(team: Team) -> None:
    with team.connected(team.lead) as sql:
        sql.execute(
            text("SELECT bipdesk_add_member(:login, :unit, 'coordinator')"),
            {"login": team.nobody, "unit": NORR},
        )
    with pytest.raises(DBAPIError, match="may not manage"), team.connected(team.lead) as sql:
        sql.execute(
            text("SELECT bipdesk_add_member(:login, :unit, 'coordinator')"),
            {"login": team.nobody, "unit": SODER},
        )
    with pytest.raises(DBAPIError, match="may not manage"), team.connected(team.norr) as sql:
        sql.execute(
            text("SELECT bipdesk_remove_member(:login, :unit)"), {"login": team.lead, "unit": NORR}
        )
    with pytest.raises(DBAPIError, match="row-level security"), team.connected(team.lead) as sql:
        sql.execute(
            text("INSERT INTO unit_member (login, unit, role) VALUES (:login, :unit, 'lead')"),
            {"login": team.lead, "unit": SODER},
        )
    with team.connected(team.lead) as sql:
        sql.execute(
            text("SELECT bipdesk_remove_member(:login, :unit)"),
            {"login": team.nobody, "unit": NORR},
        )
    with team.server.admin() as admin:
        granted = admin.execute(
            "SELECT count(*) FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
            "WHERE m.rolname = %s",
            (team.nobody,),
        ).fetchone()
    assert granted == (0,)  # the group role went with the last membership


def test_settings_about_a_participant_follow_a_new_code_and_go_with_a_deletion(team: Team) -> None:
    """As the repository does it: the participant first, then the settings keyed by its code."""
    seed(team)
    with team.connected(team.norr) as sql:
        sql.execute(text("UPDATE participants SET code = 'N1b' WHERE code = 'N1'"))
        renamed = sql.execute(
            text(
                "UPDATE settings SET key = 'participant/N1b/' || substr(key, 16) "
                "WHERE substr(key, 1, 15) = 'participant/N1/'"
            )
        )
        assert renamed.rowcount == 1
        sql.execute(text("DELETE FROM participants WHERE code = 'N2'"))
        deleted = sql.execute(
            text("DELETE FROM settings WHERE substr(key, 1, 15) = 'participant/N2/'")
        )
        assert deleted.rowcount == 1
        # Another unit's participant settings stay out of reach.
        assert (
            sql.execute(text("DELETE FROM settings WHERE key LIKE 'participant/S%'")).rowcount == 0
        )
    with team.connected(team.owner) as sql:
        keys = sorted(sql.execute(text("SELECT key FROM settings")).scalars())
    assert keys == [
        "interval",
        "participant/N1b/language",
        "participant/N3/language",
        "participant/S1/language",
        "participant/S2/language",
    ]
