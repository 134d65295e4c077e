"""The modal work the main window's menus start: import a file, make demo data, print the
sheets due, review retention, backups, the passphrase and the settings.

Each dialog is imported when first asked for, asks before unsaved edits of a
participant are left where it changes the database under them, and reports in
the status line when it is done.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from bipdesk.ui.main_window_part import MainWindowPart
from bipdesk.ui.operations import BackgroundOperation, Progress, run_in_background
from bipdesk.ui.storage_messages import storage_message

if TYPE_CHECKING:
    from bipdesk.storage.demo import DemoResult

IMPORT_FOLDER_KEY = "main_window/import_folder"
DEMO_PARTICIPANTS = 300


class MainDialogs(MainWindowPart):
    """The File and Edit menus' modal dialogs and background work (a part of MainWindow)."""

    demo_operation: BackgroundOperation[DemoResult | None] | None = None
    _print_operation: object | None = None

    def print_due_this_week(self) -> None:
        from bipdesk.ui.fill_in import ui_language
        from bipdesk.ui.printing import print_due_this_week

        self._print_operation = print_due_this_week(self, self.context, ui_language())

    def ask_import_path(self) -> Path | None:
        folder = str(self.context.settings.value(IMPORT_FOLDER_KEY, str(Path.home())))
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import participants and measurements"),
            folder,
            self.tr("Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        self.context.settings.setValue(IMPORT_FOLDER_KEY, str(path.parent))
        return path

    def import_file(self, path: Path | None = None) -> None:
        """File → Import…: choose a file, then preview and import it in the import dialog."""
        if path is None:
            path = self.ask_import_path()
            if path is None:
                return
        from bipdesk.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.context, path, self)
        summaries: list[object] = []
        imported = getattr(dialog, "imported", None)
        if imported is not None:
            imported.connect(summaries.append)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if accepted or summaries:
            self.show_status(self._import_message(path, summaries[-1] if summaries else None))

    def _import_message(self, path: Path, summary: object | None) -> str:
        counts = [
            getattr(summary, name, None)
            for name in (
                "participants_new",
                "participants_updated",
                "measurements_new",
                "measurements_updated",
            )
        ]
        if all(isinstance(count, int) for count in counts):
            new_p, updated_p, new_m, updated_m = counts
            return self.tr(
                "Imported {file}: {new_p} new and {updated_p} changed participants, "
                "{new_m} new and {updated_m} changed measurements."
            ).format(
                file=path.name, new_p=new_p, updated_p=updated_p, new_m=new_m, updated_m=updated_m
            )
        return self.tr("Imported {file}.").format(file=path.name)

    def open_demo(self) -> None:
        """File → Open demo data: invented people in a database of their own, opened
        instead of this one; a real database never gets them."""
        from bipdesk.paths import demo_database_path
        from bipdesk.storage.demo import is_demo_database

        if self.demo_operation is not None:
            return
        if is_demo_database(self.context.database):
            self.show_status(self.tr("The demo data is already open."))
            return
        path, today = demo_database_path(), self.context.today()

        def work(progress: Progress) -> DemoResult | None:
            from bipdesk.io.cards import default_cards
            from bipdesk.storage.demo import make_demo_database

            return make_demo_database(path, default_cards(), DEMO_PARTICIPANTS, today=today)

        self.demo_operation = run_in_background(
            self,
            self.tr("Making demo participants…"),
            work,
            lambda _result: self._demo_done(path),
            self._demo_failed,
            cancellable=False,
        )

    def _demo_done(self, path: Path) -> None:
        self.demo_operation = None
        self.database_requested.emit(path)

    def _demo_failed(self, error: BaseException) -> None:
        self.demo_operation = None
        QMessageBox.warning(self, self.tr("Demo data"), storage_message(error))

    def open_retention_review(self) -> None:
        """File → Retention review…: who ended long ago, to erase after confirmation."""
        if not self.may_leave_participant_page():
            return
        from bipdesk.ui.privacy_dialogs import RetentionReviewDialog

        dialog = RetentionReviewDialog(self.context, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def open_backups(self) -> None:
        """File → Backups…: list, back up now, restore (then the start page shows)."""
        if self.context.database.server is not None:  # disabled in the menu; said if reached
            from bipdesk.ui.file_features import file_only_reason

            reason = file_only_reason(self.context.database)
            QMessageBox.information(self, self.tr("Backups"), reason)
            return
        if not self.may_leave_participant_page():
            return
        from bipdesk.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context, self)
        try:
            dialog.exec()
            if dialog.restored is not None:
                self.stack.setCurrentWidget(self.start_page)
                self.show_status(self.tr("Backup restored."))
        finally:
            dialog.deleteLater()

    def change_passphrase(self) -> bool:
        """File → Change passphrase… (encrypted databases only); True when changed."""
        if not self.context.database.encrypted or self.context.database.read_only:
            return False
        from bipdesk.ui.passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.context, self)
        try:
            dialog.exec()
            if dialog.changed:
                self.show_status(
                    self.tr("The passphrase is changed. Backups made before keep the old one.")
                )
            return dialog.changed
        finally:
            dialog.deleteLater()

    def open_settings(self) -> None:
        from bipdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.show_status(self.tr("Settings saved."))
        finally:
            dialog.deleteLater()
