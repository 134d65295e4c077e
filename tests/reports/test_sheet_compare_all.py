"""`sheet --compare all`: six measurements side by side, the mean row with them."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from bipdesk.core.participants import Participant
from bipdesk.reports.sheet import sheet_pdf
from bipdesk.reports.sheet_data import load_sheet
from bipdesk.storage import Database
from tests.reports.support import measurement, standard_card

TODAY = date(2026, 11, 23)


def seven_measurements(database: Database) -> None:
    card = standard_card()
    with database.transaction() as repository:
        repository.add_participant(Participant("P1", start_date=date(2025, 1, 1)))
        for index in range(7):
            values: list[int | None] = [min(10, 3 + index)] * 9 + [None if index == 6 else 4]
            repository.add_measurement(
                measurement(card, date(2025, 1 + index, 3), values, "P1", ident=index + 1)
            )


def test_compare_all_keeps_the_mean_row_with_the_table(database: Database) -> None:
    seven_measurements(database)
    with database.transaction(write=False) as repository:
        sheet = load_sheet(repository, database.cards, "P1", "all", "sv", printed=TODAY)
    assert len(sheet.measurements) == 6  # the first and the five most recent
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(sheet_pdf(sheet))).pages]
    with_mean = [text for text in pages if "Medelvärde" in text]
    assert len(with_mean) == 1
    mean_page = " ".join(with_mean[0].split())
    # One mean per compared measurement, oldest first, and the change since the first.
    assert "Medelvärde 3,1 4,9 5,8 6,7 7,6 9,0 ▲ +6,0" in mean_page
    # The mean row is not alone: the last question and the table's head are on its page.
    assert "Hur väl vet du vad du skulle vilja arbeta med?" in mean_page
    assert "Fråga" in mean_page and "3 juli 2025" in mean_page
