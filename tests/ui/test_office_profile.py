"""Project office → Save project profile…: a profile `read_profile` reads back, the
installed defaults without files, and bad input named by row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from bipdesk.core.ages import DEFAULT_AGE_BANDS, AgeBands
from bipdesk.core.periods import Period
from bipdesk.core.perturbation import PTABLE_NAME
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.profile import read_profile
from bipdesk.ui.office_dialog import OfficeDialog
from bipdesk.ui.office_profile import ProfileDialog, calendar_periods, period_label
from tests.ui import office_support
from tests.ui.office_support import add, save

# the shared fixtures (tests/ui/office_support.py)
settings = office_support.settings
dialog = office_support.dialog
units = office_support.units


def open_profile(qtbot: QtBot, dialog: OfficeDialog) -> ProfileDialog:
    profile = dialog.profile_dialog()
    qtbot.addWidget(profile)
    return profile


def test_the_profile_of_the_listed_files_is_written_and_read_back(
    qtbot: QtBot, dialog: OfficeDialog, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    vaxjo, alvesta = units
    add(qtbot, dialog, [save(tmp_path, "v.json", vaxjo), save(tmp_path, "a.json", alvesta)])
    profile = open_profile(qtbot, dialog)
    assert profile.rows() == [("2024", "2024-01-01", "2024-12-31")]  # the files' period
    assert profile.project_edit.text() == ""  # the files name no project
    profile.project_edit.setText("  BIP  Kronoberg 2025–2027 ")
    profile.kind_combo.setCurrentIndex(profile.kind_combo.findData("all"))
    profile.year_spin.setValue(2025)
    profile.fill_in()
    path = tmp_path / "profil.json"
    with qtbot.waitSignal(profile.saved, timeout=5_000) as saved:
        assert profile.save(path)
    written = read_profile(path)
    assert written.project == "BIP Kronoberg 2025–2027"
    assert (written.card_id, written.card_version) == (vaxjo.card.id, vaxjo.card.version)
    assert written.age_bands == AgeBands.from_labels(vaxjo.age_bands)
    assert written.ptable == vaxjo.protection.ptable
    assert [p.label for p in written.periods] == [
        "2025 Q1",
        "2025 Q2",
        "2025 Q3",
        "2025 Q4",
        "2025 H1",
        "2025 H2",
        "2025",
    ]
    assert written.period("2025 H2") == Period(date(2025, 7, 1), date(2025, 12, 31))
    assert saved.args == ["Saved the project profile profil.json (reporting periods: 7)."]
    assert dialog.status_label.text() == saved.args[0]
    assert not profile.isVisible()


def test_without_files_the_profile_has_the_installed_card_and_default_bands(
    qtbot: QtBot, dialog: OfficeDialog, tmp_path: Path
) -> None:
    profile = open_profile(qtbot, dialog)
    assert profile.card_label.text().startswith("BIP progression card (bip-standard, version 1)")
    profile.project_edit.setText("Projekt Nord")
    profile.set_periods([])
    for label_text, first, last in (("Vår", "2026-01-01", "2026-06-30"), ("Löpande", "", "")):
        row = profile.period_table.rowCount()
        profile.period_table.insertRow(row)
        for column, value in enumerate((label_text, first, last)):
            profile.period_table.setItem(row, column, QTableWidgetItem(value))
    path = tmp_path / "nord.json"
    assert profile.save(path)
    written = read_profile(path)
    assert written.card_id == "bip-standard" and written.age_bands == DEFAULT_AGE_BANDS
    assert written.ptable == PTABLE_NAME
    assert [(p.label, p.period) for p in written.periods] == [
        ("Vår", Period(date(2026, 1, 1), date(2026, 6, 30))),
        ("Löpande", Period.always()),
    ]


def test_bad_profile_input_says_what_and_where_and_writes_nothing(
    qtbot: QtBot, dialog: OfficeDialog, tmp_path: Path
) -> None:
    profile = open_profile(qtbot, dialog)
    path = tmp_path / "p.json"
    profile.project_edit.setText("")
    assert not profile.save(path)
    assert profile.error_label.text() == "Give the project a name."
    profile.project_edit.setText("P")
    profile.period_table.item(1, 1).setText("2026-13-01")
    assert not profile.save(path)
    assert profile.error_label.text() == (
        "Row 2: the first day '2026-13-01' is not a date (YYYY-MM-DD)."
    )
    profile.period_table.item(1, 1).setText("2026-07-01")
    profile.period_table.item(1, 2).setText("2026-06-30")
    assert not profile.save(path)
    assert profile.error_label.text() == (
        "Row 2: the period ends (2026-06-30) before it starts (2026-07-01)."
    )
    profile.period_table.item(1, 2).setText("2026-09-30")
    profile.period_table.item(2, 0).setText(profile.period_table.item(0, 0).text())
    assert not profile.save(path)
    assert profile.error_label.text().startswith("Rows 1 and 3 have the same label")
    assert not path.exists()


def test_period_labels() -> None:
    assert period_label(Period.quarter(2025, 3)) == "2025 Q3"
    assert period_label(Period.year(2025)) == "2025"
    assert period_label(Period(date(2025, 7, 1), date(2025, 12, 31))) == "2025 H2"
    assert period_label(Period(date(2025, 2, 3), date(2025, 5, 4))) == "2025-02-03 – 2025-05-04"
    assert [p.label for p in calendar_periods(2026, "halves")] == ["2026 H1", "2026 H2"]
