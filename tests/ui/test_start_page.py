"""The start page: overdue, due soon and never measured; the welcome panel on an empty database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.start_page import ROWS_PER_SECTION, StartPage

TODAY = date(2026, 11, 23)
SHOTS = Path("tests/artifacts")


def make_context(database: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


def add(
    database: Database,
    code: str,
    name: str,
    start: date,
    measured: list[date] = (),  # type: ignore[assignment]
    end: date | None = None,
) -> None:
    card = database.cards.get("bip-standard")
    assert card is not None
    with database.transaction() as repository:
        repository.add_participant(
            Participant(
                code,
                name,
                Sex.WOMEN,
                1990,
                start_date=start,
                end_date=end,
                exit_reason=ExitReason.WORK if end else None,
            )
        )
        for day in measured:
            answers: dict[str, int | None] = {q.id: 5 for q in card.questions}
            repository.add_measurement(Measurement(code, card.key, day, answers))


def seed(database: Database) -> None:
    add(database, "P001", "Amina Berg", date(2026, 1, 5), [date(2026, 5, 3), date(2026, 8, 1)])
    add(database, "P002", "Johan Lind", date(2026, 2, 1), [date(2026, 9, 1)])  # due Dec 1
    add(database, "P003", "Sara Holm", date(2026, 10, 1))  # never measured
    add(database, "P004", "Omar Karimi", date(2026, 3, 1), [date(2026, 11, 10)])  # not due
    add(database, "P005", "Erik Amin", date(2025, 2, 1), [date(2025, 3, 1)], end=date(2026, 6, 30))
    add(database, "P006", "Lena Berg", date(2026, 12, 10))  # has not started yet
    add(database, "P007", "Nour Ali", date(2026, 1, 1), [date(2026, 6, 20)])  # due Sep 20


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    return make_context(database, tmp_path)


def section_codes(page: StartPage) -> tuple[list[str], list[str], list[str]]:
    overdue, soon, never = page.sections()
    return (
        [row.code for row in overdue.rows],
        [row.code for row in soon.rows],
        [row.code for row in never.rows],
    )


def test_lists_overdue_due_soon_and_never_measured(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    seed(database)
    page = StartPage(context)
    qtbot.addWidget(page)
    assert not page.is_empty_state
    # longest overdue first; ended, not due and not yet started people are left out
    assert section_codes(page) == (["P007", "P001"], ["P002"], ["P003"])
    overdue, soon, never = page.sections()
    assert overdue.heading.text() == "Overdue (2)"
    assert soon.heading.text() == "Due within 14 days (1)"
    first = overdue.rows[0]
    assert first.when_label.text() == "64 days overdue (was due on Sep 20, 2026)."
    assert first.name_label is not None and first.name_label.text() == "Nour Ali"
    assert soon.rows[0].when_label.text() == "Due in 8 days, on Dec 1, 2026."
    assert never.rows[0].when_label.text() == "Never measured; started on Oct 1, 2026."
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(50)
    page.grab().save(str(SHOTS / "start_page.png"))


def test_one_click_starts_a_measurement_and_open_shows_the_participant(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    seed(database)
    page = StartPage(context)
    qtbot.addWidget(page)
    page.show()
    row = page.sections()[1].rows[0]
    assert row.start_button.accessibleName() == "Start measurement for P002"
    with qtbot.waitSignal(page.measurement_requested) as started:
        qtbot.mouseClick(row.start_button, Qt.MouseButton.LeftButton)
    assert started.args == ["P002"]
    with qtbot.waitSignal(page.participant_requested) as opened:
        qtbot.mouseClick(row.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["P002"]


def test_names_are_left_out_when_hidden(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    seed(database)
    context.set_show_names(False)
    page = StartPage(context)
    qtbot.addWidget(page)
    texts = [label.text() for label in page.findChildren(type(page.title_label))]
    assert not any("Amina" in text or "Nour" in text for text in texts)
    assert all(row.name_label is None for section in page.sections() for row in section.rows)


def test_refreshes_when_the_context_announces_a_change(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    page = StartPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.is_empty_state
    add(database, "P003", "Sara Holm", date(2026, 10, 1))
    context.announce(Change.PARTICIPANTS)
    assert not page.is_empty_state
    assert section_codes(page) == ([], [], ["P003"])
    card = database.cards.get("bip-standard")
    assert card is not None
    with database.transaction() as repository:
        repository.add_measurement(Measurement("P003", card.key, date(2026, 11, 20), {}))
    context.announce(Change.MEASUREMENTS)
    assert section_codes(page) == ([], [], [])
    assert page.sections()[2].empty_label.isVisible()


def test_a_long_section_offers_the_whole_list(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    for number in range(ROWS_PER_SECTION + 3):
        add(database, f"N{number:03d}", "", date(2026, 10, 1))
    page = StartPage(context)
    qtbot.addWidget(page)
    page.show()
    never = page.sections()[2]
    assert len(never.rows) == ROWS_PER_SECTION
    assert never.more_button.isVisible()
    assert never.more_button.text() == (
        f"Show all {ROWS_PER_SECTION + 3} participants never measured in the list"
    )
    with qtbot.waitSignal(page.list_requested) as requested:
        qtbot.mouseClick(never.more_button, Qt.MouseButton.LeftButton)
    assert requested.args == ["never_measured"]


def test_empty_database_shows_the_three_ways_to_begin(qtbot: QtBot, context: AppContext) -> None:
    page = StartPage(context)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.is_empty_state
    buttons = {
        page.add_button: page.add_participant_requested,
        page.import_button: page.import_requested,
        page.demo_button: page.demo_requested,
    }
    assert [b.text() for b in buttons] == ["Add participant", "Import from file…", "Open demo data"]
    for button, signal in buttons.items():
        assert button.isVisible() and button.accessibleName()
        with qtbot.waitSignal(signal):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "start_page_empty.png"))
