"""The participant page's Edit history tab, the name it records (Settings) and the
import dialog's list of saved values an import changes (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.history import SOURCE_APP, Editor
from bipdesk.storage import Database
from bipdesk.storage.history_repository import os_user
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.import_dialog import ImportDialog
from bipdesk.ui.participant_page.page import ParticipantPage
from bipdesk.ui.settings_dialog import SettingsDialog
from tests.support import QUESTIONS
from tests.ui.activity_support import CARD, CODE, make_context, seed, shoot, speaking

NAME = "Kim Koordinator"


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    seed(database, activities=False)
    return make_context(database, tmp_path)


def open_page(context: AppContext, qtbot: QtBot) -> ParticipantPage:
    page = ParticipantPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.show_participant(CODE)
    page.right_tabs.setCurrentWidget(page.history_section)
    return page


def label(context: AppContext, question: str, language: str) -> str:
    card = context.database.cards.get(CARD.id, CARD.version)
    assert card is not None
    return card.question(question).label[language]


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]  # type: ignore[union-attr]
        for row in range(table.rowCount())
    ]


def set_name_in_settings(
    context: AppContext, qtbot: QtBot, name: str, screenshot: str | None = None
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.editor_name_edit.placeholderText() == os_user()
    dialog.editor_name_edit.setText(f"  {name} ")
    if screenshot is not None:
        dialog.show()
        shoot(dialog, screenshot)
    dialog.accept()


def correct_an_answer(context: AppContext) -> None:
    """What the fill-in does when a coordinator corrects a saved measurement."""
    with context.database.transaction() as repository:
        first = repository.measurements(CODE)[0]
        repository.update_measurement(
            replace(first, answers={**first.answers, "health": 9}, note="Rättat efter samtal")
        )
    context.announce(Change.MEASUREMENTS)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    with speaking(qapp, "en"):
        yield


@pytest.mark.usefixtures("english")
def test_the_history_tab_lists_changes_newest_first_and_follows_saves(
    context: AppContext, qtbot: QtBot
) -> None:
    # The app records the computer's login until a name is set in Settings.
    assert context.editor_name == ""
    assert context.database.editor == Editor(os_user(), SOURCE_APP)
    set_name_in_settings(context, qtbot, NAME)
    assert context.editor_name == NAME
    assert context.database.editor == Editor(NAME, SOURCE_APP)

    page = open_page(context, qtbot)
    section = page.history_section
    assert page.right_tabs.tabText(page.right_tabs.indexOf(section)) == "Edit history"
    seeded = rows(section.table)
    labels = [label(context, q, "en") for q in QUESTIONS]
    assert [row[3] for row in seeded] == [
        "Participant added",
        *(
            f"Measurement {day}: added ("
            + ", ".join(f"{name} {min(10, 3 + n * 2 + i % 3)}" for i, name in enumerate(labels))
            + ")"
            for n, day in enumerate(("Jan 14, 2026", "May 20, 2026", "Nov 2, 2026"))
        ),
    ]

    correct_an_answer(context)
    page.municipality_edit.setText("Växjö")
    assert page.save()
    shown = rows(section.table)
    assert len(shown) == len(seeded) + 3
    municipality, health, note = shown[:3]
    assert municipality[1:] == [NAME, "the app", "Municipality (empty) → Växjö"]
    assert health[1:] == [NAME, "the app", "Measurement Jan 14, 2026: Health 4 → 9"]
    assert note[3] == "Measurement Jan 14, 2026: note (empty) → “Rättat efter samtal”"
    assert health[0] == note[0] and health[0].endswith(("AM", "PM"))
    assert section.empty_label.isHidden()
    path = shoot(page, "history_section_en")
    image = QImage(str(path))
    assert image.width() >= 1000 and image.pixelColor(5, 5).isValid()


@pytest.mark.usefixtures("english")
def test_hidden_names_stay_hidden_in_the_history(context: AppContext, qtbot: QtBot) -> None:
    page = open_page(context, qtbot)
    page.name_edit.setText("Sara Lind")
    assert page.save()
    assert rows(page.history_section.table)[0][3] == "Name Sara L. → Sara Lind"
    context.set_show_names(False)
    assert rows(page.history_section.table)[0][3] == "Name (hidden) → (hidden)"


@pytest.mark.usefixtures("english")
def test_a_new_participant_has_no_history_shown(context: AppContext, qtbot: QtBot) -> None:
    page = open_page(context, qtbot)
    page.show_participant(None)
    section = page.history_section
    assert section.edits == [] and section.table.isHidden() and section.empty_label.isHidden()


def test_the_history_tab_in_swedish(context: AppContext, qtbot: QtBot, qapp: QApplication) -> None:
    with speaking(qapp, "sv"):
        set_name_in_settings(context, qtbot, "Åsa Öberg", "settings_editor_name_sv")
        page = open_page(context, qtbot)
        correct_an_answer(context)
        section = page.history_section
        assert page.right_tabs.tabText(page.right_tabs.indexOf(section)) == "Ändringshistorik"
        first = rows(section.table)[0]
        assert first[1:] == ["Åsa Öberg", "appen", "Mätning 14 jan. 2026: Hälsa 4 → 9"]
        assert section.table.horizontalHeaderItem(3).text() == "Vad ändrades"  # type: ignore[union-attr]
        shoot(page, "history_section_sv")


@pytest.mark.usefixtures("english")
def test_the_import_dialog_lists_the_saved_values_it_changes(
    context: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(str(args[2])))
    # Every answer of both measurements changes, except the health cell left empty
    # on May 20: an empty cell keeps the stored answer.
    with context.database.transaction(write=False) as repository:
        stored = {m.date.isoformat(): m.answers for m in repository.measurements(CODE)}
    days = ("2026-01-14", "2026-05-20")
    rows = [
        ",".join(
            [CODE, day]
            + [
                ""
                if (day, q) == (days[1], QUESTIONS[4])
                else str(10 if stored[day][q] != 10 else 9)
                for q in QUESTIONS
            ]
        )
        for day in days
    ]
    path = tmp_path / "rättelser.csv"
    path.write_text(
        "participant,measurement_date," + ",".join(QUESTIONS) + "\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    dialog.resize(760, 620)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    lines = dialog.values_box.list.toPlainText().splitlines()
    health, search = (label(context, q, "en") for q in (QUESTIONS[4], QUESTIONS[0]))
    new_search = 10 if stored[days[0]][QUESTIONS[0]] != 10 else 9
    assert (
        lines[0] == f"{CODE} Jan 14, 2026: {search} {stored[days[0]][QUESTIONS[0]]} → {new_search}"
    )
    assert len(lines) == 19  # 10 + 9: May 20's health is kept
    assert not any(line.startswith(f"{CODE} May 20, 2026: {health} ") for line in lines)
    assert dialog.values_box.isVisible() and dialog.values_box.label.isVisible()
    shoot(dialog, "import_changed_values_en")

    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    (message,) = shown
    assert "Changed values:" in message and f"{CODE} Jan 14, 2026: {search} " in message
    assert "more changed values." in message  # 19 values, ten listed
    with context.database.transaction(write=False) as repository:
        sources = {edit.source for edit in repository.history(CODE)[:19]}
    assert sources == {"import rättelser.csv"}
