"""File → Export for the project office…: the project profile sets project, card, age
bands and periods; one that would not merge is refused, a broken one changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.aggregation import PARTICIPANTS
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import read_aggregate
from bipdesk.io.export import build_aggregate
from bipdesk.storage import Database
from bipdesk.storage.demo import DEMO_SETTING
from bipdesk.ui.context import AppContext
from bipdesk.ui.export_dialog import ExportDialog
from bipdesk.ui.export_periods import OTHER, WHOLE_PROJECT
from bipdesk.ui.export_profile import PROFILE_KEY
from tests.ui.export_fixtures import (  # noqa: F401 - the fixtures these tests use
    ARTIFACTS,
    HALF_YEARS,
    PROFILE_BANDS,
    PROJECT,
    UNIT,
    fixture_context,
    fixture_database,
    fixture_dialog,
    fixture_filled,
    fixture_in_swedish,
    open_dialog,
    ready,
    shoot,
    write_profile_file,
)


def test_a_profile_sets_project_card_bands_and_periods(
    qtbot: QtBot,
    dialog: ExportDialog,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_profile_file(tmp_path / "nya-vagar.json")
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, _folder: str, wanted: str) -> tuple[str, str]:
        asked.append(wanted)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    dialog.profile_choice.open_button.click()
    assert asked == ["Project profiles (*.json)"]
    choice = dialog.profile_choice
    assert choice.name_label.text() == f"<b>{PROJECT}</b> (from nya-vagar.json)"
    assert choice.details_label.text() == "Card bip-standard version 1 · age bands -24, 25-44, 45-"
    assert choice.remove_button.isVisibleTo(dialog)
    # the profile's periods replace the usual ones; the one a report is due for is chosen
    assert dialog.periods.keys() == [entry.label for entry in HALF_YEARS]
    assert dialog.periods.combo.currentText() == "2026 H1 (Jan 1 – Jun 30, 2026)"
    assert dialog.periods.combo.itemText(5) == "2026 H2 (Jul 1 – Dec 31, 2026), in progress"
    assert not dialog.periods.dates_row.isVisibleTo(dialog)
    dialog.select_period("2024 H1")
    ready(qtbot, dialog)
    built = dialog.aggregate
    assert built is not None
    assert built.project == PROJECT
    assert built.age_bands == ("-24", "25-44", "45-")
    assert built.period == HALF_YEARS[0].period
    expected = build_aggregate(
        database, HALF_YEARS[0].period, UNIT, project=PROJECT, bands=PROFILE_BANDS
    )
    assert built.cells == expected.cells
    bands_shown = {row[1] for row in dialog.preview.table_texts(PARTICIPANTS)}
    assert {"-24", "25-44", "45-"} <= bands_shown
    assert dialog.preview.heading_label.text() == (
        f"Project: {PROJECT} · Unit: {UNIT} · Period: 2024 H1 (Jan 1 – Jun 30, 2024)"
    )
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _t, suggested, _f: (suggested, "")
    )
    context_folder = dialog.context.settings
    context_folder.setValue("export/last_folder", str(out))
    dialog.save_button.click()
    saved = out / "Delprojekt-Växjö-2024-H1.json"
    read = read_aggregate(saved)
    assert (read.project, read.age_bands, read.period) == (
        PROJECT,
        ("-24", "25-44", "45-"),
        HALF_YEARS[0].period,
    )
    assert (read.card.id, read.card.version) == ("bip-standard", 1)


def test_the_profile_is_remembered_until_removed(
    qtbot: QtBot, dialog: ExportDialog, context: AppContext, tmp_path: Path
) -> None:
    path = write_profile_file(tmp_path / "profile.json")
    assert dialog.profile_choice.open(path)
    assert context.settings.value(PROFILE_KEY) == str(path)
    dialog.wait()
    again = open_dialog(qtbot, context)  # next quarter: the window opens with the profile
    qtbot.waitUntil(lambda: again.is_current, timeout=20_000)
    assert again.profile_choice.project == PROJECT
    assert again.periods.keys() == [entry.label for entry in HALF_YEARS]
    assert again.aggregate is not None and again.aggregate.project == PROJECT
    again.profile_choice.remove_button.click()
    assert again.profile_choice.profile is None
    assert not again.profile_choice.remove_button.isVisibleTo(again)
    offered = again.periods.keys()
    assert offered[:2] == [WHOLE_PROJECT, "2026-Q4"] and OTHER in offered
    assert again.period() == Period()
    qtbot.waitUntil(lambda: again.is_current, timeout=20_000)
    assert again.aggregate is not None and again.aggregate.project is None
    assert again.aggregate.age_bands == ("-19", "20-29", "30-39", "40-49", "50-59", "60-")
    assert context.settings.value(PROFILE_KEY) == ""
    again.wait()
    third = open_dialog(qtbot, context)
    assert third.profile_choice.profile is None
    third.wait()


@pytest.mark.parametrize(
    ("settings", "reason"),
    [
        (
            {"card_version": 2},
            "profile.json: The project profile asks for card bip-standard version 2, but this "
            "BIP Desk has version 1, so the export would not merge with the other units' "
            "files; install the project's card first.",
        ),
        (
            {"ptable": "bipdesk-d3-v1"},
            "profile.json: The project profile asks for the perturbation table bipdesk-d3-v1, "
            "but this BIP Desk protects with bipdesk-d2-v1, so the export would not merge with "
            "the other units' files; ask the project office which BIP Desk to use.",
        ),
    ],
)
def test_a_profile_that_would_not_merge_is_refused(
    qtbot: QtBot,
    dialog: ExportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: dict[str, object],
    reason: str,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    path = write_profile_file(tmp_path / "profile.json", **settings)  # type: ignore[arg-type]
    assert dialog.profile_choice.open(path)
    dialog.wait()
    assert not dialog.save_button.isEnabled()
    assert dialog.reason_label.text() == reason
    assert dialog.preview.summary_label.text() == reason
    assert dialog.aggregate is None and not dialog.preview.tabs.isEnabled()
    assert dialog.preview.tabs.count() == 0  # no figures on screen that could not leave
    assert dialog.save(tmp_path / "out.json") == []
    assert told == [reason]
    assert not (tmp_path / "out.json").exists()
    # removing the profile exports as before
    dialog.profile_choice.remove()
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    assert dialog.save_blocker() is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"format": "bipdesk-profile", "version": 1, "project": "P", '
            '"card": {"id": "bip-standard", "version": "two"}, "age_bands": ["-24", "25-"], '
            '"periods": [], "ptable": "bipdesk-d2-v1"}',
            "broken.json: The project profile has a wrong value in the field “card/version” "
            "('two' is not of type 'integer').",
        ),
        (
            '{"format": "bipdesk-profile", "version": 1, "project": "P", '
            '"card": {"id": "bip-standard", "version": 1}, "age_bands": ["-24", "30-"], '
            '"periods": [], "ptable": "bipdesk-d2-v1"}',
            "broken.json: The project profile has a wrong value in the field “age_bands” "
            "(cannot read the age bands -24, 30-).",
        ),
        (
            '{"format": "bipdesk-profile", "version": 1, "project": "P", '
            '"card": {"id": "bip-standard", "version": 1}, "age_bands": ["-24", "25-"], '
            '"periods": [], "ptable": "bipdesk-d2-v1"}',
            "broken.json: The project profile names no reporting periods; ask the project "
            "office for a profile with its periods.",
        ),
        (
            '{"format": "bipdesk-profile", ',
            "broken.json: The file is not JSON (error at line 1, column 31).",
        ),
        (
            '{"format": "bipdesk-aggregate", "version": 2}',
            "broken.json: The file is not a BIP Desk project profile; open the profile the "
            "project office sent.",
        ),
    ],
)
def test_a_broken_profile_is_one_message_and_changes_nothing(
    qtbot: QtBot,
    dialog: ExportDialog,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: str,
    message: str,
) -> None:
    good = write_profile_file(tmp_path / "good.json")
    assert dialog.profile_choice.open(good)
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    before = dialog.aggregate
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    broken = tmp_path / "broken.json"
    broken.write_text(content, encoding="utf-8")
    assert not dialog.profile_choice.open(broken)
    assert warnings == [message]
    assert dialog.profile_choice.path == good and dialog.profile_choice.project == PROJECT
    assert dialog.periods.keys() == [entry.label for entry in HALF_YEARS]
    assert context.settings.value(PROFILE_KEY) == str(good)
    assert dialog.is_current and dialog.aggregate is before


def test_a_remembered_profile_that_is_gone_is_said_in_the_window(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    context.settings.setValue(PROFILE_KEY, str(tmp_path / "moved.json"))
    dialog = open_dialog(qtbot, context)
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    text = dialog.profile_choice.name_label.text()
    assert text.startswith("The profile used last time could not be opened again: ")
    assert "moved.json: The file does not exist; it may have been moved or deleted." in text
    assert dialog.profile_choice.profile is None
    assert dialog.period() == Period()  # the usual periods meanwhile: the whole project
    assert dialog.profile_choice.remove_button.isVisibleTo(dialog)
    dialog.profile_choice.remove()
    assert context.settings.value(PROFILE_KEY) == ""
    assert dialog.profile_choice.name_label.text().startswith("None: the usual quarters")
    dialog.wait()


# -- in Swedish, and screenshots to look at ----------------------------------------------


def test_the_profile_speaks_swedish(
    in_swedish: None, qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 760)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    assert dialog.profile_choice.name_label.text() == (
        "Ingen: de vanliga kvartalen och åren, eller andra datum"
    )
    assert dialog.profile_choice.open(write_profile_file(tmp_path / "nya-vagar.json"))
    assert dialog.periods.combo.currentText() == "2026 H1 (1 jan.–30 juni 2026)"
    dialog.select_period("2024 H1")
    ready(qtbot, dialog)
    assert dialog.preview.heading_label.text().startswith(f"Projekt: {PROJECT} · Enhet: ")
    shoot(qtbot, dialog, "export_dialog_sv_profile")

    refused = write_profile_file(tmp_path / "ny-version.json", card_version=2)
    assert dialog.profile_choice.open(refused)
    dialog.wait()
    assert dialog.reason_label.text().startswith("ny-version.json: Projektprofilen kräver kortet")
    qtbot.wait(50)
    dialog.grab().save(str(ARTIFACTS / "export_dialog_sv_profile_refused.png"))

    dialog.wait()


def test_screenshots_in_english(
    qtbot: QtBot, dialog: ExportDialog, database: Database, tmp_path: Path
) -> None:
    with database.transaction() as repository:
        repository.set_setting(DEMO_SETTING, True)
    dialog.resize(1000, 760)
    assert dialog.profile_choice.open(write_profile_file(tmp_path / "nya-vagar.json"))
    dialog.select_period("2024 H1")
    ready(qtbot, dialog)
    assert dialog.preview.demo_label.isVisible()
    shoot(qtbot, dialog, "export_dialog_en")
