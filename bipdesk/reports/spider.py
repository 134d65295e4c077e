"""The spider (radar) chart: one axis per question, one polygon per measurement.

Pure matplotlib (no Qt, no pyplot): the participant page, the follow-up sheet
and the command line all draw through `SpiderChart`, so screen and paper show
the same picture. A chart keeps its figure, rings, labels and area bands, and
`show` only swaps the measurement polygons, so a redraw after ticking a
measurement stays fast.

Reading rules that the chart keeps:
- the radial range is the card's scale, never autoscaled; a ring at every step;
- an unanswered question is a gap in that polygon (NaN), never a zero;
- each measurement has an Okabe–Ito colour *and* its own line style and marker,
  so that it still reads when printed in black and white; the colours are
  darkened as far as 3:1 on the disc and the area bands needs (WCAG 1.4.11).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import cast

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Polygon, Wedge
from matplotlib.projections.polar import PolarAxes
from matplotlib.text import Text

from bipdesk.core.cards import Area, Card, localized
from bipdesk.core.contrast import GRAPHICS_RATIO, RGB, hex_colour, mix, towards
from bipdesk.core.measurements import Measurement, chronological
from bipdesk.reports.changes import MAX_COMPARED
from bipdesk.reports.fonts import CHART_FONTS, register_chart_fonts
from bipdesk.reports.texts import area_name, format_day, format_number, text

FONT = "DejaVu Sans"
LABEL_FONTS = CHART_FONTS
"""Words on the chart may be Tigrinya: DejaVu Sans, then Noto Sans Ethiopic."""
DEFAULT_SIZE = (8.0, 6.0)
"""Inches; at 100 dpi the 800 × 600 of the participant page."""
DEFAULT_GROUP_K = 5


@dataclass(frozen=True)
class SeriesStyle:
    colour: str
    linestyle: str | tuple[float, tuple[float, ...]]
    marker: str
    linewidth: float = 1.8
    markersize: float = 6.0
    filled_marker: bool = True


# Okabe & Ito (2008), colour-blind safe. The latest measurement is always the
# dark blue solid line; older ones are lighter or broken lines, so that the
# chart also reads in grey print.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}
AREA_TINTS: dict[Area, str] = {
    Area.JOB: "#F5DDA8",
    Area.HEALTH: "#BFE3D6",
    Area.SOCIAL: "#CBE3F5",
    Area.SKILLS: "#EDCFE1",
}
LATEST_FILL_ALPHA = 0.10
"""The latest polygon's fill: a tint of its colour over the white disc."""


def chart_colour(colour: str) -> str:
    """An Okabe–Ito colour darkened only as far as WCAG 1.4.11 needs (3:1) on
    everything a line or marker crosses: the white disc, the area bands and the
    latest polygon's tint. The hues, and so their colour-blind-safe order, stay."""
    latest = mix("#FFFFFF", OKABE_ITO["blue"], LATEST_FILL_ALPHA)
    backgrounds: list[RGB | str] = ["#FFFFFF", latest, *AREA_TINTS.values()]
    return hex_colour(towards(colour, "#000000", backgrounds, GRAPHICS_RATIO))


LATEST_STYLE = SeriesStyle(
    chart_colour(OKABE_ITO["blue"]), "solid", "o", linewidth=2.4, markersize=6.5
)
OLDER_STYLES: tuple[SeriesStyle, ...] = (
    SeriesStyle(chart_colour(OKABE_ITO["orange"]), (0, (6.0, 3.0)), "s", filled_marker=False),
    SeriesStyle(chart_colour(OKABE_ITO["vermillion"]), (0, (1.2, 2.0)), "^"),
    SeriesStyle(
        chart_colour(OKABE_ITO["bluish_green"]), (0, (7.0, 2.0, 1.5, 2.0)), "D", markersize=5.0
    ),
    SeriesStyle(chart_colour(OKABE_ITO["reddish_purple"]), (0, (3.0, 2.0)), "v"),
    SeriesStyle(OKABE_ITO["black"], (0, (7.0, 2.0, 1.5, 2.0, 1.5, 2.0)), "P"),
)
ORIGIN_GAP = 0.12
"""The hole in the middle, in scale spans, so that the lowest answer is a ring, not a point."""
LABEL_GAP = 0.21
"""How far beyond the outer ring the question labels start, in disc radii."""
RING_COLOUR = hex_colour(towards("#B0B0B0", "#000000", ["#FFFFFF"], GRAPHICS_RATIO))
"""The rings and spokes: light, but 3:1 on the white disc (WCAG 1.4.11)."""
TEXT_COLOUR = "#202020"
MUTED_TEXT = "#505050"


def series_styles(count: int) -> list[SeriesStyle]:
    """Styles for `count` series, oldest first; the newest gets LATEST_STYLE."""
    if count <= 0:
        return []
    return [*OLDER_STYLES[: count - 1], LATEST_STYLE]


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


def wrap_label(label: str, width: int = 14) -> str:
    """A short label broken into lines of about `width` characters."""
    return "\n".join(textwrap.wrap(label, width=width, break_long_words=False)) or label


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


class SpiderChart:
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
        register_chart_fonts()
        self.card = card
        self.second_language = (
            second_language
            if second_language != language and second_language in card.languages
            else None
        )
        self.top_space = top_space
        self.language = language
        self.font_size = font_size
        self.figure = figure if figure is not None else Figure(figsize=size, dpi=100)
        self.figure.set_facecolor("white")
        self.lines: list[Line2D] = []
        self.fills: list[Polygon] = []
        self.series: list[Series] = []
        self.legend: Legend | None = None
        self.label_texts: list[Text] = []
        self.ring_labels: list[Text] = []
        """The scale's numbers (1 … 10): drawn over the polygons, whose markers hid them."""
        self._legend_title = legend_title
        self._animated = False
        n = len(card.questions)
        self.angles = np.array([2 * math.pi * i / n for i in range(n)])
        self.axes = self._build_axes()

    # -- static parts ------------------------------------------------------------

    @property
    def scale_range(self) -> tuple[int, int]:
        return self.card.scale.minimum, self.card.scale.maximum

    def _build_axes(self) -> PolarAxes:
        low, high = self.scale_range
        span = high - low
        ax = cast(PolarAxes, self.figure.add_axes(self._axes_rect(), projection="polar"))
        ax.set_theta_zero_location("N")
        ax.set_theta_direction(-1)
        ax.set_ylim(low, high)
        ax.set_rorigin(low - span * ORIGIN_GAP)
        ax.set_autoscale_on(False)
        ax.set_facecolor("white")
        ax.spines["polar"].set_color("#808080")
        ax.spines["polar"].set_linewidth(0.8)
        ax.spines["inner"].set_color(RING_COLOUR)
        ax.spines["inner"].set_linewidth(0.6)

        # The axis machinery of polar axes is slow to draw; the spokes, rings and
        # ring labels are drawn as three plain artists instead (a redraw stays fast).
        ax.set_xticks([])
        ax.set_yticks([])
        ax.grid(False)
        self._draw_grid(ax)
        self._draw_area_bands(ax)
        self._draw_labels(ax)
        self._draw_scale_note()
        return ax

    def _draw_grid(self, ax: Axes) -> None:
        low, high = self.scale_range
        # Spokes: one per question, in card order, clockwise from the top.
        spoke_theta = np.repeat(self.angles, 3)
        spoke_r = np.tile([low, high, np.nan], len(self.angles)).astype(float)
        ax.plot(spoke_theta, spoke_r, color=RING_COLOUR, linewidth=0.7, zorder=0.8)
        # A ring at every step of the scale (the outermost is the rim itself), as
        # true circles: smooth at any zoom and a handful of curves in a PDF.
        for step in range(low, high):
            ax.add_patch(
                Circle(
                    (0.5, 0.5),
                    self.disc_fraction(step),
                    transform=ax.transAxes,
                    fill=False,
                    edgecolor=RING_COLOUR,
                    linewidth=0.6,
                    linestyle=(0, (1.5, 1.5)),
                    zorder=0.8,
                )
            )
        # Ring labels between the first two spokes, on a white halo.
        between = math.pi / len(self.angles)
        for step in range(low, high + 1):
            label = ax.text(
                between,
                step,
                str(step),
                ha="center",
                va="center",
                fontsize=max(7.0, self.font_size * 0.8),
                fontfamily=FONT,
                color=MUTED_TEXT,
                bbox={"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none"},
                zorder=30,
            )
            self.ring_labels.append(label)

    def disc_fraction(self, value: float) -> float:
        """The radius of `value` as a fraction of the axes box (0.5 is the rim)."""
        low, high = self.scale_range
        origin = low - (high - low) * ORIGIN_GAP
        return 0.5 * (value - origin) / (high - origin)

    def _axes_rect(self) -> tuple[float, float, float, float]:
        """Room for the disc: labels above and below, two legend rows and the scale note.

        Worked out in inches from the font size, so labels and legend never
        overlap the disc or each other, whatever the figure size.
        """
        width, height = (float(v) for v in self.figure.get_size_inches())
        point = self.font_size / 72
        lines = 4 if self.second_language is not None else 2
        label_height = lines * point * 1.25 + 0.06  # two lines of label in each language
        label_width = 15 * point * 0.62 + 0.08  # about 15 characters
        bottom_zone = 2 * point * 1.75 + 0.8 * point * 1.6 + 0.12  # legend + note
        reach = 1 + LABEL_GAP  # label radius in disc radii
        radius = min(
            (height - self.top_space - bottom_zone - 2 * label_height - 0.04) / (2 * reach),
            (width / 2 - label_width - 0.04) / reach,
        )
        centre_y = bottom_zone + label_height + reach * radius
        return (
            (width / 2 - radius) / width,
            (centre_y - radius) / height,
            2 * radius / width,
            2 * radius / height,
        )

    def _runs(self) -> list[tuple[Area, list[int]]]:
        """Consecutive questions of one area (wrapping round), as index lists."""
        areas = [q.area for q in self.card.questions]
        n = len(areas)
        if len(set(areas)) == 1:
            return [(areas[0], list(range(n)))]
        start = next(i for i in range(n) if areas[i] != areas[i - 1])
        runs: list[tuple[Area, list[int]]] = []
        for step in range(n):
            index = (start + step) % n
            if runs and runs[-1][0] == areas[index]:
                runs[-1][1].append(index)
            else:
                runs.append((areas[index], [index]))
        return runs

    def _draw_area_bands(self, ax: Axes) -> None:
        low, high = self.scale_range
        span = high - low
        sector = 2 * math.pi / len(self.angles)
        inner, outer = high + span * 0.03, high + span * 0.155
        for area, indices in self._runs():
            start = self.angles[indices[0]] - sector / 2 + sector * 0.03
            width = sector * len(indices) - sector * 0.06
            outer_fraction = self.disc_fraction(outer)
            ax.add_patch(
                Wedge(
                    (0.5, 0.5),
                    outer_fraction,
                    90 - math.degrees(start + width),
                    90 - math.degrees(start),
                    width=outer_fraction - self.disc_fraction(inner),
                    transform=ax.transAxes,
                    facecolor=AREA_TINTS[area],
                    edgecolor="none",
                    clip_on=False,
                    zorder=0.5,
                )
            )
            middle = start + width / 2
            # Tangential text, turned so that it never reads upside down.
            degrees = -math.degrees(middle)
            if math.cos(middle) < 0:
                degrees += 180
            ax.text(
                middle,
                (inner + outer) / 2,
                area_name(area, self.language),
                rotation=degrees,
                rotation_mode="anchor",
                ha="center",
                va="center",
                fontsize=self.font_size * 0.8,
                fontfamily=LABEL_FONTS,
                color=TEXT_COLOUR,
                clip_on=False,
            )

    def _draw_labels(self, ax: Axes) -> None:
        low, high = self.scale_range
        radius = high + (high - low) * 0.2
        for angle, question in zip(self.angles, self.card.questions, strict=True):
            x, y = math.sin(angle), math.cos(angle)
            ha = "left" if x > 0.15 else "right" if x < -0.15 else "center"
            va = "bottom" if y > 0.3 else "top" if y < -0.3 else "center"
            words = wrap_label(localized(question.label, self.language))
            if self.second_language is not None:
                words += "\n" + wrap_label(question.label[self.second_language])
            label = ax.text(
                angle,
                radius,
                words,
                ha=ha,
                va=va,
                multialignment="center" if ha == "center" else ha,
                fontsize=self.font_size,
                fontfamily=LABEL_FONTS,
                color=TEXT_COLOUR,
                linespacing=1.1,
                clip_on=False,
            )
            self.label_texts.append(label)

    def _draw_scale_note(self) -> None:
        scale = self.card.scale
        note = text(
            "scale",
            self.language,
            low=scale.minimum,
            high=scale.maximum,
            low_label=localized(scale.minimum_label, self.language),
            high_label=localized(scale.maximum_label, self.language),
        )
        self.figure.text(
            0.5,
            3 / 72 / self._height,
            note,
            ha="center",
            va="bottom",
            fontsize=self.font_size * 0.8,
            fontfamily=LABEL_FONTS,
            color=MUTED_TEXT,
        )

    # -- the polygons --------------------------------------------------------------

    @property
    def _height(self) -> float:
        return float(self.figure.get_size_inches()[1])

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
