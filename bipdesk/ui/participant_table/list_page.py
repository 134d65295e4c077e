"""The participant list as a page: the search field, the filters, the table and the count;
Enter or a double-click opens a participant."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.overview import ParticipantOverview
from bipdesk.core.scheduling import DUE_SOON_DAYS
from bipdesk.ui.formatting import format_day
from bipdesk.ui.participant_table.columns import CODE_ROLE, Column
from bipdesk.ui.participant_table.filters import DueFilter, ParticipantFilterProxy, StatusFilter
from bipdesk.ui.participant_table.model import ParticipantTableModel


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
