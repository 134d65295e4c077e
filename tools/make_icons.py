"""Render the app icon resources/icons/bipdesk.svg into the PNG, ICO and ICNS files.

    python tools/make_icons.py

Writes resources/icons/bipdesk-<size>.png (16 … 512, the window icon),
resources/icons/bipdesk.ico (Windows: the .exe and Inno Setup),
resources/icons/bipdesk.icns (macOS) and the freedesktop hicolor theme
folders of installer/linux/icons (PNG per size, and the SVG as scalable). The outputs are committed;
run this again after changing the SVG. QtSvg (in PySide6-Essentials) draws
the SVG, Pillow packs the ICO and ICNS.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
HICOLOR = ROOT / "installer" / "linux" / "icons" / "hicolor"
SVG = ICONS / "bipdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / f"bipdesk-{size}.png"


def render_png(size: int) -> bytes:
    """The SVG drawn at size × size, antialiased, on a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images: dict[int, Image.Image] = {}
    for size in PNG_SIZES:
        data = render_png(size)
        png_path(size).write_bytes(data)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")
        print(png_path(size).relative_to(ROOT))
        themed = HICOLOR / f"{size}x{size}" / "apps" / "bipdesk.png"
        themed.parent.mkdir(parents=True, exist_ok=True)
        themed.write_bytes(data)
    scalable = HICOLOR / "scalable" / "apps" / "bipdesk.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    print(HICOLOR.relative_to(ROOT))
    # Pillow writes every size of `sizes` into the ICO, each scaled from the
    # largest image unless given: hand it the ones drawn at their own size.
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "bipdesk.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    print((ICONS / "bipdesk.ico").relative_to(ROOT))
    images[512].save(
        ICONS / "bipdesk.icns",
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != 512],
    )
    print((ICONS / "bipdesk.icns").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
