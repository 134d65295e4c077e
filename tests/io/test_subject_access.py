"""The subject-access extract: JSON with every stored fact, PDF readable in sv and en."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pypdf
import pytest

from bipdesk.core.participants import ExitReason
from bipdesk.io.subject_access import FORMAT, subject_access_data, write_subject_access_json
from bipdesk.reports.subject_access import subject_access_pdf, write_subject_access_pdf
from bipdesk.storage import Database
from bipdesk.storage.drafts import Draft
from bipdesk.storage.privacy import SubjectRecord, subject_record
from bipdesk.storage.repository import participant_setting_key
from tests.storage.conftest import STANDARD, measurement, participant

CODE = "P-0042"
NAME = "Åsa Öberg"
NOTE = "Pratade om praktikplats på ICA & förskola <3 dagar/vecka>"
QUESTION_NOTE = "Ont i ryggen, går till sjukgymnast"


@pytest.fixture
def record(database: Database) -> SubjectRecord:
    with database.transaction() as repo:
        repo.add_participant(
            participant(CODE, name=NAME, end_date=date(2025, 10, 1), exit_reason=ExitReason.STUDIES)
        )
        repo.add_participant(participant("OTHER", name="Någon Annan"))
        repo.add_measurement(measurement("OTHER", note="not about P-0042"))
        for number in range(4):
            repo.add_measurement(
                measurement(
                    CODE,
                    date(2024, 2 + 3 * number, 1),
                    {"health": number + 3, "job_goal": None},
                    {"health": QUESTION_NOTE},
                    NOTE,
                )
            )
        repo.save_draft(Draft(CODE, STANDARD, date(2025, 5, 2), {"health": 4}, {}, "halvfärdig"))
        repo.set_setting(participant_setting_key(CODE, "chart"), ["first", "latest"])
    with database.transaction(write=False) as repo:
        return subject_record(repo, CODE)


def test_json_holds_every_field_measurement_answer_and_note(record: SubjectRecord) -> None:
    moment = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    data = subject_access_data(record, "sv", now=lambda: moment)
    assert data["format"] == FORMAT and data["version"] == 1
    assert data["generated_at"] == "2026-11-23T09:30:00+00:00"
    person = data["participant"]
    assert person == {
        "code": CODE,
        "name": NAME,
        "sex": "women",
        "birth_year": 1985,
        "referrer": "Arbetsförmedlingen",
        "municipality": "Malmö",
        "unit": "Delprojekt Syd",
        "coordinator": "Kim",
        "start_date": "2024-01-15",
        "end_date": "2025-10-01",
        "exit_reason": "studies",
        "created_at": person["created_at"],
        "updated_at": person["updated_at"],
    }
    assert datetime.fromisoformat(person["created_at"]).tzinfo is not None
    assert [m["date"] for m in data["measurements"]] == [
        "2024-02-01",
        "2024-05-01",
        "2024-08-01",
        "2024-11-01",
    ]
    first = data["measurements"][0]
    assert first["card"] == {"id": "bip-standard", "version": 1}
    assert first["note"] == NOTE and isinstance(first["id"], int)
    assert first["created_at"] and first["updated_at"]
    assert first["answers"] == [
        {
            "question": "health",
            "text": "Hur tycker du din hälsa som helhet är (fysiskt och psykiskt) i förhållande "
            "till att sköta ett arbete?",
            "answer": 3,
            "note": QUESTION_NOTE,
        },
        {
            "question": "job_goal",
            "text": "Hur väl vet du vad du skulle vilja arbeta med?",
            "answer": None,
            "note": None,
        },
    ]
    assert data["draft"]["note"] == "halvfärdig"
    assert data["draft"]["answers"][0]["answer"] == 4
    assert data["settings"] == {"chart": ["first", "latest"]}
    assert "OTHER" not in json.dumps(data) and "Någon Annan" not in json.dumps(data)


def test_json_file_is_utf8_and_reads_back(record: SubjectRecord, tmp_path: Path) -> None:
    out = tmp_path / "extract.json"
    write_subject_access_json(out, record, "en")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert NAME in out.read_text(encoding="utf-8")  # not \u escapes: readable too
    assert data["measurements"][0]["answers"][1]["text"].startswith("How well do you know")


def _text(pdf: bytes) -> str:
    import io

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pdf_shows_everything_in_swedish(record: SubjectRecord) -> None:
    pdf = subject_access_pdf(record, "sv", "bipdesk.db")
    words = " ".join(_text(pdf).split())
    for expected in (
        f"Registerutdrag för deltagare {CODE}",
        NAME,
        "Kvinna",
        "Studier",
        "Malmö",
        "Mätningar (4)",
        "Mätning 1 feb. 2024 – kort bip-standard version 1",
        "Inget svar",
        QUESTION_NOTE,
        NOTE,
        "Påbörjad mätning som inte är sparad",
        "halvfärdig",
        "Inställningar om deltagaren",
        "bipdesk.db",
    ):
        assert expected in words, expected
    pages = len(pypdf.PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert f"Sida 1 av {pages}" in words and f"Sida {pages} av {pages}" in words


def test_pdf_in_english_embeds_its_fonts(record: SubjectRecord, tmp_path: Path) -> None:
    out = tmp_path / "extract.pdf"
    pages = write_subject_access_pdf(record, out, "en", "bipdesk.db", date(2026, 11, 23))
    words = " ".join(_text(out.read_bytes()).split())
    assert f"Subject access extract for participant {CODE}" in words
    assert "How is your health as a whole" in words and "No answer" in words
    assert f"Page {pages} of {pages}" in words and "Printed Nov 23, 2026" in words
    reader = pypdf.PdfReader(out)
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in name for name in fonts)
