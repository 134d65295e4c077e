"""What importing a file would change, and the page of the import window that shows it.

The preview is a dry run of the same importer the command line uses: the
file is read and planned without writing, and the page lists the counts,
the participants the import touches, the values it changes and its warnings,
so that nothing is saved before the coordinator has seen it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import CardLibrary
from bipdesk.io import importer
from bipdesk.io.importer import ImportPlan, ImportSummary
from bipdesk.storage import Database
from bipdesk.ui.import_changes import ChangedValuesBox
from bipdesk.ui.import_warnings import ImportWarningsBox
from bipdesk.ui.operations import Progress

PREVIEW_ROWS = 500
"""At most this many participants are listed in the preview."""


@dataclass(frozen=True)
class ChangedParticipant:
    code: str
    participant: str
    """'new', 'updated' or 'unchanged' (only their measurements change)."""
    new_measurements: int
    updated_measurements: int


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file would change: the plan's counts and its first participants."""

    path: Path
    summary: ImportSummary
    participants: tuple[ChangedParticipant, ...]
    """The first PREVIEW_ROWS participants the import touches, in file order."""
    participants_total: int


def changed_participants(plan: ImportPlan) -> list[ChangedParticipant]:
    """Every participant the plan adds or changes, or whose measurements it adds or changes."""
    state: dict[str, str] = {}
    for participant in plan.new_participants:
        state[participant.code] = "new"
    for participant in plan.updated_participants:
        state[participant.code] = "updated"
    new: dict[str, int] = {}
    updated: dict[str, int] = {}
    for measurement in plan.new_measurements:
        code = measurement.participant_code
        new[code] = new.get(code, 0) + 1
        state.setdefault(code, "unchanged")
    for measurement in plan.updated_measurements:
        code = measurement.participant_code
        updated[code] = updated.get(code, 0) + 1
        state.setdefault(code, "unchanged")
    return [
        ChangedParticipant(code, kind, new.get(code, 0), updated.get(code, 0))
        for code, kind in state.items()
    ]


def preview_import(
    database: Database, path: Path, today: date, on_progress: Progress | None = None
) -> ImportPreview:
    """A dry run: read and plan the import without writing (runs in a worker thread)."""
    parsed = importer.parse_import_file(path, database.cards)
    team = importer.team_units(database, parsed.people)  # the login's units, codes taken
    with database.transaction(write=False) as repository:
        plan = importer.plan_import(parsed, repository, today, on_progress, team)
    changed = changed_participants(plan)
    return ImportPreview(path, plan.summary, tuple(changed[:PREVIEW_ROWS]), len(changed))


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    """A headline of the import window's pages."""
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def read_only_table(headers: list[str], accessible: str) -> QTableWidget:
    """A list of the import window's pages: read only, whole rows, read by a screen reader."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class ImportPreviewPage(QWidget):
    """The counts, participants, changed values and warnings of an import not yet made."""

    def __init__(self, cards: CardLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview_headline = bold(QLabel(), 1.2)
        self.preview_headline.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        columns = {
            "new": self.tr("New"),
            "updated": self.tr("Updated"),
            "unchanged": self.tr("Unchanged"),
        }
        rows = {
            "participants": self.tr("Participants"),
            "measurements": self.tr("Measurements"),
            "activities": self.tr("Activities"),
            "surveys": self.tr("Exit surveys"),
        }
        self.count_labels: dict[tuple[str, str], QLabel] = {}
        self.count_rows: dict[str, list[QLabel]] = {}
        for column, title in enumerate(columns.values(), start=1):
            grid.addWidget(bold(QLabel(title)), 0, column, Qt.AlignmentFlag.AlignRight)
        for row, (what, title) in enumerate(rows.items(), start=1):
            self.count_rows[what] = [QLabel(title)]
            grid.addWidget(self.count_rows[what][0], row, 0)
            for column, (key, column_title) in enumerate(columns.items(), start=1):
                label = QLabel("0")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setAccessibleName(f"{title}: {column_title}")
                self.count_labels[(what, key)] = label
                self.count_rows[what].append(label)
                grid.addWidget(label, row, column)
        grid.setColumnStretch(4, 1)
        self.changes_label = QLabel(self.tr("Participants the import adds or changes:"))
        self.changes_table = read_only_table(
            [
                self.tr("Participant"),
                self.tr("Background"),
                self.tr("New measurements"),
                self.tr("Changed measurements"),
            ],
            self.tr("Participants the import adds or changes"),
        )
        self.changes_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.more_label = QLabel()
        self.more_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_headline)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes_table, 1)
        layout.addWidget(self.more_label)
        self.values_box = ChangedValuesBox(cards)
        layout.addWidget(self.values_box, 1)
        self.warnings_box = ImportWarningsBox()
        layout.addWidget(self.warnings_box, 1)
        layout.addStretch()  # holds the counts at the top when the list is hidden

    def show_preview(self, result: ImportPreview) -> None:
        summary = result.summary
        counts = {
            ("participants", "new"): summary.participants_new,
            ("participants", "updated"): summary.participants_updated,
            ("participants", "unchanged"): summary.participants_unchanged,
            ("measurements", "new"): summary.measurements_new,
            ("measurements", "updated"): summary.measurements_updated,
            ("measurements", "unchanged"): summary.measurements_unchanged,
            ("activities", "new"): summary.activities_new,
            ("activities", "updated"): summary.activities_updated,
            ("activities", "unchanged"): summary.activities_unchanged,
            ("surveys", "new"): summary.surveys_new,
            ("surveys", "updated"): summary.surveys_updated,
            ("surveys", "unchanged"): summary.surveys_unchanged,
        }
        for key, value in counts.items():
            self.count_labels[key].setText(str(value))
        # The rows of what the file holds: an activities file holds activities only.
        shown = {
            "participants": not summary.activities_file,
            "measurements": not summary.activities_file,
            "activities": summary.activities_file,
            "surveys": any(counts["surveys", k] for k in ("new", "updated", "unchanged")),
        }
        for what, labels in self.count_rows.items():
            for label in labels:
                label.setVisible(shown[what])
        name = result.path.name
        if summary.changes_anything:
            self.preview_headline.setText(
                self.tr("Importing {file} will make these changes:").format(file=name)
            )
        else:
            self.preview_headline.setText(
                self.tr("{file} holds nothing new: everything in it is already saved.").format(
                    file=name
                )
            )
        kinds = {
            "new": self.tr("New participant"),
            "updated": self.tr("Updated"),
            "unchanged": self.tr("Unchanged"),
        }
        table = self.changes_table
        table.setRowCount(len(result.participants))
        for row, changed in enumerate(result.participants):
            values = [
                changed.code,
                kinds[changed.participant],
                str(changed.new_measurements),
                str(changed.updated_measurements),
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        has_rows = bool(result.participants)
        self.changes_label.setVisible(has_rows)
        table.setVisible(has_rows)
        hidden = result.participants_total - len(result.participants)
        self.more_label.setVisible(hidden > 0)
        self.more_label.setText(self.tr("…and {count} more participants.").format(count=hidden))
        self.values_box.show_changes(summary.changes)
        self.warnings_box.show_warnings(summary.warnings)
