"""File → Export for the project office…: period choice, k, the preview, saving."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.aggregation import EXITS, PARTICIPANTS, QUESTIONS
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import iter_rows, read_aggregate, table_views
from bipdesk.io.export import build_aggregate
from bipdesk.storage import Database, open_database
from bipdesk.ui.actions import ActionName
from bipdesk.ui.app import install_translator, remove_translators
from bipdesk.ui.context import UNIT_SETTING, AppContext, Change
from bipdesk.ui.export_dialog import (
    OTHER,
    ExportDialog,
    default_file_name,
    output_paths,
)
from bipdesk.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.seed_units import seed_003

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
UNIT = "Delprojekt Växjö"


def _fill(database: Database) -> None:
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


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database file filled once; every test gets its own copy."""
    path = tmp_path_factory.mktemp("export") / "filled.db"
    with open_database(path, today=lambda: TODAY) as database:
        _fill(database)
    return path


@pytest.fixture
def database(filled: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "bipdesk.db"
    shutil.copyfile(filled, copy)
    with open_database(copy, today=lambda: TODAY) as database:
        yield database


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


def _ready(qtbot: QtBot, dialog: ExportDialog) -> None:
    """Count now (skipping the pause for typing) and wait for the preview."""
    dialog.rebuild()
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext) -> Iterator[ExportDialog]:
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    yield dialog
    dialog.wait()


def test_the_newest_complete_quarter_is_chosen(dialog: ExportDialog) -> None:
    # TODAY is 23 November 2026: Q4 is under way, Q3 is the one to report.
    assert dialog.period() == Period.quarter(2026, 3)
    assert dialog.period_combo.currentText() == "Q3 2026 (Jul 1 – Sep 30, 2026)"
    keys = [dialog.period_combo.itemData(i) for i in range(dialog.period_combo.count())]
    offered = [key for key in keys if key]  # separators carry no key
    assert offered == [
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
    assert dialog.period_combo.itemText(0) == "Q4 2026 (Oct 1 – Dec 31, 2026), in progress"
    assert not dialog.dates_row.isVisible()


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
    _ready(qtbot, dialog)
    assert dialog.aggregate is not None and dialog.aggregate.period == period


def test_other_dates_may_leave_either_end_open(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.select_period("2025-Q2")
    dialog.select_period(OTHER)
    assert dialog.dates_row.isVisibleTo(dialog)
    # 'Other dates…' starts from the period chosen before
    assert dialog.period() == Period.quarter(2025, 2)
    dialog.set_dates(date(2024, 3, 1), None)
    assert dialog.period() == Period(date(2024, 3, 1), None)
    assert not dialog.to_edit.isEnabled()
    dialog.set_dates(None, date(2024, 6, 30))
    assert dialog.period() == Period(None, date(2024, 6, 30))
    dialog.set_dates(None, None)
    assert dialog.period() == Period.always()
    _ready(qtbot, dialog)
    assert "from the beginning" not in dialog.heading_label.text()
    assert "all time" in dialog.heading_label.text()


def test_dates_that_end_before_they_start_block_saving(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.set_dates(date(2024, 6, 1), date(2024, 5, 31))
    assert dialog.period() is None
    dialog.rebuild()
    assert not dialog.save_button.isEnabled()
    assert dialog.save_blocker() == "The period ends before it starts; change the dates."
    assert dialog.reason_label.text() == dialog.save_blocker()


def test_the_preview_is_exactly_what_build_aggregate_makes(
    qtbot: QtBot, dialog: ExportDialog, database: Database
) -> None:
    dialog.select_period("2024")
    _ready(qtbot, dialog)
    expected = build_aggregate(database, Period.year(2024), UNIT, 5)
    assert dialog.aggregate is not None
    assert dialog.aggregate.cells == expected.cells
    for view in table_views(expected, "en"):
        assert dialog.table_texts(view.name) == list(iter_rows(view, "en")), view.name
    assert dialog.tabs.count() == 3
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Participants", "Exits", "Questions"]
    hidden = sum(cell.suppressed for cell in expected.cells)
    assert hidden > 0
    assert dialog.summary_label.text() == (
        f"267 participants registered; {hidden} of {len(expected.cells)} cells hidden."
    )
    # Participants by sex and age band: some cells hidden, the total shown.
    rows = dialog.table_texts(PARTICIPANTS)
    assert rows[0][:3] == ["Total", "Total", "267"]
    assert any(".." in row for row in rows)
    assert "0" in dialog.table_texts(EXITS)[0]  # nobody left in 2024: zeros are shown
    assert "Unit: Delprojekt Växjö" in dialog.heading_label.text()
    assert "no names, participant codes, birth years" in dialog.legend_label.text()
    assert "1 to 4 people" in dialog.legend_label.text()


def test_too_few_leavers_show_as_dots(
    qtbot: QtBot, dialog: ExportDialog, database: Database
) -> None:
    dialog.select_period("2025")
    _ready(qtbot, dialog)
    expected = build_aggregate(database, Period.year(2025), UNIT, 5)
    assert expected.value(EXITS, "left", sex="men", exit_reason="work") is None
    for view in table_views(expected, "en"):
        assert dialog.table_texts(view.name) == list(iter_rows(view, "en")), view.name
    # The four men who left for work are too few: '..', in the total as well.
    exits = {row[0]: row for row in dialog.table_texts(EXITS)}
    assert exits["Men"][1] == ".." and exits["Total"][1] == ".."
    assert exits["Women"][1] == "0"
    item = dialog.tables[EXITS].item(2, 1)
    assert item is not None and item.toolTip() == "Hidden to protect individuals"


def test_the_preview_shows_no_personal_data(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.select_period("2024")
    _ready(qtbot, dialog)
    shown = " ".join(
        " ".join(row)
        for name in (PARTICIPANTS, EXITS, QUESTIONS)
        for row in dialog.table_texts(name)
    )
    for private in ("S3-", "Namn", "Nummer", "anteckning", "LEFT-", "2003", "1980"):
        assert private not in shown


def test_k_below_three_is_impossible(qtbot: QtBot, dialog: ExportDialog) -> None:
    assert dialog.k_spin.value() == 5
    assert dialog.k_spin.minimum() == 3
    dialog.k_spin.setValue(2)
    assert dialog.k_spin.value() == 3
    dialog.k_spin.setValue(1)
    assert dialog.k_spin.value() == 3
    assert "3 is the least allowed" in dialog.k_help.text()


def test_changing_k_counts_again(qtbot: QtBot, dialog: ExportDialog, database: Database) -> None:
    dialog.select_period("2024")
    _ready(qtbot, dialog)
    assert dialog.aggregate is not None
    hidden_at_5 = sum(cell.suppressed for cell in dialog.aggregate.cells)
    dialog.k_spin.setValue(12)
    assert not dialog.is_current and not dialog.save_button.isEnabled()
    assert dialog.save_blocker() == "The preview is being brought up to date…"
    # without rebuild(): the pause for typing ends by itself
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    assert dialog.aggregate.k == 12
    assert dialog.aggregate.cells == build_aggregate(database, Period.year(2024), UNIT, 12).cells
    assert sum(cell.suppressed for cell in dialog.aggregate.cells) > hidden_at_5
    assert "k = 12" in dialog.heading_label.text()


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
    assert "Unit: Alvesta kommun" in dialog.heading_label.text()


def test_saving_writes_the_previewed_file_and_csv_and_xlsx(
    qtbot: QtBot, dialog: ExportDialog, context: AppContext, tmp_path: Path
) -> None:
    dialog.select_period("2024")
    _ready(qtbot, dialog)
    previewed = dialog.aggregate
    assert previewed is not None
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
    assert read.unit == UNIT and read.period == Period.year(2024) and read.k == 5
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert ["Participants"] in rows  # headers in the UI language (English here)
    assert any(".." in row for row in rows)
    workbook = load_workbook(xlsx_path)
    assert workbook.sheetnames == ["Participants", "Exits", "Questions"]
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
    assert asked == [str(folder / "Delprojekt-Växjö-2026-Q3.json")]
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
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    assert dialog.save_button.isEnabled()


def test_file_names() -> None:
    assert default_file_name(UNIT, Period.quarter(2026, 3)) == "Delprojekt-Växjö-2026-Q3.json"
    assert default_file_name('a/b:c*"d"', Period.year(2025)) == "a-b-c-d-2025.json"
    assert default_file_name(" .. ", Period(date(2026, 1, 1), None)) == (
        "export-from-2026-01-01.json"
    )
    paths = output_paths(Path("/x/y.json"), csv=True, xlsx=False)
    assert (paths.json, paths.csv, paths.xlsx) == (Path("/x/y.json"), Path("/x/y.csv"), None)
    assert output_paths(Path("/x/y.JSON"), False, True).xlsx == Path("/x/y.xlsx")
    assert output_paths(Path("/x/2026.Q3"), False, False).json == Path("/x/2026.Q3.json")


def test_file_menu_opens_the_dialog(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    action = window.app_actions[ActionName.EXPORT_AGGREGATE]
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
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


# -- in Swedish, and screenshots to look at ----------------------------------------------


@pytest.fixture
def in_swedish(qapp: QApplication) -> Iterator[None]:
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


def _shoot(qtbot: QtBot, dialog: ExportDialog, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        image = dialog.grab()
        assert image.width() >= 900
        image.save(str(ARTIFACTS / f"{name}_{index}.png"))
    dialog.tabs.setCurrentIndex(0)


def test_the_dialog_speaks_swedish(in_swedish: None, qtbot: QtBot, context: AppContext) -> None:
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 740)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_current, timeout=20_000)
    assert dialog.windowTitle() == "Export till projektkontoret"
    assert dialog.period_combo.currentText() == "Kvartal 3 2026 (1 juli–30 sep. 2026)"
    dialog.select_period("2024")
    _ready(qtbot, dialog)
    assert dialog.summary_label.text().startswith("267 deltagare inskrivna; ")
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Deltagare", "Avslut", "Frågor"]
    assert dialog.tables[PARTICIPANTS].horizontalHeaderItem(2).toolTip() == "Inskrivna"
    _shoot(qtbot, dialog, "export_dialog_sv")
    dialog.set_dates(date(2024, 3, 1), None)
    dialog.unit_edit.clear()
    _ready(qtbot, dialog)
    assert dialog.save_blocker() is not None and "enhet" in dialog.save_blocker()
    dialog.grab().save(str(ARTIFACTS / "export_dialog_sv_other_dates.png"))
    dialog.wait()


def test_screenshots_in_english(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.resize(1000, 740)
    dialog.select_period("2024")
    _ready(qtbot, dialog)
    _shoot(qtbot, dialog, "export_dialog_en")


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
