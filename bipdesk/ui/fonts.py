"""The fonts BIP Desk brings (resources/fonts), made known to Qt at start.

Tigrinya is written in Ethiopic, which Windows and macOS do not always have a
font for. The shipped Noto Sans Ethiopic is registered and put behind the
application's font as a fallback family, so every widget that takes its font
from the application (fill-in, participant page, tables) draws Ethiopic
letters instead of empty boxes, whatever the platform's own fallback does.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

_families: list[str] | None = None


def shipped_font_families() -> list[str]:
    """Register every TTF of resources/fonts with Qt (once); their family names."""
    global _families
    if _families is None:
        from bipdesk.paths import resources_dir

        found: list[str] = []
        for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
                if family not in found:
                    found.append(family)
        _families = found
    return list(_families)


def install_fonts(app: QApplication) -> None:
    """Register the shipped fonts and add them to the application font's families,
    after its own, so they only stand in for letters it lacks."""
    font = app.font()
    families = list(font.families()) or [font.family()]
    extra = [family for family in shipped_font_families() if family not in families]
    if extra:
        font.setFamilies([*families, *extra])
        app.setFont(font)
