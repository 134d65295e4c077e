"""The participant list: a table model over plain overview rows and its filter proxy.

The model holds `ParticipantOverview` dataclasses from the core, never ORM
objects. Everything the filter and the sort need is computed once per
`set_rows` (casefolded search keys, due states, units, sort keys), so a
keystroke in the search field is plain Python over lists: no regular
expression per cell and no `data()` calls. Sorting is done by the model on
those keys; the proxy only filters, which keeps a filter change linear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from bipdesk.core.overview import ParticipantOverview
from bipdesk.core.participants import Sex
from bipdesk.core.scheduling import DueState
from bipdesk.ui.formatting import format_day

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Real values for sorting: dates as `date`, counts as `int`, text casefolded."""
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The participant code of the row, in every column."""

OVERDUE_FOREGROUND = QColor("#9b1c1c")
OVERDUE_BACKGROUND = QColor("#fde8e8")
MUTED_FOREGROUND = QColor("#6b6b6b")

_ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CODE = 0
    NAME = 1
    SEX = 2
    AGE_BAND = 3
    START = 4
    LAST_MEASUREMENT = 5
    NEXT_DUE = 6
    MEASUREMENTS = 7


class StatusFilter(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    ALL = "all"


class DueFilter(StrEnum):
    ALL = "all"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NEVER_MEASURED = "never_measured"


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
        # Precomputed per row, in row order (see _index_rows).
        self.code_keys: list[str] = []
        self.code_and_name_keys: list[str] = []
        self.states: list[DueState] = []
        self.units: list[str] = []
        self._day_text: dict[date, str] = {}

    # -- data in --------------------------------------------------------------

    def set_rows(self, rows: Sequence[ParticipantOverview]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._day_text.clear()
        self._index_rows()
        self.endResetModel()

    def _index_rows(self) -> None:
        self.code_keys = [row.participant.code.casefold() for row in self._rows]
        self.code_and_name_keys = [
            f"{code}\x00{(row.participant.name or '').casefold()}"
            for code, row in zip(self.code_keys, self._rows, strict=True)
        ]
        self.states = [row.due.state for row in self._rows]
        self.units = [row.participant.unit or "" for row in self._rows]

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
        return sorted({unit for unit in self.units if unit}, key=str.casefold)

    @property
    def show_names(self) -> bool:
        return self._show_names

    def set_show_names(self, show: bool) -> None:
        if show != self._show_names:
            self._show_names = show
            if self._rows:
                last = len(self._rows) - 1
                self.dataChanged.emit(self.index(0, Column.NAME), self.index(last, Column.NAME))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.NAME, Column.NAME)

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

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

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self.sort_key(index.row(), column)
        if role == CODE_ROLE:
            return row.participant.code
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.MEASUREMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == Column.NEXT_DUE:
            return self._due_decoration(row, role)
        return None

    def _day(self, day: date | None) -> str:
        if day is None:
            return "—"
        text = self._day_text.get(day)
        if text is None:
            text = self._day_text[day] = format_day(day)
        return text

    def _display(self, row: ParticipantOverview, column: Column) -> str:
        participant = row.participant
        if column == Column.CODE:
            return participant.code
        if column == Column.NAME:
            return (participant.name or "") if self._show_names else ""
        if column == Column.SEX:
            return self._sex_text(participant.sex)
        if column == Column.AGE_BAND:
            return row.age_band or "—"
        if column == Column.START:
            return self._day(participant.start_date)
        if column == Column.LAST_MEASUREMENT:
            return self._day(row.latest_measurement)
        if column == Column.NEXT_DUE:
            state = row.due.state
            if state is DueState.ENDED:
                return self.tr("Ended")
            if state is DueState.NEVER_MEASURED:
                return self.tr("Never measured")
            return self._day(row.due.due_date)
        return str(row.measurement_count)

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
                return QBrush(OVERDUE_FOREGROUND)
            if state in (DueState.ENDED, DueState.NEVER_MEASURED):
                return QBrush(MUTED_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND) if overdue else None
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and overdue:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._due_tooltip(row)
        return None

    def _due_tooltip(self, row: ParticipantOverview) -> str:
        state, due = row.due.state, row.due.due_date
        if state is DueState.ENDED:
            return self.tr("Participation has ended; no measurement is due.")
        if state is DueState.NEVER_MEASURED:
            return self.tr("Never measured: the first measurement is due now.")
        assert due is not None
        days = (due - self._today()).days
        if state is DueState.OVERDUE:
            return self.tr("Overdue by %n day(s): it was due on {date}.", "", -days).format(
                date=self._day(due)
            )
        if state is DueState.DUE_SOON:
            return self.tr("Due soon: in %n day(s), on {date}.", "", days).format(
                date=self._day(due)
            )
        return self.tr("Next measurement due on {date}.").format(date=self._day(due))

    # -- sorting ---------------------------------------------------------------

    def sort_key(self, row_number: int, column: Column) -> Any:
        """The real value a column sorts by (None when there is none)."""
        row = self._rows[row_number]
        participant = row.participant
        if column == Column.CODE:
            return self.code_keys[row_number]
        if column == Column.NAME:
            return (participant.name or "").casefold() if self._show_names else ""
        if column == Column.SEX:
            return self._sex_text(participant.sex).casefold()
        if column == Column.AGE_BAND:
            return row.age_band
        if column == Column.START:
            return participant.start_date
        if column == Column.LAST_MEASUREMENT:
            return row.latest_measurement
        if column == Column.NEXT_DUE:
            return row.due.due_date
        return row.measurement_count

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by the real values of `column`; ties keep code order.

        Empty values go last in both directions.
        """
        if not 0 <= column < len(Column) or not self._rows:
            return
        key_column = Column(column)
        keys = [self.sort_key(n, key_column) for n in range(len(self._rows))]
        by_code = sorted(range(len(self._rows)), key=self.code_keys.__getitem__)
        present = [n for n in by_code if keys[n] is not None]
        missing = [n for n in by_code if keys[n] is None]
        # Python's sort is stable with reverse=True too: ties stay in code order.
        present.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        new_order = present + missing
        self.layoutAboutToBeChanged.emit()
        old_to_new = {old: new for new, old in enumerate(new_order)}
        persistent = self.persistentIndexList()
        self._rows = [self._rows[n] for n in new_order]
        self._index_rows()
        self.changePersistentIndexList(
            persistent,
            [self.index(old_to_new[index.row()], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()


class ParticipantFilterProxy(QSortFilterProxyModel):
    """Search, status, unit and due filters over a `ParticipantTableModel`.

    Filtering is computed in one pass over the model's precomputed keys;
    `filterAcceptsRow` only looks the answer up. Sorting is delegated to the
    source model, so a filter change never re-sorts.
    """

    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._status = StatusFilter.ACTIVE
        self._unit = ""
        self._due = DueFilter.ALL
        self._show_names = True
        self._accepted: list[bool] = []
        self.setDynamicSortFilter(False)

    # -- source ----------------------------------------------------------------

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt override
        if not isinstance(model, ParticipantTableModel):
            raise TypeError("ParticipantFilterProxy filters a ParticipantTableModel")
        old = self.sourceModel()
        if isinstance(old, ParticipantTableModel):
            old.modelReset.disconnect(self._recompute)
            old.layoutChanged.disconnect(self._recompute)
        # Recompute before the proxy rebuilds its mapping on reset/relayout.
        model.modelReset.connect(self._recompute)
        model.layoutChanged.connect(self._recompute)
        self._show_names = model.show_names
        super().setSourceModel(model)
        self._recompute()

    def table_model(self) -> ParticipantTableModel:
        model = self.sourceModel()
        assert isinstance(model, ParticipantTableModel)
        return model

    # -- filters -----------------------------------------------------------------

    @property
    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold().replace("\x00", "")
        if needle != self._search:
            self._search = needle
            self._apply()

    def set_status(self, status: StatusFilter | str) -> None:
        status = StatusFilter(status)
        if status != self._status:
            self._status = status
            self._apply()

    def set_unit(self, unit: str) -> None:
        """Only participants of `unit`; the empty string means every unit."""
        if unit != self._unit:
            self._unit = unit
            self._apply()

    def set_due(self, due: DueFilter | str) -> None:
        due = DueFilter(due)
        if due != self._due:
            self._due = due
            self._apply()

    @property
    def show_names(self) -> bool:
        return self._show_names

    def set_show_names(self, show: bool) -> None:
        """Hide the name column and leave names out of the search, or show them."""
        if show == self._show_names:
            return
        self._show_names = show
        model = self.sourceModel()
        if isinstance(model, ParticipantTableModel):
            model.set_show_names(show)
        self.beginFilterChange()
        self._accepted = self._accepted_rows()
        self.endFilterChange(QSortFilterProxyModel.Direction.Both)
        self.filter_changed.emit()

    def _apply(self) -> None:
        accepted = self._accepted_rows()
        if accepted != self._accepted:
            # begin before the answers change: the proxy maps any rows it has
            # not seen yet with the old answers, then compares.
            self.beginFilterChange()
            self._accepted = accepted
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        # else the same rows as before (say "D" when every code starts with D):
        # no need to ask the proxy to look at 20,000 rows again.
        self.filter_changed.emit()

    def _recompute(self) -> None:
        self._accepted = self._accepted_rows()

    def _accepted_rows(self) -> list[bool]:
        model = self.sourceModel()
        if not isinstance(model, ParticipantTableModel):
            return []
        keys = model.code_and_name_keys if self._show_names else model.code_keys
        needle = self._search
        accepted = [needle in key for key in keys] if needle else [True] * len(keys)
        if self._status is not StatusFilter.ALL:
            want_ended = self._status is StatusFilter.ENDED
            ended = DueState.ENDED
            accepted = [
                ok and ((state is ended) == want_ended)
                for ok, state in zip(accepted, model.states, strict=True)
            ]
        if self._unit:
            unit = self._unit
            accepted = [ok and u == unit for ok, u in zip(accepted, model.units, strict=True)]
        if self._due is not DueFilter.ALL:
            wanted = DueState(self._due.value)
            accepted = [
                ok and state is wanted for ok, state in zip(accepted, model.states, strict=True)
            ]
        return accepted

    def filterAcceptsRow(self, source_row: int, source_parent: _ModelIndex) -> bool:  # noqa: N802
        accepted = self._accepted
        return source_row < len(accepted) and accepted[source_row]

    def filterAcceptsColumn(self, source_column: int, source_parent: _ModelIndex) -> bool:  # noqa: N802
        return self._show_names or source_column != Column.NAME

    # -- sorting and lookup --------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model by the proxy column's real values."""
        if column < 0:
            return
        source_column = self._source_column(column)
        if source_column >= 0:
            self.table_model().sort(source_column, order)

    def _source_column(self, proxy_column: int) -> int:
        visible = [c for c in Column if self._show_names or c != Column.NAME]
        return int(visible[proxy_column]) if 0 <= proxy_column < len(visible) else -1

    def proxy_column(self, column: Column) -> int:
        """The proxy column showing `column`, or -1 when it is hidden."""
        visible = [c for c in Column if self._show_names or c != Column.NAME]
        return visible.index(column) if column in visible else -1

    def overview_at(self, proxy_row: int) -> ParticipantOverview:
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.table_model().overview_at(source.row())

    def accepted_count(self) -> int:
        return self.rowCount()
