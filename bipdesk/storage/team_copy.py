"""Moving a laptop database into a team database (`bipdesk --db FILE copy-to URL --unit U`).

All or nothing, in one server transaction: every participant of the file
with everything that hangs off them — measurements and answers, the
coordinator's views, drafts, activities, the exit survey, the edit history,
the settings about them — and their record keys (the cell key method needs
the same key for life). Rows get new ids on the server; the references
between them follow. Every participant gets the unit named, and the move is
recorded in their edit history. A participant code that exists in the team
database already (in any unit) refuses the whole copy, naming the codes. The
file is only read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, insert, select, text
from sqlalchemy.exc import DBAPIError

from bipdesk.core.history import Subject, participant_field
from bipdesk.messages import QT_TRANSLATE_NOOP, Message
from bipdesk.storage.database import Database
from bipdesk.storage.models import Base
from bipdesk.storage.settings_repository import PARTICIPANT_SETTING_PREFIX
from bipdesk.storage.team_access import team_address, team_failure
from bipdesk.storage.team_errors import (
    CodesTakenError,
    NotAllowedError,
    UnknownUnitError,
    refusal,
)

SOURCE = "copy-to"
"""The edit history's "from where" of the unit each copied participant got."""

BY_PARTICIPANT = ("drafts", "activities", "survey_answers", "edits")
BY_MEASUREMENT = ("answers", "measurement_reviews", "coordinator_values")
COPIED = ("participants", "measurements", *BY_MEASUREMENT, *BY_PARTICIPANT, "settings")
NOT_COPIED = ("units", "unit_member", "outbox_keys")
"""A file's own units and members mean nothing on the server (a file has none), and
outbox keys are each login's own."""


@dataclass(frozen=True)
class CopyReport:
    """How many rows of each table went to the team database."""

    unit: str
    rows: dict[str, int]

    @property
    def participants(self) -> int:
        return self.rows.get("participants", 0)

    @property
    def measurements(self) -> int:
        return self.rows.get("measurements", 0)


def copy_to_team(source: Database, target: Database, unit: str) -> CopyReport:
    """Copy every participant of the file `source` into the team database `target`,
    all of them in `unit`; CodesTakenError (nothing copied) when a code exists there."""
    source.path  # noqa: B018  (NoFileError: a team database is no file to copy from)
    address = team_address(target)
    rows = _read_file(source)
    codes = [row["code"] for row in rows["participants"]]
    not_allowed = QT_TRANSLATE_NOOP(
        "team",
        "{login} is not a coordinator or lead of unit {unit}; nothing was copied",
    ).format(login=address.login, unit=unit)
    try:
        with target.engine.begin() as server:
            _check_unit(server, unit, not_allowed)
            found = server.execute(text("SELECT bipdesk_taken_codes(:codes)"), {"codes": codes})
            taken = list(found.scalars())
            if taken:
                raise CodesTakenError(target.where, taken)
            counts = _write(server, rows, unit, address.login)
    except DBAPIError as error:
        refused = refusal(error, not_allowed, unit=unit)
        raise (refused or team_failure(target.where, error)) from error
    return CopyReport(unit, counts)


def _check_unit(server: Connection, unit: str, not_allowed: Message) -> None:
    """The unit exists and the login may add participants to it (else nothing is read)."""
    if server.execute(text("SELECT 1 FROM units WHERE name = :u"), {"u": unit}).first() is None:
        raise UnknownUnitError(unit)
    may = server.execute(
        text(
            "SELECT bipdesk_is_owner(current_user) OR :u IN (SELECT bipdesk_units_of(current_user))"
        ),
        {"u": unit},
    )
    if not may.scalar():
        raise NotAllowedError(not_allowed)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _read_file(source: Database) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    with source.engine.connect() as file:
        for name in COPIED:
            table = _table(name)
            statement = select(table)
            if name == "settings":
                statement = statement.where(table.c.key.startswith(PARTICIPANT_SETTING_PREFIX))
            primary = list(table.primary_key.columns)
            rows[name] = [dict(row._mapping) for row in file.execute(statement.order_by(*primary))]
    codes = {row["code"] for row in rows["participants"]}
    rows["settings"] = [
        row
        for row in rows["settings"]
        if row["key"][len(PARTICIPANT_SETTING_PREFIX) :].split("/", 1)[0] in codes
    ]
    return rows


def _insert_with_new_ids(
    server: Connection, name: str, rows: list[dict[str, Any]]
) -> dict[int, int]:
    """Insert `rows` without their ids; the server's new id of each old one."""
    if not rows:
        return {}
    table = _table(name)
    old_ids = [row.pop("id") for row in rows]
    new_ids = server.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    ).scalars()
    return dict(zip(old_ids, new_ids, strict=True))


def _remapped(
    rows: Iterable[dict[str, Any]], column: str, new_ids: dict[int, int]
) -> list[dict[str, Any]]:
    return [{**row, column: None if row[column] is None else new_ids[row[column]]} for row in rows]


def _write(
    server: Connection, rows: dict[str, list[dict[str, Any]]], unit: str, login: str
) -> dict[str, int]:
    old_units = {row["id"]: row["unit"] for row in rows["participants"]}
    participants = _insert_with_new_ids(
        server, "participants", [{**row, "unit": unit} for row in rows["participants"]]
    )
    measurements = _insert_with_new_ids(
        server, "measurements", _remapped(rows["measurements"], "participant_id", participants)
    )
    for name in BY_MEASUREMENT:
        _insert(server, name, _remapped(rows[name], "measurement_id", measurements))
    for name in BY_PARTICIPANT:
        moved = _remapped(rows[name], "participant_id", participants)
        if name == "drafts":
            moved = _remapped(moved, "measurement_id", measurements)
        if name in ("activities", "edits"):
            for row in moved:
                row.pop("id")
        _insert(server, name, moved)
    _insert(server, "settings", rows["settings"])
    now = datetime.now(UTC)
    _insert(
        server,
        "edits",
        [
            {
                "participant_id": participants[old_id],
                "changed_at": now,
                "editor": login,
                "source": SOURCE,
                "subject": Subject.PARTICIPANT.value,
                "field": participant_field("unit"),
                "old_value": old_unit,
                "new_value": unit,
                "measurement_date": None,
                "card_id": None,
                "card_version": None,
            }
            for old_id, old_unit in old_units.items()
            if old_unit != unit
        ],
    )
    return {name: len(rows[name]) for name in COPIED}


def _insert(server: Connection, name: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        server.execute(insert(_table(name)), rows)
