"""The participant page: background form with inline validation, history, actions."""

from __future__ import annotations

import sys
import types
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.storage import Database
from bipdesk.ui.context import AppContext, Change
from bipdesk.ui.exit_dialog import ExitDialog as EndParticipationDialog
from bipdesk.ui.participant_page.history_model import HistoryModel
from bipdesk.ui.participant_page.page import ParticipantPage
from tests.conftest import TODAY
from tests.support import QUESTIONS

CARD = CardKey("bip-standard", 1)


pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> ParticipantPage:
    widget = ParticipantPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def answers(*values: int | None) -> dict[str, int | None]:
    return dict(zip(QUESTIONS, values, strict=True))


def seed(database: Database, *measurements: tuple[date, dict[str, int | None]]) -> None:
    with database.transaction() as repository:
        repository.add_participant(
            Participant(
                "P-0001",
                name="Amina H.",
                sex=Sex.WOMEN,
                birth_year=1990,
                start_date=date(2025, 9, 1),
            )
        )
        for day, given in measurements:
            repository.add_measurement(Measurement("P-0001", CARD, day, given))


def stored(database: Database, code: str) -> Participant | None:
    with database.transaction(write=False) as repository:
        return repository.participant(code)


def measurement_dates(database: Database, code: str) -> list[date]:
    with database.transaction(write=False) as repository:
        return [m.date for m in repository.measurements(code)]


# -- the form ----------------------------------------------------------------------


def test_new_participant_is_saved_through_the_form(
    page: ParticipantPage, context: AppContext, database: Database, qtbot: QtBot
) -> None:
    page.show_participant(None)
    assert not page.save_button.isEnabled()  # an empty code is a problem
    qtbot.keyClicks(page.code_edit, "P-0100")
    qtbot.keyClicks(page.name_edit, "Sara L.")
    page.sex_combo.setFocus()
    page.sex_combo.setCurrentIndex(page.sex_combo.findData(Sex.MEN))
    qtbot.keyClicks(page.birth_year_edit, "1988")
    qtbot.keyClicks(page.municipality_edit, "Ljungby")  # keyClicks is ASCII only
    qtbot.keyClicks(page.referrer_edit, "Socialtjansten")
    assert page.save_button.isEnabled()
    announced: list[str] = []
    context.changed.connect(announced.append)
    with qtbot.waitSignal(page.participant_saved) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == ["P-0100"]
    assert Change.PARTICIPANTS in announced
    participant = stored(database, "P-0100")
    assert participant is not None
    assert (participant.name, participant.sex, participant.birth_year) == ("Sara L.", Sex.MEN, 1988)
    assert (participant.municipality, participant.referrer) == ("Ljungby", "Socialtjansten")
    assert participant.start_date == TODAY  # a new participant starts today unless changed
    assert page.code == "P-0100" and not page.is_dirty()
    assert page.end_button.isVisible() and page.new_button.isEnabled()


def test_birth_year_2020_is_refused_inline(page: ParticipantPage, qtbot: QtBot) -> None:
    page.show_participant(None)
    qtbot.keyClicks(page.code_edit, "P-0100")
    qtbot.keyClicks(page.birth_year_edit, "2020")
    error = page.fields["birth_year"].error
    assert error.isVisible()
    assert "between 1930 and 2011" in error.text()
    assert not page.save_button.isEnabled()
    assert not page.fields["code"].error.isVisible()
    page.birth_year_edit.clear()
    qtbot.keyClicks(page.birth_year_edit, "1999")
    assert not error.isVisible() and page.save_button.isEnabled()


def test_a_taken_code_is_refused_inline(
    page: ParticipantPage, database: Database, qtbot: QtBot
) -> None:
    seed(database)
    page.show_participant(None)
    qtbot.keyClicks(page.code_edit, "P-0001")
    error = page.fields["code"].error
    assert error.isVisible() and "P-0001" in error.text()
    assert not page.save_button.isEnabled()
    page.save()  # even when called directly, nothing is written
    with database.transaction(write=False) as repository:
        assert repository.participant_codes() == {"P-0001"}
    qtbot.keyClicks(page.code_edit, "b")
    assert not error.isVisible() and page.save_button.isEnabled()


def test_editing_an_existing_participant_keeps_its_own_code(
    page: ParticipantPage, database: Database, qtbot: QtBot
) -> None:
    seed(database)
    page.show_participant("P-0001")
    assert page.code_edit.text() == "P-0001" and not page.save_button.isEnabled()
    qtbot.keyClicks(page.unit_edit, "Delprojekt Syd")
    assert not page.fields["code"].error.isVisible()  # its own code is not 'taken'
    assert page.save_button.isEnabled()
    assert not page.new_button.isEnabled()  # unsaved background first
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    participant = stored(database, "P-0001")
    assert participant is not None and participant.unit == "Delprojekt Syd"
    assert participant.birth_year == 1990  # untouched fields survive


def test_name_is_hidden_when_names_are_not_shown(
    page: ParticipantPage, context: AppContext, database: Database
) -> None:
    seed(database)
    page.show_participant("P-0001")
    assert page.name_edit.isVisible()
    assert "Amina" in page.title_label.text()
    context.set_show_names(False)
    assert not page.name_edit.isVisible()
    assert "Amina" not in page.title_label.text()
    page.show_participant("P-0001")
    assert not page.name_edit.isVisible()
    assert not page.is_dirty()


# -- the history -------------------------------------------------------------------


def test_history_shows_mean_and_change_against_the_previous_one(
    page: ParticipantPage, database: Database
) -> None:
    seed(
        database,
        (date(2026, 1, 10), answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4)),
        (date(2026, 4, 10), answers(5, 5, 5, 5, 5, 5, 5, 5, 5, None)),
        (date(2026, 7, 10), answers(6, 6, 6, 6, 4, 4, 4, 4, 4, 2)),
    )
    page.show_participant("P-0001")
    model = page.history_model
    assert model.rowCount() == 3

    def cell(row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(row, column), role)

    # newest first
    assert cell(0, HistoryModel.DATE) == "Jul 10, 2026"
    assert cell(0, HistoryModel.CARD) == "bip-standard v1"
    assert cell(0, HistoryModel.MEAN) == "4.6"  # 46 / 10
    assert cell(1, HistoryModel.MEAN) == "5.0"  # 45 / 9 answered
    assert cell(2, HistoryModel.MEAN) == "4.0"
    # change over the questions answered in both: (6*4 + 4*5 - 5*9) / 9 = -1/9
    assert cell(0, HistoryModel.CHANGE, Qt.ItemDataRole.UserRole) == pytest.approx(-1 / 9)
    assert cell(0, HistoryModel.CHANGE) == "▼ −0.1"
    assert cell(1, HistoryModel.CHANGE) == "▲ +1.0"
    assert cell(2, HistoryModel.CHANGE) == "—"
    # the due date follows the latest measurement: 10 Oct 2026 is before today
    assert "Oct 10, 2026" in page.due_label.text()
    assert "overdue" in page.due_label.text()
    # first against latest, over all ten questions: (2*4 + 0*5 - 2) / 10 = 0.6
    assert page.summary_box.figures_label.text() == (
        "First Jan 10, 2026: 4.0 · latest Jul 10, 2026: 4.6 · change ▲ +0.6"
        " — means over the 10 questions answered in both"
    )
    assert page.summary_box.outcome_label.text() == "Progression: positive"


def test_a_recent_measurement_is_not_overdue(page: ParticipantPage, database: Database) -> None:
    seed(database, (date(2026, 10, 1), answers(*([5] * 10))))
    page.show_participant("P-0001")
    assert page.due_label.text() == "Next measurement due: Jan 1, 2027"
    assert "second measurement" in page.summary_box.note_label.text()
    assert not page.summary_box.figures_label.isVisible()


def test_the_chart_area_is_kept_beside_the_history(
    page: ParticipantPage, database: Database
) -> None:
    seed(database)
    page.show_participant("P-0001")
    assert isinstance(page.chart_area, QWidget)
    assert isinstance(page.chart_area.layout(), QVBoxLayout)
    assert page.history_split.indexOf(page.chart_area.parentWidget().parentWidget()) == 1
    assert page.chart_area.isVisible()


def test_the_page_follows_changes_announced_elsewhere(
    page: ParticipantPage, context: AppContext, database: Database
) -> None:
    seed(database)
    page.show_participant("P-0001")
    assert page.history_model.rowCount() == 0
    with database.transaction() as repository:
        repository.add_measurement(
            Measurement("P-0001", CARD, date(2026, 11, 1), answers(*[3] * 10))
        )
    context.announce(Change.MEASUREMENTS)
    assert page.history_model.rowCount() == 1
    assert "Feb 1, 2027" in page.due_label.text()


# -- actions -----------------------------------------------------------------------


def test_new_measurement_asks_for_the_fill_in(
    page: ParticipantPage, database: Database, qtbot: QtBot
) -> None:
    seed(database)
    page.show_participant("P-0001")
    with qtbot.waitSignal(page.measurement_requested) as requested:
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert requested.args == ["P-0001"]


@pytest.mark.parametrize(
    ("answer", "left"),
    [
        (QMessageBox.StandardButton.Yes, [date(2026, 1, 10)]),
        (QMessageBox.StandardButton.No, [date(2026, 1, 10), date(2026, 4, 10)]),
    ],
)
def test_delete_measurement_asks_first(
    page: ParticipantPage,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    left: list[date],
) -> None:
    seed(
        database,
        (date(2026, 1, 10), answers(*[4] * 10)),
        (date(2026, 4, 10), answers(*[5] * 10)),
    )
    asked: list[str] = []

    def question(
        parent: QWidget, title: str, text: str, *args: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    page.show_participant("P-0001")
    assert not page.delete_button.isEnabled()
    page.select_measurement(0)  # the newest
    assert page.delete_button.isEnabled()
    page.delete_button.click()
    assert len(asked) == 1 and "Apr 10, 2026" in asked[0]
    assert measurement_dates(database, "P-0001") == left
    assert page.history_model.rowCount() == len(left)


def test_edit_opens_the_fill_in_for_the_selected_measurement(
    page: ParticipantPage,
    context: AppContext,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(database, (date(2026, 1, 10), answers(*[4] * 10)))
    opened: list[tuple[object, ...]] = []

    class FakeFillIn(QWidget):
        from PySide6.QtCore import Signal

        finished = Signal(int)

        def __init__(
            self, context: AppContext, code: str, parent: QWidget, measurement_id: int | None
        ) -> None:
            super().__init__(parent)
            opened.append((context, code, measurement_id))

        def open(self) -> None:
            self.finished.emit(1)

    module = types.ModuleType("bipdesk.ui.fill_in")
    module.FillInDialog = FakeFillIn  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bipdesk.ui.fill_in", module)
    page.show_participant("P-0001")
    assert not page.edit_button.isEnabled()
    page.select_measurement(0)
    page.edit_button.click()
    with database.transaction(write=False) as repository:
        (measurement,) = repository.measurements("P-0001")
    assert opened == [(context, "P-0001", measurement.id)]


def _answer_end_dialog(end: date, reason: ExitReason) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EndParticipationDialog)
    dialog.date_edit.setDate(end)
    dialog.select_reason(reason)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_end_participation_writes_date_and_reason(
    page: ParticipantPage, database: Database
) -> None:
    seed(database)
    page.show_participant("P-0001")
    QTimer.singleShot(0, lambda: _answer_end_dialog(date(2026, 10, 31), ExitReason.STUDIES))
    page.end_button.click()
    participant = stored(database, "P-0001")
    assert participant is not None
    assert participant.end_date == date(2026, 10, 31)
    assert participant.exit_reason is ExitReason.STUDIES
    assert page.exit_label.text() == "Studies"
    assert page.reopen_button.isVisible() and not page.end_button.isVisible()
    assert "ended" in page.due_label.text()


def test_end_before_start_is_refused(
    page: ParticipantPage, database: Database, qtbot: QtBot
) -> None:
    dialog = EndParticipationDialog(date(2025, 9, 1), TODAY)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason chosen yet
    dialog.select_reason(ExitReason.WORK)
    assert ok.isEnabled()
    dialog.date_edit.setDate(date(2025, 8, 31))
    assert not ok.isEnabled()
    assert "before the start date" in dialog.error_label.text()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    # the storage layer refuses it too, and the page leaves the participant alone
    seed(database)
    page.show_participant("P-0001")
    warned: list[str] = []
    QMessageBox_warning = QMessageBox.warning  # noqa: N806
    try:
        QMessageBox.warning = lambda *args: warned.append(str(args[2]))  # type: ignore[assignment,method-assign]
        assert not page.write_end(date(2025, 8, 31), ExitReason.WORK)
    finally:
        QMessageBox.warning = QMessageBox_warning  # type: ignore[method-assign]
    assert warned
    participant = stored(database, "P-0001")
    assert participant is not None and participant.end_date is None


def test_exit_reasons_are_all_offered(qtbot: QtBot) -> None:
    dialog = EndParticipationDialog(None, TODAY)
    qtbot.addWidget(dialog)
    offered = {
        dialog.reason_combo.itemData(i, Qt.ItemDataRole.UserRole)
        for i in range(dialog.reason_combo.count())
    } - {None}
    assert offered == set(ExitReason)


@pytest.mark.parametrize("confirm", [True, False])
def test_reopen_participation(
    page: ParticipantPage, database: Database, monkeypatch: pytest.MonkeyPatch, confirm: bool
) -> None:
    seed(database)
    with database.transaction() as repository:
        participant = repository.participant("P-0001")
        assert participant is not None
        repository.update_participant(
            Participant(
                **{
                    **participant.__dict__,
                    "end_date": date(2026, 6, 1),
                    "exit_reason": ExitReason.WORK,
                }
            )
        )
    reply = QMessageBox.StandardButton.Yes if confirm else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *args: reply)
    page.show_participant("P-0001")
    assert page.reopen_button.isVisible()
    page.reopen_button.click()
    after = stored(database, "P-0001")
    assert after is not None
    if confirm:
        assert (after.end_date, after.exit_reason) == (None, None)
        assert page.end_button.isVisible()
    else:
        assert after.end_date == date(2026, 6, 1)
