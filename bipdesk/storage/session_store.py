"""The session of one user action that every store of the repository works on.

`SessionStore` holds what the participant, measurement, draft and setting
stores share: the transaction's Session (see `Database.transaction`), the
installed cards writes are checked against, and the day validation treats as
today. The stores are mixed into `Repository`, so they all run on this one
connection and commit or roll back together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from bipdesk.core.cards import CardLibrary

NO_ROW = -1
"""Stands for 'no row to leave out' in the taken-checks (ids start at 1)."""


class SessionStore:
    """The transaction's connection, cards and today, for the stores mixed into `Repository`."""

    def __init__(
        self, session: Session, cards: CardLibrary, today: Callable[[], date] = date.today
    ) -> None:
        self._session = session
        self._cards = cards
        self._today = today

    @property
    def _connection(self) -> Connection:
        return self._session.connection()

    @property
    def cards(self) -> CardLibrary:
        """The installed cards the measurements are checked against."""
        return self._cards


def utc_now() -> datetime:
    """The time stamped on created_at / updated_at."""
    return datetime.now(UTC)


def inserted_id(primary_key: Iterable[Any] | None) -> int:
    """The row id of an insert's one new row."""
    assert primary_key is not None
    (row_id,) = primary_key
    return int(row_id)


def require_id(row_id: int | None, what: str) -> int:
    """The id of a row to update: only what was read from the database has one."""
    if row_id is None:
        unsaved = f"only a {what} read from the database can be updated (its id is None)"
        raise ValueError(unsaved)  # programming error
    return row_id
