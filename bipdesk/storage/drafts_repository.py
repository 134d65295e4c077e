"""Drafts — a participant's one unfinished measurement (`bipdesk.storage.drafts`) —
read and written in the repository's transaction.

`DraftStore` is mixed into `Repository`: the fill-in keeps its answers here as
they are given, so a closed laptop loses nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, delete, select

from bipdesk.core.cards import CardKey
from bipdesk.storage.drafts import (
    Draft,
    answers_from_json,
    answers_to_json,
    notes_from_json,
    notes_to_json,
)
from bipdesk.storage.errors import NotFoundError
from bipdesk.storage.models import DraftRow, MeasurementRow, ParticipantRow
from bipdesk.storage.participants_repository import PARTICIPANT_ID
from bipdesk.storage.portable_sql import Upsert, bytewise
from bipdesk.storage.refusals import edited_measurement_gone, no_such_participant
from bipdesk.storage.session_store import SessionStore, utc_now

_P = ParticipantRow
_D = DraftRow
_M = MeasurementRow

_SELECT_DRAFTS = (
    select(
        _P.code,
        _D.card_id,
        _D.card_version,
        _D.date,
        _D.answers,
        _D.question_notes,
        _D.note,
        _D.position,
        _D.measurement_id,
        _D.updated_at,
    )
    .join(_P, _D.participant_id == _P.id)
    .order_by(bytewise(_P.code))
)
_DRAFT_OF = _SELECT_DRAFTS.where(_P.code == bindparam("code"))
_SAVE_DRAFT = Upsert(
    DraftRow.__table__,  # type: ignore[arg-type]
    ["participant_id"],
    [
        "card_id",
        "card_version",
        "date",
        "measurement_id",
        "answers",
        "question_notes",
        "note",
        "position",
        "updated_at",
    ],
)
_DELETE_DRAFT = delete(_D).where(_D.participant_id.in_(PARTICIPANT_ID.scalar_subquery()))
_MEASUREMENT_EXISTS = select(_M.id).where(_M.id == bindparam("row_id"))


class DraftStore(SessionStore):
    """The draft operations of `Repository`."""

    def save_draft(self, draft: Draft) -> None:
        """Keep `draft` as the participant's one draft, replacing any earlier one.

        Raises NotFoundError for an unknown participant or a measurement (being
        edited) that no longer exists; ValueError for answers that are not
        whole numbers or None.
        """
        code = draft.participant_code
        participant_id = self._connection.execute(PARTICIPANT_ID, {"code": code}).scalar()
        if participant_id is None:
            raise NotFoundError(no_such_participant(code), participant=code)
        if draft.measurement_id is not None:
            found = self._connection.execute(
                _MEASUREMENT_EXISTS, {"row_id": draft.measurement_id}
            ).first()
            if found is None:
                raise NotFoundError(edited_measurement_gone())
        key = CardKey(*draft.card)
        self._connection.execute(
            _SAVE_DRAFT.on(self._connection),
            {
                "participant_id": participant_id,
                "card_id": key.id,
                "card_version": key.version,
                "date": draft.date,
                "measurement_id": draft.measurement_id,
                "answers": answers_to_json(draft.answers),
                "question_notes": notes_to_json(draft.question_notes),
                "note": draft.note or None,
                "position": max(0, int(draft.position)),
                "updated_at": utc_now(),
            },
        )

    def draft(self, code: str) -> Draft | None:
        """The participant's unfinished measurement, if one was kept."""
        row = self._connection.execute(_DRAFT_OF, {"code": code}).first()
        return None if row is None else _draft(row)

    def drafts(self) -> list[Draft]:
        """Every kept draft, by participant code."""
        return [_draft(row) for row in self._connection.execute(_SELECT_DRAFTS)]

    def delete_draft(self, code: str) -> None:
        """Forget the participant's draft; nothing happens when there is none."""
        self._connection.execute(_DELETE_DRAFT, {"code": code})

    def _erase_draft(self, participant_id: int) -> None:
        self._connection.execute(delete(_D).where(_D.participant_id == participant_id))


def _draft(row: Any) -> Draft:
    code, card_id, version, day, answers, notes, note, position, measurement_id, updated = row
    return Draft(
        participant_code=code,
        card=CardKey(card_id, version),
        date=day,
        answers=answers_from_json(answers),
        question_notes=notes_from_json(notes),
        note=note,
        position=position,
        measurement_id=measurement_id,
        updated_at=updated,
    )
