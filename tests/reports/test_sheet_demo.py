"""A follow-up sheet from a demo database says on every page that its people are invented."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader

from bipdesk.reports.sheet import write_sheet
from bipdesk.reports.sheet_data import load_sheet
from bipdesk.storage import Database
from bipdesk.storage.demo import fill_with_demo
from tests.conftest import TODAY

ARTIFACTS = Path("tests/artifacts")


def sheet_pages(database: Database, language: str, name: str = "sheet_demo") -> list[str]:
    with database.transaction(write=False) as repository:
        code = sorted(repository.participant_codes())[0]
        sheet = load_sheet(repository, database.cards, code, language=language, printed=TODAY)
    out = io.BytesIO()
    write_sheet(sheet, out)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{name}_{language}.pdf").write_bytes(out.getvalue())
    pdf = pdfium.PdfDocument(out.getvalue())
    pdf[0].render(scale=1.5).to_pil().save(ARTIFACTS / f"{name}_{language}.png")
    return [page.extract_text() for page in PdfReader(out).pages]


def test_every_page_of_a_demo_sheet_is_marked(database: Database) -> None:
    fill_with_demo(database, 12, seed=5, today=TODAY)
    for language, mark in (("en", "DEMO — invented people"), ("sv", "DEMO – påhittade personer")):
        pages = sheet_pages(database, language)
        assert pages and all(mark in page for page in pages)


def test_a_real_sheet_has_no_demo_mark(database: Database) -> None:
    fill_with_demo(database, 12, seed=5, today=TODAY)
    with database.transaction() as repository:
        repository.set_setting("demo_database", False)
    assert not any("DEMO" in page for page in sheet_pages(database, "en", "sheet_real"))
