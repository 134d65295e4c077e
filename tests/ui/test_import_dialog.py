"""File → Import…: preview, problems with row and column, import, cancel; all off the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.io import importer
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.import_dialog import ImportDialog
from tests.conftest import TODAY
from tests.support import QUESTIONS

HEADER = "participant,sex,birth_year,start_date,measurement_date," + ",".join(QUESTIONS)
GOOD_ROWS = [
    "P001,K,1990,2025-01-10,2025-01-15," + ",".join(["4"] * 10),
    "P001,,,,2025-04-15," + ",".join(["5"] * 10),
    "P002,M,1985,2025-02-01,," + "," * 9,
    "P003,X,2000,2025-03-01,2025-03-05," + ",".join(["6"] * 10),
]
BAD_ROWS = [
    "P001,K,1990,2025-01-10,2025-01-15," + ",".join(["4"] * 10),
    "P002,Q,1985,2025-02-01,," + "," * 9,
    ",M,1985,2025-02-01,," + "," * 9,
    "P003,X,2000,2025-03-01,2025-13-05," + ",".join(["6"] * 10),
]


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(str(args[2])))
    return shown


def open_dialog(qtbot: QtBot, context: AppContext, path: Path | None) -> ImportDialog:
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_idle(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)


def content(database: Database) -> tuple[set[str], int]:
    with database.transaction(write=False) as repository:
        codes = repository.participant_codes()
        count = sum(len(repository.measurements(code)) for code in codes)
    return codes, count


def test_preview_of_a_good_file_shows_what_will_change(
    qtbot: QtBot, context: AppContext, database: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, context, write_csv(tmp_path / "good.csv", GOOD_ROWS))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    wait_idle(qtbot, dialog)
    counts = {
        key: label.text() for key, label in dialog.count_labels.items() if not label.isHidden()
    }
    assert counts == {
        ("participants", "new"): "3",
        ("participants", "updated"): "0",
        ("participants", "unchanged"): "0",
        ("measurements", "new"): "3",
        ("measurements", "updated"): "0",
        ("measurements", "unchanged"): "0",
    }
    table = dialog.changes_table
    assert table.rowCount() == 3
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(3)]
    assert rows[0] == ["P001", "New participant", "2", "0"]
    assert rows[1] == ["P002", "New participant", "0", "0"]
    assert dialog.pages.currentIndex() == ImportDialog.PREVIEW
    assert dialog.import_button.isEnabled()
    assert content(database) == (set(), 0)  # a preview writes nothing


def test_a_bad_file_lists_every_problem_and_writes_nothing(
    qtbot: QtBot, context: AppContext, database: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, context, write_csv(tmp_path / "bad.csv", BAD_ROWS))
    qtbot.waitUntil(lambda: bool(dialog.problems), timeout=20_000)
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentIndex() == ImportDialog.ERRORS
    assert dialog.error_headline.text() == "Nothing was imported: 3 problems in bad.csv"
    table = dialog.errors_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Row", "Column", "Problem"]
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [row[:2] for row in rows] == [
        ["3", "B (sex)"],
        ["4", "A (participant)"],
        ["5", "E (measurement_date)"],
    ]
    assert "'Q' is not a sex" in rows[0][2]
    assert not dialog.import_button.isEnabled()
    assert content(database) == (set(), 0)


def test_import_writes_announces_and_closes(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    tmp_path: Path,
    no_message_boxes: list[str],
) -> None:
    announced: list[str] = []
    context.changed.connect(announced.append)
    dialog = open_dialog(qtbot, context, write_csv(tmp_path / "good.csv", GOOD_ROWS))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    summary = imported.args[0]
    assert (summary.participants_new, summary.measurements_new) == (3, 3)
    assert content(database) == ({"P001", "P002", "P003"}, 3)
    assert announced == [Change.ALL]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert no_message_boxes and "Participants: 3 new" in no_message_boxes[0]


def test_a_second_preview_of_the_same_file_changes_nothing(
    qtbot: QtBot, context: AppContext, database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "good.csv", GOOD_ROWS)
    importer.import_file(database, path, today=TODAY)
    dialog = open_dialog(qtbot, context, path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.count_labels[("participants", "unchanged")].text() == "3"
    assert dialog.count_labels[("measurements", "unchanged")].text() == "3"
    assert "nothing new" in dialog.preview_headline.text()
    assert not dialog.import_button.isEnabled()


def test_cancel_rolls_the_import_back(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, context, write_csv(tmp_path / "good.csv", GOOD_ROWS))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    # Hold the real import at its start until the user has pressed Cancel.
    release = threading.Event()
    parse = importer.parse_import_file

    def held_parse(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return parse(*args, **kwargs)

    monkeypatch.setattr(importer, "parse_import_file", held_parse)
    dialog.import_button.click()
    assert dialog.operation is not None
    dialog.operation.cancel()
    release.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.status_label.text(), timeout=20_000)
    assert dialog.status_label.text() == "Import cancelled; nothing was changed."
    assert content(database) == (set(), 0)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_cancel_after_some_rows_rolls_back_what_was_written(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [f"Q{n:04},M,1985,2025-02-01,," + "," * 9 for n in range(120)]
    dialog = open_dialog(qtbot, context, write_csv(tmp_path / "many.csv", rows))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    apply = importer.apply_plan

    def apply_then_cancel(plan: Any, repository: Any, on_progress: Callable[..., bool]) -> None:
        def progress(done: int, total: int) -> bool:
            if done >= 100:
                assert dialog.operation is not None
                dialog.operation.cancel()  # as if Cancel was pressed half-way
            return on_progress(done, total)

        apply(plan, repository, progress)

    monkeypatch.setattr(importer, "apply_plan", apply_then_cancel)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "cancelled" in dialog.status_label.text(), timeout=20_000)
    assert content(database) == (set(), 0)


def test_all_importer_work_runs_off_the_ui_thread(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[tuple[str, threading.Thread]] = []

    def recorded(name: str) -> Callable[..., Any]:
        original = getattr(importer, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            threads.append((name, threading.current_thread()))
            return original(*args, **kwargs)

        return wrapper

    for name in ("parse_import_file", "plan_import", "apply_plan"):
        monkeypatch.setattr(importer, name, recorded(name))
    dialog = open_dialog(qtbot, context, write_csv(tmp_path / "good.csv", GOOD_ROWS))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    wait_idle(qtbot, dialog)
    names = [name for name, _ in threads]
    assert names == ["parse_import_file", "plan_import"] * 2 + ["apply_plan"]
    assert all(thread is not threading.main_thread() for _, thread in threads)


def test_choose_file_asks_for_a_csv_or_xlsx(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_csv(tmp_path / "good.csv", GOOD_ROWS)
    filters: list[str] = []

    def get_open_file_name(*args: Any) -> tuple[str, str]:
        filters.append(args[3])
        return str(path), args[3]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    dialog = open_dialog(qtbot, context, None)
    assert dialog.pages.currentIndex() == ImportDialog.INTRO
    assert not dialog.import_button.isEnabled()
    dialog.choose_button.click()
    assert "*.csv" in filters[0] and "*.xlsx" in filters[0]
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.file_label.text() == str(path)
    assert context.settings.value("import/last_folder") == str(tmp_path)


def test_closing_while_reading_stops_the_work_first(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()
    parse = importer.parse_import_file

    def held_parse(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return parse(*args, **kwargs)

    monkeypatch.setattr(importer, "parse_import_file", held_parse)
    dialog = open_dialog(qtbot, context, write_csv(tmp_path / "good.csv", GOOD_ROWS))
    qtbot.waitUntil(dialog.is_busy, timeout=20_000)
    dialog.reject()
    assert dialog.isVisible()  # waits for the worker instead of leaving it behind
    release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert dialog.result() == QDialog.DialogCode.Rejected
