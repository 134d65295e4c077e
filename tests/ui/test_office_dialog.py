"""File → Project office…: checking files, the merged tables, the chart, saving the report."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdfium2 import PdfDocument
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from bipdesk.core.aggregation import ALL, PARTICIPANTS, REGISTERED, aggregate
from bipdesk.core.cards import CardLibrary
from bipdesk.core.disclosure import protect
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import (
    AggregateFile,
    CardInfo,
    label,
    read_aggregate,
    write_aggregate,
)
from bipdesk.io.merge import MergeError, read_for_merge
from bipdesk.ui.office_dialog import OfficeDialog, check_files
from bipdesk.ui.office_problems import explain
from tests.reports.support import standard_card
from tests.seed_units import seed_003, seed_004

CARD = standard_card()
YEAR_2024 = Period.year(2024)


def unit_file(
    unit: str,
    participants: list[Participant],
    measurements: dict[str, list[Measurement]],
    period: Period = YEAR_2024,
) -> AggregateFile:
    """A unit's protected export, as `bipdesk.io.export.build_aggregate` makes it."""
    cells = protect(aggregate(participants, measurements, CARD, period), k=5)
    return AggregateFile(
        export_id=str(uuid.uuid4()),
        generated_at="2025-01-10T09:30:00+00:00",
        software="bipdesk 0.1.0",
        unit=unit,
        period=period,
        card=CardInfo(CARD.id, CARD.version, CARD.question_ids, 1, 10),
        age_bands=("-19", "20-29", "30-39", "40-49", "50-59", "60-"),
        k=5,
        min_people=10,
        cells=tuple(cells),
    )


@pytest.fixture(scope="module")
def units() -> tuple[AggregateFile, AggregateFile]:
    """Växjö: the whole seed-003 unit (267 people); Alvesta: 60 of them, some cells suppressed."""
    participants, measurements = seed_003()
    small = participants[100:160]  # 23 women, 37 men
    return (
        unit_file("Växjö", participants, measurements),
        unit_file("Alvesta", small, {p.code: measurements.get(p.code, []) for p in small}),
    )


def save(tmp_path: Path, name: str, aggregate_file: AggregateFile) -> Path:
    path = tmp_path / name
    write_aggregate(path, aggregate_file)
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot: QtBot, settings: QSettings) -> Iterator[OfficeDialog]:
    dialog = OfficeDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.wait()


def add(qtbot: QtBot, dialog: OfficeDialog, paths: list[Path]) -> None:
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.add_files(paths)


def shown(dialog: OfficeDialog, table: str, row_start: tuple[str, ...], header: str) -> str:
    """The text in the row starting with `row_start`, under the header `header` (unwrapped)."""
    widget = dialog.results_pane.tables[table]
    headers = [
        widget.horizontalHeaderItem(c).text().replace("\n", " ")
        for c in range(widget.columnCount())
    ]
    column = headers.index(header)
    for row in range(widget.rowCount()):
        start = tuple(widget.item(row, c).text() for c in range(len(row_start)))
        if start == row_start:
            return widget.item(row, column).text()
    raise KeyError(row_start)


def registered(aggregate_file: AggregateFile, sex: str, band: str) -> tuple[int | None, bool]:
    cell = aggregate_file.cell(PARTICIPANTS, REGISTERED, sex=sex, age_band=band)
    assert cell is not None
    return cell.value if cell.value is None else int(cell.value), cell.suppressed


# -- the merged tables ---------------------------------------------------------------------


def test_the_total_is_the_sum_and_marks_suppressed_parts(
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
    assert dialog.summary_label.text() == "All 2 files are OK. Units: Alvesta, Växjö."
    total = label(ALL, "en")
    head = label(REGISTERED, "en")
    assert shown(dialog, PARTICIPANTS, (total, total), head) == str(267 + 60)

    exact = bounded = 0
    for sex in ("women", "men"):
        for band in vaxjo.age_bands:
            v, v_hidden = registered(vaxjo, sex, band)
            a, a_hidden = registered(alvesta, sex, band)
            if v_hidden:
                continue
            assert v is not None
            text = shown(dialog, PARTICIPANTS, (label(sex, "en"), band), head)
            if a_hidden:
                assert text == f"≥ {v + 1}"  # a suppressed part counts as at least 1
                bounded += 1
            else:
                assert text == str(v + (a or 0))
                exact += 1
    assert exact and bounded  # both kinds of cell are in these two units

    dialog.results_pane.select_unit("Alvesta")
    assert shown(dialog, PARTICIPANTS, (total, total), head) == "60"
    dialog.results_pane.select_unit(None)
    assert dialog.results_pane.shown_aggregate() is dialog.check_result.total  # type: ignore[union-attr]


def test_shares_and_the_chart(
    qtbot: QtBot, dialog: OfficeDialog, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    vaxjo, _ = units
    add(qtbot, dialog, [save(tmp_path, "vaxjo.json", vaxjo)])  # one file: shown alone
    total = label(ALL, "en")
    assert shown(dialog, PARTICIPANTS, (total, total), label("share_positive", "en")) == "66%"
    assert shown(dialog, PARTICIPANTS, (total, total), label("share_negative", "en")) == "24%"
    assert shown(dialog, PARTICIPANTS, (total, total), label("share_neutral", "en")) == "10%"
    assert not dialog.results_pane.unit_combo.isEnabled()
    assert dialog.summary_label.text().startswith("The file is OK and shown alone (unit: Växjö).")
    question = CARD.questions[0]
    assert dialog.results_pane.tables["questions"].item(0, 0).text() == question.label["en"]
    assert dialog.results_pane.showing_chart
    axes = dialog.results_pane.canvas.figure.axes
    assert axes and "n = 108" in " ".join(
        t.get_text() for t in dialog.results_pane.canvas.figure.texts
    )


def test_exits_read_as_seed_004_reports_them(
    qtbot: QtBot, dialog: OfficeDialog, tmp_path: Path
) -> None:
    """Reasons down, sexes across: work 43/47, studies 59/41, closer 164/101, other 94/77."""
    left = unit_file("Växjö", seed_004(), {})
    add(qtbot, dialog, [save(tmp_path, "vaxjo.json", left)])
    women, men = label("women", "en"), label("men", "en")
    for key, expected in (
        ("reason:work", ("43", "47")),
        ("reason:studies", ("59", "41")),
        ("group:closer_to_labour_market", ("164", "101")),
        ("group:other", ("94", "77")),
    ):
        row = (label(key, "en"),)
        assert (
            shown(dialog, "exits", row, women),
            shown(dialog, "exits", row, men),
        ) == expected, key
    assert shown(dialog, "exits", (label("group:work_or_studies", "en"),), label(ALL, "en")) == (
        str(43 + 47 + 59 + 41)
    )


def test_a_missing_card_is_said_instead_of_the_chart(
    qtbot: QtBot, settings: QSettings, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    dialog = OfficeDialog(settings, CardLibrary())
    qtbot.addWidget(dialog)
    add(qtbot, dialog, [save(tmp_path, "vaxjo.json", units[0])])
    assert not dialog.results_pane.showing_chart
    assert "bip-standard version 1 is not installed" in dialog.results_pane.chart_message_text()
    assert dialog.can_save  # the tables and the report do not need the card


def test_too_few_people_give_no_chart_and_a_partial_mean_is_marked(
    qtbot: QtBot, dialog: OfficeDialog, tmp_path: Path
) -> None:
    participants, measurements = seed_003()
    few = [p for p in participants if len(measurements.get(p.code, [])) >= 2][:7]
    tiny = unit_file("Lessebo", few, {p.code: measurements[p.code] for p in few})
    add(qtbot, dialog, [save(tmp_path, "lessebo.json", tiny)])
    assert not dialog.results_pane.showing_chart
    assert dialog.results_pane.chart_message_text().startswith("Too few people (7)")
    questions = dialog.results_pane.tables["questions"]
    assert questions.item(0, 2).text() == ".."  # a mean of 7 people is not published

    # With a bigger unit the mean is published, marked as resting on that unit only.
    vaxjo = unit_file("Växjö", participants, measurements)
    add(qtbot, dialog, [save(tmp_path, "vaxjo.json", vaxjo)])
    assert dialog.results_pane.showing_chart
    alone = vaxjo.value("questions", "mean_first", question=CARD.question_ids[0])
    assert questions.item(0, 2).text() == f"{alone:.2f} *"
    assert dialog.results_pane.legend_label.text().endswith(
        "* = the mean rests only on the units that could publish it."
    )


# -- bad files ---------------------------------------------------------------------------------


def test_every_bad_file_shows_its_problem_and_nothing_can_be_saved(
    qtbot: QtBot, dialog: OfficeDialog, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    vaxjo, alvesta = units
    good = save(tmp_path, "vaxjo.json", vaxjo)
    other = save(tmp_path, "alvesta.json", alvesta)
    garbage = tmp_path / "garbage.json"
    garbage.write_text("this is not JSON at all", encoding="utf-8")
    copy = tmp_path / "vaxjo-copy.json"
    copy.write_bytes(good.read_bytes())
    overlapping = save(
        tmp_path,
        "vaxjo-autumn.json",
        unit_file("Växjö", [], {}, Period(date(2024, 9, 1), date(2025, 3, 31))),
    )
    add(qtbot, dialog, [good, other, garbage, copy, overlapping])

    statuses = {dialog.paths[row].name: dialog.status_text(row) for row in range(5)}
    assert statuses["vaxjo.json"] == "OK" and statuses["alvesta.json"] == "OK"
    assert statuses["garbage.json"].startswith("Not JSON: The file is not JSON (error at line 1")
    assert statuses["vaxjo-copy.json"].startswith(
        "Same export twice: The file holds the same export as vaxjo.json"
    )
    assert statuses["vaxjo-autumn.json"].startswith(
        "Overlapping period: The period of unit Växjö (Sep 1, 2024 – Mar 31, 2025) overlaps "
        "its period Jan 1, 2024 – Dec 31, 2024 in vaxjo.json"
    )
    assert not dialog.can_save
    assert dialog.summary_label.text().startswith("3 of the files cannot be added together")
    assert not dialog.results_pane.showing_tables
    assert dialog.results_pane.empty_label.text().startswith("The tables appear when every file")

    dialog.file_table.selectRow(2)  # garbage.json, then the Delete key
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.file_table.setFocus()
    qtbot.waitUntil(dialog.file_table.hasFocus)
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        qtbot.keyClick(dialog.file_table, Qt.Key.Key_Delete)
    assert [p.name for p in dialog.paths] == [
        "vaxjo.json",
        "alvesta.json",
        "vaxjo-copy.json",
        "vaxjo-autumn.json",
    ]
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.remove_files([copy, overlapping])
    assert dialog.can_save


def test_other_cards_bands_versions_and_schema_errors(
    qtbot: QtBot, dialog: OfficeDialog, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    from dataclasses import replace

    from bipdesk.io.aggregate_file import to_json

    vaxjo, alvesta = units
    first = save(tmp_path, "vaxjo.json", vaxjo)
    bands = save(
        tmp_path,
        "bands.json",
        replace(alvesta, age_bands=("-29", "30-")),
    )
    version = tmp_path / "v2.json"
    version.write_text(json.dumps({"format": "bipdesk-aggregate", "version": 2}), "utf-8")
    data = to_json(replace(alvesta, export_id=str(uuid.uuid4()), unit="Ljungby"))
    data["cells"][0]["sex"] = "female"
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(data), "utf-8")
    add(qtbot, dialog, [first, bands, version, schema])
    statuses = {dialog.paths[row].name: dialog.status_text(row) for row in range(4)}
    assert statuses["bands.json"].startswith(
        "Different age bands: The file has the age bands -29, 30-, but vaxjo.json has -19,"
    )
    assert statuses["v2.json"].startswith(
        "Other version: The file is an aggregate file of version 2; this BIP Desk reads version 1."
    )
    assert statuses["schema.json"].startswith(
        "Damaged file: The file does not follow the aggregate file format at cells/0/sex"
    )
    assert not dialog.can_save


def test_every_reason_of_the_merge_checks_is_explained(
    units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    """Each English reason of bipdesk.io becomes a sentence of this module, never the fallback."""
    from dataclasses import replace

    vaxjo, alvesta = units
    good = save(tmp_path, "a.json", vaxjo)
    twice = tmp_path / "b.json"
    twice.write_bytes(good.read_bytes())
    card = save(
        tmp_path,
        "c.json",
        replace(
            alvesta, card=CardInfo("other", 2, CARD.question_ids, 1, 10), age_bands=("-29", "30-")
        ),
    )
    questions = save(
        tmp_path,
        "d.json",
        replace(
            alvesta,
            export_id=str(uuid.uuid4()),
            unit="Ljungby",
            card=CardInfo(CARD.id, CARD.version, CARD.question_ids[:3], 1, 10),
            cells=tuple(c for c in alvesta.cells if c.question in (None, *CARD.question_ids[:3])),
        ),
    )
    utf = tmp_path / "e.json"
    utf.write_bytes(b"\xff\xfe\x00")
    other_format = tmp_path / "f.json"
    other_format.write_text('{"format": "excel"}', "utf-8")
    listed = tmp_path / "g.json"
    listed.write_text("[1, 2]", "utf-8")
    missing = tmp_path / "gone.json"
    files = [good, twice, card, questions, utf, other_format, listed, missing]
    with pytest.raises(MergeError) as caught:
        read_for_merge(files)
    checked = check_files(files)  # reads each file once: the very same verdicts
    assert {str(f.path): f.reason for f in checked.files if f.reason} == {
        p.file: p.reason for p in caught.value.problems
    }
    assert not checked.ok
    kinds = {}
    for problem in caught.value.problems:
        explained = explain(problem.reason)
        assert all(p.kind != "Cannot be merged" for p in explained), problem
        kinds[Path(problem.file).name] = [p.kind for p in explained]
    assert kinds == {
        "b.json": ["Same export twice"],
        "c.json": ["Different card", "Different age bands"],
        "d.json": ["Different card"],
        "e.json": ["Not JSON"],
        "f.json": ["Other format"],
        "g.json": ["Other format"],
        "gone.json": ["Cannot be read"],
    }
    assert explain("merge needs two files or more")[0].kind == "Needs more files"
    assert explain("something new")[0].text == "something new"


def test_check_files_reads_each_file_once_and_sums_by_unit(
    units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    vaxjo, alvesta = units
    spring = replace_period(alvesta, Period(date(2025, 1, 1), date(2025, 6, 30)))
    result = check_files(
        [
            save(tmp_path, "v.json", vaxjo),
            save(tmp_path, "a.json", alvesta),
            save(tmp_path, "s.json", spring),
        ]
    )
    assert result.ok and list(result.units) == ["Växjö", "Alvesta"]
    both = result.units["Alvesta"]
    assert both.value(PARTICIPANTS, REGISTERED, sex=ALL, age_band=ALL) == 120
    assert result.total is not None
    assert result.total.value(PARTICIPANTS, REGISTERED, sex=ALL, age_band=ALL) == 267 + 120


def replace_period(aggregate_file: AggregateFile, period: Period) -> AggregateFile:
    from dataclasses import replace

    return replace(aggregate_file, export_id=str(uuid.uuid4()), period=period)


# -- adding files ------------------------------------------------------------------------------


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
    assert dialog.summary_label.text() == "No files yet: add the files the units sent you."


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
    assert dialog.check_result is not None and dialog.check_result.total is not None
    merged = read_aggregate(out / "rapport.json")
    assert merged.value(PARTICIPANTS, REGISTERED, sex=ALL, age_band=ALL) == 327
    assert merged.cells == dialog.check_result.total.cells
    workbook = load_workbook(out / "rapport.xlsx")
    sheet = workbook[label(PARTICIPANTS, "en")]
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Registered" in texts and ".." in texts
    pdf = PdfDocument(out / "rapport.pdf")
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    assert len(pages) >= 2
    assert "Alvesta" in pages[0] and "Växjö" in pages[0]
    assert any("327" in page for page in pages)
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

    def broken(_paths: object, _progress: object = None) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(office_dialog, "check_files", broken)
    path = tmp_path / "x.json"
    path.write_text("{}", "utf-8")
    add(qtbot, dialog, [path])
    assert dialog.summary_label.text() == "The files could not be checked: the disk went away"
    assert not dialog.can_save
