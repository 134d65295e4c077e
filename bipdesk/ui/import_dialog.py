"""File → Import…: preview what a CSV/XLSX file would change, then import it.

The same importer as the command line (`bipdesk.io.importer`) does the work;
the preview (import_preview.py) and the problems (import_problems.py) are
pages of their own. Reading, planning and writing all run in a worker thread
through `run_in_background`, so the window stays responsive on a file of any
size; cancelling raises inside the work and the transaction rolls back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bipdesk.io import importer
from bipdesk.io.importer import ImportCancelled, ImportFailed, ImportProblem, ImportSummary
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.import_changes import changed_values_message
from bipdesk.ui.import_preview import ImportPreview, ImportPreviewPage, preview_import
from bipdesk.ui.import_problems import ERROR_COLOUR, ImportProblemsPage
from bipdesk.ui.import_templates import TemplateButton
from bipdesk.ui.import_warnings import warnings_message
from bipdesk.ui.language import said_in_app
from bipdesk.ui.operations import BackgroundOperation, Progress, run_in_background

LAST_FOLDER_KEY = "import/last_folder"
SUFFIXES = (".csv", ".xlsx")


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

        self.preview_page = ImportPreviewPage(context.database.cards)
        self.preview_headline = self.preview_page.preview_headline
        self.count_labels = self.preview_page.count_labels
        self.changes_table = self.preview_page.changes_table
        self.values_box = self.preview_page.values_box
        self.warnings_box = self.preview_page.warnings_box
        self.problems_page = ImportProblemsPage()
        self.error_headline = self.problems_page.error_headline
        self.errors_table = self.problems_page.errors_table
        self.pages = QStackedWidget()
        self.pages.addWidget(self._intro_page())
        self.pages.addWidget(self._working_page())
        self.pages.addWidget(self.preview_page)
        self.pages.addWidget(self.problems_page)

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
        self.preview_page.show_preview(result)
        self.pages.setCurrentIndex(self.PREVIEW)
        summary = result.summary
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
        name = Path(self.problems[0].file).name if self.problems else ""
        if self.path is not None:
            name = self.path.name
        self.problems_page.show_problems(self.problems, name)
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
