"""The spider chart's inks: colours, line styles and markers, fonts.

Apart from the drawing, so that the timeline and the follow-up report's charts
take the same colours and area tints without building a spider chart, and so
that the reading rule for print lives in one place: each measurement has an
Okabe–Ito colour *and* its own line style and marker, so that it still reads
in black and white; the colours are darkened as far as 3:1 on the disc and the
area bands needs (WCAG 1.4.11).
"""

from __future__ import annotations

from dataclasses import dataclass

from bipdesk.core.cards import Area
from bipdesk.core.contrast import GRAPHICS_RATIO, RGB, hex_colour, mix, towards
from bipdesk.reports.fonts import CHART_FONTS

FONT = "DejaVu Sans"
LABEL_FONTS = CHART_FONTS
"""Words on the chart may be Tigrinya: DejaVu Sans, then Noto Sans Ethiopic."""


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
RING_COLOUR = hex_colour(towards("#B0B0B0", "#000000", ["#FFFFFF"], GRAPHICS_RATIO))
"""The rings and spokes: light, but 3:1 on the white disc (WCAG 1.4.11)."""
TEXT_COLOUR = "#202020"
MUTED_TEXT = "#505050"


def series_styles(count: int) -> list[SeriesStyle]:
    """Styles for `count` series, oldest first; the newest gets LATEST_STYLE."""
    if count <= 0:
        return []
    return [*OLDER_STYLES[: count - 1], LATEST_STYLE]
