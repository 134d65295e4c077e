"""The follow-up sections of the unit's own report (DESIGN §10), with exact figures.

The sections themselves are `bipdesk.reports.follow_up_sections`; here is how
the unit's report writes their figures: exact counts, small ones included,
`71 (66 %)` with every share (the report is internal), and the hours as
counted. The figures are looked up among the unit's exact cells by their
dimensions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from bipdesk.core.aggregation import ALL, EXITS, HOURS, LEFT, PARTICIPANTS, REGISTERED, Cell
from bipdesk.core.cards import Area
from bipdesk.core.follow_up import ACTIVITIES
from bipdesk.core.participants import OutcomeGroup
from bipdesk.io.table_figures import Figure
from bipdesk.reports.follow_up_sections import follow_up_sections
from bipdesk.reports.fonts import BOLD
from bipdesk.reports.texts import text
from bipdesk.reports.unit_figures import UnitFigures
from bipdesk.reports.unit_headlines import count_with_share

SHADE = colors.Color(0.93, 0.93, 0.93)

_Key = tuple[str, str, frozenset[tuple[str, str | int]]]


class UnitReportParts(Protocol):
    """What the unit report lends the sections: its figures, styles and table."""

    figures: UnitFigures
    language: str
    heading: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    indented: ParagraphStyle
    head: ParagraphStyle
    head_left: ParagraphStyle
    head_right: ParagraphStyle

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        header_rows: int,
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table: ...


def unit_follow_up(report: UnitReportParts, width: float) -> Iterator[Flowable]:
    """The follow-up sections of the unit's report (nothing when its figures have none)."""
    yield from follow_up_sections(UnitSource(report, width))


def cell_index(cells: Sequence[Cell]) -> dict[_Key, Cell]:
    """The cells by table, measure and dimensions (whatever dimensions a table has)."""
    return {(c.table, c.measure, frozenset(c.dimensions().items())): c for c in cells}


class UnitSource:
    """The unit's exact figures as the follow-up sections ask for them."""

    def __init__(self, report: UnitReportParts, width: float) -> None:
        self.report = report
        self.language = report.language
        self.width = width
        self.heading = report.heading
        self.note = report.note
        self.cell = report.cell
        self.cell_bold = report.cell_bold
        self.indented = report.indented
        self.survey_goal = report.figures.survey_goal
        self._index = cell_index(report.figures.cells)
        self._number = ParagraphStyle("fu_number", report.cell, alignment=TA_RIGHT)
        self._number_bold = ParagraphStyle("fu_number_bold", self._number, fontName=BOLD)

    # -- figures ----------------------------------------------------------------------

    def _value(self, table: str, measure: str, **dimensions: str | int) -> int | float | None:
        found = self._index.get((table, measure, frozenset(dimensions.items())))
        return None if found is None else found.value

    def count(self, table: str, measure: str, **dimensions: str | int) -> Figure:
        return Figure(self._value(table, measure, **dimensions))

    def left(self, sex: str, reason: str | None = None) -> Figure:
        if reason is not None:
            return Figure(self._value(EXITS, LEFT, sex=sex, exit_reason=reason) or 0)
        groups = [self._value(EXITS, LEFT, sex=sex, outcome_group=g.value) for g in OutcomeGroup]
        return Figure(sum(int(v or 0) for v in groups))

    def registered(self, sex: str) -> Figure:
        return Figure(self._value(PARTICIPANTS, REGISTERED, sex=sex, age_band=ALL) or 0)

    def hours_shares(self, sex: str) -> dict[Area, float] | None:
        total = float(self._value(ACTIVITIES, HOURS, sex=sex, area=ALL) or 0)
        if total <= 0:
            return None
        return {
            area: float(self._value(ACTIVITIES, HOURS, sex=sex, area=area.value) or 0) / total
            for area in Area
        }

    def share(self, part: Figure, whole: Figure) -> float | None:
        if part.value is None or not whole.value:
            return None
        return float(part.value) / float(whole.value)

    def show(self, figure: Figure, base: Figure | None = None) -> str:
        whole = None if base is None or base.value is None else int(base.value)
        return count_with_share(int(figure.value or 0), whole, self.language)

    def is_zero(self, figure: Figure) -> bool:
        return figure.value == 0

    # -- cells and tables ------------------------------------------------------------------

    def head(self, value: str, left: bool = False) -> Paragraph:
        style = self.report.head_left if left else self.report.head
        return Paragraph(escape(value), style)

    def head_number(self, value: str) -> Paragraph:
        return Paragraph(escape(value), self.report.head_right)

    def number(self, value: str, bold: bool = False) -> Paragraph:
        return Paragraph(escape(value), self._number_bold if bold else self._number)

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        extra: Sequence[tuple[Any, ...]],
        total: bool = True,
    ) -> Table:
        last = len(rows) - 1
        style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
        if total:
            style += [
                ("LINEABOVE", (0, last), (-1, last), 0.8, colors.black),
                ("BACKGROUND", (0, last), (-1, last), SHADE),
            ]
        return self.report.table(rows, widths, header_rows=1, extra=[*style, *extra])

    def note_text(self, key: str, **values: object) -> str:
        return text(f"unit_fu_note_{key}", self.language, **values)
