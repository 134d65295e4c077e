"""The participant table's model: one row per participant over the core's plain
`ParticipantOverview` rows (never ORM objects), its cells as shown, and its sort.

Painting asks for cells many times, so a row's display texts are made once and
kept. The search keys, due states and units the filter reads are made once per
`set_rows`; the sort is stable over the rows in code order, so ties keep it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from bipdesk.core.overview import ParticipantOverview
from bipdesk.core.participants import Sex
from bipdesk.core.scheduling import DueState
from bipdesk.core.swedish_order import sort_key
from bipdesk.ui.formatting import format_day
from bipdesk.ui.participant_table.columns import CODE_ROLE, SORT_ROLE, Column

OVERDUE_FOREGROUND = QColor("#9b1c1c")
OVERDUE_BACKGROUND = QColor("#fde8e8")
MUTED_FOREGROUND = QColor("#6b6b6b")

_ModelIndex = QModelIndex | QPersistentModelIndex

_COLUMN_COUNT = len(Column)
_DUE = int(Column.NEXT_DUE)
_COUNT = int(Column.MEASUREMENTS)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_DUE_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)


class ParticipantTableModel(QAbstractTableModel):
    """One row per participant, columns as in `Column`."""

    def __init__(
        self,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[ParticipantOverview] = []
        self._show_names = True
        # The rows in code order, with what filtering needs precomputed for
        # each; `_order[n]` is the base index of row n as currently sorted.
        self._base: list[ParticipantOverview] = []
        self._base_code_keys: list[str] = []
        self._base_code_and_name_keys: list[str] = []
        self._base_states: list[DueState] = []
        self._base_units: list[str] = []
        self._order: list[int] = []
        # The same, in row order: the filter proxy reads these.
        self.code_keys: list[str] = []
        self.code_and_name_keys: list[str] = []
        self.states: list[DueState] = []
        self.units: list[str] = []
        self._day_text: dict[date, str] = {}
        self._texts: dict[int, tuple[str, ...]] = {}
        """Display texts by row number, made when a row is first painted."""
        # Made once: painting asks for them on every visible overdue cell.
        self._overdue_foreground = QBrush(OVERDUE_FOREGROUND)
        self._overdue_background = QBrush(OVERDUE_BACKGROUND)
        self._muted_foreground = QBrush(MUTED_FOREGROUND)
        self._bold_font = QFont()
        self._bold_font.setBold(True)
        self._warning_icon: QIcon | None = None

    # -- data in --------------------------------------------------------------

    def set_rows(self, rows: Sequence[ParticipantOverview]) -> None:
        """Show `rows` in code order (`sort` orders them otherwise)."""
        self.beginResetModel()
        base = sorted(rows, key=lambda row: sort_key(row.participant.code))
        self._base = base
        self._base_code_keys = codes = [row.participant.code.casefold() for row in base]
        self._base_code_and_name_keys = [
            f"{code}\x00{(row.participant.name or '').casefold()}"
            for code, row in zip(codes, base, strict=True)
        ]
        self._base_states = [row.due.state for row in base]
        self._base_units = [row.participant.unit or "" for row in base]
        self._day_text.clear()
        self._arrange(list(range(len(base))))
        self.endResetModel()

    def _arrange(self, order: list[int]) -> None:
        """Put the base rows in `order` (a permutation of base indices)."""
        self._order = order
        self._texts.clear()
        self._rows = [self._base[n] for n in order]
        self.code_keys = [self._base_code_keys[n] for n in order]
        self.code_and_name_keys = [self._base_code_and_name_keys[n] for n in order]
        self.states = [self._base_states[n] for n in order]
        self.units = [self._base_units[n] for n in order]

    def overview_at(self, row: int) -> ParticipantOverview:
        return self._rows[row]

    def rows(self) -> list[ParticipantOverview]:
        return list(self._rows)

    def row_of(self, code: str) -> int | None:
        for number, row in enumerate(self._rows):
            if row.participant.code == code:
                return number
        return None

    def unit_names(self) -> list[str]:
        return sorted({unit for unit in self.units if unit}, key=sort_key)

    @property
    def show_names(self) -> bool:
        return self._show_names

    def set_show_names(self, show: bool) -> None:
        if show != self._show_names:
            self._show_names = show
            self._texts.clear()
            if self._rows:
                last = len(self._rows) - 1
                self.dataChanged.emit(self.index(0, Column.NAME), self.index(last, Column.NAME))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.NAME, Column.NAME)

    # -- QAbstractTableModel ---------------------------------------------------

    # Painting asks rowCount, columnCount and data several times per visible
    # cell, so these stay lean: plain ints, no enum construction.

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_titles()[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(Column(section))
        return None

    def _header_titles(self) -> dict[Column, str]:
        return {
            Column.CODE: self.tr("Code"),
            Column.NAME: self.tr("Name"),
            Column.SEX: self.tr("Sex"),
            Column.AGE_BAND: self.tr("Age"),
            Column.START: self.tr("Start"),
            Column.LAST_MEASUREMENT: self.tr("Last measurement"),
            Column.NEXT_DUE: self.tr("Next due"),
            Column.MEASUREMENTS: self.tr("Measurements"),
        }

    def _header_tips(self) -> dict[Column, str]:
        return {
            Column.AGE_BAND: self.tr("Age band in the year of the first measurement."),
            Column.NEXT_DUE: self.tr("When the next measurement is due."),
            Column.MEASUREMENTS: self.tr("Number of measurements so far."),
        }

    def data(self, index: _ModelIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            number = index.row()
            texts = self._texts.get(number)
            if texts is None:
                texts = self._texts[number] = self._display_texts(self._rows[number])
            return texts[index.column()]
        column = index.column()
        if role in _DUE_ROLES:
            return self._due_decoration(self._rows[index.row()], role) if column == _DUE else None
        if role == CODE_ROLE:
            return self._rows[index.row()].participant.code
        if role == _ALIGNMENT:
            return _CENTER if column == _COUNT else None
        if role == SORT_ROLE:
            return self.sort_key(index.row(), Column(column))
        return None

    def _day(self, day: date | None) -> str:
        if day is None:
            return "—"
        text = self._day_text.get(day)
        if text is None:
            text = self._day_text[day] = format_day(day)
        return text

    def _display_texts(self, row: ParticipantOverview) -> tuple[str, ...]:
        """The eight cells of a row as shown, in Column order."""
        participant = row.participant
        state = row.due.state
        if state is DueState.ENDED:
            due = self.tr("Ended")
        elif state is DueState.NEVER_MEASURED:
            due = self.tr("Never measured")
        else:
            due = self._day(row.due.due_date)
        return (
            participant.code,
            (participant.name or "") if self._show_names else "",
            self._sex_text(participant.sex),
            row.age_band or "—",
            self._day(participant.start_date),
            self._day(row.latest_measurement),
            due,
            str(row.measurement_count),
        )

    def _sex_text(self, sex: Sex) -> str:
        return {
            Sex.WOMEN: self.tr("Woman"),
            Sex.MEN: self.tr("Man"),
            Sex.OTHER: self.tr("Other"),
            Sex.UNKNOWN: self.tr("Not known"),
        }[Sex(sex)]

    def _due_decoration(self, row: ParticipantOverview, role: int) -> Any:
        state = row.due.state
        overdue = state is DueState.OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return self._overdue_foreground
            if state in (DueState.ENDED, DueState.NEVER_MEASURED):
                return self._muted_foreground
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._overdue_background if overdue else None
        if role == Qt.ItemDataRole.FontRole and overdue:
            return self._bold_font
        if role == Qt.ItemDataRole.DecorationRole and overdue:
            return self._overdue_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._due_tooltip(row)
        return None

    def _overdue_icon(self) -> QIcon:
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        return self._warning_icon

    def _due_tooltip(self, row: ParticipantOverview) -> str:
        state, due = row.due.state, row.due.due_date
        if state is DueState.ENDED:
            return self.tr("Participation has ended; no measurement is due.")
        if state is DueState.NEVER_MEASURED:
            return self.tr("Never measured: the first measurement is due now.")
        assert due is not None
        days = (due - self._today()).days
        if state is DueState.OVERDUE:
            if days == -1:
                text = self.tr("Overdue by 1 day: it was due on {date}.")
            else:
                text = self.tr("Overdue by {days} days: it was due on {date}.")
        elif state is DueState.DUE_SOON:
            if days == 0:
                text = self.tr("Due today.")
            elif days == 1:
                text = self.tr("Due soon: tomorrow, on {date}.")
            else:
                text = self.tr("Due soon: in {days} days, on {date}.")
        else:
            text = self.tr("Next measurement due on {date}.")
        return text.format(days=abs(days), date=self._day(due))

    # -- sorting ---------------------------------------------------------------

    def sort_key(self, row_number: int, column: Column) -> Any:
        """The real value a column sorts by (None when there is none)."""
        return self._key_function(column)(self._rows[row_number])

    def _key_function(self, column: Column) -> Callable[[ParticipantOverview], Any]:
        if column == Column.CODE:
            return lambda row: sort_key(row.participant.code)
        if column == Column.NAME:
            if not self._show_names:
                return lambda row: ""
            return lambda row: sort_key(row.participant.name or "")
        if column == Column.SEX:
            texts = {sex: sort_key(self._sex_text(sex)) for sex in Sex}
            return lambda row: texts[Sex(row.participant.sex)]
        if column == Column.AGE_BAND:
            return lambda row: row.age_band
        if column == Column.START:
            return lambda row: row.participant.start_date
        if column == Column.LAST_MEASUREMENT:
            return lambda row: row.latest_measurement
        if column == Column.NEXT_DUE:
            return lambda row: row.due.due_date
        return lambda row: row.measurement_count

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by the real values of `column`; ties keep code order.

        Empty values go last in both directions.
        """
        if not 0 <= column < len(Column) or not self._rows:
            return
        keys = list(map(self._key_function(Column(column)), self._base))
        present = [n for n, key in enumerate(keys) if key is not None]
        missing = [n for n, key in enumerate(keys) if key is None]
        # The base is in code order and Python's sort is stable, with
        # reverse=True too: ties stay in code order.
        present.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        new_order = present + missing
        if new_order == self._order:
            return
        self.layoutAboutToBeChanged.emit()
        position = [0] * len(new_order)
        for new_row, base_index in enumerate(new_order):
            position[base_index] = new_row
        old_order = self._order
        persistent = self.persistentIndexList()
        self._arrange(new_order)
        self.changePersistentIndexList(
            persistent,
            [self.index(position[old_order[index.row()]], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()
