"""The project office's list of aggregate files: each file's unit, period and card, and
its problems in plain words, with whether the files can be added together.

`OfficeFiles` holds the chosen paths (each once) and shows a
`bipdesk.ui.office_check.CheckResult`: "OK" or every problem of a file (its
kind and sentence from `bipdesk.io.merge_problems`) in its row, and below the
list one sentence on the whole set. "Allow mixed periods" lets files of different periods be
added together; the window checks again whenever the list or that choice
changes (`changed`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.file_error import FileProblem
from bipdesk.io.merge import sources_of
from bipdesk.io.merge_problems import DIFFERENT_PERIOD
from bipdesk.reports.texts import format_day
from bipdesk.ui.language import said_in_app
from bipdesk.ui.office_check import CheckResult
from bipdesk.ui.office_results import period_text

FOLDER_KEY = "project_office/folder"
ERROR_COLOUR = "#c62828"
OK_COLOUR = "#2e7d32"


class OfficeFiles(QWidget):
    """The file list with its buttons, and the sentence on the whole set below it."""

    changed = Signal()
    """The list or the mixed-periods choice changed: the files must be checked again."""
    message = Signal(str)
    """A passing note for the window's status line ("" clears it)."""

    FILE, UNIT, PERIOD, CARD, EXPORTED, STATUS = range(6)

    def __init__(self, settings: QSettings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = language
        self.paths: list[Path] = []
        self.result: CheckResult | None = None
        self._busy = False

        self.file_table = QTableWidget(0, 6)
        self.file_table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Unit"),
                self.tr("Period"),
                self.tr("Card"),
                self.tr("Exported"),
                self.tr("Status"),
            ]
        )
        self.file_table.setAccessibleName(self.tr("Aggregate files"))
        self.file_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.file_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.file_table.setTabKeyNavigation(False)
        self.file_table.setWordWrap(True)
        self.file_table.verticalHeader().hide()
        header = self.file_table.horizontalHeader()
        for column in range(self.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STATUS, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.file_table.resizeRowsToContents())
        self.file_table.itemSelectionChanged.connect(lambda: self.set_busy(self._busy))
        remove_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.file_table)
        remove_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove_shortcut.activated.connect(self.remove_selected)

        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setAccessibleName(self.tr("Add files"))
        self.add_button.clicked.connect(self.add_files_dialog)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen files"))
        self.remove_button.clicked.connect(self.remove_selected)
        drop_hint = QLabel(self.tr("You can also drag files here."))
        drop_hint.setWordWrap(True)
        drop_hint.setStyleSheet("color: #505050")
        self.profile_button = QPushButton(self.tr("Save project &profile…"))
        self.profile_button.setAccessibleName(self.tr("Save project profile"))
        self.profile_button.setToolTip(
            self.tr(
                "Write the profile the units export with: the project, the card, the age "
                "bands and the reporting periods, so that every unit's file can be added "
                "to the others"
            )
        )

        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(drop_hint)
        buttons.addStretch(1)
        buttons.addWidget(self.profile_button)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Whether the files can be added together"))
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mixed_check = QCheckBox(self.tr("Allow &mixed periods"))
        self.mixed_check.setToolTip(
            self.tr(
                "Add together files that cover different periods, e.g. one unit's spring "
                "and another's autumn. The report then names every period."
            )
        )
        self.mixed_check.toggled.connect(lambda _on: self.changed.emit())

        row = QHBoxLayout()
        row.addWidget(self.file_table, 1)
        row.addLayout(buttons)
        summary = QHBoxLayout()
        summary.addWidget(self.summary_label, 1)
        summary.addWidget(self.mixed_check, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addLayout(summary)

    # -- the list -------------------------------------------------------------------------

    @property
    def allow_mixed_periods(self) -> bool:
        return self.mixed_check.isChecked()

    def add_files_dialog(self) -> None:
        folder = str(self.settings.value(FOLDER_KEY, str(Path.home())) or Path.home())
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add aggregate files"),
            folder,
            self.tr("Aggregate files (*.json);;All files (*)"),
        )
        if chosen:
            self.settings.setValue(FOLDER_KEY, str(Path(chosen[0]).parent))
            self.add_files([Path(name) for name in chosen])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Add files to the list (each path once); the window checks them all again."""
        known = {path.resolve() for path in self.paths}
        repeated: list[str] = []
        for path in paths:
            resolved = Path(path).resolve()
            if resolved in known:
                repeated.append(Path(path).name)
                continue
            known.add(resolved)
            self.paths.append(Path(path))
        note = ""
        if repeated:
            note = self.tr("Already in the list: {files}").format(files=", ".join(repeated))
        self.message.emit(note)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.file_table.selectedIndexes()}, reverse=True)
        if not rows:
            return
        for row in rows:
            if 0 <= row < len(self.paths):
                del self.paths[row]
        self.message.emit("")
        self.changed.emit()

    def remove_files(self, paths: Sequence[Path]) -> None:
        gone = {Path(p).resolve() for p in paths}
        self.paths = [p for p in self.paths if p.resolve() not in gone]
        self.changed.emit()

    def set_busy(self, busy: bool, saving: bool = False) -> None:
        """Checking or saving: nothing may be removed; while saving nothing added."""
        self._busy = busy
        self.remove_button.setEnabled(bool(self.file_table.selectedIndexes()) and not busy)
        self.add_button.setEnabled(not saving)

    # -- showing --------------------------------------------------------------------------

    def checking(self) -> None:
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(self.tr("Checking the files…"))

    def show_result(self, result: CheckResult | None) -> None:
        self.result = result
        self._fill_table()
        self._fill_summary()

    def failed(self, reason: str) -> None:
        self.result = None
        self._fill_table()
        self.summary_label.setText(
            self.tr("The files could not be checked: {reason}").format(reason=reason)
        )
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR}")

    def problems(self, path: Path) -> list[FileProblem]:
        """The problems shown for one listed file."""
        if self.result is None:
            return []
        for entry in self.result.files:
            if entry.path == path:
                return list(entry.problems)
        return []

    def status_text(self, row: int) -> str:
        item = self.file_table.item(row, self.STATUS)
        return "" if item is None else item.text()

    def _fill_table(self) -> None:
        entries = self.result.files if self.result is not None else ()
        by_path = {entry.path: entry for entry in entries}
        self.file_table.setRowCount(len(self.paths))
        for row, path in enumerate(self.paths):
            entry = by_path.get(path)
            aggregate = entry.aggregate if entry is not None else None
            texts = [path.name, "", "", "", "", ""]
            if aggregate is not None:
                texts[self.UNIT] = aggregate.unit
                texts[self.PERIOD] = period_text(aggregate.period, self.language)
                texts[self.CARD] = self._card_text(aggregate)
                texts[self.EXPORTED] = self._exported_text(aggregate.generated_at)
            bad = entry is not None and not entry.ok
            if entry is None:
                texts[self.STATUS] = self.tr("Not checked yet")
            elif bad:
                texts[self.STATUS] = " ".join(
                    self.tr("{kind}: {problem}").format(
                        kind=said_in_app(problem.kind), problem=said_in_app(problem.text)
                    )
                    for problem in entry.problems
                )
            else:
                texts[self.STATUS] = self.tr("OK")
            for column, value in enumerate(texts):
                item = QTableWidgetItem(value)
                if column == self.FILE:
                    item.setToolTip(str(path))
                if column == self.STATUS:
                    item.setToolTip(value)
                    if entry is not None:
                        item.setForeground(QBrush(QColor(ERROR_COLOUR if bad else OK_COLOUR)))
                self.file_table.setItem(row, column, item)
        self.file_table.resizeRowsToContents()

    def _fill_summary(self) -> None:
        result = self.result
        self.summary_label.setStyleSheet("")
        if not self.paths:
            self.summary_label.setText(self.tr("No files yet: add the files the units sent you."))
            return
        if result is None:
            return
        bad = sum(1 for entry in result.files if not entry.ok)
        if bad:
            text = self.tr(
                "%n of the files cannot be added together with the others; remove or "
                "replace them. Nothing can be saved until every file is OK.",
                "",
                bad,
            )
            if not result.allow_mixed_periods and any(
                problem.kind == DIFFERENT_PERIOD
                for entry in result.files
                for problem in entry.problems
            ):
                text += " " + self.tr(
                    "Files of different periods can be added together when you tick "
                    "“Allow mixed periods”."
                )
            self.summary_label.setText(text)
            self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR}")
            return
        units = ", ".join(sorted(result.units, key=str.casefold))
        if len(result.files) == 1:
            text = self.tr(
                "The file is OK and shown alone (unit: %1). Add the other units' files to "
                "add them together."
            ).replace("%1", units)
        else:
            text = (
                self.tr("All %1 files are OK. Units: %2.")
                .replace("%1", str(len(result.files)))
                .replace("%2", units)
            )
        if result.total is not None and len({s.period for s in sources_of(result.total)}) > 1:
            text += " " + self.tr("The files cover different periods; the report names each.")
        self.summary_label.setText(text)

    def _card_text(self, aggregate: AggregateFile) -> str:
        return self.tr("{card} version {version}").format(
            card=aggregate.card.id, version=aggregate.card.version
        )

    def _exported_text(self, generated_at: str) -> str:
        try:
            day: date = datetime.fromisoformat(generated_at).date()
        except ValueError:
            return generated_at
        return format_day(day, self.language)
