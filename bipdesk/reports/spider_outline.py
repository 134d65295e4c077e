"""The coordinator's view on the spider chart: a dashed outline over the latest polygon.

The outline is the latest measurement as the coordinator sees it — the
participant's answers with the coordinator's own values where they see it
differently — so it runs along the latest polygon and steps away only at
those questions, which carry a marker. It is never filled and has its own
legend entry, so it cannot be taken for a measurement.
"""

from __future__ import annotations

from collections.abc import Sequence

from bipdesk.core.coordinator_view import CoordinatorView, coordinator_outline, talking_points
from bipdesk.core.measurements import Measurement, chronological
from bipdesk.reports.spider import Series, SpiderChart
from bipdesk.reports.spider_styles import SeriesStyle, series_styles
from bipdesk.reports.texts import format_day, text

COORDINATOR_STYLE = SeriesStyle(
    "#333333", (0, (3.0, 2.2)), "D", linewidth=1.5, markersize=5.5, filled_marker=False
)
"""Dark grey, short dashes and open diamonds: apart from every measurement's style,
also in grey print."""
OUTLINE_ZORDER = 1.9
"""Over the latest polygon's fill (1.5), under every measurement's line (2 and up)."""


def differing_questions(measurement: Measurement, view: CoordinatorView | None) -> list[str]:
    """The questions where the coordinator's value differs from the answer."""
    if view is None:
        return []
    return [q for q, entry in view.values.items() if measurement.answer(q) != entry.value]


def show_with_coordinator_view(
    chart: SpiderChart, measurements: Sequence[Measurement], view: CoordinatorView | None
) -> bool:
    """Show the measurements (as `SpiderChart.show_measurements`) and, when `view`
    (of the latest of them) differs anywhere, its dashed outline; True when drawn."""
    ordered = chronological(list(measurements))
    series = [Series(format_day(m.date, chart.language), dict(m.answers)) for m in ordered]
    styles = series_styles(len(series))
    latest = ordered[-1] if ordered else None
    if latest is None or view is None or not talking_points(latest, view, chart.card, "sv"):
        chart.show(series, styles)
        return False
    outline = Series(text("coordinator_view", chart.language), coordinator_outline(latest, view))
    chart.show([*series, outline], [*styles, COORDINATOR_STYLE], outlines=1)
    differing = set(differing_questions(latest, view))
    marked = [i for i, q in enumerate(chart.card.questions) if q.id in differing]
    line = chart.lines[-1]
    line.set_markevery(marked)
    # Under the measurements' lines: where the coordinator agrees, the latest
    # polygon covers it, so that only the steps away from it show.
    line.set_zorder(OUTLINE_ZORDER)
    return True
