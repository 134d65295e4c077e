"""The charts of the follow-up sections (DESIGN §10), shared by the unit's own
report and the project office's: the share of the activity hours per BIP area
by sex, participants with parallel activities month by month since their
start, and the exit survey's positive shares against the project's goal.

Pure matplotlib (no Qt, no pyplot), drawn as vectors by the reports. Every
series has its own marker and line style besides its colour, so the charts
also read in grey print; a withheld figure is shown as `..`, never as a zero.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from bipdesk.core.activities import MAX_MONTH
from bipdesk.core.cards import Area
from bipdesk.io.table_figures import WITHHELD_TEXT, format_figure
from bipdesk.io.table_figures import Figure as Shown
from bipdesk.reports.spider_styles import AREA_TINTS, FONT, MUTED_TEXT, OKABE_ITO, TEXT_COLOUR
from bipdesk.reports.texts import area_name, text

WIDTH = 6.9
"""Inches: the text column of the reports."""
FONT_SIZE = 8.0
GRID_COLOUR = "#D8D8D8"
GOAL_COLOUR = OKABE_ITO["vermillion"]


@dataclass(frozen=True)
class MonthCounts:
    """One month since the start: people in the project, with activities of two or
    more areas, and with a job activity and another area (None: withheld)."""

    month: int
    active: float | None
    parallel: float | None
    job_and_other: float | None
    margins: tuple[int | None, int | None, int | None] = (None, None, None)
    """The 95 % margins of error of the three counts (merged files)."""


def percent(share: float, language: str) -> str:
    """'66 %' in Swedish, '66%' in English (babel)."""
    return format_figure(Shown(share, "share"), language)


def _font(size: float = FONT_SIZE) -> FontProperties:
    return FontProperties(family=FONT, size=size)


def _plain_axes(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color("#808080")
        axes.spines[side].set_linewidth(0.8)
    axes.tick_params(colors=MUTED_TEXT, labelsize=FONT_SIZE, length=3, width=0.6)
    for tick in (*axes.get_xticklabels(), *axes.get_yticklabels()):
        tick.set_fontfamily(FONT)


def _darker(colour: str, factor: float = 0.55) -> tuple[float, float, float]:
    red, green, blue = to_rgb(colour)
    return red * factor, green * factor, blue * factor


# -- hours per area -------------------------------------------------------------------


def hours_figure(
    rows: Sequence[tuple[str, Mapping[Area, float] | None]],
    language: str,
    width: float = WIDTH,
) -> Figure:
    """One 100 % bar per row (all, women, men, …): each area's share of the hours.

    A row of None is withheld (too few people behind it) and shows `..`.
    """
    height = 0.62 + 0.36 * len(rows)
    figure = Figure(figsize=(width, height), dpi=100)
    figure.set_facecolor("white")
    left, right = 1.2, 0.25
    bottom, top = 0.32, 0.3
    axes = figure.add_axes(
        (left / width, bottom / height, 1 - (left + right) / width, 1 - (bottom + top) / height)
    )
    count = len(rows)
    for index, (_name, shares) in enumerate(rows):
        y = count - 1 - index
        if shares is None:
            axes.text(0.01, y, WITHHELD_TEXT, va="center", fontproperties=_font(), color=MUTED_TEXT)
            continue
        start = 0.0
        for area in Area:
            # published hours need not add up exactly: the bar stops at 100 %
            share = min(shares.get(area, 0.0), 1.0 - start)
            if share <= 0:
                continue
            axes.barh(
                y,
                share,
                left=start,
                height=0.62,
                color=AREA_TINTS[area],
                edgecolor=_darker(AREA_TINTS[area]),
                linewidth=0.7,
            )
            if share >= 0.06:
                axes.text(
                    start + share / 2,
                    y,
                    percent(share, language),
                    ha="center",
                    va="center",
                    fontproperties=_font(FONT_SIZE - 0.5),
                    color=TEXT_COLOUR,
                )
            start += share
    axes.set_xlim(0, 1)
    axes.set_ylim(-0.5, count - 0.5)
    axes.set_yticks(range(count))
    axes.set_yticklabels([name for name, _ in reversed(rows)])
    axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: percent(v, language)))
    axes.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    axes.tick_params(axis="y", length=0)
    _plain_axes(axes)
    axes.spines["left"].set_visible(False)
    handles = [
        Patch(facecolor=AREA_TINTS[a], edgecolor=_darker(AREA_TINTS[a]), linewidth=0.7)
        for a in Area
    ]
    names = [area_name(a, language).capitalize() for a in Area]
    _top_legend(figure, handles, names, (left / width, 1 - 0.04 / height), 1.4, 1.6)
    return figure


def _top_legend(
    figure: Figure,
    handles: Sequence[Any],
    names: Sequence[str],
    anchor: tuple[float, float],
    handle_length: float,
    spacing: float,
) -> None:
    """The charts' legend: one row above the plot, from its left edge, without a frame."""
    figure.legend(
        handles,
        names,
        loc="upper left",
        bbox_to_anchor=anchor,
        ncols=len(handles),
        frameon=False,
        prop=_font(),
        labelcolor=TEXT_COLOUR,
        borderaxespad=0.0,
        handlelength=handle_length,
        columnspacing=spacing,
    )


# -- parallel activities by month since start -------------------------------------------


_SERIES = (
    ("active", "#505050", "solid", "o"),
    ("parallel", OKABE_ITO["blue"], "solid", "s"),
    ("job_and_other", OKABE_ITO["vermillion"], (0, (5.0, 2.5)), "^"),
)


def parallel_figure(
    months: Sequence[MonthCounts], language: str, width: float = WIDTH, height: float = 3.1
) -> Figure:
    """Participants in the project, with parallel activities and with a job activity and
    another area, for months 1–24 since their start; margins of error as light bands."""
    figure = Figure(figsize=(width, height), dpi=100)
    figure.set_facecolor("white")
    left, right, bottom, top = 0.62, 0.2, 0.5, 0.42
    axes = figure.add_axes(
        (left / width, bottom / height, 1 - (left + right) / width, 1 - (bottom + top) / height)
    )
    handles = []
    names = []
    for position, (name, colour, style, marker) in enumerate(_SERIES):
        xs: list[int] = []
        ys: list[float] = []
        lows: list[float] = []
        highs: list[float] = []
        for month in months:
            value = (month.active, month.parallel, month.job_and_other)[position]
            if value is None:
                continue
            margin = month.margins[position] or 0
            xs.append(month.month)
            ys.append(float(value))
            lows.append(max(0.0, float(value) - margin))
            highs.append(float(value) + margin)
        if any(high != low for high, low in zip(highs, lows, strict=True)):
            axes.fill_between(xs, lows, highs, color=colour, alpha=0.12, linewidth=0)
        (line,) = axes.plot(
            xs,
            ys,
            color=colour,
            linestyle=style,
            marker=marker,
            markersize=4.2,
            linewidth=1.6,
            markerfacecolor=colour if name != "active" else "white",
            markeredgewidth=1.0,
        )
        handles.append(line)
        names.append(text(f"follow_up_chart_{name}", language))
    axes.set_xlim(0.5, MAX_MONTH + 0.5)
    axes.set_xticks(range(1, MAX_MONTH + 1))
    top_value = max(
        (float(v) for m in months for v in (m.active, m.parallel, m.job_and_other) if v),
        default=1.0,
    )
    axes.set_ylim(0, top_value * 1.08 + 1)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    axes.grid(axis="y", color=GRID_COLOUR, linewidth=0.5)
    axes.set_axisbelow(True)
    _plain_axes(axes)
    axes.set_xlabel(
        text("follow_up_chart_month", language), fontproperties=_font(), color=MUTED_TEXT
    )
    axes.set_ylabel(
        text("follow_up_chart_people", language), fontproperties=_font(), color=MUTED_TEXT
    )
    _top_legend(figure, handles, names, (left / width, 1 - 0.04 / height), 2.6, 1.8)
    return figure


# -- the exit survey ------------------------------------------------------------------------


def survey_figure(
    questions: Sequence[tuple[str, float | None]],
    language: str,
    goal: float,
    width: float = WIDTH,
) -> Figure:
    """A bar per question: its share of positive answers (3 or 4), against the goal line.

    A share of None is withheld and shows `..`.
    """
    height = 0.8 + 0.4 * len(questions)
    figure = Figure(figsize=(width, height), dpi=100)
    figure.set_facecolor("white")
    left, right, bottom, top = 2.3, 0.35, 0.32, 0.36
    axes = figure.add_axes(
        (left / width, bottom / height, 1 - (left + right) / width, 1 - (bottom + top) / height)
    )
    count = len(questions)
    for index, (_name, share) in enumerate(questions):
        y = count - 1 - index
        if share is None:
            axes.text(0.01, y, WITHHELD_TEXT, va="center", fontproperties=_font(), color=MUTED_TEXT)
            continue
        reached = share >= goal
        colour = OKABE_ITO["blue"] if reached else OKABE_ITO["sky_blue"]
        axes.barh(y, share, height=0.58, color=colour, edgecolor=_darker(colour), linewidth=0.7)
        # the share right of its bar, on white where the goal line runs under it
        axes.text(
            share + 0.012,
            y,
            percent(share, language),
            ha="left",
            va="center",
            fontproperties=_font(),
            color=TEXT_COLOUR,
            fontweight="bold",
            bbox={"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "none"},
            zorder=4,
        )
    axes.axvline(goal, color=GOAL_COLOUR, linewidth=1.4, linestyle=(0, (4.0, 2.0)), zorder=3)
    axes.text(
        goal,
        count - 0.5,
        text("follow_up_chart_goal", language, goal=percent(goal, language)),
        ha="center",
        va="bottom",
        fontproperties=_font(),
        color=GOAL_COLOUR,
        clip_on=False,
    )
    axes.set_xlim(0, 1)
    axes.set_ylim(-0.5, count - 0.5)
    axes.set_yticks(range(count))
    axes.set_yticklabels([name for name, _ in reversed(questions)])
    axes.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
    axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: percent(v, language)))
    axes.grid(axis="x", color=GRID_COLOUR, linewidth=0.5)
    axes.set_axisbelow(True)
    axes.tick_params(axis="y", length=0)
    _plain_axes(axes)
    axes.spines["left"].set_visible(False)
    return figure
