"""The follow-up sheet's activities (DESIGN §10): under the spider chart, the
participant's timeline — activities per BIP area over the months since the
start, measurement dates marked — and a short list of what each activity is,
when it ran and its hours.

The free-text `place` of an activity stays on screen: the sheet is handed
over and filed, so it shows type, area, dates, hours and branch only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from bipdesk.core.activities import Activity
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.io.table_figures import label
from bipdesk.reports.fonts import BOLD, REGULAR
from bipdesk.reports.texts import area_name, format_day, format_number, text
from bipdesk.reports.timeline import timeline_figure
from bipdesk.reports.vector import FigureFlowable
from bipdesk.storage.repository import Repository

TIMELINE_WIDTH = 6.9
"""Inches: the text column of the sheet, as the spider chart."""


@dataclass(frozen=True)
class ActivityHistory:
    """What the sheet's timeline shows of one participant."""

    activities: tuple[Activity, ...]
    """Oldest first."""
    start: date
    """The participant's start (or the first activity's, when the start is not known)."""
    end: date | None
    """The participant's end date (None: still in the project)."""
    measurement_dates: tuple[date, ...]
    """Every measurement of the participant, not only the compared ones."""


def activity_history(
    participant: Participant, activities: Iterable[Activity], measurements: Sequence[Measurement]
) -> ActivityHistory | None:
    """The timeline of `participant`; None when they have no activities (nothing to draw)."""
    chosen = tuple(sorted(activities, key=lambda a: (a.start_date, a.id or 0)))
    if not chosen:
        return None
    first = chosen[0].start_date
    start = participant.start_date or first
    days = tuple(sorted({m.date for m in measurements}))
    return ActivityHistory(chosen, start, participant.end_date, days)


def load_history(
    repository: Repository, participant: Participant, measurements: Sequence[Measurement]
) -> ActivityHistory | None:
    """The timeline of `participant` as stored (None when they have no activities)."""
    return activity_history(participant, repository.activities(participant.code), measurements)


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("activities", fontName=REGULAR, fontSize=8.5, leading=10.5)
        self.heading = ParagraphStyle(
            "activities_heading", base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=4
        )
        self.cell = base
        self.head = ParagraphStyle("activities_head", base, fontName=BOLD, alignment=TA_LEFT)
        self.head_right = ParagraphStyle("activities_head_right", self.head, alignment=TA_RIGHT)
        self.right = ParagraphStyle("activities_right", base, alignment=TA_RIGHT)


def activity_story(history: ActivityHistory | None, language: str, today: date) -> list[Flowable]:
    """The heading, the timeline figure and the list of activities (nothing without any)."""
    if history is None:
        return []
    styles = _Styles()
    figure = timeline_figure(
        list(history.activities),
        history.start,
        history.end,
        list(history.measurement_dates),
        today,
        language,
        width_inches=TIMELINE_WIDTH,
    )
    heading = Paragraph(escape(text("sheet_activities", language)), styles.heading)
    return [
        KeepTogether([heading, Spacer(0, 2), FigureFlowable(figure)]),
        Spacer(0, 4),
        activity_table(history.activities, language, styles),
    ]


def _period(activity: Activity, language: str) -> str:
    first = format_day(activity.start_date, language)
    if activity.end_date is None:
        return f"{first} – ({text('sheet_activity_ongoing', language)})"
    return f"{first} – {format_day(activity.end_date, language)}"


def activity_table(
    activities: Sequence[Activity], language: str, styles: _Styles | None = None
) -> Table:
    """Type, area, when and hours of each activity, oldest first, and the branch
    when any activity has one."""
    styles = styles or _Styles()

    def p(value: str, style: ParagraphStyle = styles.cell) -> Paragraph:
        return Paragraph(escape(value), style)

    branches = any(a.branch for a in activities)
    header = [
        p(text("sheet_activity", language), styles.head),
        p(text("sheet_activity_area", language), styles.head),
        p(text("sheet_activity_period", language), styles.head),
        p(text("sheet_activity_hours", language), styles.head_right),
    ]
    if branches:
        header.append(p(text("sheet_activity_branch", language), styles.head))
    rows: list[list[Paragraph]] = [header]
    for activity in activities:
        row = [
            p(label(f"activity:{activity.activity.value}", language)),
            p(area_name(activity.area, language)),
            p(_period(activity, language)),
            p(
                format_number(activity.hours, language, 1 if activity.hours % 1 else 0),
                styles.right,
            ),
        ]
        if branches:
            row.append(p(label(f"branch:{activity.branch}", language) if activity.branch else ""))
        rows.append(row)
    widths = [108.0, 60.0, 136.0, 48.0]  # the branch gets the rest: its words are long
    if branches:
        widths.append(TIMELINE_WIDTH * 72 - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.7, 0.7, 0.7)),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
