"""The spider chart's fixed disc: its room on the figure, spokes, rings, area bands, labels.

Everything that depends only on the card, the language and the figure's size,
drawn once when a chart is made; `SpiderChart` (bipdesk.reports.spider) adds
the measurement polygons and the legend on top and swaps only those, so a
redraw stays fast. The radial range is the card's scale, never autoscaled,
with a ring at every step.
"""

from __future__ import annotations

import math
import textwrap
from typing import cast

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle, Wedge
from matplotlib.projections.polar import PolarAxes
from matplotlib.text import Text

from bipdesk.core.cards import Area, Card, localized
from bipdesk.reports.fonts import register_chart_fonts
from bipdesk.reports.spider_styles import (
    AREA_TINTS,
    FONT,
    LABEL_FONTS,
    MUTED_TEXT,
    RING_COLOUR,
    TEXT_COLOUR,
)
from bipdesk.reports.texts import area_name, text

DEFAULT_SIZE = (8.0, 6.0)
"""Inches; at 100 dpi the 800 × 600 of the participant page."""
ORIGIN_GAP = 0.12
"""The hole in the middle, in scale spans, so that the lowest answer is a ring, not a point."""
LABEL_GAP = 0.21
"""How far beyond the outer ring the question labels start, in disc radii."""


def wrap_label(label: str, width: int = 14) -> str:
    """A short label broken into lines of about `width` characters."""
    return "\n".join(textwrap.wrap(label, width=width, break_long_words=False)) or label


class SpiderDisc:
    """The static parts of a spider chart for one card, on a figure of its own or given."""

    def __init__(
        self,
        card: Card,
        language: str = "sv",
        figure: Figure | None = None,
        size: tuple[float, float] = DEFAULT_SIZE,
        font_size: float = 9.0,
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
        self.label_texts: list[Text] = []
        self.ring_labels: list[Text] = []
        """The scale's numbers (1 … 10): drawn over the polygons, whose markers hid them."""
        n = len(card.questions)
        self.angles = np.array([2 * math.pi * i / n for i in range(n)])
        self.axes = self._build_axes()

    @property
    def scale_range(self) -> tuple[int, int]:
        return self.card.scale.minimum, self.card.scale.maximum

    @property
    def _height(self) -> float:
        return float(self.figure.get_size_inches()[1])

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
