"""The subject-access extract: JSON with every stored fact, PDF readable in sv and en."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pypdf
import pytest

from bipdesk.core.activities import Activity, ActivityType
from bipdesk.core.cards import Area
from bipdesk.core.exits import Employment, WorkingTime
from bipdesk.core.participants import ExitReason
from bipdesk.core.surveys import SurveyResponse
from bipdesk.io.subject_access import FORMAT, subject_access_data, write_subject_access_json
from bipdesk.reports.subject_access import subject_access_pdf, write_subject_access_pdf
from bipdesk.storage import Database
from bipdesk.storage.drafts import Draft
from bipdesk.storage.privacy import SubjectRecord, subject_record
from bipdesk.storage.settings_repository import participant_setting_key
from tests.storage.conftest import STANDARD, measurement, participant

CODE = "P-0042"
NAME = "Åsa Öberg"
NOTE = "Pratade om praktikplats på ICA & förskola <3 dagar/vecka>"
QUESTION_NOTE = "Ont i ryggen, går till sjukgymnast"
PLACE = "Returbutiken Återbruket, Storgatan 3"


@pytest.fixture
def record(database: Database) -> SubjectRecord:
    with database.transaction() as repo:
        repo.add_participant(
            participant(
                CODE,
                name=NAME,
                end_date=date(2025, 10, 1),
                exit_reason=ExitReason.WORK,
                employment=Employment.TEMPORARY,
                working_time=WorkingTime.PART_TIME,
                subsidised=True,
                exit_branch="G",
            )
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
        repo.add_activity(
            Activity(
                CODE,
                ActivityType.WORK_TRAINING,
                Area.JOB,
                date(2024, 4, 1),
                date(2024, 9, 30),
                hours=312.5,
                place=PLACE,
                branch="G",
            )
        )
        repo.add_activity(
            Activity(CODE, ActivityType.COUNSELLING, Area.HEALTH, date(2024, 2, 5), hours=14)
        )
        repo.add_activity(
            Activity("OTHER", ActivityType.STUDIES, Area.SKILLS, date(2024, 2, 5), hours=99)
        )
        repo.save_survey_response(CODE, SurveyResponse("nns-exit", 1, {"useful": 4, "involved": 2}))
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
        "exit_reason": "work",
        "employment": "temporary",
        "working_time": "part_time",
        "subsidised": True,
        "exit_branch": "G",
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
    assert [{k: v for k, v in a.items() if k != "id"} for a in data["activities"]] == [
        {
            "activity": "counselling",
            "area": "health",
            "start_date": "2024-02-05",
            "end_date": None,
            "hours": 14.0,
            "place": None,
            "branch": None,
        },
        {
            "activity": "work_training",
            "area": "job",
            "start_date": "2024-04-01",
            "end_date": "2024-09-30",
            "hours": 312.5,
            "place": PLACE,
            "branch": "G",
        },
    ]
    assert all(isinstance(a["id"], int) for a in data["activities"])
    assert data["exit_survey"] == {
        "survey": {"id": "nns-exit", "version": 1},
        "answers": [
            {
                "question": "useful",
                "text": "Stödet jag har fått har varit till stor nytta för mig.",
                "answer": 4,
                "answer_text": "Stämmer helt",
            },
            {
                "question": "involved",
                "text": "Jag har fått vara med och bestämma om vilket stöd jag har fått.",
                "answer": 2,
                "answer_text": "Stämmer ganska dåligt",
            },
        ],
    }
    assert "OTHER" not in json.dumps(data) and "Någon Annan" not in json.dumps(data)
    assert "studies" not in json.dumps(data)  # OTHER's activity stays out


def test_json_file_is_utf8_and_reads_back(record: SubjectRecord, tmp_path: Path) -> None:
    out = tmp_path / "extract.json"
    write_subject_access_json(out, record, "en")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert NAME in out.read_text(encoding="utf-8")  # not \u escapes: readable too
    assert data["measurements"][0]["answers"][1]["text"].startswith("How well do you know")
    assert data["exit_survey"]["answers"][0]["text"] == (
        "The support I have had has been of great use to me."
    )
    assert data["exit_survey"]["answers"][0]["answer_text"] == "Completely true"


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
        "Arbete",
        "Malmö",
        "Anställningsform vid avslut Tidsbegränsad",
        "Arbetstid vid avslut Deltid",
        "Subventionerad anställning Ja",
        "G Handel; reparation av motorfordon och motorcyklar",
        "Aktiviteter (2)",
        "Samtalsstöd Hälsa 5 feb. 2024 – pågår 14",
        "Arbetsträning Jobbfokus 1 apr. 2024 – 30 sep. 2024 312,5",
        PLACE,
        "Enkät vid avslut",
        "Svar på enkäten nns-exit version 1.",
        "Stödet jag har fått har varit till stor nytta för mig. 4 – Stämmer helt",
        "2 – Stämmer ganska dåligt",
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
    for expected in (
        "Employment at exit Temporary",
        "Subsidised employment Yes",
        "Activities (2)",
        "Work training",
        "312.5",
        PLACE,
        "Survey at exit",
        "4 – Completely true",
    ):
        assert expected in words, expected
    assert f"Page {pages} of {pages}" in words and "Printed Nov 23, 2026" in words
    reader = pypdf.PdfReader(out)
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in name for name in fonts)
