"""All text of the fill-in grows together (issue 19, WCAG 1.4.4): Ctrl+plus scales
the question and everything around it, the size is remembered in per cent, 100 %
follows the system font, and at 200 % nothing is cut off (OPEN the PNGs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.ui.context import AppContext
from bipdesk.ui.fill_in import FillInDialog
from bipdesk.ui.fill_in.question_page import DEFAULT_POINT_SIZE
from bipdesk.ui.fill_in.text_scale import OLD_POINTS_KEY, PERCENT_KEY
from tests.ui import test_fill_in as base
from tests.ui.palettes import use_palette
from tests.ui.test_fill_in import open_dialog, press

context = base.context
boxes = base.boxes
pytestmark = pytest.mark.usefixtures("english_locale", "shipped_fonts")
ARTIFACTS = Path(__file__).resolve().parents[2] / "tests" / "artifacts"
CTRL = Qt.KeyboardModifier.ControlModifier


def sizes(dialog: FillInDialog) -> dict[str, float]:
    return {
        "question": dialog.question_page.question_label.font().pointSizeF(),
        "who": dialog.who_label.font().pointSizeF(),
        "date": dialog.date_edit.font().pointSizeF(),
        "language": dialog.language_combo.font().pointSizeF(),
        "progress": dialog.progress_label.font().pointSizeF(),
        "hint": dialog.hint_label.font().pointSizeF(),
        "next": dialog.next_button.font().pointSizeF(),
        "zoom": dialog.zoom_in_button.font().pointSizeF(),
        "save": dialog.summary_page.save_button.font().pointSizeF(),
    }


def cut_off(dialog: QWidget) -> list[str]:
    """Visible texts that do not get the room they need."""
    problems = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        needed = (
            label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        )
        if label.height() < needed or (
            not label.wordWrap() and label.width() < label.minimumSizeHint().width()
        ):
            problems.append(f"label {label.text()[:30]!r} {label.size().toTuple()}")
        right = label.mapTo(dialog, label.rect().topRight()).x()
        if right > dialog.width():
            problems.append(f"label {label.text()[:30]!r} past the right edge")
    for button in dialog.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        wanted = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
        if button.width() < wanted or button.height() < button.fontMetrics().height():
            problems.append(f"button {button.text()!r} {button.size().toTuple()}")
        if button.mapTo(dialog, button.rect().bottomRight()).x() > dialog.width():
            problems.append(f"button {button.text()!r} past the right edge")
    return problems


def test_ctrl_plus_scales_all_text_and_is_remembered(context: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.resize(1600, 1200)  # room for the question at 200 %
    before = sizes(dialog)
    for _ in range(10):  # to 200 %
        press(qtbot, dialog, Qt.Key.Key_Plus, CTRL)
    after = sizes(dialog)
    assert after["question"] == 2 * DEFAULT_POINT_SIZE
    for name, size in before.items():
        assert after[name] == pytest.approx(2 * size), name
    assert context.settings.value(PERCENT_KEY) == 200
    dialog.close_keeping_draft()

    again = open_dialog(context, qtbot)
    again.resize(1600, 1200)
    assert sizes(again) == after  # remembered
    press(qtbot, again, Qt.Key.Key_0, CTRL)
    assert sizes(again) == before
    again.close_keeping_draft()


def test_the_old_remembered_size_is_kept(context: AppContext, qtbot: QtBot) -> None:
    context.settings.setValue(OLD_POINTS_KEY, 30.0)  # remembered in points before issue 19
    dialog = open_dialog(context, qtbot)
    dialog.resize(1600, 1200)
    assert dialog.text_size == 30.0
    assert dialog.progress_label.font().pointSizeF() == pytest.approx(
        QApplication.font().pointSizeF() * 1.3 * 1.5
    )
    dialog.close_keeping_draft()


def test_100_percent_follows_the_system_font(
    context: AppContext, qtbot: QtBot, qapp: QApplication
) -> None:
    larger = QFont(qapp.font())
    larger.setPointSizeF(12.0)  # the user has made the system's text larger
    qapp.setFont(larger)
    dialog = open_dialog(context, qtbot)
    assert dialog.text_size == pytest.approx(DEFAULT_POINT_SIZE * 12 / 9)
    assert dialog.question_page.question_label.font().pointSizeF() == pytest.approx(
        DEFAULT_POINT_SIZE * 12 / 9
    )
    dialog.close_keeping_draft()


@pytest.mark.parametrize("palette_name", ["light", "dark"])
def test_nothing_is_cut_off_from_100_to_200_percent(
    context: AppContext, qtbot: QtBot, qapp: QApplication, palette_name: str
) -> None:
    previous = use_palette(qapp, palette_name)
    try:
        dialog = open_dialog(context, qtbot)
        dialog.resize(1280, 800)
        dialog.go_to(3)
        dialog.choose(6)
        for percent in (100, 150, 200):
            dialog.set_text_size(DEFAULT_POINT_SIZE * percent / 100)
            QApplication.processEvents()
            assert cut_off(dialog) == [], percent
            ARTIFACTS.mkdir(exist_ok=True)
            dialog.grab().save(str(ARTIFACTS / f"fill_in_text_{palette_name}_{percent}.png"))
        dialog.go_to(len(QUESTIONS_ALL))
        QApplication.processEvents()
        assert cut_off(dialog) == []
        dialog.grab().save(str(ARTIFACTS / f"fill_in_text_{palette_name}_summary_200.png"))
        dialog.close_keeping_draft()
    finally:
        qapp.setPalette(previous)


QUESTIONS_ALL = list(range(10))
