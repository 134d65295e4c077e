"""WCAG 2.2 AA contrast of the participant page (issue 19): its coloured texts
('Active', the due date, the progression, the change in the history) and the
'New measurement' button, read from the widgets in the light, dark and
high-contrast palettes (see tests/ui/test_contrast.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from bipdesk.core.contrast import TEXT_RATIO
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.participant_page.history_model import HistoryModel
from bipdesk.ui.participant_page.page import ParticipantPage
from tests.conftest import TODAY
from tests.ui.test_contrast import (
    ARTIFACTS,
    Pair,
    background_of,
    check,
    palette_name,
    styled_button_pairs,
)
from tests.ui.test_participant_page import answers, seed

__all__ = ["palette_name"]  # the fixture, parametrized over the palettes
pytestmark = pytest.mark.usefixtures("english_locale")


def test_every_coloured_text_of_the_participant_page_reaches_wcag_aa(
    database: Database, tmp_path: Path, qtbot: QtBot, palette_name: str
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    context = AppContext(database, settings, today=lambda: TODAY)
    seed(
        database,
        (date(2026, 1, 10), answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4)),
        (date(2026, 4, 10), answers(5, 5, 5, 5, 5, 5, 5, 5, 5, None)),
        (date(2026, 7, 10), answers(6, 6, 6, 6, 4, 4, 4, 4, 4, 2)),
    )
    page = ParticipantPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_participant("P-0001")
    QApplication.processEvents()
    coloured = [
        label
        for label in page.findChildren(QLabel)
        if label.isVisible() and "color" in label.styleSheet()
    ]
    assert page.state_label in coloured and page.due_label in coloured
    pairs: list[Pair] = []
    for label in coloured:
        colour = label.palette().color(label.foregroundRole()).name()
        pairs.append((f"label {label.text()[:32]!r}", colour, background_of(label), TEXT_RATIO))
    pairs += styled_button_pairs(page.new_button)
    model = page.history_model
    base = page.palette().color(QPalette.ColorRole.Base).name()
    for row in range(model.rowCount()):
        brush = model.data(model.index(row, HistoryModel.CHANGE), Qt.ItemDataRole.ForegroundRole)
        if isinstance(brush, QBrush):
            pairs.append((f"history change, row {row + 1}", brush.color().name(), base, TEXT_RATIO))
    assert any(p[0].startswith("history change") for p in pairs)
    file = f"contrast_ratios_participant_{palette_name}.txt"
    (ARTIFACTS / file).unlink(missing_ok=True)
    check(pairs, palette_name + " (participant page)", file)
    page.new_button.setFocus()  # its focus ring in the picture
    QApplication.processEvents()
    page.grab().save(str(ARTIFACTS / f"participant_page_{palette_name}.png"))
