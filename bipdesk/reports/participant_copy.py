"""The participant's own copy of the follow-up sheet: theirs to take home.

One A4 page in the participant's language where the card has it, with
Swedish under it: the card's title, the dates, their spider chart (first,
previous and latest measurement) and one plain sentence per question that
moved (`bipdesk.core.plain_changes`). It leaves the coordinator's desk, so it
carries nothing that the project keeps for itself: no code, no name, no
unit, no notes, no coordinator's view, no activities — a lost copy tells a
finder nothing about the project's register. The words of the page itself
(headings, footer) are Swedish or English; every sentence about the
participant is built from the card's texts and exists in each of its
languages.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from bipdesk.core.cards import Card, CardLibrary, localized
from bipdesk.core.measurements import Measurement
from bipdesk.core.plain_changes import first_previous_latest, plain_sentences, sentence_languages
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.reports.fonts import BOLD, REGULAR, markup, register_fonts
from bipdesk.reports.pdf_document import a4_document, build_document, numbered_canvas
from bipdesk.reports.rtl import RightToLeftParagraph, needs_right_to_left
from bipdesk.reports.sheet_data import DEFAULT_CARD_ID, SheetError
from bipdesk.reports.spider import SpiderChart
from bipdesk.reports.texts import format_day, language_of, text
from bipdesk.reports.vector import FigureFlowable
from bipdesk.storage.participant_language import card_language
from bipdesk.storage.repository import Repository

CHART_WIDTH = 6.9
"""Inches: the full text column."""
CHART_HEIGHTS = (3.8, 5.2)
"""Inches: the chart is as tall as the page leaves room for beside the sentences."""
PAGE_ROOM = 735.0
"""Points of the page's frame that the title, chart, sentences and scale share."""
FIXED_ROOM = 130.0
"""Points for the title lines, the heading and the scale line."""
GREY = colors.Color(0.3, 0.3, 0.3)


@dataclass(frozen=True)
class ParticipantCopy:
    """Everything the participant's copy shows — and nothing that identifies them."""

    card: Card
    measurements: tuple[Measurement, ...]
    """First, previous and latest of the card (fewer when there are fewer), oldest first."""
    language: str = "sv"
    """The language of the page's own words: 'sv' or 'en'."""
    participant_language: str | None = None
    """The participant's language; used where the card has it."""
    printed: date = field(default_factory=date.today)

    @property
    def languages(self) -> list[str]:
        """The languages the sentences are told in, the one to read first first."""
        return sentence_languages(self.card, self.participant_language, self.language)


def load_participant_copy(
    repository: Repository,
    cards: CardLibrary,
    code: str,
    language: str = "sv",
    printed: date | None = None,
    participant_language: str | None = None,
) -> ParticipantCopy:
    """The copy of participant `code` (SheetError for an unknown code): the card of
    their latest measurement, and their language as last chosen in the fill-in
    view unless `participant_language` names one."""
    if repository.participant(code) is None:
        raise SheetError(
            QT_TRANSLATE_NOOP("sheet", "there is no participant '{code}'").format(code=code)
        )
    everything = repository.measurements(code)
    if everything:
        key = everything[-1].card
        card = cards.get(key.id, key.version) or cards.get(key.id)
        if card is None:
            raise SheetError(
                QT_TRANSLATE_NOOP(
                    "sheet", "card {card} is not installed, so the copy cannot be drawn"
                ).format(card=str(key))
            )
    else:
        card = cards.get(DEFAULT_CARD_ID) or next(iter(cards), None)
        if card is None:
            raise SheetError(
                QT_TRANSLATE_NOOP("sheet", "no card is installed, so the copy cannot be drawn")
            )
    return ParticipantCopy(
        card,
        tuple(first_previous_latest(everything, card.id)),
        language_of(language),
        participant_language or card_language(repository, code),
        printed or date.today(),
    )


class _Styles:
    def __init__(self) -> None:
        self.title = ParagraphStyle("copy_title", fontName=BOLD, fontSize=17, leading=22)
        self.subtitle = ParagraphStyle(
            "copy_subtitle", fontName=REGULAR, fontSize=11, leading=15, textColor=GREY
        )
        self.heading = ParagraphStyle(
            "copy_heading", fontName=BOLD, fontSize=13, leading=17, spaceBefore=6
        )
        self.sentence = ParagraphStyle("copy_sentence", fontName=REGULAR, fontSize=12, leading=16)
        self.under = ParagraphStyle(
            "copy_under", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=GREY
        )
        self.small = ParagraphStyle(
            "copy_small", fontName=REGULAR, fontSize=9, leading=12, textColor=GREY
        )


def _line(words: str, language: str, style: ParagraphStyle) -> Flowable:
    """One paragraph in `language`: right to left for Arabic and the like (reportlab
    would draw those letters unjoined and reversed), Ethiopic in its own font."""
    if needs_right_to_left(language):
        return RightToLeftParagraph(
            words, style.fontName, style.fontSize, style.leading, style.textColor
        )
    if style.fontName == BOLD:  # <b>: the Ethiopic runs take Noto Sans Ethiopic's bold face
        return Paragraph(f"<b>{markup(words)}</b>", style)
    return Paragraph(markup(words), style)


def _scale_line(card: Card, language: str) -> str:
    scale = card.scale
    return (
        f"{scale.minimum} = {localized(scale.minimum_label, language)}, "
        f"{scale.maximum} = {localized(scale.maximum_label, language)}"
    )


def participant_copy_story(copy: ParticipantCopy) -> list[Flowable]:
    """The flowables of the copy's one page."""
    styles = _Styles()
    language = copy.language
    languages = copy.languages
    first = languages[0]
    story: list[Flowable] = []
    if first != language:
        story.append(_line(localized(copy.card.title, first), first, styles.title))
        story.append(Spacer(0, 2))
        story.append(
            _line(
                f"{text('copy_title', language)} – {localized(copy.card.title, language)}",
                language,
                styles.subtitle,
            )
        )
    else:
        story.append(_line(text("copy_title", language), language, styles.title))
        story.append(_line(localized(copy.card.title, language), language, styles.subtitle))
    if copy.measurements:
        days = ", ".join(format_day(m.date, language) for m in copy.measurements)
        story.append(Spacer(0, 4))
        story.append(
            _line(f"{text('copy_measurements', language)}: {days}", language, styles.subtitle)
        )
    story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=5))
    if copy.measurements:
        chart = SpiderChart(
            copy.card,
            language,
            size=(CHART_WIDTH, _chart_height(copy)),
            font_size=9.5,
            second_language=first if first != language else None,
        )
        chart.show_measurements(list(copy.measurements))
        story.append(FigureFlowable(chart.figure))
    story.append(Spacer(0, 6))
    story.extend(_sentences(copy, styles))
    story.append(Spacer(0, 10))
    if first != language:  # the chart has the scale in `language` already
        story.append(_line(_scale_line(copy.card, first), first, styles.small))
    return story


def _chart_height(copy: ParticipantCopy) -> float:
    """Tall where few questions moved, smaller where many did, so that the copy
    stays on one page as far as a readable chart allows."""
    moved = len(plain_sentences(copy.card, copy.measurements, copy.languages))
    per_sentence = 17.0 + 14.0 * (len(copy.languages) - 1) + 6.0
    room = (PAGE_ROOM - FIXED_ROOM - moved * per_sentence) / 72
    return max(CHART_HEIGHTS[0], min(CHART_HEIGHTS[1], room))


def _sentences(copy: ParticipantCopy, styles: _Styles) -> list[Flowable]:
    language = copy.language
    heading = Paragraph(markup(text("copy_moved", language)), styles.heading)
    if len(copy.measurements) < 2:
        return [heading, _line(text("copy_first", language), language, styles.sentence)]
    sentences = plain_sentences(copy.card, copy.measurements, copy.languages)
    if not sentences:
        return [heading, _line(text("copy_nothing_moved", language), language, styles.sentence)]
    story: list[Flowable] = [heading, Spacer(0, 2)]
    for sentence in sentences:
        lines: list[Flowable] = []
        for index, (told_in, words) in enumerate(sentence.texts):
            lines.append(_line(words, told_in, styles.sentence if index == 0 else styles.under))
        lines.append(Spacer(0, 6))
        story.append(KeepTogether(lines))
    return story


def write_participant_copy(copy: ParticipantCopy, out: str | os.PathLike[str] | BinaryIO) -> int:
    """Write the copy as PDF into `out`; returns its number of pages."""
    register_fonts()
    target: Any = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    language = copy.language
    title = text("copy_title", language)
    document = a4_document(target, title, title, "participant_copy")
    printed = text("printed", language, day=format_day(copy.printed, language))
    canvas = numbered_canvas(text("copy_footer", language, printed=printed), language)
    return build_document(document, participant_copy_story(copy), canvas)


def participant_copy_pdf(copy: ParticipantCopy) -> bytes:
    buffer = io.BytesIO()
    write_participant_copy(copy, buffer)
    return buffer.getvalue()
