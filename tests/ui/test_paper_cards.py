"""Paper cards entered later: a measurement with its real, earlier date takes its place
among the others, and what depends on the dates (progression, the due list) follows.

A date before the participation started is most often a mistyped year: the fill-in
says so beside the date and still saves it when it was meant. A date in the future
cannot be chosen, and the storage refuses one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant, Sex
from bipdesk.core.progression import progression
from bipdesk.core.scheduling import DueState
from bipdesk.core.validation import ValidationError
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.fill_in import FillInDialog
from bipdesk.ui.start_page import StartPage
from tests.conftest import TODAY
from tests.support import QUESTIONS

CARD = CardKey("bip-standard", 1)
START = date(2026, 3, 1)
FIRST, LATEST = date(2026, 3, 10), date(2026, 8, 10)
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def answers(value: int) -> dict[str, int | None]:
    return dict.fromkeys(QUESTIONS, value)


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    with database.transaction() as repository:
        repository.add_participant(
            Participant("P010", sex=Sex.WOMEN, birth_year=1988, start_date=START)
        )
        repository.add_measurement(Measurement("P010", CARD, FIRST, answers(3)))
        repository.add_measurement(Measurement("P010", CARD, LATEST, answers(5)))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A message box would wait for a click that never comes: each one fails the test."""
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    yield shown
    assert shown == []


def open_fill_in(context: AppContext, qtbot: QtBot, day: date) -> FillInDialog:
    dialog = FillInDialog(context, "P010")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.date_edit.setDate(day)
    return dialog


def enter_paper_card(context: AppContext, qtbot: QtBot, day: date, value: int) -> FillInDialog:
    """Fill in the whole card with `value` on `day`, as a coordinator typing a paper card."""
    dialog = open_fill_in(context, qtbot, day)
    for position in range(len(QUESTIONS)):
        dialog.go_to(position)
        dialog.choose(value)
    dialog.go_to(len(QUESTIONS))
    return dialog


def stored(database: Database) -> list[Measurement]:
    with database.transaction(write=False) as repository:
        return repository.measurements("P010")


def due(context: AppContext) -> tuple[DueState, date | None]:
    page = StartPage(context)
    page.refresh()
    entries = [*page.lists.overdue, *page.lists.due_soon, *page.lists.never_measured]
    mine = [entry for entry in entries if entry.participant.code == "P010"]
    if not mine:
        return DueState.NOT_DUE, None
    return mine[0].status.state, mine[0].status.due_date


def test_a_card_between_two_others_takes_its_place(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    assert due(context) == (DueState.OVERDUE, date(2026, 11, 10))
    dialog = enter_paper_card(context, qtbot, date(2026, 6, 1), 9)
    assert not dialog.header.date_warning.isVisible()
    dialog.save()
    assert dialog.saved_measurement is not None
    assert [m.date for m in stored(database)] == [FIRST, date(2026, 6, 1), LATEST]
    result = progression(stored(database), CARD.id)
    assert result is not None
    assert (result.first.date, result.latest.date) == (FIRST, LATEST)  # unchanged
    assert due(context) == (DueState.OVERDUE, date(2026, 11, 10))  # the latest still decides


def test_a_card_after_the_latest_moves_the_due_date(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    enter_paper_card(context, qtbot, date(2026, 11, 2), 7).save()
    result = progression(stored(database), CARD.id)
    assert result is not None and result.latest.date == date(2026, 11, 2)
    assert due(context) == (DueState.NOT_DUE, None)  # next due 2027-02-02, not in the lists


def test_a_date_before_the_start_is_questioned_but_kept_when_meant(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    dialog = enter_paper_card(context, qtbot, date(2025, 2, 20), 2)
    warning = dialog.header.date_warning
    assert warning.isVisible()
    assert warning.text() == "Before the start of the participation (Mar 1, 2026): is the date right?"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = dialog.grab().toImage()
    shot.save(str(ARTIFACTS / "paper_card_before_start_en.png"))
    _assert_visible_on(shot, warning.mapTo(dialog, warning.rect().center()))
    dialog.date_edit.setDate(date(2026, 2, 20))  # still before the start
    assert warning.isVisible() and "Mar 1, 2026" in warning.text()
    dialog.date_edit.setDate(START)  # the start day itself is fine
    assert not warning.isVisible()
    dialog.date_edit.setDate(date(2026, 2, 20))
    dialog.save()
    assert dialog.saved_measurement is not None
    assert [m.date for m in stored(database)] == [date(2026, 2, 20), FIRST, LATEST]
    result = progression(stored(database), CARD.id)
    assert result is not None and result.first.date == date(2026, 2, 20)


def _assert_visible_on(image: QImage, centre: QPoint) -> None:
    """The warning's note colour really is painted where the label sits."""
    row = centre.y()
    colours = {image.pixelColor(x, row).name() for x in range(image.width())}
    assert "#fff3cd" in colours  # the note's background


def test_the_future_cannot_be_chosen_nor_stored(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    dialog = open_fill_in(context, qtbot, TODAY + timedelta(days=5))
    assert dialog.date_edit.date().toPython() == TODAY  # the calendar stops at today
    dialog.reject()  # nothing answered: closes without a question
    assert not dialog.isVisible()
    tomorrow = Measurement("P010", CARD, TODAY + timedelta(days=1), answers(4))
    with pytest.raises(ValidationError, match="in the future"), database.transaction() as repo:
        repo.add_measurement(tomorrow)
    assert len(stored(database)) == 2

