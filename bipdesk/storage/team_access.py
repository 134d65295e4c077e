"""Who may do what in a team database: `team init`, members, units and hand-overs.

The rules themselves live in the database (migration 0008: row-level security
and SECURITY DEFINER functions), so that they hold for every client; this
module asks the server to act and turns its refusals into sentences naming
what and who (bipdesk.storage.team_errors). `team init` is the owner's: it
migrates the schema through the whole chain and creates the group roles and
their grants, which a migration cannot (roles belong to the cluster).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Row, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from bipdesk.messages import QT_TRANSLATE_NOOP, Message
from bipdesk.storage import schema
from bipdesk.storage.database import Database
from bipdesk.storage.errors import DatabaseError, SaveFailedError
from bipdesk.storage.models import Base
from bipdesk.storage.server_address import ServerAddress
from bipdesk.storage.team_database import (
    ServerUnreachableError,
    connection_failure,
    create_server_engine,
    server_reason,
)
from bipdesk.storage.team_errors import (
    MissingRolesError,
    NotAllowedError,
    NotOwnerError,
    TeamAccessError,
    UnknownParticipantError,
    UnknownRoleError,
    UnknownUnitError,
    refusal,
)

ROLES = ("coordinator", "lead", "admin")
GROUP_ROLES = {role: f"bipdesk_{role}" for role in ROLES}
"""The group role each kind of member is granted (NOLOGIN; `team init` makes them)."""

TEAM_TABLES = ("units", "unit_member")
SCHEMA_TABLE = "alembic_version"
FUNCTIONS = (
    "bipdesk_is_owner(text)",
    "bipdesk_units_of(text)",
    "bipdesk_leads(text, text)",
    "bipdesk_has_role(text, text)",
    "bipdesk_is_member(text)",
    "bipdesk_has_participant(text)",
    "bipdesk_taken_codes(text[])",
    "bipdesk_unit_guard()",
    "bipdesk_handover(text, text)",
    "bipdesk_add_member(text, text, text)",
    "bipdesk_remove_member(text, text)",
)
"""What the members call (the policies call the first six as the member)."""


def personal_tables() -> tuple[str, ...]:
    """Every table but the team's and the schema's: participants and all that hangs off them."""
    return tuple(name for name in Base.metadata.tables if name not in (*TEAM_TABLES, SCHEMA_TABLE))


@dataclass(frozen=True)
class Membership:
    """One unit a login belongs to, and as what (an admin's has no unit)."""

    unit: str | None
    role: str


@dataclass(frozen=True)
class Member:
    login: str
    unit: str | None
    role: str


@dataclass(frozen=True)
class InitReport:
    """What `team init` did: the schema before and after, the group roles it created."""

    revision_before: str | None
    revision_after: str
    roles_created: tuple[str, ...]


def owner_engine(address: ServerAddress, password: str | None = None) -> Engine:
    """An engine on `address` that has answered once (PasswordError, ServerUnreachableError)."""
    engine = create_server_engine(address, password)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as error:
        engine.dispose()
        raise connection_failure(address.display(), error, password is not None) from error
    return engine


def team_init(engine: Engine, where: str) -> InitReport:
    """Make the database behind `engine` (connected as its owner) a team database, or
    bring an older one up to date: the migration chain, the group roles, the grants.

    Running it again changes nothing that is already right.
    """
    try:
        with engine.connect() as connection:
            _check_owner(connection)
            before = schema.current_revision(connection)
            connection.commit()
            schema.upgrade_schema(connection)
            with connection.begin():
                created = _create_roles(connection)
                _grant(connection)
            after = schema.current_revision(connection)
    except DBAPIError as error:
        raise team_failure(where, error) from error
    return InitReport(before, after or schema.head_revision(), created)


def _check_owner(connection: Connection) -> None:
    row = connection.execute(
        text(
            "SELECT current_user, current_database(), pg_get_userbyid(datdba) "
            "FROM pg_database WHERE datname = current_database()"
        )
    ).one()
    connection.commit()
    login, database, owner = (str(value) for value in row)
    if login != owner:
        raise NotOwnerError(login, database, owner)


def _create_roles(connection: Connection) -> tuple[str, ...]:
    existing = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY (:names)"),
            {"names": list(GROUP_ROLES.values())},
        ).scalars()
    )
    missing = [name for name in GROUP_ROLES.values() if name not in existing]
    if missing:
        may = connection.execute(
            text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar()
        if not may:
            raise MissingRolesError(
                str(connection.execute(text("SELECT current_user")).scalar()), missing
            )
    for name in missing:
        connection.exec_driver_sql(f'CREATE ROLE "{name}" NOLOGIN')
    return tuple(missing)


def _grant(connection: Connection) -> None:
    """The grants of the three group roles; PUBLIC gets nothing."""
    personal = ", ".join(personal_tables())
    team = ", ".join(TEAM_TABLES)
    coordinator, lead, admin = (f'"{GROUP_ROLES[role]}"' for role in ROLES)
    everyone = f"{coordinator}, {lead}, {admin}"
    statements = [
        f"REVOKE ALL ON {personal}, {team}, {SCHEMA_TABLE} FROM PUBLIC",
        f"GRANT SELECT ON {SCHEMA_TABLE} TO {everyone}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {personal} TO {coordinator}, {lead}",
        f"GRANT SELECT ON {team} TO {coordinator}",
        f"GRANT SELECT ON units TO {lead}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON unit_member TO {lead}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {team} TO {admin}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}",
        f"GRANT EXECUTE ON FUNCTION {', '.join(FUNCTIONS)} TO {everyone}",
    ]
    for statement in statements:
        connection.exec_driver_sql(statement)


def team_failure(where: str, error: DBAPIError) -> DatabaseError:
    refused = refusal(
        error,
        QT_TRANSLATE_NOOP("team", "the server refused: {reason}; nothing was changed").format(
            reason=server_reason(error)
        ),
    )
    if refused is not None:
        return refused
    if error.connection_invalidated:
        return ServerUnreachableError(where, server_reason(error))
    return SaveFailedError(where, server_reason(error))


def team_address(db: Database) -> ServerAddress:
    if db.server is None:
        raise TeamAccessError(
            QT_TRANSLATE_NOOP(
                "team",
                "{where} is a file; team commands work on a team database "
                "(--db postgresql://LOGIN@HOST/DATABASE)",
            ).format(where=db.where)
        )
    return db.server


def my_memberships(db: Database) -> list[Membership]:
    """The units the login belongs to, and as what (admin first, then by unit)."""
    team_address(db)
    rows = _read(
        db,
        "SELECT unit, role FROM unit_member WHERE login = current_user ORDER BY unit NULLS FIRST",
    )
    return [Membership(row.unit, row.role) for row in rows]


def taken_codes(db: Database, codes: Iterable[str]) -> frozenset[str]:
    """Which of `codes` exist in the team database, in any unit (those of units the
    login cannot see too): a new participant with one of them would be refused."""
    wanted = sorted(set(codes))
    if not wanted:
        return frozenset()
    rows = _read(db, "SELECT bipdesk_taken_codes(:codes)", {"codes": wanted})
    return frozenset(str(row[0]) for row in rows)


def units(db: Database) -> list[str]:
    """Every unit's name (every member may read them: the targets of a hand-over)."""
    team_address(db)
    return [row.name for row in _read(db, "SELECT name FROM units ORDER BY name")]


def members(db: Database) -> list[Member]:
    """The members the login may see: their own rows, their units' as a lead, all as admin."""
    team_address(db)
    rows = _read(
        db, "SELECT login, unit, role FROM unit_member ORDER BY unit NULLS FIRST, role, login"
    )
    return [Member(row.login, row.unit, row.role) for row in rows]


def visible_counts(db: Database) -> tuple[int, int]:
    """How many participants and measurements the login sees (`check` on a team database)."""
    team_address(db)
    participants, measurements = tuple(
        _read(
            db, "SELECT (SELECT count(*) FROM participants), (SELECT count(*) FROM measurements)"
        )[0]
    )
    return int(participants), int(measurements)


def add_unit(db: Database, name: str) -> None:
    """Create unit `name` (an admin or the owner); nothing when it exists."""
    address = team_address(db)
    _write(
        db,
        "INSERT INTO units (name, created_at) VALUES (:name, now() AT TIME ZONE 'UTC') "
        "ON CONFLICT (name) DO NOTHING",
        {"name": name},
        QT_TRANSLATE_NOOP(
            "team", "{login} may not create unit {unit}; only an admin creates units"
        ).format(login=address.login, unit=name),
    )


def add_member(db: Database, login: str, unit: str | None, role: str) -> bool:
    """Make `login` a member of `unit` as `role` (a changed role replaces the old one) and
    grant it the group role. A unit that does not exist yet is created when the caller
    may create units (an admin, the owner). True when the unit was created."""
    address = team_address(db)
    if role not in ROLES:
        raise UnknownRoleError(role)
    created = False
    if role == "admin":
        unit = None
    elif unit is None:
        raise TeamAccessError(
            QT_TRANSLATE_NOOP("team", "a {role} belongs to a unit: name it with --unit").format(
                role=role
            )
        )
    elif unit not in units(db):
        add_unit(db, unit)
        created = True
    not_allowed = (
        QT_TRANSLATE_NOOP("team", "{caller} is not an admin; only an admin adds admins").format(
            caller=address.login
        )
        if unit is None
        else QT_TRANSLATE_NOOP(
            "team",
            "{caller} is neither a lead of unit {unit} nor an admin; only they add members to it",
        ).format(caller=address.login, unit=unit)
    )
    _write(
        db,
        "SELECT bipdesk_add_member(:login, :unit, :role)",
        {"login": login, "unit": unit, "role": role},
        not_allowed,
        login=login,
        unit=unit,
        role=role,
    )
    return created


def remove_member(db: Database, login: str, unit: str | None) -> None:
    """End `login`'s membership of `unit` (None: as admin); its group role goes with the
    last membership of that role."""
    address = team_address(db)
    not_allowed = (
        QT_TRANSLATE_NOOP("team", "{caller} is not an admin; only an admin removes admins").format(
            caller=address.login
        )
        if unit is None
        else QT_TRANSLATE_NOOP(
            "team",
            "{caller} is neither a lead of unit {unit} nor an admin; only they remove its members",
        ).format(caller=address.login, unit=unit)
    )
    _write(
        db,
        "SELECT bipdesk_remove_member(:login, :unit)",
        {"login": login, "unit": unit},
        not_allowed,
        login=login,
        unit=unit,
    )


def handover(db: Database, code: str, to_unit: str) -> str:
    """Hand participant `code` over to unit `to_unit`; the unit it left. Only a lead of the
    participant's unit may (the server checks; the edit history records the move)."""
    address = team_address(db)
    rows = _read(db, "SELECT unit FROM participants WHERE code = :code", {"code": code})
    if not rows:
        raise UnknownParticipantError(code, address.login)
    from_unit = str(rows[0].unit)
    if to_unit not in units(db):
        raise UnknownUnitError(to_unit)
    if from_unit == to_unit:
        raise TeamAccessError(
            QT_TRANSLATE_NOOP("team", "participant {code} is in unit {unit} already").format(
                code=code, unit=to_unit
            )
        )
    _write(
        db,
        "SELECT bipdesk_handover(:code, :unit)",
        {"code": code, "unit": to_unit},
        QT_TRANSLATE_NOOP(
            "team",
            "{caller} is not a lead of unit {unit}; only a lead hands participants over",
        ).format(caller=address.login, unit=from_unit),
        unit=to_unit,
    )
    return from_unit


def _read(db: Database, statement: str, values: dict[str, object] | None = None) -> list[Row[Any]]:
    try:
        with db.engine.connect() as connection:
            return list(connection.execute(text(statement), values or {}))
    except DBAPIError as error:
        raise team_failure(db.where, error) from error
    except SQLAlchemyError as error:
        raise ServerUnreachableError(db.where, server_reason(error), saving=False) from error


def _write(
    db: Database,
    statement: str,
    values: dict[str, object],
    not_allowed: Message,
    *,
    login: str = "",
    unit: str | None = None,
    role: str = "",
) -> None:
    try:
        with db.engine.begin() as connection:
            connection.execute(text(statement), values)
    except DBAPIError as error:
        refused = refusal(error, not_allowed, login=login, unit=unit, role=role)
        raise (refused or team_failure(db.where, error)) from error


__all__ = [
    "GROUP_ROLES",
    "ROLES",
    "InitReport",
    "Member",
    "Membership",
    "NotAllowedError",
    "add_member",
    "add_unit",
    "handover",
    "members",
    "my_memberships",
    "owner_engine",
    "remove_member",
    "team_init",
    "units",
    "visible_counts",
]
