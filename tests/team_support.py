"""A team database on the test server, set up as an IT department would (issue 21).

An owner login (CREATEROLE, not a superuser: superusers bypass row-level
security) owns the database and runs `team init`; units Norr and Söder;
coordinator logins of each, a lead of Norr, an admin, a login in no unit.
Roles belong to the whole cluster, so their names carry a suffix of this
test's own and are dropped afterwards, with the group roles.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, Engine, create_engine, text

from bipdesk.io.cards import default_cards
from bipdesk.storage.database import Database
from bipdesk.storage.server_address import ServerAddress
from bipdesk.storage.team_access import GROUP_ROLES, add_member, owner_engine, team_init
from bipdesk.storage.team_database import open_team_database
from tests.postgres_server import PostgresServer

NORR = "Norr"
SODER = "Söder"


@dataclass
class Team:
    server: PostgresServer
    database: str
    owner: str
    norr: str
    soder: str
    lead: str
    admin: str
    nobody: str
    grouped_nobody: str

    def address(self, login: str) -> ServerAddress:
        return ServerAddress(login, self.server.host, self.database, self.server.port)

    def url(self, login: str) -> str:
        return f"postgresql://{login}@{self.server.host}:{self.server.port}/{self.database}"

    def engine(self, login: str) -> Engine:
        return create_engine(self.server.url(self.database, user=login))

    @contextmanager
    def connected(self, login: str) -> Iterator[Connection]:
        """A plain SQL connection as `login` (no BIP Desk code in between), in a transaction."""
        engine = self.engine(login)
        try:
            with engine.begin() as connection:
                yield connection
        finally:
            engine.dispose()

    def open(self, login: str) -> Database:
        return open_team_database(self.address(login), default_cards())


def make_team(server: PostgresServer, name: str, *, init: bool = True) -> Team:
    """The logins and the owner's empty database; with `init`, `team init` and the members."""
    suffix = uuid.uuid4().hex[:8]
    logins = {
        key: f"{key}_{suffix}"
        for key in ("owner", "norr", "soder", "lead", "admin", "nobody", "grouped")
    }
    database = f"team_{name[:30].lower()}_{suffix}"
    with server.admin() as admin:
        admin.execute(f'CREATE ROLE "{logins["owner"]}" LOGIN CREATEROLE')
        for key in ("norr", "soder", "lead", "admin", "nobody", "grouped"):
            admin.execute(f'CREATE ROLE "{logins[key]}" LOGIN')
        admin.execute(f'CREATE DATABASE "{database}" OWNER "{logins["owner"]}"')
    team = Team(
        server,
        database,
        logins["owner"],
        logins["norr"],
        logins["soder"],
        logins["lead"],
        logins["admin"],
        logins["nobody"],
        logins["grouped"],
    )
    if init:
        init_team(team)
    return team


def init_team(team: Team) -> None:
    """`team init` as the owner; the admin, a coordinator of each unit, a lead of Norr."""
    engine = owner_engine(team.address(team.owner))
    try:
        team_init(engine, team.database)
    finally:
        engine.dispose()
    with team.open(team.owner) as db:
        add_member(db, team.admin, None, "admin")
        add_member(db, team.norr, NORR, "coordinator")
        add_member(db, team.soder, SODER, "coordinator")
        add_member(db, team.lead, NORR, "lead")
    with team.server.admin() as admin:  # holds a group role, but no unit
        admin.execute(f'GRANT bipdesk_coordinator TO "{team.grouped_nobody}"')


def drop_team(team: Team) -> None:
    server = team.server
    server.drop_database(team.database)
    logins = (team.norr, team.soder, team.lead, team.admin, team.nobody, team.grouped_nobody)
    with server.admin() as admin:
        for role in (*GROUP_ROLES.values(), *logins, team.owner):
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')


def seed(team: Team) -> None:
    """Three participants of Norr and two of Söder, each with a measurement and its answers,
    a draft, an activity, an exit-survey answer, a coordinator's view and an edit."""
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC).replace(tzinfo=None)
    with team.connected(team.owner) as sql:
        for number, (code, unit) in enumerate(
            [("N1", NORR), ("N2", NORR), ("N3", NORR), ("S1", SODER), ("S2", SODER)], 1
        ):
            pid = sql.execute(
                text(
                    "INSERT INTO participants (code, name, sex, unit, created_at, updated_at, "
                    "record_key) VALUES (:code, :name, 'women', :unit, :now, :now, :key) "
                    "RETURNING id"
                ),
                {"code": code, "name": f"Person {code}", "unit": unit, "now": now, "key": number},
            ).scalar_one()
            mid = sql.execute(
                text(
                    "INSERT INTO measurements (participant_id, card_id, card_version, date, "
                    "created_at, updated_at) VALUES (:pid, 'bip', 1, '2026-11-01', :now, :now) "
                    "RETURNING id"
                ),
                {"pid": pid, "now": now},
            ).scalar_one()
            for question in ("q1", "q2"):
                sql.execute(
                    text(
                        "INSERT INTO answers (measurement_id, question_id, value) VALUES (:m, :q, 5)"
                    ),
                    {"m": mid, "q": question},
                )
            sql.execute(
                text(
                    "INSERT INTO drafts (participant_id, card_id, card_version, date, answers, "
                    "question_notes, position, updated_at) VALUES (:pid, 'bip', 1, '2026-12-01', "
                    "'{}', '{}', 0, :now)"
                ),
                {"pid": pid, "now": now},
            )
            sql.execute(
                text(
                    "INSERT INTO activities (participant_id, activity, area, start_date, hours, "
                    "created_at, updated_at) VALUES (:pid, 'internship', 'job', '2026-10-01', 4, "
                    ":now, :now)"
                ),
                {"pid": pid, "now": now},
            )
            sql.execute(
                text(
                    "INSERT INTO survey_answers (participant_id, question_id, survey_id, "
                    "survey_version, value) VALUES (:pid, 's1', 'exit', 1, 3)"
                ),
                {"pid": pid},
            )
            sql.execute(
                text(
                    "INSERT INTO measurement_reviews (measurement_id, talked_through, updated_at) "
                    "VALUES (:m, true, :now)"
                ),
                {"m": mid, "now": now},
            )
            sql.execute(
                text(
                    "INSERT INTO coordinator_values (measurement_id, question_id, value, reason) "
                    "VALUES (:m, 'q1', 6, 'we talked')"
                ),
                {"m": mid},
            )
            sql.execute(
                text(
                    "INSERT INTO edits (participant_id, changed_at, editor, source, subject, "
                    "field) VALUES (:pid, :now, 'seed', 'app', 'participant', 'added')"
                ),
                {"pid": pid, "now": now},
            )
            sql.execute(
                text("INSERT INTO settings (key, value) VALUES (:key, '\"sv\"')"),
                {"key": f"participant/{code}/language"},
            )
        sql.execute(text("INSERT INTO settings (key, value) VALUES ('interval', '3')"))


@pytest.fixture
def team(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[Team]:
    made = make_team(postgres_server, request.node.name)
    try:
        yield made
    finally:
        drop_team(made)
