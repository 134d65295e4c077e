"""The palettes the accessibility tests try: Fusion's light one, a dark system
palette and Windows' high-contrast black (tests/ui/test_contrast.py)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_DARK = {
    "Window": "#353535",
    "WindowText": "#ffffff",
    "Base": "#232323",
    "AlternateBase": "#2d2d2d",
    "Text": "#ffffff",
    "Button": "#353535",
    "ButtonText": "#ffffff",
    "Highlight": "#2a82da",
    "HighlightedText": "#ffffff",
    "Light": "#505050",
    "Midlight": "#444444",
    "Mid": "#5a5a5a",
    "Dark": "#1e1e1e",
    "Shadow": "#141414",
    "PlaceholderText": "#9a9a9a",
    "ToolTipBase": "#353535",
    "ToolTipText": "#ffffff",
}
"""Like KDE's Breeze Dark and Qt's Fusion in dark mode."""
_HIGH_CONTRAST = {
    "Window": "#000000",
    "WindowText": "#ffffff",
    "Base": "#000000",
    "AlternateBase": "#000000",
    "Text": "#ffffff",
    "Button": "#000000",
    "ButtonText": "#ffffff",
    "Highlight": "#1aebff",
    "HighlightedText": "#000000",
    "Light": "#ffffff",
    "Midlight": "#c0c0c0",
    "Mid": "#808080",
    "Dark": "#808080",
    "Shadow": "#ffffff",
    "PlaceholderText": "#3ff23f",
    "ToolTipBase": "#000000",
    "ToolTipText": "#ffffff",
}
"""Windows' 'High Contrast Black' (Aquatic in Windows 11)."""


def palette(name: str) -> QPalette:
    """'light', 'dark' or 'high_contrast'."""
    style = QStyleFactory.create("Fusion")
    assert style is not None
    result = QPalette(style.standardPalette())
    if name == "light":
        return result
    colours = _DARK if name == "dark" else _HIGH_CONTRAST
    for role, colour in colours.items():
        result.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return result


PALETTES = ("light", "dark", "high_contrast")


def use_palette(app: QApplication, name: str) -> QPalette:
    """Switch the app to `name`; returns the palette it had."""
    previous = QPalette(app.palette())
    app.setPalette(palette(name))
    return previous
