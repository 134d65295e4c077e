"""DejaVu Sans for every PDF: the TTFs matplotlib ships, embedded by reportlab.

DejaVu Sans covers å, ä, ö and every other Swedish glyph (the ▲ ▼ marks of
the change table, Arabic and Persian too). Tigrinya's Ethiopic letters come
from Noto Sans Ethiopic, shipped in resources/fonts: reportlab has no font
fallback, so texts that may hold them go through `markup` (paragraphs) or
`font_runs` (canvas text). The fonts are registered once per process;
reportlab embeds the used glyphs of each as a subset in every PDF.
"""

from __future__ import annotations

import threading
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bipdesk.core.scripts import script_runs
from bipdesk.paths import resources_dir

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
ETHIOPIC = "NotoSansEthiopic"
ETHIOPIC_BOLD = "NotoSansEthiopic-Bold"
ETHIOPIC_FILES = {
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
}
CHART_FONTS = ["DejaVu Sans", "Noto Sans Ethiopic"]
"""matplotlib's family list: DejaVu Sans, and for the letters it lacks, Noto Sans Ethiopic."""
_lock = threading.Lock()
_registered = False
_chart_fonts_registered = False


def font_folder() -> Path:
    """matplotlib's bundled TrueType fonts."""
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def shipped_font_folder() -> Path:
    """The fonts BIP Desk brings itself (resources/fonts: Noto Sans Ethiopic)."""
    return resources_dir() / "fonts"


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
        shipped = shipped_font_folder()
        for name, file_name in ETHIOPIC_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(shipped / file_name)))
        # Ethiopic has no slanted face; <i> and oblique styles keep it upright.
        for bold, face in ((0, ETHIOPIC), (1, ETHIOPIC_BOLD)):
            addMapping(ETHIOPIC, bold, 0, face)
            addMapping(ETHIOPIC, bold, 1, face)
        _registered = True


def register_chart_fonts() -> None:
    """Make Noto Sans Ethiopic known to matplotlib (once), for `CHART_FONTS`."""
    global _chart_fonts_registered
    if _chart_fonts_registered:
        return
    from matplotlib import font_manager

    with _lock:
        if not _chart_fonts_registered:
            for file_name in ETHIOPIC_FILES.values():
                font_manager.fontManager.addfont(str(shipped_font_folder() / file_name))
            _chart_fonts_registered = True


def font_name(bold: bool = False, italic: bool = False) -> str:
    """The registered face for a weight and slant (fonts are registered first)."""
    register_fonts()
    if bold:
        return BOLD_OBLIQUE if italic else BOLD
    return OBLIQUE if italic else REGULAR


def font_runs(text: str, bold: bool = False, italic: bool = False) -> list[tuple[str, str]]:
    """`text` as (run, face) pairs to draw one after the other: Ethiopic runs in
    Noto Sans Ethiopic (upright), everything else in DejaVu Sans."""
    ethiopic = ETHIOPIC_BOLD if bold else ETHIOPIC
    other = font_name(bold, italic)
    return [(run.text, ethiopic if run.ethiopic else other) for run in script_runs(text)]


def string_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """The advance width of `text` drawn as `font_runs`."""
    runs = font_runs(text, bold, italic)
    return sum(pdfmetrics.stringWidth(run, face, size) for run, face in runs)


def markup(text: str) -> str:
    """`text` escaped for a reportlab Paragraph, its Ethiopic runs in Noto Sans Ethiopic
    (bold and italic come from the paragraph's style or tags, as for the rest)."""
    register_fonts()
    return "".join(
        f'<font face="{ETHIOPIC}">{escape(run.text)}</font>' if run.ethiopic else escape(run.text)
        for run in script_runs(text)
    )
