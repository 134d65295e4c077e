"""What a team database's failures say (issue 21): found by following the IT guide.

A refused password is said as refused even when libpq found it itself
(PGPASSWORD, ~/.pgpass); a database name the server does not have is said as
such, not as an unreachable server; a code taken in a unit the login cannot
see is said as taken, not as a constraint's name.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.exc import OperationalError

from bipdesk.core.participants import Participant
from bipdesk.io.cards import default_cards
from bipdesk.storage.server_address import ServerAddress
from bipdesk.storage.team_database import (
    CodeTakenError,
    NoServerDatabaseError,
    PasswordError,
    ServerUnreachableError,
    connection_failure,
    open_team_database,
)
from tests.team_support import NORR, SODER, Team, team

__all__ = ["team"]  # the team of tests/team_support.py

WHERE = "anna@db.kommun.se/bip"


def _failed(libpq_says: str) -> OperationalError:
    return OperationalError("connect", {}, Exception(libpq_says))


def test_a_refused_password_is_said_as_refused_wherever_it_came_from() -> None:
    refused = _failed('connection failed: FATAL:  password authentication failed for user "anna"')
    for typed in (False, True):  # from PGPASSWORD / ~/.pgpass, or typed
        error = connection_failure(WHERE, refused, typed)
        assert isinstance(error, PasswordError) and error.wrong
    missing = connection_failure(WHERE, _failed("fe_sendauth: no password supplied"), False)
    assert isinstance(missing, PasswordError) and not missing.wrong


def test_an_unreachable_server_at_opening_does_not_claim_a_save() -> None:
    error = connection_failure(WHERE, _failed("connection refused"), False)
    assert isinstance(error, ServerUnreachableError) and not error.saving
    assert "nothing was saved" not in str(error)
    assert "nothing was saved" in str(ServerUnreachableError(WHERE, "connection refused"))


@pytest.mark.postgresql
def test_a_database_the_server_does_not_have_is_named(team: Team) -> None:
    address: ServerAddress = replace(team.address(team.norr), database="nodb")
    with pytest.raises(NoServerDatabaseError, match="has no database nodb") as raised:
        open_team_database(address, default_cards())
    assert raised.value.database == "nodb"


@pytest.mark.postgresql
def test_a_code_taken_in_a_unit_the_login_cannot_see_is_said_as_taken(team: Team) -> None:
    with team.open(team.soder) as soder, soder.transaction() as repository:
        repository.add_participant(Participant("X1", unit=SODER))
    with (
        team.open(team.norr) as norr,
        pytest.raises(CodeTakenError, match="code is taken in the team database"),
        norr.transaction() as repository,
    ):
        assert repository.participant("X1") is None  # Söder's, out of Norr's sight
        repository.add_participant(Participant("X1", unit=NORR))
