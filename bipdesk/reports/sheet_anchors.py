"""The sheet's legend of the scale: what a low, middle and high answer means for
each question (its anchors, DESIGN §3), in the sheet's language and under it in
the participant's, so that the numbers on the sheet read as they were meant.

Tigrinya runs are set in Noto Sans Ethiopic (`markup`); Arabic and Persian are
joined and laid out right to left (`RightToLeftParagraph`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from bipdesk.core.cards import Card, Question, localized, localized_anchors
from bipdesk.reports.fonts import BOLD, REGULAR, markup
from bipdesk.reports.rtl import RightToLeftParagraph, needs_right_to_left
from bipdesk.reports.texts import language_of, text

_WORDS = {
    "sv": {
        "title": "Vad svaren betyder",
        "intro": "Skalans tre delar för varje fråga, så som de visades när kortet fylldes i.",
    },
    "en": {
        "title": "What the answers mean",
        "intro": "The three parts of the scale for each question, as shown when filling in.",
    },
}
QUESTION_WIDTH = 100.0
"""Points; the three parts share the rest of the text column."""
SECOND_GREY = colors.Color(0.25, 0.25, 0.25)


def _words(key: str, language: str) -> str:
    return _WORDS[language_of(language)][key]


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("anchors", fontName=REGULAR, fontSize=8.5, leading=10.5)
        self.heading = ParagraphStyle(
            "anchors_heading", base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=4
        )
        self.intro = ParagraphStyle("anchors_intro", base, textColor=SECOND_GREY)
        self.cell = base
        self.second = ParagraphStyle("anchors_second", base, textColor=SECOND_GREY)
        self.head = ParagraphStyle("anchors_head", base, fontName=BOLD)


def anchor_legend(
    card: Card, language: str, second_language: str | None, width: float
) -> Iterator[Flowable]:
    """The legend's heading and table, `width` points wide; nothing for a card without anchors."""
    rows_of = [q for q in card.questions if localized_anchors(q, language) is not None]
    if not rows_of:
        return
    second = second_language if second_language not in (None, language) else None
    styles = _Styles()
    header: list[Any] = [Paragraph(escape(text("question", language)), styles.head)]
    for first, last in card.scale.anchor_ranges:
        steps = f"{first}–{last}" if first != last else str(first)
        header.append(Paragraph(escape(steps), styles.head))
    rows: list[list[Any]] = [header]
    for question in rows_of:
        rows.append(_row(question, language, second, styles))
    part = (width - QUESTION_WIDTH) / 3
    table = Table(rows, colWidths=[QUESTION_WIDTH, part, part, part], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),  # no Helvetica left unembedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.7, 0.7, 0.7)),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    yield CondPageBreak(120)
    yield Paragraph(escape(_words("title", language)), styles.heading)
    yield Paragraph(escape(_words("intro", language)), styles.intro)
    yield Spacer(0, 4)
    yield table


def _row(question: Question, language: str, second: str | None, styles: _Styles) -> list[Any]:
    texts = localized_anchors(question, language)
    assert texts is not None
    seconds = question.anchors.get(second) if second is not None else None
    label_second = question.label.get(second) if second is not None else None
    cells: list[Any] = [
        _cell(localized(question.label, language), label_second, second, styles, bold=True)
    ]
    for index, anchor in enumerate(texts):
        cells.append(_cell(anchor, seconds[index] if seconds is not None else None, second, styles))
    return cells


def _cell(
    first: str, translated: str | None, second: str | None, styles: _Styles, bold: bool = False
) -> Any:
    """The sheet's text, and under it the participant's (right to left where it reads so)."""
    shown = f"<b>{markup(first)}</b>" if bold else markup(first)
    paragraph = Paragraph(shown, styles.cell)
    if translated is None or second is None:
        return paragraph
    if needs_right_to_left(second):
        size, leading = styles.second.fontSize, styles.second.leading
        return [paragraph, RightToLeftParagraph(translated, REGULAR, size, leading, SECOND_GREY)]
    return [paragraph, Paragraph(markup(translated), styles.second)]
