"""The `unit` column on a team database (issue 21): every participant belongs to one
of the login's units, and a stored participant changes unit only by a hand-over.

The server refuses any other row (row-level security) but only when the import
writes, with one sentence for the whole file; here the plan finds each such row
first, so that the dry run and the import window's preview name file, row and
column, and a file without a `unit` column puts new participants into the
login's unit. On a laptop file the unit stays free text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bipdesk.core.participants import Participant
from bipdesk.core.swedish_order import sort_key
from bipdesk.io.import_columns import column_name
from bipdesk.io.import_problems import Problems
from bipdesk.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from bipdesk.storage.database import Database

UNIT_SETTING = "unit_name"
"""The project settings' unit (Settings → Unit; the same key the reports read)."""
UNIT_ROLES = ("coordinator", "lead")
"""The memberships whose unit the login may write participants into."""


def _same(text: str) -> str:
    """A unit's name as compared: case and spacing do not tell units apart."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class TeamUnits:
    """The login's units, read once per import, and the unit a new participant gets."""

    units: tuple[str, ...]
    default: str | None
    """The login's only unit, or the settings' unit when it is one of them."""
    taken: frozenset[str] = frozenset()
    """The file's codes that exist in the team database, in any unit."""

    def match(self, text: str) -> str | None:
        """The login's unit `text` names, spelled as stored (None: not one of them)."""
        wanted = _same(text)
        return next((unit for unit in self.units if _same(unit) == wanted), None)

    @property
    def listed(self) -> str:
        return ", ".join(self.units)


def team_units(database: Database, codes: Iterable[str] = ()) -> TeamUnits | None:
    """The login's units on a team database, and which of the file's `codes` are taken
    (in any unit); None for a laptop file, and for a login in no unit (the owner
    passes every rule; the server answers anyone else)."""
    if database.server is None:
        return None
    from bipdesk.storage.team_access import my_memberships, taken_codes

    found = {m.unit for m in my_memberships(database) if m.unit and m.role in UNIT_ROLES}
    if not found:
        return None
    units = tuple(sorted(found, key=sort_key))
    taken = taken_codes(database, codes)
    if len(units) == 1:
        return TeamUnits(units, units[0], taken)
    with database.transaction(write=False) as repository:
        named = repository.get_setting(UNIT_SETTING, "")
    team = TeamUnits(units, None)
    return TeamUnits(units, team.match(named) if isinstance(named, str) else None, taken)


@dataclass(frozen=True)
class UnitCell:
    """The participant's `unit` as the file gives it (None: no column, or empty cells)."""

    text: str | None
    row: int
    """The cell's row, or the participant's first row when the file gives none."""


def settled_unit(
    team: TeamUnits, code: str, cell: UnitCell, existing: Participant | None, problems: Problems
) -> str | None:
    """The unit the participant gets (None: the stored one stays), or a problem."""
    if existing is not None:
        if cell.text is None or (existing.unit and _same(cell.text) == _same(existing.unit)):
            return existing.unit
        problems.add(cell.row, "unit", moved(code, existing.unit or ""))
        return existing.unit
    if code in team.taken:  # a participant of a unit the login does not see
        problems.add(cell.row, "participant", code_taken(code))
    if cell.text is None:
        if team.default is None:
            empty = any(column_name(name) == "unit" for name in problems.table.header)
            problems.add(cell.row, "unit", empty_unit(team) if empty else no_unit(team))
        return team.default
    unit = team.match(cell.text)
    if unit is None:
        problems.add(cell.row, "unit", not_yours(cell.text, team))
    return unit


def code_taken(code: str) -> Message:
    return QT_TRANSLATE_NOOP(
        "import",
        "participant code {code} is taken in the team database, in a unit you do not see; "
        "choose another code",
    ).format(code=code)


def no_unit(team: TeamUnits) -> Message:
    return QT_TRANSLATE_NOOP(
        "import",
        "no unit: on a team database each participant belongs to one of your units "
        "({units}); add a unit column",
    ).format(units=team.listed)


def empty_unit(team: TeamUnits) -> Message:
    return QT_TRANSLATE_NOOP(
        "import",
        "no unit: on a team database each participant belongs to one of your units "
        "({units}); fill in the unit",
    ).format(units=team.listed)


def not_yours(text: str, team: TeamUnits) -> Message:
    return QT_TRANSLATE_NOOP("import", "unit '{unit}' is not one of your units ({units})").format(
        unit=text, units=team.listed
    )


def moved(code: str, unit: str) -> Message:
    return QT_TRANSLATE_NOOP(
        "import",
        "participant {participant} is in unit {unit}; a lead moves participants with Hand over to…",
    ).format(participant=code, unit=unit)
