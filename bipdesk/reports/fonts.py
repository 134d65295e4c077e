"""DejaVu Sans for every PDF: the TTFs matplotlib ships, embedded by reportlab.

DejaVu Sans covers å, ä, ö and every other Swedish glyph (and the ▲ ▼ marks
of the change table). The fonts are registered once per process; reportlab
embeds the used glyphs of each as a subset in every PDF.
"""

from __future__ import annotations

import threading
from pathlib import Path

import matplotlib
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"
FAMILY = REGULAR
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
    BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False


def font_folder() -> Path:
    """matplotlib's bundled TrueType fonts."""
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def register_fonts() -> None:
    """Register the DejaVu Sans faces with reportlab (once; safe from any thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = font_folder()
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, OBLIQUE)
        addMapping(FAMILY, 1, 1, BOLD_OBLIQUE)
        _registered = True


def font_name(bold: bool = False, italic: bool = False) -> str:
    """The registered face for a weight and slant (fonts are registered first)."""
    register_fonts()
    if bold:
        return BOLD_OBLIQUE if italic else BOLD
    return OBLIQUE if italic else REGULAR
