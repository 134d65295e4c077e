"""The headline shares of the unit's own report, as plain sentences (DESIGN §9).

"Of 108 with two or more comparable measurements, 71 (66 %) made a positive
step": the share with two or more comparable measurements of those
registered, the steps of those, and where those who left went — every
figure exact, with its share where there is something to take it of.
"""

from __future__ import annotations

from bipdesk.core.aggregation import COMPARABLE, NEGATIVE, NEUTRAL, POSITIVE, REGISTERED
from bipdesk.core.participants import OutcomeGroup
from bipdesk.io.table_figures import Figure, format_figure
from bipdesk.reports.texts import text
from bipdesk.reports.unit_figures import UnitFigures

NBSP = "\xa0"


def format_count(value: int, language: str) -> str:
    """'1 234' in Swedish, '1,234' in English."""
    return format_figure(Figure(value), language, grouping=True)


def count_with_share(count: int, base: int | None, language: str) -> str:
    """'71 (66 %)': the count and, when there is a base to take it of, its share; the
    parts held together by no-break spaces."""
    shown = format_count(count, language)
    if base is None or base <= 0 or count == 0:
        return shown
    share = format_figure(Figure(count / base, "share"), language)
    return f"{shown}{NBSP}({share.replace(' ', NBSP)})"


def headlines(figures: UnitFigures, language: str) -> list[str]:
    """Registered and comparable, the steps, the exits: one sentence each."""
    registered = figures.participants(REGISTERED)
    comparable = figures.participants(COMPARABLE)
    lines: list[str] = []
    if registered == 0:
        lines.append(text("unit_headline_nobody", language))
    else:
        lines.append(
            text(
                "unit_headline_registered",
                language,
                registered=format_count(registered, language),
                comparable=count_with_share(comparable, registered, language),
            )
        )
        if comparable == 0:
            lines.append(text("unit_headline_no_steps", language))
        else:
            steps = {
                name: count_with_share(figures.participants(measure), comparable, language)
                for name, measure in (
                    ("positive", POSITIVE),
                    ("negative", NEGATIVE),
                    ("neutral", NEUTRAL),
                )
            }
            lines.append(
                text(
                    "unit_headline_steps",
                    language,
                    comparable=format_count(comparable, language),
                    **steps,
                )
            )
    left = figures.exits()
    if left == 0:
        lines.append(text("unit_headline_no_exits", language))
        return lines
    groups = {
        name: count_with_share(figures.exits(group=group.value), left, language)
        for name, group in (
            ("work", OutcomeGroup.WORK_OR_STUDIES),
            ("closer", OutcomeGroup.CLOSER_TO_LABOUR_MARKET),
            ("other", OutcomeGroup.OTHER),
        )
    }
    lines.append(text("unit_headline_exits", language, left=format_count(left, language), **groups))
    return lines
