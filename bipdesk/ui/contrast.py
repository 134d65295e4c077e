"""Colours that read on the palette in use (WCAG 2.2 AA): the controls of the
fill-in and the participant page take theirs from the palette (its highlight, its
text colour), and a green or red chosen for a light window is moved only as far
as the contrast needs against the window and base colours of a dark or
high-contrast palette (bipdesk.core.contrast does the arithmetic).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from bipdesk.core.contrast import (
    GRAPHICS_RATIO,
    RGB,
    TEXT_RATIO,
    contrast_ratio,
    hex_colour,
    is_dark,
    mix,
    readable,
    towards,
)


def _rgb(colour: QColor) -> RGB:
    return colour.red(), colour.green(), colour.blue()


@dataclass(frozen=True)
class ControlColours:
    """The colours of a control in each state, derived from a palette: the fill-in's
    answers and buttons, the participant page's main button."""

    window: str
    base: str
    text: str
    outline: str
    """A box's outline: 3:1 against the box and the window around it."""
    hover_fill: str
    accent: str
    """The chosen fill and the hovered outline: the palette's highlight, darkened
    or lightened only as far as the contrast needs."""
    accent_text: str
    focus: str
    """The focus ring: the window's text colour, apart from the accent."""

    def pairs(self) -> list[tuple[str, str, str, float]]:
        """(what, foreground, background, the ratio WCAG asks) for every pair drawn."""
        return [
            ("answer text", self.text, self.base, TEXT_RATIO),
            ("answer outline / box", self.outline, self.base, GRAPHICS_RATIO),
            ("answer outline / window", self.outline, self.window, GRAPHICS_RATIO),
            ("hovered answer text", self.text, self.hover_fill, TEXT_RATIO),
            ("hovered outline / box", self.accent, self.hover_fill, GRAPHICS_RATIO),
            ("hovered outline / window", self.accent, self.window, GRAPHICS_RATIO),
            ("chosen answer text", self.accent_text, self.accent, TEXT_RATIO),
            ("chosen box / window", self.accent, self.window, GRAPHICS_RATIO),
            ("focus ring / window", self.focus, self.window, GRAPHICS_RATIO),
            ("focus ring / unfocused outline", self.focus, self.outline, GRAPHICS_RATIO),
        ]


def control_colours(palette: QPalette) -> ControlColours:
    """The controls' colours on `palette`; each pair reaches its WCAG ratio."""
    role = QPalette.ColorRole
    window = _rgb(palette.color(role.Window))
    base = _rgb(palette.color(role.Base))
    text = readable(_rgb(palette.color(role.Text)), [base], TEXT_RATIO)
    outline = towards(_rgb(palette.color(role.Mid)), text, [base, window], GRAPHICS_RATIO + 0.3)
    accent_text = _rgb(palette.color(role.HighlightedText))
    # The chosen fill: apart from the window, and the text on it readable.
    accent = towards(_rgb(palette.color(role.Highlight)), text, [window, base], GRAPHICS_RATIO)
    if contrast_ratio(accent_text, accent) < TEXT_RATIO:
        if is_dark(window):  # a light fill on a dark window takes dark text
            accent_text = max(((0, 0, 0), (255, 255, 255)), key=lambda c: contrast_ratio(c, accent))
        else:  # a light window: darken the fill under its light text
            away: RGB = (255, 255, 255) if is_dark(accent_text) else (0, 0, 0)
            accent = towards(accent, away, [accent_text], TEXT_RATIO)
    hover_fill = mix(base, accent, 0.12)
    if contrast_ratio(accent, hover_fill) < GRAPHICS_RATIO:
        hover_fill = base
    # Against the window only: a gap in the window's colour keeps it off the box.
    focus = readable(_rgb(palette.color(role.WindowText)), [window], GRAPHICS_RATIO)
    return ControlColours(
        window=hex_colour(window),
        base=hex_colour(base),
        text=hex_colour(text),
        outline=hex_colour(outline),
        hover_fill=hex_colour(hover_fill),
        accent=hex_colour(accent),
        accent_text=hex_colour(accent_text),
        focus=hex_colour(focus),
    )


def _backgrounds(palette: QPalette) -> list[RGB | str]:
    role = QPalette.ColorRole
    window, base = palette.color(role.Window), palette.color(role.Base)
    return [
        (window.red(), window.green(), window.blue()),
        (base.red(), base.green(), base.blue()),
    ]


def readable_colour(colour: str, palette: QPalette | None = None, ratio: float = TEXT_RATIO) -> str:
    """`colour` darkened or lightened until it reaches `ratio` on the window and base
    colours of `palette` (the application's when None); unchanged when it does."""
    palette = palette if palette is not None else QApplication.palette()
    return hex_colour(readable(colour, _backgrounds(palette), ratio))


PROBLEM_RED = "#a00000"


def problem_style(palette: QPalette | None = None) -> str:
    """A dialog's line that says what is wrong: red, moved only as far as it must to
    read (4.5:1) on the palette in use (a fixed red is unreadable on a dark window)."""
    return f"QLabel {{ color: {readable_colour(PROBLEM_RED, palette, TEXT_RATIO)}; }}"


def accent_button_style(palette: QPalette | None = None) -> str:
    """A prominent button ('New measurement'): the highlight colour, darkened or
    lightened until its text reads (4.5:1) and it stands out from the window (3:1).
    With the focus, a ring of the window's text colour runs around it with a gap
    in the window's colour, so that the ring reads on any palette."""
    colours = control_colours(palette if palette is not None else QApplication.palette())
    return (
        f"QPushButton {{ background: {colours.accent}; color: {colours.accent_text};"
        f" padding: 6px 18px; border-radius: 4px; border: 2px solid {colours.accent}; }}"
        " QPushButton:disabled { background: palette(mid); border-color: palette(mid); }"
        # The size comes from the unfocused rule; with the focus the fill keeps all but a
        # 2 px gap inside the ring (a wider gap would leave the fill behind the text only).
        f" QPushButton:focus {{ border: 3px solid {colours.focus}; padding: 2px;"
        " background-clip: content; }"
    )
