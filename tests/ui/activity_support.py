"""Shared data and helpers of the activity, timeline and exit tests (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from bipdesk.core.activities import Activity, ActivityType
from bipdesk.core.cards import Area, CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant, Sex
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext
from bipdesk.ui.translator import install_translator, remove_translators
from tests.conftest import TODAY
from tests.support import QUESTIONS

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CODE = "P-0015"
START = date(2026, 1, 12)
CARD = CardKey("bip-standard", 1)

ACTIVITIES = (
    Activity(CODE, ActivityType.WORK_TRAINING, Area.JOB, date(2026, 2, 2), date(2026, 6, 30), 240),
    Activity(CODE, ActivityType.INTERNSHIP, Area.JOB, date(2026, 6, 1), None, 310.5, "Ica Maxi"),
    Activity(CODE, ActivityType.COUNSELLING, Area.HEALTH, date(2026, 1, 20), date(2026, 5, 15), 18),
    Activity(CODE, ActivityType.HOUSING_SUPPORT, Area.SOCIAL, date(2026, 3, 1), None, 40),
    Activity(
        CODE, ActivityType.SKILLS_COURSE, Area.SKILLS, date(2026, 8, 17), date(2026, 10, 2), 60
    ),
)
"""Work with health and social support alongside, and a course: what BIP looks for."""
MEASURED = (date(2026, 1, 14), date(2026, 5, 20), date(2026, 11, 2))


def make_context(database: Database, folder: Path) -> AppContext:
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


def seed(database: Database, activities: bool = True, measurements: bool = True) -> None:
    """One participant who started 12 Jan 2026, with activities and three measurements."""
    with database.transaction() as repository:
        repository.add_participant(
            Participant(CODE, name="Sara L.", sex=Sex.WOMEN, birth_year=1989, start_date=START)
        )
        if measurements:
            for number, day in enumerate(MEASURED):
                values = [min(10, 3 + number * 2 + i % 3) for i in range(len(QUESTIONS))]
                repository.add_measurement(
                    Measurement(CODE, CARD, day, dict(zip(QUESTIONS, values, strict=True)))
                )
        if activities:
            for activity in ACTIVITIES:
                repository.add_activity(activity)


def stored_activities(database: Database) -> list[Activity]:
    with database.transaction(write=False) as repository:
        return repository.activities(CODE)


def stored_participant(database: Database) -> Participant:
    with database.transaction(write=False) as repository:
        participant = repository.participant(CODE)
    assert participant is not None
    return participant


@contextmanager
def speaking(qapp: QApplication, language: str) -> Iterator[None]:
    """Speak `language` for one test ('sv' needs translations/bipdesk_sv.qm)."""
    previous = QLocale()
    if install_translator(qapp, language) is None and language != "en":
        remove_translators(qapp)
        QLocale.setDefault(previous)
        pytest.skip("translations/bipdesk_sv.qm is missing: run `make translations-qm`")
    try:
        yield
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)


def shoot(widget: QWidget, name: str) -> Path:
    """Save what `widget` shows as tests/artifacts/<name>.png, for looking at."""
    ARTIFACTS.mkdir(exist_ok=True)
    for _ in range(3):
        QApplication.processEvents()
    path = ARTIFACTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def colour_share(image: QImage, colour: str, tolerance: int = 12) -> float:
    """The share of pixels within `tolerance` of `colour` (#rrggbb) in `image`."""
    wanted = (int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16))
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    step = 2
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixelColor(x, y)
            total += 1
            if all(
                abs(a - b) <= tolerance
                for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), wanted, strict=True)
            ):
                hits += 1
    return hits / total if total else 0.0
