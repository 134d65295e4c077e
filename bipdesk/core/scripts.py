"""Which script a text is written in, so that it is drawn in a font that has its letters.

DejaVu Sans, the font of every PDF and chart, covers Latin, Arabic and
Persian, but not Ethiopic (Tigrinya): that takes Noto Sans Ethiopic, which in
turn has no digits or Latin punctuation. PDF libraries have no automatic
fallback, so a mixed text ("ስራሕ? 5") is drawn as runs, each in its own font.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

_ETHIOPIC_BLOCKS = (
    (0x1200, 0x139F),  # Ethiopic, Ethiopic Supplement
    (0x2D80, 0x2DDF),  # Ethiopic Extended
    (0xAB00, 0xAB2F),  # Ethiopic Extended-A
    (0x1E7E0, 0x1E7FF),  # Ethiopic Extended-B
)
_NEUTRAL = frozenset(" \u00a0")
"""Characters both fonts have: they stay in the run they stand in."""


def is_ethiopic(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _ETHIOPIC_BLOCKS)


def has_ethiopic(text: str) -> bool:
    return any(is_ethiopic(char) for char in text)


def has_right_to_left(text: str) -> bool:
    """Whether `text` has a letter of a right-to-left script (Arabic, Hebrew…)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


class Run(NamedTuple):
    text: str
    ethiopic: bool


def script_runs(text: str) -> list[Run]:
    """`text` cut where it changes between Ethiopic and other letters (spaces join
    the run they stand in); joined together the runs give `text` again."""
    runs: list[Run] = []
    current: list[str] = []
    ethiopic = False
    for char in text:
        if char in _NEUTRAL and current:
            current.append(char)
            continue
        this = is_ethiopic(char)
        if current and this != ethiopic:
            runs.append(Run("".join(current), ethiopic))
            current = []
        ethiopic = this
        current.append(char)
    if current:
        runs.append(Run("".join(current), ethiopic))
    return runs
