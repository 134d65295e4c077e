"""The app on a real team database (PostgreSQL): opened through the app's own path, the
window says where the data lives, the file's features say why they are not there, a
lead hands a participant over, and a lost server is one plain message (DESIGN §11)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from bipdesk.core.participants import Participant
from bipdesk.core.periods import Period
from bipdesk.io.cards import default_cards
from bipdesk.reports.unit_figures import count_unit
from bipdesk.storage import Database, open_database, schema
from bipdesk.storage.server_address import ServerAddress, parse_server_address
from bipdesk.storage.team_database import PasswordError, open_team_database
from bipdesk.ui.actions import ActionName
from bipdesk.ui.context import UNIT_SETTING, AppContext
from bipdesk.ui.handover_dialog import HandoverDialog
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.opening import open_for_app
from bipdesk.ui.participant_page.page import ParticipantPage
from bipdesk.ui.settings_dialog import SettingsDialog
from bipdesk.ui.translator import install_translator, remove_translators
from bipdesk.ui.window_host import WindowHost
from tests.conftest import TODAY
from tests.team_support import NORR, SODER, Team, team

__all__ = ["team"]

pytestmark = pytest.mark.postgresql

SHOTS = Path("tests/artifacts")


class Boxes:
    """Every QMessageBox the code under test shows, recorded instead of shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, str]] = []
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _recorder(self, kind: str) -> object:
        def record(parent: QWidget | None, title: str, text: str, *rest: object) -> object:
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(record)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def made_team_database(url: str) -> ServerAddress:
    """A fresh database made a team database the way `team init` does: the whole chain."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            schema.upgrade_schema(connection)
    finally:
        engine.dispose()
    return parse_server_address(url)


def show(qtbot: QtBot, qapp: QApplication, database: Database, settings: QSettings) -> WindowHost:
    host = WindowHost(qapp, AppContext(database, settings, today=lambda: TODAY))
    window = host.show()
    window.resize(1100, 720)
    qtbot.waitExposed(window)
    return host


def close(host: WindowHost) -> None:
    if host.window is not None:
        host.window.hide()
        host.window.deleteLater()
    host.close_database()


def shot(widget: QWidget, qtbot: QtBot, name: str) -> None:
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


# -- where the data lives, and what a file has that a server does not --------------------


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_window_names_the_server_and_the_files_features_say_why_not(
    qtbot: QtBot,
    qapp: QApplication,
    postgres_url: str,
    settings: QSettings,
    boxes: Boxes,
    language: str,
) -> None:
    address = made_team_database(postgres_url)
    database = open_for_app(address)  # the app's own path, as File → Open team database takes
    assert database is not None and database.server == address
    install_translator(qapp, language)
    try:
        host = show(qtbot, qapp, database, settings)
        window = host.window
        assert isinstance(window, MainWindow)
        where = f"postgres@127.0.0.1:{address.port}/{address.database}"
        assert window.windowTitle() == f"{where} — BIP Desk"
        label = window.database_label.text()
        team_words = {"en": "Team database", "sv": "Teamdatabas"}[language]
        login_words = {"en": "Login: postgres", "sv": "Inloggning: postgres"}[language]
        assert label.startswith(f"{team_words} {address.database}") and login_words in label
        for name in (ActionName.BACKUPS, ActionName.CHANGE_PASSPHRASE):
            action = window.app_actions[name]
            assert not action.isEnabled()
            assert "pg_dump" in action.toolTip() and where in action.toolTip()
        shot(window, qtbot, f"team_main_window_{language}.png")
        file_menu = window.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        file_menu.popup(window.mapToGlobal(QPoint(0, 0)))
        qtbot.waitExposed(file_menu)
        shot(file_menu, qtbot, f"team_file_menu_{language}.png")
        file_menu.hide()
        settings_dialog = SettingsDialog(host.context, window)
        assert not settings_dialog.keep_spin.isEnabled()  # how many backups: not BIP Desk's
        assert "pg_dump" in settings_dialog.keep_spin.toolTip()
        settings_dialog.deleteLater()
        window.open_backups()  # reached anyway (a shortcut): said, not failed
        assert boxes.shown[-1][0] == "information" and "pg_dump" in boxes.shown[-1][2]
        assert settings.value("databases/recent") == [address.url()]
        # The unit report names the unit after the database when no unit name is set.
        assert count_unit(database, Period.year(2026)).unit == address.database
        close(host)
        assert len(boxes.shown) == 1  # no "no backup was made" at the end: the server's job
    finally:
        remove_translators(qapp)
        install_translator(qapp, "en")


def test_a_password_is_asked_and_never_stored(
    qtbot: QtBot,
    qapp: QApplication,
    postgres_url: str,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    address = made_team_database(postgres_url)
    secret = "Kanelbulle-4711"

    def server_wanting_a_password(
        where: ServerAddress, cards: object, today: object, *, password: str | None = None
    ) -> Database:
        # The test server trusts every login: the password rule is played here.
        if password != secret:
            raise PasswordError(where.display(), wrong=password is not None)
        return open_team_database(where, default_cards(), password=password)

    asked: list[bool] = []
    answers = iter(["wrong one", secret])

    def type_it(dialog: QDialog) -> int:
        from bipdesk.ui.server_password import ServerPasswordDialog

        assert isinstance(dialog, ServerPasswordDialog)
        asked.append(dialog.problem.isVisibleTo(dialog))
        dialog.password.setText(next(answers))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr("bipdesk.storage.opening.open_team_database", server_wanting_a_password)
    monkeypatch.setattr("bipdesk.ui.server_password.ServerPasswordDialog.exec", type_it)
    laptop = open_database(tmp_path / "laptop.db", default_cards(), today=lambda: TODAY)
    host = show(qtbot, qapp, laptop, settings)
    with qtbot.waitSignal(host.window_replaced, timeout=60_000):
        assert host.open_database(address)
    assert asked == [False, True]  # asked again, saying the first was refused
    assert host.context.database.server == address
    close(host)
    settings.sync()
    stored = Path(settings.fileName()).read_text(encoding="utf-8")
    assert address.url() in stored
    assert secret not in stored and "wrong one" not in stored
    assert all(secret not in str(settings.value(key)) for key in settings.allKeys())
    assert boxes.shown == []


# -- hand over to… ---------------------------------------------------------------------


def add_participants(team: Team, *people: tuple[str, str]) -> None:
    with team.open(team.owner) as db, db.transaction() as repository:
        for code, unit in people:
            repository.add_participant(
                Participant(code, name=f"Person {code}", unit=unit, start_date=date(2026, 9, 1))
            )


def page_of(qtbot: QtBot, database: Database, settings: QSettings, code: str) -> ParticipantPage:
    page = ParticipantPage(AppContext(database, settings, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.show_participant(code)
    assert page.code == code
    return page


def unit_of(team: Team, code: str) -> str:
    with team.connected(team.owner) as sql:
        found = sql.execute(text("SELECT unit FROM participants WHERE code = :c"), {"c": code})
        return str(found.scalar_one())


def test_a_lead_hands_a_participant_over_and_it_leaves_the_list(
    qtbot: QtBot,
    team: Team,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    add_participants(team, ("N1", NORR), ("N2", NORR))
    database = open_for_app(team.address(team.lead))
    assert database is not None
    try:
        page = page_of(qtbot, database, settings, "N1")
        assert page.handover_button.isVisible() and page.handover_button.isEnabled()
        shot(page, qtbot, "team_participant_page_lead.png")
        offered: list[list[str]] = []

        def choose_soder(dialog: HandoverDialog) -> int:
            offered.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
            dialog.choose(SODER)
            assert "no longer in your list" in dialog.consequence.text()
            dialog.confirm()
            return QDialog.DialogCode.Accepted.value

        monkeypatch.setattr(HandoverDialog, "exec", choose_soder)
        with qtbot.waitSignal(page.closed):
            assert page.hand_over()
        assert offered == [[SODER]]  # the other units, not its own
        assert unit_of(team, "N1") == SODER
        with database.transaction(write=False) as repository:
            assert repository.participant_codes() == {"N2"}  # N1 left the lead's sight
        assert boxes.shown == []
    finally:
        database.close()


def test_a_coordinator_and_a_laptop_file_never_see_hand_over(
    qtbot: QtBot, team: Team, settings: QSettings, tmp_path: Path
) -> None:
    add_participants(team, ("N1", NORR))
    database = open_for_app(team.address(team.norr))
    assert database is not None
    try:
        page = page_of(qtbot, database, settings, "N1")
        assert not page.handover_button.isVisible()
        assert page.unit_edit.isReadOnly() and "hand-over" in page.unit_edit.toolTip()
        page.show_participant(None)  # a new participant's unit is typed
        assert not page.unit_edit.isReadOnly()
    finally:
        database.close()
    with open_database(tmp_path / "laptop.db", default_cards(), today=lambda: TODAY) as laptop:
        with laptop.transaction() as repository:
            repository.add_participant(Participant("L1", unit=NORR, start_date=date(2026, 9, 1)))
        page = page_of(qtbot, laptop, settings, "L1")
        assert not page.handover_button.isVisible() and not page.unit_edit.isReadOnly()


@pytest.mark.parametrize("language", ["en", "sv"])
def test_screenshot_of_the_handover_dialog(qtbot: QtBot, qapp: QApplication, language: str) -> None:
    install_translator(qapp, language)
    try:
        dialog = HandoverDialog("N1", NORR, [NORR, SODER, "Väst", "Öst"], {NORR, "Öst"})
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.choose(SODER)
        shot(dialog, qtbot, f"team_handover_dialog_{language}.png")
        assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
            SODER,
            "Väst",
            "Öst",
        ]
        assert SODER in dialog.hand_over_button.text()
        dialog.choose("Öst")
        assert "Öst" in dialog.consequence.text() and "N1" in dialog.consequence.text()
        dialog.choose(SODER)  # the longest consequence, in the smallest dialog allowed
        dialog.resize(1, 1)
        qtbot.wait(10)
        shot(dialog, qtbot, f"team_handover_dialog_small_{language}.png")
        intro, unit_label = dialog.findChildren(QLabel)[:2]
        assert intro.height() >= intro.heightForWidth(intro.width())
        assert intro.geometry().bottom() < unit_label.geometry().top()
        assert dialog.consequence.height() >= dialog.consequence.heightForWidth(
            dialog.consequence.width()
        )
        assert dialog.consequence.geometry().top() > dialog.list.geometry().bottom()
    finally:
        remove_translators(qapp)
        install_translator(qapp, "en")


# -- the server goes away ---------------------------------------------------------------


@pytest.fixture
def closed_doors(team: Team) -> Iterator[None]:
    """After the test: the team database takes connections again (to be dropped)."""
    yield
    with team.server.admin() as admin:
        admin.execute(f'ALTER DATABASE "{team.database}" ALLOW_CONNECTIONS true')


def test_a_lost_server_is_one_plain_message_and_nothing_saved(
    qtbot: QtBot, team: Team, settings: QSettings, boxes: Boxes, closed_doors: None
) -> None:
    add_participants(team, ("N1", NORR))
    database = open_for_app(team.address(team.norr))
    assert database is not None
    try:
        page = page_of(qtbot, database, settings, "N1")
        page.name_edit.setText("Person N1 renamed")
        with team.server.admin() as admin:  # as if the network went away
            admin.execute(f'ALTER DATABASE "{team.database}" ALLOW_CONNECTIONS false')
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{team.database}'"
            )
        assert page.save() is False
        assert len(boxes.shown) == 1
        kind, title, said = boxes.shown[0]
        assert (kind, title) == ("warning", "The participant was not saved")
        assert said.startswith(f"The server of {database.where} cannot be reached, so nothing")
        assert "Traceback" not in said
    finally:
        database.close()


def test_a_new_participant_starts_in_one_of_the_logins_own_units(
    qtbot: QtBot, team: Team, settings: QSettings
) -> None:
    """The unit named in Settings is Norr's; Söder's coordinator may only add to Söder,
    so the form starts there (and offers the login's units) instead of a refused save."""
    with team.open(team.owner) as owner, owner.transaction() as repository:
        repository.set_setting(UNIT_SETTING, NORR)
    database = open_for_app(team.address(team.soder))
    assert database is not None
    try:
        page = ParticipantPage(AppContext(database, settings, today=lambda: TODAY))
        qtbot.addWidget(page)
        page.show()
        page.show_participant(None)
        assert page.unit_edit.text() == SODER
        completer = page.unit_edit.completer()
        assert (
            completer is not None and completer.model().data(completer.model().index(0, 0)) == SODER
        )
        page.code_edit.setText("S9")
        page.save()
        assert unit_of(team, "S9") == SODER
    finally:
        database.close()
    lead = open_for_app(team.address(team.lead))
    assert lead is not None
    try:  # the named unit is the lead's own: it stays
        page = ParticipantPage(AppContext(lead, settings, today=lambda: TODAY))
        qtbot.addWidget(page)
        page.show_participant(None)
        assert page.unit_edit.text() == NORR
    finally:
        lead.close()
