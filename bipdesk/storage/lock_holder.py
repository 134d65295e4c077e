"""Who holds a database for writing, as its lock file says (bipdesk.storage.lock).

Apart from the lock itself so that the storage errors can name the holder
without importing the lock (which raises them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from bipdesk.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class LockHolder:
    """Who holds a database for writing, as written in the lock file."""

    user: str
    host: str
    pid: int
    since: datetime
    """When the lock was taken (aware, UTC)."""
    token: str

    def describe(self) -> Message:
        """'anna on LAPTOP-7 (process 4242) since 2026-12-01 09:15' in local time."""
        local = self.since.astimezone()
        who = QT_TRANSLATE_NOOP("storage", "{user} on {host} (process {pid}) since {since}")
        return who.format(
            user=self.user, host=self.host, pid=str(self.pid), since=f"{local:%Y-%m-%d %H:%M}"
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "user": self.user,
                "host": self.host,
                "pid": self.pid,
                "since": self.since.isoformat(),
                "token": self.token,
                "program": "BIP Desk",
            },
            ensure_ascii=False,
        )
