"""The coordinator's view of measurements, read and written in the repository's
transaction.

`CoordinatorViewStore` is mixed into `Repository`: the methods are the
repository's, on the same connection, and speak only in the core's
`CoordinatorView`. The view lives in tables of its own beside the
measurement (`measurement_reviews`, `coordinator_values`): nothing that
reads measurements for progression, due dates or aggregates ever joins them,
and they go with their measurement (a cascade, and explicitly on erasure).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, bindparam, delete, insert, select

from bipdesk.core.cards import CardLibrary
from bipdesk.core.coordinator_view import (
    CoordinatorValue,
    CoordinatorView,
    validate_coordinator_view,
)
from bipdesk.core.validation import Problem, ValidationError
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.storage.errors import NotFoundError
from bipdesk.storage.models import (
    CoordinatorValueRow,
    MeasurementReviewRow,
    MeasurementRow,
    ParticipantRow,
)
from bipdesk.storage.portable_sql import bytewise
from bipdesk.storage.refusals import measurement_gone

_R = MeasurementReviewRow
_V = CoordinatorValueRow
_M = MeasurementRow
_P = ParticipantRow

_CARD_OF = select(_M.card_id, _M.card_version).where(_M.id == bindparam("row_id"))
_REVIEW_OF = select(_R.talked_through).where(_R.measurement_id == bindparam("row_id"))
_VALUES_OF = (
    select(_V.question_id, _V.value, _V.reason)
    .where(_V.measurement_id == bindparam("row_id"))
    .order_by(bytewise(_V.question_id))
)
_REVIEWS_OF_PARTICIPANT = (
    select(_R.measurement_id, _R.talked_through)
    .join(_M, _R.measurement_id == _M.id)
    .join(_P, _M.participant_id == _P.id)
    .where(_P.code == bindparam("code"))
)
_VALUES_OF_PARTICIPANT = (
    select(_V.measurement_id, _V.question_id, _V.value, _V.reason)
    .join(_M, _V.measurement_id == _M.id)
    .join(_P, _M.participant_id == _P.id)
    .where(_P.code == bindparam("code"))
    .order_by(_V.measurement_id, bytewise(_V.question_id))
)
_INSERT_REVIEW = insert(_R)
_INSERT_VALUES = insert(_V)
_DELETE_REVIEW = delete(_R).where(_R.measurement_id == bindparam("row_id"))
_DELETE_VALUES = delete(_V).where(_V.measurement_id == bindparam("row_id"))


class CoordinatorViewStore:
    """The coordinator's-view part of `Repository` (mixed in)."""

    if TYPE_CHECKING:  # Repository provides them

        @property
        def _connection(self) -> Connection: ...

        @property
        def cards(self) -> CardLibrary: ...

        def _record_coordinator_view(
            self, measurement_id: int, old: CoordinatorView, new: CoordinatorView
        ) -> None: ...

    def coordinator_view(self, measurement_id: int) -> CoordinatorView:
        """What the coordinator noted about the measurement (empty when nothing)."""
        connection = self._connection
        talked = connection.execute(_REVIEW_OF, {"row_id": measurement_id}).scalar()
        values = {
            question: CoordinatorValue(int(value), reason)
            for question, value, reason in connection.execute(
                _VALUES_OF, {"row_id": measurement_id}
            )
        }
        return CoordinatorView(bool(talked), values)

    def coordinator_views(self, code: str) -> dict[int, CoordinatorView]:
        """Every non-empty coordinator's view of the participant's measurements, by
        measurement id (empty for an unknown code)."""
        connection = self._connection
        talked = {
            row[0]: row[1] for row in connection.execute(_REVIEWS_OF_PARTICIPANT, {"code": code})
        }
        values: dict[int, dict[str, CoordinatorValue]] = {}
        for measurement_id, question, value, reason in connection.execute(
            _VALUES_OF_PARTICIPANT, {"code": code}
        ):
            values.setdefault(measurement_id, {})[question] = CoordinatorValue(int(value), reason)
        views = {
            measurement_id: CoordinatorView(bool(talked.get(measurement_id)), found)
            for measurement_id, found in values.items()
        }
        for measurement_id, flag in talked.items():
            views.setdefault(measurement_id, CoordinatorView(bool(flag)))
        return {key: view for key, view in sorted(views.items()) if not view.is_empty}

    def save_coordinator_view(self, measurement_id: int, view: CoordinatorView) -> CoordinatorView:
        """Keep `view` as the coordinator's view of the measurement, replacing an
        earlier one; an empty view removes it. Returns it as stored (reasons trimmed).

        NotFoundError when the measurement no longer exists; ValidationError
        (nothing written) for a value off the card's scale, a question the
        card lacks, or a reason missing or too long. Saving the same view
        again writes nothing.
        """
        card_row = self._connection.execute(_CARD_OF, {"row_id": measurement_id}).first()
        if card_row is None:
            raise NotFoundError(measurement_gone())
        card = self.cards.get(card_row[0], card_row[1])
        if card is None:
            raise ValidationError(
                [
                    Problem(
                        "card",
                        "card_unknown",
                        QT_TRANSLATE_NOOP(
                            "coordinator view",
                            "card {card} v{version} is not installed, so the coordinator's view "
                            "cannot be checked",
                        ).format(card=str(card_row[0]), version=str(card_row[1])),
                    )
                ]
            )
        stored = validate_coordinator_view(view, card)
        before = self.coordinator_view(measurement_id)
        if stored == before:
            return stored
        self._record_coordinator_view(measurement_id, before, stored)
        self._delete_coordinator_view(measurement_id)
        if stored.is_empty:
            return stored
        connection = self._connection
        connection.execute(
            _INSERT_REVIEW,
            {
                "measurement_id": measurement_id,
                "talked_through": stored.talked_through,
                "updated_at": datetime.now(UTC),
            },
        )
        rows = [
            {
                "measurement_id": measurement_id,
                "question_id": question,
                "value": entry.value,
                "reason": entry.reason,
            }
            for question, entry in stored.values.items()
        ]
        if rows:
            connection.execute(_INSERT_VALUES, rows)
        return stored

    def _delete_coordinator_view(self, measurement_id: int) -> None:
        self._connection.execute(_DELETE_VALUES, {"row_id": measurement_id})
        self._connection.execute(_DELETE_REVIEW, {"row_id": measurement_id})

    def _erase_coordinator_views(self, participant_id: int) -> None:
        """Delete the views of every measurement of the participant (GDPR erasure):
        explicit deletes, so nothing stays if a connection ever ran without
        foreign keys."""
        owned = select(_M.id).where(_M.participant_id == participant_id).scalar_subquery()
        self._connection.execute(delete(_V).where(_V.measurement_id.in_(owned)))
        self._connection.execute(delete(_R).where(_R.measurement_id.in_(owned)))
