"""Draw a matplotlib Figure straight onto a reportlab canvas, as vectors.

A small matplotlib renderer (the backend API of `RendererBase`) that turns
paths into PDF paths and text into real PDF text in the embedded DejaVu Sans
faces (Ethiopic runs in Noto Sans Ethiopic; Arabic and Persian lines joined and
put in display order, as matplotlib itself shapes them on screen). So the
chart on the sheet is the same artists as on screen, stays sharp at any zoom,
its labels can be searched and copied, and the sheet needs no intermediate
PDF or SVG file. It supports what charts of BIP Desk use:
paths (lines, polygons, markers, patches), clip rectangles and clip paths,
dashes, alpha, text and (rarely) images.
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np
from matplotlib.backend_bases import GraphicsContextBase, RendererBase
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.path import Path as MplPath
from matplotlib.transforms import Transform
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from bipdesk.core.scripts import has_right_to_left
from bipdesk.reports.fonts import font_runs, string_width
from bipdesk.reports.rtl import display_order, shape

_CAPS = {"butt": 0, "round": 1, "projecting": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}


class ReportlabRenderer(RendererBase):
    """Renders at 72 dpi, so one display unit is one PDF point."""

    def __init__(self, canvas: Canvas, width: float, height: float) -> None:
        super().__init__()
        self.canvas = canvas
        self.width = width
        self.height = height

    # -- what matplotlib asks of a renderer ----------------------------------

    def flipy(self) -> bool:
        return False

    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def points_to_pixels(self, points: Any) -> Any:
        return points

    def option_image_nocomposite(self) -> bool:
        return True

    def get_text_width_height_descent(
        self, s: str, prop: FontProperties, ismath: Any
    ) -> tuple[float, float, float]:
        width, height, descent = super().get_text_width_height_descent(s, prop, ismath)
        if not ismath:  # reportlab's own advance widths, so alignment is exact
            width = string_width(_displayed(s), prop.get_size_in_points(), *_style_of(prop))
        return width, height, descent

    def draw_path(
        self,
        gc: GraphicsContextBase,
        path: MplPath,
        transform: Transform,
        rgbFace: Any = None,  # noqa: N803 (matplotlib's name)
    ) -> None:
        stroke = gc.get_linewidth() > 0 and gc.get_rgb()[3] > 0
        fill = rgbFace is not None and _fill_alpha(gc, rgbFace) > 0
        if not (stroke or fill):
            return
        canvas = self.canvas
        canvas.saveState()
        try:
            self._clip(gc)
            if stroke:
                self._stroke_style(gc)
            if fill:
                r, g, b = rgbFace[:3]
                canvas.setFillColorRGB(r, g, b, alpha=_fill_alpha(gc, rgbFace))
            pdf_path = _pdf_path(canvas, path, transform, closed_fill=fill)
            canvas.drawPath(pdf_path, stroke=int(stroke), fill=int(fill), fillMode=0)
        finally:
            canvas.restoreState()

    def draw_text(
        self,
        gc: GraphicsContextBase,
        x: float,
        y: float,
        s: str,
        prop: FontProperties,
        angle: float,
        ismath: Any = False,
        mtext: Any = None,
    ) -> None:
        if ismath:  # not used by BIP Desk's charts; matplotlib draws it as paths
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
            return
        canvas = self.canvas
        canvas.saveState()
        try:
            self._clip(gc)
            r, g, b, a = gc.get_rgb()
            canvas.setFillColorRGB(r, g, b, alpha=a)
            canvas.translate(x, y)
            if angle:
                canvas.rotate(angle)
            text = canvas.beginText(0, 0)
            for run, face in font_runs(_displayed(s), *_style_of(prop)):
                text.setFont(face, prop.get_size_in_points())
                text.textOut(run)
            canvas.drawText(text)
        finally:
            canvas.restoreState()

    def draw_image(
        self, gc: GraphicsContextBase, x: float, y: float, im: Any, transform: Any = None
    ) -> None:
        from PIL import Image

        height, width = im.shape[:2]
        picture = Image.fromarray(np.asarray(im[::-1]), "RGBA")
        canvas = self.canvas
        canvas.saveState()
        try:
            self._clip(gc)
            canvas.drawImage(ImageReader(picture), x, y, width, height, mask="auto")
        finally:
            canvas.restoreState()

    # -- helpers ---------------------------------------------------------------

    def _clip(self, gc: GraphicsContextBase) -> None:
        canvas = self.canvas
        rectangle = gc.get_clip_rectangle()
        if rectangle is not None:
            x0, y0, width, height = rectangle.bounds
            clip = canvas.beginPath()
            clip.rect(x0, y0, width, height)
            canvas.clipPath(clip, stroke=0, fill=0)
        clip_path, clip_transform = cast(tuple[Any, Any], gc.get_clip_path())
        if clip_path is not None:
            clip = _pdf_path(canvas, clip_path, clip_transform, closed_fill=True)
            canvas.clipPath(clip, stroke=0, fill=0)

    def _stroke_style(self, gc: GraphicsContextBase) -> None:
        canvas = self.canvas
        r, g, b, a = gc.get_rgb()
        canvas.setStrokeColorRGB(r, g, b, alpha=a)
        canvas.setLineWidth(gc.get_linewidth())
        canvas.setLineCap(_CAPS.get(str(gc.get_capstyle()), 0))
        canvas.setLineJoin(_JOINS.get(str(gc.get_joinstyle()), 0))
        offset, dashes = cast(tuple[Any, Any], gc.get_dashes())
        if dashes is not None and len(dashes):
            canvas.setDash([float(d) for d in dashes], float(offset or 0))


def _style_of(prop: FontProperties) -> tuple[bool, bool]:
    """(bold, italic) of matplotlib font properties."""
    weight = prop.get_weight()
    bold = weight in ("bold", "heavy", "black", "semibold", "demibold", "extra bold") or (
        isinstance(weight, int) and weight >= 600
    )
    return bold, prop.get_style() in ("italic", "oblique")


def _displayed(line: str) -> str:
    """One line of text as PDF draws it from left to right: Arabic letters joined
    and right-to-left words in display order (PDF text is neither shaped nor reordered)."""
    return display_order(shape(line)) if has_right_to_left(line) else line


def _fill_alpha(gc: GraphicsContextBase, rgb_face: Any) -> float:
    if gc.get_forced_alpha() or len(rgb_face) < 4:
        return float(gc.get_alpha())
    return float(rgb_face[3])


def _pdf_path(canvas: Canvas, path: MplPath, transform: Transform, closed_fill: bool) -> Any:
    """A reportlab path from a matplotlib path; NaN vertices split it into pieces."""
    pdf_path = canvas.beginPath()
    current = (0.0, 0.0)
    for vertices, code in path.iter_segments(
        transform, remove_nans=True, simplify=False, curves=True
    ):
        if code == MplPath.MOVETO:
            pdf_path.moveTo(*vertices[-2:])
        elif code == MplPath.LINETO:
            pdf_path.lineTo(*vertices[-2:])
        elif code == MplPath.CURVE3:
            (cx, cy), (x, y) = vertices[:2], vertices[2:]
            x0, y0 = current
            pdf_path.curveTo(
                x0 + 2 / 3 * (cx - x0),
                y0 + 2 / 3 * (cy - y0),
                x + 2 / 3 * (cx - x),
                y + 2 / 3 * (cy - y),
                x,
                y,
            )
        elif code == MplPath.CURVE4:
            pdf_path.curveTo(*vertices[:6])
        elif code == MplPath.CLOSEPOLY:
            pdf_path.close()
            continue
        current = (float(vertices[-2]), float(vertices[-1]))
    return pdf_path


def draw_figure(figure: Figure, canvas: Canvas, x: float, y: float) -> tuple[float, float]:
    """Draw `figure` with its lower left corner at (x, y) points; returns its size in points.

    The figure is drawn at 72 dpi (its dpi is restored afterwards), so its
    size in inches times 72 is its size on the page.
    """
    width_in, height_in = figure.get_size_inches()
    width, height = float(width_in) * 72, float(height_in) * 72
    old_dpi = figure.dpi
    if old_dpi != 72:
        figure.set_dpi(72)
    canvas.saveState()
    try:
        canvas.translate(x, y)
        renderer = ReportlabRenderer(canvas, width, height)
        figure.draw(renderer)
    finally:
        canvas.restoreState()
        if old_dpi != 72:
            figure.set_dpi(old_dpi)
    return width, height


class FigureFlowable(Flowable):
    """A matplotlib figure drawn as vectors where a report's layout puts it."""

    def __init__(self, figure: Figure) -> None:
        super().__init__()
        self.figure = figure
        width, height = figure.get_size_inches()
        self.width, self.height = float(width) * 72, float(height) * 72

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_figure(self.figure, self.canv, 0, 0)
