"""The edit history belongs to the person: it is in their subject-access extract (JSON
and PDF), and never in an aggregate file — the aggregate export does not even read it."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from sqlalchemy import event

from bipdesk.core.history import SOURCE_APP, Editor
from bipdesk.core.participants import ExitReason, Sex
from bipdesk.core.periods import Period
from bipdesk.io.export import ExportPaths, build_aggregate, write_outputs
from bipdesk.io.subject_access import subject_access_data
from bipdesk.reports.subject_access import subject_access_pdf
from bipdesk.storage import Database
from bipdesk.storage.privacy import SubjectRecord, subject_record
from tests.storage.conftest import measurement, participant

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CODE = "P-0016"
EDITOR = "Xylofon Qvarnström"
FILE = "besök-rättade.csv"


@pytest.fixture
def edited(database: Database) -> Database:
    """A participant whose answer, start date and sex were changed from an import and the app."""
    database.editor = Editor(EDITOR, SOURCE_APP)
    with database.transaction() as repo:
        saved = repo.add_participant(participant(CODE, sex=Sex.UNKNOWN))
        first = repo.add_measurement(measurement(CODE, answers={"health": 3, "job_goal": 7}))
        repo.add_measurement(measurement(CODE, date(2024, 5, 2), answers={"health": 4}))
    with database.transaction() as repo, repo.edits_from(f"import {FILE}"):
        repo.update_measurement(replace(first, answers={"health": 5, "job_goal": 7}))
        repo.update_participant(replace(saved, start_date=date(2024, 1, 8), sex=Sex.WOMEN))
    with database.transaction() as repo:
        again = repo.measurement(first.id) if first.id is not None else None
        assert again is not None  # read again: the import changed it since
        repo.update_measurement(replace(again, answers={"health": 5}, note="rättat i appen"))
    return database


@pytest.fixture
def record(edited: Database) -> SubjectRecord:
    with edited.transaction(write=False) as repo:
        return subject_record(repo, CODE)


def test_the_json_extract_holds_the_history_newest_first(record: SubjectRecord) -> None:
    history = subject_access_data(record, "sv")["history"]
    assert [(h["source"], h["field"], h["old"], h["new"]) for h in history] == [
        ("app", "answer.job_goal", "7", None),
        ("app", "note", "first meeting", "rättat i appen"),
        (f"import {FILE}", "answer.health", "3", "5"),
        (f"import {FILE}", "participant.sex", "unknown", "women"),
        (f"import {FILE}", "participant.start_date", "2024-01-15", "2024-01-08"),
        # One save's changes in the order they were made: the participant first.
        ("app", "added", None, None),
        ("app", "added", None, "health 3, job_goal 7"),
        ("app", "added", None, "health 4"),
    ]
    first = history[0]
    assert first["by"] == EDITOR and first["subject"] == "measurement"
    assert first["measurement_date"] == "2024-02-01"
    assert first["card"] == {"id": "bip-standard", "version": 1}
    assert datetime.fromisoformat(first["changed_at"]).tzinfo is not None
    assert history[3]["measurement_date"] is None and history[3]["card"] is None
    json.dumps(history)


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "sv",
            [
                "Ändringshistorik (8)",
                "När Vem Varifrån Ändring",
                f"import av {FILE}",
                "appen",
                "Mätning 1 feb. 2024: Hälsa 3 → 5",
                "Mätning 1 feb. 2024: Veta vad jag vill arbeta med 7 → (inget svar)",
                "Deltagare: Kön Ej angivet → Kvinna",
                "Deltagare: Startdatum 15 jan. 2024 → 8 jan. 2024",
                "Mätning 2 maj 2024: lades till (Hälsa 4)",
                "Deltagare: lades till",
            ],
        ),
        (
            "en",
            [
                "Edit history (8)",
                "When Who From Change",
                f"import of {FILE}",
                "the app",
                "Measurement Feb 1, 2024: Health 3 → 5",
                "Participant: Sex Not stated → Woman",
                "Participant: Start date Jan 15, 2024 → Jan 8, 2024",
            ],
        ),
    ],
)
def test_the_pdf_extract_lists_the_history(
    record: SubjectRecord, language: str, expected: list[str]
) -> None:
    pdf = subject_access_pdf(record, language, "bipdesk.db")
    text = _text(pdf)
    for words in expected:
        assert words in text, words
    assert EDITOR in text.replace("- ", "")
    ARTIFACTS.mkdir(exist_ok=True)
    document = pypdfium2.PdfDocument(pdf)
    try:
        for number in range(len(document)):
            image = document[number].render(scale=1.5).to_pil()
            image.save(ARTIFACTS / f"subject_access_history_{language}_{number + 1}.png")
    finally:
        document.close()


def test_an_extract_without_changes_says_so(database: Database) -> None:
    with database.transaction() as repo:
        repo.add_participant(participant(CODE))
    with database.transaction() as repo:
        repo.erase_participant(CODE)
        repo.add_participant(participant(CODE))
    with database.transaction(write=False) as repo:
        record = replace(subject_record(repo, CODE), history=())
    assert subject_access_data(record)["history"] == []
    assert "Inga ändringar är sparade." in _text(subject_access_pdf(record, "sv"))


def test_the_aggregate_export_never_reads_the_history(edited: Database, tmp_path: Path) -> None:
    with edited.transaction() as repo:
        ended = repo.participant(CODE)
        assert ended is not None
        repo.update_participant(
            replace(ended, end_date=date(2025, 3, 1), exit_reason=ExitReason.WORK)
        )
    statements: list[str] = []
    edited.engine.dispose()  # new connections only: each one traces its statements
    event.listen(
        edited.engine,
        "connect",
        lambda connection, _record: connection.set_trace_callback(statements.append),
    )
    aggregate = build_aggregate(edited, Period(date(2024, 1, 1), date(2025, 12, 31)), "Syd")
    paths = ExportPaths(tmp_path / "a.json", tmp_path / "a.csv", tmp_path / "a.xlsx")
    write_outputs(aggregate, paths, "sv")
    assert statements, "the trace saw no statement"
    assert not [s for s in statements if "edits" in s.lower()]

    data = json.loads(paths.json.read_text(encoding="utf-8"))
    keys: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            keys.update(value)
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(data)
    named = {k for k in keys if any(w in k.lower() for w in ("edit", "history", "record_key"))}
    assert not named
    with zipfile.ZipFile(paths.xlsx) as workbook:
        xlsx = " ".join(workbook.read(name).decode("utf-8") for name in workbook.namelist())
    for text in (paths.json.read_text(encoding="utf-8"), paths.csv.read_text("utf-8"), xlsx):
        for secret in (EDITOR, FILE, "rättat i appen", CODE, "Anna Andersson"):
            assert secret not in text
