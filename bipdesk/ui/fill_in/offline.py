"""The fill-in when the team database's server cannot be reached (DESIGN §11).

The card is filled in with the participant wherever they meet; the
connection may go while they answer. Nothing is lost: the draft after each
answer, and a new measurement saved meanwhile, wait in this computer's
outbox (bipdesk.storage.outbox) and reach the server when it answers again
(the main window's OutboxSender). An edit of a stored measurement is not
queued — someone may change it meanwhile — but its answers stay as a draft.
"""

from __future__ import annotations

from bipdesk.core.measurements import Measurement
from bipdesk.paths import data_dir
from bipdesk.storage import DatabaseError
from bipdesk.storage.drafts import Draft
from bipdesk.storage.outbox import Outbox, outbox_of
from bipdesk.storage.team_database import ServerUnreachableError
from bipdesk.ui.context import Change
from bipdesk.ui.fill_in.dialog_part import FillInPart
from bipdesk.ui.fill_in.prompts import tell
from bipdesk.ui.storage_messages import storage_message


def team_outbox(part: FillInPart) -> Outbox | None:
    """This login's outbox for the open team database; None for a laptop file."""
    try:
        return outbox_of(part._context.database, data_dir())
    except (OSError, DatabaseError):
        return None


class FillInOffline(FillInPart):
    """Keeping the fill-in on this computer while the server is away (a part of FillInDialog)."""

    def _keep_draft_here(self, draft: Draft, error: DatabaseError) -> bool:
        """Keep `draft` in the outbox when `error` says the server is away; True when kept."""
        if not isinstance(error, ServerUnreachableError):
            return False
        outbox = team_outbox(self)
        if outbox is None:
            return False
        with outbox:
            outbox.keep_draft(draft)
        self.footer.report(
            self.tr(
                "The server cannot be reached: the answers are kept on this computer and sent "
                "when the connection is back."
            )
        )
        return True

    def _forget_draft_here(self) -> None:
        """A discarded or saved measurement's draft must not come back from the outbox."""
        outbox = team_outbox(self)
        if outbox is not None:
            with outbox:
                outbox.drop_draft(self._code)

    def _draft_kept_here(self, server_draft: Draft | None) -> Draft | None:
        """The newer of the server's draft and the one kept here while it was away."""
        outbox = team_outbox(self)
        if outbox is None:
            return server_draft
        with outbox:
            kept = outbox.draft(self._code)
        return kept if kept is not None else server_draft

    def _keep_measurement_here(self, measurement: Measurement, error: DatabaseError) -> bool:
        """Save a NEW measurement to the outbox when the server is away, say so and close;
        False when it cannot wait there (an edit, a laptop file, another failure)."""
        if not isinstance(error, ServerUnreachableError) or measurement.id is not None:
            return False
        outbox = team_outbox(self)
        if outbox is None:
            return False
        with outbox:
            outbox.keep_measurement(measurement)
        self._closing = True
        self._context.announce(Change.MEASUREMENTS)
        tell(
            self,
            self.tr("Kept on this computer"),
            self.tr(
                "The server cannot be reached right now. The measurement is kept on this "
                "computer and sent to the team database as soon as the connection is back; "
                "you need not do anything.\n\n{reason}"
            ).format(reason=storage_message(error)),
        )
        self.accept()
        return True
