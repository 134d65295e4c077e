"""The table beside the spider chart: every ticked measurement, oldest first.

One column per compared measurement (headed by its date) and the change from
the first to the latest; the question labels wrap rather than being cut, with
the whole question as the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bipdesk.reports.changes import ChangeTable
from bipdesk.reports.texts import format_day as format_day_in
from bipdesk.reports.texts import format_number, signed

DASH = "–"
UP_COLOUR = "#00695c"
DOWN_COLOUR = "#b23c00"


def change_cell_text(change: float | None, mark: str | None, language: str, digits: int) -> str:
    """'▲ +4', '▼ −0,5', '= 0'; empty when there is no change to show."""
    if change is None or mark is None:
        return ""
    return f"{mark} {signed(change, language, digits)}"


def two_lines(day: str) -> str:
    """'May 22, 2025' as 'May 22,' over '2025', so that six dates fit side by side."""
    head, _space, year = day.rpartition(" ")
    return f"{head}\n{year}" if head else day


class CompareTable(QTableWidget):
    """Question, one column per compared measurement, change; a mean row last."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 1, parent)
        self.language = language
        self.setAccessibleName(self.tr("Change table"))
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As tall as its rows: the page around it scrolls, not the table.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A wrapped label needs its row to grow when the question column narrows.
        self.horizontalHeader().sectionResized.connect(lambda *_: self.resizeRowsToContents())

    @property
    def change_column(self) -> int:
        return self.columnCount() - 1

    def show_table(self, table: ChangeTable | None) -> None:
        """Fill the table from `table` (None or no measurement: empty)."""
        measurements = table.measurements if table is not None else ()
        rows = table.rows if table is not None else ()
        headers = [self.tr("Question")]
        headers += [two_lines(format_day_in(m.date, self.language)) for m in measurements]
        headers.append(self.tr("Change"))
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(rows) + (1 if rows else 0))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnHidden(self.change_column, len(measurements) < 2)
        for index, row in enumerate(rows):
            values = [row.label]
            values += [DASH if answer is None else str(answer) for answer in row.answers]
            mark = row.trend.mark if row.trend else None
            values.append(change_cell_text(row.change, mark, self.language, 0))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setToolTip(row.text)
                self.setItem(index, column, cell)
            self._colour_change(index, row.change)
        if table is not None and rows:
            self._mean_row(table, len(rows))
        self.resizeRowsToContents()

    def _mean_row(self, table: ChangeTable, row: int) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        values = [self.tr("Mean")]
        values += [DASH if m is None else format_number(m, self.language, 1) for m in table.means]
        mark = table.mean_trend.mark if table.mean_trend else None
        values.append(change_cell_text(table.mean_change, mark, self.language, 1))
        for column, value in enumerate(values):
            cell = QTableWidgetItem(value)
            cell.setFont(bold)
            if column:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, column, cell)

    def _colour_change(self, row: int, change: int | None) -> None:
        cell = self.item(row, self.change_column)
        if cell is None or change is None or change == 0:
            return
        cell.setForeground(QBrush(QColor(UP_COLOUR if change > 0 else DOWN_COLOUR)))

    def row_texts(self, row: int) -> list[str]:
        """What a row shows, column by column (for tests and screen readers)."""
        items = (self.item(row, c) for c in range(self.columnCount()))
        return [item.text() if item is not None else "" for item in items]

    def header_texts(self) -> list[str]:
        items = (self.horizontalHeaderItem(c) for c in range(self.columnCount()))
        return [item.text() if item is not None else "" for item in items]
