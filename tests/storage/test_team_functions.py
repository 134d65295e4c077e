"""The team functions the commands and the app use (bipdesk.storage.team_access): what
they do for those allowed, and the sentence each refusal says (issue 21)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bipdesk.storage.team_access import (
    Member,
    Membership,
    add_member,
    handover,
    members,
    my_memberships,
    owner_engine,
    remove_member,
    team_init,
    units,
)
from bipdesk.storage.team_errors import (
    NotAllowedError,
    NotMemberError,
    NotOwnerError,
    UnknownLoginError,
    UnknownParticipantError,
    UnknownRoleError,
    UnknownUnitError,
)
from tests.team_support import NORR, SODER, Team, seed, team

__all__ = ["team"]

pytestmark = pytest.mark.postgresql


def test_memberships_units_and_members_as_each_login_sees_them(team: Team) -> None:
    with team.open(team.lead) as db:
        assert my_memberships(db) == [Membership(NORR, "lead")]
        assert units(db) == [NORR, SODER]
        assert members(db) == [
            Member(team.norr, NORR, "coordinator"),
            Member(team.lead, NORR, "lead"),
        ]
    with team.open(team.admin) as db:
        assert my_memberships(db) == [Membership(None, "admin")]
        assert len(members(db)) == 4
    with team.open(team.soder) as db:
        assert members(db) == [Member(team.soder, SODER, "coordinator")]


def test_a_lead_hands_over_and_others_are_told_why_not(team: Team) -> None:
    seed(team)
    with team.open(team.norr) as db, pytest.raises(NotAllowedError) as refused:
        handover(db, "N1", SODER)
    assert str(refused.value) == (
        f"{team.norr} is not a lead of unit Norr; only a lead hands participants over"
    )
    with team.open(team.soder) as db, pytest.raises(UnknownParticipantError) as unknown:
        handover(db, "N1", SODER)
    assert str(unknown.value) == f"there is no participant N1 in the units of {team.soder}"
    with team.open(team.lead) as db:
        with pytest.raises(UnknownUnitError, match="there is no unit Väst"):
            handover(db, "N1", "Väst")
        assert handover(db, "N1", SODER) == NORR
    with team.connected(team.soder) as sql:
        assert (
            sql.execute(text("SELECT unit FROM participants WHERE code = 'N1'")).scalar() == SODER
        )


def test_members_are_added_and_removed_by_those_who_may(team: Team) -> None:
    with team.open(team.norr) as db, pytest.raises(NotAllowedError) as refused:
        add_member(db, team.nobody, NORR, "coordinator")
    assert str(refused.value) == (
        f"{team.norr} is neither a lead of unit Norr nor an admin; only they add members to it"
    )
    with team.open(team.lead) as db:
        with pytest.raises(UnknownLoginError, match="there is no login ghost on the server"):
            add_member(db, "ghost", NORR, "coordinator")
        with pytest.raises(UnknownRoleError):
            add_member(db, team.nobody, NORR, "boss")
        with pytest.raises(NotAllowedError, match="only an admin creates units"):
            add_member(db, team.nobody, "Väst", "coordinator")
        assert add_member(db, team.nobody, NORR, "coordinator") is False
        with pytest.raises(NotMemberError, match=f"{team.soder} is not a member of unit Norr"):
            remove_member(db, team.soder, NORR)
        remove_member(db, team.nobody, NORR)
    with team.open(team.admin) as db:
        assert add_member(db, team.nobody, "Väst", "lead") is True  # an admin creates the unit
        assert units(db) == [NORR, SODER, "Väst"]
    with team.open(team.nobody) as db:
        assert my_memberships(db) == [Membership("Väst", "lead")]


def test_team_init_is_the_owners(team: Team) -> None:
    engine = owner_engine(team.address(team.lead))
    try:
        with pytest.raises(NotOwnerError) as refused:
            team_init(engine, team.database)
    finally:
        engine.dispose()
    assert str(refused.value) == (
        f"{team.lead} does not own database {team.database}; its owner {team.owner} runs "
        "'team init' (nothing was changed)"
    )
