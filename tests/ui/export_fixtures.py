"""What the export window's tests share: a filled unit, the window, profiles, screenshots.

Seed 003's 267 participants of 2024 and four men who left for work in 2025,
in one database file filled once per test module; every test gets its own
copy, its own QSettings and the window on it. The fixtures are named
`fixture_*` and registered under their short names (`dialog`, `context`, …),
so that a test module imports them without shadowing its tests' arguments.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bipdesk.core.ages import AgeBands
from bipdesk.core.aggregation import EXITS, PARTICIPANTS, QUESTIONS
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.core.perturbation import PTABLE_NAME
from bipdesk.io.cards import default_cards
from bipdesk.io.profile import Profile, ProfilePeriod, write_profile
from bipdesk.storage import Database, open_database
from bipdesk.ui.context import UNIT_SETTING, AppContext
from bipdesk.ui.export_dialog import ExportDialog
from bipdesk.ui.translator import install_translator, remove_translators
from tests.conftest import TODAY
from tests.seed_units import seed_003

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
UNIT = "Delprojekt Växjö"
PROJECT = "ESF Nya vägar i Kronoberg"
HALF_YEARS = tuple(
    ProfilePeriod(f"{year} H{half}", Period(date(year, 1, 1), date(year, 6, 30)))
    if half == 1
    else ProfilePeriod(f"{year} H{half}", Period(date(year, 7, 1), date(year, 12, 31)))
    for year in (2024, 2025, 2026)
    for half in (1, 2)
)
PROFILE_BANDS = AgeBands((25, 45))


def fill(database: Database) -> None:
    """The unit of seed 003 (267 participants in 2024) and four men who left in 2025."""
    participants, measurements = seed_003()
    with database.transaction() as repository:
        for participant in participants:
            repository.add_participant(participant)
        for measured in measurements.values():
            for measurement in measured:
                repository.add_measurement(measurement)
        for number in range(4):
            repository.add_participant(
                Participant(
                    f"LEFT-{number}",
                    sex=Sex.MEN,
                    birth_year=1980,
                    start_date=date(2025, 1, 10),
                    end_date=date(2025, 6, 1),
                    exit_reason=ExitReason.WORK,
                )
            )
        repository.set_setting(UNIT_SETTING, UNIT)


@pytest.fixture(scope="module", name="filled")
def fixture_filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database file filled once; every test gets its own copy."""
    path = tmp_path_factory.mktemp("export") / "filled.db"
    with open_database(path, default_cards(), today=lambda: TODAY) as database:
        fill(database)
    return path


@pytest.fixture(name="database")
def fixture_database(filled: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "bipdesk.db"
    shutil.copyfile(filled, copy)
    with open_database(copy, default_cards(), today=lambda: TODAY) as database:
        yield database


@pytest.fixture(name="context")
def fixture_context(database: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


def ready(qtbot: QtBot, dialog: ExportDialog) -> None:
    """Count now (skipping the pause for typing) and wait for the preview."""
    dialog.rebuild()
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)


def open_dialog(qtbot: QtBot, context: AppContext) -> ExportDialog:
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture(name="dialog")
def fixture_dialog(qtbot: QtBot, context: AppContext) -> Iterator[ExportDialog]:
    dialog = open_dialog(qtbot, context)
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    yield dialog
    dialog.wait()


def write_profile_file(
    path: Path, *, card_version: int = 1, ptable: str = PTABLE_NAME, project: str = PROJECT
) -> Path:
    write_profile(
        path,
        Profile(project, "bip-standard", card_version, PROFILE_BANDS, HALF_YEARS, ptable),
    )
    return path


def all_texts(dialog: ExportDialog) -> str:
    return " ".join(
        " ".join(row)
        for name in (PARTICIPANTS, EXITS, QUESTIONS)
        for row in dialog.preview.table_texts(name)
    )


@pytest.fixture(name="in_swedish")
def fixture_in_swedish(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    if install_translator(qapp, "sv") is None:
        remove_translators(qapp)
        QLocale.setDefault(previous)
        pytest.skip("translations/bipdesk_sv.qm is missing: run `make translations-qm`")
    try:
        yield
    finally:
        remove_translators(qapp)
        QLocale.setDefault(previous)


def shoot(qtbot: QtBot, dialog: ExportDialog, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tabs = dialog.preview.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(10)
        image = dialog.grab()
        assert image.width() >= 900
        image.save(str(ARTIFACTS / f"{name}_{index}.png"))
    tabs.setCurrentIndex(0)
