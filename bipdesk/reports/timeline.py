"""One participant's activities over the months since the start (DESIGN §10).

Pure matplotlib (no Qt, no pyplot), so the sheet draws it as vectors and a
screen can show the same figure. One lane per BIP area in the card's order —
all four, so an area without activities shows as an empty lane, which is the
point: BIP research finds that work together with health and social support
moves people closer to work. Each activity is a bar in its area's colour
(the spider chart's tints) with its type written on or beside it; activities
of one area that overlap, or whose labels would, get rows of their own. The
months since the start are the time axis (month 1 begins on the start date,
as in `bipdesk.core.activities.months_since_start`); measurement dates are
dashed lines with their dates above, and today or the end a solid grey line.
An ongoing activity runs to today (or the participant's end) and ends in an
arrow head.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon, Rectangle
from matplotlib.textpath import TextToPath

from bipdesk.core.activities import Activity, month_start
from bipdesk.core.cards import Area
from bipdesk.io.table_figures import label
from bipdesk.reports.spider_styles import AREA_TINTS, FONT, MUTED_TEXT, OKABE_ITO, TEXT_COLOUR
from bipdesk.reports.texts import area_name, format_day, text

FONT_SIZE = 7.5
ROW_INCHES = 0.2
"""The height of one row of bars."""
LANE_GAP_INCHES = 0.06
TOP_INCHES = 0.3
"""Room above the lanes for the measurement dates."""
NO_DATES_TOP_INCHES = 0.06
BOTTOM_INCHES = 0.44
"""Room below for the month numbers, and a row with the axis title and the legend."""
LEGEND_ROW_INCHES = 0.11
"""The middle of that row, from the bottom."""
LEFT_INCHES = 0.95
"""Room for the area names."""
RIGHT_INCHES = 0.12
BAR_HEIGHT = 0.72
"""Of a row."""
MEASUREMENT_COLOUR = OKABE_ITO["blue"]
NOW_COLOUR = "#707070"
MAX_MONTH_LABELS = 16
MONTH_LABEL_POINTS = 20.0
"""The least room a month number gets: narrower figures number fewer months."""
NARROW_INCHES = 5.2
"""Below this width the legend gets a row of its own under the axis title."""
SECOND_ROW_INCHES = 0.17

_measure = TextToPath()


@dataclass(frozen=True)
class _Bar:
    activity: Activity
    first: float
    """Ordinal of the first day."""
    last: float
    """Ordinal just after the last day shown."""
    ongoing: bool
    name: str
    label_side: str
    """inside, right (after the bar) or left (before it, where the right has no room)."""
    row: int


def _text_width(value: str, size: float = FONT_SIZE) -> float:
    """The width of `value` in points at `size`, as matplotlib will draw it."""
    prop = FontProperties(family=FONT, size=size)
    width, _height, _descent = _measure.get_text_width_height_descent(value, prop, ismath=False)
    return float(width)


def _darker(colour: str, factor: float = 0.5) -> tuple[float, float, float]:
    red, green, blue = to_rgb(colour)
    return red * factor, green * factor, blue * factor


def _shown_end(activity: Activity, end: date | None, today: date) -> date:
    """The last day a bar shows: the end date, or for an ongoing activity today (the
    participant's end once they have left), never before the activity's start."""
    if activity.end_date is not None:
        return activity.end_date
    stop = end if end is not None and end < today else today
    return max(stop, activity.start_date)


def _month_ticks(start: date, last: date) -> list[tuple[int, date]]:
    """(month number, its first day) for every month since `start` up to the one past `last`."""
    found: list[tuple[int, date]] = []
    month = 1
    while True:
        first = month_start(start, month)
        found.append((month, first))
        if first > last:
            return found
        month += 1


def _pack(
    activities: Sequence[Activity],
    end: date | None,
    today: date,
    days_per_point: float,
    language: str,
    limits: tuple[float, float],
) -> list[_Bar]:
    """Bars of one area in rows: a bar goes into the first row where neither it nor
    its label touches another. A label that does not fit on its bar goes after it,
    or before it where the figure ends first."""
    bars: list[_Bar] = []
    taken: list[list[tuple[float, float]]] = []
    gap = 6 * days_per_point
    x_min, x_max = limits
    for activity in sorted(activities, key=lambda a: (a.start_date, a.id or 0)):
        first = float(activity.start_date.toordinal())
        last = float(_shown_end(activity, end, today).toordinal() + 1)
        name = label(f"activity:{activity.activity.value}", language)
        width = _text_width(name) * days_per_point + 4 * days_per_point
        side = "inside"
        span = (first, last)
        if width + 2 * days_per_point > last - first:
            after = last + width + 8 * days_per_point  # room for an arrow head too
            room_after = x_max + RIGHT_INCHES * 72 * days_per_point - after
            room_before = first - width - x_min
            side = "right" if room_after >= 0 or room_after >= room_before else "left"
            span = (first, after) if side == "right" else (first - width, last)
        row = next(
            (
                i
                for i, used in enumerate(taken)
                if all(span[0] >= b + gap or span[1] + gap <= a for a, b in used)
            ),
            len(taken),
        )
        if row == len(taken):
            taken.append([])
        taken[row].append(span)
        ongoing = activity.end_date is None and (end is None or end > today)
        bars.append(_Bar(activity, first, last, ongoing, name, side, row))
    return bars


def timeline_figure(
    activities: Sequence[Activity],
    start: date,
    end: date | None,
    measurement_dates: Sequence[date],
    today: date,
    language: str,
    width_inches: float = 7.0,
) -> Figure:
    """The timeline of one participant who started on `start` (and left on `end`)."""
    first_day = min([start, *(a.start_date for a in activities)])
    shown_ends = [_shown_end(a, end, today) for a in activities]
    last_day = max([start, end or today, *shown_ends, *measurement_dates])
    ticks = _month_ticks(start, last_day)
    x_min = float(min(first_day, start).toordinal())
    x_max = float(ticks[-1][1].toordinal())
    plot_points = max(0.5, width_inches - LEFT_INCHES - RIGHT_INCHES) * 72
    days_per_point = (x_max - x_min) / plot_points

    lanes: list[tuple[Area, list[_Bar], int]] = []
    for area in Area:
        mine = [a for a in activities if a.area == area]
        bars = _pack(mine, end, today, days_per_point, language, (x_min, x_max))
        lanes.append((area, bars, max((b.row for b in bars), default=0) + 1))

    rows = sum(count for _area, _bars, count in lanes)
    lanes_inches = rows * ROW_INCHES + LANE_GAP_INCHES * len(lanes)
    dated = any(x_min <= d.toordinal() <= x_max for d in measurement_dates)
    bottom_inches = BOTTOM_INCHES + (SECOND_ROW_INCHES if width_inches < NARROW_INCHES else 0)
    height = (TOP_INCHES if dated else NO_DATES_TOP_INCHES) + lanes_inches + bottom_inches
    figure = Figure(figsize=(width_inches, height), dpi=100)
    figure.set_facecolor("white")
    axes = figure.add_axes(
        (
            LEFT_INCHES / width_inches,
            bottom_inches / height,
            (width_inches - LEFT_INCHES - RIGHT_INCHES) / width_inches,
            lanes_inches / height,
        )
    )
    row_units = ROW_INCHES
    gap_units = LANE_GAP_INCHES
    total = lanes_inches
    axes.set_xlim(x_min, x_max)
    axes.set_ylim(0, total)
    axes.set_autoscale_on(False)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color("#808080")
    axes.tick_params(axis="y", length=0)

    # lanes from the top: job focus, health, social, skills
    centres: list[float] = []
    top = total
    for area, bars, count in lanes:
        lane_height = count * row_units + gap_units
        bottom = top - lane_height
        axes.add_patch(
            Rectangle(
                (x_min, bottom + gap_units / 4),
                x_max - x_min,
                lane_height - gap_units / 2,
                facecolor=AREA_TINTS[area],
                alpha=0.28,
                edgecolor="none",
                zorder=0.2,
            )
        )
        centres.append(bottom + lane_height / 2)
        for bar in bars:
            _draw_bar(axes, bar, area, top - gap_units / 2 - (bar.row + 1) * row_units)
        top = bottom
    axes.set_yticks(centres)
    axes.set_yticklabels(
        [area_name(area, language).capitalize() for area, _b, _c in lanes],
        fontsize=FONT_SIZE + 0.5,
        fontfamily=FONT,
        color=TEXT_COLOUR,
    )

    _draw_months(axes, ticks, x_min, x_max, language, total)
    _draw_marks(axes, figure, measurement_dates, start, end, today, x_min, x_max, language)
    return figure


def _draw_bar(axes: Axes, bar: _Bar, area: Area, row_bottom: float) -> None:
    height = ROW_INCHES * BAR_HEIGHT
    y = row_bottom + (ROW_INCHES - height) / 2
    edge = _darker(AREA_TINTS[area])
    right = bar.last
    axes.add_patch(
        Rectangle(
            (bar.first, y),
            right - bar.first,
            height,
            facecolor=AREA_TINTS[area],
            edgecolor=edge,
            linewidth=0.8,
            zorder=2,
        )
    )
    if bar.ongoing:  # the bar ends in an arrow head: it goes on
        tip = 0.09 * _days_per_inch(axes)
        axes.add_patch(
            Polygon(
                [
                    (right, y - height * 0.15),
                    (right + tip, y + height / 2),
                    (right, y + height * 1.15),
                ],
                closed=True,
                facecolor=edge,
                edgecolor=edge,
                linewidth=0.5,
                zorder=2.1,
                clip_on=False,
            )
        )
    if bar.label_side == "inside":
        x, ha = bar.first + 3 * _days_per_inch(axes) / 72, "left"
    elif bar.label_side == "left":
        x, ha = bar.first - 0.04 * _days_per_inch(axes), "right"
    else:
        extra = 0.12 if bar.ongoing else 0.04
        x, ha = right + extra * _days_per_inch(axes), "left"
    axes.text(
        x,
        y + height / 2,
        bar.name,
        ha=ha,
        va="center",
        fontsize=FONT_SIZE,
        fontfamily=FONT,
        color=TEXT_COLOUR,
        zorder=3,
        clip_on=False,
    )


def _days_per_inch(axes: Axes) -> float:
    x_min, x_max = axes.get_xlim()
    figure = axes.get_figure(root=True)
    assert isinstance(figure, Figure)
    width = axes.get_position().width * float(figure.get_size_inches()[0])
    return float(x_max - x_min) / width


def _draw_months(
    axes: Axes,
    ticks: list[tuple[int, date]],
    x_min: float,
    x_max: float,
    language: str,
    total: float,
) -> None:
    """Thin lines between the months since the start, their numbers under the middle."""
    months = len(ticks) - 1
    figure = axes.get_figure(root=True)
    assert isinstance(figure, Figure)
    points = axes.get_position().width * float(figure.get_size_inches()[0]) * 72
    most = min(MAX_MONTH_LABELS, max(1.0, points / MONTH_LABEL_POINTS))
    step = next((s for s in (1, 2, 3, 6, 12) if months / s <= most), 12)
    centres: list[float] = []
    numbers: list[str] = []
    for (month, first), (_next, following) in pairwise(ticks):
        left = float(first.toordinal())
        if month > 1 or left > x_min:
            axes.axvline(left, color="#C8C8C8", linewidth=0.5, zorder=0.5)
        if month % step == 0 or (month == 1 and step != 2):
            centres.append((left + following.toordinal()) / 2)
            numbers.append(str(month))
    axes.set_xticks(centres)
    axes.set_xticklabels(numbers, fontsize=FONT_SIZE, fontfamily=FONT, color=MUTED_TEXT)
    axes.tick_params(axis="x", length=0, pad=2)


def _draw_marks(
    axes: Axes,
    figure: Figure,
    measurement_dates: Sequence[date],
    start: date,
    end: date | None,
    today: date,
    x_min: float,
    x_max: float,
    language: str,
) -> None:
    """Measurement dates (dashed, dated above) and today or the end (solid grey)."""
    dash = (0, (3.0, 2.0))
    previous_right = -1e9
    per_inch = _days_per_inch(axes)
    shown = [d for d in sorted(set(measurement_dates)) if x_min <= d.toordinal() + 0.5 <= x_max]
    for day in shown:
        x = day.toordinal() + 0.5
        axes.axvline(x, color=MEASUREMENT_COLOUR, linewidth=1.1, linestyle=dash, zorder=2.5)
        words = format_day(day, language)
        half = _text_width(words, FONT_SIZE - 0.5) / 72 * per_inch / 2
        # the date above its line (kept inside the figure on the right), unless it
        # would run into the previous one
        where = min(x, x_max + RIGHT_INCHES * 0.8 * per_inch - half)
        if where - half > previous_right:
            axes.text(
                where,
                axes.get_ylim()[1] + 0.04,
                words,
                ha="center",
                va="bottom",
                fontsize=FONT_SIZE - 0.5,
                fontfamily=FONT,
                color=MEASUREMENT_COLOUR,
                clip_on=False,
            )
            previous_right = where + half + 4 / 72 * per_inch
    ended = end is not None and end <= today
    now = end if ended and end is not None else today
    now_x = now.toordinal() + 0.5
    handles: list[Line2D] = []
    names: list[str] = []
    if x_min <= now_x <= x_max and now >= start:
        axes.axvline(now_x, color=NOW_COLOUR, linewidth=1.1, zorder=2.4)
        handles.append(Line2D([], [], color=NOW_COLOUR, linewidth=1.1))
        names.append(text("timeline_end" if ended else "timeline_today", language))
    if shown:
        handles.insert(0, Line2D([], [], color=MEASUREMENT_COLOUR, linewidth=1.1, linestyle=dash))
        names.insert(0, text("timeline_measurement", language))
    width, height = (float(v) for v in figure.get_size_inches())
    row = LEGEND_ROW_INCHES / height
    narrow = width < NARROW_INCHES
    figure.text(
        LEFT_INCHES / width,
        (LEGEND_ROW_INCHES + (SECOND_ROW_INCHES if narrow else 0)) / height,
        text("timeline_months", language),
        ha="left",
        va="center",
        fontsize=FONT_SIZE,
        fontfamily=FONT,
        color=MUTED_TEXT,
    )
    if not handles:
        return
    figure.legend(
        handles,
        names,
        loc="center right",
        bbox_to_anchor=(1 - RIGHT_INCHES / width, row),
        ncols=len(handles),
        frameon=False,
        prop=FontProperties(family=FONT, size=FONT_SIZE),
        labelcolor=MUTED_TEXT,
        handlelength=2.2,
        borderaxespad=0.0,
        borderpad=0.0,
        columnspacing=1.4,
    )
