"""File → Export for the project office…: period, unit and k, a preview, then save.

The tables come from `bipdesk.io.export.build_aggregate`, the same call as the
command line's `export-aggregate`; it reads every participant of the period,
which takes seconds for 100,000, so it runs off the UI thread and is redone
(debounced) when the period or k change. The preview shows `table_views` of
exactly that `AggregateFile`, and Save writes that same object with
`write_outputs` — nothing is counted again between looking and saving. The
unit label does not change a single count, so editing it only relabels the
built file.
"""

from __future__ import annotations

import dataclasses
import re
import textwrap
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.aggregation import ALL, PARTICIPANTS, QUESTIONS, REGISTERED
from bipdesk.core.cards import localized
from bipdesk.core.disclosure import DEFAULT_K, MINIMUM_K
from bipdesk.core.periods import (
    Period,
    is_complete,
    last_complete_quarter,
    period_slug,
    recent_quarters,
    recent_years,
)
from bipdesk.io.aggregate_file import AggregateFile, Figure, TableView, iter_rows, table_views
from bipdesk.io.export import ExportPaths, build_aggregate, write_outputs
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.fill_in.texts import ui_language
from bipdesk.ui.formatting import format_day, format_day_range, format_number
from bipdesk.ui.operations import BackgroundOperation, Progress, run_in_background
from bipdesk.ui.storage_messages import storage_message

QUARTERS_OFFERED = 8
YEARS_OFFERED = 3
MAXIMUM_K = 99
DEBOUNCE_MS = 400
"""How long the settings must rest before the preview is counted again."""
OTHER = "other"
"""The period combo's key for 'Other dates…'."""
UNNAMED_UNIT = "?"
"""Stands in for the unit while it has no name; such a file is never saved."""
FOLDER_KEY = "export/last_folder"
CSV_KEY = "export/also_csv"
XLSX_KEY = "export/also_xlsx"
ERROR_COLOUR = "#c62828"
SUPPRESSED_BACKGROUND = "#dde3ea"
SUPPRESSED_TEXT = "#37474f"
HEADER_WIDTH = 18
"""Characters per line of a table header; longer headers wrap."""

_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def normalized_unit(text: str) -> str:
    """The unit label as `build_aggregate` writes it: spaces collapsed."""
    return " ".join(text.split())


def default_file_name(unit: str, period: Period) -> str:
    """'<unit>-2026-Q3.json', safe as a file name on Windows, macOS and Linux."""
    stem = _NOT_IN_FILE_NAMES.sub("-", normalized_unit(unit)).strip("-.")
    return f"{stem or 'export'}-{period_slug(period)}.json"


def output_paths(json_path: Path, csv: bool, xlsx: bool) -> ExportPaths:
    """The JSON file and, when asked for, CSV and XLSX beside it with the same stem."""
    if json_path.suffix.lower() != ".json":
        json_path = json_path.with_name(json_path.name + ".json")
    return ExportPaths(
        json_path,
        json_path.with_suffix(".csv") if csv else None,
        json_path.with_suffix(".xlsx") if xlsx else None,
    )


@dataclass(frozen=True)
class _Request:
    """What the counts depend on (the unit label only names them)."""

    period: Period
    k: int


class ExportDialog(QDialog):
    """Choose period, unit and k; see every table as it will leave; save JSON (+ CSV, XLSX)."""

    preview_ready = Signal()
    """A preview for the current period and k is on screen."""
    status_message = Signal(str)
    """What was saved, for the main window's status bar."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = ui_language()
        self.aggregate: AggregateFile | None = None
        """The file as previewed; Save writes exactly this."""
        self.written: list[Path] = []
        self.operation: BackgroundOperation[AggregateFile] | None = None
        self._built_for: _Request | None = None
        self._stale = False
        self._updating = False
        self._failure: str | None = None
        self._periods: dict[str, Period] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.rebuild)
        self.setWindowTitle(self.tr("Export for the project office"))
        self.setAccessibleName(self.tr("Export for the project office"))
        self.setSizeGripEnabled(True)

        self._build_settings()
        self._build_preview()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.settings_box)
        layout.addWidget(self.preview_box, 1)
        layout.addLayout(self.save_row)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(max(960, em * 78), max(720, self.fontMetrics().height() * 44))

        self._fill_periods()
        context.changed.connect(self._context_changed)
        self.rebuild()

    # -- building -----------------------------------------------------------------

    def _build_settings(self) -> None:
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.period_combo.setToolTip(
            self.tr("A whole quarter or calendar year, as ESF reports them, or other dates")
        )
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)

        self.from_edit = self._date_edit(self.tr("First day of the period"))
        self.to_edit = self._date_edit(self.tr("Last day of the period"))
        self.from_open = QCheckBox(self.tr("from the beginning"))
        self.from_open.setAccessibleName(self.tr("Period from the beginning"))
        self.from_open.setToolTip(self.tr("Count from the first participant on, with no first day"))
        self.to_open = QCheckBox(self.tr("no end"))
        self.to_open.setAccessibleName(self.tr("Period with no end"))
        self.to_open.setToolTip(self.tr("Count up to the latest entry, with no last day"))
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._dates_edited)
        for check in (self.from_open, self.to_open):
            check.toggled.connect(self._dates_edited)
        self.dates_row = QWidget()
        dates = QHBoxLayout(self.dates_row)
        dates.setContentsMargins(0, 0, 0, 0)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_edit)
        for widget in (from_label, self.from_edit, self.from_open):
            dates.addWidget(widget)
        dates.addSpacing(16)
        for widget in (to_label, self.to_edit, self.to_open):
            dates.addWidget(widget)
        dates.addStretch(1)

        self.unit_edit = QLineEdit(self.context.unit_name)
        self.unit_edit.setAccessibleName(self.tr("Unit"))
        self.unit_edit.setPlaceholderText(self.tr("For example Delprojekt Växjö"))
        self.unit_edit.setToolTip(
            self.tr(
                "The name of your unit, so that the project office knows whose figures these are"
            )
        )
        self.unit_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        self.unit_edit.textChanged.connect(self._unit_edited)

        self.k_spin = QSpinBox()
        self.k_spin.setRange(MINIMUM_K, MAXIMUM_K)
        self.k_spin.setValue(DEFAULT_K)
        self.k_spin.setAccessibleName(self.tr("Smallest group shown (k)"))
        self.k_spin.valueChanged.connect(self._settings_changed)
        self.k_help = QLabel(
            self.tr(
                "The smallest group shown: a count of 1 to k − 1 people is hidden as “..”, "
                "so that nobody can be recognised. 5 is usual; 3 is the least allowed."
            )
        )
        self.k_help.setWordWrap(True)
        self.k_help.setStyleSheet("color: #505050")
        k_widget = QWidget()
        k_row = QHBoxLayout(k_widget)
        k_row.setContentsMargins(0, 0, 0, 0)
        k_row.addWidget(self.k_spin, 0, Qt.AlignmentFlag.AlignTop)
        k_row.addSpacing(8)
        k_row.addWidget(self.k_help, 1)
        k_label = QLabel(self.tr("&k:"))
        k_label.setBuddy(self.k_spin)

        self.settings_box = QGroupBox(self.tr("What to export"))
        form = QFormLayout(self.settings_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Period:"), self.period_combo)
        form.addRow("", self.dates_row)
        form.addRow(self.tr("&Unit:"), self.unit_edit)
        form.addRow(k_label, k_widget)

    def _date_edit(self, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(_qdate(self.context.today()))
        return edit

    def _build_preview(self) -> None:
        self.heading_label = QLabel()
        self.heading_label.setWordWrap(True)
        self.heading_label.setAccessibleName(self.tr("Unit, period and k of the file"))
        self.heading_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary of the export"))
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Tables of the export"))
        self.tables: dict[str, QTableWidget] = {}
        self.legend_label = QLabel()
        self.legend_label.setWordWrap(True)
        self.legend_label.setAccessibleName(self.tr("What the tables show"))
        self.legend_label.setStyleSheet("color: #505050")
        self.preview_box = QGroupBox(self.tr("What will leave the computer"))
        layout = QVBoxLayout(self.preview_box)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.legend_label)

    def _build_buttons(self) -> None:
        self.csv_check = QCheckBox(self.tr("Also &CSV for Excel"))
        self.csv_check.setToolTip(
            self.tr("The same tables as a .csv file beside the export (semicolons, decimal comma)")
        )
        self.xlsx_check = QCheckBox(self.tr("Also Excel &workbook (XLSX)"))
        self.xlsx_check.setToolTip(
            self.tr("The same tables as an .xlsx workbook beside the export, one sheet per table")
        )
        settings = self.context.settings
        self.csv_check.setChecked(bool(settings.value(CSV_KEY, False, type=bool)))
        self.xlsx_check.setChecked(bool(settings.value(XLSX_KEY, False, type=bool)))
        self.save_row = QHBoxLayout()
        self.save_row.addWidget(self.csv_check)
        self.save_row.addSpacing(16)
        self.save_row.addWidget(self.xlsx_check)
        self.save_row.addStretch(1)

        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(self.tr("Why the export cannot be saved yet"))

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setAccessibleName(self.tr("Save the export"))
        self.save_button.clicked.connect(lambda: self.save())
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

    # -- the period ---------------------------------------------------------------

    def _fill_periods(self) -> None:
        """The last quarters and calendar years, the newest complete quarter chosen."""
        today = self.context.today()
        self._updating = True
        try:
            self.period_combo.clear()
            self._periods = {}
            for quarter in recent_quarters(today, QUARTERS_OFFERED):
                period = quarter.period()
                assert period.start is not None and period.end is not None
                values = {
                    "number": quarter.number,
                    "year": quarter.year,
                    "dates": format_day_range(period.start, period.end),
                }
                if is_complete(period, today):
                    text = self.tr("Q{number} {year} ({dates})").format(**values)
                else:
                    text = self.tr("Q{number} {year} ({dates}), in progress").format(**values)
                self._add_period(text, str(quarter), period)
            self.period_combo.insertSeparator(self.period_combo.count())
            for year in recent_years(today, YEARS_OFFERED):
                period = Period.year(year)
                if is_complete(period, today):
                    text = self.tr("Year {year}").format(year=year)
                else:
                    text = self.tr("Year {year}, in progress").format(year=year)
                self._add_period(text, str(year), period)
            self.period_combo.insertSeparator(self.period_combo.count())
            self.period_combo.addItem(self.tr("Other dates…"), OTHER)
            self.period_combo.setCurrentIndex(
                self.period_combo.findData(str(last_complete_quarter(today)))
            )
        finally:
            self._updating = False
        self._period_chosen()

    def _add_period(self, text: str, key: str, period: Period) -> None:
        self.period_combo.addItem(text, key)
        self._periods[key] = period

    def select_period(self, key: str) -> None:
        """Choose '2026-Q3', '2026' or 'other' in the period combo, as the user would."""
        index = self.period_combo.findData(key)
        if index < 0:
            raise KeyError(key)
        self.period_combo.setCurrentIndex(index)

    def set_dates(self, start: date | None, end: date | None) -> None:
        """'Other dates…' from `start` to `end`; None leaves that end open."""
        self.select_period(OTHER)
        self._updating = True
        try:
            self.from_open.setChecked(start is None)
            self.to_open.setChecked(end is None)
            if start is not None:
                self.from_edit.setDate(_qdate(start))
            if end is not None:
                self.to_edit.setDate(_qdate(end))
        finally:
            self._updating = False
        self._dates_edited()

    def _period_chosen(self) -> None:
        if self._updating:
            return
        key = self.period_combo.currentData()
        other = key == OTHER
        chosen = self._periods.get(str(key))
        if chosen is not None:
            # 'Other dates…' then starts from the period last chosen.
            self._updating = True
            try:
                if chosen.start is not None:
                    self.from_edit.setDate(_qdate(chosen.start))
                if chosen.end is not None:
                    self.to_edit.setDate(_qdate(chosen.end))
                self.from_open.setChecked(False)
                self.to_open.setChecked(False)
            finally:
                self._updating = False
        self.dates_row.setVisible(other)
        self._enable_dates()
        self._settings_changed()

    def _enable_dates(self) -> None:
        self.from_edit.setEnabled(not self.from_open.isChecked())
        self.to_edit.setEnabled(not self.to_open.isChecked())

    def _dates_edited(self) -> None:
        self._enable_dates()
        if not self._updating:
            self._settings_changed()

    def period(self) -> Period | None:
        """The chosen period; None when the dates end before they start."""
        key = self.period_combo.currentData()
        if key != OTHER:
            return self._periods.get(str(key))
        start = None if self.from_open.isChecked() else _pydate(self.from_edit.date())
        end = None if self.to_open.isChecked() else _pydate(self.to_edit.date())
        if start is not None and end is not None and end < start:
            return None
        return Period(start, end)

    def unit(self) -> str:
        return normalized_unit(self.unit_edit.text())

    def _request(self) -> _Request | None:
        period = self.period()
        return None if period is None else _Request(period, self.k_spin.value())

    # -- counting (the preview) ---------------------------------------------------

    def _settings_changed(self) -> None:
        """The counts depend on what changed: count again once the settings rest."""
        if self._updating:
            return
        self._timer.start()
        self._update_save_state()

    def _unit_edited(self) -> None:
        if self.aggregate is not None:
            self.aggregate = dataclasses.replace(self.aggregate, unit=self.unit() or UNNAMED_UNIT)
            self._show_heading(self.aggregate)
        self._update_save_state()

    def rebuild(self) -> None:
        """Count the tables for the current period and k, off the UI thread."""
        self._timer.stop()
        if self.operation is not None:
            self._stale = True
            return
        self._stale = False
        request = self._request()
        if request is None:
            self._show_empty(self.tr("The period ends before it starts; change the dates."))
            self._update_save_state()
            return
        self._failure = None
        self.summary_label.setText(self.tr("Counting…"))
        self.summary_label.setStyleSheet("")
        database = self.context.database
        unit = self.unit() or UNNAMED_UNIT

        def work(_progress: Progress) -> AggregateFile:
            return build_aggregate(database, request.period, unit, request.k)

        self.operation = run_in_background(
            self,
            self.tr("Counting the participants for the export…"),
            work,
            lambda built: self._built(request, built),
            self._build_failed,
            cancellable=False,
        )
        self._update_save_state()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """For tests and closing: block until a running count has ended."""
        return self.operation is None or self.operation.wait(milliseconds)

    @property
    def is_current(self) -> bool:
        """True when the preview on screen is for the period and k chosen now."""
        return (
            self.aggregate is not None
            and self.operation is None
            and not self._timer.isActive()
            and self._built_for == self._request()
        )

    def _built(self, request: _Request, built: AggregateFile) -> None:
        self.operation = None
        if self._stale or request != self._request():
            self.rebuild()
            return
        self.aggregate = dataclasses.replace(built, unit=self.unit() or UNNAMED_UNIT)
        self._built_for = request
        self._show_preview(self.aggregate)
        self._update_save_state()
        self.preview_ready.emit()

    def _build_failed(self, error: BaseException) -> None:
        self.operation = None
        if self._stale:
            self.rebuild()
            return
        self._failure = self.tr("The tables could not be counted: {reason}").format(
            reason=storage_message(error)
        )
        self._show_empty(self._failure)
        self._update_save_state()

    def _context_changed(self, what: str) -> None:
        if what in (Change.PARTICIPANTS, Change.MEASUREMENTS, Change.ALL):
            self._built_for = None
            if self.isVisible():
                self._timer.start()
            self._update_save_state()
        if what in (Change.SETTINGS, Change.ALL) and not self.unit():
            self.unit_edit.setText(self.context.unit_name)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.unit():
            self.unit_edit.setText(self.context.unit_name)
        if not self.is_current and self.operation is None:
            self.rebuild()

    def done(self, result: int) -> None:
        """Close; a count still running may finish meanwhile (the main window waits for it
        before the database closes), and opening again counts afresh: a new export id."""
        super().done(result)
        self._timer.stop()
        self._built_for = None

    # -- showing ------------------------------------------------------------------

    def _period_text(self, period: Period) -> str:
        if period.start is not None and period.end is not None:
            return format_day_range(period.start, period.end)
        if period.start is not None:
            return self.tr("from {day}, no end").format(day=format_day(period.start))
        if period.end is not None:
            return self.tr("from the beginning to {day}").format(day=format_day(period.end))
        return self.tr("all time")

    def _show_heading(self, aggregate: AggregateFile) -> None:
        unit = self.unit() or self.tr("(no name yet)")
        self.heading_label.setText(
            self.tr("Unit: {unit} · Period: {period} · k = {k}").format(
                unit=unit, period=self._period_text(aggregate.period), k=aggregate.k
            )
        )

    def summary(self, aggregate: AggregateFile) -> str:
        registered = aggregate.cell(PARTICIPANTS, REGISTERED, sex=ALL, age_band=ALL)
        hidden = sum(cell.suppressed for cell in aggregate.cells)
        values = {"hidden": hidden, "cells": len(aggregate.cells), "k": aggregate.k}
        if registered is None or registered.value is None:
            return self.tr(
                "Fewer than {k} participants registered; {hidden} of {cells} cells hidden."
            ).format(**values)
        return self.tr(
            "{registered} participants registered; {hidden} of {cells} cells hidden."
        ).format(registered=format_number(registered.value, 0), **values)

    def _show_preview(self, aggregate: AggregateFile) -> None:
        self._show_heading(aggregate)
        self.summary_label.setText(self.summary(aggregate))
        self.summary_label.setStyleSheet("")
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.tables = {}
        for view in table_views(aggregate, self.language):
            table = self._table(view)
            self.tables[view.name] = table
            self.tabs.addTab(table, view.title)
        self.tabs.setCurrentIndex(max(0, current))
        self.tabs.setEnabled(True)
        self.legend_label.setText(
            self.tr(
                "“..” = hidden to protect individuals: a count of 1 to {below} people, or a "
                "figure from which a hidden one could be worked out. Shares and means are "
                "shown only when at least {people} people stand behind them. Only these "
                "tables leave the computer: no names, participant codes, birth years, notes "
                "or exact dates."
            ).format(below=aggregate.k - 1, people=aggregate.min_people)
        )

    def _show_empty(self, reason: str) -> None:
        self.heading_label.clear()
        self.summary_label.setText(reason)
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.tabs.setEnabled(False)

    def _table(self, view: TableView) -> QTableWidget:
        table = QTableWidget(len(view.rows), len(view.headers))
        table.setAccessibleName(view.title)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for column, heading in enumerate(view.headers):
            wrapped = textwrap.fill(
                heading, HEADER_WIDTH, break_long_words=False, break_on_hyphens=False
            )
            item = QTableWidgetItem(wrapped)
            item.setToolTip(heading)
            table.setHorizontalHeaderItem(column, item)
        hidden_tip = self.tr("Hidden to protect individuals")
        hidden_brush = QBrush(QColor(SUPPRESSED_BACKGROUND))
        hidden_text = QBrush(QColor(SUPPRESSED_TEXT))
        for row, (texts, entries) in enumerate(
            zip(iter_rows(view, self.language), view.rows, strict=True)
        ):
            for column, (text, entry) in enumerate(zip(texts, entries, strict=True)):
                item = QTableWidgetItem(text)
                if isinstance(entry, Figure):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    if entry.suppressed:
                        item.setBackground(hidden_brush)
                        item.setForeground(hidden_text)
                        item.setToolTip(hidden_tip)
                elif column == 0 and view.name == QUESTIONS:
                    item.setToolTip(self._question_label(text))
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        table.resizeColumnsToContents()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def _question_label(self, question_id: str) -> str:
        """The card's short label of a question (the file names questions by id)."""
        if self.aggregate is None:
            return question_id
        info = self.aggregate.card
        card = self.context.database.cards.get(info.id, info.version)
        if card is None or question_id not in card.question_ids:
            return question_id
        return localized(card.question(question_id).label, self.language)

    def table_texts(self, name: str) -> list[list[str]]:
        """The texts of one preview table, row by row (for tests and reading aloud)."""
        table = self.tables[name]
        texts = []
        for row in range(table.rowCount()):
            items = [table.item(row, column) for column in range(table.columnCount())]
            texts.append([item.text() if item is not None else "" for item in items])
        return texts

    # -- saving -------------------------------------------------------------------

    def save_blocker(self) -> str | None:
        """Why Save cannot be pressed now, in words; None when it can."""
        found = self._blocker()
        return None if found is None else found[0]

    def _blocker(self) -> tuple[str, bool] | None:
        """The reason Save waits, and whether it is something the user must fix."""
        if self.period() is None:
            return self.tr("The period ends before it starts; change the dates."), True
        if not self.unit():
            return (
                self.tr(
                    "Write the name of your unit above: the project office needs to know "
                    "whose figures these are."
                ),
                True,
            )
        if self.is_current:
            return None
        if self._failure is not None:
            return self._failure, True
        return self.tr("The preview is being brought up to date…"), False

    def _update_save_state(self) -> None:
        found = self._blocker()
        self.save_button.setEnabled(found is None)
        text, is_problem = found if found is not None else ("", False)
        self.reason_label.setText(text)
        self.reason_label.setStyleSheet(f"color: {ERROR_COLOUR};" if is_problem else "")
        self.reason_label.setVisible(found is not None)

    def ask_path(self) -> Path | None:
        """The JSON file to write, chosen in a file dialog (the folder is remembered)."""
        assert self.aggregate is not None
        folder = Path(str(self.context.settings.value(FOLDER_KEY, "") or Path.home()))
        suggested = folder / default_file_name(self.unit(), self.aggregate.period)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the export for the project office"),
            str(suggested),
            self.tr("Aggregate files (*.json)"),
        )
        return Path(chosen) if chosen else None

    def save(self, path: Path | None = None) -> list[Path]:
        """Write the previewed file (and CSV/XLSX when ticked); the written paths."""
        blocker = self.save_blocker()
        if blocker is not None or self.aggregate is None:
            QMessageBox.information(self, self.tr("Export not saved yet"), blocker or "")
            return []
        if path is None:
            path = self.ask_path()
            if path is None:
                return []
        paths = output_paths(path, self.csv_check.isChecked(), self.xlsx_check.isChecked())
        beside = [p for p in (paths.csv, paths.xlsx) if p is not None and p.exists()]
        if beside and not self._may_replace(beside):
            return []
        # A few hundred cells: well under a second even with the XLSX, so no thread.
        failure: Exception | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_outputs(self.aggregate, paths, self.language)
        except Exception as error:  # a full disk, no permission, a refused file: say so
            failure = error
        finally:
            QApplication.restoreOverrideCursor()
        if failure is not None:
            reason = failure.strerror if isinstance(failure, OSError) else None
            QMessageBox.warning(
                self,
                self.tr("Export not saved"),
                self.tr("The export could not be saved in {folder}: {reason}").format(
                    folder=paths.json.parent, reason=reason or failure
                ),
            )
            return []
        self.written = [p for p in (paths.json, paths.csv, paths.xlsx) if p is not None]
        settings = self.context.settings
        settings.setValue(FOLDER_KEY, str(paths.json.parent))
        settings.setValue(CSV_KEY, self.csv_check.isChecked())
        settings.setValue(XLSX_KEY, self.xlsx_check.isChecked())
        self.status_message.emit(
            self.tr("Saved for the project office: {files} (in {folder}).").format(
                files=", ".join(p.name for p in self.written), folder=paths.json.parent
            )
        )
        self.accept()
        return self.written

    def _may_replace(self, existing: list[Path]) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace files?"),
            self.tr("These files already exist and will be replaced: {files}").format(
                files=", ".join(p.name for p in existing)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
