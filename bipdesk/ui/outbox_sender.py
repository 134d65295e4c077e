"""Sending what waits on this computer to the team database once its server answers.

The fill-in keeps drafts and new measurements in the outbox while the server
cannot be reached (ui/fill_in/offline.py); this sender tries again when the
main window opens and then every minute while anything waits, quietly while
the server is still away, and says in the status bar what arrived and what
the server refused (an outbox item it refused stays, with the reason).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from bipdesk.paths import data_dir
from bipdesk.storage import DatabaseError
from bipdesk.storage.outbox import Delivery, outbox_of
from bipdesk.storage.team_database import ServerUnreachableError
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.formatting import format_number
from bipdesk.ui.language import said_in_app

INTERVAL_MS = 60_000


class OutboxSender(QObject):
    """Tries to deliver the team database's outbox now and every INTERVAL_MS while it waits."""

    def __init__(
        self, context: AppContext, show_status: Callable[[str], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._show_status = show_status
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.send)
        QTimer.singleShot(0, self.send)

    def send(self) -> Delivery | None:
        """Deliver what waits; None when nothing was tried (nothing waits, or no team)."""
        try:
            outbox = outbox_of(self._context.database, data_dir())
        except (OSError, DatabaseError):
            return None
        if outbox is None:
            return None
        with outbox:
            if len(outbox) == 0:
                self.timer.stop()
                return None
            try:
                delivery = outbox.send(self._context.database)
            except ServerUnreachableError:
                self.timer.start()  # still away: try again in a minute
                return None
            except DatabaseError as error:
                self.timer.start()
                self._show_status(said_in_app(error.message))
                return None
            left = len(outbox)
        if left:
            self.timer.start()
        else:
            self.timer.stop()
        self._tell(delivery)
        return delivery

    def _tell(self, delivery: Delivery) -> None:
        if delivery.measurements or delivery.drafts:
            self._context.announce(Change.MEASUREMENTS)
        if delivery.refused:
            item, reason = delivery.refused[0]
            self._show_status(
                self.tr(
                    "A measurement of {code} kept on this computer was not accepted by the "
                    "server: {reason}"
                ).format(code=item.participant_code, reason=said_in_app(reason))
            )
        elif delivery.measurements:
            self._show_status(
                self.tr("The measurement kept on this computer reached the team database.")
                if delivery.measurements == 1
                else self.tr(
                    "{count} measurements kept on this computer reached the team database."
                ).format(count=format_number(delivery.measurements, digits=0))
            )
        elif delivery.drafts:
            self._show_status(
                self.tr("The answers kept on this computer reached the team database.")
            )
