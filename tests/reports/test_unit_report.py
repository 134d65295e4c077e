"""The unit's own exact report (DESIGN §9): what its PDF and XLSX contain."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bipdesk.core.aggregation import Cell
from bipdesk.core.periods import Period
from bipdesk.reports.internal_mark import MARK_HEIGHT, MARK_TOP
from bipdesk.reports.unit_figures import UnitFigures, count_unit
from bipdesk.reports.unit_report import unit_report_pdf, write_unit_report
from bipdesk.reports.unit_workbook import unit_workbook_bytes, write_unit_workbook
from bipdesk.storage import Database
from tests.reports.unit_support import UNIT, fill_small_unit
from tests.support import QUESTIONS

INTERNAL_SV = "Internt – innehåller små antal, får inte publiceras"
INTERNAL_EN = "Internal — contains small counts, do not publish"
DEMO_SV = "DEMO – påhittade personer"


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def figures_of(database: Database, demo: bool = False, period: Period | None = None) -> UnitFigures:
    fill_small_unit(database, demo=demo)
    return count_unit(database, period or Period.year(2024), made=date(2025, 1, 15))


@pytest.fixture
def figures(database: Database) -> UnitFigures:
    return figures_of(database)


def test_the_figures_are_exact_and_carry_no_cell_keys(figures: UnitFigures) -> None:
    assert figures.unit == UNIT and not figures.demo
    assert all(type(cell) is Cell for cell in figures.cells)
    assert figures.participants("registered") == 5
    assert figures.participants("registered", "women") == 3
    assert figures.participants("registered", "men", "unknown") == 1
    assert [figures.participants(m) for m in ("positive", "negative", "neutral")] == [1, 1, 1]
    assert figures.exits() == 2 and figures.exits("men", reason="work") == 1
    assert figures.question("n", QUESTIONS[0]) == 2 and figures.question("n", QUESTIONS[1]) == 3
    assert figures.question("mean_first", QUESTIONS[1]) == pytest.approx(14 / 3, abs=0.01)


def test_the_pdf_shows_the_exact_counts_and_the_mark_on_every_page(figures: UnitFigures) -> None:
    pages = pages_text(unit_report_pdf(figures, "sv"))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert page.startswith(INTERNAL_SV), page[:80]
        assert f"Sida {number} av {len(pages)}" in page
        assert DEMO_SV not in page
    text = " ".join(pages)
    assert f"Enhetsrapport: {UNIT}" in text
    assert "Inskrivna under perioden: 5, varav 3 (60 %) med minst två jämförbara mätningar." in text
    assert (
        "Av 3 med minst två jämförbara mätningar gjorde 1 (33 %) en positiv stegförflyttning, "
        "1 (33 %) en negativ och 1 (33 %) ingen."
    ) in text
    assert "Avslutade under perioden: 2. Till arbete eller studier 2 (100 %)" in text
    # the participants table: all, women (3 registered, all measured, 2 comparable), men
    assert "Alla 5 4 (80 %) 3 (60 %) 1 (33 %) 1 (33 %) 1 (33 %)" in text
    assert "Kvinnor 3 3 (100 %) 2 (67 %) 1 (50 %) 0 1 (50 %)" in text
    assert "Män 2 1 (50 %) 1 (50 %) 0 1 (100 %) 0" in text
    assert "60– 1 1 (100 %) 1 (100 %) 0 1 (100 %) 0" in text
    # exits: women, men, all
    assert "Arbete eller studier 1 (100 %) 1 (100 %) 2 (100 %)" in text
    assert "Arbete 0 1 (100 %) 1 (50 %)" in text
    assert "Alla avslutade 1 1 2" in text
    # the questions: the first with n = 2, the others with 3
    assert "Veta hur jag når arbete 2 4,50 5,00 +0,50 1 (50 %) 1 (50 %) 0" in text
    assert "Mina kompetenser 3 4,67 5,00 +0,33 1 (33 %) 1 (33 %) 1 (33 %)" in text
    assert "Grupp: medelvärde första och senaste mätning (n = 3)" in text
    # nothing about a person: no codes, names or birth years
    for personal in ("L-1", "L-4", "Anna A", "Dan D", "1990", "1960"):
        assert personal not in text


def test_the_pdf_in_english_and_its_fonts(figures: UnitFigures) -> None:
    pdf = unit_report_pdf(figures, "en")
    pages = pages_text(pdf)
    assert all(page.startswith(INTERNAL_EN) for page in pages)
    text = " ".join(pages)
    assert "Registered in the period: 5; with two or more comparable measurements: 3 (60%)." in text
    assert "Of the 3 with two or more comparable measurements, 1 (33%) made a positive step" in text
    assert "Women 3 3 (100%) 2 (67%) 1 (50%) 0 1 (50%)" in text
    assert f"Page 1 of {len(pages)}" in text
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            assert "DejaVu" in str(font.get_object()["/BaseFont"])  # embedded, no Helvetica


def test_a_demo_database_is_marked_on_every_page(database: Database, tmp_path: Path) -> None:
    figures = figures_of(database, demo=True)
    out = tmp_path / "r.pdf"
    pages = write_unit_report(figures, out, "sv")
    texts = pages_text(out.read_bytes())
    assert len(texts) == pages
    assert all(INTERNAL_SV in page and DEMO_SV in page for page in texts)


def test_the_mark_is_a_red_band_at_the_top_of_every_page(figures: UnitFigures) -> None:
    document = pypdfium2.PdfDocument(unit_report_pdf(figures, "sv"))
    try:
        for index in range(len(document)):
            image = document[index].render(scale=1).to_pil().convert("RGB")
            top, bottom = int(MARK_TOP) + 2, int(MARK_TOP + MARK_HEIGHT) - 2
            band = image.crop((60, top, image.width - 60, bottom))
            colours = band.getcolors(maxcolors=100_000) or []
            pink = sum(n for n, (r, g, b) in colours if r > 240 and 220 < g < 240 and 220 < b < 240)
            ink = sum(n for n, (r, g, b) in colours if r > 120 and g < 90 and b < 90)
            assert pink > band.width * band.height * 0.5, f"page {index + 1}"
            assert ink > 200, f"page {index + 1}: no red text in the band"
            # the text column starts below the band: nothing drawn between them
            gap = image.crop((60, int(MARK_TOP + MARK_HEIGHT) + 2, image.width - 60, 44))
            assert gap.getextrema() == ((255, 255), (255, 255), (255, 255))
    finally:
        document.close()


def test_an_empty_period_says_so_in_words(database: Database) -> None:
    figures = figures_of(database, period=Period.year(2020))
    text = " ".join(pages_text(unit_report_pdf(figures, "sv")))
    assert "Ingen deltagare var inskriven under perioden." in text
    assert "Ingen deltagare avslutades under perioden." in text
    assert "Spindeldiagrammet visas inte" in text
    assert "(n =" not in text
    assert "från och med" not in text and "1 jan. 2020 – 31 dec. 2020" in text


def test_the_whole_project_and_a_long_unit_name(database: Database) -> None:
    fill_small_unit(database)
    long_name = "Delprojekt " + "Mycket Långt Namn " * 6
    figures = count_unit(database, Period(), unit=long_name.strip())
    pages = pages_text(unit_report_pdf(figures, "sv"))
    assert "hela projekttiden" in pages[0]
    assert all(re.search(r"Sida \d+ av \d+", page) for page in pages)
    assert "…" in pages[0]  # the footer shortens the name, the title does not


def test_the_workbook_holds_exact_numbers(figures: UnitFigures, tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    write_unit_workbook(figures, path, "sv")
    book = load_workbook(path)
    assert book.sheetnames == [
        "Deltagare",
        "Avslut",
        "Frågor",
        "Aktiviteter",
        "Aktivitetstyper",
        "Parallella insatser",
        "Anställning vid avslut",
        "Bransch vid avslut",
        "Enkät vid avslut",
    ]
    for sheet in book:
        assert sheet["A1"].value == INTERNAL_SV
        assert INTERNAL_SV in sheet.oddHeader.center.text
    rows = list(book["Deltagare"].iter_rows(values_only=True))
    header = rows.index(next(r for r in rows if r[0] == "Kön"))
    assert rows[header][2:5] == (
        "Inskrivna",
        "Minst en mätning",
        "Jämförbara (minst två mätningar)",
    )
    by_key = {(r[0], r[1]): r for r in rows[header + 1 :]}
    assert by_key[("Totalt", "Totalt")][2:5] == (5, 4, 3)
    assert by_key[("Totalt", "Totalt")][5] == pytest.approx(0.6)
    assert by_key[("Kvinnor", "30-39")][2:5] == (2, 2, 2)
    assert by_key[("Kvinnor", "30-39")][6:9] == (1, 0, 1)
    assert by_key[("Män", "Okänt")][2:5] == (1, 0, 0)
    assert by_key[("Män", "20-29")][5] is None  # no share of nobody
    assert all(isinstance(v, int) for v in by_key[("Totalt", "Totalt")][2:5])
    exits = {r[0]: r for r in book["Avslut"].iter_rows(values_only=True) if r[0]}
    assert exits["Män"][1] == 1 and exits["Kvinnor"][2] == 1 and exits["Totalt"][-1] == 2
    questions = {r[0]: r for r in book["Frågor"].iter_rows(values_only=True) if r[0]}
    first = questions[QUESTIONS[0]]
    assert first[2:] == (2, 4.5, 5, 1, 1, 0)
    assert questions[QUESTIONS[1]][3] == pytest.approx(4.67)


def test_the_workbook_in_english_of_a_demo_database(database: Database) -> None:
    figures = figures_of(database, demo=True)
    book = load_workbook(io.BytesIO(unit_workbook_bytes(figures, "en")))
    assert book.sheetnames == [
        "Participants",
        "Exits",
        "Questions",
        "Activities",
        "Activity types",
        "Parallel activities",
        "Employment at exit",
        "Branch at exit",
        "Survey at exit",
    ]
    sheet = book["Participants"]
    assert sheet["A1"].value == INTERNAL_EN and sheet["A2"].value == "DEMO — invented people"
