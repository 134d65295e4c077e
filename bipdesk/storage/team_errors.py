"""Refusals of a team database's access rules, as sentences naming what and who.

The server enforces the rules (migration 0008: row-level security and the
`bipdesk_…` functions, which raise SQLSTATEs BD001–BD005); these errors say
in the user's words what was refused, never the server's SQL.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError

from bipdesk.messages import QT_TRANSLATE_NOOP, Message
from bipdesk.storage.errors import DatabaseError

NOT_ALLOWED = ("BD001", "42501")
"""The definer functions' refusal, and PostgreSQL's (privileges, row-level security)."""
NO_LOGIN = "BD002"
NO_UNIT = "BD003"
NO_MEMBERSHIP = "BD004"
NOT_A_ROLE = "BD005"
UNIQUE_VIOLATION = "23505"


def sqlstate(error: DBAPIError) -> str | None:
    """The server's error code (psycopg's `sqlstate`), None when there is none."""
    code = getattr(error.orig, "sqlstate", None)
    return code if isinstance(code, str) else None


class TeamAccessError(DatabaseError):
    """A team database refused a change or a look-up; nothing was changed."""


class NotOwnerError(TeamAccessError):
    """`team init` run by a login that does not own the database."""

    def __init__(self, login: str, database: str, owner: str) -> None:
        self.login = login
        self.owner = owner
        super().__init__(
            QT_TRANSLATE_NOOP(
                "team",
                "{login} does not own database {database}; its owner {owner} runs 'team init' "
                "(nothing was changed)",
            ).format(login=login, database=database, owner=owner)
        )


class MissingRolesError(TeamAccessError):
    """The group roles are missing and the owner may not create them."""

    def __init__(self, login: str, roles: Sequence[str]) -> None:
        self.login = login
        self.roles = tuple(roles)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "team",
                "{login} may not create the roles {roles}: give the owner login CREATEROLE, or "
                "have a superuser create them (CREATE ROLE … NOLOGIN); nothing else was changed",
            ).format(login=login, roles=", ".join(roles))
        )


class NoAccessError(TeamAccessError):
    """The login may not even read the team database: it belongs to no unit."""

    def __init__(self, login: str, where: str) -> None:
        self.login = login
        super().__init__(
            QT_TRANSLATE_NOOP(
                "team",
                "{login} has no access to {where}; a lead of a unit or an admin adds the login "
                "to a unit ('bipdesk team add-member')",
            ).format(login=login, where=where)
        )


class NotAllowedError(TeamAccessError):
    """The login's units and roles do not allow it (the reason names both)."""


class UnknownLoginError(TeamAccessError):
    def __init__(self, login: str) -> None:
        self.login = login
        super().__init__(
            QT_TRANSLATE_NOOP(
                "team",
                "there is no login {login} on the server; the IT department creates personal "
                "logins (CREATE ROLE {login} LOGIN) before they are added to a unit",
            ).format(login=login)
        )


class UnknownUnitError(TeamAccessError):
    def __init__(self, unit: str) -> None:
        self.unit = unit
        super().__init__(
            QT_TRANSLATE_NOOP(
                "team",
                "there is no unit {unit}; an admin creates it by adding its first member",
            ).format(unit=unit)
        )


class NotMemberError(TeamAccessError):
    def __init__(self, login: str, unit: str | None) -> None:
        self.login = login
        self.unit = unit
        super().__init__(
            QT_TRANSLATE_NOOP("team", "{login} is not a member of unit {unit}").format(
                login=login, unit=unit
            )
            if unit is not None
            else QT_TRANSLATE_NOOP("team", "{login} is not an admin").format(login=login)
        )


class UnknownRoleError(TeamAccessError):
    def __init__(self, role: str) -> None:
        self.role = role
        super().__init__(
            QT_TRANSLATE_NOOP(
                "team", "{role} is not a role; a role is coordinator, lead or admin"
            ).format(role=role)
        )


class UnknownParticipantError(TeamAccessError):
    def __init__(self, code: str, login: str) -> None:
        self.code = code
        super().__init__(
            QT_TRANSLATE_NOOP(
                "team", "there is no participant {code} in the units of {login}"
            ).format(code=code, login=login)
        )


class CodesTakenError(TeamAccessError):
    """copy-to: participant codes of the file exist in the team database already."""

    def __init__(self, where: str, codes: Sequence[str]) -> None:
        self.codes = tuple(codes)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "team",
                "{where} has participants with the codes {codes} already; nothing was copied "
                "(change the codes in the file, or erase the copies there first)",
            ).format(where=where, codes=", ".join(codes))
        )


def refusal(
    error: DBAPIError,
    not_allowed: Message,
    *,
    login: str = "",
    unit: str | None = None,
    role: str = "",
) -> TeamAccessError | None:
    """The refusal `error` means, in words; None when it is no refusal of the rules."""
    code = sqlstate(error)
    if code in NOT_ALLOWED:
        return NotAllowedError(not_allowed)
    if code == NO_LOGIN:
        return UnknownLoginError(login)
    if code == NO_UNIT:
        return UnknownUnitError(unit or "")
    if code == NO_MEMBERSHIP:
        return NotMemberError(login, unit)
    if code == NOT_A_ROLE:
        return UnknownRoleError(role)
    return None
