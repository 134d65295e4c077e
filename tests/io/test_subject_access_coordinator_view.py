"""The coordinator's view is recorded about the person, so the subject-access extract
holds it: in the JSON with its measurement, and in the PDF under that measurement."""

from __future__ import annotations

import io
from datetime import date

import pypdf

from bipdesk.core.coordinator_view import CoordinatorValue, CoordinatorView
from bipdesk.io.subject_access import subject_access_data
from bipdesk.reports.subject_access import subject_access_pdf
from bipdesk.storage import Database
from bipdesk.storage.privacy import subject_record
from tests.storage.conftest import measurement, participant

REASON = "Har inte provat ett arbete än"


def test_the_view_is_in_the_json_and_the_pdf_of_its_measurement(database: Database) -> None:
    with database.transaction() as repo:
        repo.add_participant(participant("P-7"))
        first = repo.add_measurement(measurement("P-7"))
        latest = repo.add_measurement(measurement("P-7", date(2024, 5, 2)))
        assert latest.id is not None
        repo.save_coordinator_view(
            latest.id, CoordinatorView(True, {"manage_a_job": CoordinatorValue(4, REASON)})
        )
        record = subject_record(repo, "P-7")
    data = subject_access_data(record, "sv")
    by_id = {m["id"]: m for m in data["measurements"]}
    assert by_id[first.id]["coordinator_view"] is None
    assert by_id[latest.id]["coordinator_view"] == {
        "talked_through": True,
        "values": [{"question": "manage_a_job", "value": 4, "reason": REASON}],
    }
    pdf = subject_access_pdf(record, "sv", "bipdesk.db")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f"Koordinatorns bild: Genomgången tillsammans. Klara ett arbete: 4 ({REASON})." in text
    english = subject_access_pdf(record, "en", "bipdesk.db")
    reader = pypdf.PdfReader(io.BytesIO(english))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f"Coordinator's view: Talked through together. Managing a job: 4 ({REASON})." in text
