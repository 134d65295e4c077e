"""The fill-in on a team database whose server goes away half-way (issue 21 item 6).

A server of this module's own is stopped while the card is being filled in
and started again: the answers and the saved measurement wait on this
computer, and the main window's sender delivers them, inserted, once the
server answers — nothing is lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from bipdesk.core.participants import Participant
from bipdesk.io.cards import default_cards
from bipdesk.paths import data_dir
from bipdesk.storage import Database, schema
from bipdesk.storage.outbox import outbox_of
from bipdesk.storage.server_address import parse_server_address
from bipdesk.storage.team_database import create_server_engine, open_team_database
from bipdesk.ui.outbox_sender import OutboxSender
from tests.conftest import TODAY
from tests.postgres_server import PostgresServer
from tests.support import QUESTIONS
from tests.ui.test_fill_in import MessageBoxes, boxes, make_context, open_dialog, press, stored

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("english_locale")]
__all__ = ["boxes"]  # the fill-in tests' message-box fixture, used here too

ANSWERS = (6, 2, 7, 5, 4, 8, 3, 6, 5, 7)


@pytest.fixture
def team(own_server: PostgresServer) -> Iterator[Database]:
    address = parse_server_address(own_server.new_database("offline").replace("+psycopg", ""))
    engine = create_server_engine(address)
    with engine.connect() as connection:
        schema.upgrade_schema(connection)
    engine.dispose()
    database = open_team_database(address, default_cards(), lambda: TODAY)
    with database.transaction() as repository:
        repository.add_participant(Participant("P001", name="Amina Hassan", unit="Norr"))
    yield database
    database.close()


def test_a_fill_in_loses_nothing_when_the_server_goes_away(
    own_server: PostgresServer, team: Database, tmp_path: Path, qtbot: QtBot, boxes: MessageBoxes
) -> None:
    context = make_context(team, tmp_path / "s.ini")
    dialog = open_dialog(context, qtbot)
    press(qtbot, dialog, Qt.Key.Key_6)
    with team.transaction(write=False) as repository:
        draft = repository.draft("P001")
    assert draft is not None and draft.answers == {QUESTIONS[0]: 6}

    own_server.stop(mode="fast")  # the Wi-Fi goes
    try:
        for value in ANSWERS[1:]:
            press(qtbot, dialog, Qt.Key.Key_Return)
            press(qtbot, dialog, getattr(Qt.Key, f"Key_{value}"))
        assert "kept on this computer" in dialog.footer.status_label.text()
        qtbot.waitUntil(lambda: dialog.footer.status_label.isVisible())
        qtbot.wait(50)  # the layout takes the new line in before the picture
        dialog.grab().save("tests/artifacts/fill_in_offline.png")
        outbox = outbox_of(team, data_dir())
        assert outbox is not None
        with outbox:
            kept = outbox.draft("P001")
        assert kept is not None and kept.answers == dict(zip(QUESTIONS, ANSWERS, strict=True))

        boxes.replies.append("OK")
        dialog.save()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert any("kept on this computer" in text for text in boxes.shown)
        assert boxes.unexpected == []
        with outbox_of(team, data_dir()) as outbox:  # type: ignore[union-attr]
            assert [w.kind for w in outbox.waiting()] == ["measurement"]
            assert outbox.draft("P001") is None

        statuses: list[str] = []
        window = QObject()  # the main window that owns the sender
        sender = OutboxSender(context, statuses.append, window)
        assert sender.send() is None  # still away: nothing said, tried again later
        assert sender.timer.isActive() and statuses == []
    finally:
        own_server.start()  # the connection is back

    delivery = sender.send()
    assert delivery is not None and delivery.measurements == 1
    assert statuses == ["The measurement kept on this computer reached the team database."]
    assert not sender.timer.isActive()
    (measurement,) = stored(team)
    assert measurement.answers == dict(zip(QUESTIONS, ANSWERS, strict=True))
    assert measurement.date == TODAY
    with team.transaction(write=False) as repository:
        assert repository.draft("P001") is None
    with outbox_of(team, data_dir()) as outbox:  # type: ignore[union-attr]
        assert len(outbox) == 0
