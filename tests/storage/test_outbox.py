"""The outbox of a team database (DESIGN §11): a lost connection loses no measurement.

A server of the test's own is stopped half-way through a fill-in and started
again: the draft and the measurement saved meanwhile wait on the laptop and
reach the server, inserted, once it answers.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.io.cards import default_cards
from bipdesk.storage import DatabaseError, schema
from bipdesk.storage.database import Database
from bipdesk.storage.drafts import Draft
from bipdesk.storage.outbox import Outbox, outbox_of, outbox_path
from bipdesk.storage.server_address import ServerAddress, parse_server_address
from bipdesk.storage.team_database import (
    ServerUnreachableError,
    create_server_engine,
    open_team_database,
)
from tests.postgres_server import PostgresServer
from tests.team_support import Team, team

pytestmark = pytest.mark.postgresql
__all__ = ["team"]  # the team of tests/team_support.py, used here too

TODAY = date(2026, 12, 5)
STANDARD = CardKey("bip-standard", 1)


@pytest.fixture
def address(own_server: PostgresServer) -> ServerAddress:
    url = own_server.new_database("outbox")
    address = parse_server_address(url.replace("+psycopg", ""))
    engine = create_server_engine(address)
    with engine.connect() as connection:
        schema.upgrade_schema(connection)
    engine.dispose()
    return address


def _answers(value: int) -> dict[str, int | None]:
    card = default_cards().get(*STANDARD)
    assert card is not None
    return {q.id: value for q in card.questions}


def _measurement(day: date, value: int) -> Measurement:
    return Measurement("SP0001", STANDARD, day, _answers(value), note="Tåget var sent")


KEY = "0f" * 32


def _outbox_of(database: Database, folder: Path) -> Outbox:
    """The login's outbox as the fill-in opens it (its key from the server)."""
    outbox = outbox_of(database, folder)
    assert outbox is not None
    return outbox


def _server_measurements(database: Database) -> list[Measurement]:
    with database.transaction(write=False) as repository:
        return repository.measurements("SP0001")


def test_a_fill_in_survives_the_server_going_away(
    own_server: PostgresServer, address: ServerAddress, tmp_path: Path
) -> None:
    database = open_team_database(address, default_cards(), lambda: TODAY)
    try:
        with database.transaction() as repository:
            repository.add_participant(Participant("SP0001", name="Åsa Öberg", unit="Norr"))
            repository.add_measurement(_measurement(date(2026, 9, 1), 4))
        path = outbox_path(tmp_path, address)
        half_way = Draft("SP0001", STANDARD, TODAY, {"job_search_knowhow": 7}, position=1)

        own_server.stop(mode="fast")  # as a server goes away, what it committed kept
        try:
            with pytest.raises(ServerUnreachableError), database.transaction() as repository:
                repository.save_draft(half_way)
            with _outbox_of(
                database, tmp_path
            ) as outbox:  # the fill-in keeps the draft here instead
                outbox.keep_draft(half_way)
                assert outbox.draft("SP0001") == half_way
            finished = _measurement(TODAY, 7)
            with pytest.raises(ServerUnreachableError), database.transaction() as repository:
                repository.add_measurement(finished)
            with _outbox_of(database, tmp_path) as outbox:  # …and the measurement saved meanwhile
                outbox.keep_measurement(finished)
                assert [w.kind for w in outbox.waiting()] == ["measurement"]
                with pytest.raises(ServerUnreachableError):
                    outbox.send(database)  # still away: nothing is lost
                assert len(outbox) == 1
        finally:
            own_server.start()

        with _outbox_of(database, tmp_path) as outbox:  # the connection is back
            delivery = outbox.send(database)
            assert (delivery.measurements, delivery.drafts, delivery.refused) == (1, 0, ())
            assert len(outbox) == 0
        stored = _server_measurements(database)
        assert [m.date for m in stored] == [date(2026, 9, 1), TODAY]
        assert stored[1].answers == finished.answers and stored[1].note == "Tåget var sent"
        with database.transaction(write=False) as repository:
            assert repository.draft("SP0001") is None
    finally:
        database.close()
    if os.name == "posix":
        assert (path.stat().st_mode & 0o777) == 0o600


def test_a_refused_measurement_stays_with_its_reason(
    address: ServerAddress, tmp_path: Path
) -> None:
    """Insert-only: a measurement someone else saved for that day meanwhile is not merged."""
    database = open_team_database(address, default_cards(), lambda: TODAY)
    try:
        with database.transaction() as repository:
            repository.add_participant(Participant("SP0001", unit="Norr"))
            repository.add_measurement(_measurement(TODAY, 3))
        with _outbox_of(database, tmp_path) as outbox:
            outbox.keep_measurement(_measurement(TODAY, 9))
            delivery = outbox.send(database)
            assert delivery.measurements == 0 and len(delivery.refused) == 1
            (waiting,) = outbox.waiting()
            assert waiting.problem is not None and "2026-12-05" in waiting.problem
        assert [m.answers for m in _server_measurements(database)] == [_answers(3)]
    finally:
        database.close()


def test_a_waiting_draft_yields_to_a_newer_one_on_the_server(
    address: ServerAddress, tmp_path: Path
) -> None:
    database = open_team_database(address, default_cards(), lambda: TODAY)
    try:
        with database.transaction() as repository:
            repository.add_participant(Participant("SP0001", unit="Norr"))
        with _outbox_of(database, tmp_path) as outbox:
            outbox.keep_draft(Draft("SP0001", STANDARD, TODAY, {"health": 2}))
            newer = Draft("SP0001", STANDARD, TODAY, {"health": 8}, position=3)
            with database.transaction() as repository:
                repository.save_draft(newer)
            assert outbox.send(database).drafts == 0
            assert len(outbox) == 0
        with database.transaction(write=False) as repository:
            kept = repository.draft("SP0001")
        assert kept is not None and kept.answers == {"health": 8}
    finally:
        database.close()


def test_an_edit_of_a_stored_measurement_never_waits(tmp_path: Path) -> None:
    address = parse_server_address("postgresql://anna@localhost/bip")
    with Outbox(outbox_path(tmp_path, address), KEY) as outbox, pytest.raises(ValueError):
        outbox.keep_measurement(Measurement("SP0001", STANDARD, TODAY, id=12))


def test_the_outbox_is_encrypted_with_the_logins_key_from_the_server(
    address: ServerAddress, tmp_path: Path
) -> None:
    """A laptop alone cannot read what waits: the key is the login's, on the server."""
    with open_team_database(address, default_cards(), lambda: TODAY) as database:
        with database.transaction() as repository:
            repository.add_participant(Participant("SP0001", name="Åsa Öberg", unit="Norr"))
        key = database.outbox_key
        assert isinstance(key, str) and len(key) == 64
        with _outbox_of(database, tmp_path) as outbox:
            outbox.keep_measurement(_measurement(TODAY, 7))
    with open_team_database(address, default_cards(), lambda: TODAY) as again:
        assert again.outbox_key == key  # kept, not drawn anew
        with _outbox_of(again, tmp_path) as outbox:
            (waiting,) = outbox.waiting()
            assert waiting.measurement is not None and waiting.measurement.note == "Tåget var sent"
    path = outbox_path(tmp_path, address)
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and "Tåget".encode() not in data
    raw = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            raw.execute("SELECT count(*) FROM waiting").fetchone()
    finally:
        raw.close()
    with pytest.raises(DatabaseError, match="cannot be opened with this login's key"):
        Outbox(path, "1e" * 32)


def test_each_login_reads_only_its_own_outbox_key(team: Team) -> None:
    """Row-level security on outbox_keys, proved with plain SQL as each login."""
    keys = {}
    for login in (team.norr, team.soder, team.lead):
        with team.open(login) as database:
            keys[login] = database.outbox_key
    assert len(set(keys.values())) == 3 and None not in keys.values()
    for login in (team.norr, team.soder, team.lead):
        with team.connected(login) as sql:
            rows = sql.execute(text("SELECT login, key FROM outbox_keys")).all()
            assert [tuple(row) for row in rows] == [(login, keys[login])]
            changed = sql.execute(
                text("UPDATE outbox_keys SET key = 'x' WHERE login <> current_user")
            )
            assert changed.rowcount == 0
    with team.connected(team.norr) as sql, pytest.raises(DBAPIError):
        sql.execute(
            text("INSERT INTO outbox_keys (login, key, created_at) VALUES (:l, 'x', now())"),
            {"l": team.soder},
        )
    with team.open(team.admin) as admin:  # an admin fills in no card: no key, no outbox
        assert admin.outbox_key is None
