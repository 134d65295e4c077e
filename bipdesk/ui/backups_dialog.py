"""File → Backups…: the database's backups with date and size; back up now; restore one.

The work is storage's (bipdesk.storage.backup); the dialog lists, asks and
reports. A restore is confirmed first, saying what will happen: the current
file is backed up, then replaced by the chosen backup.
"""

from __future__ import annotations

from babel.numbers import format_decimal
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.storage import DatabaseError
from bipdesk.storage.backup import (
    BackupInfo,
    backup_now,
    default_backup_folder,
    keep_count,
    list_backups,
    set_keep_count,
)
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.moments import babel_locale, format_moment
from bipdesk.ui.read_only import disable_writing
from bipdesk.ui.storage_messages import storage_message

MAX_KEEP = 365


def format_size(size: int) -> str:
    """'1,4 MB' / '1.4 MB'; '96 kB' below a megabyte."""
    if size < 1_000_000:
        return f"{format_decimal(max(1, round(size / 1000)), locale=babel_locale())} kB"
    return f"{format_decimal(size / 1_000_000, format='#,##0.0', locale=babel_locale())} MB"


class BackupsDialog(QDialog):
    """Lists the backups of the open database, newest first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.restored: BackupInfo | None = None
        """The backup put in place, once one was restored."""
        self.backups: list[BackupInfo] = []
        database = context.database
        self.setWindowTitle(self.tr("Backups — BIP Desk"))
        self.setAccessibleName(self.tr("Backups"))
        layout = QVBoxLayout(self)

        self.intro = QLabel(
            self.tr(
                "BIP Desk backs the database up when it starts (once a day) and when it "
                "closes. The backups are in the folder {folder}."
            ).format(folder=str(default_backup_folder(database.path))),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.intro)

        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        self.empty_label = QLabel(self.tr("There is no backup yet."), self)
        layout.addWidget(self.empty_label)

        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("&Keep the newest"), self)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setValue(keep_count(database))
        self.keep_spin.setSuffix(self.tr(" backups"))
        self.keep_spin.setAccessibleName(self.tr("Number of backups to keep"))
        self.keep_spin.setToolTip(
            self.tr("Older backups are deleted when a new one is made. Saved in the database.")
        )
        self.keep_spin.setEnabled(not database.read_only)
        keep_label.setBuddy(self.keep_spin)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep_spin)
        keep_row.addStretch(1)
        layout.addLayout(keep_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        layout.addWidget(self.buttons)
        disable_writing(database, self.keep_spin, self.restore_button)

        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.keep_spin.editingFinished.connect(self._save_keep)
        self.refresh()
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 50, em * 30)

    def refresh(self) -> None:
        """Read the backups folder again (newest first) and select the newest."""
        self.backups = list_backups(self.context.database.path)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            taken = QTableWidgetItem(format_moment(info.taken_at))
            taken.setToolTip(str(info.path))
            size = QTableWidgetItem(format_size(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, taken)
            self.table.setItem(row, 1, size)
        self.empty_label.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.backups[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        read_only = self.context.database.read_only
        self.restore_button.setEnabled(self.selected() is not None and not read_only)

    def _save_keep(self) -> None:
        value = self.keep_spin.value()
        if value != keep_count(self.context.database):
            try:
                set_keep_count(self.context.database, value)
            except DatabaseError as error:
                QMessageBox.warning(self, self.tr("Backups"), storage_message(error))

    def back_up_now(self) -> BackupInfo | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = backup_now(self.context.database)
        except DatabaseError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("No backup was made"), storage_message(error))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.refresh()
        return made

    def confirmation(self, info: BackupInfo) -> QMessageBox:
        """The question asked before a restore (built apart, so tests can answer it)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(
            self.tr("Restore the backup from {time}?").format(time=format_moment(info.taken_at))
        )
        box.setInformativeText(
            self.tr(
                "The database will be replaced by this backup: whatever was saved after "
                "{time} will no longer be in it. First BIP Desk backs up the database as it "
                "is now, so you can go back to it by restoring that backup."
            ).format(time=format_moment(info.taken_at))
        )
        box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def ask_restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        box = self.confirmation(info)
        box.exec()
        if box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole:
            self.restore(info)

    def restore(self, info: BackupInfo) -> bool:
        """Put `info` in place of the open database; True when it was restored."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.context.database.restore(info.path)
        except DatabaseError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self, self.tr("The backup was not restored"), storage_message(error)
            )
            self.refresh()
            return False
        QGuiApplication.restoreOverrideCursor()
        self.restored = info
        self.context.announce(Change.ALL)
        self.refresh()
        QMessageBox.information(
            self,
            self.tr("Backup restored"),
            self.tr(
                "The backup from {time} has been restored. The database as it was before is "
                "kept as the newest backup."
            ).format(time=format_moment(info.taken_at)),
        )
        return True
