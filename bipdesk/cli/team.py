"""`bipdesk --db URL team …` and `bipdesk --db FILE copy-to URL --unit U` (DESIGN §11).

The team commands work on a team database only: `init` as the database's
owner (migrates, creates the group roles and their grants), `add-member`,
`remove-member`, `members` and `handover` as whoever runs them — the server
decides what their login may do (row-level security, migration 0008), and a
refusal says who may. `copy-to` moves a laptop file's participants into a
team database, all or nothing; the file stays as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from bipdesk.cli.errors import CliError, existing_database
from bipdesk.cli.opening import ask_password, database_location, open_for_command
from bipdesk.messages import QT_TRANSLATE_NOOP, Message, Number, counted, said

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bipdesk.storage.server_address import ServerAddress
    from bipdesk.storage.team_access import Member

ROLES = ("coordinator", "lead", "admin")


def add_team(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Manage a team database on a PostgreSQL server (--db postgresql://LOGIN@HOST/DATABASE): "
        "its owner runs init; leads and admins manage members; a lead hands participants over."
    )
    actions = parser.add_subparsers(
        dest="team_action", metavar="ACTION", required=True, parser_class=type(parser)
    )
    init = actions.add_parser(
        "init",
        help="as the database's owner: create or upgrade the schema, the group roles "
        "and the access rules (safe to run again)",
    )
    init.set_defaults(run=_run_init)
    add = actions.add_parser(
        "add-member",
        help="give LOGIN a role in a unit (an admin's first member of a new unit creates it)",
    )
    add.add_argument("login", metavar="LOGIN", help="the person's PostgreSQL login")
    add.add_argument("--unit", help="the unit (not for an admin)")
    add.add_argument("--role", choices=ROLES, required=True, help="what LOGIN may do")
    add.set_defaults(run=_run_add)
    remove = actions.add_parser("remove-member", help="end LOGIN's membership of a unit")
    remove.add_argument("login", metavar="LOGIN")
    remove.add_argument("--unit", help="the unit (leave out to remove an admin)")
    remove.set_defaults(run=_run_remove)
    listing = actions.add_parser("members", help="list the members your login may see")
    listing.set_defaults(run=_run_members)
    hand = actions.add_parser(
        "handover", help="as a lead: move participant CODE to another unit, with everything"
    )
    hand.add_argument("code", metavar="CODE")
    hand.add_argument("--to", dest="to_unit", metavar="UNIT", required=True)
    hand.set_defaults(run=_run_handover)


def add_copy_to(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Move every participant of the database file (--db) into a team database, all or "
        "nothing: measurements, history, drafts, activities, exit surveys and record keys "
        "kept; refused when a participant code exists there already. The file is left as it was."
    )
    parser.add_argument("url", metavar="URL", help="the team database, postgresql://LOGIN@HOST/DB")
    parser.add_argument("--unit", required=True, help="the unit every participant joins")
    parser.set_defaults(run=_run_copy_to)


def _server(args: argparse.Namespace) -> ServerAddress:
    location = database_location(args)
    if isinstance(location, Path):
        raise CliError(
            QT_TRANSLATE_NOOP(
                "cli",
                "{path} is a file; the team commands work on a team database "
                "(--db postgresql://LOGIN@HOST/DATABASE)",
            ).format(path=location)
        )
    return location


def _say(message: Message, args: argparse.Namespace) -> None:
    print(said(message, args.lang))


def _owner_engine(address: ServerAddress) -> Engine:
    """An engine as the owner, asking for the password on the terminal when libpq has none."""
    from bipdesk.storage.team_access import owner_engine
    from bipdesk.storage.team_database import PasswordError

    password: str | None = None
    while True:
        try:
            return owner_engine(address, password)
        except PasswordError as error:
            password = ask_password(address, error.wrong)
            if password is None:
                raise


def _run_init(args: argparse.Namespace) -> int:
    from bipdesk.storage.team_access import team_init

    address = _server(args)
    engine = _owner_engine(address)
    try:
        report = team_init(engine, address.display())
    finally:
        engine.dispose()
    _say(
        QT_TRANSLATE_NOOP("cli", "{where} is a BIP Desk team database at schema {revision}").format(
            where=address.display(), revision=report.revision_after
        ),
        args,
    )
    if report.roles_created:
        _say(
            QT_TRANSLATE_NOOP("cli", "created the group roles {roles}").format(
                roles=", ".join(report.roles_created)
            ),
            args,
        )
    _say(
        QT_TRANSLATE_NOOP(
            "cli",
            "next: add an admin or the units' members with 'bipdesk --db {url} team add-member "
            "LOGIN --unit UNIT --role coordinator|lead|admin'",
        ).format(url=address.url()),
        args,
    )
    return 0


def _run_add(args: argparse.Namespace) -> int:
    from bipdesk.storage.team_access import add_member

    with open_for_command(_server(args)) as db:
        created = add_member(db, args.login, args.unit, args.role)
    if created:
        _say(QT_TRANSLATE_NOOP("cli", "created unit {unit}").format(unit=args.unit), args)
    _say(_membership(args.login, args.unit, args.role, now=True), args)
    return 0


def _membership(login: str, unit: str | None, role: str, *, now: bool = False) -> Message:
    if role == "admin":
        return (
            QT_TRANSLATE_NOOP(
                "cli", "{login} is now an admin: manages units and members, sees no participant"
            )
            if now
            else QT_TRANSLATE_NOOP("cli", "{login}: admin")
        ).format(login=login)
    if role == "lead":
        return (
            QT_TRANSLATE_NOOP("cli", "{login} is now a lead of unit {unit}")
            if now
            else QT_TRANSLATE_NOOP("cli", "{login}: lead of unit {unit}")
        ).format(login=login, unit=unit or "")
    return (
        QT_TRANSLATE_NOOP("cli", "{login} is now a coordinator of unit {unit}")
        if now
        else QT_TRANSLATE_NOOP("cli", "{login}: coordinator of unit {unit}")
    ).format(login=login, unit=unit or "")


def _run_remove(args: argparse.Namespace) -> int:
    from bipdesk.storage.team_access import remove_member

    with open_for_command(_server(args)) as db:
        remove_member(db, args.login, args.unit)
    _say(
        QT_TRANSLATE_NOOP("cli", "{login} is no longer a member of unit {unit}").format(
            login=args.login, unit=args.unit
        )
        if args.unit is not None
        else QT_TRANSLATE_NOOP("cli", "{login} is no longer an admin").format(login=args.login),
        args,
    )
    return 0


def _run_members(args: argparse.Namespace) -> int:
    from bipdesk.storage.team_access import members

    with open_for_command(_server(args)) as db:
        found: list[Member] = members(db)
    if not found:
        _say(QT_TRANSLATE_NOOP("cli", "no members that your login may see"), args)
    for member in found:
        _say(_membership(member.login, member.unit, member.role), args)
    return 0


def _run_handover(args: argparse.Namespace) -> int:
    from bipdesk.storage.team_access import handover

    with open_for_command(_server(args)) as db:
        left = handover(db, args.code, args.to_unit)
    _say(
        QT_TRANSLATE_NOOP(
            "cli", "participant {code} is handed over from unit {from_unit} to unit {to_unit}"
        ).format(code=args.code, from_unit=left, to_unit=args.to_unit),
        args,
    )
    return 0


def _run_copy_to(args: argparse.Namespace) -> int:
    from bipdesk.storage.errors import NoFileError
    from bipdesk.storage.server_address import parse_server_address
    from bipdesk.storage.team_copy import copy_to_team

    location = database_location(args)
    if not isinstance(location, Path):
        raise NoFileError(location.display())
    path = existing_database(location)
    address = parse_server_address(args.url)
    with (
        open_for_command(path, read_only_when_held=True) as laptop,
        open_for_command(address) as server,
    ):
        report = copy_to_team(laptop, server, args.unit)
    _say(
        counted(
            report.participants,
            QT_TRANSLATE_NOOP(
                "cli",
                "copied {count} participant with {measurements} measurements from {path} to "
                "unit {unit} of {where}; the file is unchanged",
            ),
            QT_TRANSLATE_NOOP(
                "cli",
                "copied {count} participants with {measurements} measurements from {path} to "
                "unit {unit} of {where}; the file is unchanged",
            ),
            measurements=Number(report.measurements),
            path=path,
            unit=args.unit,
            where=address.display(),
        ),
        args,
    )
    return 0


def run_team_check(args: argparse.Namespace, address: ServerAddress) -> int:
    """`bipdesk --db URL check`: the team database answers, at this program's schema."""
    from bipdesk.storage.team_access import visible_counts

    with open_for_command(address) as db:
        participants, measurements = visible_counts(db)
        revision = db.schema_revision
    _say(
        QT_TRANSLATE_NOOP(
            "cli",
            "{where}: BIP Desk team database at schema {revision}; your login sees "
            "{participants} participants and {measurements} measurements",
        ).format(
            where=address.display(),
            revision=revision or "",
            participants=Number(participants),
            measurements=Number(measurements),
        ),
        args,
    )
    return 0
