"""WCAG 2.2 contrast: the ratio of two colours, and colours chosen to reach one.

The fill-in and the charts take their colours from the system palette where
they can; these helpers decide how far a colour must move towards the text
colour so that it still reads (4.5:1 for text, 3:1 for the parts of a control
and for graphics) on whatever palette the user has — light, dark or high
contrast.
"""

from __future__ import annotations

TEXT_RATIO = 4.5
"""WCAG 1.4.3 (AA) for ordinary text."""
LARGE_TEXT_RATIO = 3.0
"""WCAG 1.4.3 for text of 18 pt, or 14 pt bold, and more."""
GRAPHICS_RATIO = 3.0
"""WCAG 1.4.11 (AA) for the parts of a control, focus indicators and graphics."""

RGB = tuple[int, int, int]


def parse_colour(colour: str) -> RGB:
    """'#rrggbb' or '#rgb' as (r, g, b); anything else is a programming error."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a colour: {colour!r}")  # programming error
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def hex_colour(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: RGB | str) -> float:
    """WCAG's relative luminance, 0 (black) to 1 (white)."""
    r, g, b = parse_colour(colour) if isinstance(colour, str) else colour
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(first: RGB | str, second: RGB | str) -> float:
    """1.0 (same) to 21.0 (black on white), in either order."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def mix(first: RGB | str, second: RGB | str, amount: float) -> RGB:
    """`amount` of `second` in `first` (0: first, 1: second)."""
    a = parse_colour(first) if isinstance(first, str) else first
    b = parse_colour(second) if isinstance(second, str) else second
    return (
        round(a[0] + (b[0] - a[0]) * amount),
        round(a[1] + (b[1] - a[1]) * amount),
        round(a[2] + (b[2] - a[2]) * amount),
    )


def is_dark(colour: RGB | str) -> bool:
    """Whether light text reads better on `colour` than dark text."""
    return contrast_ratio(colour, (255, 255, 255)) > contrast_ratio(colour, (0, 0, 0))


def towards(
    colour: RGB | str, target: RGB | str, backgrounds: list[RGB | str], ratio: float
) -> RGB:
    """`colour`, moved the least towards `target` that gives at least `ratio`
    against every one of `backgrounds` (`target` itself when nothing less does).

    Used to keep a palette's own colour (its highlight, a muted grey) where it
    already reads, and to darken or lighten it only as far as needed.
    """
    for step in range(0, 101, 2):
        candidate = mix(colour, target, step / 100)
        if all(contrast_ratio(candidate, b) >= ratio for b in backgrounds):
            return candidate
    return parse_colour(target) if isinstance(target, str) else target


def readable(colour: RGB | str, backgrounds: list[RGB | str], ratio: float = TEXT_RATIO) -> RGB:
    """`colour` darkened (on light backgrounds) or lightened (on dark ones) until it
    reaches `ratio` against each of `backgrounds`."""
    dark = all(is_dark(b) for b in backgrounds)
    target: RGB = (255, 255, 255) if dark else (0, 0, 0)
    return towards(colour, target, backgrounds, ratio)
