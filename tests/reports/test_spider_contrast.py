"""WCAG 2.2 AA contrast of the spider chart, read from its artists (issue 19).

Every line and marker of up to six measurements, the coordinator's outline, the
rings and spokes, the ring numbers and the area names must reach 3:1 (graphics)
or 4.5:1 (text) on whatever lies behind them: the white disc, the latest
polygon's tint and the area bands. The chart keeps the Okabe–Ito order and
gives each measurement its own dashes and marker. The ratios are printed and
written to tests/artifacts/contrast_ratios_spider.txt.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from matplotlib.colors import to_hex, to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Polygon, Wedge
from matplotlib.text import Text

from bipdesk.core.contrast import GRAPHICS_RATIO, TEXT_RATIO, contrast_ratio, mix
from bipdesk.reports.spider import SpiderChart
from bipdesk.reports.spider_styles import OKABE_ITO
from tests.reports.support import measurement, standard_card

ARTIFACTS = Path(__file__).resolve().parents[2] / "tests" / "artifacts"
DATES = [date(2026, month, 1) for month in (1, 3, 5, 7, 9, 11)]


def opaque(colour: object, behind: str = "#ffffff") -> str:
    """`colour` as it shows over `behind` (a fill with alpha)."""
    r, g, b, a = to_rgba(colour)  # type: ignore[arg-type]
    return "#{:02x}{:02x}{:02x}".format(*mix(behind, to_hex((r, g, b)), a))


def six_measurements_chart() -> SpiderChart:
    card = standard_card()
    chart = SpiderChart(card, "sv")
    chart.show_measurements(
        [
            measurement(card, day, [(i + n) % 10 + 1 for i in range(10)], ident=n + 1)
            for n, day in enumerate(DATES)
        ]
    )
    return chart


def test_every_colour_pair_of_the_chart_reaches_wcag_aa() -> None:
    chart = six_measurements_chart()
    ax = chart.axes
    disc = to_hex(ax.get_facecolor())
    bands = [to_hex(p.get_facecolor()) for p in ax.patches if isinstance(p, Wedge)]
    fills = [opaque(p.get_facecolor(), disc) for p in chart.fills if isinstance(p, Polygon)]
    assert len(bands) >= 4 and len(fills) == 1
    behind = [disc, *fills, *bands]
    pairs: list[tuple[str, str, str, float]] = []
    for line in chart.lines:
        for part, colour in (
            ("line", line.get_color()),
            ("marker edge", line.get_markeredgecolor()),
        ):
            for background in behind:
                pairs.append((f"{line.get_label()} {part}", to_hex(colour), background, 3.0))
    rings = [to_hex(p.get_edgecolor()) for p in ax.patches if isinstance(p, Circle)]
    spokes = [to_hex(line.get_color()) for line in ax.lines if line not in chart.lines]
    for colour in {*rings, *spokes}:
        pairs.append(("ring / spoke", colour, disc, GRAPHICS_RATIO))
    for label in chart.ring_labels:
        box = label.get_bbox_patch()
        assert box is not None
        pairs.append(("ring number", to_hex(label.get_color()), to_hex(box.get_facecolor()), 4.5))
    skip = {*chart.ring_labels, *chart.label_texts}
    for text in (t for t in ax.texts if isinstance(t, Text) and t not in skip):
        for band in bands:  # each name on its own band; every band, to be safe
            pairs.append((f"area name {text.get_text()!r}", to_hex(text.get_color()), band, 4.5))
    for label in chart.label_texts:
        pairs.append(("question label", to_hex(label.get_color()), "#ffffff", TEXT_RATIO))

    lines = [
        f"{contrast_ratio(fg, bg):5.2f}:1 (needs {need}:1)  {what}: {fg} on {bg}"
        for what, fg, bg, need in pairs
    ]
    report = "WCAG contrast, spider chart\n" + "\n".join(dict.fromkeys(lines)) + "\n"
    print(report)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "contrast_ratios_spider.txt").write_text(report, encoding="utf-8")
    failing = [
        line
        for line, (_w, fg, bg, need) in zip(lines, pairs, strict=True)
        if contrast_ratio(fg, bg) < need
    ]
    assert failing == []


def test_each_measurement_keeps_its_hue_order_dashes_and_marker() -> None:
    chart = six_measurements_chart()
    lines: list[Line2D] = chart.lines
    hues = ["orange", "vermillion", "bluish_green", "reddish_purple", "black"]
    # Oldest first, the newest the solid blue line; each darkened colour keeps the
    # hue of its Okabe–Ito original (the order of its red, green and blue).
    originals = [*(OKABE_ITO[h] for h in hues[: len(lines) - 1]), OKABE_ITO["blue"]]
    for line, original in zip(lines, originals, strict=True):
        shown, source = to_rgba(line.get_color())[:3], to_rgba(original)[:3]
        if original != OKABE_ITO["black"]:
            assert sorted(range(3), key=lambda i: shown[i]) == sorted(
                range(3), key=lambda i: source[i]
            )
    styles = {(str(line.get_linestyle()), line.get_marker()) for line in lines}
    assert len(styles) == len(lines)  # no two alike without colour
    assert len({line.get_marker() for line in lines}) == len(lines)
