"""The storage operations of one transaction, composed from one store per aggregate.

A Repository is bound to the Session of one user action (see
`Database.transaction`) and speaks only in the plain dataclasses of
`bipdesk.core`: nothing above the storage layer holds an ORM object or a
session. Every write is validated first and refused whole, so a
ValidationError means nothing was written.

Each aggregate has a store of its own, mixed in here over the one session
(`session_store.SessionStore`): participants, measurements with their
answers, the aggregation facts, drafts, settings, activities and the exit
survey, the edit history every write records, and the coordinator's view.

Statements are SQLAlchemy Core on the models' tables, run on the session's
connection and built once per module: an import adds hundreds of thousands of
rows one call at a time, and the ORM's unit of work cost five times the SQL.
"""

from __future__ import annotations

from bipdesk.storage.activities_repository import ActivityStore
from bipdesk.storage.aggregation_facts_repository import AggregationFactsStore
from bipdesk.storage.coordinator_view_repository import CoordinatorViewStore
from bipdesk.storage.drafts_repository import DraftStore
from bipdesk.storage.history_repository import HistoryStore
from bipdesk.storage.measurements_repository import MeasurementStore
from bipdesk.storage.participants_repository import ParticipantStore
from bipdesk.storage.settings_repository import SettingStore


class Repository(
    ParticipantStore,
    MeasurementStore,
    AggregationFactsStore,
    DraftStore,
    SettingStore,
    ActivityStore,
    HistoryStore,
    CoordinatorViewStore,
):
    """The storage operations of one transaction; returns plain core data."""
