"""Encryption in the app: the passphrase at start, the first-run offer, the idle lock.

A new database is offered (and recommended) encryption with a passphrase,
with the plain warning that a lost passphrase cannot be recovered. An
encrypted database asks for its passphrase at start; a wrong one is said so
and asked again. After some minutes without use (a project setting, default
15) every window is covered and the passphrase is asked again, so nobody
passing by sees participants' data.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bipdesk.storage import Database
from bipdesk.storage.cipher import MIN_PASSPHRASE_LENGTH
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.contrast import problem_style

IDLE_SETTING = "lock_after_minutes"
DEFAULT_IDLE_MINUTES = 15
MAX_IDLE_MINUTES = 240


def ask_passphrase(parent: QWidget | None, path: Path, wrong: bool = False) -> str | None:
    """The passphrase of the encrypted `path`, typed by the user; None when cancelled."""
    label = QCoreApplication.translate("encryption", "Passphrase for {file}:").format(
        file=path.name
    )
    if wrong:
        label = (
            QCoreApplication.translate(
                "encryption", "That passphrase is wrong. Check Caps Lock and try again."
            )
            + "\n\n"
            + label
        )
    text, accepted = QInputDialog.getText(
        parent,
        QCoreApplication.translate("encryption", "The database is encrypted"),
        label,
        QLineEdit.EchoMode.Password,
    )
    return text if accepted and text else None


class EncryptionOffer(QDialog):
    """First run: encrypt the new database with a passphrase (recommended), or not."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase: str | None = None
        self.setWindowTitle(self.tr("Protect the database — BIP Desk"))
        self.setAccessibleName(self.tr("Protect the database"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "BIP Desk keeps what participants tell about their health and life in "
                "{file}. Encrypt it with a passphrase (recommended): then nobody can read it "
                "if the computer is lost or stolen, and its backups are encrypted too."
            ).format(file=path.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("The same passphrase again"))
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        layout.addLayout(form)
        self.warning = QLabel(
            self.tr(
                "Write the passphrase down and keep it somewhere safe. A lost passphrase "
                "cannot be recovered, by anyone: without it neither the database nor its "
                "backups can be opened."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { font-weight: bold; }")
        layout.addWidget(self.warning)
        self.problem = QLabel("", self)
        self.problem.setStyleSheet(problem_style())
        self.problem.setWordWrap(True)
        self.problem.hide()  # shown with the reason a passphrase was refused
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(self)
        self.encrypt_button = QPushButton(self.tr("&Encrypt"), self)
        self.plain_button = QPushButton(self.tr("&Without passphrase"), self)
        self.buttons.addButton(self.encrypt_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.plain_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.encrypt_button.setDefault(True)
        self.encrypt_button.clicked.connect(self.try_encrypt)
        self.plain_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        # A known width lets the wrapped texts take their true height (no gaps).
        self.setFixedWidth(em * 52)
        self._fit()

    def _fit(self) -> None:
        """The height the wrapped texts need at the dialog's width (no gaps, no clipping)."""
        em = self.fontMetrics().horizontalAdvance("M")
        layout = self.layout()
        if layout is not None:
            self.setFixedHeight(layout.heightForWidth(self.width()) + 2 * em)

    def try_encrypt(self) -> None:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_PASSPHRASE_LENGTH:
            self.problem.setText(
                self.tr("The passphrase must be at least {n} characters long.").format(
                    n=MIN_PASSPHRASE_LENGTH
                )
            )
            self.problem.show()
            self._fit()
            return
        if first != second:
            self.problem.setText(self.tr("The two passphrases differ."))
            self.problem.show()
            self._fit()
            return
        self.passphrase = first
        self.accept()


def offer_encryption(path: Path, parent: QWidget | None = None) -> str | None:
    """The passphrase for a new database, None to keep it unencrypted."""
    dialog = EncryptionOffer(path, parent)
    dialog.exec()
    return dialog.passphrase


def idle_minutes(database: Database) -> int:
    with database.transaction(write=False) as repository:
        value = repository.get_setting(IDLE_SETTING, DEFAULT_IDLE_MINUTES)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    return DEFAULT_IDLE_MINUTES


def save_idle_minutes(database: Database, minutes: int) -> None:
    """Store the idle-lock minutes (Settings); a running lock follows on Change.SETTINGS."""
    if not 1 <= minutes <= MAX_IDLE_MINUTES:
        raise ValueError(f"the idle lock takes 1 to {MAX_IDLE_MINUTES} minutes")
    with database.transaction() as repository:
        repository.set_setting(IDLE_SETTING, minutes)


class LockScreen(QDialog):
    """Asks for the passphrase to show BIP Desk again; Quit ends the app."""

    def __init__(self, minutes: int, check: Callable[[str], bool]) -> None:
        super().__init__(None)
        self._check = check
        self.setWindowTitle(self.tr("BIP Desk is locked"))
        self.setAccessibleName(self.tr("BIP Desk is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "BIP Desk was locked after {minutes} minutes without use, so that nobody "
                "passing by sees participants' data. Enter the passphrase to go on."
            ).format(minutes=minutes),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.problem = QLabel("", self)
        self.problem.setStyleSheet(problem_style())
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.quit_button = QPushButton(self.tr("&Quit BIP Desk"), self)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.setMinimumWidth(em * 30)

    def try_unlock(self) -> None:
        if self._check(self.field.text()):
            self.accept()
            return
        self.field.clear()
        self.problem.setText(self.tr("That passphrase is wrong."))


class IdleLock(QObject):
    """Covers every window after `minutes` without a key press or click (encrypted files)."""

    _INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, app: QApplication, database: Database, minutes: int) -> None:
        super().__init__(app)
        self.app = app
        self.database = database
        self.minutes = minutes
        self.locked = False
        self.screen: LockScreen | None = None
        self._covers: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.lock)
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.locked and event.type() in self._INPUT:
            self.timer.start()
        elif self.locked and event.type() == QEvent.Type.Resize and watched in self._windows():
            self._cover_all()
        return False

    def _windows(self) -> list[QWidget]:
        return [
            w
            for w in self.app.topLevelWidgets()
            if w.isVisible() and w is not self.screen and w.isWindow()
        ]

    def set_minutes(self, minutes: int) -> None:
        """A new time from Settings; the wait starts again from now."""
        self.minutes = minutes
        self.timer.setInterval(minutes * 60_000)
        if not self.locked:
            self.timer.start()

    def check(self, typed: str) -> bool:
        expected = self.database.passphrase or ""
        return hmac.compare_digest(typed.encode("utf-8"), expected.encode("utf-8"))

    def lock(self) -> None:
        """Cover every window and ask for the passphrase; Quit ends the app."""
        if self.locked:
            return
        self.locked = True
        self._cover_all()
        self.screen = LockScreen(self.minutes, self.check)
        self.screen.accepted.connect(self.unlock)
        self.screen.rejected.connect(self._quit)
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()

    def _cover_all(self) -> None:
        for cover in self._covers:
            cover.deleteLater()
        self._covers = []
        for window in self._windows():
            cover = QWidget(window)
            cover.setObjectName("idle_cover")
            cover.setAutoFillBackground(True)
            cover.setStyleSheet("QWidget#idle_cover { background: #30343b; }")
            cover.setGeometry(window.rect())
            cover.show()
            cover.raise_()
            self._covers.append(cover)

    def unlock(self) -> None:
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers = []
        self.locked = False
        if self.screen is not None:
            self.screen.deleteLater()
            self.screen = None
        self.timer.start()

    def _quit(self) -> None:
        self.app.quit()

    def stop(self) -> None:
        """Another database is opened: this one's lock watches no more."""
        self.app.removeEventFilter(self)
        self.unlock()
        self.timer.stop()
        self.deleteLater()


def start_idle_lock(
    app: QApplication, database: Database, context: AppContext | None = None
) -> IdleLock | None:
    """The idle lock for an encrypted database; None for a plain one.

    With `context`, a new time saved in Settings applies at once.
    """
    if not database.encrypted:
        return None
    lock = IdleLock(app, database, idle_minutes(database))
    if context is not None:

        def follow(what: str) -> None:
            if what in (Change.SETTINGS, Change.ALL):
                lock.set_minutes(idle_minutes(database))

        context.changed.connect(follow)
    return lock
