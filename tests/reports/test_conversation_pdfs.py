"""The follow-up conversation on paper: the coordinator's view on the sheet (a dashed
outline and the talking points) and the participant's own copy — in their
language with Swedish, and without code, name, notes or the coordinator's view."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from bipdesk.core.coordinator_view import CoordinatorValue, CoordinatorView
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.io.cards import default_cards
from bipdesk.reports.participant_copy import (
    load_participant_copy,
    participant_copy_pdf,
)
from bipdesk.reports.sheet import sheet_pdf
from bipdesk.reports.sheet_data import SheetError, load_sheet
from bipdesk.reports.spider import SpiderChart
from bipdesk.reports.spider_outline import COORDINATOR_STYLE, show_with_coordinator_view
from bipdesk.storage import Database, open_database
from bipdesk.storage.participant_language import set_card_language

TODAY = date(2025, 10, 1)
CODE = "SP0129"
NAME = "Amina Hassan"
SECRETS = ("Ryggont", "Med tolk", "HEMLIG ANTECKNING")
REASONS = ("Har inte provat ett arbete än", "Sover dåligt enligt läkarintyget")
CARD = default_cards().get("bip-standard")
assert CARD is not None


def _measurement(day: date, values: list[int | None], note: str | None = None) -> Measurement:
    answers = dict(zip(CARD.question_ids, values, strict=True))
    return Measurement(CODE, CARD.key, day, answers, {"health": "Ryggont"}, note)


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "samtal.db", default_cards(), lambda: TODAY) as db:
        with db.transaction() as repo:
            repo.add_participant(Participant(CODE, name=NAME, unit="Delprojekt Syd"))
            repo.add_measurement(
                _measurement(date(2025, 1, 10), [3, 4, 3, 6, 5, 7, 2, 8, 4, 1], "Med tolk")
            )
            repo.add_measurement(_measurement(date(2025, 4, 10), [5, 4, 5, 6, 5, 7, 4, 8, None, 3]))
            latest = repo.add_measurement(
                _measurement(date(2025, 7, 10), [7, 5, 6, 6, 4, 7, 5, 8, 5, 6], "HEMLIG ANTECKNING")
            )
            assert latest.id is not None
            repo.save_coordinator_view(
                latest.id,
                CoordinatorView(
                    True,
                    {
                        "manage_a_job": CoordinatorValue(4, REASONS[0]),
                        "health": CoordinatorValue(3, REASONS[1]),
                        "cooperation": CoordinatorValue(8, "Samma som deltagaren"),
                    },
                ),
            )
        yield db


def _pypdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _reading_order_text(pdf: bytes) -> str:
    """The text as pdfium reads it back: right-to-left lines in reading order."""
    document = pdfium.PdfDocument(pdf)
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def _copy_pdf(db: Database, language: str | None, ui: str = "sv") -> bytes:
    with db.transaction() as repo:
        set_card_language(repo, CODE, language)
        copy = load_participant_copy(repo, db.cards, CODE, ui, TODAY)
    return participant_copy_pdf(copy)


# -- the sheet ------------------------------------------------------------------------


def test_the_sheet_lists_the_talking_points_and_that_it_was_talked_through(
    filled: Database,
) -> None:
    with filled.transaction(write=False) as repo:
        sheet = load_sheet(repo, filled.cards, CODE, printed=TODAY)
    text = _pypdf_text(sheet_pdf(sheet))
    assert "Att prata om" in text
    assert "Koordinatorns bild" in text  # the legend of the dashed outline
    assert "Mätningen den 10 juli 2025 gick vi igenom tillsammans." in text
    for reason in REASONS:
        assert reason in text
    # One row per difference: label, the participant's answer, the coordinator's value.
    assert "Klara ett arbete 6 4 Har inte provat" in text
    assert "Hälsa 4 3 Sover dåligt" in text
    assert "Samma som deltagaren" not in text  # the same value is no talking point
    assert "Deltagaren Koordinatorn Varför" in text


def test_the_english_sheet_says_talking_points(filled: Database) -> None:
    with filled.transaction(write=False) as repo:
        sheet = load_sheet(repo, filled.cards, CODE, language="en", printed=TODAY)
    text = _pypdf_text(sheet_pdf(sheet))
    assert "Talking points" in text and "Coordinator's view" in text
    assert "Participant Coordinator Why" in text


def test_a_sheet_without_a_view_has_no_talking_points(filled: Database) -> None:
    with filled.transaction() as repo:
        latest = repo.measurements(CODE)[-1]
        assert latest.id is not None
        repo.save_coordinator_view(latest.id, CoordinatorView())
        sheet = load_sheet(repo, filled.cards, CODE, printed=TODAY)
    assert sheet.coordinator_view is None
    text = _pypdf_text(sheet_pdf(sheet))
    assert "Att prata om" not in text and "Koordinatorns bild" not in text
    assert "tillsammans" not in text


def test_the_outline_follows_the_latest_answers_and_steps_away_where_they_differ() -> None:
    first = _measurement(date(2025, 1, 10), [3, 4, 3, 6, 5, 7, 2, 8, 4, 1])
    latest = _measurement(date(2025, 7, 10), [7, 5, 6, 6, 4, 7, 5, 8, 5, 6])
    view = CoordinatorView(False, {"manage_a_job": CoordinatorValue(4, "x")})
    chart = SpiderChart(CARD, "sv")
    assert show_with_coordinator_view(chart, [first, latest], view)
    assert len(chart.lines) == 3 and len(chart.fills) == 1  # the outline is never filled
    outline = chart.radial_values(2).tolist()
    assert outline == [7, 5, 4, 6, 4, 7, 5, 8, 5, 6]
    line = chart.lines[2]
    assert line.get_linestyle() == "--" and line.get_color() == COORDINATOR_STYLE.colour
    assert line.get_markevery() == [2]  # a marker only where the coordinator differs
    assert line.get_zorder() < min(other.get_zorder() for other in chart.lines[:2])
    assert chart.legend is not None
    labels = [t.get_text() for t in chart.legend.get_texts()]
    assert labels == ["10 jan. 2025", "10 juli 2025", "Koordinatorns bild"]
    # Without a difference there is nothing to outline.
    same = CoordinatorView(True, {"manage_a_job": CoordinatorValue(6, "samma")})
    assert not show_with_coordinator_view(chart, [first, latest], same)
    assert len(chart.lines) == 2


# -- the participant's own copy ---------------------------------------------------------


def test_the_swedish_copy_tells_what_moved_and_keeps_the_projects_things_out(
    filled: Database,
) -> None:
    pdf = _copy_pdf(filled, None)
    text = _pypdf_text(pdf)
    assert "Min uppföljning" in text
    assert "Klara ett arbete: 3 → 5 → 6 — ”Jag klarar en del, med stöd”" in text
    assert "Hälsa: 5 → 5 → 4 — ”Jag kan arbeta lite, men inte alltid”" in text
    assert "Samarbete:" not in text  # 8 each time: it did not move
    assert "Mätningar: 10 jan. 2025, 10 apr. 2025, 10 juli 2025" in text
    for secret in (CODE, NAME, "Delprojekt Syd", *SECRETS, *REASONS, "Koordinator"):
        assert secret not in text, secret
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_the_arabic_copy_reads_right_to_left_with_swedish_under_it(filled: Database) -> None:
    pdf = _copy_pdf(filled, "ar")
    read = _reading_order_text(pdf)
    job = CARD.question("manage_a_job")
    arabic = f"{job.label['ar']}: 3 ← 5 ← 6 — «{job.anchors['ar'][1]}»"
    assert arabic in read
    assert "Klara ett arbete: 3 → 5 → 6 — ”Jag klarar en del, med stöd”" in read
    # The card's title first (its shadda is left out by the letter joining).
    assert read.startswith("بطاقة BIP للتقدم\r\nMin uppföljning – BIP:s progressionskort")
    text = _pypdf_text(pdf)
    for secret in (CODE, NAME, *SECRETS, *REASONS):
        assert secret not in text and secret not in read, secret


def test_the_tigrinya_copy_is_in_ethiopic_letters_with_their_font(filled: Database) -> None:
    pdf = _copy_pdf(filled, "ti")
    text = _pypdf_text(pdf)
    job = CARD.question("manage_a_job")
    assert f"{job.label['ti']}: 3 → 5 → 6 — «{job.anchors['ti'][1]}»" in text
    assert "Klara ett arbete: 3 → 5 → 6" in text
    fonts = {
        str(font.get("/BaseFont"))
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("NotoSansEthiopic" in name for name in fonts), fonts
    for secret in (CODE, NAME, *SECRETS, *REASONS):
        assert secret not in text, secret


def test_a_language_the_card_lacks_gives_the_swedish_copy(filled: Database) -> None:
    text = _pypdf_text(_copy_pdf(filled, "de"))
    assert "Klara ett arbete: 3 → 5 → 6" in text


def test_one_measurement_is_a_first_measurement(filled: Database) -> None:
    with filled.transaction() as repo:
        for measurement in repo.measurements(CODE)[1:]:
            assert measurement.id is not None
            repo.delete_measurement(measurement.id)
    text = _pypdf_text(_copy_pdf(filled, None, ui="en"))
    assert "My follow-up" in text and "This is your first measurement." in text


def test_an_unknown_participant_has_no_copy(filled: Database) -> None:
    with filled.transaction(write=False) as repo, pytest.raises(SheetError, match="NOPE"):
        load_participant_copy(repo, filled.cards, "NOPE")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bipdesk", *args], capture_output=True, text=True, check=False
    )


def test_the_cli_writes_the_copy_and_refuses_names_with_it(
    filled: Database, tmp_path: Path
) -> None:
    with filled.transaction() as repo:
        set_card_language(repo, CODE, "ti")
    db = str(filled.path)
    filled.close()
    out = tmp_path / "kopia.pdf"
    done = _cli("--db", db, "--lang", "sv", "sheet", CODE, "--participant-copy", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert CODE not in done.stdout and "deltagarens egen kopia (ti + sv), 1 sida" in done.stdout
    text = _pypdf_text(out.read_bytes())
    assert "Klara ett arbete: 3 → 5 → 6" in text and CODE not in text
    for option in (["--names"], ["--compare", "all"]):
        refused = _cli("--db", db, "sheet", CODE, "--participant-copy", *option, "--out", "x.pdf")
        assert refused.returncode != 0 and "Traceback" not in refused.stderr
        assert "--participant-copy" in refused.stderr and refused.stderr.count("\n") == 1
