"""File → Open team database…: where the team's database lives on a server.

A coordinator does not type URLs: the IT department gives them a server, a
database name and their login, and the dialog puts the address together and
checks it with the same rules as `--db` (parse_server_address) while they
type, saying what is wrong beside the fields. Nothing is contacted until
Open; the password is asked only if the server wants one (server_password).
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bipdesk.storage.server_address import (
    DEFAULT_PORT,
    AddressError,
    ServerAddress,
    parse_server_address,
)
from bipdesk.ui.contrast import problem_style
from bipdesk.ui.language import said_in_app


def address_url(login: str, host: str, port: int, database: str, sslmode: str | None) -> str:
    """The `postgresql://` address of the fields, for parse_server_address to judge."""
    server = f"[{host}]" if ":" in host else host
    login_part = quote(login, safe="") if login else ""
    url = f"postgresql://{login_part}@{server}:{port}/{quote(database, safe='')}"
    return f"{url}?sslmode={sslmode}" if sslmode else url


class ServerAddressDialog(QDialog):
    """Login, server, port, database and TLS of a team database; `address` once accepted."""

    def __init__(
        self, parent: QWidget | None = None, previous: ServerAddress | None = None
    ) -> None:
        super().__init__(parent)
        self.address: ServerAddress | None = None
        self.setWindowTitle(self.tr("Open team database — BIP Desk"))
        self.setAccessibleName(self.tr("Open team database"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A team database lives on a PostgreSQL server that your IT department runs, "
                "so that the coordinators of a unit can work with the same participants. "
                "They tell you the server, the database and your login."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = self._form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.login = QLineEdit(self)
        self.login.setAccessibleName(self.tr("Login"))
        self.login.setPlaceholderText(self.tr("for example anna.svensson"))
        self.host = QLineEdit(self)
        self.host.setAccessibleName(self.tr("Server"))
        self.host.setPlaceholderText(self.tr("for example db.kommun.se"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.port.setAccessibleName(self.tr("Port"))
        self.database = QLineEdit(self)
        self.database.setAccessibleName(self.tr("Database"))
        self.database.setPlaceholderText(self.tr("for example bip"))
        self.tls = QComboBox(self)
        self.tls.setAccessibleName(self.tr("Encryption of the connection"))
        # Its long choices must not squeeze the labels: the field shrinks, not "Encryption:".
        self.tls.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tls.setMinimumContentsLength(16)
        self.tls.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for text, mode in (
            (self.tr("Automatic: checked TLS to another computer"), None),
            (self.tr("TLS, the server's certificate checked (verify-full)"), "verify-full"),
            (self.tr("TLS, the certificate not checked (require)"), "require"),
            (self.tr("No TLS (disable): only on this computer or a trusted network"), "disable"),
        ):
            self.tls.addItem(text, mode)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Encryption:"), self.tls)
        self.problem = QLabel("", self)
        self.problem.setObjectName("address_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(problem_style())
        form.addRow("", self.problem)
        self.preview = QLabel("", self)
        self.preview.setObjectName("address_preview")  # one line: an address is not prose
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Address:"), self.preview)
        layout.addLayout(form)
        note = QLabel(
            self.tr("The password is asked when the server wants one. BIP Desk does not save it."),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setDefault(True)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if previous is not None:
            self.fill(previous)
        for field in (self.login, self.host, self.database):
            field.textChanged.connect(self.check)
        self.port.valueChanged.connect(self.check)
        self.tls.currentIndexChanged.connect(self.check)
        em = self.fontMetrics().horizontalAdvance("M")
        self.setMinimumWidth(em * 50)
        self.resize(em * 50, self.height())
        self.check()

    def fill(self, address: ServerAddress) -> None:
        """The fields of `address` (the team database opened last), to change or open."""
        self.login.setText(address.login)
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        index = self.tls.findData(address.sslmode)
        # The automatic choice gives a remote server verify-full: show that as automatic.
        automatic = address.sslmode == "verify-full" and not address.is_local
        self.tls.setCurrentIndex(0 if automatic or index < 0 else index)

    def url(self) -> str:
        return address_url(
            self.login.text().strip(),
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.tls.currentData(),
        )

    def check(self) -> ServerAddress | None:
        """The address of the fields, or None with what is wrong said beside them."""
        blank = not (self.login.text().strip() or self.host.text().strip())
        try:
            address = parse_server_address(self.url())
        except AddressError as error:
            # An empty form is not an error yet: only say what is wrong once typing started.
            self.problem.setText("" if blank else said_in_app(error.reason))
            self.problem.setVisible(not blank)
            self.preview.setText("")
            self.open_button.setEnabled(False)
            self._fit()
            return None
        self.problem.setText("")
        self.problem.hide()
        self.preview.setText(address.url())
        self.open_button.setEnabled(True)
        self._fit()
        return address

    def _fit(self) -> None:
        """Wide enough for the whole address (one line: an address is not prose) and
        tall enough for the wrapped texts at that width (a problem comes and goes)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        margins = layout.contentsMargins()
        form = self._form
        items = (form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount()))
        labels = [widget for item in items if item and (widget := item.widget()) is not None]
        label_column = max((label.sizeHint().width() for label in labels), default=0)
        label_column += max(form.horizontalSpacing(), 6)
        wanted = self.preview.sizeHint().width() + label_column + margins.left() + margins.right()
        width = max(self.width(), self.minimumWidth(), wanted)
        height = layout.heightForWidth(width)
        if height > 0:
            self.setMinimumHeight(height)
            self.resize(width, height)

    def try_open(self) -> None:
        address = self.check()
        if address is None:
            return
        self.address = address
        self.accept()


def ask_server_address(
    parent: QWidget | None, previous: ServerAddress | None = None
) -> ServerAddress | None:
    """The team database the user chose; None when cancelled."""
    dialog = ServerAddressDialog(parent, previous)
    try:
        dialog.exec()
        return dialog.address
    finally:
        dialog.deleteLater()
