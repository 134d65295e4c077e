"""The fill-in's colours, taken from the palette in use so that they read on it.

A muted grey or an error red that reads on a light window does not on a dark
one (or in high contrast): each is moved only as far as WCAG 2.2 AA needs
against the window and the base colour of the palette the dialog opens with.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from bipdesk.core.contrast import GRAPHICS_RATIO, TEXT_RATIO
from bipdesk.ui.contrast import control_colours, readable_colour
from bipdesk.ui.fill_in.texts import ERROR_COLOUR, MUTED_COLOUR


def _palette() -> QPalette:
    return QApplication.palette()


def muted_colour(palette: QPalette | None = None) -> str:
    """Secondary text (the area, the key hint, the participant's language)."""
    return readable_colour(MUTED_COLOUR, palette, TEXT_RATIO + 0.3)


def error_colour(palette: QPalette | None = None) -> str:
    """What needs doing (the prompt to answer, a problem)."""
    return readable_colour(ERROR_COLOUR, palette, TEXT_RATIO + 0.3)


def divider_colour(palette: QPalette | None = None) -> str:
    """The bar over an anchor's part of the scale: a graphic, 3:1."""
    return readable_colour("#9aa0a6", palette, GRAPHICS_RATIO + 0.2)


def button_style(palette: QPalette | None = None) -> str:
    """Push and tool buttons of the fill-in (Close, Back, Next, A−, A+, Save …): an
    outline of 3:1 and, with the focus, a ring of the window's text colour."""
    colours = control_colours(palette or _palette())
    common = f"border-radius: 6px; background: {colours.base}; color: {colours.text};"
    return (
        f"QPushButton, QToolButton {{ border: 2px solid {colours.outline}; {common}"
        " padding: 4px 12px; }"
        f" QPushButton:hover, QToolButton:hover {{ border-color: {colours.accent}; }}"
        f" QPushButton:checked, QToolButton:checked {{ background: {colours.accent};"
        f" color: {colours.accent_text}; border-color: {colours.accent}; }}"
        f" QPushButton:focus, QToolButton:focus {{ border: 3px solid {colours.focus};"
        " padding: 3px 11px; }"
        f" QPushButton:disabled, QToolButton:disabled {{ color: {muted_colour(palette)};"
        f" border: 1px dashed {colours.outline}; padding: 5px 13px; }}"
    )


def flat_button_style(palette: QPalette | None = None) -> str:
    """A flat button ('+ Add a note'): no outline until it has the focus."""
    colours = control_colours(palette or _palette())
    return (
        "QPushButton { border: 3px solid transparent; border-radius: 6px;"
        f" background: transparent; color: {colours.text}; padding: 3px 8px; }}"
        f" QPushButton:hover {{ border-color: {colours.outline}; }}"
        f" QPushButton:focus {{ border-color: {colours.focus}; }}"
    )
