"""What the project-office window tests share: two units' files (v2, made by
`build_aggregate`), the window, and reading its tables."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from bipdesk.core.aggregation import ALL, PARTICIPANTS, REGISTERED
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import AggregateFile, write_aggregate
from bipdesk.ui.office_dialog import OfficeDialog
from tests.reports.office_data import export
from tests.reports.support import standard_card
from tests.seed_units import seed_003

CARD = standard_card()
H1 = Period(date(2024, 1, 1), date(2024, 6, 30))


@pytest.fixture(scope="module")
def units() -> tuple[AggregateFile, AggregateFile]:
    """Växjö: the whole seed-003 unit (267 people); Alvesta: 60 of them."""
    participants, measurements = seed_003()
    small = participants[100:160]
    return (
        export("Växjö", participants, measurements),
        export("Alvesta", small, {p.code: measurements.get(p.code, []) for p in small}),
    )


def save(tmp_path: Path, name: str, aggregate_file: AggregateFile) -> Path:
    path = tmp_path / name
    write_aggregate(path, aggregate_file)
    return path


def another(aggregate_file: AggregateFile, **changes: object) -> AggregateFile:
    """The same figures as another export (a new export id)."""
    return replace(aggregate_file, export_id=str(uuid.uuid4()), **changes)  # type: ignore[arg-type]


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


def item(
    dialog: OfficeDialog, table: str, row_start: tuple[str, ...], header: str
) -> QTableWidgetItem:
    """The item in the row starting with `row_start`, under the header `header` (unwrapped)."""
    widget = dialog.results_pane.tables[table]
    headers = [
        widget.horizontalHeaderItem(c).text().replace("\n", " ")
        for c in range(widget.columnCount())
    ]
    column = headers.index(header)
    for row in range(widget.rowCount()):
        start = tuple(widget.item(row, c).text() for c in range(len(row_start)))
        if start == row_start:
            found = widget.item(row, column)
            assert found is not None
            return found
    raise KeyError(row_start)


def shown(dialog: OfficeDialog, table: str, row_start: tuple[str, ...], header: str) -> str:
    return item(dialog, table, row_start, header).text()


def registered(aggregate_file: AggregateFile, sex: str = ALL, band: str = ALL) -> tuple[int, int]:
    cell = aggregate_file.cell(PARTICIPANTS, REGISTERED, sex=sex, age_band=band)
    assert cell is not None and isinstance(cell.value, int)
    return cell.value, cell.margin or 0


# -- the merged tables ---------------------------------------------------------------------
