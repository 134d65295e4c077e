"""File → Project office…: check the units' aggregate files, add them up, save the report.

The project office has files only, no participants: this window needs no
database. Every file is read and cross-checked (`bipdesk.ui.office_check`,
the checks of `bipdesk.io.merge`); the list (`office_files`) shows a bad
file's problems in its row in plain words, and nothing can be saved while
any file is bad. Files of different periods are added together only when
"Allow mixed periods" is ticked. The good files are summed and shown per
unit or in total, with their margins of error and the group spider of the
installed card (`office_results`); "Save report…" writes the PDF
(`bipdesk.reports.office`), the XLSX tables (`bipdesk.reports.office_xlsx`)
and the merged JSON file. "Save project profile…" writes the profile the
units export with (`office_profile`). Checking and saving run off the UI
thread: the office may merge hundreds of files.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.cards import Card, CardError, CardLibrary
from bipdesk.core.periods import Period
from bipdesk.core.surveys import DEFAULT_GOAL
from bipdesk.io.aggregate_file import AggregateFile
from bipdesk.io.file_error import FileProblem
from bipdesk.ui.language import said_in_app
from bipdesk.ui.office_check import CheckResult, SaveChoice, check_files, write_report_files
from bipdesk.ui.office_files import FOLDER_KEY, OfficeFiles
from bipdesk.ui.office_profile import ProfileDialog
from bipdesk.ui.office_results import OfficeResults
from bipdesk.ui.operations import BackgroundOperation, run_in_background
from bipdesk.ui.spider_widget import app_language

SAVE_FOLDER_KEY = "project_office/save_folder"
SURVEY_GOAL_KEY = "project_office/survey_goal_percent"


def _stored_goal(value: object) -> int:
    """The goal this office set last time, else the default (a bad stored value too)."""
    try:
        percent = int(str(value))
    except ValueError:
        return round(DEFAULT_GOAL * 100)
    return percent if 1 <= percent <= 100 else round(DEFAULT_GOAL * 100)


ERROR_COLOUR = "#c62828"


class OfficeDialog(QDialog):
    """Files and their problems above, the merged tables and the chart below."""

    checked = Signal()
    """The files were checked (again); the list, tables and chart are up to date."""
    saved = Signal(str)
    """A report was saved; the message names the files."""

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

        self.files = OfficeFiles(settings, self.language)
        self.files.changed.connect(self.check)
        self.files.message.connect(self._set_status)
        self.files.file_table.itemSelectionChanged.connect(self._update_buttons)
        self.files.profile_button.clicked.connect(self.profile_dialog)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.files)
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
        self.goal_spin = QSpinBox()
        self.goal_spin.setRange(1, 100)
        self.goal_spin.setSuffix(" %")
        self.goal_spin.setValue(_stored_goal(self.settings.value(SURVEY_GOAL_KEY)))
        self.goal_spin.setAccessibleName(self.tr("Exit survey goal"))
        self.goal_spin.setToolTip(
            self.tr(
                "The project's goal for the share of positive answers to each exit survey "
                "question; the report shows each share against it"
            )
        )
        self.goal_spin.valueChanged.connect(
            lambda value: self.settings.setValue(SURVEY_GOAL_KEY, value)
        )
        goal_label = QLabel(self.tr("Survey &goal:"))
        goal_label.setBuddy(self.goal_spin)
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
        row.addWidget(goal_label)
        row.addWidget(self.goal_spin)
        row.addSpacing(8)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    # -- the files ------------------------------------------------------------------------

    @property
    def paths(self) -> list[Path]:
        return self.files.paths

    def add_files(self, paths: Sequence[Path]) -> None:
        """Add files to the list (each path once) and check them all again."""
        self.files.add_files(paths)

    def remove_files(self, paths: Sequence[Path]) -> None:
        self.files.remove_files(paths)

    def status_text(self, row: int) -> str:
        return self.files.status_text(row)

    def problems(self, path: Path) -> list[FileProblem]:
        return self.files.problems(path)

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
        mixed = self.files.allow_mixed_periods
        if not paths:
            self._checked(CheckResult((), None, {}, mixed))
            return
        self.files.checking()
        self.check_operation = run_in_background(
            self,
            self.tr("Checking the files…"),
            lambda progress: check_files(paths, mixed, progress),
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
        self.files.failed(said_in_app(error))
        self.checked.emit()

    # -- showing ------------------------------------------------------------------------------

    @property
    def can_save(self) -> bool:
        return self.save_button.isEnabled()

    def _refresh(self) -> None:
        self.files.show_result(self.check_result)
        self._show_tables()
        self._update_buttons()

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

    # -- the project profile --------------------------------------------------------------

    def profile_dialog(self) -> ProfileDialog:
        """Open the profile window for the listed files (or the installed defaults)."""
        files = self.check_result.aggregates if self.check_result is not None else []
        dialog = ProfileDialog(self.settings, self.cards(), files, self)
        dialog.saved.connect(self._set_status)
        dialog.open()
        return dialog

    # -- saving -----------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        busy = self.check_operation is not None or self.save_operation is not None
        self.files.set_busy(busy, saving=self.save_operation is not None)
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
            self.goal_spin.value() / 100,
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
        reason = (
            error.strerror if isinstance(error, OSError) and error.strerror else said_in_app(error)
        )
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

    # -- closing ----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.wait()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.wait()
        super().done(result)
