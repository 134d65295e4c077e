"""The duties of the data controller (GDPR) that touch the database file.

Erasure must leave no readable trace in the file: the connections run with
`secure_delete` (engine.py), so SQLite overwrites the deleted rows with zeros,
but in WAL mode the old page images still sit in the -wal file until they are
checkpointed. `erase_participants` therefore checkpoints and truncates the log
after its one transaction (a team database's files are its server's). A
subject-access request gets every stored fact about one participant as a
`SubjectRecord` (io/subject_access.py writes it as JSON, reports/subject_access.py
as PDF).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.exc import DBAPIError

from bipdesk.core.activities import Activity
from bipdesk.core.cards import Card
from bipdesk.core.coordinator_view import CoordinatorView
from bipdesk.core.history import Edit
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.core.retention import DueForErasure, due_for_erasure, valid_retention_years
from bipdesk.core.surveys import SurveyResponse
from bipdesk.storage.database import Database
from bipdesk.storage.drafts import Draft
from bipdesk.storage.errors import NotFoundError
from bipdesk.storage.refusals import no_such_participant
from bipdesk.storage.repository import Repository

RETENTION_SETTING = "retention_years"
"""The project setting (in the database): years after the end before erasure is due."""


def retention_years(repository: Repository) -> int:
    """The retention period in years (the default when unset or unusable)."""
    return valid_retention_years(repository.get_setting(RETENTION_SETTING))


def retention_review(repository: Repository, today: date) -> tuple[int, list[DueForErasure]]:
    """The retention period and the participants due for erasure on `today`."""
    years = retention_years(repository)
    return years, due_for_erasure(repository.participants(), today, years)


@dataclass(frozen=True)
class Erasure:
    """What `erase_participants` did."""

    participants: int
    measurements: int
    log_cleared: bool
    """True when the write-ahead log was emptied too; False when another program
    was reading, and the old bytes leave the log when that program closes."""


def erase_participants(database: Database, codes: Iterable[str]) -> Erasure:
    """Erase every participant of `codes` in one transaction (all or none).

    NotFoundError (nothing erased) when a code is unknown.
    """
    wanted = list(dict.fromkeys(codes))
    measurements = 0
    with database.transaction() as repository:
        for code in wanted:
            measurements += repository.erase_participant(code)
    return Erasure(len(wanted), measurements, clear_log(database))


def clear_log(database: Database) -> bool:
    """Copy the write-ahead log into the file and truncate it; True when done fully.

    A team database has no file of ours: its storage, write-ahead log and their
    clean-up (VACUUM) are the server's, out of this program's reach; the erased
    rows are gone for every login, so there is nothing more to do here.
    """
    if database.server is not None:
        return True
    try:
        with database.engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            row = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except DBAPIError:
        return False
    # (busy, frames in the log, frames checkpointed); busy = 1 when a reader held it.
    return row is None or int(row[0]) == 0


@dataclass(frozen=True)
class SubjectRecord:
    """Everything the database holds about one participant."""

    participant: Participant
    created_at: datetime
    updated_at: datetime
    measurements: tuple[Measurement, ...]
    """Oldest first, with answers, question notes and notes."""
    cards: dict[tuple[str, int], Card]
    """The installed cards the measurements were made with (texts of the questions)."""
    draft: Draft | None
    settings: dict[str, object]
    """Settings about this participant, by name."""
    activities: tuple[Activity, ...] = ()
    """Oldest start first, with the place (free text that never leaves otherwise)."""
    survey_response: SurveyResponse | None = None
    """The exit survey answers; the exit form is on the participant."""
    history: tuple[Edit, ...] = ()
    """The edit history, newest first: who changed what, when, old → new."""
    coordinator_views: Mapping[int, CoordinatorView] = field(default_factory=dict)
    """The coordinator's view of each measurement that has one, by measurement id."""


def subject_record(repository: Repository, code: str) -> SubjectRecord:
    """The subject-access record of `code`; NotFoundError for an unknown code."""
    participant = repository.participant(code)
    times = repository.participant_times(code)
    if participant is None or times is None:
        raise NotFoundError(no_such_participant(code), participant=code)
    measurements = tuple(repository.measurements(code))
    draft = repository.draft(code)
    cards: dict[tuple[str, int], Card] = {}
    keys = {(m.card.id, m.card.version) for m in measurements}
    if draft is not None:
        keys.add((draft.card.id, draft.card.version))
    for card_id, version in sorted(keys):
        card = repository.cards.get(card_id, version)
        if card is not None:
            cards[(card_id, version)] = card
    return SubjectRecord(
        participant,
        times[0],
        times[1],
        measurements,
        cards,
        draft,
        repository.participant_settings(code),
        tuple(repository.activities(code)),
        repository.survey_response(code),
        tuple(repository.history(code)),
        repository.coordinator_views(code),
    )
