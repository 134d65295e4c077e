"""The page of the import window that lists what is wrong with a file, place by place.

A file with any problem is not imported at all; this page says so and lists
each problem with its row and column (the letter in a spreadsheet), so that
the coordinator can correct the file and choose it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from bipdesk.io.importer import MAX_PROBLEMS, ImportProblem
from bipdesk.ui.import_preview import bold, read_only_table
from bipdesk.ui.language import said_in_app

ERROR_COLOUR = "#c62828"


class ImportProblemsPage(QWidget):
    """Why nothing was imported: one row per problem in the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_headline = bold(QLabel(), 1.2)
        self.error_headline.setWordWrap(True)
        self.error_headline.setStyleSheet(f"color: {ERROR_COLOUR};")
        hint = QLabel(self.tr("Correct these places in the file, save it and choose it again."))
        hint.setWordWrap(True)
        self.errors_table = read_only_table(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")], self.tr("Problems in the file")
        )
        self.errors_table.setWordWrap(True)
        self.errors_more_label = QLabel(
            self.tr("Only the first {count} problems are listed; there may be more.").format(
                count=MAX_PROBLEMS
            )
        )
        self.errors_more_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_headline)
        layout.addWidget(hint)
        layout.addWidget(self.errors_table, 1)
        layout.addWidget(self.errors_more_label)

    def show_problems(self, problems: list[ImportProblem], name: str) -> None:
        """List `problems` of the file called `name`."""
        count = len(problems)
        if count == 1:
            headline = self.tr("Nothing was imported: 1 problem in {file}").format(file=name)
        else:
            headline = self.tr("Nothing was imported: {count} problems in {file}").format(
                count=count, file=name
            )
        self.error_headline.setText(headline)
        table = self.errors_table
        table.setRowCount(count)
        for row, problem in enumerate(problems):
            column = said_in_app(problem.column_text)
            if problem.letter:
                column = f"{problem.letter} ({column})" if problem.column else problem.letter
            reason = said_in_app(
                problem.reason if problem.row or problem.column else problem.message
            )
            values = ["" if problem.row is None else str(problem.row), column, reason]
            for index, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(said_in_app(problem.message))
                if index == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, index, item)
        table.resizeRowsToContents()
        self.errors_more_label.setVisible(count >= MAX_PROBLEMS)
