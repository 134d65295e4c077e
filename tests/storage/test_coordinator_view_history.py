"""The coordinator's view is part of what was recorded, so its changes are traced in
the edit history like an answer's: when, by whom, old → new."""

from __future__ import annotations

from datetime import date

from bipdesk.core.coordinator_view import CoordinatorValue, CoordinatorView
from bipdesk.core.history import Editor, Kind, describe
from bipdesk.reports.subject_access_history import plain_words
from bipdesk.storage import Database
from tests.storage.conftest import measurement, participant


def _measured(db: Database) -> int:
    with db.transaction() as repo:
        repo.add_participant(participant("P001"))
        saved = repo.add_measurement(
            measurement("P001", date(2024, 5, 2), answers={"manage_a_job": 6, "health": 5})
        )
    assert saved.id is not None
    return saved.id


def test_every_change_of_the_view_is_recorded(db: Database) -> None:
    measurement_id = _measured(db)
    first = CoordinatorView(True, {"manage_a_job": CoordinatorValue(4, "Har inte provat än")})
    second = CoordinatorView(False, {"manage_a_job": CoordinatorValue(5, "Provat en vecka")})
    with db.transaction() as repo:
        repo.editor = Editor("Åsa Oberg", "app")
        repo.save_coordinator_view(measurement_id, first)
    with db.transaction() as repo:
        repo.editor = Editor("Åsa Oberg", "app")
        repo.save_coordinator_view(measurement_id, first)  # the same again: nothing
        repo.save_coordinator_view(measurement_id, second)
    with db.transaction() as repo:
        repo.save_coordinator_view(measurement_id, CoordinatorView())  # removed
        edits = repo.history("P001")
    views = [e for e in edits if e.kind in (Kind.TALKED_THROUGH, Kind.COORDINATOR)]
    texts = {describe(edit) for edit in views}
    assert "P001 2024-05-02: talked through together: no → yes" in texts
    assert "P001 2024-05-02: talked through together: yes → no" in texts
    assert (
        "P001 2024-05-02: coordinator's view of manage_a_job (empty) → 4 — Har inte provat än"
        in texts
    )
    assert (
        "P001 2024-05-02: coordinator's view of manage_a_job 4 — Har inte provat än → "
        "5 — Provat en vecka" in texts
    )
    assert (
        "P001 2024-05-02: coordinator's view of manage_a_job 5 — Provat en vecka → (empty)"
        in texts
    )
    assert len(views) == 5
    assert {e.by for e in views[-3:]} == {"Åsa Oberg"}
    swedish = {describe(edit, plain_words("sv")) for edit in views}
    assert any("genomgången tillsammans: nej → ja" in line for line in swedish)
    assert any("koordinatorns bild av manage_a_job" in line for line in swedish)


def test_a_refused_view_records_nothing(db: Database) -> None:
    measurement_id = _measured(db)
    off_scale = CoordinatorView(False, {"health": CoordinatorValue(14, "för högt")})
    try:
        with db.transaction() as repo:
            repo.save_coordinator_view(measurement_id, off_scale)
    except ValueError:
        pass
    with db.transaction(write=False) as repo:
        kinds = {edit.kind for edit in repo.history("P001")}
    assert kinds.isdisjoint({Kind.TALKED_THROUGH, Kind.COORDINATOR})
