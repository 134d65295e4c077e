"""File → Change passphrase… for an encrypted database.

The same storage call as `bipdesk change-passphrase` (Database.change_passphrase,
SQLCipher's rekey). The current passphrase is asked first, so that nobody who
finds the app unlocked can take the data over; the new one is typed twice,
under the plain warning that a lost passphrase cannot be recovered. Rekeying
rewrites every page of the file, so it runs in the background while this
dialog stays open (and the rest of the app waits for it).
"""

from __future__ import annotations

import hmac

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bipdesk.storage.cipher import MIN_PASSPHRASE_LENGTH
from bipdesk.ui.context import AppContext
from bipdesk.ui.contrast import problem_style
from bipdesk.ui.database_menu import database_name
from bipdesk.ui.operations import BackgroundOperation, Progress, run_in_background
from bipdesk.ui.storage_messages import storage_message


class ChangePassphraseDialog(QDialog):
    """Current passphrase, the new one twice; Change encrypts the file with the new one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.changed = False
        """True once the file is encrypted with the new passphrase."""
        self.operation: BackgroundOperation[None] | None = None
        self.setWindowTitle(self.tr("Change passphrase — BIP Desk"))
        self.setAccessibleName(self.tr("Change passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a new passphrase for {file}. Backups made before keep the passphrase "
                "they were made with."
            ).format(file=database_name(context.database)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.current = self._password_field(self.tr("Current passphrase"))
        self.first = self._password_field(self.tr("New passphrase"))
        self.second = self._password_field(self.tr("The new passphrase again"))
        form.addRow(self.tr("&Current passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        layout.addLayout(form)
        self.warning = QLabel(
            self.tr(
                "Write the new passphrase down and keep it somewhere safe. A lost passphrase "
                "cannot be recovered, by anyone: without it the database cannot be opened."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { font-weight: bold; }")
        layout.addWidget(self.warning)
        self.problem = QLabel("", self)
        self.problem.setObjectName("passphrase_problem")
        self.problem.setStyleSheet(problem_style())
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(self)
        self.change_button = QPushButton(self.tr("C&hange passphrase"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self.try_change)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.setFixedWidth(em * 46)
        self._fit()

    def _password_field(self, accessible: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible)
        return field

    def _fit(self) -> None:
        """The height the wrapped texts need at the dialog's width (no gaps, no clipping)."""
        em = self.fontMetrics().horizontalAdvance("M")
        layout = self.layout()
        if layout is not None:
            self.setFixedHeight(layout.totalHeightForWidth(self.width()) + 2 * em)

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self._fit()

    def problem_with(self, current: str, first: str, second: str) -> str | None:
        """Why the typed passphrases cannot be used; None when they can."""
        known = self.context.database.passphrase or ""
        if not hmac.compare_digest(current.encode("utf-8"), known.encode("utf-8")):
            return self.tr("The current passphrase is wrong. Check Caps Lock and try again.")
        if len(first) < MIN_PASSPHRASE_LENGTH:
            return self.tr("The new passphrase must be at least {n} characters long.").format(
                n=MIN_PASSPHRASE_LENGTH
            )
        if first != second:
            return self.tr("The two new passphrases differ.")
        if first == current:
            return self.tr("The new passphrase is the same as the current one.")
        return None

    def try_change(self) -> None:
        if self.operation is not None:
            return
        first = self.first.text()
        problem = self.problem_with(self.current.text(), first, self.second.text())
        if problem is not None:
            self._refuse(problem)
            return
        self.problem.hide()
        self._set_busy(True)
        database = self.context.database

        def work(progress: Progress) -> None:
            database.change_passphrase(first)

        self.operation = run_in_background(
            self,
            self.tr("Encrypting the database with the new passphrase…"),
            work,
            self._done,
            self._failed,
            cancellable=False,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.current, self.first, self.second, self.change_button):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def _done(self, _result: None) -> None:
        self.operation = None
        self.changed = True
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.operation = None
        self._set_busy(False)
        self._refuse(storage_message(error))

    def reject(self) -> None:
        if self.operation is None:  # the file is being rewritten: wait for it
            super().reject()
