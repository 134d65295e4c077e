"""The project-office window in Swedish: each file's problems as the command line
says them (bipdesk.io.merge_problems), with the files' names, never re-worded."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.ui.office_dialog import OfficeDialog
from tests.ui import office_support
from tests.ui.export_fixtures import ARTIFACTS, fixture_in_swedish
from tests.ui.office_support import H1, add, another, save

settings = office_support.settings
units = office_support.units
in_swedish = fixture_in_swedish


def test_the_office_refuses_files_in_swedish(
    in_swedish: None,
    qtbot: QtBot,
    qapp: QApplication,
    settings: object,
    units: tuple[AggregateFile, AggregateFile],
    tmp_path: Path,
) -> None:
    vaxjo, alvesta = units
    good = save(tmp_path, "vaxjo.json", vaxjo)
    bands = save(tmp_path, "alvesta.json", another(alvesta, age_bands=("-29", "30-")))
    spring = save(tmp_path, "ljungby-h1.json", another(alvesta, unit="Ljungby", period=H1))
    old = tmp_path / "gammal.json"
    old.write_text(json.dumps({"format": "bipdesk-aggregate", "version": 1}), "utf-8")
    dialog = OfficeDialog(settings)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.resize(1200, 760)
    dialog.show()
    add(qtbot, dialog, [good, bands, spring, old])

    statuses = {dialog.paths[row].name: dialog.status_text(row) for row in range(4)}
    assert statuses["vaxjo.json"] == "OK"
    assert statuses["alvesta.json"] == (
        "Andra åldersgrupper: Filen har åldersgrupperna -29, 30-, men vaxjo.json har "
        + ", ".join(vaxjo.age_bands)
        + ". Bara filer med samma åldersgrupper kan läggas ihop."
    )
    assert statuses["ljungby-h1.json"] == (
        "Annan period: Filen gäller 2024-01-01 – 2024-06-30, men vaxjo.json gäller 2024-01-01 – "
        "2024-12-31. Filer från olika perioder läggs bara ihop när blandade perioder är "
        "tillåtna (rapporten anger då varje period); be annars om filer för samma period."
    )
    assert statuses["gammal.json"].startswith(
        "Äldre BIP Desk: Filen är gjord med en äldre BIP Desk (sammanställningsfil version 1)."
    )
    summary = dialog.files.summary_label.text()
    assert summary.startswith("3 av filerna kan inte läggas ihop med de andra")
    assert summary.endswith(
        "Filer från olika perioder kan läggas ihop om du kryssar i ”Tillåt blandade perioder”."
    )
    [problem] = dialog.problems(spring)
    assert problem.kind.said("sv") == "Annan period"
    ARTIFACTS.mkdir(exist_ok=True)
    qtbot.wait(200)
    dialog.grab().save(str(ARTIFACTS / "office_refusals_sv.png"))
    dialog.wait()
