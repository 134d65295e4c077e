"""The import window's "Save a template…": a file to fill in, saved where the user picks.

A menu offers the two kinds of import file (participants and measurements, or
activities); the file dialog offers an Excel workbook (first, since Excel set to
Swedish opens a comma-separated file as one column) or CSV.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from bipdesk.io.templates import WORKBOOK_SUFFIX, TemplateKind, write_template
from bipdesk.ui.language import current_language

FOLDER_KEY = "import/template_folder"


class TemplateButton(QPushButton):
    """ "Save a template…" with a menu of the two kinds."""

    saved = Signal(str)
    """A sentence saying where the template was saved."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Save a &template…"), parent)
        self._settings = settings
        self.setAccessibleName(self.tr("Save a template"))
        self.setToolTip(
            self.tr("A spreadsheet with the right columns and a few example rows to fill in")
        )
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        participants = menu.addAction(self.tr("Participants and measurements…"))
        participants.setToolTip(
            self.tr("One row per measurement; a row without a date only adds the participant")
        )
        participants.triggered.connect(lambda: self.save(TemplateKind.PARTICIPANTS))
        activities = menu.addAction(self.tr("Activities…"))
        activities.setToolTip(self.tr("One row per activity of participants already in BIP Desk"))
        activities.triggered.connect(lambda: self.save(TemplateKind.ACTIVITIES))
        self.setMenu(menu)

    def suggested_name(self, kind: TemplateKind) -> str:
        if kind is TemplateKind.ACTIVITIES:
            return self.tr("template-activities") + WORKBOOK_SUFFIX
        return self.tr("template-participants") + WORKBOOK_SUFFIX

    def ask_path(self, kind: TemplateKind) -> Path | None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = str(self._settings.value(FOLDER_KEY, "") or documents or Path.home())
        workbook = self.tr("Excel workbook (*.xlsx)")
        comma_separated = self.tr("CSV file (*.csv)")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a template"),
            str(Path(folder) / self.suggested_name(kind)),
            f"{workbook};;{comma_separated}",
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (WORKBOOK_SUFFIX, ".csv"):
            path = path.with_name(
                path.name + (WORKBOOK_SUFFIX if chosen_filter == workbook else ".csv")
            )
        self._settings.setValue(FOLDER_KEY, str(path.parent))
        return path

    def save(self, kind: TemplateKind, path: Path | None = None) -> Path | None:
        """Ask where (unless `path` is given) and write the template; None when not saved."""
        target = path if path is not None else self.ask_path(kind)
        if target is None:
            return None
        try:
            write_template(kind, target, current_language())
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("The template was not saved"),
                self.tr("{file} could not be written: {reason}").format(
                    file=str(target), reason=error.strerror or str(error)
                ),
            )
            return None
        self.saved.emit(
            self.tr("Saved the template as {file}. Fill it in, save it and import it.").format(
                file=str(target)
            )
        )
        return target
