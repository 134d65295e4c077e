"""The project-office report of aggregate files v2: merged counts with their margins of
error, shares of published counts, withheld means, the protection sentence, every
period when they are mixed, DEMO on every page, and nothing personal."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy
import pypdfium2
import pytest
from babel.numbers import format_percent
from pypdf import PdfReader

from bipdesk.core.aggregation import (
    ALL,
    COMPARABLE,
    EXITS,
    LEFT,
    MEAN_FIRST,
    MEAN_LATEST,
    NEGATIVE,
    NEUTRAL,
    PARTICIPANTS,
    POSITIVE,
    QUESTIONS,
    REGISTERED,
    N,
)
from bipdesk.core.participants import OutcomeGroup
from bipdesk.core.periods import Period
from bipdesk.core.perturbation import margin_of_error
from bipdesk.io.aggregate_file import AggregateFile, CardInfo
from bipdesk.io.aggregate_tables import protection_sentence
from bipdesk.io.merge import merge_aggregates
from bipdesk.reports.office import office_report_pdf, write_office_report
from tests.reports.office_data import demo_unit, export, north, small_units, south
from tests.reports.support import standard_card
from tests.seed_units import BIRTH_YEARS, CARD, seed_003
from tests.support import QUESTIONS as QUESTION_IDS

LOCALES = {"sv": "sv_SE", "en": "en_GB"}
H1 = Period(date(2024, 1, 1), date(2024, 6, 30))


def text_of(pdf: bytes) -> str:
    """All pages' text with runs of white space (no-break spaces too) as one space."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def count(aggregate: AggregateFile, measure: str, sex: str = ALL, band: str = ALL) -> int:
    value = aggregate.value(PARTICIPANTS, measure, sex=sex, age_band=band)
    assert isinstance(value, int)
    return value


def margin(aggregate: AggregateFile, measure: str, sex: str = ALL, band: str = ALL) -> int:
    cell = aggregate.cell(PARTICIPANTS, measure, sex=sex, age_band=band)
    assert cell is not None and cell.margin is not None
    return cell.margin


def with_margin(aggregate: AggregateFile, measure: str, sex: str = ALL) -> str:
    """'70 ± 2' as the report writes a merged count (no thousands here)."""
    return f"{count(aggregate, measure, sex)} ± {margin(aggregate, measure, sex)}"


def share(part: int, whole: int, language: str = "sv") -> str:
    return format_percent(part / whole, locale=LOCALES[language]).replace("\xa0", " ")


def exits_total(aggregate: AggregateFile, sex: str) -> tuple[int, int]:
    """All who left: the sum of the outcome groups, and the margin of that many parts."""
    cells = [aggregate.cell(EXITS, LEFT, sex=sex, outcome_group=g.value) for g in OutcomeGroup]
    assert all(c is not None for c in cells)
    value = sum(int(c.value or 0) for c in cells if c is not None)
    parts = sum(aggregate.parts.get(c.key, 0) for c in cells if c is not None)
    return value, margin_of_error(parts)


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


def test_swedish_report_shows_counts_with_margins_and_shares(
    swedish: bytes, merged: AggregateFile
) -> None:
    text = text_of(swedish)
    assert "Progressionsrapport för projektkontoret" in text
    comparable = count(merged, COMPARABLE)
    steps = {m: count(merged, m) for m in (POSITIVE, NEGATIVE, NEUTRAL)}
    assert (
        f"Av {with_margin(merged, COMPARABLE)} deltagare med minst två jämförbara mätningar "
        f"gjorde {with_margin(merged, POSITIVE)} ({share(steps[POSITIVE], comparable)}) en "
        f"positiv stegförflyttning, {with_margin(merged, NEGATIVE)} "
        f"({share(steps[NEGATIVE], comparable)}) en negativ och "
        f"{with_margin(merged, NEUTRAL)} ({share(steps[NEUTRAL], comparable)}) ingen." in text
    )
    registered = count(merged, REGISTERED)
    women = count(merged, REGISTERED, "women")
    assert f"Inskrivna deltagare {with_margin(merged, REGISTERED)} Kvinnor" in text
    assert (
        f"Kvinnor {with_margin(merged, REGISTERED, 'women')} ({share(women, registered)})" in text
    )
    # by sex: the women's row of the progression table, every figure with its margin
    measured = count(merged, "measured", "women")
    women_comparable = count(merged, COMPARABLE, "women")
    assert (
        f"Kvinnor {with_margin(merged, REGISTERED, 'women')} "
        f"{with_margin(merged, 'measured', 'women')} ({share(measured, women)}) "
        f"{with_margin(merged, COMPARABLE, 'women')} ({share(women_comparable, women)})" in text
    )
    # exits: all who left is the sum of the groups, with the margin of their parts
    columns = [exits_total(merged, sex) for sex in ("women", "men", ALL)]
    assert "Alla avslutade " + " ".join(f"{v} ± {m}" for v, m in columns) in text
    # the protection in one sentence, and how to read ±
    assert protection_sentence(merged, "sv") in text
    assert "Så läser du siffrorna" in text and "med 95 % säkerhet mellan" in text
    largest = max(c.margin or 0 for c in merged.cells)
    assert f"ingen felmarginal större än ±{largest}." in text
    assert f"(n = {with_margin(merged, COMPARABLE)})" in text  # the spider's title
    assert "Progressionsrapport · 1 jan. 2024 – 31 dec. 2024" in text
    pages = len(PdfReader(io.BytesIO(swedish)).pages)
    assert f"Sida 1 av {pages}" in text and f"Sida {pages} av {pages}" in text


def test_nothing_of_the_old_suppression_is_left(swedish: bytes, english: bytes) -> None:
    for pdf in (swedish, english):
        text = text_of(pdf)
        assert "≥" not in text and "k =" not in text
        for words in (
            "Av minst",
            "Of at least",
            "antalet är mellan 1 och",
            "the count is between 1 and",
            "enheter som kunde redovisa",
            "units that could publish",
            "suppress",
        ):
            assert words not in text


def test_the_means_and_each_unit_as_published(
    swedish: bytes, merged: AggregateFile, units: list[AggregateFile]
) -> None:
    text = text_of(swedish)
    question = QUESTION_IDS[0]
    n = merged.value(QUESTIONS, N, question=question)
    first = merged.value(QUESTIONS, MEAN_FIRST, question=question)
    latest = merged.value(QUESTIONS, MEAN_LATEST, question=question)
    assert isinstance(first, float) and isinstance(latest, float)
    change = f"+{latest - first:.2f}".replace(".", ",")
    assert (
        f"Veta hur jag når arbete {n} {first:.2f} {latest:.2f} {change}".replace(".", ",") in text
    )
    syd = units[0]
    registered, comparable = count(syd, REGISTERED), count(syd, COMPARABLE)
    assert (
        f"Delprojekt Syd 1 jan. 2024 – 31 dec. 2024 {registered} "
        f"{count(syd, REGISTERED, 'women')} / {count(syd, REGISTERED, 'men')} "
        f"{comparable} ({share(comparable, registered)}) "
        f"{count(syd, POSITIVE)} ({share(count(syd, POSITIVE), comparable)})" in text
    )
    assert f"Alla enheter {with_margin(merged, REGISTERED)}" in text
    assert "högst 2 från de exakta" in text


def test_english_report(english: bytes, merged: AggregateFile) -> None:
    text = text_of(english)
    comparable = count(merged, COMPARABLE)
    assert "Progression report for the project office" in text
    assert (
        f"Of the {with_margin(merged, COMPARABLE)} participants with two or more comparable "
        f"measurements, {with_margin(merged, POSITIVE)} "
        f"({share(count(merged, POSITIVE), comparable, 'en')}) made a positive step" in text
    )
    assert protection_sentence(merged, "en") in text
    assert "How to read the figures" in text and "with 95% certainty" in text
    assert "Page 1 of" in text
    assert "Stegförflyttning" not in text and "Kvinnor" not in text


def test_seven_units_carry_margins_up_to_six() -> None:
    units = list(small_units())
    merged = merge_aggregates(units)
    text = text_of(office_report_pdf(merged, units, "sv"))
    margins = {c.margin for c in merged.cells if c.margin}
    assert max(margins) == 6  # ceil(1.96 × √7)
    assert "ingen felmarginal större än ±6." in text
    assert f"Inskrivna deltagare {with_margin(merged, REGISTERED)}" in text
    assert "från 7 enheter" in text
    for unit in units:
        assert f"{unit.unit} 1 jan. 2024 – 31 dec. 2024 {count(unit, REGISTERED)}" in text


def test_a_unit_alone_has_no_margins_and_says_how_far_a_figure_may_be_off() -> None:
    unit = south()
    text = text_of(office_report_pdf(unit, [], "sv"))
    assert "från en enhet" in text
    assert "±" not in text
    assert "det kan avvika från det exakta antalet med högst 2" in text
    registered = count(unit, REGISTERED)
    women = count(unit, REGISTERED, "women")
    assert f"Inskrivna deltagare {registered} Kvinnor {women} ({share(women, registered)})" in text
    assert "Enheterna" not in text  # no per-unit table without the units' files


def test_means_of_too_few_people_are_withheld_and_so_is_the_spider() -> None:
    participants, measurements = seed_003()
    few = [p for p in participants if len(measurements.get(p.code, [])) >= 2][:6]
    tiny = export("Lilla enheten", few, {p.code: measurements[p.code] for p in few})
    n = tiny.value(QUESTIONS, N, question=QUESTION_IDS[0])
    assert isinstance(n, int) and n < 10
    text = text_of(office_report_pdf(tiny, [tiny], "sv"))
    assert f"Veta hur jag når arbete {n} .. .. .." in text
    assert "Medelvärdet visas inte: färre än 10 personer står bakom det." in text
    assert "Spindeldiagrammet visas inte" in text and "Grupp: medelvärde" not in text
    english = text_of(office_report_pdf(tiny, [tiny], "en"))
    assert "The spider chart is not shown" in english


def test_mixed_periods_are_each_named() -> None:
    units = [south(Period.quarter(2024, 1)), south(Period.quarter(2024, 2)), north(H1)]
    merged = merge_aggregates(units)
    pdf = office_report_pdf(merged, units, "sv")
    text = text_of(pdf)
    assert (
        "Blandade perioder (3 st.) 1 jan. 2024 – 31 mars 2024 1 jan. 2024 – 30 juni 2024 "
        "1 apr. 2024 – 30 juni 2024" in text
    )
    assert "från 2 enheter (3 filer)" in text
    assert (
        "Siffrorna gäller perioderna 1 jan. 2024 – 31 mars 2024; 1 jan. 2024 – 30 juni 2024; "
        "1 apr. 2024 – 30 juni 2024." in text
    )
    assert "Delprojekt Syd 1 jan. 2024 – 31 mars 2024" in text
    assert "Delprojekt Syd 1 apr. 2024 – 30 juni 2024" in text
    for page in page_texts(pdf):
        assert "Progressionsrapport · 1 jan. 2024 – 30 juni 2024 · blandade perioder" in page


def test_a_demo_report_says_so_on_every_page(tmp_path: Path) -> None:
    unit = demo_unit()
    assert unit.demo
    for language, mark in (("sv", "DEMO – påhittade personer"), ("en", "DEMO — invented people")):
        pdf = office_report_pdf(unit, [unit], language)
        pages = page_texts(pdf)
        assert len(pages) >= 3
        assert all(mark in page for page in pages)
    # and in red at the top of every page, as printed
    path = tmp_path / "demo.pdf"
    path.write_bytes(office_report_pdf(unit, [unit], "sv"))
    document = pypdfium2.PdfDocument(path)
    for index in range(len(document)):
        image = document[index].render(scale=1).to_pil().convert("RGB")
        top = numpy.asarray(image.crop((0, 0, image.width, 40))).astype(int)
        red = (top[..., 0] > 150) & (top[..., 1] < 90) & (top[..., 2] < 90)
        assert red.sum() > 50, index
    real = text_of(office_report_pdf(south(), [south()], "sv"))
    assert "DEMO" not in real


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


def test_a_card_not_installed_shows_question_ids_and_says_so() -> None:
    unit = south()
    foreign = replace(unit, card=CardInfo("eget-kort", 3, unit.card.questions, 1, 10))
    text = text_of(office_report_pdf(foreign, [foreign], "sv"))
    assert "Kortet eget-kort version 3 finns inte installerat på den här datorn" in text
    n = unit.value(QUESTIONS, N, question=QUESTION_IDS[0])
    assert f"job_search_knowhow {n} " in text
    assert "Spindeldiagrammet kan inte ritas" in text
    # the given card is used when it is the file's
    given = office_report_pdf(unit, [unit], "en", card=standard_card())
    assert f"Knowing how to find work {n}" in text_of(given)
    assert CARD.id == unit.card.id


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
