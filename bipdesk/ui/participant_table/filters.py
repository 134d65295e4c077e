"""The participant list's filters: search by code or name, status, unit and due date,
as a proxy over `ParticipantTableModel`."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from bipdesk.core.overview import ParticipantOverview
from bipdesk.core.scheduling import DueState
from bipdesk.ui.participant_table.columns import Column
from bipdesk.ui.participant_table.model import ParticipantTableModel

_ModelIndex = QModelIndex | QPersistentModelIndex


class StatusFilter(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    ALL = "all"


class DueFilter(StrEnum):
    ALL = "all"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NEVER_MEASURED = "never_measured"


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
