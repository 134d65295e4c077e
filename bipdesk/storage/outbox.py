"""The laptop's outbox of a team database: nothing filled in is lost when the server is away.

A coordinator fills in the card with a participant wherever they meet, and
the Wi-Fi there may fail half-way. While the team database cannot be reached
(DESIGN §11), the fill-in keeps its draft here, in a small SQLite file of
this login's own on the laptop, and a measurement saved meanwhile waits here
too. When the server answers again, `send` delivers them: a waiting
measurement is INSERTED (never merged into a record someone may have changed
meanwhile — an edit of an existing measurement is not kept here but refused
as not saved), a waiting draft is kept on the server unless a newer one is
there. What was delivered leaves the outbox; what the server refuses stays,
with the reason, until the coordinator deals with it.

The file sits in the user's own data folder, readable by the user only, and
is encrypted (SQLCipher) with the login's key, which the server keeps
(migration 0009): a laptop alone cannot open it. It holds only what has not
reached the server yet.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.messages import QT_TRANSLATE_NOOP, Joined, Message, message_of
from bipdesk.storage import cipher
from bipdesk.storage.drafts import Draft
from bipdesk.storage.errors import DatabaseError
from bipdesk.storage.server_address import ServerAddress

if TYPE_CHECKING:
    from bipdesk.storage.database import Database

FORMAT = 1
"""PRAGMA user_version of an outbox file; another number is refused, never rewritten."""

Kind = Literal["draft", "measurement"]


@dataclass(frozen=True)
class Waiting:
    """One thing on its way to the server; `problem` says why the server refused it last."""

    kind: Kind
    participant_code: str
    draft: Draft | None
    measurement: Measurement | None
    kept_at: datetime
    problem: str | None = None


@dataclass(frozen=True)
class Delivery:
    """What one `send` did: measurements and drafts delivered, and what the server refused."""

    measurements: int = 0
    drafts: int = 0
    refused: tuple[tuple[Waiting, Message | Joined | str], ...] = ()


def outbox_path(folder: Path, address: ServerAddress) -> Path:
    """This login's outbox for this team database, in `folder` (the user's data folder)."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{address.login}@{address.host}_{address.port}")
    return folder / "outbox" / f"{name}_{re.sub(r'[^A-Za-z0-9._-]+', '_', address.database)}.db"


def outbox_of(database: Database, folder: Path) -> Outbox | None:
    """The outbox of the team database `database` in `folder`; None for a laptop file
    (or a login that keeps no outbox key on the server)."""
    from bipdesk.storage.team_database import TeamDatabase

    address = database.server
    if address is None or not isinstance(database, TeamDatabase) or not database.outbox_key:
        return None
    return Outbox(outbox_path(folder, address), database.outbox_key)


class Outbox:
    """The outbox file of one login and team database."""

    def __init__(self, path: Path, key: str) -> None:
        """`key`: the login's outbox key from the server (TeamDatabase.outbox_key)."""
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        existed = path.exists()
        self._connection = cipher.connect(path, key)
        self._connection.isolation_level = None
        if not existed:
            with contextlib.suppress(OSError):
                os.chmod(path, 0o600)
        try:
            version = self._connection.execute("PRAGMA user_version").fetchone()[0]
        except cipher.database_errors() as error:
            self._connection.close()
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "{path} cannot be opened with this login's key ({reason}); it has been "
                    "left as it is",
                ).format(path=path, reason=str(error))
            ) from error
        if version == 0:
            self._connection.executescript(
                f"""
                BEGIN;
                CREATE TABLE IF NOT EXISTS waiting (
                    kind TEXT NOT NULL CHECK (kind IN ('draft', 'measurement')),
                    participant_code TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    kept_at TEXT NOT NULL,
                    problem TEXT,
                    PRIMARY KEY (kind, participant_code)
                );
                PRAGMA user_version = {FORMAT};
                COMMIT;
                """
            )
        elif version != FORMAT:
            self._connection.close()
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "storage",
                    "{path} was written by another version of BIP Desk (outbox format "
                    "{version}); it has been left as it is",
                ).format(path=path, version=str(version))
            )

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def keep_draft(self, draft: Draft) -> None:
        """Keep `draft` as the participant's waiting draft (replacing an older one)."""
        self._keep("draft", draft.participant_code, _draft_payload(draft))

    def keep_measurement(self, measurement: Measurement) -> None:
        """Keep a NEW measurement until the server takes it; its draft here goes with it."""
        if measurement.id is not None:
            # Insert-only: an edit of a stored measurement is never queued.
            raise ValueError("only a new measurement waits in the outbox")  # programming error
        with self._transaction():
            self._keep(
                "measurement", measurement.participant_code, _measurement_payload(measurement)
            )
            self._forget("draft", measurement.participant_code)

    def draft(self, code: str) -> Draft | None:
        """The participant's waiting draft, if any (it is newer than the server's)."""
        row = self._connection.execute(
            "SELECT payload FROM waiting WHERE kind = 'draft' AND participant_code = ?", (code,)
        ).fetchone()
        return None if row is None else _draft_from(json.loads(row[0]))

    def drop_draft(self, code: str) -> None:
        self._forget("draft", code)

    def waiting(self) -> list[Waiting]:
        """Everything on its way, measurements first, oldest first."""
        rows = self._connection.execute(
            "SELECT kind, participant_code, payload, kept_at, problem FROM waiting "
            "ORDER BY kind DESC, kept_at, participant_code"
        ).fetchall()
        return [_waiting(*row) for row in rows]

    def __len__(self) -> int:
        return int(self._connection.execute("SELECT count(*) FROM waiting").fetchone()[0])

    def send(self, database: Database) -> Delivery:
        """Deliver what waits to `database`, each item in its own server transaction.

        Raises the server's DatabaseError (ServerUnreachableError) when it is
        still away, leaving the outbox as it was for what was not delivered.
        """
        from bipdesk.storage.team_database import ServerUnreachableError

        measurements = drafts = 0
        refused: list[tuple[Waiting, Message | Joined | str]] = []
        for item in self.waiting():
            try:
                with database.transaction() as repository:
                    if item.measurement is not None:
                        repository.add_measurement(item.measurement)
                        repository.delete_draft(item.participant_code)
                    elif item.draft is not None:
                        server_draft = repository.draft(item.participant_code)
                        if _newer(server_draft, item.kept_at):
                            self._forget(item.kind, item.participant_code)
                            continue
                        repository.save_draft(item.draft)
            except ServerUnreachableError:
                raise
            except (DatabaseError, ValueError) as error:
                reason = message_of(error)
                self._mark(item, str(reason))
                refused.append((item, reason))
                continue
            self._forget(item.kind, item.participant_code)
            if item.kind == "measurement":
                measurements += 1
            else:
                drafts += 1
        return Delivery(measurements, drafts, tuple(refused))

    def _keep(self, kind: Kind, code: str, payload: dict[str, Any]) -> None:
        self._connection.execute(
            "INSERT OR REPLACE INTO waiting (kind, participant_code, payload, kept_at, problem) "
            "VALUES (?, ?, ?, ?, NULL)",
            (kind, code, json.dumps(payload, ensure_ascii=False, sort_keys=True), _now()),
        )

    def _forget(self, kind: Kind, code: str) -> None:
        self._connection.execute(
            "DELETE FROM waiting WHERE kind = ? AND participant_code = ?", (kind, code)
        )

    def _mark(self, item: Waiting, problem: str) -> None:
        self._connection.execute(
            "UPDATE waiting SET problem = ? WHERE kind = ? AND participant_code = ?",
            (problem, item.kind, item.participant_code),
        )

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._connection.execute("ROLLBACK")
            raise
        self._connection.execute("COMMIT")


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _newer(server_draft: Draft | None, kept_at: datetime) -> bool:
    """True when the server holds a draft saved after ours was kept (someone went on)."""
    if server_draft is None or server_draft.updated_at is None:
        return False
    saved = server_draft.updated_at
    if saved.tzinfo is None:
        saved = saved.replace(tzinfo=UTC)
    return saved > kept_at


def _content(item: Draft | Measurement) -> dict[str, Any]:
    """What a draft and a measurement both hold: whose, which card, when, the answers."""
    return {
        "participant_code": item.participant_code,
        "card": [item.card.id, item.card.version],
        "date": item.date.isoformat(),
        "answers": dict(item.answers),
        "question_notes": dict(item.question_notes),
        "note": item.note,
    }


def _content_from(payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "participant_code": payload["participant_code"],
        "card": CardKey(*payload["card"]),
        "date": date.fromisoformat(payload["date"]),
        "answers": dict(payload["answers"]),
        "question_notes": dict(payload["question_notes"]),
        "note": payload["note"],
    }


def _draft_payload(draft: Draft) -> dict[str, Any]:
    return {
        **_content(draft),
        "position": draft.position,
        "measurement_id": draft.measurement_id,
    }


def _draft_from(payload: dict[str, Any]) -> Draft:
    return Draft(
        **_content_from(payload),
        position=int(payload["position"]),
        measurement_id=payload["measurement_id"],
    )


def _measurement_payload(measurement: Measurement) -> dict[str, Any]:
    return _content(measurement)


def _measurement_from(payload: dict[str, Any]) -> Measurement:
    return Measurement(**_content_from(payload))


def _waiting(kind: Kind, code: str, payload: str, kept_at: str, problem: str | None) -> Waiting:
    data = json.loads(payload)
    return Waiting(
        kind=kind,
        participant_code=code,
        draft=_draft_from(data) if kind == "draft" else None,
        measurement=_measurement_from(data) if kind == "measurement" else None,
        kept_at=datetime.fromisoformat(kept_at),
        problem=problem,
    )
