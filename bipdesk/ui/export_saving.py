"""Saving the export for the project office: the file names, the CSV and XLSX beside the
JSON, and why Save waits.

Save writes exactly the file the preview shows; it is refused, with the
reason beside the button, while the preview is not up to date, the unit has
no name or the profile would not merge. The folder and the CSV/XLSX choices
are remembered, the unit label is kept for the next export.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
)

from bipdesk.core.periods import Period, period_slug
from bipdesk.io.export import ExportPaths, write_outputs
from bipdesk.ui.export_part import ExportPart
from bipdesk.ui.language import said_in_app

FOLDER_KEY = "export/last_folder"
CSV_KEY = "export/also_csv"
XLSX_KEY = "export/also_xlsx"
ERROR_COLOUR = "#c62828"

_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def normalized_unit(text: str) -> str:
    """The unit label as `build_aggregate` writes it: spaces collapsed."""
    return " ".join(text.split())


def _file_part(text: str) -> str:
    return _NOT_IN_FILE_NAMES.sub("-", normalized_unit(text)).strip("-.")


def default_file_name(unit: str, period: Period, label: str | None = None) -> str:
    """'<unit>-2026-Q3.json' (or '<unit>-2025-H1.json' for a profile's period labelled
    '2025 H1'), safe as a file name on Windows, macOS and Linux."""
    when = (_file_part(label) if label else "") or period_slug(period)
    return f"{_file_part(unit) or 'export'}-{when}.json"


def output_paths(json_path: Path, csv: bool, xlsx: bool) -> ExportPaths:
    """The JSON file and, when asked for, CSV and XLSX beside it with the same stem."""
    if json_path.suffix.lower() != ".json":
        json_path = json_path.with_name(json_path.name + ".json")
    return ExportPaths(
        json_path,
        json_path.with_suffix(".csv") if csv else None,
        json_path.with_suffix(".xlsx") if xlsx else None,
    )


class ExportSaving(ExportPart):
    """The save row, Save and what it waits for (a part of ExportDialog)."""

    def _build_buttons(self) -> None:
        self.csv_check = QCheckBox(self.tr("Also &CSV for Excel"))
        self.csv_check.setToolTip(
            self.tr("The same tables as a .csv file beside the export (semicolons, decimal comma)")
        )
        self.xlsx_check = QCheckBox(self.tr("Also Excel &workbook (XLSX)"))
        self.xlsx_check.setToolTip(
            self.tr("The same tables as an .xlsx workbook beside the export, one sheet per table")
        )
        settings = self.context.settings
        self.csv_check.setChecked(bool(settings.value(CSV_KEY, False, type=bool)))
        self.xlsx_check.setChecked(bool(settings.value(XLSX_KEY, False, type=bool)))
        self.save_row = QHBoxLayout()
        self.save_row.addWidget(self.csv_check)
        self.save_row.addSpacing(16)
        self.save_row.addWidget(self.xlsx_check)
        self.save_row.addStretch(1)

        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(self.tr("Why the export cannot be saved yet"))

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setAccessibleName(self.tr("Save the export"))
        self.save_button.clicked.connect(lambda: self.save())
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

    def save_blocker(self) -> str | None:
        """Why Save cannot be pressed now, in words; None when it can."""
        found = self._blocker()
        return None if found is None else found[0]

    def _blocker(self) -> tuple[str, bool] | None:
        """The reason Save waits, and whether it is something the user must fix."""
        if self.period() is None:
            return self.tr("The period ends before it starts; change the dates."), True
        refused = self.profile_choice.fit_problem()
        if refused is not None:
            return refused, True
        if not self.unit():
            return (
                self.tr(
                    "Write the name of your unit above: the project office needs to know "
                    "whose figures these are."
                ),
                True,
            )
        if self.is_current:
            return None
        if self._failure is not None:
            return self._failure, True
        return self.tr("The preview is being brought up to date…"), False

    def _update_save_state(self) -> None:
        found = self._blocker()
        self.save_button.setEnabled(found is None)
        text, is_problem = found if found is not None else ("", False)
        self.reason_label.setText(text)
        self.reason_label.setStyleSheet(f"color: {ERROR_COLOUR};" if is_problem else "")
        self.reason_label.setVisible(found is not None)

    def ask_path(self) -> Path | None:
        """The JSON file to write, chosen in a file dialog (the folder is remembered)."""
        assert self.aggregate is not None
        folder = Path(str(self.context.settings.value(FOLDER_KEY, "") or Path.home()))
        name = default_file_name(self.unit(), self.aggregate.period, self.periods.label())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the export for the project office"),
            str(folder / name),
            self.tr("Aggregate files (*.json)"),
        )
        return Path(chosen) if chosen else None

    def save(self, path: Path | None = None) -> list[Path]:
        """Write the previewed file (and CSV/XLSX when ticked); the written paths."""
        blocker = self.save_blocker()
        if blocker is not None or self.aggregate is None:
            QMessageBox.information(self, self.tr("Export not saved yet"), blocker or "")
            return []
        if path is None:
            path = self.ask_path()
            if path is None:
                return []
        paths = output_paths(path, self.csv_check.isChecked(), self.xlsx_check.isChecked())
        beside = [p for p in (paths.csv, paths.xlsx) if p is not None and p.exists()]
        if beside and not self._may_replace(beside):
            return []
        # A few hundred cells: well under a second even with the XLSX, so no thread.
        failure: Exception | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_outputs(self.aggregate, paths, self.language)
        except Exception as error:  # a full disk, no permission, a refused file: say so
            failure = error
        finally:
            QApplication.restoreOverrideCursor()
        if failure is not None:
            reason = failure.strerror if isinstance(failure, OSError) else None
            QMessageBox.warning(
                self,
                self.tr("Export not saved"),
                self.tr("The export could not be saved in {folder}: {reason}").format(
                    folder=paths.json.parent, reason=reason or said_in_app(failure)
                ),
            )
            return []
        self.written = [p for p in (paths.json, paths.csv, paths.xlsx) if p is not None]
        settings = self.context.settings
        settings.setValue(FOLDER_KEY, str(paths.json.parent))
        settings.setValue(CSV_KEY, self.csv_check.isChecked())
        settings.setValue(XLSX_KEY, self.xlsx_check.isChecked())
        self._remember_unit()
        self.status_message.emit(
            self.tr("Saved for the project office: {files} (in {folder}).").format(
                files=", ".join(p.name for p in self.written), folder=paths.json.parent
            )
        )
        self.accept()
        return self.written

    def _remember_unit(self) -> None:
        """The unit label belongs to the database: the next export (and the sheets) use it."""
        context = self.context
        if self.unit() != context.unit_name and not context.database.read_only:
            context.save_project_settings(self.unit(), context.interval_months)

    def _may_replace(self, existing: list[Path]) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace files?"),
            self.tr("These files already exist and will be replaced: {files}").format(
                files=", ".join(p.name for p in existing)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
