"""The project office's file checks (aggregate files v2): every problem of a file in
plain words, and mixed periods only when allowed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bipdesk.core.periods import Period
from bipdesk.core.perturbation import PTABLE_NAME
from bipdesk.io.aggregate_file import AggregateFile, CardInfo
from bipdesk.io.merge import MergeError, read_for_merge
from bipdesk.ui.office_check import check_files
from bipdesk.ui.office_dialog import OfficeDialog
from tests.ui import office_support
from tests.ui.office_support import CARD, H1, add, another, registered, save

# the shared fixtures (tests/ui/office_support.py)
settings = office_support.settings
dialog = office_support.dialog
units = office_support.units


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
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"format": "bipdesk-aggregate", "version": 1, "k": 5}), "utf-8")
    add(qtbot, dialog, [good, other, garbage, copy, old])

    statuses = {dialog.paths[row].name: dialog.status_text(row) for row in range(5)}
    assert statuses["vaxjo.json"] == "OK" and statuses["alvesta.json"] == "OK"
    assert statuses["garbage.json"].startswith("Not JSON: The file is not JSON (error at line 1")
    assert statuses["vaxjo-copy.json"].startswith(
        "Same export twice: The file holds the same export as vaxjo.json"
    )
    assert statuses["old.json"] == (
        "Older BIP Desk: The file was made by an older BIP Desk (aggregate file version 1). "
        "Its figures cannot be added to those of this version: ask the unit to export the "
        "period again with this BIP Desk."
    )
    assert not dialog.can_save
    assert dialog.files.summary_label.text().startswith("3 of the files cannot be added together")
    assert not dialog.results_pane.showing_tables
    assert dialog.results_pane.empty_label.text().startswith("The tables appear when every file")
    dialog.grab().save(str(tmp_path / "bad.png"))

    dialog.files.file_table.selectRow(2)  # garbage.json, then the Delete key
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.files.file_table.setFocus()
    qtbot.waitUntil(dialog.files.file_table.hasFocus)
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        qtbot.keyClick(dialog.files.file_table, Qt.Key.Key_Delete)
    assert [p.name for p in dialog.paths] == [
        "vaxjo.json",
        "alvesta.json",
        "vaxjo-copy.json",
        "old.json",
    ]
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.remove_files([copy, old])
    assert dialog.can_save


def test_different_periods_are_added_together_only_when_allowed(
    qtbot: QtBot, dialog: OfficeDialog, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    vaxjo, alvesta = units
    spring = another(alvesta, period=H1)
    autumn_of_vaxjo = another(vaxjo, period=Period(date(2024, 9, 1), date(2025, 3, 31)))
    paths = [
        save(tmp_path, "vaxjo.json", vaxjo),
        save(tmp_path, "alvesta-h1.json", spring),
        save(tmp_path, "vaxjo-autumn.json", autumn_of_vaxjo),
    ]
    add(qtbot, dialog, paths)
    assert dialog.status_text(1) == (
        "Different period: The file covers 2024-01-01 – 2024-06-30, but vaxjo.json covers "
        "2024-01-01 – 2024-12-31. Files of different periods are added together only when "
        "mixed periods are allowed (the report then names every period); otherwise ask for "
        "files of the same period."
    )
    assert dialog.files.summary_label.text().endswith(
        "Files of different periods can be added together when you tick “Allow mixed periods”."
    )
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.files.mixed_check.setChecked(True)
    assert dialog.status_text(1) == "OK"
    # the same unit twice with overlapping periods stays refused: it counts people twice
    assert dialog.status_text(2).startswith(
        "Overlapping period: The period of unit Växjö (2024-09-01 – 2025-03-31) overlaps "
        "its period 2024-01-01 – 2024-12-31 in vaxjo.json"
    )
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.remove_files([paths[2]])
    assert dialog.can_save
    assert dialog.files.summary_label.text().endswith(
        "The files cover different periods; the report names each."
    )
    assert dialog.results_pane.scope_label.text() == (
        "Alvesta, Växjö — Jan 1, 2024 – Jun 30, 2024; Jan 1, 2024 – Dec 31, 2024"
    )


def test_other_cards_bands_protection_baseline_demo_and_versions(
    qtbot: QtBot, dialog: OfficeDialog, units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    from bipdesk.io.aggregate_file import to_json

    vaxjo, alvesta = units
    first = save(tmp_path, "vaxjo.json", vaxjo)
    bands = save(tmp_path, "bands.json", another(alvesta, unit="A", age_bands=("-29", "30-")))
    table = replace(alvesta.protection, ptable="bipdesk-d3-v1")
    ptable = save(tmp_path, "ptable.json", another(alvesta, unit="B", protection=table))
    baseline = save(tmp_path, "baseline.json", another(alvesta, unit="C", baseline="period"))
    demo = save(tmp_path, "demo.json", another(alvesta, unit="D", demo=True))
    version = tmp_path / "v3.json"
    version.write_text(json.dumps({"format": "bipdesk-aggregate", "version": 3}), "utf-8")
    data = to_json(another(alvesta, unit="Ljungby"))
    data["cells"][0]["sex"] = "female"
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(data), "utf-8")
    add(qtbot, dialog, [first, bands, ptable, baseline, demo, version, schema])
    statuses = {dialog.paths[row].name: dialog.status_text(row) for row in range(7)}
    assert statuses["bands.json"].startswith(
        "Different age bands: The file has the age bands -29, 30-, but vaxjo.json has -19,"
    )
    assert statuses["ptable.json"].startswith(
        "Different protection: The file is protected with the perturbation table "
        f"bipdesk-d3-v1, but vaxjo.json with {PTABLE_NAME}."
    )
    assert statuses["baseline.json"].startswith(
        "Different baseline: The file compares the latest measurement with the first "
        "measurement in the period, but vaxjo.json with the first measurement ever."
    )
    assert statuses["demo.json"].startswith(
        "Demo data: Demo data cannot be added to real data: demo.json was made from invented "
        "demo people."
    )
    assert statuses["v3.json"].startswith(
        "Other version: The file is an aggregate file of version 3; this BIP Desk reads version 2."
    )
    assert statuses["schema.json"].startswith(
        "Damaged file: The file does not follow the aggregate file format at cells/0/sex"
    )
    assert not dialog.can_save


def test_every_reason_of_the_merge_checks_is_explained(
    units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    """The window's checks find the very problems of `read_for_merge`, each with its kind."""
    vaxjo, alvesta = units
    good = save(tmp_path, "a.json", vaxjo)
    twice = tmp_path / "b.json"
    twice.write_bytes(good.read_bytes())
    card = save(
        tmp_path,
        "c.json",
        another(
            alvesta, card=CardInfo("other", 2, CARD.question_ids, 1, 10), age_bands=("-29", "30-")
        ),
    )
    questions = save(
        tmp_path,
        "d.json",
        another(
            alvesta,
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
    old = tmp_path / "h.json"
    old.write_text('{"format": "bipdesk-aggregate", "version": 1}', "utf-8")
    mixed = save(
        tmp_path,
        "i.json",
        another(
            alvesta,
            unit="Markaryd",
            period=H1,
            baseline="period",
            demo=True,
            protection=replace(alvesta.protection, ptable="x-table"),
        ),
    )
    missing = tmp_path / "gone.json"
    files = [good, twice, card, questions, utf, other_format, listed, old, mixed, missing]
    with pytest.raises(MergeError) as caught:
        read_for_merge(files)
    checked = check_files(files)  # reads each file once: the very same verdicts
    assert {str(f.path): f.problems for f in checked.files if f.problems} == {
        p.file: p.problems for p in caught.value.problems
    }
    assert not checked.ok
    kinds = {}
    for problem in caught.value.problems:
        kinds[Path(problem.file).name] = [str(p.kind) for p in problem.problems]
    assert kinds == {
        "b.json": ["Same export twice"],
        "c.json": ["Different card", "Different age bands"],
        "d.json": ["Different card"],
        "e.json": ["Not JSON"],
        "f.json": ["Other format"],
        "g.json": ["Other format"],
        "h.json": ["Older BIP Desk"],
        "i.json": ["Different protection", "Different baseline", "Demo data", "Different period"],
        "gone.json": ["Cannot be read"],
    }


def test_check_files_reads_each_file_once_and_sums_by_unit(
    units: tuple[AggregateFile, AggregateFile], tmp_path: Path
) -> None:
    vaxjo, alvesta = units
    spring = another(alvesta, period=Period(date(2025, 1, 1), date(2025, 6, 30)))
    paths = [
        save(tmp_path, "v.json", vaxjo),
        save(tmp_path, "a.json", alvesta),
        save(tmp_path, "s.json", spring),
    ]
    assert not check_files(paths).ok  # a third period: only when mixed periods are allowed
    result = check_files(paths, allow_mixed_periods=True)
    assert result.ok and list(result.units) == ["Växjö", "Alvesta"]
    assert [a.unit for a in result.aggregates] == ["Växjö", "Alvesta", "Alvesta"]
    both = result.units["Alvesta"]
    assert registered(both)[0] == 2 * registered(alvesta)[0]
    assert result.total is not None
    assert registered(result.total)[0] == registered(vaxjo)[0] + 2 * registered(alvesta)[0]


# -- adding files ------------------------------------------------------------------------------
