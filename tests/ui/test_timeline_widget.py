"""The timeline on screen: the printed sheet's figure, drawn at the widget's width,
in the app's language, with the areas' colours and the measurement lines (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import bipdesk.ui.timeline_widget as timeline_module
from bipdesk.core.activities import ActivityType
from bipdesk.core.cards import Area
from bipdesk.reports.spider_styles import AREA_TINTS, OKABE_ITO
from bipdesk.storage import Database
from bipdesk.ui.context import Change
from bipdesk.ui.participant_page.page import ParticipantPage
from bipdesk.ui.timeline_widget import TimelineWidget
from tests.conftest import TODAY
from tests.ui.activity_support import (
    ACTIVITIES,
    CODE,
    MEASURED,
    START,
    colour_share,
    make_context,
    seed,
    shoot,
    speaking,
)

MEASUREMENT_BLUE = OKABE_ITO["blue"]


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    with speaking(qapp, "en"):
        yield


@pytest.fixture
def widget(qtbot: QtBot) -> TimelineWidget:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(900, 10)
    timeline.show()
    return timeline


def test_every_area_has_its_colour_and_measurements_their_lines(widget: TimelineWidget) -> None:
    widget.show_timeline(ACTIVITIES, START, None, MEASURED, TODAY)
    image = widget.image
    assert image is not None and widget.has_timeline
    assert widget.height() == round(image.height() / image.devicePixelRatio()) > 150
    for area in Area:
        assert colour_share(image, AREA_TINTS[area], tolerance=4) > 0.004, area
    assert colour_share(image, MEASUREMENT_BLUE, tolerance=30) > 0.001
    path = shoot(widget, "timeline_widget_en")
    saved = QImage(str(path))
    assert not saved.isNull() and saved.width() >= widget.width()
    assert colour_share(saved, MEASUREMENT_BLUE, tolerance=30) > 0.001


def test_without_measurements_no_measurement_lines(widget: TimelineWidget) -> None:
    widget.show_timeline(ACTIVITIES, START, None, [], TODAY)
    image = widget.image
    assert image is not None
    assert colour_share(image, MEASUREMENT_BLUE, tolerance=30) == 0.0


def test_only_the_areas_with_activities_have_bars(widget: TimelineWidget) -> None:
    job_only = [a for a in ACTIVITIES if a.area is Area.JOB]
    widget.show_timeline(job_only, START, None, [], TODAY)
    image = widget.image
    assert image is not None
    assert colour_share(image, AREA_TINTS[Area.JOB], tolerance=4) > 0.01
    # the other rows are there (pale bands) but hold no bar in full colour
    for area in (Area.HEALTH, Area.SOCIAL, Area.SKILLS):
        assert colour_share(image, AREA_TINTS[area], tolerance=2) < 0.001, area


def test_nothing_is_drawn_without_activities(widget: TimelineWidget) -> None:
    widget.show_timeline(ACTIVITIES, START, None, MEASURED, TODAY)
    assert widget.height() > 0
    widget.show_timeline([], START, None, MEASURED, TODAY)
    assert widget.image is None and not widget.has_timeline and widget.height() == 0


def test_the_figure_follows_the_width(widget: TimelineWidget, qtbot: QtBot) -> None:
    widget.show_timeline(ACTIVITIES, START, None, MEASURED, TODAY)
    widget.resize(640, widget.height())
    qtbot.waitUntil(
        lambda: (
            widget.image is not None
            and round(widget.image.width() / widget.image.devicePixelRatio()) == 640
        ),
        timeout=2000,
    )
    widget.resize(1300, widget.height())
    qtbot.waitUntil(
        lambda: (
            widget.image is not None
            and round(widget.image.width() / widget.image.devicePixelRatio()) == 1300
        ),
        timeout=2000,
    )


def test_the_sheets_figure_is_drawn_in_the_apps_language(
    qapp: QApplication, widget: TimelineWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    original = timeline_module.timeline_figure

    def spy(*args: Any, **kwargs: Any) -> Figure:
        calls.append({"args": args, **kwargs})
        return original(*args, **kwargs)

    monkeypatch.setattr(timeline_module, "timeline_figure", spy)
    ended = date(2026, 10, 30)
    with speaking(qapp, "sv"):
        widget.show_timeline(ACTIVITIES, START, ended, MEASURED, TODAY)
    (call,) = calls
    activities, start, end, measured, today, language = call["args"]
    assert (list(activities), start, end, list(measured), today) == (
        list(ACTIVITIES),
        START,
        ended,
        list(MEASURED),
        TODAY,
    )
    assert language == "sv"
    assert call["width_inches"] == pytest.approx(widget.width() / (widget.logicalDpiY() * 1.3))


def test_the_page_redraws_when_activities_change(
    database: Database, tmp_path: Path, qtbot: QtBot
) -> None:
    seed(database)
    context = make_context(database, tmp_path)
    page = ParticipantPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.show_participant(CODE)
    page.right_tabs.setCurrentWidget(page.activities_section)
    timeline = page.activities_section.timeline
    qtbot.wait(150)
    before = timeline.image
    assert before is not None
    assert colour_share(before, AREA_TINTS[Area.SKILLS], tolerance=4) > 0.002
    # elsewhere (another window, an import) the skills course is removed
    with database.transaction() as repository:
        (course,) = [
            a for a in repository.activities(CODE) if a.activity is ActivityType.SKILLS_COURSE
        ]
        assert course.id is not None
        repository.delete_activity(course.id)
    context.announce(Change.PARTICIPANTS)
    after = timeline.image
    assert after is not None
    assert colour_share(after, AREA_TINTS[Area.SKILLS], tolerance=4) < 0.0005
    assert colour_share(after, AREA_TINTS[Area.JOB], tolerance=4) > 0.01
