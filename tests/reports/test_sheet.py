from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from bipdesk.core.participants import Participant
from bipdesk.reports.sheet import SheetCancelledError, sheet_pdf, write_sheets
from bipdesk.reports.sheet_data import SheetError, load_sheet
from tests.reports.support import measurement, standard_card

TODAY = date(2026, 11, 23)


@pytest.fixture
def filled(database):  # type: ignore[no-untyped-def]
    card = standard_card()
    with database.transaction() as repository:
        repository.set_setting("unit_name", "Växjö kommun")
        repository.add_participant(
            Participant("ÅÄÖ-7", name="Åsa Öberg", start_date=date(2025, 1, 1))
        )
        repository.add_measurement(
            measurement(card, date(2025, 3, 1), [4, 7, 4, 7, 5, 2, 6, 5, 4, 5], "ÅÄÖ-7")
        )
        repository.add_measurement(
            measurement(card, date(2026, 3, 1), [8, 9, None, 10, 9, 8, 10, 9, 7, 9], "ÅÄÖ-7")
        )
    return database


def _sheet(database, **options):  # type: ignore[no-untyped-def]
    with database.transaction(write=False) as repository:
        return load_sheet(repository, database.cards, "ÅÄÖ-7", printed=TODAY, **options)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_pdf_holds_every_full_question_text_and_the_code(filled) -> None:  # type: ignore[no-untyped-def]
    pdf = sheet_pdf(_sheet(filled))
    text = " ".join(_text(pdf).split())
    for question in standard_card().questions:
        assert question.text["sv"] in text
    assert "ÅÄÖ-7" in text
    assert "Växjö kommun" in text
    assert "Det här kom vi överens om" in text
    assert "Sida 1 av" in text
    assert "Åsa Öberg" not in text  # names only when asked


def test_names_and_english_on_request(filled) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(_text(sheet_pdf(_sheet(filled, show_name=True, language="en"))).split())
    assert "Åsa Öberg" in text
    assert "What we agreed" in text
    assert standard_card().questions[0].text["en"] in text


def test_fonts_are_embedded(filled) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(io.BytesIO(sheet_pdf(_sheet(filled))))
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"]["/Font"].items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        descendant = font
        if "/DescendantFonts" in font:
            descendant = font["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert "DejaVuSans" in str(font["/BaseFont"])


def test_pdf_renders_to_a_page_that_is_not_blank(filled) -> None:  # type: ignore[no-untyped-def]
    document = pdfium.PdfDocument(sheet_pdf(_sheet(filled)))
    image = document[0].render(scale=0.5).to_pil().convert("L")
    dark = sum(1 for value in image.tobytes() if value < 200)
    assert dark > 0.01 * image.width * image.height
    # the chart is vectors: the page holds no image objects
    assert not any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for obj in document[0].get_objects())


def test_each_sheet_numbers_its_own_pages_and_cancel_stops(filled) -> None:  # type: ignore[no-untyped-def]
    sheet = _sheet(filled)
    buffer = io.BytesIO()
    pages = write_sheets([sheet, sheet], buffer)
    text = _text(buffer.getvalue())
    per_sheet = pages // 2
    assert text.count(f"Sida 1 av {per_sheet}") == 2
    with pytest.raises(SheetCancelledError):
        write_sheets([sheet, sheet], io.BytesIO(), progress=lambda done, total: done < 1)


def test_unknown_participant(filled) -> None:  # type: ignore[no-untyped-def]
    with filled.transaction(write=False) as repository, pytest.raises(SheetError):
        load_sheet(repository, filled.cards, "NOPE")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bipdesk", *args], capture_output=True, text=True, check=False
    )


def test_cli_sheet_writes_a_pdf_and_refuses_unknown_codes(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "blad.pdf"
    db = str(filled.path)
    filled.close()
    done = _cli("--db", db, "--lang", "sv", "sheet", "ÅÄÖ-7", "--out", str(out), "--compare", "all")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "ÅÄÖ-7" in _text(out.read_bytes())
    refused = _cli("--db", db, "sheet", "NOPE", "--out", str(tmp_path / "x.pdf"))
    assert refused.returncode != 0
    assert refused.stderr.strip().count("\n") == 0
    assert "NOPE" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "x.pdf").exists()
