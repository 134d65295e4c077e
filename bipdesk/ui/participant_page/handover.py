"""Hand over to… on the participant page: a lead of a team database's unit moves the
participant to another unit (DESIGN §11 "Access").

Only a lead of the participant's unit sees the button: a coordinator, an admin
and a laptop file never do. The server decides in the end (row-level security
and `bipdesk_handover`); a refusal is said in one message and nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QHBoxLayout, QMessageBox, QPushButton

from bipdesk.core.participants import Participant
from bipdesk.core.swedish_order import sort_key
from bipdesk.storage import DatabaseError
from bipdesk.ui.context import Change
from bipdesk.ui.participant_page.part import PagePart
from bipdesk.ui.read_only_field import set_read_only
from bipdesk.ui.storage_messages import storage_message


class HandoverAction(PagePart):
    """Hand over to… (team database, lead of the participant's unit only)."""

    _memberships: tuple[frozenset[str], frozenset[str]] | None = None
    """(units the login leads, every unit it belongs to), read once per page."""

    def _build_handover_row(self) -> QHBoxLayout:
        self.handover_button = QPushButton(self.tr("Hand over to…"))
        self.handover_button.setAccessibleName(self.tr("Hand over to another unit"))
        self.handover_button.setToolTip(
            self.tr("Move the participant to another unit; its coordinators take over.")
        )
        self.handover_button.clicked.connect(self.hand_over)
        self.handover_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.handover_button)
        row.addStretch(1)
        return row

    def _show_handover(self, participant: Participant | None) -> None:
        leads, _ = self._team_units()
        shown = participant is not None and participant.unit in leads
        self.handover_button.setVisible(shown)
        self.handover_button.setEnabled(shown and not self._context.database.read_only)
        # On a team database a stored participant changes unit only by a hand-over (the
        # server refuses anything else): the field says so rather than a failed save.
        fixed = participant is not None and self._context.database.server is not None
        set_read_only(self.unit_edit, fixed)
        self.unit_edit.setClearButtonEnabled(not fixed)
        self.unit_edit.setToolTip(
            self.tr(
                "On a team database a participant moves to another unit by a hand-over, "
                "which a lead of the unit makes with Hand over to…"
            )
            if fixed
            else ""
        )

    def _new_participant_unit(self) -> str | None:
        """The unit a new participant starts in: the unit named in Settings, but on a
        team database one of the login's own (the server refuses any other), and the
        field offers them."""
        named = self._context.unit_name or None
        _, member = self._team_units()
        if not member:
            return named
        ordered = sorted(member, key=sort_key)
        completer = QCompleter(ordered, self.unit_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.unit_edit.setCompleter(completer)
        return named if named in member else ordered[0]

    def _team_units(self) -> tuple[frozenset[str], frozenset[str]]:
        """The units the login leads and belongs to; none for a file (or when unknown)."""
        if self._memberships is not None:
            return self._memberships
        database = self._context.database
        if database.server is None:
            self._memberships = (frozenset(), frozenset())
            return self._memberships
        from bipdesk.storage.team_access import my_memberships

        try:
            found = my_memberships(database)
        except DatabaseError:
            return frozenset(), frozenset()  # asked again with the next participant
        leads = frozenset(m.unit for m in found if m.role == "lead" and m.unit is not None)
        member = frozenset(m.unit for m in found if m.unit is not None)
        self._memberships = (leads, member)
        return self._memberships

    def hand_over(self) -> bool:
        """Choose the unit, confirm, hand over; True when the participant was moved."""
        from bipdesk.storage.team_access import handover, units
        from bipdesk.ui.handover_dialog import HandoverDialog

        stored = self._stored
        if stored is None or not self.may_leave_for_handover():
            return False
        database = self._context.database
        try:
            names = units(database)
        except DatabaseError as error:
            self._handover_failed(error)
            return False
        _, member = self._team_units()
        dialog = HandoverDialog(stored.code, stored.unit, names, member, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return False
            unit = dialog.chosen
        finally:
            dialog.deleteLater()
        try:
            handover(database, stored.code, unit)
        except DatabaseError as error:
            self._handover_failed(error)
            return False
        self.status_message.emit(
            self.tr("Participant {code} was handed over to unit {unit}.").format(
                code=stored.code, unit=unit
            )
        )
        if unit not in member:  # out of this login's sight now
            self._stored = None
            self.closed.emit()
        self._context.announce(Change.PARTICIPANTS)
        return True

    def may_leave_for_handover(self) -> bool:
        """Unsaved edits to the background are saved or kept first: a hand-over moves what
        is stored."""
        if not self.is_dirty():
            return True
        QMessageBox.information(
            self,
            self.tr("Hand over"),
            self.tr("Save or discard the changes to the background first, then hand over."),
        )
        return False

    def _handover_failed(self, error: DatabaseError) -> None:
        QMessageBox.warning(
            self, self.tr("The participant was not handed over"), storage_message(error)
        )
