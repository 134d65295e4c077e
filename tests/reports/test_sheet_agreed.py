"""The sheet's 'What we agreed' block takes the room left on the last page instead
of moving alone onto a page of its own."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader

from bipdesk.io.cards import default_cards
from bipdesk.reports.fonts import register_fonts
from bipdesk.reports.sheet import sheet_pdf
from bipdesk.reports.sheet_agreed import AGREED_LINES, MIN_AGREED_LINES, AgreedBlock
from bipdesk.reports.sheet_data import load_sheet
from bipdesk.reports.sheet_story import _Writer
from bipdesk.storage import open_database
from bipdesk.storage.demo import fill_with_demo

TODAY = date(2026, 11, 23)
ARTIFACTS = Path(__file__).resolve().parents[2] / "tests" / "artifacts"


def test_the_block_has_fewer_lines_when_the_page_is_nearly_full() -> None:
    register_fonts()
    writer = _Writer()
    block = AgreedBlock("sv", writer.heading, writer.small)
    _width, full = block.wrap(480, 700)
    assert block.lines == AGREED_LINES
    _width, short = block.wrap(480, full - 3 * 17)
    assert block.lines == AGREED_LINES - 3 and short <= full - 3 * 17
    block.wrap(480, 40)
    assert block.lines == MIN_AGREED_LINES  # too little room: it goes on to the next page


def test_demo_sheets_do_not_end_on_a_page_with_only_the_agreed_lines(tmp_path: Path) -> None:
    with open_database(tmp_path / "demo.db", default_cards()) as database:
        fill_with_demo(database, participants=12, today=TODAY)
        with database.transaction(write=False) as repository:
            codes = [
                c for c in repository.participant_codes() if len(repository.measurements(c)) >= 2
            ]
            assert codes
            for code in codes:
                sheet = load_sheet(
                    repository, database.cards, code, "first,latest", "sv", printed=TODAY
                )
                data = sheet_pdf(sheet)
                pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
                last = pages[-1]
                assert "Det här kom vi överens om" in last and "Underskrift" in last
                # Something besides the agreed lines and the footer shares the last page.
                assert "Vad svaren betyder" in last or "Medelvärde" in last, (code, len(pages))
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = pdfium.PdfDocument(data)
    pdf[len(pdf) - 1].render(scale=1.0).to_pil().save(ARTIFACTS / "sheet_last_page.png")
    pdf.close()
