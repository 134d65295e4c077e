"""Choosing a team database in the app: the server-address dialog, the password question
and the start on an address, without a server (DESIGN §11 "Connecting")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

import bipdesk.ui.app as app_module
from bipdesk.storage import Database
from bipdesk.storage.server_address import ServerAddress, parse_server_address
from bipdesk.storage.team_database import PasswordError
from bipdesk.ui.database_menu import (
    RECENT_KEY,
    DatabaseMenu,
    recent_databases,
    remember_database,
)
from bipdesk.ui.opening import _AppQuestions, open_for_app
from bipdesk.ui.opening_frame import OpeningFrame
from bipdesk.ui.server_address_dialog import ServerAddressDialog, address_url
from bipdesk.ui.server_password import ServerPasswordDialog, ask_server_password
from bipdesk.ui.translator import install_translator, remove_translators

SHOTS = Path("tests/artifacts")
REMOTE = ServerAddress("anna", "db.kommun.se", "bip", 5432, "verify-full")


@pytest.fixture(params=["en", "sv"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translator(qapp, request.param)
    yield str(request.param)
    remove_translators(qapp)
    install_translator(qapp, "en")


def shot(widget: QWidget, qtbot: QtBot, name: str) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def type_address(dialog: ServerAddressDialog, login: str, host: str, database: str) -> None:
    dialog.login.setText(login)
    dialog.host.setText(host)
    dialog.database.setText(database)


def test_the_dialog_builds_the_address_and_a_remote_server_gets_checked_tls(
    qtbot: QtBot,
) -> None:
    dialog = ServerAddressDialog()
    qtbot.addWidget(dialog)
    assert not dialog.open_button.isEnabled()
    assert dialog.problem.isHidden()  # an empty form is not an error yet
    assert dialog.port.value() == 5432
    type_address(dialog, "anna", "db.kommun.se", "bip")
    assert dialog.open_button.isEnabled() and dialog.problem.isHidden()
    assert dialog.preview.text() == "postgresql://anna@db.kommun.se/bip?sslmode=verify-full"
    dialog.try_open()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.address == REMOTE


def test_the_dialog_keeps_the_tls_choice_and_the_port(qtbot: QtBot) -> None:
    dialog = ServerAddressDialog()
    qtbot.addWidget(dialog)
    type_address(dialog, "anna", "localhost", "bip")
    assert dialog.check() == ServerAddress("anna", "localhost", "bip", 5432, None)
    dialog.port.setValue(6543)
    dialog.tls.setCurrentIndex(dialog.tls.findData("require"))
    assert dialog.check() == ServerAddress("anna", "localhost", "bip", 6543, "require")
    assert dialog.preview.text() == "postgresql://anna@localhost:6543/bip?sslmode=require"
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    dialog.host.setText("db.kommun.se")  # said explicitly: not overruled for a remote host
    assert dialog.check() == ServerAddress("anna", "db.kommun.se", "bip", 6543, "disable")


def test_the_dialog_says_what_is_missing_and_opens_nothing(qtbot: QtBot) -> None:
    dialog = ServerAddressDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_address(dialog, "anna", "db.kommun.se", "")
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "name one database after the server (LOGIN@HOST/DATABASE)"
    assert not dialog.open_button.isEnabled() and dialog.preview.text() == ""
    type_address(dialog, "", "db.kommun.se", "bip")
    assert dialog.problem.text() == "the login is missing (LOGIN@HOST/DATABASE)"
    type_address(dialog, "anna", "", "bip")
    assert dialog.problem.text() == "the server is missing (LOGIN@HOST/DATABASE)"
    dialog.try_open()
    assert dialog.address is None and dialog.result() != QDialog.DialogCode.Accepted


def test_the_dialog_speaks_swedish_and_fills_in_the_last_team_database(
    qtbot: QtBot, qapp: QApplication
) -> None:
    install_translator(qapp, "sv")
    try:
        dialog = ServerAddressDialog(previous=REMOTE)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Öppna teamdatabas — BIP Desk"
        assert (dialog.login.text(), dialog.host.text(), dialog.database.text()) == (
            "anna",
            "db.kommun.se",
            "bip",
        )
        assert dialog.tls.currentData() is None  # verify-full to a remote host is automatic
        assert dialog.check() == REMOTE
        dialog.login.setText("")
        assert dialog.problem.text() == "inloggningen saknas (INLOGGNING@SERVER/DATABAS)"
    finally:
        remove_translators(qapp)
        install_translator(qapp, "en")


def test_odd_logins_and_databases_survive_the_address(qtbot: QtBot) -> None:
    url = address_url("anna.o'hara@kommun", "db.kommun.se", 5432, "bip växjö", None)
    address = parse_server_address(url)
    assert (address.login, address.database) == ("anna.o'hara@kommun", "bip växjö")


def test_screenshots_of_the_address_dialog(qtbot: QtBot, language: str) -> None:
    dialog = ServerAddressDialog()
    qtbot.addWidget(dialog)
    type_address(dialog, "anna.svensson", "bip.kommun.se", "bip")
    shot(dialog, qtbot, f"team_address_dialog_{language}.png")
    # The whole address shows, on one line (the dialog grows rather than clip it).
    whole = dialog.preview.fontMetrics().horizontalAdvance(dialog.preview.text())
    assert dialog.preview.width() >= whole
    assert dialog.preview.geometry().right() <= dialog.width()
    type_address(dialog, "anna", "db.kommun.se", "")
    shot(dialog, qtbot, f"team_address_dialog_problem_{language}.png")
    assert dialog.problem.isVisible()
    text_width = dialog.problem.fontMetrics().horizontalAdvance(dialog.problem.text())
    assert dialog.problem.width() >= min(text_width, 200)


# -- the password ------------------------------------------------------------------------


def test_the_password_dialog_hides_the_password_and_says_it_is_not_saved(
    qtbot: QtBot, language: str
) -> None:
    dialog = ServerPasswordDialog(REMOTE, wrong=True)
    qtbot.addWidget(dialog)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    note = dialog.findChild(QLabel, "password_note")
    assert note is not None
    expected = {
        "en": "BIP Desk does not save the password",
        "sv": "BIP Desk sparar inte lösenordet",
    }
    assert expected[language] in note.text()
    intro = dialog.findChild(QLabel, "password_intro")
    assert intro is not None and "db.kommun.se" in intro.text() and "bip" in intro.text()
    title = {"en": "Password — BIP Desk", "sv": "Lösenord — BIP Desk"}[language]
    assert dialog.windowTitle() == title  # short: a window manager cuts a long one
    dialog.password.setText("secret")
    shot(dialog, qtbot, f"team_password_dialog_{language}.png")
    problem = dialog.findChild(QLabel, "password_problem")
    assert problem is not None and problem.isVisible()


def test_a_cancelled_or_empty_password_is_none(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cancel(dialog: ServerPasswordDialog) -> int:
        dialog.password.setText("typed, then cancelled")
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ServerPasswordDialog, "exec", cancel)
    assert ask_server_password(None, REMOTE) is None

    def empty(dialog: ServerPasswordDialog) -> int:
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ServerPasswordDialog, "exec", empty)
    assert ask_server_password(None, REMOTE) is None


def test_a_wrong_password_is_asked_again_and_cancel_refuses(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tried: list[str | None] = []

    def server(
        address: ServerAddress, cards: object, today: object, *, password: str | None = None
    ) -> object:
        tried.append(password)
        raise PasswordError(address.display(), wrong=password is not None)

    asked: list[bool] = []
    typed = iter(["first try", None])

    def answer(self: _AppQuestions, address: ServerAddress, wrong: bool) -> str | None:
        asked.append(wrong)
        return next(typed)

    monkeypatch.setattr("bipdesk.storage.opening.open_team_database", server)
    monkeypatch.setattr(_AppQuestions, "password", answer)
    failures: list[str] = []
    monkeypatch.setattr(
        "bipdesk.ui.opening.show_failure", lambda parent, error: failures.append(str(error))
    )
    assert open_for_app(REMOTE) is None
    assert tried == [None, "first try"]  # libpq's own sources first, then what was typed
    assert asked == [False, True]  # the second question says the first was refused
    assert failures == []  # cancelled: nothing more to say


def test_the_questions_ask_the_password_in_the_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def accept(dialog: ServerPasswordDialog) -> int:
        problem = dialog.findChild(QLabel, "password_problem")
        seen.append(problem is not None and not problem.isHidden())
        dialog.password.setText("s3cret")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ServerPasswordDialog, "exec", accept)
    questions = _AppQuestions(None, switching=True)
    assert questions.password(REMOTE, wrong=False) == "s3cret"
    assert questions.password(REMOTE, wrong=True) == "s3cret"
    assert seen == [False, True]


# -- remembered without the password, and the start on an address ------------------------


def test_the_recent_list_keeps_addresses_without_password(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    remember_database(settings, tmp_path / "one.db")
    remember_database(settings, REMOTE)
    remember_database(settings, REMOTE)  # once only
    assert recent_databases(settings) == [REMOTE, (tmp_path / "one.db").resolve()]
    assert settings.value(RECENT_KEY)[0] == "postgresql://anna@db.kommun.se/bip?sslmode=verify-full"
    settings.setValue(RECENT_KEY, ["postgresql://anna:pw@db.kommun.se/bip", str(tmp_path)])
    assert recent_databases(settings) == [tmp_path]  # a hand-made address with a password


def test_the_app_starts_on_a_team_database_address(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    opened: list[tuple[object, str]] = []

    def refuse(
        path: Path | ServerAddress, parent: QWidget | None = None, switching: bool = False
    ) -> None:
        assert isinstance(parent, OpeningFrame)
        opened.append((path, parent.windowTitle()))

    monkeypatch.setattr("bipdesk.ui.opening.open_for_app", refuse)
    assert app_module.run_app(REMOTE, "en") == 1
    assert opened == [(REMOTE, "Opening anna@db.kommun.se/bip — BIP Desk")]


@pytest.mark.parametrize("how", ["--db", "BIPDESK_DB"])
def test_bipdesk_with_an_address_starts_the_app_on_the_team_database(
    how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bipdesk.cli.main import main

    started: list[object] = []
    monkeypatch.setattr(
        "bipdesk.ui.app.run_app", lambda location, language=None: started.append(location) or 0
    )
    url = "postgresql://anna@db.kommun.se/bip"
    if how == "--db":
        assert main(["--db", url]) == 0
    else:
        monkeypatch.setenv("BIPDESK_DB", url)
        assert main([]) == 0
    assert started == [REMOTE]


def test_a_bad_address_at_start_is_one_line_and_no_window(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bipdesk.cli.main import main

    started: list[object] = []
    monkeypatch.setattr(
        "bipdesk.ui.app.run_app", lambda location, language=None: started.append(location) or 0
    )
    assert main(["--lang", "sv", "--db", "postgresql://db.kommun.se/bip"]) != 0
    said = capsys.readouterr().err.strip()
    assert said.endswith("inloggningen saknas (INLOGGNING@SERVER/DATABAS)")
    assert len(said.splitlines()) == 1 and started == []


def test_the_file_menu_offers_the_team_database_and_the_recent_address(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    remember_database(settings, REMOTE)
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = DatabaseMenu(window, database, settings)
    requested: list[object] = []
    menu.open_requested.connect(requested.append)
    menu.fill_recent()
    recent = menu.recent_menu.actions()
    assert [a.text() for a in recent] == ["anna@db.kommun.se/bip  (team database)"]
    assert recent[0].isEnabled() and recent[0].toolTip() == REMOTE.url()
    recent[0].trigger()
    previous: list[ServerAddress | None] = []

    def chosen(parent: QWidget | None, last: ServerAddress | None) -> ServerAddress:
        previous.append(last)
        return ServerAddress("anna", "db.kommun.se", "bip2", 5432, "verify-full")

    monkeypatch.setattr("bipdesk.ui.server_address_dialog.ask_server_address", chosen)
    menu.team_action.trigger()
    assert previous == [REMOTE]  # the last team database is offered again
    assert requested == [REMOTE, ServerAddress("anna", "db.kommun.se", "bip2", 5432, "verify-full")]


def test_a_lost_server_and_a_file_feature_are_said_plainly_in_swedish(qapp: QApplication) -> None:
    from bipdesk.storage.errors import NoFileError
    from bipdesk.storage.team_database import ServerUnreachableError
    from bipdesk.ui.storage_messages import storage_message

    install_translator(qapp, "sv")
    try:
        lost = storage_message(ServerUnreachableError(REMOTE.display(), "connection refused"))
        assert lost.startswith(
            "Servern för anna@db.kommun.se/bip går inte att nå, så ingenting sparades."
        )
        assert lost.endswith("Detaljer för it-supporten: connection refused")
        no_file = storage_message(NoFileError(REMOTE.display()))
        assert no_file.startswith("anna@db.kommun.se/bip är en teamdatabas på en server")
        assert "pg_dump" in no_file
    finally:
        remove_translators(qapp)
        install_translator(qapp, "en")
