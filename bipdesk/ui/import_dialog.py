"""File → Import…: preview what a CSV/XLSX file would change, then import it.

The same importer as the command line (`bipdesk.io.importer`) does the work.
Reading, planning and writing all run in a worker thread through
`run_in_background`, so the window stays responsive on a file of any size;
cancelling raises inside the work and the transaction rolls back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.io import importer
from bipdesk.io.importer import (
    MAX_PROBLEMS,
    ImportCancelled,
    ImportFailed,
    ImportPlan,
    ImportProblem,
    ImportSummary,
)
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.import_changes import ChangedValuesBox, changed_values_message
from bipdesk.ui.import_templates import TemplateButton
from bipdesk.ui.import_warnings import ImportWarningsBox, warnings_message
from bipdesk.ui.language import said_in_app
from bipdesk.ui.operations import BackgroundOperation, Progress, run_in_background

PREVIEW_ROWS = 500
"""At most this many participants are listed in the preview."""
LAST_FOLDER_KEY = "import/last_folder"
ERROR_COLOUR = "#c62828"
SUFFIXES = (".csv", ".xlsx")


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
    with database.transaction(write=False) as repository:
        plan = importer.plan_import(parsed, repository, today, on_progress)
    changed = changed_participants(plan)
    return ImportPreview(path, plan.summary, tuple(changed[:PREVIEW_ROWS]), len(changed))


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _read_only_table(headers: list[str], accessible: str) -> QTableWidget:
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


class ImportDialog(QDialog):
    """Choose a file, see what it would change or what is wrong with it, then import."""

    imported = Signal(object)
    """The ImportSummary of a finished import."""

    INTRO, WORKING, PREVIEW, ERRORS = range(4)

    def __init__(
        self, context: AppContext, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.problems: list[ImportProblem] = []
        self.summary: ImportSummary | None = None
        self.operation: BackgroundOperation[object] | None = None
        """The latest background run. It stays referenced after it ends: dropping the
        last Python reference from inside its own callback let PySide free it twice
        (a crash seen under load in the tests)."""
        self._running = False
        self._close_when_done = False
        self.setWindowTitle(self.tr("Import from file"))
        self.setAccessibleName(self.tr("Import from file"))
        self.setAcceptDrops(True)
        self.setSizeGripEnabled(True)

        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setAccessibleName(self.tr("File to import"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose file"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._intro_page())
        self.pages.addWidget(self._working_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._errors_page())

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Import status"))
        self.status_label.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        self.template_button = TemplateButton(context.settings)
        self.template_button.saved.connect(self._set_status)
        file_row.addWidget(self.template_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(
            self.fontMetrics().horizontalAdvance("M") * 60, self.fontMetrics().height() * 32
        )
        QWidget.setTabOrder(self.choose_button, self.import_button)

        if path is not None:
            QTimer.singleShot(0, lambda: self.load(path))

    # -- pages ----------------------------------------------------------------

    def _intro_page(self) -> QWidget:
        text = QLabel(
            self.tr(
                "Choose a CSV or Excel file (.csv or .xlsx) with one row per measurement "
                "and a column 'participant' holding the participant code. The columns may "
                "have Swedish names too: deltagare, kön, födelseår, startdatum, mätdatum, "
                "and so on. You see what would change before anything is saved, and a "
                "file with any problem is not imported at all.\n\n"
                "You can also drop a file on this window."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return text

    def _working_page(self) -> QWidget:
        self.working_label = QLabel()
        self.working_label.setWordWrap(True)
        self.working_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return self.working_label

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_headline = _bold(QLabel(), 1.2)
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
            grid.addWidget(_bold(QLabel(title)), 0, column, Qt.AlignmentFlag.AlignRight)
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
        self.changes_table = _read_only_table(
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
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_headline)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes_table, 1)
        layout.addWidget(self.more_label)
        self.values_box = ChangedValuesBox(self._context.database.cards)
        layout.addWidget(self.values_box, 1)
        self.warnings_box = ImportWarningsBox()
        layout.addWidget(self.warnings_box, 1)
        layout.addStretch()  # holds the counts at the top when the list is hidden
        return page

    def _errors_page(self) -> QWidget:
        page = QWidget()
        self.error_headline = _bold(QLabel(), 1.2)
        self.error_headline.setWordWrap(True)
        self.error_headline.setStyleSheet(f"color: {ERROR_COLOUR};")
        hint = QLabel(self.tr("Correct these places in the file, save it and choose it again."))
        hint.setWordWrap(True)
        self.errors_table = _read_only_table(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")], self.tr("Problems in the file")
        )
        self.errors_table.setWordWrap(True)
        self.errors_more_label = QLabel(
            self.tr("Only the first {count} problems are listed; there may be more.").format(
                count=MAX_PROBLEMS
            )
        )
        self.errors_more_label.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_headline)
        layout.addWidget(hint)
        layout.addWidget(self.errors_table, 1)
        layout.addWidget(self.errors_more_label)
        return page

    # -- choosing a file ------------------------------------------------------

    def choose_file(self) -> None:
        folder = str(self._context.settings.value(LAST_FOLDER_KEY, "") or "")
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from file"),
            folder,
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if chosen:
            self._context.settings.setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))
            self.load(Path(chosen))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if (
            not self._running
            and len(urls) == 1
            and urls[0].isLocalFile()
            and Path(urls[0].toLocalFile()).suffix.lower() in SUFFIXES
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.load(Path(urls[0].toLocalFile()))

    # -- the preview (a dry run) ----------------------------------------------

    def load(self, path: Path) -> None:
        """Read and plan `path` in the background, then show the preview or the problems."""
        if self._running:
            return
        self.path = path
        self.preview = None
        self.problems = []
        self.file_label.setText(str(path))
        self.working_label.setText(self.tr("Reading {file}…").format(file=path.name))
        self.pages.setCurrentIndex(self.WORKING)
        self._set_status(None)
        database, today = self._context.database, self._context.today()
        self._run(
            self.tr("Reading {file}…").format(file=path.name),
            lambda progress: preview_import(database, path, today, progress),
            self._previewed,
            self._preview_failed,
        )

    def _previewed(self, result: object) -> None:
        assert isinstance(result, ImportPreview)
        self.preview = result
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
        self.pages.setCurrentIndex(self.PREVIEW)
        self.import_button.setEnabled(summary.changes_anything)
        if summary.changes_anything:
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def _preview_failed(self, error: BaseException) -> None:
        if isinstance(error, ImportFailed):
            self._show_problems(error)
        elif isinstance(error, ImportCancelled):
            self.pages.setCurrentIndex(self.INTRO)
            self.file_label.setText(self.tr("No file chosen"))
            self._set_status(self.tr("Reading the file was cancelled."))
        else:
            self.pages.setCurrentIndex(self.INTRO)
            self._set_status(
                self.tr("The file could not be read: {reason}").format(reason=said_in_app(error)),
                error=True,
            )

    def _show_problems(self, failure: ImportFailed) -> None:
        self.problems = list(failure.problems)
        count = len(self.problems)
        name = Path(self.problems[0].file).name if self.problems else ""
        if self.path is not None:
            name = self.path.name
        if count == 1:
            headline = self.tr("Nothing was imported: 1 problem in {file}").format(file=name)
        else:
            headline = self.tr("Nothing was imported: {count} problems in {file}").format(
                count=count, file=name
            )
        self.error_headline.setText(headline)
        table = self.errors_table
        table.setRowCount(count)
        for row, problem in enumerate(self.problems):
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
        self.import_button.setEnabled(False)
        self.pages.setCurrentIndex(self.ERRORS)

    # -- the import -----------------------------------------------------------

    def start_import(self) -> None:
        """Import the previewed file: one transaction, re-planned inside it."""
        if self.preview is None or self._running:
            return
        path = self.preview.path
        database, today = self._context.database, self._context.today()
        self._set_status(None)
        self._run(
            self.tr("Importing {file}…").format(file=path.name),
            lambda progress: importer.import_file(
                database, path, dry_run=False, today=today, on_progress=progress
            ),
            self._imported,
            self._import_failed,
        )

    def _imported(self, result: object) -> None:
        assert isinstance(result, ImportSummary)
        self.summary = result
        self._context.announce(Change.ALL)
        self.imported.emit(result)
        if result.activities_file:
            message = self.tr(
                "The import is done.\n\nActivities: {an} new, {au} updated, {ac} unchanged."
            ).format(
                an=result.activities_new,
                au=result.activities_updated,
                ac=result.activities_unchanged,
            )
        else:
            message = self.tr(
                "The import is done.\n\n"
                "Participants: {pn} new, {pu} updated, {pc} unchanged.\n"
                "Measurements: {mn} new, {mu} updated, {mc} unchanged."
            ).format(
                pn=result.participants_new,
                pu=result.participants_updated,
                pc=result.participants_unchanged,
                mn=result.measurements_new,
                mu=result.measurements_updated,
                mc=result.measurements_unchanged,
            )
        if result.surveys_new or result.surveys_updated or result.surveys_unchanged:
            message += "\n" + self.tr(
                "Exit surveys: {sn} new, {su} updated, {sc} unchanged."
            ).format(sn=result.surveys_new, su=result.surveys_updated, sc=result.surveys_unchanged)
        message += changed_values_message(result.changes, self._context.database.cards)
        message += warnings_message(result.warnings)
        QMessageBox.information(self.parentWidget() or self, self.tr("Import finished"), message)
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            self._set_status(self.tr("Import cancelled; nothing was changed."))
        elif isinstance(error, ImportFailed):
            self._show_problems(error)
        else:
            self._set_status(
                self.tr("Nothing was imported: {reason}").format(reason=said_in_app(error)),
                error=True,
            )

    # -- running in the background ------------------------------------------

    def _run(
        self,
        label: str,
        work: Callable[[Progress], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        def succeeded(result: object) -> None:
            self._running = False
            self.choose_button.setEnabled(True)
            if not self._close_when_done:
                on_success(result)
                return
            if isinstance(result, ImportSummary):  # finished before the cancel arrived
                self.summary = result
                self._context.announce(Change.ALL)
                self.imported.emit(result)
                self.accept()
            else:
                super(ImportDialog, self).reject()

        def failed(error: BaseException) -> None:
            self._running = False
            self.choose_button.setEnabled(True)
            if self._close_when_done:
                super(ImportDialog, self).reject()
            else:
                on_failure(error)

        self.choose_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self._running = True
        self.operation = run_in_background(self, label, work, succeeded, failed)

    def reject(self) -> None:
        """Cancel: stops running work first (its transaction rolls back), then closes."""
        if self._running and self.operation is not None:
            self._close_when_done = True
            self.operation.cancel()
            self._set_status(self.tr("Stopping…"))
            return
        super().reject()

    def _set_status(self, text: str | None, error: bool = False) -> None:
        self.status_label.setText(text or "")
        self.status_label.setVisible(bool(text))
        self.status_label.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")

    def is_busy(self) -> bool:
        return self._running
