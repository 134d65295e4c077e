"""GDPR duties in the app: erase with the code typed again, extract, retention review,
the retention setting, and names hidden in every view when 'show names' is off."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.storage import Database
from bipdesk.storage.privacy import RETENTION_SETTING
from bipdesk.ui import privacy_dialogs
from bipdesk.ui.context import AppContext
from bipdesk.ui.participant_page.page import ParticipantPage
from bipdesk.ui.privacy_dialogs import (
    EraseParticipantDialog,
    RetentionReviewDialog,
    backups_note,
)
from bipdesk.ui.settings_dialog import SettingsDialog
from tests.conftest import TODAY
from tests.support import QUESTIONS

CARD = CardKey("bip-standard", 1)
SHOTS = Path("tests/artifacts")
NAME = "Zelmira Quistgård"


pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


def seed(database: Database) -> None:
    """One active participant with a name and notes, three who ended at different times."""
    with database.transaction() as repository:
        repository.add_participant(
            Participant("P-0001", name=NAME, sex=Sex.WOMEN, start_date=date(2025, 9, 1))
        )
        answers: dict[str, int | None] = dict.fromkeys(QUESTIONS, 5)
        repository.add_measurement(
            Measurement("P-0001", CARD, date(2025, 9, 10), answers, {}, "om boendet")
        )
        for code, end in (
            ("E-OLD", date(2021, 6, 30)),
            ("E-MID", date(2024, 3, 31)),
            ("E-NEW", date(2025, 12, 1)),
        ):
            repository.add_participant(
                Participant(
                    code,
                    name=f"Namn {code}",
                    start_date=date(2020, 1, 1),
                    end_date=end,
                    exit_reason=ExitReason.WORK,
                )
            )
            repository.add_measurement(Measurement(code, CARD, date(2020, 2, 1), answers))


def codes(database: Database) -> set[str]:
    with database.transaction(write=False) as repository:
        return repository.participant_codes()


def save_shot(widget: QWidget, qtbot: QtBot, name: str) -> None:
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


# -- erase ------------------------------------------------------------------------


def test_erase_needs_the_code_typed_and_mentions_backups(qtbot: QtBot, context: AppContext) -> None:
    dialog = EraseParticipantDialog("P-0001", backups_note(context))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.erase_button.isEnabled()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "backups" in texts and "cannot be undone" in texts
    dialog.code_edit.setText("P-000")
    assert not dialog.erase_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)  # Enter with a wrong code: stays
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.code_edit.setText("P-0001")
    assert dialog.erase_button.isEnabled()
    save_shot(dialog, qtbot, "erase_dialog.png")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_backups_note_names_the_kept_count(context: AppContext) -> None:
    from bipdesk.storage.backup import KEEP_SETTING

    with context.database.transaction() as repository:
        repository.set_setting(KEEP_SETTING, 9)
    assert "latest 9 backups" in backups_note(context)


def test_erase_from_the_participant_page(
    qtbot: QtBot, context: AppContext, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(database)
    page = ParticipantPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.show_participant("P-0001")
    assert page.erase_button.isVisible() and page.extract_button.isVisible()
    save_shot(page, qtbot, "participant_page_privacy.png")

    def refuse(dialog: EraseParticipantDialog) -> int:
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(EraseParticipantDialog, "exec", refuse)
    assert page.erase_participant() is False
    assert "P-0001" in codes(database)

    def type_code(dialog: EraseParticipantDialog) -> int:
        dialog.code_edit.setText(dialog.code)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EraseParticipantDialog, "exec", type_code)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    with qtbot.waitSignal(page.closed):
        assert page.erase_participant() is True
    assert "P-0001" not in codes(database)
    assert messages[-1] == "Participant P-0001 was erased."
    page.show_participant(None)
    assert not page.erase_button.isVisible()


def test_extract_writes_json_and_pdf(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(database)
    page = ParticipantPage(context)
    qtbot.addWidget(page)
    page.show_participant("P-0001")
    target = tmp_path / "utdrag.json"
    monkeypatch.setattr(privacy_dialogs, "ask_extract_path", lambda *args: target)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.extract_data()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["participant"]["name"] == NAME
    assert data["measurements"][0]["note"] == "om boendet"
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert messages[-1] == "Saved everything stored about P-0001 as utdrag.json and utdrag.pdf."


# -- retention review -------------------------------------------------------------


def test_retention_review_lists_and_erases_after_confirmation(
    qtbot: QtBot, context: AppContext, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(database)
    dialog = RetentionReviewDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.years == 2
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert rows == ["E-OLD", "E-MID"]  # E-NEW ended less than two years ago
    assert dialog.table.item(0, RetentionReviewDialog.ENDED).text() == "Jun 30, 2021"
    assert dialog.table.item(1, RetentionReviewDialog.DUE).text() == "Apr 1, 2026"
    assert "more than 2 years ago" in dialog.intro.text()
    save_shot(dialog, qtbot, "retention_review.png")

    dialog.select_none_button.click()
    assert not dialog.erase_button.isEnabled()
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Checked)
    assert dialog.ticked_codes() == ["E-MID"]

    asked: list[int] = []
    monkeypatch.setattr(dialog, "confirm", lambda count: asked.append(count) or False)
    assert dialog.erase_ticked() is None
    assert "E-MID" in codes(database)
    monkeypatch.setattr(dialog, "confirm", lambda count: asked.append(count) or True)
    result = dialog.erase_ticked()
    assert asked == [1, 1]
    assert result is not None and result.participants == 1
    assert codes(database) == {"P-0001", "E-OLD", "E-NEW"}
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["E-OLD"]

    dialog.select_all_button.click()
    dialog.erase_ticked()
    assert codes(database) == {"P-0001", "E-NEW"}
    assert dialog.table.isHidden() and not dialog.empty_label.isHidden()
    assert not dialog.erase_button.isEnabled()


def test_retention_review_follows_the_setting_and_hides_names(
    qtbot: QtBot, context: AppContext, database: Database
) -> None:
    seed(database)
    with database.transaction() as repository:
        repository.set_setting(RETENTION_SETTING, 5)
    context.set_show_names(False)
    dialog = RetentionReviewDialog(context)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["E-OLD"]
    assert dialog.table.isColumnHidden(RetentionReviewDialog.NAME)
    assert dialog.table.item(0, RetentionReviewDialog.NAME).text() == ""


def test_confirmation_box_names_the_count_and_backups(
    qtbot: QtBot, context: AppContext, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    seed(database)
    dialog = RetentionReviewDialog(context)
    qtbot.addWidget(dialog)
    seen: list[QMessageBox] = []

    def show(box: QMessageBox) -> int:
        seen.append(box)
        box.show()
        save_shot(box, qtbot, "retention_confirm.png")
        box.hide()
        return 0  # closed without a choice: Cancel

    monkeypatch.setattr(QMessageBox, "exec", show)
    assert dialog.confirm(2) is False
    box = seen[0]
    assert "Erase 2 participants for good" in box.text()
    assert "backups" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_settings_dialog_saves_the_retention_period(qtbot: QtBot, context: AppContext) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.retention_spin.value() == 2
    assert (dialog.retention_spin.minimum(), dialog.retention_spin.maximum()) == (1, 10)
    dialog.retention_spin.setValue(4)
    dialog.accept()
    assert context.retention_years == 4
    dialog.show()
    save_shot(dialog, qtbot, "settings_retention.png")


# -- names hidden everywhere ------------------------------------------------------


def _visible_texts(root: QWidget) -> list[str]:
    """Every text a person (or a screen reader) could get from the visible widgets."""
    found: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        text = getattr(widget, "text", None)
        if isinstance(widget, QLabel | QLineEdit) or callable(text):
            with contextlib.suppress(TypeError):
                found.append(str(widget.text()))  # type: ignore[attr-defined]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_texts(widget.model())
    return found


def _model_texts(model: QAbstractItemModel) -> list[str]:
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model keeps columnCount private
        columns = 1
    texts: list[str] = []
    for row in range(model.rowCount(top)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
    return texts


def test_names_hidden_in_every_view(
    qtbot: QtBot, context: AppContext, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bipdesk.ui.fill_in import FillInDialog
    from bipdesk.ui.main_window import MainWindow

    seed(database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)

    def views() -> Iterator[str]:
        window.show_start_page()
        qtbot.wait(20)  # rows replaced on a refresh are deleted by the event loop
        yield "start page"
        window.show_participant_list()
        yield "participant list"
        window.show_participant("P-0001")
        yield "participant page"
        dialog = RetentionReviewDialog(context, window)
        dialog.show()
        yield "retention review"
        dialog.close()
        fill_in = FillInDialog(context, "P-0001", window)
        fill_in.show()
        yield "fill-in"
        fill_in.close()

    for view in views():  # the name is there while names are shown ...
        if view in ("participant list", "participant page", "fill-in"):
            assert any(NAME in t for t in _visible_texts(window) + _dialog_texts(window)), view
    context.set_show_names(False)
    for view in views():  # ... and nowhere once they are hidden
        texts = _visible_texts(window) + _dialog_texts(window)
        assert not [t for t in texts if NAME in t], view
    sheet = window.participant_page().spider_panel.current_sheet()
    assert sheet is not None and sheet.show_name is False


def _dialog_texts(window: QWidget) -> list[str]:
    texts: list[str] = []
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            texts += _visible_texts(dialog)
    return texts
