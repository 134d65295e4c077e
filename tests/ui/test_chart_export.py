"""Exported charts hold what is on screen: the polygons and the legend, in PNG,
SVG and PDF, with nothing printed or logged on the way (matplotlib prints an
exception in a draw callback and goes on, so only stderr shows it)."""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from bipdesk.reports.spider_styles import LATEST_STYLE, OLDER_STYLES
from bipdesk.ui.context import AppContext
from bipdesk.ui.spider_widget import SpiderPanel
from tests.ui import test_spider_widget as base

ARTIFACTS = Path(__file__).resolve().parents[2] / "tests" / "artifacts"
FIRST, LATEST = OLDER_STYLES[0].colour, LATEST_STYLE.colour
LEGEND = ("Feb 1, 2025", "Nov 1, 2025")
"""The first and the latest measurement, ticked when the page opens (English locale)."""

context = base.context


pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def quiet(
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[None]:
    """Fails the test when the export prints, logs a warning or lets an exception
    slip past (unraisable or in a thread)."""
    slipped: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda info: slipped.append(repr(info)))
    monkeypatch.setattr(threading, "excepthook", lambda info: slipped.append(repr(info)))
    caplog.set_level(logging.WARNING)
    capsys.readouterr()
    yield
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "Error" not in err, err
    assert err.strip() == "", err
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert slipped == []


def panel_for(context: AppContext, qtbot: QtBot) -> SpiderPanel:
    panel = SpiderPanel(context)
    qtbot.addWidget(panel)
    panel.show_participant("P001")
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.chart is not None and len(panel.chart.lines) == 2
    return panel


def colour_count(image: QImage, colour: str, tolerance: int = 24) -> int:
    """Pixels near `colour` (the polygons are drawn antialiased)."""
    wanted = QColor(colour)
    small = image.scaled(image.width() // 2, image.height() // 2)
    count = 0
    for y in range(small.height()):
        for x in range(small.width()):
            pixel = small.pixelColor(x, y)
            if (
                abs(pixel.red() - wanted.red())
                + abs(pixel.green() - wanted.green())
                + abs(pixel.blue() - wanted.blue())
                <= tolerance
            ):
                count += 1
    return count


def test_png_shows_both_polygons(
    context: AppContext, qtbot: QtBot, tmp_path: Path, quiet: None
) -> None:
    panel = panel_for(context, qtbot)
    path = panel.export_chart(tmp_path / "chart", "png")
    assert path.suffix == ".png"
    image = QImage(str(path))
    assert not image.isNull()
    assert colour_count(image, LATEST) > 200
    assert colour_count(image, FIRST) > 100


def svg_polygon_strokes(svg: str) -> list[str]:
    """The stroke colours of the chart's lines (`line2d` groups) in a matplotlib SVG."""
    strokes = []
    for group in re.finditer(r'<g id="line2d_\d+">(.*?)</g>', svg, re.S):
        strokes += re.findall(r"stroke: (#[0-9a-fA-F]{6})", group.group(1))
    return [s.upper() for s in strokes]


def test_svg_holds_the_polygons_and_the_legend(
    context: AppContext, qtbot: QtBot, tmp_path: Path, quiet: None
) -> None:
    panel = panel_for(context, qtbot)
    path = panel.export_chart(tmp_path / "chart.svg")
    svg = path.read_text(encoding="utf-8")
    strokes = svg_polygon_strokes(svg)
    assert LATEST.upper() in strokes and FIRST.upper() in strokes
    # The polygon paths: ten corners and the closing one, 'M' then 'L's.
    polygon_paths = [
        d
        for d in re.findall(r'<path d="([^"]+)"[^>]*style="[^"]*stroke: #0072[bB]2', svg)
        if d.count("L") >= 10
    ]
    assert polygon_paths, "the latest measurement's polygon is missing"
    for label in LEGEND:
        assert label in svg  # svg.fonttype none: the legend is text
    # What the screen shows afterwards is still the chart, polygons included.
    assert panel.chart is not None and panel.chart.animated


def test_pdf_holds_the_legend_and_a_drawing(
    context: AppContext, qtbot: QtBot, tmp_path: Path, quiet: None
) -> None:
    panel = panel_for(context, qtbot)
    path = panel.export_chart(tmp_path / "chart.pdf")
    text = pypdf.PdfReader(path).pages[0].extract_text()
    for label in LEGEND:
        assert label in text
    pdf = pypdfium2.PdfDocument(str(path))
    image = pdf[0].render(scale=1.5).to_pil()
    ARTIFACTS.mkdir(exist_ok=True)
    image.save(ARTIFACTS / "chart_export_pdf.png")
    rendered = QImage(str(ARTIFACTS / "chart_export_pdf.png"))
    assert colour_count(rendered, LATEST) > 200
    assert colour_count(rendered, FIRST) > 100
    pdf.close()


def test_the_screen_keeps_its_polygons_after_an_export(
    context: AppContext, qtbot: QtBot, tmp_path: Path, quiet: None
) -> None:
    panel = panel_for(context, qtbot)
    for kind in ("svg", "pdf", "png"):
        panel.export_chart(tmp_path / f"chart.{kind}")
    panel.canvas.draw()
    qtbot.wait(1)  # let the queued repaint run
    shown = panel.canvas.grab().toImage()
    assert colour_count(shown, LATEST) > 100


def text_pixels_in(image: QImage, box: tuple[float, float, float, float]) -> tuple[int, int]:
    """(grey text pixels, polygon-coloured pixels) inside `box` (x0, y0, x1, y1, from the top)."""
    text = polygon = 0
    x0, y0, x1, y1 = (round(v) for v in box)
    for y in range(max(0, y0), min(image.height(), y1)):
        for x in range(max(0, x0), min(image.width(), x1)):
            pixel = image.pixelColor(x, y)
            r, g, b = pixel.red(), pixel.green(), pixel.blue()
            if max(r, g, b) < 150 and max(r, g, b) - min(r, g, b) < 30:
                text += 1
            elif max(r, g, b) - min(r, g, b) > 80:
                polygon += 1
    return text, polygon


def test_the_scale_numbers_stay_readable_over_the_markers(
    context: AppContext, qtbot: QtBot, tmp_path: Path, quiet: None
) -> None:
    """The numbers 1 … 10 sit between the first two spokes, where the first
    question's markers and lines pass: they are drawn over them, on screen and
    in an exported file."""
    panel = panel_for(context, qtbot)
    chart = panel.chart
    assert chart is not None
    assert chart.dynamic_artists[-len(chart.ring_labels) :] == chart.ring_labels
    panel.canvas.draw()
    qtbot.wait(1)
    screen = panel.canvas.grab().toImage()
    ARTIFACTS.mkdir(exist_ok=True)
    screen.save(str(ARTIFACTS / "chart_scale_numbers.png"))
    renderer = panel.canvas.get_renderer()
    height = panel.canvas.figure.bbox.height
    for step in (3, 6):
        extent = chart.ring_labels[step - 1].get_window_extent(renderer)
        box = (extent.x0, height - extent.y1, extent.x1, height - extent.y0)
        text, polygon = text_pixels_in(screen, box)
        assert text > 3, step
        assert polygon < text, step
    svg = panel.export_chart(tmp_path / "chart.svg").read_text(encoding="utf-8")
    legend = svg.find('id="legend_')
    last_line = svg.rfind("stroke: #0072b2", 0, legend)  # the latest polygon, in the axes
    assert 0 < last_line < legend
    numbers = [m.start() for m in re.finditer(r"fill: #505050\"[^>]*>(3|6)</text>", svg)]
    assert numbers and all(position > last_line for position in numbers)
