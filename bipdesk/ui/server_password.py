"""The password of a team database's login, asked only when the server wants one.

libpq looks for a password first (PGPASSWORD, ~/.pgpass, a service file); when
it finds none and the server asks, the app asks the user. The password lives
only in the open connection's memory: it is never written to the settings,
the recent list or anywhere else, so it is asked again at the next start.
"""

from __future__ import annotations

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

from bipdesk.storage.server_address import ServerAddress
from bipdesk.ui.contrast import problem_style


class ServerPasswordDialog(QDialog):
    """One password field for `address`'s login; `wrong` says the last one was refused."""

    def __init__(
        self, address: ServerAddress, wrong: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Short: a window manager cuts a long title in the middle (the address goes below).
        self.setWindowTitle(self.tr("Password — BIP Desk"))
        self.setAccessibleName(self.tr("Password for the team database"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The server {server} asks for the password of the login {login} to open "
                "the team database {database}."
            ).format(server=address.host, login=address.login, database=address.database),
            self,
        )
        intro.setObjectName("password_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problem = QLabel(
            self.tr("The server did not accept that password. Check Caps Lock and try again."),
            self,
        )
        self.problem.setObjectName("password_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(problem_style())
        self.problem.setVisible(wrong)
        layout.addWidget(self.problem)
        form = QFormLayout()
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "BIP Desk does not save the password: it is asked again the next time the "
                "team database is opened."
            ),
            self,
        )
        note.setObjectName("password_note")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setDefault(True)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.setMinimumWidth(em * 34)
        self.password.setFocus()


def ask_server_password(
    parent: QWidget | None, address: ServerAddress, wrong: bool = False
) -> str | None:
    """The password typed for `address`; None when cancelled or left empty."""
    dialog = ServerPasswordDialog(address, wrong, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text() or None
    finally:
        dialog.password.clear()
        dialog.deleteLater()
