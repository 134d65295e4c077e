"""The participant page has room: at the main window's default size the
measurements list shows at least five measurements beside a readable chart, the
compare table shows every ticked measurement with whole question labels, and
the first/latest/change line adds up."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from pytestqt.qtbot import QtBot

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant, Sex
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.page_room import default_window_size
from bipdesk.ui.participant_page.page import ParticipantPage
from tests.conftest import TODAY
from tests.support import QUESTIONS

CARD = CardKey("bip-standard", 1)
ARTIFACTS = Path(__file__).resolve().parents[2] / "tests" / "artifacts"
MEASURED = [
    (date(2025, 5, 22), (3, 4, 3, 5, 4, 2, 5, 5, 3, 4)),
    (date(2025, 8, 28), (4, 5, 4, 5, 5, 3, 6, 5, 4, 5)),
    (date(2025, 12, 4), (5, 6, None, 6, 6, 4, 7, 6, 5, 6)),
    (date(2026, 3, 5), (6, 7, 5, 7, 6, 5, 7, 7, 5, 6)),
    (date(2026, 6, 4), (7, 8, 6, 8, 7, 6, 8, 8, 6, None)),
]


pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def window(database: Database, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    """The main window at its default size (no remembered layout), on the participant."""
    with database.transaction() as repository:
        repository.add_participant(
            Participant("P-0001", sex=Sex.WOMEN, birth_year=1990, start_date=date(2025, 5, 1))
        )
        for day, values in MEASURED:
            repository.add_measurement(
                Measurement("P-0001", CARD, day, dict(zip(QUESTIONS, values, strict=True)))
            )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    main = MainWindow(AppContext(database, settings, today=lambda: TODAY))
    qtbot.addWidget(main)
    # The offscreen screen is 800 × 800: size the window as on a full-HD laptop.
    em = main.fontMetrics().horizontalAdvance("M")
    main.resize(default_window_size(em, QSize(1920, 1040)))
    main.show()
    qtbot.waitExposed(main)
    main.show_participant("P-0001")
    qtbot.wait(1)
    return main


@pytest.fixture
def page(window: MainWindow) -> ParticipantPage:
    found = window.findChild(ParticipantPage)
    assert found is not None and found.isVisible()
    return found


def test_five_measurements_show_at_the_default_size(
    window: MainWindow, page: ParticipantPage
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    window.grab().save(str(ARTIFACTS / "participant_five_measurements.png"))
    view = page.history_view
    assert view.model().rowCount() == 5
    bottom = view.viewport().height()
    for row in range(5):
        rect = view.visualRect(view.model().index(row, 0))
        assert rect.bottom() <= bottom, (row, rect, bottom)
    # The buttons under the list do not cover it.
    button = page.edit_button
    top_of_buttons = button.mapTo(page, button.rect().topLeft()).y()
    bottom_of_list = view.mapTo(page, view.rect().bottomLeft()).y()
    assert bottom_of_list < top_of_buttons


def test_every_ticked_measurement_in_the_table_and_legend_in_date_order(
    page: ParticipantPage,
) -> None:
    panel = page.spider_panel
    ids = [m.id for m in panel.measurements if m.id is not None]
    panel.set_checked(list(reversed(ids[:4])))  # ticked in any order
    page.chart_area.parentWidget().parentWidget().verticalScrollBar().setValue(10_000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.window().grab().save(str(ARTIFACTS / "participant_four_ticked.png"))
    table = panel.table
    headers = table.header_texts()
    assert headers[0] == "Question" and headers[-1] == "Change"
    assert [h.replace("\n", " ") for h in headers[1:-1]] == [
        "May 22, 2025",
        "Aug 28, 2025",
        "Dec 4, 2025",
        "Mar 5, 2026",
    ]
    assert table.row_texts(2) == ["Managing a job", "3", "4", "–", "5", "▲ +2"]
    assert table.row_texts(10)[0] == "Mean"
    # The legend reads oldest first along its rows (matplotlib fills it by columns).
    chart = panel.chart
    assert chart is not None and chart.legend is not None
    renderer = panel.canvas.get_renderer()
    placed = [
        (-round(text.get_window_extent(renderer).y0), text.get_window_extent(renderer).x0, text)
        for text in chart.legend.get_texts()
    ]
    reading = [text.get_text() for _y, _x, text in sorted(placed, key=lambda p: p[:2])]
    assert reading == ["May 22, 2025", "Aug 28, 2025", "Dec 4, 2025", "Mar 5, 2026"]


def test_question_labels_are_whole_with_the_question_as_tooltip(page: ParticipantPage) -> None:
    table = page.spider_panel.table
    first = table.item(0, 0)
    assert first is not None
    assert first.text() == "Knowing how to find work"
    assert first.toolTip().startswith("How well do you know")
    assert table.wordWrap()
    # Each label fits in its row: the row is as tall as the wrapped text needs.
    metrics = table.fontMetrics()
    width = table.columnWidth(0) - 8
    for row in range(10):
        item = table.item(row, 0)
        assert item is not None
        needed = metrics.boundingRect(0, 0, width, 1000, 0x1000, item.text()).height()
        assert table.rowHeight(row) >= needed, (item.text(), table.rowHeight(row), needed)


def test_first_latest_and_change_add_up_over_the_same_questions(page: ParticipantPage) -> None:
    summary = page.summary_box
    text = summary.figures_label.text()
    # The latest has no answer to the last question: all three figures are over nine.
    assert "over the 9 questions answered in both" in text
    assert "First May 22, 2025: 3.8" in text  # 34 / 9, not 37 / 10
    assert "latest Jun 4, 2026: 7.1" in text  # 64 / 9
    assert "change ▲ +3.3" in text
    assert summary.outcome_label.text() == "Progression: positive"
