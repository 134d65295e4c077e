"""File → Project office…: the merged tables with their margins of error, the chart,
adding files and saving the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdfium2 import PdfDocument
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from pytestqt.qtbot import QtBot

from bipdesk.core.aggregation import ALL, COMPARABLE, PARTICIPANTS, REGISTERED
from bipdesk.core.cards import CardLibrary
from bipdesk.io.aggregate_file import AggregateFile, read_aggregate
from bipdesk.io.aggregate_tables import protection_sentence
from bipdesk.io.table_figures import label
from bipdesk.ui.office_dialog import OfficeDialog
from tests.reports.follow_up_data import varied_units
from tests.reports.office_data import export, north
from tests.seed_units import seed_003
from tests.ui import office_support
from tests.ui.office_support import CARD, add, item, registered, save, shown

# the shared fixtures (tests/ui/office_support.py)
settings = office_support.settings
dialog = office_support.dialog
units = office_support.units


def test_the_total_shows_every_count_with_its_margin(
    qtbot: QtBot, dialog: OfficeDialog, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    vaxjo, alvesta = units
    add(
        qtbot,
        dialog,
        [save(tmp_path, "vaxjo.json", vaxjo), save(tmp_path, "alvesta.json", alvesta)],
    )
    assert dialog.can_save
    assert [dialog.status_text(row) for row in range(2)] == ["OK", "OK"]
    assert dialog.files.summary_label.text() == "All 2 files are OK. Units: Alvesta, Växjö."
    result = dialog.check_result
    assert result is not None and result.total is not None
    total = label(ALL, "en")
    head = label(REGISTERED, "en")
    value, margin = registered(result.total)
    assert value == registered(vaxjo)[0] + registered(alvesta)[0]
    assert margin == 3  # two files count somebody: ceil(1.96 × √2)
    assert shown(dialog, PARTICIPANTS, (total, total), head) == f"{value} ± {margin}"
    tip = item(dialog, PARTICIPANTS, (total, total), head).toolTip()
    assert tip == (
        f"Margin of error ±{margin} (95%): the exact count lies between {value - margin} and "
        f"{value + margin} with 95% certainty."
    )
    for sex in ("women", "men"):
        for band in vaxjo.age_bands:
            value, margin = registered(result.total, sex, band)
            expected = f"{value} ± {margin}" if margin else str(value)
            assert shown(dialog, PARTICIPANTS, (label(sex, "en"), band), head) == expected
    assert "≥" not in dialog.results_pane.legend_label.text()
    legend = dialog.results_pane.legend_label.text()
    assert legend.startswith(protection_sentence(result.total, "en"))
    assert "± = margin of error (95%)" in legend

    dialog.results_pane.select_unit("Alvesta")  # one unit's own file: as published
    assert shown(dialog, PARTICIPANTS, (total, total), head) == str(registered(alvesta)[0])
    dialog.results_pane.select_unit(None)
    assert dialog.results_pane.shown_aggregate() is result.total
    dialog.grab().save(str(tmp_path / "office.png"))
    saved = QImage(str(tmp_path / "office.png"))
    assert saved.width() == dialog.width() and saved.height() == dialog.height()
    assert len({saved.pixel(x, saved.height() // 2) for x in range(0, saved.width(), 7)}) > 3


def test_shares_and_the_chart(
    qtbot: QtBot, dialog: OfficeDialog, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    vaxjo, alvesta = units
    add(qtbot, dialog, [save(tmp_path, "vaxjo.json", vaxjo)])  # one file: shown alone
    total = label(ALL, "en")
    comparable = vaxjo.value(PARTICIPANTS, COMPARABLE, sex=ALL, age_band=ALL)
    positive = vaxjo.value(PARTICIPANTS, "positive", sex=ALL, age_band=ALL)
    assert isinstance(comparable, int) and isinstance(positive, int)
    expected = f"{round(100 * positive / comparable)}%"
    assert shown(dialog, PARTICIPANTS, (total, total), label("share_positive", "en")) == expected
    assert not dialog.results_pane.unit_combo.isEnabled()
    assert dialog.files.summary_label.text().startswith(
        "The file is OK and shown alone (unit: Växjö)."
    )
    question = CARD.questions[0]
    assert dialog.results_pane.tables["questions"].item(0, 0).text() == question.label["en"]
    assert dialog.results_pane.showing_chart
    titles = " ".join(t.get_text() for t in dialog.results_pane.canvas.figure.texts)
    assert f"(n = {comparable})" in titles

    add(qtbot, dialog, [save(tmp_path, "alvesta.json", alvesta)])  # merged: n with its margin
    merged = dialog.check_result.total  # type: ignore[union-attr]
    cell = merged.cell(PARTICIPANTS, COMPARABLE, sex=ALL, age_band=ALL)  # type: ignore[union-attr]
    assert cell is not None and cell.margin
    titles = " ".join(t.get_text() for t in dialog.results_pane.canvas.figure.texts)
    assert f"(n = {cell.value} ± {cell.margin})" in titles


def test_exits_read_as_published(qtbot: QtBot, dialog: OfficeDialog, tmp_path: Path) -> None:
    """Reasons down, sexes across, each figure as the unit published it."""
    left = north()
    add(qtbot, dialog, [save(tmp_path, "norr.json", left)])
    for key, dimension, value in (
        ("reason:work", "exit_reason", "work"),
        ("reason:studies", "exit_reason", "studies"),
        ("group:closer_to_labour_market", "outcome_group", "closer_to_labour_market"),
    ):
        row = (label(key, "en"),)
        for sex in ("women", "men"):
            published = left.value("exits", "left", sex=sex, **{dimension: value})
            assert shown(dialog, "exits", row, label(sex, "en")) == str(published), key


def test_a_missing_card_is_said_instead_of_the_chart(
    qtbot: QtBot, settings: QSettings, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    dialog = OfficeDialog(settings, CardLibrary())
    qtbot.addWidget(dialog)
    add(qtbot, dialog, [save(tmp_path, "vaxjo.json", units[0])])
    assert not dialog.results_pane.showing_chart
    assert "bip-standard version 1 is not installed" in dialog.results_pane.chart_message_text()
    assert dialog.can_save  # the tables and the report do not need the card


def test_too_few_people_give_no_chart_and_withheld_means(
    qtbot: QtBot, dialog: OfficeDialog, tmp_path: Path
) -> None:
    participants, measurements = seed_003()
    few = [p for p in participants if len(measurements.get(p.code, [])) >= 2][:6]
    tiny = export("Lessebo", few, {p.code: measurements[p.code] for p in few})
    add(qtbot, dialog, [save(tmp_path, "lessebo.json", tiny)])
    comparable = tiny.value(PARTICIPANTS, COMPARABLE, sex=ALL, age_band=ALL)
    assert not dialog.results_pane.showing_chart
    assert dialog.results_pane.chart_message_text().startswith(f"Too few people ({comparable})")
    mean = dialog.results_pane.tables["questions"].item(0, 2)
    assert mean.text() == ".."
    assert mean.toolTip() == "Not shown: fewer than 10 people stand behind it"


# -- bad files ---------------------------------------------------------------------------------


def test_dropped_files_are_added_once(
    qtbot: QtBot, dialog: OfficeDialog, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    path = save(tmp_path, "vaxjo.json", units[0])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.dropEvent(event)
    assert dialog.paths == [path]
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.add_files([path])
    assert dialog.paths == [path]
    assert dialog.status_label.text() == "Already in the list: vaxjo.json"
    assert dialog.settings.value("project_office/folder") == str(tmp_path)


def test_nothing_listed_says_what_to_do(dialog: OfficeDialog) -> None:
    assert not dialog.can_save
    assert dialog.files.summary_label.text() == "No files yet: add the files the units sent you."


# -- saving ------------------------------------------------------------------------------------


def test_saving_writes_pdf_xlsx_and_json(
    qtbot: QtBot, dialog: OfficeDialog, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    vaxjo, alvesta = units
    add(
        qtbot,
        dialog,
        [save(tmp_path, "vaxjo.json", vaxjo), save(tmp_path, "alvesta.json", alvesta)],
    )
    out = tmp_path / "out"
    out.mkdir()
    choice = dialog.save_choice(out / "rapport.pdf")
    with qtbot.waitSignal(dialog.saved, timeout=60_000) as saved:
        dialog.save_report(choice)
    total = dialog.check_result.total  # type: ignore[union-attr]
    assert total is not None
    merged = read_aggregate(out / "rapport.json")
    assert merged.cells == total.cells
    value, margin = registered(merged)
    workbook = load_workbook(out / "rapport.xlsx")
    assert workbook.sheetnames == [
        "Participants",
        "Exits",
        "Questions",
        "Activities",
        "Activity types",
        "Parallel activities",
        "Employment at exit",
        "Branch at exit",
        "Survey at exit",
        "The units",
    ]
    rows = [list(r) for r in workbook["Participants"].iter_rows(values_only=True)]
    header = next(r for r in rows if r[:3] == ["Sex", "Age group", "Registered"])
    assert header[3] == "Registered ±"
    assert next(r for r in rows if r[:2] == ["Total", "Total"])[2:4] == [value, margin]
    units_sheet = [list(r) for r in workbook["The units"].iter_rows(values_only=True)]
    assert {r[0] for r in units_sheet} >= {"Alvesta", "Växjö", "All units"}
    pdf = PdfDocument(out / "rapport.pdf")
    pages = [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    assert len(pages) >= 3
    assert "Alvesta" in pages[0] and "Växjö" in pages[0]
    assert any(f"Registered participants {value} ± {margin}" in page for page in pages)
    assert not any("≥" in page for page in pages)
    assert saved.args == [f"Saved rapport.pdf, rapport.xlsx, rapport.json in {out}."]
    assert dialog.status_label.text() == saved.args[0]
    assert dialog.can_save


def test_a_failed_save_says_why(
    qtbot: QtBot, dialog: OfficeDialog, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    add(qtbot, dialog, [save(tmp_path, "vaxjo.json", units[0])])
    dialog.xlsx_check.setChecked(False)
    dialog.pdf_check.setChecked(False)
    choice = dialog.save_choice(tmp_path / "no-such-folder" / "r.json")
    dialog.save_report(choice)
    qtbot.waitUntil(lambda: dialog.save_operation is None, timeout=20_000)
    assert dialog.status_label.text().startswith("The report could not be saved: ")
    assert "Traceback" not in dialog.status_label.text()


def test_the_file_menu_opens_the_project_office(
    qtbot: QtBot, database: object, tmp_path: Path
) -> None:
    from bipdesk.ui.actions import ActionName
    from bipdesk.ui.context import AppContext
    from bipdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database, settings))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    action = window.app_actions[ActionName.PROJECT_OFFICE]
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    action.trigger()
    dialog = window._office_dialog
    assert dialog is not None and dialog.isVisible()
    action.trigger()
    assert window._office_dialog is dialog
    dialog.close()


def test_save_report_asks_for_a_name_and_before_replacing(
    qtbot: QtBot,
    dialog: OfficeDialog,
    units: tuple[AggregateFile, AggregateFile],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    add(qtbot, dialog, [save(tmp_path, "vaxjo.json", units[0])])
    out = tmp_path / "out"
    out.mkdir()
    (out / "project-office-2024.json").write_text("old", "utf-8")
    offered: list[str] = []
    asked: list[str] = []

    def get_save_file_name(*args: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(out / "project-office-2024.pdf"), ""

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.save_report_dialog()
    assert Path(offered[0]).name == "project-office-2024.pdf"  # the files' year
    assert asked == ["These files exist already and will be replaced: project-office-2024.json"]
    assert (out / "project-office-2024.json").read_text("utf-8") == "old"  # cancelled
    assert not (out / "project-office-2024.pdf").exists()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        dialog.save_report_dialog()
    assert read_aggregate(out / "project-office-2024.json").unit == "Växjö"
    assert (out / "project-office-2024.xlsx").exists()
    assert dialog.settings.value("project_office/save_folder") == str(out)


def test_an_unexpected_error_while_checking_is_one_message(
    qtbot: QtBot, dialog: OfficeDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bipdesk.ui.office_dialog as office_dialog

    def broken(_paths: object, _mixed: object = False, _progress: object = None) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(office_dialog, "check_files", broken)
    path = tmp_path / "x.json"
    path.write_text("{}", "utf-8")
    add(qtbot, dialog, [path])
    assert dialog.files.summary_label.text() == "The files could not be checked: the disk went away"
    assert not dialog.can_save


# -- the project profile -------------------------------------------------------------------


def test_the_survey_goal_goes_into_the_report_and_is_remembered(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    dialog = OfficeDialog(settings, CardLibrary([CARD]))
    qtbot.addWidget(dialog)
    assert dialog.goal_spin.value() == 75  # nothing chosen yet: seed 004's goal
    files = [save(tmp_path, f"u{n}.json", unit) for n, unit in enumerate(varied_units())]
    add(qtbot, dialog, files)
    dialog.goal_spin.setValue(95)
    dialog.pdf_check.setChecked(True)
    dialog.xlsx_check.setChecked(False)
    dialog.json_check.setChecked(False)
    choice = dialog.save_choice(tmp_path / "goal.pdf")
    assert choice.survey_goal == 0.95
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        dialog.save_report(choice)
    pdf = PdfDocument(tmp_path / "goal.pdf")
    text = " ".join(
        " ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))
    )
    assert "Goal 95%" in text and "Goal 75%" not in text
    again = OfficeDialog(settings, CardLibrary([CARD]))
    qtbot.addWidget(again)
    assert again.goal_spin.value() == 95
    settings.setValue("project_office/survey_goal_percent", "lots")
    broken = OfficeDialog(settings, CardLibrary([CARD]))
    qtbot.addWidget(broken)
    assert broken.goal_spin.value() == 75
