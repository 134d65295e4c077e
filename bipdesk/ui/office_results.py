"""The project office's merged tables and group spider, for all units or one.

`OfficeResults` shows what `bipdesk.ui.office_check.check_files` made of
the files: the participants, exits and questions tables of
`bipdesk.io.aggregate_tables.table_views` (a merged count with its 95 %
margin of error, `71 ± 6`; shares of published counts in % through babel;
`..` for a withheld mean), the protection sentence, and the spider of mean
first against mean latest per question from the installed card — or, when
the card is not installed or fewer than `means_from_n` comparable people
stand behind the files, a sentence saying so instead.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.aggregation import (
    ALL,
    COMPARABLE,
    EXITS,
    MEAN_FIRST,
    MEAN_LATEST,
    PARTICIPANTS,
    QUESTIONS,
)
from bipdesk.core.cards import Card, localized
from bipdesk.core.participants import OutcomeGroup
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.aggregate_tables import protection_sentence, table_views
from bipdesk.io.merge import sources_of
from bipdesk.io.table_figures import Figure, TableView, format_figure, label
from bipdesk.reports.spider import group_spider_figure
from bipdesk.reports.texts import format_day
from bipdesk.ui.spider_widget import export_chart_dialog, save_figure, show_export_menu

_ALL_UNITS = ""
"""The item data of 'All units' in the unit combo."""
HEADER_WIDTH = 16
"""Characters per line of a wrapped table header."""


def period_text(period: Period, language: str) -> str:
    """'1 jan. 2024 – 31 dec. 2024', 'från 1 jan. 2024', 'hela tiden' (babel dates)."""
    start = format_day(period.start, language) if period.start else None
    end = format_day(period.end, language) if period.end else None
    if start and end:
        return f"{start} – {end}"
    if start:
        return QCoreApplication.translate("OfficeResults", "from {start}").format(start=start)
    if end:
        return QCoreApplication.translate("OfficeResults", "until {end}").format(end=end)
    return QCoreApplication.translate("OfficeResults", "all time")


def group_means(aggregate: AggregateFile, measure: str) -> dict[str, float | None]:
    """The published mean per question (None where it is not shown)."""
    means: dict[str, float | None] = {}
    for question in aggregate.card.questions:
        cell = aggregate.cell(QUESTIONS, measure, question=question)
        means[question] = (
            None if cell is None or cell.value is None or cell.withheld else float(cell.value)
        )
    return means


def transposed(view: TableView, corner: str) -> TableView:
    """The view with rows and columns swapped; `corner` heads the new first column."""
    headers = (corner, *(str(row[0]) for row in view.rows))
    rows = tuple(
        (view.headers[column], *(row[column] for row in view.rows))
        for column in range(1, len(view.headers))
    )
    return TableView(view.name, view.title, headers, rows)


class OfficeResults(QWidget):
    """A unit chooser above tabs of tables and the chart, or a sentence while there is none."""

    def __init__(
        self,
        card_for: Callable[[AggregateFile], Card | None],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._card_for = card_for
        self.language = language
        self.total: AggregateFile | None = None
        self.units: Mapping[str, AggregateFile] = {}
        self._chart: tuple[Card, AggregateFile, int, int | None] | None = None
        """The chart on screen: card, file, comparable people and their margin."""

        self.unit_combo = QComboBox()
        self.unit_combo.setAccessibleName(self.tr("Which units to show"))
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_combo.currentIndexChanged.connect(self._show_tables)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.unit_combo)
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        choice_row = QHBoxLayout()
        choice_row.addWidget(show_label)
        choice_row.addWidget(self.unit_combo)
        choice_row.addSpacing(12)
        choice_row.addWidget(self.scope_label, 1)

        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.tables: dict[str, QTableWidget] = {}
        for name, title in (
            (PARTICIPANTS, self.tr("Participants")),
            (EXITS, self.tr("Exits")),
            (QUESTIONS, self.tr("Questions")),
        ):
            self.tables[name] = _read_only_table(title)
            self.tabs.addTab(self.tables[name], title)
        self.tabs.addTab(self._build_chart(), self.tr("Spider chart"))

        self.legend_label = QLabel()
        self.legend_label.setWordWrap(True)
        self.legend_label.setStyleSheet("color: #505050")
        self.empty_label = _big_label(self.tr("Why no tables are shown"))

        self.tables_page = QWidget()
        tables_layout = QVBoxLayout(self.tables_page)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addLayout(choice_row)
        tables_layout.addWidget(self.tabs, 1)
        tables_layout.addWidget(self.legend_label)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(self.tables_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _build_chart(self) -> QWidget:
        self.canvas = FigureCanvasQTAgg()
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(420, 320)
        self.canvas.setAccessibleName(self.tr("Group spider chart"))
        self.canvas.setToolTip(self.tr("Right-click to export the chart as PNG, SVG or PDF"))
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._chart_menu)
        self.canvas.mpl_connect("resize_event", lambda _event: self._draw_chart())
        self.chart_message = _big_label(self.tr("Why no chart is shown"))
        self.chart_message.setContentsMargins(40, 20, 40, 20)
        self.chart_stack = QStackedWidget()
        self.chart_stack.addWidget(self.canvas)
        self.chart_stack.addWidget(self.chart_message)
        return self.chart_stack

    # -- what is shown ------------------------------------------------------------------

    def show_merged(self, total: AggregateFile, units: Mapping[str, AggregateFile]) -> None:
        """Show the sum of all files, with a choice of each unit when there are several."""
        self.total, self.units = total, units
        chosen = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        try:
            self.unit_combo.clear()
            self.unit_combo.addItem(self.tr("All units"), _ALL_UNITS)
            if len(units) > 1:
                for unit in units:
                    self.unit_combo.addItem(unit, unit)
            index = self.unit_combo.findData(chosen if isinstance(chosen, str) else _ALL_UNITS)
            self.unit_combo.setCurrentIndex(max(0, index))
        finally:
            self.unit_combo.blockSignals(False)
        self.unit_combo.setEnabled(self.unit_combo.count() > 1)
        self._show_tables()

    def show_message(self, text: str) -> None:
        """No tables (no files, or a bad one): say why."""
        self.total, self.units = None, {}
        self._chart = None
        self.empty_label.setText(text)
        self.pages.setCurrentWidget(self.empty_label)

    @property
    def showing_tables(self) -> bool:
        return self.pages.currentWidget() is self.tables_page

    def shown_aggregate(self) -> AggregateFile | None:
        """The tables on screen: all units summed, or the unit chosen in the combo."""
        if self.total is None:
            return None
        unit = self.unit_combo.currentData()
        if isinstance(unit, str) and unit in self.units:
            return self.units[unit]
        return self.total

    def select_unit(self, unit: str | None) -> None:
        """Show one unit (None: all units), as choosing it in the combo does."""
        index = self.unit_combo.findData(_ALL_UNITS if unit is None else unit)
        if index < 0:
            raise KeyError(unit)
        self.unit_combo.setCurrentIndex(index)

    def _show_tables(self) -> None:
        aggregate = self.shown_aggregate()
        if aggregate is None:
            return
        self.pages.setCurrentWidget(self.tables_page)
        sources = sources_of(aggregate)
        units = sorted({source.unit for source in sources}, key=str.casefold)
        periods = sorted(
            {source.period for source in sources},
            key=lambda p: (p.start or date.min, p.end or date.max),
        )
        shown = "; ".join(period_text(p, self.language) for p in periods)
        self.scope_label.setText(f"{', '.join(units)} — {shown}")
        card = self._card_for(aggregate)
        views = table_views(aggregate, self.language)
        self._match_tabs(views)
        for view in views:
            if view.name == EXITS:  # reasons down, sexes across: fits, and reads as reported
                view = transposed(view, self.tr("Exit reason"))
            self._fill_table(self.tables[view.name], view, card, aggregate.protection.means_from_n)
        people = str(aggregate.protection.means_from_n)
        legend = [protection_sentence(aggregate, self.language)]
        if aggregate.is_merged:
            legend.append(
                self.tr(
                    "± = margin of error (95%): with 95% certainty the exact count lies "
                    "within that much of the figure."
                )
            )
        legend.append(
            self.tr(
                "Shares are computed from the published counts, where at least %1 people "
                "stand behind what they are a share of. .. = a mean not shown: fewer than %1 "
                "people stand behind it."
            ).replace("%1", people)
        )
        self.legend_label.setText(" ".join(legend))
        self._show_chart(aggregate, card)

    def _match_tabs(self, views: list[TableView]) -> None:
        """A tab for every table of the file: the card's three always, the follow-up
        tables (activities, exits, survey) where the file has them, before the chart."""
        wanted = {view.name for view in views}
        for name in [n for n in self.tables if n not in wanted and n not in _CARD_TABLES]:
            table = self.tables.pop(name)
            self.tabs.removeTab(self.tabs.indexOf(table))
            table.deleteLater()
        for view in views:
            if view.name not in self.tables:
                table = _read_only_table(view.title)
                self.tables[view.name] = table
                self.tabs.insertTab(self.tabs.count() - 1, table, view.title)

    def _fill_table(
        self, table: QTableWidget, view: TableView, card: Card | None, people: int
    ) -> None:
        table.clear()
        table.setColumnCount(len(view.headers))
        table.setRowCount(len(view.rows))
        table.setHorizontalHeaderLabels(
            [
                "\n".join(textwrap.wrap(h, HEADER_WIDTH, break_long_words=False)) or h
                for h in view.headers
            ]
        )
        questions = (
            {q.id: localized(q.label, self.language) for q in card.questions} if card else {}
        )
        total = label(ALL, self.language)
        groups = {label(f"group:{g.value}", self.language) for g in OutcomeGroup}
        bold = QFont(table.font())
        bold.setBold(True)
        for row, entries in enumerate(view.rows):
            margin = (view.name == PARTICIPANTS and total in entries[:2]) or (
                view.name == EXITS and str(entries[0]) in groups
            )
            for column, entry in enumerate(entries):
                if isinstance(entry, str):
                    text = questions.get(entry, entry) if view.name == QUESTIONS else entry
                    item = QTableWidgetItem(text)
                    if text != entry:
                        item.setToolTip(entry)
                    if margin:
                        item.setFont(bold)
                else:
                    item = QTableWidgetItem(
                        format_figure(entry, self.language, grouping=True, with_margin=True)
                    )
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    tip = self._figure_tip(entry, people)
                    if tip:
                        item.setToolTip(tip)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()

    def _figure_tip(self, figure: Figure, people: int) -> str:
        if figure.withheld:
            return self.tr("Not shown: fewer than %1 people stand behind it").replace(
                "%1", str(people)
            )
        if figure.margin and figure.value is not None:
            value = int(figure.value)
            return (
                self.tr(
                    "Margin of error ±%1 (95%): the exact count lies between %2 and %3 "
                    "with 95% certainty."
                )
                .replace("%1", str(figure.margin))
                .replace("%2", str(max(0, value - figure.margin)))
                .replace("%3", str(value + figure.margin))
            )
        return ""

    # -- the chart ------------------------------------------------------------------------

    @property
    def showing_chart(self) -> bool:
        return self.chart_stack.currentWidget() is self.canvas

    def chart_message_text(self) -> str:
        return self.chart_message.text()

    def _show_chart(self, aggregate: AggregateFile, card: Card | None) -> None:
        self._chart = None
        if card is None:
            self._chart_refused(
                self.tr(
                    "The card %1 version %2 is not installed on this computer, so the spider "
                    "chart cannot be drawn. The tables are complete without it."
                )
                .replace("%1", aggregate.card.id)
                .replace("%2", str(aggregate.card.version))
            )
            return
        comparable = aggregate.cell(PARTICIPANTS, COMPARABLE, sex=ALL, age_band=ALL)
        n = 0 if comparable is None or comparable.value is None else int(comparable.value)
        if n < aggregate.protection.means_from_n:
            self._chart_refused(
                self.tr(
                    "Too few people (%1) with two comparable measurements stand behind these "
                    "files; the chart needs at least %2 for the group's means to be shown."
                )
                .replace("%1", str(n))
                .replace("%2", str(aggregate.protection.means_from_n))
            )
            return
        first = group_means(aggregate, MEAN_FIRST)
        latest = group_means(aggregate, MEAN_LATEST)
        if all(v is None for v in first.values()) or all(v is None for v in latest.values()):
            self._chart_refused(
                self.tr("The files publish no means per question, so there is no chart to draw.")
            )
            return
        margin = comparable.margin if comparable is not None else None
        self._chart = (card, aggregate, n, margin)
        self.chart_stack.setCurrentWidget(self.canvas)
        self._draw_chart()

    def _chart_refused(self, text: str) -> None:
        self.chart_message.setText(text)
        self.chart_stack.setCurrentWidget(self.chart_message)

    def _draw_chart(self) -> None:
        """Draw afresh at the canvas's size, so the labels keep their room."""
        if self._chart is None or not self.showing_chart:
            return
        card, aggregate, n, margin = self._chart
        figure = self.canvas.figure
        figure.clear()
        group_spider_figure(
            card,
            group_means(aggregate, MEAN_FIRST),
            group_means(aggregate, MEAN_LATEST),
            n,
            self.language,
            aggregate.protection.means_from_n,
            figure=figure,
        )
        if margin and figure.texts:  # the title says "(n = 108)": with its margin
            title = figure.texts[-1]
            before, _, after = title.get_text().rpartition(")")
            title.set_text(f"{before} ± {margin}){after}")
        self.canvas.draw_idle()

    def _chart_menu(self, position: QPoint) -> None:
        if self.showing_chart:
            show_export_menu(self, self.canvas, position, self.export_chart_dialog)

    def export_chart_dialog(self, suffix: str) -> None:
        export_chart_dialog(self, "projektkontoret-spindel", suffix, self.export_chart)

    def export_chart(self, path: Path, suffix: str | None = None) -> Path:
        """Save the chart as PNG (200 dpi), SVG or PDF."""
        if not self.showing_chart:
            raise ValueError("there is no chart to export")
        return save_figure(self.canvas.figure, path, suffix)


_CARD_TABLES = (PARTICIPANTS, EXITS, QUESTIONS)


def _read_only_table(accessible: str) -> QTableWidget:
    table = QTableWidget()
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    return table


def _big_label(accessible: str) -> QLabel:
    """A centred, wrapped sentence a little larger than the text around it."""
    text = QLabel()
    text.setWordWrap(True)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text.setAccessibleName(accessible)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = text.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    text.setFont(font)
    return text
