"""File → Project office…: check the units' aggregate files, add them up, save the report.

The project office has files only, no participants: this window needs no
database. Every file is read and cross-checked by `bipdesk.io.merge`
(`read_aggregate` for each file's own facts, `read_for_merge` for what is
wrong between files); a bad file shows its problem in its row, and nothing
can be saved while any file is bad. The good files are summed by
`merge_aggregates` and shown per unit or in total, with the group spider of
the installed card; "Save report…" writes the PDF
(`bipdesk.reports.office.write_office_report`), the XLSX tables and the
merged JSON file. Checking and saving run off the UI thread: the office may
merge hundreds of files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import Card, CardError, CardLibrary
from bipdesk.core.periods import Period
from bipdesk.io.aggregate_file import (
    AggregateFile,
    AggregateFileError,
    read_aggregate,
    write_aggregate,
    write_xlsx,
)
from bipdesk.io.merge import cross_check, merge_aggregates
from bipdesk.reports.texts import format_day
from bipdesk.ui.office_problems import Problem, explain
from bipdesk.ui.office_results import OfficeResults, period_text
from bipdesk.ui.operations import BackgroundOperation, run_in_background
from bipdesk.ui.spider_widget import app_language

FOLDER_KEY = "project_office/folder"
SAVE_FOLDER_KEY = "project_office/save_folder"
ERROR_COLOUR = "#c62828"
OK_COLOUR = "#2e7d32"


# -- checking (no Qt: runs in the worker thread) -----------------------------------------


@dataclass(frozen=True)
class FileCheck:
    """One chosen file: what it holds when readable, and why it cannot be merged (English)."""

    path: Path
    aggregate: AggregateFile | None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class CheckResult:
    files: tuple[FileCheck, ...]
    total: AggregateFile | None
    """All files summed; None while any file is bad (or no file is chosen)."""
    units: dict[str, AggregateFile]
    """Each unit's files summed, by unit label, in the order of the list."""

    @property
    def ok(self) -> bool:
        return self.total is not None


def check_files(
    paths: Sequence[Path], progress: Callable[[int, int], object] | None = None
) -> CheckResult:
    """Read every file once, cross-check them and sum them when all are fit.

    The same checks as `bipdesk.io.merge.read_for_merge` (reading, then
    `cross_check`), keeping each file's own facts for the list.
    """
    files: list[FileCheck] = []
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths))
        try:
            files.append(FileCheck(path, read_aggregate(path)))
        except AggregateFileError as error:
            files.append(FileCheck(path, None, error.reason))
    loaded = [(str(f.path), f.aggregate) for f in files if f.aggregate is not None]
    if len(paths) >= 2:
        reasons = {problem.file: problem.reason for problem in cross_check(loaded)}
        files = [replace(f, reason=reasons.get(str(f.path), f.reason)) for f in files]
    good = [f.aggregate for f in files if f.aggregate is not None]
    if not files or any(not f.ok for f in files) or len(good) != len(files):
        return CheckResult(tuple(files), None, {})
    by_unit: dict[str, list[AggregateFile]] = {}
    for aggregate in good:
        by_unit.setdefault(aggregate.unit, []).append(aggregate)
    units = {
        unit: members[0] if len(members) == 1 else merge_aggregates(members)
        for unit, members in by_unit.items()
    }
    total = good[0] if len(good) == 1 else merge_aggregates(good)
    return CheckResult(tuple(files), total, units)


@dataclass(frozen=True)
class SaveChoice:
    pdf: Path | None
    xlsx: Path | None
    json: Path | None

    def paths(self) -> list[Path]:
        return [p for p in (self.pdf, self.xlsx, self.json) if p is not None]


def write_report_files(
    result: CheckResult, choice: SaveChoice, language: str, card: Card | None
) -> list[Path]:
    """Write the chosen files of the merged report; returns the paths written."""
    total = result.total
    if total is None:
        raise ValueError("the files have problems; nothing is written")
    if choice.pdf is not None:
        from bipdesk.reports.office import write_office_report  # reportlab: only when saving

        write_office_report(total, list(result.units.values()), choice.pdf, language, card)
    if choice.xlsx is not None:
        write_xlsx(choice.xlsx, total, language)
    if choice.json is not None:
        write_aggregate(choice.json, total)
    return choice.paths()


# -- the window ---------------------------------------------------------------------------


class OfficeDialog(QDialog):
    """Files and their problems above, the merged tables and the chart below."""

    checked = Signal()
    """The files were checked (again); the list, tables and chart are up to date."""
    saved = Signal(str)
    """A report was saved; the message names the files."""

    FILE, UNIT, PERIOD, CARD, EXPORTED, STATUS = range(6)

    def __init__(
        self,
        settings: QSettings,
        cards: CardLibrary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._cards = cards
        self.language = app_language()
        self.paths: list[Path] = []
        self.check_result: CheckResult | None = None
        self.check_operation: BackgroundOperation[CheckResult] | None = None
        self.save_operation: BackgroundOperation[list[Path]] | None = None
        self._stale = False
        self.setWindowTitle(self.tr("Project office"))
        self.setAccessibleName(self.tr("Project office"))
        self.setSizeGripEnabled(True)
        self.setAcceptDrops(True)

        intro = QLabel(
            self.tr(
                "Add the aggregate files (.json) the units have exported. BIP Desk checks "
                "every file and adds them together; no participant data is needed."
            )
        )
        intro.setWordWrap(True)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_files())
        self.results_pane = OfficeResults(self.card_for, self.language)
        self.splitter.addWidget(self.results_pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self._files_first: bool | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self._build_save_row())
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(max(1000, em * 78), max(780, em * 60))
        self._refresh()

    # -- building -----------------------------------------------------------------------

    def _build_files(self) -> QWidget:
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
        self.file_table.itemSelectionChanged.connect(self._update_buttons)
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

        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(drop_hint)
        buttons.addStretch(1)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Whether the files can be added together"))
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row = QHBoxLayout()
        row.addWidget(self.file_table, 1)
        row.addLayout(buttons)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addWidget(self.summary_label)
        return box

    def _build_save_row(self) -> QHBoxLayout:
        self.pdf_check = QCheckBox(self.tr("PDF report"))
        self.xlsx_check = QCheckBox(self.tr("Excel tables (XLSX)"))
        self.json_check = QCheckBox(self.tr("Merged file (JSON)"))
        self.json_check.setToolTip(
            self.tr("The summed aggregate file, which can be merged again with other files")
        )
        for check in (self.pdf_check, self.xlsx_check, self.json_check):
            check.setChecked(True)
            check.toggled.connect(self._update_buttons)
        self.save_button = QPushButton(self.tr("&Save report…"))
        self.save_button.setAccessibleName(self.tr("Save report"))
        self.save_button.clicked.connect(self.save_report_dialog)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("What was saved"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.pdf_check)
        row.addWidget(self.xlsx_check)
        row.addWidget(self.json_check)
        row.addSpacing(8)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    # -- the files ------------------------------------------------------------------------

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
        """Add files to the list (each path once) and check them all again."""
        known = {path.resolve() for path in self.paths}
        repeated: list[str] = []
        for path in paths:
            resolved = Path(path).resolve()
            if resolved in known:
                repeated.append(Path(path).name)
                continue
            known.add(resolved)
            self.paths.append(Path(path))
        if repeated:
            self._set_status(
                self.tr("Already in the list: {files}").format(files=", ".join(repeated))
            )
        else:
            self._set_status("")
        self.check()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.file_table.selectedIndexes()}, reverse=True)
        if not rows:
            return
        for row in rows:
            if 0 <= row < len(self.paths):
                del self.paths[row]
        self._set_status("")
        self.check()

    def remove_files(self, paths: Sequence[Path]) -> None:
        gone = {Path(p).resolve() for p in paths}
        self.paths = [p for p in self.paths if p.resolve() not in gone]
        self.check()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._dropped_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = self._dropped_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.settings.setValue(FOLDER_KEY, str(paths[0].parent))
            self.add_files(paths)

    @staticmethod
    def _dropped_paths(urls: Sequence[object]) -> list[Path]:
        paths = []
        for url in urls:
            local = getattr(url, "toLocalFile", lambda: "")()
            if local and Path(local).is_file():
                paths.append(Path(local))
        return paths

    # -- checking ---------------------------------------------------------------------------

    def check(self) -> None:
        """Check the listed files again, off the UI thread; the views follow when done."""
        if self.check_operation is not None:
            self._stale = True
            return
        self._stale = False
        paths = list(self.paths)
        if not paths:
            self._checked(CheckResult((), None, {}))
            return
        self.summary_label.setText(self.tr("Checking the files…"))
        self.check_operation = run_in_background(
            self,
            self.tr("Checking the files…"),
            lambda progress: check_files(paths, progress),
            self._checked,
            self._check_failed,
            cancellable=False,
        )
        self._update_buttons()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """For tests and closing: block until running work has ended."""
        done = True
        for operation in (self.check_operation, self.save_operation):
            if operation is not None:
                done = operation.wait(milliseconds) and done
        return done

    def _checked(self, result: CheckResult) -> None:
        self.check_operation = None
        if self._stale:
            self.check()
            return
        self.check_result = result
        self._refresh()
        self.checked.emit()

    def _check_failed(self, error: BaseException) -> None:
        self.check_operation = None
        self.check_result = None
        self._refresh()
        self.summary_label.setText(
            self.tr("The files could not be checked: {reason}").format(reason=error)
        )
        self.summary_label.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.checked.emit()

    # -- showing ------------------------------------------------------------------------------

    def problems(self, path: Path) -> list[Problem]:
        """The problems shown for one listed file, in the UI language."""
        if self.check_result is None:
            return []
        for entry in self.check_result.files:
            if entry.path == path and entry.reason is not None:
                return explain(entry.reason)
        return []

    def status_text(self, row: int) -> str:
        item = self.file_table.item(row, self.STATUS)
        return "" if item is None else item.text()

    @property
    def can_save(self) -> bool:
        return self.save_button.isEnabled()

    def _refresh(self) -> None:
        self._fill_file_table()
        self._fill_summary()
        self._show_tables()
        self._update_buttons()

    def _fill_file_table(self) -> None:
        entries = self.check_result.files if self.check_result is not None else ()
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
            bad = entry is not None and entry.reason is not None
            if entry is None:
                texts[self.STATUS] = self.tr("Not checked yet")
            elif bad:
                assert entry.reason is not None
                texts[self.STATUS] = " ".join(
                    f"{problem.kind}: {problem.text}" for problem in explain(entry.reason)
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
        result = self.check_result
        self.summary_label.setStyleSheet("")
        if not self.paths:
            self.summary_label.setText(self.tr("No files yet: add the files the units sent you."))
            return
        if result is None:
            return
        bad = sum(1 for entry in result.files if not entry.ok)
        if bad:
            self.summary_label.setText(
                self.tr(
                    "%n of the files cannot be added together with the others; remove or "
                    "replace them. Nothing can be saved until every file is OK.",
                    "",
                    bad,
                )
            )
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
        self.summary_label.setText(text)

    def _show_tables(self) -> None:
        result = self.check_result
        if result is not None and result.total is not None:
            self.results_pane.show_merged(result.total, result.units)
            self._give_room(files_first=False)
            return
        if not self.paths:
            message = self.tr("The tables of the merged files appear here.")
        elif result is None:
            message = self.tr("Checking the files…")
        else:
            message = self.tr(
                "The tables appear when every file is OK: remove or replace the files "
                "with problems."
            )
        self.results_pane.show_message(message)
        self._give_room(files_first=True)

    def _give_room(self, files_first: bool) -> None:
        """Most of the height to the file list while there are no tables, else to the tables.

        Only when that changes, so that a height the user dragged to stays.
        """
        if self._files_first == files_first:
            return
        self._files_first = files_first
        total = max(self.splitter.height(), 600)
        files = total * 2 // 3 if files_first else total // 4
        self.splitter.setSizes([files, total - files])

    # -- the card ---------------------------------------------------------------------

    def cards(self) -> CardLibrary | None:
        if self._cards is None:
            from bipdesk.io.cards import default_cards

            try:
                self._cards = default_cards()
            except CardError:
                return None
        return self._cards

    def card_for(self, aggregate: AggregateFile) -> Card | None:
        """The installed card the files were made with (same id, version and questions)."""
        cards = self.cards()
        card = cards.get(aggregate.card.id, aggregate.card.version) if cards else None
        if card is None or card.question_ids != aggregate.card.questions:
            return None
        return card

    # -- saving -----------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        busy = self.check_operation is not None or self.save_operation is not None
        self.remove_button.setEnabled(bool(self.file_table.selectedIndexes()) and not busy)
        self.add_button.setEnabled(self.save_operation is None)
        chosen = any(c.isChecked() for c in (self.pdf_check, self.xlsx_check, self.json_check))
        ready = self.check_result is not None and self.check_result.ok and not busy
        self.save_button.setEnabled(ready and chosen)
        if self.check_result is not None and not self.check_result.ok and self.paths:
            self.save_button.setToolTip(self.tr("Every file must be OK before saving"))
        else:
            self.save_button.setToolTip(self.tr("Save the report of all units together"))

    def save_choice(self, pdf: Path) -> SaveChoice:
        """The files to write beside `pdf` (same name, other suffixes), as ticked."""
        stem = pdf.with_suffix("") if pdf.suffix.lower() in (".pdf", ".xlsx", ".json") else pdf
        return SaveChoice(
            stem.with_name(stem.name + ".pdf") if self.pdf_check.isChecked() else None,
            stem.with_name(stem.name + ".xlsx") if self.xlsx_check.isChecked() else None,
            stem.with_name(stem.name + ".json") if self.json_check.isChecked() else None,
        )

    def _suggested_name(self) -> str:
        total = self.check_result.total if self.check_result is not None else None
        if total is None or total.period.start is None:
            return self.tr("project-office-report")
        period = total.period
        assert period.start is not None
        for quarter in range(1, 5):
            if Period.quarter(period.start.year, quarter) == period:
                return self.tr("project-office-{year}-Q{quarter}").format(
                    year=period.start.year, quarter=quarter
                )
        if Period.year(period.start.year) == period:
            return self.tr("project-office-{year}").format(year=period.start.year)
        return self.tr("project-office-report")

    def save_report_dialog(self) -> None:
        if not self.can_save:
            return
        folder = Path(str(self.settings.value(SAVE_FOLDER_KEY, "") or Path.home()))
        suffix = (
            "pdf"
            if self.pdf_check.isChecked()
            else ("xlsx" if self.xlsx_check.isChecked() else "json")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            str(folder / f"{self._suggested_name()}.{suffix}"),
            self.tr("Report (*.pdf *.xlsx *.json)"),
        )
        if not chosen:
            return
        choice = self.save_choice(Path(chosen))
        others = [p for p in choice.paths() if p.exists() and p != Path(chosen)]
        if others:
            answer = QMessageBox.question(
                self,
                self.tr("Save report"),
                self.tr("These files exist already and will be replaced: {files}").format(
                    files=", ".join(p.name for p in others)
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return
        self.settings.setValue(SAVE_FOLDER_KEY, str(Path(chosen).parent))
        self.save_report(choice)

    def save_report(self, choice: SaveChoice) -> None:
        """Write the chosen files off the UI thread; the status line names them."""
        result = self.check_result
        if result is None or result.total is None or not choice.paths():
            return
        language = self.language
        card = self.card_for(result.total)
        self._set_status(self.tr("Saving the report…"))
        self.save_operation = run_in_background(
            self,
            self.tr("Saving the report…"),
            lambda _progress: write_report_files(result, choice, language, card),
            self._saved,
            self._save_failed,
            cancellable=False,
        )
        self._update_buttons()

    def _saved(self, paths: list[Path]) -> None:
        self.save_operation = None
        folder = paths[0].parent if paths else Path()
        message = self.tr("Saved {files} in {folder}.").format(
            files=", ".join(p.name for p in paths), folder=folder
        )
        self._set_status(message)
        self._update_buttons()
        self.saved.emit(message)

    def _save_failed(self, error: BaseException) -> None:
        self.save_operation = None
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        filename = getattr(error, "filename", None)
        if filename:
            reason = f"{reason} ({Path(str(filename)).name})"
        self._set_status(
            self.tr("The report could not be saved: {reason}").format(reason=reason), error=True
        )
        self._update_buttons()

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {ERROR_COLOUR}" if error else "")

    # -- texts ----------------------------------------------------------------------------------

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

    # -- closing ----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.wait()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.wait()
        super().done(result)
