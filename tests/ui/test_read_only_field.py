"""A read-only text field looks read-only, and its text stays readable in every theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.contrast import TEXT_RATIO, contrast_ratio
from bipdesk.ui.read_only_field import set_read_only
from tests.ui.palettes import PALETTES, use_palette

SHOTS = Path("tests/artifacts")


def _hex(colour: QColor) -> str:
    return colour.name()


def _pixel(widget: QWidget, edit: QLineEdit) -> str:
    """The colour inside `edit`'s box, away from its frame and text."""
    image = widget.grab().toImage()
    spot = edit.geometry().topRight()
    return image.pixelColor(spot.x() - 6, spot.y() + edit.height() // 2).name()


@pytest.mark.parametrize("theme", PALETTES)
def test_a_read_only_field_has_the_windows_colour_and_readable_text(
    qtbot: QtBot, qapp: QApplication, theme: str
) -> None:
    previous = use_palette(qapp, theme)
    try:
        form = QWidget()
        qtbot.addWidget(form)
        layout = QFormLayout(form)
        editable = QLineEdit("Söder")
        fixed = QLineEdit("Norr")
        layout.addRow("Municipality:", editable)
        layout.addRow("Unit:", fixed)
        set_read_only(fixed, True)
        form.resize(320, 80)
        form.show()
        qtbot.waitExposed(form)
        SHOTS.mkdir(exist_ok=True)
        form.grab().save(str(SHOTS / f"read_only_field_{theme}.png"))
        theme_palette = qapp.palette()
        window = _hex(theme_palette.color(QPalette.ColorRole.Window))
        base = _hex(theme_palette.color(QPalette.ColorRole.Base))
        assert fixed.isReadOnly() and not editable.isReadOnly()
        assert _pixel(form, fixed) == window
        assert _pixel(form, editable) == base
        text = _hex(fixed.palette().color(QPalette.ColorRole.Text))
        assert contrast_ratio(text, window) >= TEXT_RATIO

        set_read_only(fixed, False)  # editable again: the theme's own box
        qtbot.wait(10)
        assert _pixel(form, fixed) == base
    finally:
        qapp.setPalette(previous)


def test_a_read_only_field_takes_the_new_themes_colours_when_set_again(
    qtbot: QtBot, qapp: QApplication
) -> None:
    previous = use_palette(qapp, "light")
    try:
        fixed = QLineEdit("Norr")
        qtbot.addWidget(fixed)
        set_read_only(fixed, True)
        light = qapp.palette()
        assert fixed.palette().color(QPalette.ColorRole.Base) == light.color(
            QPalette.ColorRole.Window
        )
        use_palette(qapp, "dark")
        set_read_only(fixed, True)  # the next participant shown
        dark = qapp.palette()
        assert fixed.palette().color(QPalette.ColorRole.Base) == dark.color(
            QPalette.ColorRole.Window
        )
        assert (
            contrast_ratio(
                _hex(fixed.palette().color(QPalette.ColorRole.Text)),
                _hex(fixed.palette().color(QPalette.ColorRole.Base)),
            )
            >= TEXT_RATIO
        )
    finally:
        qapp.setPalette(previous)
