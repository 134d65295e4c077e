"""File → Unit report…: the unit's own exact report as PDF (and XLSX), DESIGN §9.

The user picks the period — the whole project, a calendar year or a quarter —
and whether an Excel workbook goes beside the PDF, then a file name. The
figures are counted and written off the UI thread by the same calls as the
command line's `report` (`count_unit`, `unit_report_pdf`,
`unit_workbook_bytes`), in the app's language; the main window's status bar
says where the files were saved. The dialog says plainly that the report is
internal: its counts are exact, small ones included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.periods import (
    Period,
    is_complete,
    period_slug,
    recent_quarters,
    recent_years,
)
from bipdesk.storage.survey_goal import set_survey_goal_percent, survey_goal_percent
from bipdesk.ui.baseline_choice import BaselineCombo, compares_sentence
from bipdesk.ui.context import AppContext
from bipdesk.ui.formatting import format_day_range
from bipdesk.ui.language import current_language
from bipdesk.ui.operations import BackgroundOperation, Progress, run_in_background
from bipdesk.ui.storage_messages import storage_message

QUARTERS_OFFERED = 8
YEARS_OFFERED = 3
WHOLE_PROJECT = "all"
"""The period combo's key for the whole project (no first or last day)."""
FOLDER_KEY = "unit_report/last_folder"
XLSX_KEY = "unit_report/also_xlsx"
WARNING_COLOUR = "#9e1212"

_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


@dataclass(frozen=True)
class SavedReport:
    pdf: Path
    xlsx: Path | None


def report_paths(chosen: Path, xlsx: bool) -> SavedReport:
    """The PDF (.pdf added when missing) and, when asked for, the XLSX beside it."""
    pdf = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
    return SavedReport(pdf, pdf.with_suffix(".xlsx") if xlsx else None)


def write_report(
    context: AppContext,
    period: Period,
    paths: SavedReport,
    language: str,
    today: date,
    survey_goal: float,
    baseline: str = "start",
) -> SavedReport:
    """Count and write the report (in a worker thread); both files are made before either
    is written, so a failure leaves none behind."""
    from bipdesk.io.aggregate_file import write_atomically
    from bipdesk.reports.unit_figures import count_unit
    from bipdesk.reports.unit_report import unit_report_pdf
    from bipdesk.reports.unit_workbook import unit_workbook_bytes

    figures = count_unit(
        context.database, period, made=today, survey_goal=survey_goal, baseline=baseline
    )
    pdf = unit_report_pdf(figures, language)
    workbook = unit_workbook_bytes(figures, language) if paths.xlsx is not None else None
    write_atomically(paths.pdf, pdf)
    if paths.xlsx is not None and workbook is not None:
        write_atomically(paths.xlsx, workbook)
    return paths


class UnitReportDialog(QDialog):
    """Choose the period and whether an XLSX goes along; save the internal report."""

    saved = Signal(str)
    """Where the report was saved, as a sentence for the status bar."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operation: BackgroundOperation[SavedReport] | None = None
        self.setObjectName("unit_report_dialog")
        self.setWindowTitle(self.tr("Unit report"))
        self._periods: dict[str, Period] = {}
        self._names: dict[str, str] = {}

        self.warning_label = QLabel(self.tr("Internal — contains small counts, do not publish"))
        self.warning_label.setAccessibleName(self.tr("The report is internal"))
        self.warning_label.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold")
        self.about_label = QLabel(
            self.tr(
                "The unit report shows your unit's exact figures, small counts included, for "
                "your own follow-up. Do not publish it or send it on: the project office gets "
                "the export instead (File → Export for the project office…), whose figures "
                "are protected."
            )
        )
        self.about_label.setWordWrap(True)
        self.about_label.setAccessibleName(self.tr("About the unit report"))
        em = self.fontMetrics().horizontalAdvance("M")
        self.about_label.setMinimumWidth(em * 36)

        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.period_combo.setToolTip(
            self.tr("The whole project, a calendar year or a quarter of the report")
        )
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.xlsx_check = QCheckBox(self.tr("Also Excel &workbook (XLSX)"))
        self.xlsx_check.setToolTip(
            self.tr("The same exact tables as an .xlsx workbook beside the PDF")
        )
        self.xlsx_check.setChecked(bool(context.settings.value(XLSX_KEY, False, type=bool)))
        self.goal_spin = QSpinBox()
        self.goal_spin.setRange(1, 100)
        self.goal_spin.setSuffix(" %")
        self.goal_spin.setValue(survey_goal_percent(context.database))
        self.goal_spin.setAccessibleName(self.tr("Exit survey goal"))
        self.goal_spin.setToolTip(
            self.tr(
                "The project's goal for the share of positive answers to each exit survey "
                "question; kept in the database for the next report"
            )
        )
        form = QFormLayout()
        self.baseline_combo = BaselineCombo()
        self.compares_label = QLabel()
        self.compares_label.setObjectName("compares_label")
        self.compares_label.setWordWrap(True)
        form.addRow(self.tr("&Period:"), self.period_combo)
        form.addRow(self.tr("&Compare with:"), self.baseline_combo)
        form.addRow(self.tr("Exit survey &goal:"), self.goal_spin)
        form.addRow("", self.xlsx_check)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setAccessibleName(self.tr("Save the unit report"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.about_label)
        layout.addSpacing(em)
        layout.addLayout(form)
        layout.addWidget(self.compares_label)  # in the form a wrapped label is cut off
        layout.addSpacing(em // 2)
        layout.addWidget(self.buttons)
        self._fill_periods()
        self.period_combo.currentIndexChanged.connect(self._show_compared)
        self.baseline_combo.currentIndexChanged.connect(self._show_compared)
        self._show_compared()

    def _show_compared(self) -> None:
        name = self._names.get(str(self.period_combo.currentData()), "")
        baseline = self.baseline_combo.baseline()
        self.compares_label.setText(compares_sentence(self.period(), name, baseline))

    # -- the period ---------------------------------------------------------------

    def _fill_periods(self) -> None:
        """The whole project (chosen), the last calendar years and the last quarters."""
        today = self.context.today()
        self._add_period(self.tr("The whole project (all dates)"), WHOLE_PROJECT, Period())
        self._names[WHOLE_PROJECT] = self.tr("the whole project")
        self.period_combo.insertSeparator(self.period_combo.count())
        for year in recent_years(today, YEARS_OFFERED):
            period = Period.year(year)
            if is_complete(period, today):
                text = self.tr("Year {year}").format(year=year)
            else:
                text = self.tr("Year {year}, in progress").format(year=year)
            self._add_period(text, str(year), period)
            self._names[str(year)] = str(year)
        self.period_combo.insertSeparator(self.period_combo.count())
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
            self._names[str(quarter)] = self.tr("Q{number} {year}").format(**values)
        self.period_combo.setCurrentIndex(0)

    def _add_period(self, text: str, key: str, period: Period) -> None:
        self.period_combo.addItem(text, key)
        self._periods[key] = period

    def select_period(self, key: str) -> None:
        """Choose 'all', '2026' or '2026-Q3' in the period combo, as the user would."""
        index = self.period_combo.findData(key)
        if index < 0:
            raise KeyError(key)
        self.period_combo.setCurrentIndex(index)

    def period(self) -> Period:
        return self._periods[str(self.period_combo.currentData())]

    # -- saving -------------------------------------------------------------------

    def default_file_name(self) -> str:
        """'<unit>-unit-report-2026-Q3.pdf' (in Swedish 'enhetsrapport'), safe on every system."""
        unit = _NOT_IN_FILE_NAMES.sub("-", " ".join(self.context.unit_name.split())).strip("-.")
        name = self.tr("unit-report")
        stem = f"{unit}-{name}" if unit else name
        return f"{stem}-{period_slug(self.period())}.pdf"

    def ask_path(self) -> Path | None:
        settings = self.context.settings
        folder = Path(str(settings.value(FOLDER_KEY, str(Path.home()))))
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the unit report"),
            str(folder / self.default_file_name()),
            self.tr("PDF documents (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    def save(self, chosen: Path | None = None) -> BackgroundOperation[SavedReport] | None:
        """Ask for the file name (unless given), then count and write in the background."""
        if self.operation is not None:
            return None
        if chosen is None:
            chosen = self.ask_path()
            if chosen is None:
                return None
        paths = report_paths(chosen, self.xlsx_check.isChecked())
        settings = self.context.settings
        settings.setValue(FOLDER_KEY, str(paths.pdf.parent))
        settings.setValue(XLSX_KEY, self.xlsx_check.isChecked())
        context, period = self.context, self.period()
        language, today = current_language(), self.context.today()
        goal_percent = self.goal_spin.value()
        baseline = self.baseline_combo.baseline().value
        if goal_percent != survey_goal_percent(context.database) and not context.database.read_only:
            set_survey_goal_percent(context.database, goal_percent)

        def work(progress: Progress) -> SavedReport:
            return write_report(
                context, period, paths, language, today, goal_percent / 100, baseline
            )

        self.save_button.setEnabled(False)
        self.operation = run_in_background(
            self,
            self.tr("Writing the unit report…"),
            work,
            self._saved,
            self._failed,
            cancellable=False,
        )
        return self.operation

    def _saved(self, paths: SavedReport) -> None:
        self.operation = None
        self.save_button.setEnabled(True)
        if paths.xlsx is not None:
            message = self.tr("Unit report saved: {pdf} and {xlsx}").format(
                pdf=paths.pdf, xlsx=paths.xlsx
            )
        else:
            message = self.tr("Unit report saved: {pdf}").format(pdf=paths.pdf)
        self.saved.emit(message)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.operation = None
        self.save_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Unit report"), storage_message(error))

    def wait(self) -> None:
        """Let a report being written finish (the window or the app is closing)."""
        if self.operation is not None:
            self.operation.wait()
