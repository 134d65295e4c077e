"""The edit history (`bipdesk.core.history`), recorded in the repository's transaction.

`HistoryStore` is mixed into `Repository`: the repository's writes of
participants and measurements call its `_record_…` hooks after their checks
passed, on the same connection, so a change and its history are saved — or
refused and rolled back — together, whoever made it (app, command line,
import). Who and from where come from `editor`, which `Database.transaction`
sets from `Database.editor`; an import names its file for the length of a
`with repository.edits_from("import visits.csv"):` block.
"""

from __future__ import annotations

import contextlib
import getpass
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, RowMapping, bindparam, delete, insert, select

from bipdesk.core.cards import CardKey
from bipdesk.core.coordinator_view import CoordinatorView
from bipdesk.core.history import (
    SOURCE_COMMAND_LINE,
    Change,
    Edit,
    Editor,
    Subject,
    coordinator_view_changes,
    measurement_added,
    measurement_changes,
    measurement_removed,
    participant_added,
    participant_changes,
)
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.storage.models import EditRow, MeasurementRow, ParticipantRow
from bipdesk.storage.participant_rows import participant_from_row

_E = EditRow
_P = ParticipantRow
_M = MeasurementRow

_INSERT_EDITS = insert(_E)
_HISTORY_OF = (
    select(
        _P.code,
        _E.subject,
        _E.field,
        _E.old_value,
        _E.new_value,
        _E.measurement_date,
        _E.card_id,
        _E.card_version,
        _E.changed_at,
        _E.editor,
        _E.source,
    )
    .join(_P, _E.participant_id == _P.id)
    .where(_P.code == bindparam("code"))
    # Newest first; the changes of one save in the order they were made.
    .order_by(_E.changed_at.desc(), _E.id)
)
_OWNER_OF_MEASUREMENT = select(_M.participant_id).where(_M.id == bindparam("row_id"))
_SUBJECTS = {subject.value: subject for subject in Subject}


def os_user() -> str:
    """The login name of whoever runs BIP Desk: the history's 'who' when no name is set."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):  # no login name in the environment or passwd
        return "unknown"


def default_editor() -> Editor:
    """Who edits when nobody said: the OS user, on the command line (the app sets its own)."""
    return Editor(os_user(), SOURCE_COMMAND_LINE)


class HistoryStore:
    """The edit history part of `Repository` (mixed in)."""

    if TYPE_CHECKING:  # Repository provides them

        @property
        def _connection(self) -> Connection: ...

        def measurement(self, measurement_id: int) -> Measurement | None: ...

    _editor: Editor | None = None
    _moment: datetime | None = None
    """When this transaction's changes are made: one moment for all of them, so that
    an import or a save reads as one block of the history."""

    @property
    def editor(self) -> Editor:
        """Who makes this transaction's changes, and from where."""
        if self._editor is None:
            self._editor = default_editor()
        return self._editor

    @editor.setter
    def editor(self, editor: Editor) -> None:
        self._editor = editor

    @contextlib.contextmanager
    def edits_from(self, source: str) -> Iterator[None]:
        """Record the changes made inside the block as coming from `source`."""
        before = self.editor
        self.editor = replace(before, source=source)
        try:
            yield
        finally:
            self.editor = before

    def history(self, code: str) -> list[Edit]:
        """Every recorded change of the participant and their measurements, newest
        first (empty for an unknown code)."""
        rows = self._connection.execute(_HISTORY_OF, {"code": code})
        return [_edit(row) for row in rows]

    # -- the hooks of Repository's writes ---------------------------------------

    def _record(self, participant_id: int, changes: Iterable[Change]) -> None:
        if self._moment is None:
            self._moment = datetime.now(UTC)
        editor, when = self.editor, self._moment
        rows = [
            {
                "participant_id": participant_id,
                "changed_at": when,
                "editor": editor.name,
                "source": editor.source,
                "subject": str(change.subject),
                "measurement_date": change.measurement_date,
                "card_id": None if change.card is None else change.card.id,
                "card_version": None if change.card is None else change.card.version,
                "field": str(change.field),
                "old_value": change.old,
                "new_value": change.new,
            }
            for change in changes
        ]
        if rows:
            self._connection.execute(_INSERT_EDITS, rows)

    def _record_participant_added(self, participant: Participant) -> None:
        assert participant.id is not None
        self._record(participant.id, [participant_added(participant)])

    def _record_participant_changes(self, stored: RowMapping, participant: Participant) -> None:
        """`stored`: the participant's row as it was before the update."""
        old = participant_from_row(stored)
        self._record(int(stored["id"]), participant_changes(old, participant))

    def _record_measurement_added(self, participant_id: int, measurement: Measurement) -> None:
        self._record(participant_id, [measurement_added(measurement)])

    def _record_measurement_changes(
        self, participant_id: int, old: Measurement, new: Measurement
    ) -> None:
        self._record(participant_id, measurement_changes(old, new))

    def _record_measurement_removed(self, measurement_id: int) -> None:
        """Before the measurement is deleted; nothing for one that no longer exists."""
        owner = self._connection.execute(_OWNER_OF_MEASUREMENT, {"row_id": measurement_id})
        participant_id = owner.scalar()
        measurement = self.measurement(measurement_id)
        if participant_id is not None and measurement is not None:
            self._record(int(participant_id), [measurement_removed(measurement)])

    def _record_coordinator_view(
        self, measurement_id: int, old: CoordinatorView, new: CoordinatorView
    ) -> None:
        """After the coordinator's view of the measurement was saved."""
        owner = self._connection.execute(_OWNER_OF_MEASUREMENT, {"row_id": measurement_id})
        participant_id = owner.scalar()
        measurement = self.measurement(measurement_id)
        if participant_id is not None and measurement is not None:
            self._record(int(participant_id), coordinator_view_changes(measurement, old, new))

    def _erase_history(self, participant_id: int) -> None:
        self._connection.execute(delete(_E).where(_E.participant_id == participant_id))


def _edit(row: Any) -> Edit:
    code, subject, name, old, new, day, card_id, version, when, by, source = row
    return Edit(
        participant_code=code,
        subject=_SUBJECTS[subject],
        field=name,
        old=old,
        new=new,
        measurement_date=day,
        card=None if card_id is None else CardKey(card_id, version),
        when=when,
        by=by,
        source=source,
    )
