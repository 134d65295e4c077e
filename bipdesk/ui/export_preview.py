"""The export's preview: every table exactly as it will leave the computer.

`ExportPreview` shows `table_views` of the `AggregateFile` that Save will
write: the published figures (counts under the cell key method, `..` for a
withheld mean or share), the one sentence of `protection_sentence` on how
they are protected, and a DEMO mark for a database of invented people.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.aggregation import ALL, MEAN_MEASURES, PARTICIPANTS, QUESTIONS, REGISTERED
from bipdesk.core.cards import CardLibrary, localized
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.aggregate_tables import protection_sentence, table_views
from bipdesk.io.table_figures import Figure, TableView, iter_rows, label
from bipdesk.ui.formatting import format_number

ERROR_COLOUR = "#c62828"
WITHHELD_BACKGROUND = "#dde3ea"
WITHHELD_TEXT = "#37474f"
DEMO_STYLE = (
    "QLabel { background: #fff3cd; color: #6d4c00; border: 1px solid #e0b84c; "
    "border-radius: 3px; padding: 4px 8px; font-weight: bold; }"
)
HEADER_WIDTH = 18
"""Characters per line of a table header; longer headers wrap."""


class ExportPreview(QGroupBox):
    """'What will leave the computer': heading, summary, protection, the tables."""

    def __init__(self, cards: CardLibrary, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = cards
        self.language = language
        self.aggregate: AggregateFile | None = None
        self.setTitle(self.tr("What will leave the computer"))

        self.heading_label = QLabel()
        self.heading_label.setWordWrap(True)
        self.heading_label.setAccessibleName(self.tr("Project, unit and period of the file"))
        self.heading_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label = QLabel()
        self.demo_label.setAccessibleName(self.tr("Demo data"))
        self.demo_label.setStyleSheet(DEMO_STYLE)
        self.demo_label.hide()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary of the export"))
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.compares_label = QLabel()
        self.compares_label.setObjectName("compares_label")
        self.compares_label.setWordWrap(True)
        self.compares_label.setAccessibleName(self.tr("What the figures compare"))
        self.protection_label = QLabel()
        self.protection_label.setWordWrap(True)
        self.protection_label.setAccessibleName(self.tr("How the figures are protected"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Tables of the export"))
        self.tables: dict[str, QTableWidget] = {}
        self.legend_label = QLabel()
        self.legend_label.setWordWrap(True)
        self.legend_label.setAccessibleName(self.tr("What the tables show"))
        self.legend_label.setStyleSheet("color: #505050")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.demo_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.compares_label)
        layout.addWidget(self.protection_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.legend_label)

    # -- showing ------------------------------------------------------------------

    def summary(self, aggregate: AggregateFile) -> str:
        """The registered participants as published, and how many means are withheld."""
        registered = aggregate.cell(PARTICIPANTS, REGISTERED, sex=ALL, age_band=ALL)
        means = [cell for cell in aggregate.cells if cell.measure in MEAN_MEASURES]
        values = {
            "withheld": sum(cell.withheld for cell in means),
            "means": len(means),
            "people": aggregate.protection.means_from_n,
        }
        if registered is None or not registered.value:
            return self.tr(
                "No participants registered in this period; {withheld} of {means} means "
                "withheld (fewer than {people} people)."
            ).format(**values)
        return self.tr(
            "{registered} participants registered; {withheld} of {means} means withheld "
            "(fewer than {people} people)."
        ).format(registered=format_number(registered.value, 0), **values)

    def show_file(self, aggregate: AggregateFile, heading: str, compared: str = "") -> None:
        """Show `aggregate` as it will be written, under `heading` (project, unit, period),
        with `compared`: one sentence on what its progression figures compare."""
        self.aggregate = aggregate
        self.compares_label.setText(compared)
        self.compares_label.setVisible(bool(compared))
        self.heading_label.setText(heading)
        self.demo_label.setText(label("demo", self.language))
        self.demo_label.setVisible(aggregate.demo)
        self.summary_label.setText(self.summary(aggregate))
        self.summary_label.setStyleSheet("")
        self.protection_label.setText(protection_sentence(aggregate, self.language))
        self.protection_label.show()
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.tables = {}
        for view in table_views(aggregate, self.language):
            table = self._table(view, aggregate.protection.means_from_n)
            self.tables[view.name] = table
            self.tabs.addTab(table, view.title)
        self.tabs.setCurrentIndex(max(0, current))
        self.tabs.setEnabled(True)
        self.legend_label.setText(
            self.tr(
                "“..” = withheld: fewer than {people} people stand behind the mean or share. "
                "Only these tables leave the computer: no names, participant codes, birth "
                "years, notes or exact dates."
            ).format(people=aggregate.protection.means_from_n)
        )

    def set_heading(self, heading: str) -> None:
        self.heading_label.setText(heading)

    def show_counting(self) -> None:
        self.summary_label.setText(self.tr("Counting…"))
        self.summary_label.setStyleSheet("")

    def show_empty(self, reason: str) -> None:
        """No tables that could leave: `reason` in red, and no figures on screen."""
        self.aggregate = None
        self.heading_label.clear()
        self.demo_label.hide()
        self.compares_label.hide()
        self.protection_label.hide()
        self.summary_label.setText(reason)
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.tabs.clear()
        self.tables = {}
        self.tabs.setEnabled(False)
        self.legend_label.clear()

    def _table(self, view: TableView, people: int) -> QTableWidget:
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
        withheld_tip = self.tr("Withheld: fewer than {people} people stand behind it").format(
            people=people
        )
        withheld_brush = QBrush(QColor(WITHHELD_BACKGROUND))
        withheld_text = QBrush(QColor(WITHHELD_TEXT))
        for row, (texts, entries) in enumerate(
            zip(iter_rows(view, self.language), view.rows, strict=True)
        ):
            for column, (text, entry) in enumerate(zip(texts, entries, strict=True)):
                item = QTableWidgetItem(text)
                if isinstance(entry, Figure):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    if entry.withheld:
                        item.setBackground(withheld_brush)
                        item.setForeground(withheld_text)
                        item.setToolTip(withheld_tip)
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
        card = self.cards.get(info.id, info.version)
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
