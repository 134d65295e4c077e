"""Opening a team's shared database on a PostgreSQL server (DESIGN §11).

The same `Database` and repositories serve the laptop file and the server;
what differs is the way in. A server is reached with psycopg 3 over libpq
(which finds a password in PGPASSWORD, ~/.pgpass or a service file, else the
caller passes the one its user typed — never stored). There is no lock file
(the server lets many work at once; versions keep saves from overwriting each
other), no backup at start and no passphrase (backups and encryption at rest
are the server's). The schema is migrated only by the database's owner with
`team init`: a coordinator's login may not alter tables, so an older schema is
refused with that advice rather than upgraded.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from bipdesk.core.cards import CardLibrary
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.storage import schema
from bipdesk.storage.database import Database
from bipdesk.storage.errors import DatabaseError, NewerSchemaError, SaveFailedError
from bipdesk.storage.history_repository import Editor, default_editor
from bipdesk.storage.server_address import ServerAddress
from bipdesk.storage.team_errors import NOT_ALLOWED, NoAccessError, sqlstate

PASSWORD_REFUSED = ("password authentication failed", "no password supplied", "password")
UNREACHABLE = (
    "could not connect",
    "connection refused",
    "timeout expired",
    "could not translate host name",
    "server closed the connection",
    "terminating connection",
    "connection is lost",
    "consuming input failed",
    "the connection is closed",
    "connection to server",
)


class ServerUnreachableError(DatabaseError):
    """The server did not answer; whatever was being saved was not saved."""

    def __init__(self, where: str, reason: str, *, saving: bool = True) -> None:
        self.where = where
        self.reason = reason
        self.saving = saving
        """False when nothing was being saved (opening, checking): not said then."""
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage", "{where}: the server cannot be reached ({reason}); nothing was saved"
            ).format(where=where, reason=reason)
            if saving
            else QT_TRANSLATE_NOOP(
                "storage", "{where}: the server cannot be reached ({reason})"
            ).format(where=where, reason=reason)
        )


class NoServerDatabaseError(DatabaseError):
    """The server answered, but has no database of that name."""

    def __init__(self, where: str, database: str) -> None:
        self.where = where
        self.database = database
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage",
                "{where}: the server has no database {database}; check the name with your IT "
                "department",
            ).format(where=where, database=database)
        )


class PasswordError(DatabaseError):
    """The server wants a password (`wrong`: the one given was refused)."""

    def __init__(self, where: str, wrong: bool) -> None:
        self.where = where
        self.wrong = wrong
        super().__init__(
            QT_TRANSLATE_NOOP("storage", "{where}: the password was not accepted").format(
                where=where
            )
            if wrong
            else QT_TRANSLATE_NOOP(
                "storage",
                "{where}: the server asks for a password (set PGPASSWORD or ~/.pgpass, or "
                "type it when asked)",
            ).format(where=where)
        )


class NotTeamDatabaseError(DatabaseError):
    """The server database has no BIP Desk schema (yet), or an older one."""

    def __init__(self, where: str, revision: str | None, head: str) -> None:
        self.where = where
        self.revision = revision
        self.head = head
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage",
                "{where} is not a BIP Desk team database yet; its owner makes it one with "
                "'bipdesk --db URL team init'",
            ).format(where=where)
            if revision is None
            else QT_TRANSLATE_NOOP(
                "storage",
                "{where} has schema {revision} and this BIP Desk needs {head}; the database's "
                "owner upgrades it with 'bipdesk --db URL team init'",
            ).format(where=where, revision=revision, head=head)
        )


class CodeTakenError(DatabaseError):
    """A participant code that exists in the team database, in a unit the login cannot see."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage",
                "{where}: that participant code is taken in the team database, in a unit you "
                "do not see; choose another code (or ask a lead of the other unit); nothing "
                "was saved",
            ).format(where=where)
        )


class AccessRefusedError(DatabaseError):
    """The server refused the change: the login's units or role do not allow it."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(
            QT_TRANSLATE_NOOP(
                "storage",
                "{where}: your login may not do this ({reason}); nothing was saved",
            ).format(where=where, reason=reason)
        )


def create_server_engine(address: ServerAddress, password: str | None = None) -> Engine:
    """An engine on the team database; the password lives only in this process."""
    arguments: dict[str, Any] = dict(address.connect_arguments())
    if password:
        arguments["password"] = password
    return create_engine(
        "postgresql+psycopg://",
        connect_args=arguments,
        # A laptop's connection drops (sleep, Wi-Fi): test a pooled one before use.
        pool_pre_ping=True,
    )


def connection_failure(where: str, error: DBAPIError, password_given: bool) -> DatabaseError:
    """What a failed connection means to the user, from libpq's own words."""
    reason = server_reason(error)
    lowered = reason.lower()
    if "password authentication failed" in lowered:
        # Refused, whether typed or found by libpq (PGPASSWORD, ~/.pgpass): say so.
        return PasswordError(where, wrong=True)
    if "password" in lowered and any(words in lowered for words in PASSWORD_REFUSED):
        return PasswordError(where, wrong=password_given)
    missing = re.search(r'database "([^"]+)" does not exist', reason)
    if missing:
        return NoServerDatabaseError(where, missing.group(1))
    return ServerUnreachableError(where, reason, saving=False)


def server_reason(error: BaseException) -> str:
    """The server's or libpq's first line, without SQLAlchemy's SQL echo."""
    original = getattr(error, "orig", None) or error
    return (str(original).strip().splitlines() or [type(original).__name__])[0]


def open_team_database(
    address: ServerAddress,
    cards: CardLibrary,
    today: Callable[[], date] = date.today,
    *,
    password: str | None = None,
) -> TeamDatabase:
    """Connect to the team database at `address`, at the schema this program knows.

    PasswordError when the server wants a password (again); ServerUnreachableError,
    NotTeamDatabaseError (none or an older schema: the owner runs `team init`) and
    NewerSchemaError say the rest. Nothing on the server is changed but, on the
    login's first connection, the key of its outbox on the laptop (`outbox_key`).
    """
    engine = create_server_engine(address, password)
    where = address.display()
    try:
        with engine.connect() as connection:
            revision = schema.current_revision(connection)
    except DBAPIError as error:
        engine.dispose()
        if sqlstate(error) in NOT_ALLOWED:  # connected, but a member of no unit
            raise NoAccessError(address.login, where) from error
        raise connection_failure(where, error, password is not None) from error
    except SQLAlchemyError as error:
        engine.dispose()
        raise ServerUnreachableError(where, server_reason(error), saving=False) from error
    head = schema.head_revision()
    if revision != head:
        engine.dispose()
        if revision is not None and revision not in schema.known_revisions():
            raise NewerSchemaError(where, revision, head)
        raise NotTeamDatabaseError(where, revision, head)
    database = TeamDatabase(address, engine, cards, today)
    database.outbox_key = _outbox_key(engine)
    return database


def _outbox_key(engine: Engine) -> str | None:
    """The login's outbox key, drawn and kept on the server on its first connection
    (migration 0009); None for a login that may keep none (an admin fills in no card)."""
    read = text("SELECT key FROM outbox_keys WHERE login = current_user")
    may = text("SELECT has_table_privilege('outbox_keys', 'SELECT, INSERT')")
    try:
        with engine.begin() as connection:
            if not connection.execute(may).scalar():
                return None  # asked first, so that an admin's start logs no error on the server
            key = connection.execute(read).scalar()
            if key is None:
                connection.execute(
                    text(
                        "INSERT INTO outbox_keys (login, key, created_at) "
                        "VALUES (current_user, :key, :now) ON CONFLICT (login) DO NOTHING"
                    ),
                    {"key": secrets.token_hex(32), "now": datetime.now(UTC).replace(tzinfo=None)},
                )
                key = connection.execute(read).scalar()
    except DBAPIError:
        return None
    return None if key is None else str(key)


class TeamDatabase(Database):
    """A team database: the same transactions, a server's failures."""

    def __init__(
        self,
        address: ServerAddress,
        engine: Engine,
        cards: CardLibrary,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(address, engine, cards, today)
        # The edit history's "by whom" is the login the server knows.
        self.editor = Editor(address.login, default_editor().source)
        self.outbox_key: str | None = None
        """The key of this login's outbox on the laptop (None: it keeps none)."""

    def _failure(self, error: DBAPIError) -> DatabaseError:
        reason = server_reason(error)
        lowered = reason.lower()
        if "uq_participants_code" in lowered:
            # The code exists in a unit this login does not see (its own are checked first).
            return CodeTakenError(self.where, reason)
        if any(words in lowered for words in UNREACHABLE):
            return ServerUnreachableError(self.where, reason)
        if "row-level security" in lowered or "permission denied" in lowered:
            return AccessRefusedError(self.where, reason)
        return SaveFailedError(self.where, reason)
