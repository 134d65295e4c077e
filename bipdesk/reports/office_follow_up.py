"""The follow-up sections of the project-office report (DESIGN §10).

The sections themselves are `bipdesk.reports.follow_up_sections`; here is how
the office's report writes their figures, as every other section of it does
(`OfficeFrame`): published counts with their 95 % margins of error,
`71 ± 6 (66 %)`, and shares only where at least `means_from_n` people stand
behind their base. The hours' shares are taken of the published hours cells
(hours carry no margin: they are not counts). Files made before the
follow-up tables get no such sections.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from bipdesk.core.aggregation import ALL, EXITS, HOURS, LEFT, REGISTERED
from bipdesk.core.cards import Area
from bipdesk.core.follow_up import ACTIVITIES, PARTICIPANTS_MEASURE
from bipdesk.io.table_figures import Figure, count_figure, share_figure
from bipdesk.reports.follow_up_sections import follow_up_sections
from bipdesk.reports.office_frame import OfficeFrame, is_zero
from bipdesk.reports.texts import text


def follow_up(frame: OfficeFrame) -> Iterator[Flowable]:
    """The follow-up sections of the office's report (nothing for older files)."""
    yield from follow_up_sections(OfficeSource(frame))


class OfficeSource:
    """The merged, published figures as the follow-up sections ask for them."""

    def __init__(self, frame: OfficeFrame) -> None:
        self.frame = frame
        self.language = frame.language
        self.width = frame.width
        self.survey_goal = frame.survey_goal
        styles = frame.styles
        self.heading = styles.heading
        self.note = styles.note
        self.cell = styles.cell
        self.cell_bold = styles.cell_bold
        self.indented = ParagraphStyle("fu_indented", styles.cell, leftIndent=12)

    def count(self, table: str, measure: str, **dimensions: str | int) -> Figure:
        return count_figure(self.frame.merged.cell(table, measure, **dimensions))  # type: ignore[arg-type]

    def left(self, sex: str, reason: str | None = None) -> Figure:
        if reason is None:
            return self.frame.exits_total(sex)
        return self.count(EXITS, LEFT, sex=sex, exit_reason=reason)

    def registered(self, sex: str) -> Figure:
        return self.frame.participants(REGISTERED, sex)

    def hours_shares(self, sex: str) -> dict[Area, float] | None:
        """Each area's share of the published hours; withheld below `means_from_n` people."""
        people = self.count(ACTIVITIES, PARTICIPANTS_MEASURE, sex=sex, area=ALL)
        total = self.count(ACTIVITIES, HOURS, sex=sex, area=ALL)
        if people.withheld or (people.value or 0) < self.frame.people or not total.value:
            return None
        shares: dict[Area, float] = {}
        for area in Area:
            hours = self.count(ACTIVITIES, HOURS, sex=sex, area=area.value)
            shares[area] = max(0.0, float(hours.value or 0)) / float(total.value)
        return shares

    def share(self, part: Figure, whole: Figure) -> float | None:
        found = share_figure(part, whole, self.frame.people)
        return None if found.withheld else found.value

    def show(self, figure: Figure, base: Figure | None = None) -> str:
        return self.frame.show(figure, base)

    def is_zero(self, figure: Figure) -> bool:
        return is_zero(figure)

    def head(self, value: str, left: bool = False) -> Paragraph:
        return self.frame.head(value, left)

    def head_number(self, value: str) -> Paragraph:
        return self.frame.head_number(value)

    def number(self, value: str, bold: bool = False) -> Paragraph:
        return self.frame.number(value, bold)

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        extra: Sequence[tuple[Any, ...]],
        total: bool = True,
    ) -> Table:
        return self.frame.table(rows, widths, header_rows=1, total_row=total, extra=extra)

    def note_text(self, key: str, **values: object) -> str:
        return text(f"office_fu_note_{key}", self.language, people=self.frame.people, **values)
