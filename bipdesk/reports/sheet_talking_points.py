"""The coordinator's view on the follow-up sheet: "talked through together" and the
talking points — each question where the coordinator sees it differently, with
the participant's answer beside the coordinator's value and why.

The sheet is the coordinator's paper for the next conversation, so the view is
on it; the participant's own copy (`participant_copy`) never has it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from bipdesk.core.cards import Card, localized
from bipdesk.core.coordinator_view import CoordinatorView, talking_points
from bipdesk.core.measurements import Measurement
from bipdesk.reports.fonts import BOLD, REGULAR, markup
from bipdesk.reports.texts import format_day, text
from bipdesk.storage.repository import Repository

TABLE_WIDTH = 6.9 * 72
"""Points: the text column of the sheet, as the spider chart."""
NUMBER_WIDTH = 76.0


def latest_view(
    repository: Repository, measurements: Sequence[Measurement]
) -> CoordinatorView | None:
    """The coordinator's view of the latest of `measurements` (oldest first); None
    when there is none or it is empty."""
    if not measurements or measurements[-1].id is None:
        return None
    view = repository.coordinator_view(measurements[-1].id)
    return None if view.is_empty else view


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("talk", fontName=REGULAR, fontSize=9, leading=11.5)
        self.heading = ParagraphStyle(
            "talk_heading", base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=4
        )
        self.intro = ParagraphStyle(
            "talk_intro", base, fontSize=8.5, leading=11, textColor=colors.Color(0.25, 0.25, 0.25)
        )
        self.cell = base
        self.head = ParagraphStyle("talk_head", base, fontName=BOLD, fontSize=8.5, leading=10.5)
        self.head_centre = ParagraphStyle("talk_head_centre", self.head, alignment=TA_CENTER)
        self.number = ParagraphStyle("talk_number", base, alignment=TA_CENTER)


def talking_points_story(
    card: Card, latest: Measurement | None, view: CoordinatorView | None, language: str
) -> list[Flowable]:
    """'Talked through together' and the talking points of the latest compared
    measurement; nothing when the coordinator noted nothing about it."""
    if latest is None or view is None or view.is_empty:
        return []
    styles = _Styles()
    story: list[Flowable] = []
    if view.talked_through:
        day = format_day(latest.date, language)
        story.append(Paragraph(markup(text("talked_through", language, day=day)), styles.cell))
        story.append(Spacer(0, 4))
    points = talking_points(latest, view, card, language)
    if not points:
        return story
    dash = text("not_answered", language)
    rows: list[list[Flowable]] = [
        [
            Paragraph(markup(text("talking_points_question", language)), styles.head),
            Paragraph(markup(text("talking_points_answer", language)), styles.head_centre),
            Paragraph(markup(text("talking_points_coordinator", language)), styles.head_centre),
            Paragraph(markup(text("talking_points_reason", language)), styles.head),
        ]
    ]
    for point in points:
        rows.append(
            [
                Paragraph(markup(point.label), styles.cell),
                Paragraph(dash if point.answer is None else str(point.answer), styles.number),
                Paragraph(str(point.coordinator_value), styles.number),
                Paragraph(markup(point.reason), styles.cell),
            ]
        )
    question_width = 140.0
    widths = [
        question_width,
        NUMBER_WIDTH,
        NUMBER_WIDTH,
        TABLE_WIDTH - question_width - 2 * NUMBER_WIDTH,
    ]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.7, 0.7, 0.7)),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                Paragraph(markup(text("talking_points", language)), styles.heading),
                Paragraph(markup(text("talking_points_intro", language)), styles.intro),
                Spacer(0, 3),
                table,
            ]
        )
    )
    story.append(Spacer(0, 10))
    return story


def coordinator_view_paragraph(
    card: Card | None, view: CoordinatorView | None, language: str, style: ParagraphStyle
) -> list[Flowable]:
    """The coordinator's view of one measurement in one paragraph (for the
    subject-access extract: recorded about the person, so theirs to read)."""
    if view is None or view.is_empty:
        return []
    parts: list[str] = []
    if view.talked_through:
        parts.append(markup(text("view_talked_through", language)))
    values = []
    for question_id, entry in view.values.items():
        label = question_id
        if card is not None and card.has_question(question_id):
            label = localized(card.question(question_id).label, language)
        values.append(
            markup(
                text("view_value", language, label=label, value=entry.value, reason=entry.reason)
            )
        )
    if values:
        parts.append("; ".join(values) + ".")
    heading = markup(text("coordinator_view", language))
    return [Spacer(0, 3), Paragraph(f"<b>{heading}:</b> {' '.join(parts)}", style)]
