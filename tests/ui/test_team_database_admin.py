"""An admin's login in the app: refused before any window, at start and by File → Open,
with one message; the open database stays working and the recent list unchanged. A page
that cannot read the team database says so instead of a traceback (DESIGN §11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import bipdesk.ui.app as app_module
from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database
from bipdesk.storage.team_database import AccessRefusedError
from bipdesk.ui.context import AppContext
from bipdesk.ui.database_menu import RECENT_KEY
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.opening import open_for_app
from bipdesk.ui.start_page import StartPage
from bipdesk.ui.window_host import WindowHost
from tests.conftest import TODAY
from tests.team_support import Team, team
from tests.ui.test_team_database_window import Boxes, boxes, settings

__all__ = ["boxes", "settings", "team"]

ADMIN_SAYS = (
    "{login} is an admin of this team database: admins manage units and members with the "
    "bipdesk team commands and see no participants; the app is for coordinators and leads."
)


@pytest.mark.postgresql
def test_an_admin_at_start_is_told_and_the_app_quits_without_a_window(
    qapp: QApplication, team: Team, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    built: list[object] = []
    monkeypatch.setattr(WindowHost, "show", lambda host: built.append(host))
    assert app_module.run_app(team.address(team.admin), "en") == 1
    assert boxes.shown == [
        ("critical", "BIP Desk cannot open the database", ADMIN_SAYS.format(login=team.admin))
    ]
    assert built == []
    assert not any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())


@pytest.mark.postgresql
def test_an_admin_by_file_open_keeps_the_open_database_and_the_recent_list(
    qtbot: QtBot, qapp: QApplication, team: Team, boxes: Boxes, settings: QSettings, tmp_path: Path
) -> None:
    laptop = open_database(tmp_path / "laptop.db", default_cards(), today=lambda: TODAY)
    host = WindowHost(qapp, AppContext(laptop, settings, today=lambda: TODAY))
    window = host.show()
    qtbot.waitExposed(window)
    recent_before = settings.value(RECENT_KEY)
    try:
        assert not host.open_database(team.address(team.admin))
        assert boxes.shown == [
            ("critical", "BIP Desk cannot open the database", ADMIN_SAYS.format(login=team.admin))
        ]
        assert host.window is window and host.context.database is laptop
        assert window.windowTitle().startswith("laptop")
        assert settings.value(RECENT_KEY) == recent_before
        # The laptop file is still open and working: a participant is saved and read back.
        from bipdesk.core.participants import Participant

        with laptop.transaction() as repository:
            repository.add_participant(Participant(code="L1", name="Lena"))
        assert [row.participant.code for row in host.context.participant_overview()] == ["L1"]
        window.start_page.refresh()
        assert len(boxes.shown) == 1
        # A coordinator's login opens as before (and is remembered).
        assert host.open_database(team.address(team.norr))
        assert host.context.database.server == team.address(team.norr)
        assert settings.value(RECENT_KEY)[0] == team.address(team.norr).url()
    finally:
        if host.window is not None:
            host.window.hide()
            host.window.deleteLater()
        host.close_database()


@pytest.mark.postgresql
def test_a_coordinator_and_the_owner_are_let_in(team: Team, boxes: Boxes) -> None:
    for login in (team.norr, team.lead, team.owner):  # the owner passes every rule
        database = open_for_app(team.address(login))
        assert database is not None
        database.close()
    assert boxes.shown == []


def test_a_start_page_that_cannot_read_says_so(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text, *rest: shown.append((title, text))),
    )
    database = open_database(tmp_path / "a.db", default_cards(), today=lambda: TODAY)
    context = AppContext(database, settings, today=lambda: TODAY)

    def refused() -> list[object]:
        raise AccessRefusedError("anna@db/bip", "permission denied for table participants")

    monkeypatch.setattr(context, "participant_overview", refused)
    try:
        page = StartPage(context)  # built as the main window builds it: no traceback
        qtbot.addWidget(page)
        assert len(shown) == 1 and shown[0][0] == "The start page could not be read"
        assert "anna@db/bip" in shown[0][1]
    finally:
        database.close()
