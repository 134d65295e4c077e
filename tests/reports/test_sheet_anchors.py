"""The sheet in the participant's language: the legend of anchors (what 1–3, 4–7 and
8–10 mean) in Swedish and under it Arabic or Tigrinya; Tigrinya set in the embedded
Noto Sans Ethiopic (no empty boxes), Arabic joined and right to left, the chart's
labels in both languages. The pages go to tests/artifacts as PNG: OPEN and look."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from bipdesk.core.cards import Card
from bipdesk.core.participants import Participant
from bipdesk.core.scripts import is_ethiopic
from bipdesk.reports.fonts import ETHIOPIC_FILES, shipped_font_folder
from bipdesk.reports.sheet import sheet_pdf
from bipdesk.reports.sheet_data import SheetData, load_sheet
from bipdesk.storage.participant_language import set_card_language
from tests.reports.support import measurement, standard_card

TODAY = date(2026, 11, 23)
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
MANAGE_A_JOB = 2


@pytest.fixture
def readers(database):  # type: ignore[no-untyped-def]
    """Three participants with two measurements each: no language, Arabic, Tigrinya."""
    card = standard_card()
    with database.transaction() as repository:
        for code, language in (("SV-1", None), ("AR-1", "ar"), ("TI-1", "ti")):
            repository.add_participant(Participant(code))
            repository.add_measurement(
                measurement(card, date(2026, 2, 1), [4, 7, 4, 7, 5, 2, 6, 5, 4, 5], code)
            )
            repository.add_measurement(
                measurement(card, date(2026, 8, 1), [6, 8, 5, 7, 6, 4, 7, 5, 6, 7], code, 2)
            )
            if language is not None:
                set_card_language(repository, code, language)
    return database


def _sheet(database, code: str) -> SheetData:  # type: ignore[no-untyped-def]
    with database.transaction(write=False) as repository:
        return load_sheet(repository, database.cards, code, printed=TODAY)


def _pdfium_text(pdf: bytes) -> str:
    """The text as pdfium reads it (Arabic presentation forms back as plain letters)."""
    pages = []
    for page in pdfium.PdfDocument(pdf):
        text_page = page.get_textpage()
        pages.append(text_page.get_text_range(0, text_page.count_chars()))
    return " ".join(" ".join(pages).split())


def _pypdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _fonts(pdf: bytes) -> dict[str, dict[str, object]]:
    """BaseFont → font dictionary, over every page."""
    found = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def _save_pages(pdf: bytes, name: str) -> int:
    ARTIFACTS.mkdir(exist_ok=True)
    document = pdfium.PdfDocument(pdf)
    for index, page in enumerate(document):
        page.render(scale=1.5).to_pil().save(ARTIFACTS / f"sheet_anchors_{name}_{index + 1}.png")
    return len(document)


def test_the_legend_tells_what_low_middle_and_high_mean(readers) -> None:  # type: ignore[no-untyped-def]
    pdf = sheet_pdf(_sheet(readers, "SV-1"))
    text = _pypdf_text(pdf)
    assert "Vad svaren betyder" in text
    assert "1–3 4–7 8–10" in text
    card = standard_card()
    for question in card.questions:
        for anchor in question.anchors["sv"]:
            assert anchor in text, anchor
    assert not any(is_ethiopic(c) for c in text)
    assert "NotoSansEthiopic" not in " ".join(_fonts(pdf))  # not embedded when not used
    assert _save_pages(pdf, "sv") >= 2


def test_tigrinya_is_printed_in_the_embedded_ethiopic_font(readers) -> None:  # type: ignore[no-untyped-def]
    pdf = sheet_pdf(_sheet(readers, "TI-1"))
    text = _pypdf_text(pdf)
    card: Card = standard_card()
    question = card.questions[MANAGE_A_JOB]
    for anchor in question.anchors["ti"]:
        assert anchor in text, anchor  # the legend
    assert question.text["ti"] in text  # the table
    assert question.label["ti"] in text  # the chart and the legend
    assert sum(1 for c in text if is_ethiopic(c)) > 500

    fonts = _fonts(pdf)
    ethiopic = [name for name in fonts if "NotoSansEthiopic" in name]
    assert ethiopic, list(fonts)
    for name in ethiopic:  # reportlab embeds subsets as simple TrueType fonts
        descriptor = fonts[name]["/FontDescriptor"].get_object()  # type: ignore[attr-defined]
        assert "/FontFile2" in descriptor, name
    # Every Ethiopic letter printed has a glyph in the font (no empty boxes).
    cmap = TTFont(shipped_font_folder() / ETHIOPIC_FILES["NotoSansEthiopic"]).getBestCmap()
    missing = {c for c in text if is_ethiopic(c) and ord(c) not in cmap}
    assert missing == set()
    _save_pages(pdf, "ti")


def test_arabic_is_printed_joined_and_right_to_left(readers) -> None:  # type: ignore[no-untyped-def]
    pdf = sheet_pdf(_sheet(readers, "AR-1"))
    text = _pdfium_text(pdf)
    question = standard_card().questions[MANAGE_A_JOB]
    for anchor in question.anchors["ar"]:
        assert " ".join(anchor.split()) in text, anchor
    assert question.label["ar"] in text  # the chart and the legend
    # Drawn in Arabic Presentation Forms (joined), as the content stream holds them.
    raw = _pypdf_text(pdf)
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in raw)
    assert all("NotoSansEthiopic" not in name for name in _fonts(pdf))
    _save_pages(pdf, "ar")


def test_the_chart_labels_carry_the_participants_language(readers) -> None:  # type: ignore[no-untyped-def]
    sheet = _sheet(readers, "TI-1")
    first_page = pdfium.PdfDocument(sheet_pdf(sheet))[0].get_textpage()
    text = first_page.get_text_range(0, first_page.count_chars())
    card = standard_card()
    # The labels stand in the chart, above the table's first question.
    table_start = text.index(card.questions[0].text["sv"][:20])
    for question in card.questions:
        assert question.label["ti"] in " ".join(text[:table_start].split())
