"""The spider (radar) chart: one axis per question, one polygon per measurement.

Pure matplotlib (no Qt, no pyplot): the participant page, the follow-up sheet
and the command line all draw through `SpiderChart`, so screen and paper show
the same picture. A chart keeps its figure, rings, labels and area bands (its
`SpiderDisc`, bipdesk.reports.spider_disc), and `show` only swaps the
measurement polygons and the legend, so a redraw after ticking a measurement
stays fast.

Reading rules that the chart keeps:
- the radial range is the card's scale, never autoscaled; a ring at every step;
- an unanswered question is a gap in that polygon (NaN), never a zero;
- each measurement has its own colour, line style and marker
  (bipdesk.reports.spider_styles), so that it still reads in black and white.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon

from bipdesk.core.cards import Card
from bipdesk.core.measurements import Measurement, chronological
from bipdesk.reports.changes import MAX_COMPARED
from bipdesk.reports.spider_disc import DEFAULT_SIZE, SpiderDisc
from bipdesk.reports.spider_styles import (
    LABEL_FONTS,
    LATEST_FILL_ALPHA,
    TEXT_COLOUR,
    SeriesStyle,
    series_styles,
)
from bipdesk.reports.texts import format_day, format_number, text

DEFAULT_GROUP_K = 5


@dataclass(frozen=True)
class Series:
    """One polygon: a legend label and the value per question id (None = gap)."""

    label: str
    values: Mapping[str, float | int | None]


class GroupTooSmallError(ValueError):
    """A group chart for fewer than k people could identify someone."""

    def __init__(self, n: int, k: int, language: str = "sv") -> None:
        self.n = n
        self.k = k
        super().__init__(text("group_too_small", language, n=n, k=k))


def reading_order(handles: Sequence[Line2D], columns: int) -> list[Line2D]:
    """`handles` rearranged so that a legend of `columns` columns, which matplotlib
    fills column by column, reads oldest first along each row, as a person reads."""
    count = len(handles)
    rows = -(-count // columns) if columns else 0
    return [
        handles[row * columns + column]
        for column in range(columns)
        for row in range(rows)
        if row * columns + column < count
    ]


class SpiderChart(SpiderDisc):
    """A spider chart for one card, redrawn with other measurements by `show`."""

    def __init__(
        self,
        card: Card,
        language: str = "sv",
        figure: Figure | None = None,
        size: tuple[float, float] = DEFAULT_SIZE,
        font_size: float = 9.0,
        legend_title: str | None = None,
        top_space: float = 0.0,
        second_language: str | None = None,
    ) -> None:
        """`top_space`: inches kept free above the question labels (for a title);
        `second_language`: the participant's, under each label where the card has it."""
        self.lines: list[Line2D] = []
        self.fills: list[Polygon] = []
        self.series: list[Series] = []
        self.legend: Legend | None = None
        self._legend_title = legend_title
        self._animated = False
        super().__init__(card, language, figure, size, font_size, top_space, second_language)

    # -- the polygons --------------------------------------------------------------

    def values_of(self, series: Series) -> np.ndarray:
        """Values in card order, NaN for an unanswered question (a gap, not a zero)."""
        return np.array(
            [
                np.nan if (v := series.values.get(q.id)) is None else float(v)
                for q in self.card.questions
            ]
        )

    def show(
        self,
        series: Sequence[Series],
        styles: Sequence[SeriesStyle] | None = None,
        outlines: int = 0,
    ) -> None:
        """Replace the polygons (oldest first) and the legend; the last `outlines`
        series are outlines drawn over them, never filled (`spider_outline`)."""
        if len(series) - outlines > MAX_COMPARED:
            raise ValueError(f"at most {MAX_COMPARED} series fit on one chart")  # programming error
        for artist in [*self.lines, *self.fills]:
            artist.remove()
        if self.legend is not None:
            self.legend.remove()
            self.legend = None
        self.lines, self.fills = [], []
        self.series = list(series)
        styles = list(styles) if styles is not None else series_styles(len(series))
        theta = np.append(self.angles, self.angles[0] + 2 * math.pi)
        for index, (item, style) in enumerate(zip(series, styles, strict=True)):
            values = self.values_of(item)
            closed = np.append(values, values[0])
            latest = index == len(series) - 1 - outlines
            if latest and not np.isnan(values).any() and len(values) > 2:
                fill = Polygon(
                    np.column_stack([self.angles, values]),
                    closed=True,
                    facecolor=style.colour,
                    alpha=LATEST_FILL_ALPHA,
                    edgecolor="none",
                    transform=self.axes.transData,
                    zorder=1.5,
                )
                self.axes.add_patch(fill)
                self.fills.append(fill)
            (line,) = self.axes.plot(
                theta,
                closed,
                color=style.colour,
                linestyle=style.linestyle,
                linewidth=style.linewidth,
                marker=style.marker,
                markersize=style.markersize,
                markerfacecolor=style.colour if style.filled_marker else "white",
                markeredgecolor=style.colour,
                markeredgewidth=1.3,
                label=item.label,
                zorder=2 + index,
                clip_on=False,
            )
            # The closing vertex repeats the first: mark it once.
            line.set_markevery(list(range(len(values))))
            self.lines.append(line)
        if series:
            columns = min(3, len(series))
            self.legend = self.figure.legend(
                handles=reading_order(self.lines, columns),
                loc="lower center",
                bbox_to_anchor=(0.5, (0.8 * self.font_size * 1.6 + 4) / 72 / self._height),
                ncols=columns,
                fontsize=self.font_size,
                title=self._legend_title,
                title_fontsize=self.font_size,
                frameon=False,
                handlelength=3.2,
                columnspacing=1.6,
                prop={"family": LABEL_FONTS, "size": self.font_size},
            )
        for artist in self.dynamic_artists:
            artist.set_animated(self._animated)

    def show_measurements(self, measurements: Sequence[Measurement]) -> None:
        """One polygon per measurement (put oldest first), dated in the legend."""
        ordered = chronological(list(measurements))
        self.show([Series(format_day(m.date, self.language), dict(m.answers)) for m in ordered])

    @property
    def dynamic_artists(self) -> list[Artist]:
        """What `show` replaces (polygons, their fill, the legend), and the scale's
        numbers drawn over them."""
        artists: list[Artist] = [*self.fills, *self.lines]
        if self.legend is not None:
            artists.append(self.legend)
        return [*artists, *self.ring_labels]  # last: on top of the polygons' markers

    @property
    def animated(self) -> bool:
        return self._animated

    @animated.setter
    def animated(self, value: bool) -> None:
        """Animated polygons are left out of a full draw, for blitting on a canvas
        (`draw_dynamic`); a chart that is saved or printed must not be animated."""
        self._animated = value
        for artist in self.dynamic_artists:
            artist.set_animated(value)

    def draw_dynamic(self) -> None:
        """Draw only the polygons and legend onto the figure's canvas (after a restore)."""
        for artist in self.dynamic_artists:
            self.figure.draw_artist(artist)

    def radial_values(self, index: int) -> np.ndarray:
        """The values drawn for polygon `index`, in card order (for tests and checks)."""
        _theta, radii = self.lines[index].get_data()
        return np.asarray(radii, dtype=float)[: len(self.angles)]


def spider_figure(
    card: Card,
    measurements: Sequence[Measurement],
    language: str = "sv",
    size: tuple[float, float] = DEFAULT_SIZE,
    font_size: float = 9.0,
) -> Figure:
    """A new figure comparing `measurements` (at most six) of one participant."""
    chart = SpiderChart(card, language, size=size, font_size=font_size)
    chart.show_measurements(measurements)
    return chart.figure


def group_spider_figure(
    card: Card,
    mean_first: Mapping[str, float | None],
    mean_latest: Mapping[str, float | None],
    n: int,
    language: str = "sv",
    k: int = DEFAULT_GROUP_K,
    size: tuple[float, float] = DEFAULT_SIZE,
    figure: Figure | None = None,
) -> Figure:
    """Mean first against mean latest per question for a group of `n` people.

    Draws on `figure` (e.g. a canvas's, cleared first) when given, else on a
    new one of `size`. Raises GroupTooSmallError when n < k: a chart of so few
    people could show something about one of them.
    """
    if n < k:
        raise GroupTooSmallError(n, k, language)
    title_size = 9.0 * 1.15
    chart = SpiderChart(
        card, language, figure=figure, size=size, top_space=title_size * 1.5 / 72 + 0.12
    )
    chart.show(
        [
            Series(text("group_first", language), dict(mean_first)),
            Series(text("group_latest", language), dict(mean_latest)),
        ]
    )
    chart.figure.text(
        0.5,
        1 - 0.08 / chart._height,
        text("group_title", language, n=format_number(n, language, 0)),
        ha="center",
        va="top",
        fontsize=title_size,
        fontfamily=LABEL_FONTS,
        fontweight="bold",
        color=TEXT_COLOUR,
    )
    return chart.figure
