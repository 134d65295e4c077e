"""File → Export for the project office…: the period, the preview of the published
figures, saving (the project profile: test_export_profile.py)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.aggregation import ALL, EXITS, PARTICIPANTS, QUESTIONS, REGISTERED
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import read_aggregate
from bipdesk.io.aggregate_tables import protection_sentence, table_views
from bipdesk.io.export import build_aggregate
from bipdesk.io.table_figures import iter_rows
from bipdesk.storage import Database
from bipdesk.storage.demo import DEMO_SETTING
from bipdesk.ui.actions import ActionName
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.export_dialog import ExportDialog
from bipdesk.ui.export_periods import OTHER, WHOLE_PROJECT
from bipdesk.ui.export_saving import default_file_name, output_paths
from bipdesk.ui.main_window import MainWindow
from tests.ui.export_fixtures import (  # noqa: F401 - the fixtures these tests use
    ARTIFACTS,
    UNIT,
    all_texts,
    fixture_context,
    fixture_database,
    fixture_dialog,
    fixture_filled,
    fixture_in_swedish,
    open_dialog,
    ready,
    shoot,
)

# -- the period -------------------------------------------------------------------------


def test_the_whole_project_is_chosen_without_a_profile(dialog: ExportDialog) -> None:
    # TODAY is 23 November 2026: Q4 is under way.
    assert dialog.period() == Period()
    assert dialog.periods.combo.currentText() == "Whole project (all dates)"
    assert dialog.periods.keys() == [
        WHOLE_PROJECT,
        "2026-Q4",
        "2026-Q3",
        "2026-Q2",
        "2026-Q1",
        "2025-Q4",
        "2025-Q3",
        "2025-Q2",
        "2025-Q1",
        "2026",
        "2025",
        "2024",
        OTHER,
    ]
    assert dialog.periods.combo.itemText(2) == "Q4 2026 (Oct 1 – Dec 31, 2026), in progress"
    assert not dialog.periods.dates_row.isVisible()
    assert dialog.baseline_combo.baseline() == "start"
    assert dialog.baseline_combo.currentText() == "Since they began"


@pytest.mark.parametrize(
    ("key", "period"),
    [
        ("2025-Q1", Period.quarter(2025, 1)),
        ("2025-Q4", Period.quarter(2025, 4)),
        ("2026-Q4", Period.quarter(2026, 4)),
        ("2024", Period.year(2024)),
        ("2026", Period.year(2026)),
    ],
)
def test_a_quarter_or_year_gives_its_period(
    qtbot: QtBot, dialog: ExportDialog, key: str, period: Period
) -> None:
    dialog.select_period(key)
    assert dialog.period() == period
    ready(qtbot, dialog)
    assert dialog.aggregate is not None and dialog.aggregate.period == period


def test_other_dates_may_leave_either_end_open(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.select_period("2025-Q2")
    dialog.select_period(OTHER)
    assert dialog.periods.dates_row.isVisibleTo(dialog)
    # 'Other dates…' starts from the period chosen before
    assert dialog.period() == Period.quarter(2025, 2)
    dialog.set_dates(date(2024, 3, 1), None)
    assert dialog.period() == Period(date(2024, 3, 1), None)
    assert not dialog.periods.to_edit.isEnabled()
    dialog.set_dates(None, date(2024, 6, 30))
    assert dialog.period() == Period(None, date(2024, 6, 30))
    dialog.set_dates(None, None)
    assert dialog.period() == Period.always()
    ready(qtbot, dialog)
    assert "from the beginning" not in dialog.preview.heading_label.text()
    assert "all time" in dialog.preview.heading_label.text()


def test_a_period_without_participants_says_so(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.set_dates(date(2020, 1, 1), date(2020, 12, 31))
    ready(qtbot, dialog)
    assert dialog.preview.summary_label.text() == (
        "No participants registered in this period; 20 of 20 means withheld (fewer than 10 people)."
    )
    assert dialog.preview.table_texts(PARTICIPANTS)[0][:3] == ["Total", "Total", "0"]
    assert dialog.save_blocker() is None  # an empty period may be reported too


def test_dates_that_end_before_they_start_block_saving(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.set_dates(date(2024, 6, 1), date(2024, 5, 31))
    assert dialog.period() is None
    dialog.rebuild()
    assert not dialog.save_button.isEnabled()
    assert dialog.save_blocker() == "The period ends before it starts; change the dates."
    assert dialog.reason_label.text() == dialog.save_blocker()


# -- the preview: the published figures -------------------------------------------------


def test_there_is_no_smallest_count_to_set(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.select_period("2024")
    ready(qtbot, dialog)
    assert dialog.findChildren(QSpinBox) == []
    assert not hasattr(dialog, "k_spin")
    texts = [label.text() for label in dialog.findChildren(type(dialog.reason_label))]
    assert not any("k =" in text or "smallest" in text.casefold() for text in texts)
    assert "≥" not in all_texts(dialog)


def test_the_preview_is_exactly_what_build_aggregate_makes(
    qtbot: QtBot, dialog: ExportDialog, database: Database
) -> None:
    dialog.select_period("2024")
    ready(qtbot, dialog)
    expected = build_aggregate(database, Period.year(2024), UNIT)
    assert dialog.aggregate is not None
    assert dialog.aggregate.cells == expected.cells  # the same people, the same figures
    for view in table_views(expected, "en"):
        assert dialog.preview.table_texts(view.name) == list(iter_rows(view, "en")), view.name
    assert [dialog.preview.tabs.tabText(i) for i in range(3)] == [
        "Participants",
        "Exits",
        "Questions",
    ]
    registered = expected.value(PARTICIPANTS, REGISTERED, sex=ALL, age_band=ALL)
    assert isinstance(registered, int) and abs(registered - 267) <= 2
    withheld = sum(cell.withheld for cell in expected.cells)
    means = sum(cell.measure.startswith("mean_") for cell in expected.cells)
    assert dialog.preview.summary_label.text() == (
        f"{registered} participants registered; {withheld} of {means} means withheld "
        "(fewer than 10 people)."
    )
    rows = dialog.preview.table_texts(PARTICIPANTS)
    assert rows[0][:3] == ["Total", "Total", str(registered)]
    # no figure of 1 or 2 people is ever shown
    count_columns = (2, 3, 4, 6, 7, 8)
    shown = {row[c] for row in rows for c in count_columns}
    assert not shown & {"1", "2"}
    assert "0" in dialog.preview.table_texts(EXITS)[0]  # nobody left in 2024: zeros are shown
    assert "Unit: Delprojekt Växjö" in dialog.preview.heading_label.text()
    assert not dialog.preview.demo_label.isVisible()


def test_one_sentence_says_how_the_figures_are_protected(
    qtbot: QtBot, dialog: ExportDialog
) -> None:
    dialog.select_period("2024")
    ready(qtbot, dialog)
    assert dialog.aggregate is not None
    sentence = dialog.preview.protection_label.text()
    assert sentence == protection_sentence(dialog.aggregate, "en")
    assert "each figure may differ from the exact count by up to 2" in sentence
    assert "figures of 1 or 2 are never shown" in sentence
    assert "a table need not add up exactly" in sentence
    assert dialog.preview.protection_label.isVisibleTo(dialog)
    legend = dialog.preview.legend_label.text()
    assert "fewer than 10 people stand behind the mean or share" in legend
    assert "no names, participant codes, birth years" in legend


def test_few_leavers_are_shown_perturbed_and_means_of_few_withheld(
    qtbot: QtBot, dialog: ExportDialog, database: Database
) -> None:
    dialog.select_period("2025")
    ready(qtbot, dialog)
    expected = build_aggregate(database, Period.year(2025), UNIT)
    for view in table_views(expected, "en"):
        assert dialog.preview.table_texts(view.name) == list(iter_rows(view, "en")), view.name
    # The four men who left for work: a figure within 2 of 4, never 1 or 2, never hidden.
    exits = {row[0]: row for row in dialog.preview.table_texts(EXITS)}
    men = exits["Men"][1]
    assert men == str(expected.value(EXITS, "left", sex="men", exit_reason="work"))
    assert men not in ("1", "2", "..") and abs(int(men) - 4) <= 2
    assert exits["Women"][1] == "0"
    # Nobody measured in 2025: every mean is withheld, marked and explained.
    questions = dialog.preview.tables[QUESTIONS]
    first = questions.item(0, 2)
    assert first is not None and first.text() == ".."
    assert first.toolTip() == "Withheld: fewer than 10 people stand behind it"
    means = sum(cell.measure.startswith("mean_") for cell in expected.cells)
    assert dialog.preview.summary_label.text().endswith(
        f"; {means} of {means} means withheld (fewer than 10 people)."
    )


def test_the_preview_shows_no_personal_data(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.select_period("2024")
    ready(qtbot, dialog)
    shown = all_texts(dialog)
    for private in ("S3-", "Namn", "Nummer", "anteckning", "LEFT-", "2003", "1980"):
        assert private not in shown


def test_a_demo_database_is_marked(qtbot: QtBot, context: AppContext, database: Database) -> None:
    with database.transaction() as repository:
        repository.set_setting(DEMO_SETTING, True)
    dialog = open_dialog(qtbot, context)
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    assert dialog.aggregate is not None and dialog.aggregate.demo
    assert dialog.preview.demo_label.isVisible()
    assert dialog.preview.demo_label.text() == "DEMO — invented people"
    dialog.wait()


# -- saving -------------------------------------------------------------------------------


def test_an_empty_unit_blocks_saving_with_a_reason(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    dialog.unit_edit.setText("   ")
    assert not dialog.save_button.isEnabled()
    reason = "Write the name of your unit above: the project office needs to know"
    assert dialog.reason_label.text().startswith(reason)
    assert dialog.reason_label.isVisibleTo(dialog)
    assert dialog.save(tmp_path / "x.json") == []
    assert told and told[0].startswith(reason)
    assert not (tmp_path / "x.json").exists()
    # the tables stay on screen meanwhile; naming the unit frees Save without counting again
    before = dialog.aggregate
    dialog.unit_edit.setText("Alvesta  kommun ")
    assert dialog.save_button.isEnabled()
    assert dialog.aggregate is not None and before is not None
    assert dialog.aggregate.cells == before.cells
    assert dialog.aggregate.unit == "Alvesta kommun"
    assert "Unit: Alvesta kommun" in dialog.preview.heading_label.text()


def test_saving_writes_the_previewed_file_and_csv_and_xlsx(
    qtbot: QtBot, dialog: ExportDialog, context: AppContext, tmp_path: Path
) -> None:
    dialog.select_period("2024")
    ready(qtbot, dialog)
    previewed = dialog.aggregate
    assert previewed is not None
    shown = {name: dialog.preview.table_texts(name) for name in dialog.preview.tables}
    assert {PARTICIPANTS, EXITS, QUESTIONS, "activities", "exit_survey"} <= shown.keys()
    dialog.csv_check.setChecked(True)
    dialog.xlsx_check.setChecked(True)
    with qtbot.waitSignal(dialog.status_message) as message:
        written = dialog.save(tmp_path / "vaxjo-2024")
    json_path, csv_path, xlsx_path = (tmp_path / f"vaxjo-2024.{s}" for s in ("json", "csv", "xlsx"))
    assert written == [json_path, csv_path, xlsx_path]
    assert message.args == [
        f"Saved for the project office: vaxjo-2024.json, vaxjo-2024.csv, vaxjo-2024.xlsx "
        f"(in {tmp_path})."
    ]
    read = read_aggregate(json_path)  # checked against the JSON Schema
    assert read.export_id == previewed.export_id  # the previewed file, not counted again
    assert read.cells == previewed.cells
    assert read.unit == UNIT and read.period == Period.year(2024) and read.project is None
    # what the preview showed is what the JSON holds, figure by figure
    for view in table_views(read, "en"):
        assert shown[view.name] == list(iter_rows(view, "en")), view.name
    raw = json.loads(json_path.read_text(encoding="utf-8"))
    total = next(
        cell
        for cell in raw["cells"]
        if cell["table"] == PARTICIPANTS
        and cell["measure"] == REGISTERED
        and cell.get("sex") == ALL
        and cell.get("age_band") == ALL
    )
    assert shown[PARTICIPANTS][0][2] == str(total["value"])
    assert "k" not in raw and "k" not in raw["protection"]
    csv_raw = csv_path.read_bytes()
    assert csv_raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(csv_raw.decode("utf-8-sig")), delimiter=";"))
    assert ["Participants"] in rows  # headers in the UI language (English here)
    assert [protection_sentence(read, "en")] in rows
    workbook = load_workbook(xlsx_path)
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
    ]
    sheet = workbook["Participants"]
    values = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    first_row = next(row for row in values if row[:2] == ("Total", "Total"))
    assert first_row[2] == total["value"]  # a number in the workbook, as in the JSON
    assert not dialog.isVisible()
    assert context.settings.value("export/last_folder") == str(tmp_path)


def test_only_the_json_file_unless_asked(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert dialog.save(out / "q3.json") == [out / "q3.json"]
    assert [p.name for p in out.iterdir()] == ["q3.json"]


def test_the_file_dialog_suggests_unit_and_period_in_the_remembered_folder(
    qtbot: QtBot,
    dialog: ExportDialog,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    context.settings.setValue("export/last_folder", str(folder))
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(folder / "chosen.json"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog.save_button.click()
    assert asked == [str(folder / "Delprojekt-Växjö-all-time.json")]
    assert (folder / "chosen.json").is_file()


def test_a_failed_write_is_one_message_and_no_traceback(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    missing = tmp_path / "no such folder" / "x.json"
    assert dialog.save(missing) == []
    assert len(warnings) == 1
    assert warnings[0].startswith(f"The export could not be saved in {missing.parent}: ")
    assert "Traceback" not in warnings[0]
    assert dialog.isVisible()


def test_new_data_makes_the_preview_count_again(
    qtbot: QtBot, dialog: ExportDialog, context: AppContext
) -> None:
    context.announce(Change.MEASUREMENTS)
    assert not dialog.is_current and not dialog.save_button.isEnabled()
    assert dialog.save_blocker() == "The preview is being brought up to date…"
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    assert dialog.save_button.isEnabled()


def test_file_names() -> None:
    assert default_file_name(UNIT, Period.quarter(2026, 3)) == "Delprojekt-Växjö-2026-Q3.json"
    assert default_file_name('a/b:c*"d"', Period.year(2025)) == "a-b-c-d-2025.json"
    assert default_file_name(" .. ", Period(date(2026, 1, 1), None)) == (
        "export-from-2026-01-01.json"
    )
    half = Period(date(2025, 1, 1), date(2025, 6, 30))
    assert default_file_name(UNIT, half, "2025 H1") == "Delprojekt-Växjö-2025-H1.json"
    assert default_file_name(UNIT, half, " / ") == "Delprojekt-Växjö-2025-01-01_2025-06-30.json"
    paths = output_paths(Path("/x/y.json"), csv=True, xlsx=False)
    assert (paths.json, paths.csv, paths.xlsx) == (Path("/x/y.json"), Path("/x/y.csv"), None)
    assert output_paths(Path("/x/y.JSON"), False, True).xlsx == Path("/x/y.xlsx")
    assert output_paths(Path("/x/2026.Q3"), False, False).json == Path("/x/2026.Q3.json")


def test_file_menu_opens_the_dialog(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    action = window.app_actions[ActionName.EXPORT_AGGREGATE]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and action in file_menu.actions()
    assert action.shortcut() == QKeySequence("Ctrl+E")
    assert action.text() == "&Export for the project office…"
    action.trigger()
    dialog = window.export_for_project_office()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    with qtbot.waitSignal(dialog.status_message):
        dialog.save(context.database.path.parent / "out.json")
    assert window.statusBar().currentMessage().startswith("Saved for the project office: out.json")
    assert window.export_for_project_office() is dialog  # built once, shown again
    dialog.wait()
    window.close()


def test_files_beside_are_replaced_only_when_confirmed(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "q3.csv").write_text("older", encoding="utf-8")
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.csv_check.setChecked(True)
    assert dialog.save(tmp_path / "q3.json") == []
    assert asked == ["These files already exist and will be replaced: q3.csv"]
    assert not (tmp_path / "q3.json").exists()
    assert (tmp_path / "q3.csv").read_text(encoding="utf-8") == "older"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    assert dialog.save(tmp_path / "q3.json") == [tmp_path / "q3.json", tmp_path / "q3.csv"]
    assert (tmp_path / "q3.csv").read_text(encoding="utf-8-sig").startswith("Unit;")


# -- in Swedish, and screenshots to look at ----------------------------------------------


def test_the_dialog_speaks_swedish(
    in_swedish: None, qtbot: QtBot, context: AppContext, database: Database, tmp_path: Path
) -> None:
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 760)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    assert dialog.windowTitle() == "Export till projektkontoret"
    assert dialog.periods.combo.currentText() == "Hela projektet (alla datum)"
    assert dialog.baseline_combo.currentText() == "Sedan de började"
    dialog.select_period("2024")
    ready(qtbot, dialog)
    expected = build_aggregate(database, Period.year(2024), UNIT)
    registered = expected.value(PARTICIPANTS, REGISTERED, sex=ALL, age_band=ALL)
    assert dialog.preview.summary_label.text().startswith(f"{registered} deltagare inskrivna; ")
    sentence = dialog.preview.protection_label.text()
    assert sentence == protection_sentence(expected, "sv")
    assert "cellnyckelmetoden" in sentence and "högst 2" in sentence
    assert [dialog.preview.tabs.tabText(i) for i in range(3)] == ["Deltagare", "Avslut", "Frågor"]
    header = dialog.preview.tables[PARTICIPANTS].horizontalHeaderItem(2)
    assert header is not None and header.toolTip() == "Inskrivna"
    assert dialog.profile_choice.open_button.text() == "&Öppna projektprofil…"
    shoot(qtbot, dialog, "export_dialog_sv")

    dialog.set_dates(date(2024, 3, 1), None)
    dialog.unit_edit.clear()
    ready(qtbot, dialog)
    blocker = dialog.save_blocker()
    assert blocker is not None and "enhet" in blocker
    qtbot.wait(50)
    dialog.grab().save(str(ARTIFACTS / "export_dialog_sv_other_dates.png"))
    dialog.wait()
