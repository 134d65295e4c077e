"""Right-to-left text on PDF pages: joined letters, lines broken in reading order,
each line reordered for display with mirrored brackets and numbers kept readable."""

from __future__ import annotations

import io
from datetime import date

import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bipdesk.core.participants import Participant
from bipdesk.reports.fonts import REGULAR, register_fonts
from bipdesk.reports.rtl import RightToLeftParagraph, display_order, shape, wrap_lines
from bipdesk.reports.sheet import sheet_pdf
from bipdesk.reports.sheet_data import load_sheet
from bipdesk.storage import open_database
from bipdesk.storage.participant_language import set_card_language
from tests.reports.support import measurement
from tests.rtl_support import cards_with_arabic

TODAY = date(2026, 11, 23)
QUESTION = "إلى أي مدى تعرف ما يجب عليك فعله لتحسين فرصك في الحصول على عمل؟"


def test_letters_are_joined_into_their_presentation_forms() -> None:
    shaped = shape("عمل")
    # ain initial, meem medial, lam final: Arabic Presentation Forms-B
    assert [hex(ord(c)) for c in shaped] == ["0xfecb", "0xfee4", "0xfede"]


def test_a_line_is_put_in_display_order_with_mirrored_brackets_and_numbers_left_to_right() -> None:
    line = display_order("عام (الجسدية) 10")
    assert line.startswith("10 ")  # the last word in reading order is drawn leftmost
    assert "(ةيدسجلا)" in line  # the brackets still open towards the words they hold
    assert line.endswith("ماع")


def test_lines_are_broken_in_reading_order_within_the_width() -> None:
    register_fonts()
    width = 120.0
    lines = wrap_lines(QUESTION, REGULAR, 9, width)
    assert len(lines) >= 3
    assert all(stringWidth(line, REGULAR, 9) <= width for line in lines)
    assert " ".join(lines) == shape(QUESTION)  # nothing lost, first line first
    assert lines[0].startswith(shape("إلى"))


def test_the_paragraph_is_drawn_right_to_left_and_flush_right() -> None:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 100))
    paragraph = RightToLeftParagraph("عمل ثم صحة", REGULAR, 12, 15)
    paragraph.wrapOn(canvas, 200, 100)
    paragraph.drawOn(canvas, 50, 40)
    canvas.save()
    text, boxes = _chars(buffer.getvalue())
    # pdfium hands the text back in reading order, the letters unjoined again.
    first, last = text.index("عمل"), text.index("صحة") + 2
    assert boxes[first][0] > boxes[last][2]  # read from the right to the left
    right_edge = max(box[2] for box in boxes)
    assert right_edge == pytest.approx(250, abs=1.5)  # flush with the right of its 200 pt


@pytest.fixture
def arabic_reader(tmp_path):  # type: ignore[no-untyped-def]
    cards = cards_with_arabic()
    card = cards.get("bip-standard", 1)
    assert card is not None and "ar" in card.languages
    with open_database(tmp_path / "ar.db", cards, lambda: TODAY) as database:
        with database.transaction() as repository:
            repository.add_participant(Participant("AR-1"))
            repository.add_measurement(
                measurement(card, date(2026, 2, 1), [4, 7, 4, 7, 5, 2, 6, 5, 4, 5], "AR-1")
            )
            repository.add_measurement(
                measurement(card, date(2026, 8, 1), [6, 8, 5, 7, 6, 4, 7, 5, 6, 7], "AR-1", 2)
            )
            repository.add_participant(Participant("SV-1"))
        yield database


def _chars(pdf: bytes) -> tuple[str, list[tuple[float, float, float, float]]]:
    page = pdfium.PdfDocument(pdf)[0].get_textpage()
    count = page.count_chars()
    return page.get_text_range(0, count), [page.get_charbox(i) for i in range(count)]


def test_the_sheet_prints_the_participants_language_right_to_left(arabic_reader) -> None:  # type: ignore[no-untyped-def]
    with arabic_reader.transaction() as repository:
        set_card_language(repository, "AR-1", "ar")
        sheet = load_sheet(repository, arabic_reader.cards, "AR-1", printed=TODAY)
    assert sheet.second_language == "ar"
    text, boxes = _chars(sheet_pdf(sheet))
    assert "Frågorna även på: arabiska" in text
    assert "Hur väl vet du vad du ska göra" in text
    # The first question in Arabic, as read: "to what extent do you know" comes before
    # "work" and so stands to its right; the line ends at the column's right edge.
    know, work = text.index("تعرف"), text.index("عمل؟")
    assert know < work and boxes[know][0] > boxes[work][2]
    swedish = text.index("Hur väl vet du")
    start_of_line = text.index("إلى")
    assert boxes[start_of_line][2] > boxes[swedish][0] + 250  # flush right, not left


def test_without_a_chosen_language_the_sheet_has_only_the_first(arabic_reader) -> None:  # type: ignore[no-untyped-def]
    with arabic_reader.transaction(write=False) as repository:
        sheet = load_sheet(repository, arabic_reader.cards, "AR-1", printed=TODAY)
    assert sheet.second_language is None and sheet.second_texts() == {}
    text, _ = _chars(sheet_pdf(sheet))
    assert "Frågorna även på" not in text
    assert "؟" not in text


def test_a_left_to_right_second_language_is_printed_under_the_first(arabic_reader) -> None:  # type: ignore[no-untyped-def]
    with arabic_reader.transaction() as repository:
        set_card_language(repository, "AR-1", "en")
        sheet = load_sheet(repository, arabic_reader.cards, "AR-1", printed=TODAY)
    text, _ = _chars(sheet_pdf(sheet))
    assert "Frågorna även på: engelska" in text
    assert "How well do you know what to do" in " ".join(text.split())


def test_a_language_the_card_lacks_is_left_out(arabic_reader) -> None:  # type: ignore[no-untyped-def]
    with arabic_reader.transaction() as repository:
        set_card_language(repository, "AR-1", "am")
        sheet = load_sheet(repository, arabic_reader.cards, "AR-1", printed=TODAY, language="en")
    assert sheet.second_texts() == {}
    assert "Questions also in" not in _chars(sheet_pdf(sheet))[0]
