"""The Activities section of the participant page: add, edit, end and remove
activities through the dialogs, and see them on the timeline (issue 15)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.activities import Activity, ActivityType
from bipdesk.core.cards import Area
from bipdesk.reports.spider_styles import AREA_TINTS
from bipdesk.storage import Database
from bipdesk.ui.activity_dialog import ActivityDialog, EndActivityDialog
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.date_edits import qdate
from bipdesk.ui.participant_page.page import ParticipantPage
from tests.conftest import TODAY
from tests.ui.activity_support import (
    ACTIVITIES,
    CODE,
    START,
    colour_share,
    make_context,
    seed,
    shoot,
    speaking,
    stored_activities,
)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    with speaking(qapp, "en"):
        yield


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    return make_context(database, tmp_path)


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> ParticipantPage:
    widget = ParticipantPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def answer_dialog(kind: type, fill: Callable[..., None]) -> None:
    """Run `fill` on the modal dialog of type `kind` as soon as it is open."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind), dialog
        fill(dialog)

    QTimer.singleShot(0, run)


def ok_button(dialog: ActivityDialog | EndActivityDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def timeline_image(page: ParticipantPage, qtbot: QtBot) -> QImage:
    section = page.activities_section
    page.right_tabs.setCurrentWidget(section)
    qtbot.wait(150)  # the timeline is drawn anew shortly after a resize
    image = section.timeline.image
    assert image is not None
    return image


# -- adding ------------------------------------------------------------------------


def test_an_activity_added_through_the_dialog_is_stored_and_drawn(
    page: ParticipantPage, database: Database, context: AppContext, qtbot: QtBot
) -> None:
    seed(database, activities=False)
    page.show_participant(CODE)
    section = page.activities_section
    assert section.empty_label.isVisibleTo(section)
    assert not section.timeline.isVisibleTo(section) and section.timeline.image is None
    announced: list[str] = []
    context.changed.connect(announced.append)

    def fill(dialog: ActivityDialog) -> None:
        dialog.select_type(ActivityType.COUNSELLING)
        assert dialog.area is Area.HEALTH and not dialog.area_combo.isEnabled()
        dialog.start_edit.setDate(qdate(date(2026, 2, 3)))
        dialog.set_end_date(date(2026, 6, 30))
        dialog.hours_edit.setText("22.5")
        dialog.place_edit.setText("Vårdcentralen Teleborg")
        ok_button(dialog).click()  # type: ignore[attr-defined]

    answer_dialog(ActivityDialog, fill)
    assert section.add_activity()
    (stored,) = stored_activities(database)
    assert stored == Activity(
        CODE,
        ActivityType.COUNSELLING,
        Area.HEALTH,
        date(2026, 2, 3),
        date(2026, 6, 30),
        22.5,
        "Vårdcentralen Teleborg",
        None,
        stored.id,
    )
    assert Change.PARTICIPANTS in announced
    # the page read it again: one row, and a timeline with the health row's colour
    assert section.table.rowCount() == 1
    assert cell(section.table, 0, 0) == "Counselling"
    assert cell(section.table, 0, 4) == "22.5"
    image = timeline_image(page, qtbot)
    assert colour_share(image, AREA_TINTS[Area.HEALTH], tolerance=4) > 0.01
    assert colour_share(image, AREA_TINTS[Area.SKILLS], tolerance=4) < 0.001


def test_other_needs_an_area(qtbot: QtBot) -> None:
    dialog = ActivityDialog(CODE, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_type(ActivityType.OTHER)
    assert dialog.area_combo.isEnabled() and dialog.area is None
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    assert dialog.error_label.text() == "Choose the area of an activity of the type Other."
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.select_area(Area.SOCIAL)
    assert ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    assert dialog.activity().area is Area.SOCIAL
    # a type with an area of its own takes it again, and the area cannot be changed
    dialog.select_type(ActivityType.STUDIES)
    assert dialog.area is Area.SKILLS and not dialog.area_combo.isEnabled()


def test_other_with_an_area_is_stored(
    page: ParticipantPage, database: Database, qtbot: QtBot
) -> None:
    seed(database, activities=False)
    page.show_participant(CODE)

    def fill(dialog: ActivityDialog) -> None:
        dialog.select_type(ActivityType.OTHER)
        assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
        dialog.select_area(Area.SOCIAL)
        dialog.select_branch("Q")
        ok_button(dialog).click()  # type: ignore[attr-defined]

    answer_dialog(ActivityDialog, fill)
    assert page.activities_section.add_activity()
    (stored,) = stored_activities(database)
    assert (stored.activity, stored.area, stored.branch) == (ActivityType.OTHER, Area.SOCIAL, "Q")
    assert stored.end_date is None and stored.start_date == TODAY


def test_dialog_refuses_bad_hours_and_an_end_before_the_start(qtbot: QtBot) -> None:
    dialog = ActivityDialog(CODE, TODAY)
    qtbot.addWidget(dialog)
    dialog.hours_edit.setText("ten")
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    assert "'ten' is not a number of hours" in dialog.error_label.text()
    dialog.hours_edit.setText("10")
    dialog.start_edit.setDate(qdate(date(2026, 5, 1)))
    dialog.set_end_date(date(2026, 4, 30))
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    assert "cannot be before the start date" in dialog.error_label.text()
    dialog.set_end_date(None)
    assert ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    assert dialog.activity().hours == 10.0


def test_hours_take_a_decimal_comma_in_swedish(
    qapp: QApplication, database: Database, context: AppContext, qtbot: QtBot
) -> None:
    seed(database, activities=False)
    with database.transaction(write=False) as repository:
        participant = repository.participant(CODE)
    with speaking(qapp, "sv"):
        page = ParticipantPage(context)
        qtbot.addWidget(page)
        page.show_participant(CODE)

        def fill(dialog: ActivityDialog) -> None:
            dialog.hours_edit.setText("12,5")
            ok_button(dialog).click()  # type: ignore[attr-defined]

        answer_dialog(ActivityDialog, fill)
        assert participant is not None
        assert page.activities_section.add_activity()
        assert cell(page.activities_section.table, 0, 4) == "12,5"
    (stored,) = stored_activities(database)
    assert stored.hours == 12.5


def test_the_same_activity_twice_is_refused_in_the_dialog(
    page: ParticipantPage, database: Database
) -> None:
    seed(database)
    page.show_participant(CODE)
    first = ACTIVITIES[0]
    messages: list[str] = []

    def fill(dialog: ActivityDialog) -> None:
        dialog.select_type(first.activity)
        dialog.start_edit.setDate(qdate(first.start_date))
        ok_button(dialog).click()  # type: ignore[attr-defined]
        # storage refused it: the dialog is open again and says why
        QTimer.singleShot(0, lambda: check(dialog))

    def check(dialog: ActivityDialog) -> None:
        messages.append(dialog.error_label.text())
        dialog.reject()

    answer_dialog(ActivityDialog, fill)
    assert not page.activities_section.add_activity()
    assert messages == [
        "The participant already has Work training starting Feb 2, 2026; change the date "
        "or edit that activity."
    ]
    assert len(stored_activities(database)) == len(ACTIVITIES)


# -- editing, ending, removing ---------------------------------------------------------


def test_an_activity_is_edited(page: ParticipantPage, database: Database) -> None:
    seed(database)
    page.show_participant(CODE)
    section = page.activities_section
    before = stored_activities(database)
    target = next(a for a in before if a.activity is ActivityType.SKILLS_COURSE)
    section.select_activity(target.id)

    def fill(dialog: ActivityDialog) -> None:
        assert dialog.hours_edit.text() == "60"
        dialog.hours_edit.setText("75")
        ok_button(dialog).click()  # type: ignore[attr-defined]

    answer_dialog(ActivityDialog, fill)
    assert section.edit_activity()
    after = {a.id: a for a in stored_activities(database)}
    assert after[target.id] == replace(target, hours=75.0)
    assert section.selected_activity() == after[target.id]


def test_an_ongoing_activity_is_ended_today_unless_changed(
    page: ParticipantPage, database: Database
) -> None:
    seed(database)
    page.show_participant(CODE)
    section = page.activities_section
    ended = next(a for a in section.activities if a.end_date is not None)
    section.select_activity(ended.id)
    assert not section.end_button.isEnabled()  # it has ended already
    ongoing = next(a for a in section.activities if a.activity is ActivityType.INTERNSHIP)
    section.select_activity(ongoing.id)
    assert section.end_button.isEnabled()

    def fill(dialog: EndActivityDialog) -> None:
        assert dialog.end_date == TODAY
        dialog.date_edit.setDate(qdate(date(2026, 5, 31)))  # before its start: refused
        assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
        dialog.date_edit.setDate(qdate(date(2026, 11, 20)))
        ok_button(dialog).click()  # type: ignore[attr-defined]

    answer_dialog(EndActivityDialog, fill)
    assert section.end_activity()
    stored = {a.id: a for a in stored_activities(database)}[ongoing.id]
    assert stored.end_date == date(2026, 11, 20)
    row = next(
        r for r in range(section.table.rowCount()) if cell(section.table, r, 0) == "Internship"
    )
    assert cell(section.table, row, 3) == "Nov 20, 2026"


def test_an_activity_is_removed_after_asking(
    page: ParticipantPage, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(database)
    page.show_participant(CODE)
    section = page.activities_section
    target = section.activities[0]
    section.select_activity(target.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.No)
    assert not section.remove_activity()
    assert len(stored_activities(database)) == len(ACTIVITIES)
    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert section.remove_activity()
    assert asked == ["Remove Counselling, started Jan 20, 2026? It is removed for good."]
    remaining = stored_activities(database)
    assert target.id not in {a.id for a in remaining} and len(remaining) == len(ACTIVITIES) - 1
    assert section.table.rowCount() == len(ACTIVITIES) - 1


def test_a_new_participant_has_no_activity_buttons(page: ParticipantPage) -> None:
    page.show_participant(None)
    section = page.activities_section
    assert not section.add_button.isEnabled()
    assert not section.empty_label.isVisibleTo(section)
    assert not section.add_activity()


# -- in Swedish ------------------------------------------------------------------------


def test_screenshots_in_swedish(
    qapp: QApplication, database: Database, context: AppContext, qtbot: QtBot
) -> None:
    seed(database)
    with speaking(qapp, "sv"):
        page = ParticipantPage(context)
        qtbot.addWidget(page)
        page.resize(1240, 780)
        page.show()
        page.show_participant(CODE)
        section = page.activities_section
        assert page.right_tabs.tabText(1) == "Aktiviteter"
        image = timeline_image(page, qtbot)
        for area in Area:
            assert colour_share(image, AREA_TINTS[area], tolerance=4) > 0.003, area
        headers = [
            item.text()
            for c in range(7)
            if (item := section.table.horizontalHeaderItem(c)) is not None
        ]
        assert headers == ["Aktivitet", "Område", "Start", "Slut", "Timmar", "Plats", "Bransch"]
        cells = {cell(section.table, r, 0) for r in range(section.table.rowCount())}
        assert cells == {
            "Arbetsträning",
            "Praktik",
            "Samtalsstöd",
            "Boendestöd",
            "Kompetenshöjande insats",
        }
        internship = next(
            r for r in range(section.table.rowCount()) if cell(section.table, r, 0) == "Praktik"
        )
        assert cell(section.table, internship, 3) == "Pågår"
        assert cell(section.table, internship, 4) == "310,5"
        path = shoot(page, "activities_page_sv")
        shot = QImage(str(path))
        # the timeline is on the screenshot, below the table, at full width
        assert colour_share(shot, AREA_TINTS[Area.SOCIAL], tolerance=4) > 0.002
        assert section.timeline.width() > 600

        dialog = ActivityDialog(
            CODE, TODAY, page, existing=section.activities[3], participant_start=START
        )
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "Redigera aktivitet"
        assert dialog.type_combo.currentText() == "Praktik"
        assert dialog.area_combo.currentText() == "Jobbfokus"
        assert dialog.hours_edit.text() == "310,5"
        assert dialog.ongoing_check.isChecked() and not dialog.end_edit.isEnabled()
        shoot(dialog, "activity_dialog_sv")
        dialog.select_type(ActivityType.OTHER)
        assert dialog.error_label.text() == "Välj område för en aktivitet av typen Annan."
        shoot(dialog, "activity_dialog_other_sv")
