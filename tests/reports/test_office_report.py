"""The project-office report: the seeds' published figures, in Swedish and English,
suppressed cells and lower bounds as the files have them, and nothing personal."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from bipdesk.core.aggregation import aggregate
from bipdesk.core.disclosure import protect
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import AggregateFile, CardInfo
from bipdesk.io.merge import merge_aggregates
from bipdesk.reports.office import office_report_pdf, write_office_report
from tests.seed_units import BIRTH_YEARS, CARD, seed_003, seed_004
from tests.support import QUESTIONS, standard_card

YEAR = Period.year(2024)
BANDS = ("-19", "20-29", "30-39", "40-49", "50-59", "60-")


def unit_file(
    unit: str,
    participants: list[Participant],
    measurements: dict[str, list[Measurement]],
    number: int,
    period: Period = YEAR,
) -> AggregateFile:
    """What a unit exports: the protected tables of its participants (k = 5)."""
    card = standard_card()
    cells = protect(aggregate(participants, measurements, card, period), 5, 10)
    return AggregateFile(
        export_id=f"00000000-0000-4000-8000-{number:012d}",
        generated_at="2025-01-10T09:00:00+00:00",
        software="bipdesk 0.1.0",
        unit=unit,
        period=period,
        card=CardInfo(card.id, card.version, card.question_ids, 1, 10),
        age_bands=BANDS,
        k=5,
        min_people=10,
        cells=tuple(cells),
    )


def south() -> AggregateFile:
    """Seed 003's unit: 267 registered, 108 comparable (71 / 26 / 11)."""
    participants, measurements = seed_003()
    return unit_file("Delprojekt Syd", participants, measurements, 1)


def north() -> AggregateFile:
    """Seed 004's exits: 360 women and 266 men left in 2024."""
    return unit_file("Delprojekt Norr", seed_004(), {}, 2)


def tiny() -> AggregateFile:
    """Three women measured twice, all positive: every non-zero count is suppressed."""
    people = [
        Participant(f"T-{n}", sex=Sex.WOMEN, birth_year=1990, start_date=date(2024, 2, 1))
        for n in range(3)
    ]
    measurements = {
        p.code: [
            Measurement(p.code, CARD, date(2024, 3, 1), {q: 4 for q in QUESTIONS}),
            Measurement(p.code, CARD, date(2024, 6, 1), {q: 7 for q in QUESTIONS}),
        ]
        for p in people
    }
    return unit_file("Lilla enheten", people, measurements, 3)


def text_of(pdf: bytes) -> str:
    """All pages' text with runs of white space (no-break spaces too) as one space."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


@pytest.fixture(scope="module")
def units() -> list[AggregateFile]:
    return [south(), north()]


@pytest.fixture(scope="module")
def merged(units: list[AggregateFile]) -> AggregateFile:
    return merge_aggregates(units)


@pytest.fixture(scope="module")
def swedish(merged: AggregateFile, units: list[AggregateFile]) -> bytes:
    return office_report_pdf(merged, units, "sv")


@pytest.fixture(scope="module")
def english(merged: AggregateFile, units: list[AggregateFile]) -> bytes:
    return office_report_pdf(merged, units, "en")


def test_swedish_report_shows_the_seed_figures(swedish: bytes) -> None:
    text = text_of(swedish)
    assert "Progressionsrapport för projektkontoret" in text
    assert (
        "Av 108 deltagare med minst två jämförbara mätningar gjorde 71 (66 %) en positiv "
        "stegförflyttning, 26 (24 %) en negativ och 11 (10 %) ingen." in text
    )
    assert "positiv stegförflyttning 71 (66 %) negativ stegförflyttning 26 (24 %)" in text
    assert "ingen stegförflyttning 11 (10 %)" in text
    # the seed-003 unit in the per-unit table: 267 registered, 123 women, 144 men
    assert (
        "Delprojekt Syd 1 jan. 2024 – 31 dec. 2024 267 123 / 144 108 (40 %) "
        "71 (66 %) 26 (24 %) 11 (10 %)" in text
    )
    # seed 004's exits by sex, shares of each sex's exits
    assert "Arbete 43 (12 %) 47 (18 %) 90 (14 %)" in text
    assert "Studier 59 (16 %) 41 (15 %) 100 (16 %)" in text
    assert "Närmare arbetsmarknaden 164 (46 %) 101 (38 %) 265 (42 %)" in text
    assert "Övrigt 94 (26 %) 77 (29 %) 171 (27 %)" in text
    assert "Alla avslutade 360 266 626" in text
    # cover, means, spider, footer
    assert "Delprojekt Norr 1 jan. 2024 – 31 dec. 2024" in text
    assert "k = 5" in text
    assert "Veta hur jag når arbete 108 5,00 6,07 +1,07 71 (66 %)" in text
    assert "Grupp: medelvärde första och senaste mätning (n = 108)" in text
    assert "Progressionsrapport · 1 jan. 2024 – 31 dec. 2024" in text
    pages = len(PdfReader(io.BytesIO(swedish)).pages)
    assert f"Sida 1 av {pages}" in text and f"Sida {pages} av {pages}" in text


def test_english_report_shows_the_seed_figures(english: bytes) -> None:
    text = text_of(english)
    assert "Progression report for the project office" in text
    assert (
        "Of the 108 participants with two or more comparable measurements, 71 (66%) made a "
        "positive step, 26 (24%) a negative one and 11 (10%) none." in text
    )
    assert "Delprojekt Syd Jan 1, 2024 – Dec 31, 2024 267 123 / 144 108 (40%)" in text
    assert "Work 43 (12%) 47 (18%) 90 (14%)" in text
    assert "Studies 59 (16%) 41 (15%)" in text
    assert "Closer to the labour market 164 (46%) 101 (38%)" in text
    assert "Other 94 (26%) 77 (29%)" in text
    assert "All who left 360 266 626" in text
    assert "Knowing how to find work 108 5.00 6.07 +1.07" in text
    assert "Page 1 of" in text
    assert "Stegförflyttning" not in text and "Kvinnor" not in text


def test_one_unit_alone_shows_its_registered_by_sex() -> None:
    unit = south()
    text = text_of(office_report_pdf(unit, [], "sv"))
    assert "från en enhet" in text
    assert "Inskrivna deltagare 267 Kvinnor 123 (46 %) Män 144 (54 %)" in text
    assert "med minst två jämförbara mätningar 108 (40 %)" in text
    assert "Enheterna" not in text  # no per-unit table without the units' files


def test_no_participant_code_name_note_or_birth_year_in_the_pdf(
    swedish: bytes, english: bytes
) -> None:
    participants, _ = seed_003()
    for pdf in (swedish, english):
        text = text_of(pdf)
        for forbidden in ("S3-", "S4-", "Namn Nummer", "Person S4", "anteckning S3"):
            assert forbidden not in text
            assert forbidden.encode() not in pdf
        for year in BIRTH_YEARS:
            assert not re.search(rf"\b{year}\b", text), year
        for person in participants[:20]:
            assert person.code not in text
    metadata = PdfReader(io.BytesIO(swedish)).metadata
    assert metadata is not None and "Progressionsrapport" in str(metadata.title)


def test_suppressed_cells_lower_bounds_and_partial_means() -> None:
    small, big = tiny(), south()
    merged = merge_aggregates([small, big])
    text = text_of(office_report_pdf(merged, [small, big], "sv"))
    # the small unit's own row: every non-zero count suppressed, zeros published
    assert "Lilla enheten 1 jan. 2024 – 31 dec. 2024 .. .. / 0 .. .. 0 0" in text
    # merged totals with a suppressed part are lower bounds, and carry no share
    assert "Inskrivna deltagare ≥ 268" in text
    assert "med minst två jämförbara mätningar ≥ 109 positiv stegförflyttning ≥ 72" in text
    assert "negativ stegförflyttning 26 ingen stegförflyttning 11 Avslutade" in text
    assert "Av minst 109 deltagare med minst två jämförbara mätningar gjorde minst 72" in text
    # means over only the units that could publish them are marked
    assert "Veta hur jag når arbete ≥ 109 5,00* 6,07* +1,07 ≥ 72 26 11" in text
    assert "* Medelvärdet bygger bara på de enheter som kunde redovisa det" in text
    assert "(n ≥ 109)" in text
    assert "≥ 123" in text and ".." in text  # and the reading guide explains both


def test_too_small_for_a_spider_says_why() -> None:
    small = tiny()
    text = text_of(office_report_pdf(small, [small], "sv"))
    assert "Spindeldiagrammet visas inte" in text
    assert "Grupp: medelvärde" not in text
    assert "Inskrivna deltagare .." in text
    english = text_of(office_report_pdf(small, [small], "en"))
    assert "The spider chart is not shown" in english


def test_a_card_not_installed_shows_question_ids_and_says_so() -> None:
    unit = south()
    info = CardInfo("eget-kort", 3, unit.card.questions, 1, 10)
    foreign = replace(unit, card=info)
    text = text_of(office_report_pdf(foreign, [foreign], "sv"))
    assert "Kortet eget-kort version 3 finns inte installerat på den här datorn" in text
    assert "job_search_knowhow 108 5,00 6,07" in text
    assert "Spindeldiagrammet kan inte ritas" in text
    # the given card is used when it is the file's
    given = office_report_pdf(unit, [unit], "en", card=standard_card())
    assert "Knowing how to find work 108" in text_of(given)


def test_open_periods_are_worded() -> None:
    unit = south()
    until = replace(unit, period=Period(None, date(2024, 12, 31)))
    assert "till och med 31 dec. 2024" in text_of(office_report_pdf(until, [], "sv"))
    always = replace(unit, period=Period.always())
    assert "all time (no first or last day)" in text_of(office_report_pdf(always, [], "en"))


def test_write_to_a_path_returns_the_pages_and_embeds_the_fonts(
    tmp_path: Path, merged: AggregateFile, units: list[AggregateFile]
) -> None:
    path = tmp_path / "rapport.pdf"
    pages = write_office_report(merged, units, path, "sv")
    reader = PdfReader(path)
    assert pages == len(reader.pages) >= 3
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]  # no temporary left
    for page in reader.pages:
        resources: Any = page["/Resources"]
        fonts: Any = resources["/Font"]
        for reference in fonts.values():
            assert "DejaVu" in str(reference.get_object()["/BaseFont"])  # no Helvetica
    buffer = io.BytesIO()
    assert write_office_report(merged, units, buffer, "en") == pages
