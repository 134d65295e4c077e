"""Guards against a broken Qt binding: PySide6 6.12.0 lost one reference to None on
every call of a method that returns nothing, so a long session aborted CPython with
'none_dealloc'. pyproject.toml excludes that release; this test catches any other."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_methods_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for index in range(2000):
        label.setText(str(index % 7))
        label.setWordWrap(bool(index % 2))
    assert sys.getrefcount(None) >= before - 50
