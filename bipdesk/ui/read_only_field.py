"""A read-only text field that looks read-only.

Qt draws a read-only QLineEdit exactly like an editable one (the same white
box), so a user clicks into it and types in vain. Here its box takes the
window's colour, as read-only fields have on most desktops, while the text
keeps the palette's text colour: readable wherever the window's text is, in a
light, dark or high-contrast theme. The colour is taken from the theme each
time the field is set (the participant page does so for every participant shown).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)


def set_read_only(edit: QLineEdit, read_only: bool) -> None:
    """Make `edit` read-only (or editable again), with the look to match."""
    edit.setReadOnly(read_only)
    if not read_only:
        if edit.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            edit.setPalette(QPalette())  # no role of its own: the theme's again
        return
    theme = QApplication.palette(edit)
    own = QPalette()
    for group in GROUPS:
        own.setColor(group, QPalette.ColorRole.Base, theme.color(group, QPalette.ColorRole.Window))
    edit.setPalette(own)
