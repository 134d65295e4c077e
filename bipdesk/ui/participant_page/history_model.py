"""The rows of the participant's list of measurements: date, card, mean and change.

Each measurement is compared with the previous one of the same card (the core's
`compare`), so the change column never mixes cards.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from bipdesk.core.measurements import Measurement, chronological
from bipdesk.core.progression import compare
from bipdesk.ui.contrast import readable_colour
from bipdesk.ui.formatting import change_text, format_day, format_number
from bipdesk.ui.participant_page.part import ERROR_COLOUR, GOOD_COLOUR


def signed_number(value: float) -> str:
    """'▲ +0.8', '▼ −0.8' or '= 0.0', as in the change table and on the sheet."""
    return change_text(value, 1)


@dataclass(frozen=True)
class HistoryRow:
    measurement: Measurement
    mean: float | None
    change: Fraction | None
    """Against the previous measurement of the same card; None for the first or not comparable."""
    previous: Measurement | None
    compared: int
    """How many questions were answered in both."""


def history_rows(measurements: list[Measurement]) -> list[HistoryRow]:
    """Newest first; each row compared with the previous measurement of its card id."""
    rows: list[HistoryRow] = []
    last_of_card: dict[str, Measurement] = {}
    for measurement in chronological(measurements):
        previous = last_of_card.get(measurement.card.id)
        change: Fraction | None = None
        compared = 0
        if previous is not None:
            result = compare(previous, measurement)
            change, compared = result.change, len(result.compared_questions)
        rows.append(HistoryRow(measurement, measurement.mean(), change, previous, compared))
        last_of_card[measurement.card.id] = measurement
    rows.reverse()
    return rows


class HistoryModel(QAbstractTableModel):
    """Measurements of one participant as plain rows: date, card, mean, change."""

    DATE, CARD, MEAN, CHANGE, NOTE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_measurements(self, measurements: list[Measurement]) -> None:
        self.beginResetModel()
        self._rows = history_rows(measurements)
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("Card"),
            self.tr("Mean score"),
            self.tr("Change"),
            self.tr("Note"),
        )[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return (
                row.measurement.date,
                str(row.measurement.card),
                row.mean,
                None if row.change is None else float(row.change),
                row.measurement.note,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MEAN, self.CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHANGE and row.change:
            return QBrush(QColor(readable_colour(GOOD_COLOUR if row.change > 0 else ERROR_COLOUR)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row: HistoryRow, column: int) -> str:
        if column == self.DATE:
            return format_day(row.measurement.date)
        if column == self.CARD:
            return str(row.measurement.card)
        if column == self.MEAN:
            return "—" if row.mean is None else format_number(row.mean, 1)
        if column == self.NOTE:
            return " ".join((row.measurement.note or "").split())
        if row.previous is None or row.change is None:
            return "—"
        return signed_number(float(row.change))

    def _tooltip(self, row: HistoryRow, column: int) -> str | None:
        if column == self.NOTE:
            return row.measurement.note or None
        if column == self.MEAN:
            answered = len(row.measurement.answered)
            return self.tr("Mean of the {count} answered questions.").format(count=answered)
        if column != self.CHANGE:
            return None
        if row.previous is None:
            return self.tr("The first measurement with this card.")
        if row.change is None:
            return self.tr(
                "No question was answered both here and in the measurement of {date}."
            ).format(date=format_day(row.previous.date))
        return self.tr(
            "Compared with the measurement of {date}, over the {count} questions answered in both."
        ).format(date=format_day(row.previous.date), count=row.compared)
