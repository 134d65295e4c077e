"""The GDPR duties in the desktop app: erase one participant, extract their data,
and the retention review (File → Retention review…).

The work is done by bipdesk.storage.privacy, bipdesk.io.subject_access and
bipdesk.reports.subject_access, the same functions as `bipdesk erase` and
`bipdesk extract`; these dialogs only ask and tell.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipdesk.core.retention import DueForErasure
from bipdesk.storage import DatabaseError, NotFoundError
from bipdesk.storage.privacy import Erasure, erase_participants, retention_review
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.database_menu import database_name
from bipdesk.ui.formatting import format_day
from bipdesk.ui.storage_messages import storage_message

ERROR_COLOUR = "#c62828"
EXTRACT_FOLDER_KEY = "privacy/extract_folder"


def backups_kept(context: AppContext) -> int | None:
    """How many automatic backups BIP Desk keeps, when this version makes them."""
    try:
        from bipdesk.storage.backup import DEFAULT_KEEP, KEEP_SETTING
    except ImportError:  # a build without automatic backups
        return None
    with context.database.transaction(write=False) as repository:
        value = repository.get_setting(KEEP_SETTING, DEFAULT_KEEP)
    return value if isinstance(value, int) and value > 0 else DEFAULT_KEEP


def backups_note(context: AppContext) -> str:
    """The plain truth about backups, for every erasure confirmation."""
    if context.database.server is not None:
        return QCoreApplication.translate(
            "privacy",
            "The server's backups, which your IT department makes, still hold the data until "
            "they are replaced by newer ones.",
        )
    kept = backups_kept(context)
    if kept is None:
        return QCoreApplication.translate(
            "privacy",
            "The automatic backups still hold the data until they are replaced by newer ones.",
        )
    return QCoreApplication.translate(
        "privacy",
        "The automatic backups still hold the data until they age out: BIP Desk keeps the "
        "latest {count} backups, so the data is gone from them once {count} newer backups "
        "have been made.",
    ).format(count=kept)


class EraseParticipantDialog(QDialog):
    """Erasing needs the participant's code typed again: it cannot be undone."""

    def __init__(self, code: str, backups: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("Erase participant {code}").format(code=code))
        self.setAccessibleName(self.tr("Erase participant"))
        warning = QLabel(
            self.tr(
                "<b>This erases participant {code} for good:</b> the background, every "
                "measurement with its answers and notes, and any unfinished measurement. "
                "It cannot be undone."
            ).format(code=code),
            self,
        )
        warning.setWordWrap(True)
        note = QLabel(backups, self)
        note.setWordWrap(True)
        prompt = QLabel(self.tr("Type the code {code} to confirm:").format(code=code), self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setAccessibleName(self.tr("Code to confirm the erasure"))
        self.code_edit.setPlaceholderText(code)
        prompt.setBuddy(self.code_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("Erase for good"))
        self.erase_button.setAccessibleName(self.tr("Erase the participant for good"))
        self.erase_button.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.erase_button.setEnabled(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        # No default button: Enter erases only from the code field, once the code is right.
        for button in (self.erase_button, cancel):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.code_edit.textChanged.connect(self._check)
        self.code_edit.returnPressed.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(note)
        layout.addSpacing(6)
        layout.addWidget(prompt)
        layout.addWidget(self.code_edit)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

    def confirmed(self) -> bool:
        return self.code_edit.text().strip() == self.code

    def _check(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()


def erase_with_message(parent: QWidget, context: AppContext, codes: list[str]) -> Erasure | None:
    """Erase `codes` in one transaction; a plain message box when it fails."""
    try:
        result = erase_participants(context.database, codes)
    except (DatabaseError, NotFoundError) as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("privacy", "Nothing was erased"),
            storage_message(error),
        )
        return None
    context.announce(Change.ALL)
    return result


def ask_extract_path(parent: QWidget, context: AppContext, code: str) -> Path | None:
    """Where to save the extract's JSON (the PDF goes beside it)."""
    folder = Path(str(context.settings.value(EXTRACT_FOLDER_KEY, str(Path.home()))))
    suggested = folder / QCoreApplication.translate("privacy", "extract-{code}.json").format(
        code="".join(c if c.isalnum() or c in "-_" else "_" for c in code)
    )
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("privacy", "Save everything stored about {code}").format(
            code=code
        ),
        str(suggested),
        QCoreApplication.translate("privacy", "JSON files (*.json)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".json":
        path = path.with_suffix(".json")
    context.settings.setValue(EXTRACT_FOLDER_KEY, str(path.parent))
    return path


def write_extract(context: AppContext, code: str, json_path: Path, language: str) -> Path:
    """The subject-access extract of `code` as JSON at `json_path` and PDF beside it."""
    from bipdesk.io.subject_access import write_subject_access_json
    from bipdesk.reports.subject_access import write_subject_access_pdf
    from bipdesk.storage.privacy import subject_record

    with context.database.transaction(write=False) as repository:
        record = subject_record(repository, code)
    pdf_path = json_path.with_suffix(".pdf")
    write_subject_access_json(json_path, record, language)
    write_subject_access_pdf(
        record, pdf_path, language, database_name(context.database), context.today()
    )
    return pdf_path


class RetentionReviewDialog(QDialog):
    """Participants who ended more than N years ago, to erase after confirmation."""

    CODE, NAME, ENDED, DUE = range(4)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.due: list[DueForErasure] = []
        self.years = 0
        self.setWindowTitle(self.tr("Retention review — BIP Desk"))
        self.setAccessibleName(self.tr("Retention review"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Participants due for erasure"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Ended"), self.tr("Due for erasure since")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.note_label = QLabel(backups_note(context), self)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #616161;")

        self.select_all_button = QPushButton(self.tr("Tick &all"), self)
        self.select_all_button.setAccessibleName(self.tr("Tick all participants"))
        self.select_all_button.clicked.connect(lambda: self._tick_all(True))
        self.select_none_button = QPushButton(self.tr("Tick &none"), self)
        self.select_none_button.setAccessibleName(self.tr("Untick all participants"))
        self.select_none_button.clicked.connect(lambda: self._tick_all(False))
        self.erase_button = QPushButton(self.tr("&Erase ticked…"), self)
        self.erase_button.setAccessibleName(self.tr("Erase the ticked participants"))
        self.erase_button.clicked.connect(self.erase_ticked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        row = QHBoxLayout()
        row.addWidget(self.select_all_button)
        row.addWidget(self.select_none_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        row.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.note_label)
        layout.addLayout(row)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 54, em * 34)
        self.table.itemChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        with self.context.database.transaction(write=False) as repository:
            self.years, self.due = retention_review(repository, self.context.today())
        self.intro.setText(
            self.tr(
                "Participants whose participation ended more than {years} years ago "
                "(the retention period in Settings). Erase them when your organisation's "
                "rules for thinning out records (gallring) say they are no longer needed; "
                "the reports already sent keep their anonymized figures."
            ).format(years=self.years)
        )
        show_names = self.context.show_names
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.due))
        for row, entry in enumerate(self.due):
            code = QTableWidgetItem(entry.participant.code)
            code.setFlags(code.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            code.setCheckState(Qt.CheckState.Checked)
            code.setData(Qt.ItemDataRole.UserRole, entry.participant.code)
            name = entry.participant.name if show_names else None
            self.table.setItem(row, self.CODE, code)
            self.table.setItem(row, self.NAME, QTableWidgetItem(name or ""))
            self.table.setItem(row, self.ENDED, QTableWidgetItem(format_day(entry.ended)))
            self.table.setItem(row, self.DUE, QTableWidgetItem(format_day(entry.erase_from)))
        self.table.blockSignals(False)
        self.table.setColumnHidden(self.NAME, not show_names)
        self.table.setVisible(bool(self.due))
        self.empty_label.setVisible(not self.due)
        self.empty_label.setText(
            self.tr("No participant ended more than {years} years ago. Nothing is due.").format(
                years=self.years
            )
        )
        self._update_buttons()

    def ticked_codes(self) -> list[str]:
        codes: list[str] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.CODE)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return codes

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.CODE)
            if item is not None:
                item.setCheckState(state)

    def _update_buttons(self) -> None:
        count = len(self.ticked_codes())
        self.erase_button.setEnabled(count > 0)
        self.select_all_button.setEnabled(bool(self.due))
        self.select_none_button.setEnabled(count > 0)

    def confirm(self, count: int) -> bool:
        """The bulk erasure's one question; its default is No."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase participants"),
            self.tr(
                "Erase {count} participants for good, with all their measurements, answers "
                "and notes? This cannot be undone."
            ).format(count=count),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(backups_note(self.context))
        erase = box.addButton(
            self.tr("Erase {count} participants").format(count=count),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is erase

    def erase_ticked(self) -> Erasure | None:
        codes = self.ticked_codes()
        if not codes or not self.confirm(len(codes)):
            return None
        result = erase_with_message(self, self.context, codes)
        self.reload()
        return result
