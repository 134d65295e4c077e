"""Tigrinya and Arabic on PDF pages and charts: each Ethiopic run in the shipped Noto
Sans Ethiopic (reportlab has no font fallback), Arabic joined and right to left, and
the spider chart's labels in the participant's language without missing glyphs."""

from __future__ import annotations

import io
import warnings
from datetime import date

import pypdfium2 as pdfium
from matplotlib.backends.backend_agg import FigureCanvasAgg
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from bipdesk.reports.fonts import (
    BOLD,
    ETHIOPIC,
    ETHIOPIC_BOLD,
    OBLIQUE,
    REGULAR,
    font_runs,
    markup,
    register_fonts,
    string_width,
)
from bipdesk.reports.spider import SpiderChart
from bipdesk.reports.vector import draw_figure
from tests.reports.support import measurement, standard_card

TIGRINYA = "ስራሕ ክሰርሕ እኽእል?"


def test_ethiopic_runs_get_the_ethiopic_font_and_the_rest_dejavu_sans() -> None:
    assert font_runs("5 = ስራሕ?") == [("5 = ", REGULAR), ("ስራሕ", ETHIOPIC), ("?", REGULAR)]
    assert font_runs("ስራሕ (a)", bold=True) == [("ስራሕ ", ETHIOPIC_BOLD), ("(a)", BOLD)]
    # No slanted Ethiopic: an italic text keeps its Ethiopic letters upright.
    assert font_runs("ስራሕ a", italic=True) == [("ስራሕ ", ETHIOPIC), ("a", OBLIQUE)]
    width = stringWidth("5 = ", REGULAR, 10) + stringWidth("ስራሕ", ETHIOPIC, 10)
    assert string_width("5 = ስራሕ", 10) == width


def test_markup_sets_ethiopic_runs_in_their_font_and_escapes_the_rest() -> None:
    assert markup("a < b & ስራሕ?") == 'a &lt; b &amp; <font face="NotoSansEthiopic">ስራሕ</font>?'
    assert markup("Inte alls") == "Inte alls"


def _pdf_of_paragraph(text: str, style: ParagraphStyle) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 100), initialFontName=REGULAR)
    paragraph = Paragraph(text, style)
    paragraph.wrapOn(canvas, 280, 100)
    paragraph.drawOn(canvas, 10, 40)
    canvas.save()
    return buffer.getvalue()


def _glyph_fonts(pdf: bytes) -> dict[str, str]:
    """Each character drawn → the name of the font pdfium says it is in."""
    page = pdfium.PdfDocument(pdf)[0]
    found: dict[str, str] = {}
    for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_TEXT]):
        font = pdfium.raw.FPDFTextObj_GetFont(obj.raw)
        size = pdfium.raw.FPDFFont_GetBaseFontName(font, None, 0)
        name = bytes(size)
        pdfium.raw.FPDFFont_GetBaseFontName(font, name, size)
        text_page = page.get_textpage()
        length = pdfium.raw.FPDFTextObj_GetText(obj.raw, text_page.raw, None, 0)
        buffer = (pdfium.raw.c_ushort * length)()
        pdfium.raw.FPDFTextObj_GetText(obj.raw, text_page.raw, buffer, length)
        text = bytes(buffer).decode("utf-16-le").rstrip("\x00")
        for char in text:
            found[char] = name.rstrip(b"\x00").decode()
    return found


def test_a_paragraph_draws_tigrinya_in_the_ethiopic_font() -> None:
    style = ParagraphStyle("t", fontName=OBLIQUE, fontSize=10, leading=12)
    fonts = _glyph_fonts(_pdf_of_paragraph(markup(TIGRINYA), style))
    assert "NotoSansEthiopic" in fonts["ስ"]
    assert "DejaVuSans-Oblique" in fonts["?"]


def _chart_pdf(chart: SpiderChart) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(600, 500), initialFontName=REGULAR)
    chart.show_measurements(
        [measurement(chart.card, date(2026, 8, 1), [6, 8, 5, 7, 6, 4, 7, 5, 6, 7])]
    )
    draw_figure(chart.figure, canvas, 0, 0)
    canvas.save()
    return buffer.getvalue()


def test_chart_labels_in_tigrinya_are_drawn_in_the_ethiopic_font() -> None:
    card = standard_card()
    chart = SpiderChart(card, "sv", size=(6.9, 4.75), font_size=8.5, second_language="ti")
    fonts = _glyph_fonts(_chart_pdf(chart))
    label = card.questions[1].label["ti"]  # ክእለታተይ
    assert all("NotoSansEthiopic" in fonts[c] for c in label)
    assert "DejaVuSans" in fonts["V"]


def test_chart_labels_in_arabic_are_drawn_right_to_left() -> None:
    card = standard_card()
    chart = SpiderChart(card, "sv", size=(6.9, 4.75), font_size=8.5, second_language="ar")
    pdf = _chart_pdf(chart)
    page = pdfium.PdfDocument(pdf)[0].get_textpage()
    text = page.get_text_range(0, page.count_chars())
    word = "القدرة"  # "Klara ett arbete": القدرة على العمل
    start = text.index(word)
    boxes = [page.get_charbox(i) for i in range(start, start + len(word))]
    assert boxes[0][0] > boxes[-1][2]  # its first letter stands rightmost


def test_the_screen_chart_has_every_glyph_of_tigrinya_and_arabic_labels() -> None:
    """The participant page draws with Agg; matplotlib warns of each missing glyph."""
    card = standard_card()
    for language, second in (("ti", None), ("sv", "ti"), ("sv", "ar"), ("fa", None)):
        chart = SpiderChart(card, language, second_language=second)
        chart.show_measurements(
            [measurement(card, date(2026, 8, 1), [6, 8, 5, 7, 6, 4, 7, 5, 6, 7])]
        )
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            FigureCanvasAgg(chart.figure).draw()
        missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
        assert missing == [], (language, second, missing[:3])
