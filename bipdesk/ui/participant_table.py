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
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.overview import ParticipantOverview
from bipdesk.core.participants import Sex
from bipdesk.core.scheduling import DUE_SOON_DAYS, DueState
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
        base = sorted(rows, key=lambda row: row.participant.code.casefold())
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
        return sorted({unit for unit in self.units if unit}, key=str.casefold)

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
            return lambda row: row.participant.code.casefold()
        if column == Column.NAME:
            if not self._show_names:
                return lambda row: ""
            return lambda row: (row.participant.name or "").casefold()
        if column == Column.SEX:
            texts = {sex: self._sex_text(sex).casefold() for sex in Sex}
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


class ParticipantListPage(QWidget):
    """Search field, filters and the participant table; Enter or double-click opens a row."""

    participant_requested = Signal(str)

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = ParticipantTableModel(today, self)
        self.proxy = ParticipantFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("participant_search")
        self.search_edit.setPlaceholderText(self.tr("Search by code or name"))
        self.search_edit.setAccessibleName(self.tr("Search participants"))
        self.search_edit.setClearButtonEnabled(True)
        for button in self.search_edit.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear search"))
        self.search_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_edit)

        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Show active, ended or all participants"))
        self.status_combo.addItem(self.tr("Active"), StatusFilter.ACTIVE.value)
        self.status_combo.addItem(self.tr("Ended"), StatusFilter.ENDED.value)
        self.status_combo.addItem(self.tr("All"), StatusFilter.ALL.value)
        status_label = QLabel(self.tr("S&tatus:"), self)
        status_label.setBuddy(self.status_combo)

        self.unit_combo = QComboBox(self)
        self.unit_combo.setAccessibleName(self.tr("Show participants of one unit"))
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_combo.addItem(self.tr("All units"), "")
        self.unit_label = QLabel(self.tr("&Unit:"), self)
        self.unit_label.setBuddy(self.unit_combo)

        self.due_combo = QComboBox(self)
        self.due_combo.setAccessibleName(self.tr("Filter by next due date"))
        self.due_combo.addItem(self.tr("Any"), DueFilter.ALL.value)
        self.due_combo.addItem(
            self.tr("Due within {days} days").format(days=DUE_SOON_DAYS), DueFilter.DUE_SOON.value
        )
        self.due_combo.addItem(self.tr("Overdue"), DueFilter.OVERDUE.value)
        self.due_combo.addItem(self.tr("Never measured"), DueFilter.NEVER_MEASURED.value)
        due_label = QLabel(self.tr("&Due:"), self)
        due_label.setBuddy(self.due_combo)

        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setObjectName("participant_table")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(int(self.fontMetrics().height() * 1.8))
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.default_widths()
        self.table.activated.connect(self._open_index)

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 2)
        filters.addSpacing(12)
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.unit_label)
        filters.addWidget(self.unit_combo)
        filters.addWidget(due_label)
        filters.addWidget(self.due_combo)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.setTabOrder(self.search_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.unit_combo)
        self.setTabOrder(self.unit_combo, self.due_combo)
        self.setTabOrder(self.due_combo, self.table)

        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.search_edit.returnPressed.connect(self._search_entered)
        self.search_edit.installEventFilter(self)
        self.status_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status_combo.currentData())
        )
        self.unit_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_unit(self.unit_combo.currentData() or "")
        )
        self.due_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_due(self.due_combo.currentData())
        )
        self.proxy.filter_changed.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self._update_units()
        self._update_count()

    # -- data ----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ParticipantOverview]) -> None:
        """Show new rows, keeping the sort order, the filters and the selected participant."""
        selected = self.selected_code()
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_units()
        self._update_count()
        if selected is not None:
            self.select_code(selected)

    def set_show_names(self, show: bool) -> None:
        self.proxy.set_show_names(show)
        self.search_edit.setPlaceholderText(
            self.tr("Search by code or name") if show else self.tr("Search by code")
        )

    def set_due_filter(self, due: DueFilter | str) -> None:
        """Select a due filter (and every status that can have it)."""
        due = DueFilter(due)
        self.status_combo.setCurrentIndex(self.status_combo.findData(StatusFilter.ACTIVE.value))
        self.due_combo.setCurrentIndex(self.due_combo.findData(due.value))

    def _update_units(self) -> None:
        current = self.unit_combo.currentData() or ""
        units = self.model.unit_names()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("All units"), "")
        for unit in units:
            self.unit_combo.addItem(unit, unit)
        index = self.unit_combo.findData(current)
        self.unit_combo.setCurrentIndex(max(0, index))
        self.unit_combo.blockSignals(False)
        self.proxy.set_unit(self.unit_combo.currentData() or "")
        has_units = bool(units)
        self.unit_combo.setVisible(has_units)
        self.unit_label.setVisible(has_units)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 1:
            text = self.tr("Showing {shown} of 1 participant.")
        else:
            text = self.tr("Showing {shown} of {total} participants.")
        self.count_label.setText(text.format(shown=shown, total=total))

    # -- selection and opening -----------------------------------------------------

    def selected_code(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(CODE_ROLE)) if index.isValid() else None

    def select_code(self, code: str) -> bool:
        source_row = self.model.row_of(code)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.participant_requested.emit(str(index.data(CODE_ROLE)))

    def _search_entered(self) -> None:
        """Enter in the search field opens the only match, or moves to the first row."""
        if self.proxy.rowCount() == 1:
            self._open_index(self.proxy.index(0, 0))
        elif self.proxy.rowCount() > 1:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.proxy.rowCount()
        ):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    # -- column widths -------------------------------------------------------------

    def default_widths(self) -> None:
        """Widths that fit the header and typical content in the current font."""
        metrics = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        header_metrics = self.table.horizontalHeader().fontMetrics()
        em = metrics.horizontalAdvance("M")
        longest_day = max(
            (format_day(date(2026, month, 28)) for month in range(1, 13)),
            key=bold_metrics.horizontalAdvance,
        )
        day = bold_metrics.horizontalAdvance(longest_day)
        samples = {
            Column.CODE: metrics.horizontalAdvance("D00000M"),
            Column.NAME: em * 12,
            Column.SEX: metrics.horizontalAdvance(self.tr("Not known")),
            Column.AGE_BAND: metrics.horizontalAdvance("20-29"),
            Column.START: day,
            Column.LAST_MEASUREMENT: day,
            Column.NEXT_DUE: day + metrics.height() + em,  # room for the warning icon
            Column.MEASUREMENTS: metrics.horizontalAdvance("99"),
        }
        for column, width in samples.items():
            proxy_column = self.proxy.proxy_column(column)
            if proxy_column < 0:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # the sort arrow needs room beside the title
            title_width = header_metrics.horizontalAdvance(title) + 3 * em
            self.table.setColumnWidth(proxy_column, max(width + 2 * em, title_width))
