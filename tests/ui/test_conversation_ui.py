"""The follow-up conversation on screen: the coordinator's view in the fill-in and on
the participant page, the dashed outline toggle, and "Show to participant" — a
full-screen window of the participant's own, closed with Escape, without codes,
names, notes or the coordinator's view.

Screenshots go to tests/artifacts (English here; Swedish, Arabic and Tigrinya in
`conversation_screenshots`, run in its own process by the last test)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.core.coordinator_view import CoordinatorValue, CoordinatorView
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.io.cards import default_cards
from bipdesk.storage import Database, open_database
from bipdesk.storage.participant_language import set_card_language
from bipdesk.ui.context import AppContext
from bipdesk.ui.coordinator_view_dialog import CoordinatorViewDialog
from bipdesk.ui.fill_in import FillInDialog
from bipdesk.ui.participant_page.page import ParticipantPage
from bipdesk.ui.participant_view import ParticipantView

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
TODAY = date(2025, 10, 1)
CODE = "SP0129"
NAME = "Amina Hassan"
NOTE = "HEMLIG ANTECKNING"
QUESTION_NOTE = "Ryggont"
REASON = "Has not tried a job yet; the work placement starts in May"
CARD = default_cards().get("bip-standard")
assert CARD is not None
FIRST = [3, 4, 3, 6, 5, 7, 2, 8, 4, 1]
MIDDLE = [5, 4, 5, 6, 5, 7, 4, 8, None, 3]
LATEST = [7, 5, 6, 6, 4, 7, 5, 8, 5, 6]


pytestmark = pytest.mark.usefixtures("english_locale")


@pytest.fixture(autouse=True)
def no_blocking_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def _measurement(day: date, values: list[int | None], note: str | None = None) -> Measurement:
    answers = dict(zip(CARD.question_ids, values, strict=True))
    return Measurement(CODE, CARD.key, day, answers, {"health": QUESTION_NOTE}, note)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "samtal.db", default_cards(), lambda: TODAY) as db:
        with db.transaction() as repo:
            repo.add_participant(Participant(CODE, name=NAME))
            repo.add_participant(Participant("P002", name="Other Person"))
            repo.add_measurement(_measurement(date(2025, 1, 10), FIRST))
            repo.add_measurement(_measurement(date(2025, 4, 10), MIDDLE))
            repo.add_measurement(_measurement(date(2025, 7, 10), LATEST, NOTE))
        yield db


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


def _latest(database: Database) -> Measurement:
    with database.transaction(write=False) as repo:
        return repo.measurements(CODE)[-1]


def _save_view(database: Database, view: CoordinatorView) -> int:
    latest = _latest(database)
    assert latest.id is not None
    with database.transaction() as repo:
        repo.save_coordinator_view(latest.id, view)
    return latest.id


def _grab(widget: object, name: str) -> QImage:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    for _ in range(3):
        QApplication.processEvents()
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    image = QImage(str(path))
    assert not image.isNull()
    return image


def _colours(image: QImage, step: int = 7) -> set[int]:
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


# -- the fill-in --------------------------------------------------------------------------


def _fill_in(context: AppContext, qtbot: QtBot, measurement_id: int | None = None) -> FillInDialog:
    dialog = FillInDialog(context, "P002" if measurement_id is None else CODE, None, measurement_id)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 820)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_coordinator_notes_their_view_in_the_fill_in_and_it_is_saved(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    dialog = _fill_in(context, qtbot)
    for value in (5, 3, 6, 7, 5, 8, 4, 6, 5, 6):
        dialog.choose(value)
        dialog.next()
    assert dialog.state is not None and dialog.state.on_summary
    section = dialog.summary_page.coordinator_section
    assert section.isVisible() and section.view_button.isVisible()
    assert section.summary_label.isHidden()  # nothing noted yet

    section.talked_through_box.click()
    dialog.summary_page.table.setCurrentCell(2, 0)  # the selected row: Managing a job
    opened = section.open_view()
    assert opened is not None and opened.isVisible()
    assert opened.focusWidget() is opened.value_boxes["manage_a_job"]
    assert opened.talked_through_box.isChecked()
    assert opened.table.item(2, 1).text() == "6"  # the participant's answer beside it
    opened.set_value("manage_a_job", 4, REASON)
    opened.set_value("health", 5)  # the participant's own value: no different view
    _grab(opened, "coordinator_view_dialog_en")
    opened.accept()
    assert not opened.isVisible()
    text = section.summary_label.text()
    assert text == "Where you see it differently: Managing a job 4 (participant 6)"
    image = _grab(dialog, "fill_in_summary_coordinator_en")
    assert len(_colours(image)) > 20

    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with database.transaction(write=False) as repo:
        saved = repo.measurements("P002")[-1]
        assert saved.id is not None
        assert repo.coordinator_view(saved.id) == CoordinatorView(
            True, {"manage_a_job": CoordinatorValue(4, REASON)}
        )
        assert saved.answer("manage_a_job") == 6  # the participant's answer stays


def test_the_dialog_asks_for_a_reason_and_for_a_value(context: AppContext, qtbot: QtBot) -> None:
    measurement = _latest(context.database)
    dialog = CoordinatorViewDialog(CARD, measurement, CoordinatorView())
    qtbot.addWidget(dialog)
    dialog.set_value("manage_a_job", 3)
    dialog.set_value("health", None, "Sleeps badly")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text().splitlines() == [
        "Managing a job: say in a few words why you see it differently.",
        "Health: choose your value, or clear the reason.",
    ]
    assert dialog.reason_edits["health"].maxLength() == 200


def test_editing_a_measurement_brings_its_view_back(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    latest = _save_view(
        database, CoordinatorView(True, {"health": CoordinatorValue(3, "Sleeps badly")})
    )
    dialog = _fill_in(context, qtbot, latest)
    dialog.go_to(len(CARD.questions))
    section = dialog.summary_page.coordinator_section
    assert section.talked_through_box.isChecked()
    assert "Health 3 (participant 4)" in section.summary_label.text()
    section.talked_through_box.click()  # no longer: the view is saved with the edit
    dialog.save()
    with database.transaction(write=False) as repo:
        assert repo.coordinator_view(latest) == CoordinatorView(
            False, {"health": CoordinatorValue(3, "Sleeps badly")}
        )


# -- the participant page and its chart ---------------------------------------------------


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> ParticipantPage:
    widget = ParticipantPage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show_participant(CODE)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_page_opens_the_view_of_the_selected_measurement(
    page: ParticipantPage, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    button = page.conversation.view_button
    assert button.isVisible() and not button.isEnabled()
    page.select_measurement(0)  # the newest is on top
    assert button.isEnabled()

    def answer(dialog: CoordinatorViewDialog) -> int:
        dialog.talked_through_box.setChecked(True)
        dialog.set_value("cooperation", 5, "Works alone in the group")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CoordinatorViewDialog, "exec", answer)
    assert page.conversation.edit_coordinator_view()
    with database.transaction(write=False) as repo:
        latest = repo.measurements(CODE)[-1]
        assert latest.id is not None
        assert repo.coordinator_view(latest.id).values == {
            "cooperation": CoordinatorValue(5, "Works alone in the group")
        }


def test_the_chart_shows_the_coordinators_view_as_a_dashed_outline_on_request(
    page: ParticipantPage, database: Database, context: AppContext
) -> None:
    panel = page.spider_panel
    assert not panel.coordinator_box.isEnabled()  # nothing noted yet
    _save_view(database, CoordinatorView(False, {"manage_a_job": CoordinatorValue(3, REASON)}))
    context.announce("measurements")
    assert panel.coordinator_box.isEnabled() and not panel.coordinator_box.isChecked()
    assert panel.chart is not None and len(panel.chart.lines) == 2
    panel.coordinator_box.setChecked(True)
    assert len(panel.chart.lines) == 3
    assert panel.chart.radial_values(2)[2] == 3
    assert panel.chart.legend is not None
    assert panel.chart.legend.get_texts()[-1].get_text() == "Coordinator's view"
    image = _grab(page, "participant_page_outline_en")
    assert len(_colours(image)) > 20
    panel.coordinator_box.setChecked(False)
    assert len(panel.chart.lines) == 2


# -- the participant's copy -------------------------------------------------------------


def test_the_copy_is_saved_under_a_name_without_the_code(
    page: ParticipantPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from bipdesk.ui import printing

    asked: list[str] = []

    def answer(*args: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(tmp_path / "kopia"), "PDF (*.pdf)"

    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", answer)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    assert page.conversation.copy_button.isVisible()
    page.conversation.save_copy_action.trigger()
    assert asked and CODE not in asked[0] and asked[0].endswith("min-uppfoljning.pdf")
    saved = tmp_path / "kopia.pdf"
    assert messages == [f"Saved the participant's copy as {saved}"]
    text = " ".join(page_text for page_text in _pdf_texts(saved.read_bytes()))
    assert "Managing a job: 3 → 5 → 6" in text
    for secret in (CODE, NAME, NOTE, QUESTION_NOTE):
        assert secret not in text, secret


def test_the_copy_is_printed_on_one_a4_page(
    page: ParticipantPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from bipdesk.ui import printing

    output = tmp_path / "printer.pdf"

    class PdfPrinter(QPrinter):
        """The printer the user picked: here one that prints into a PDF file."""

        def __init__(self, mode: QPrinter.PrinterMode) -> None:
            super().__init__(mode)
            self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(output))

    monkeypatch.setattr(printing, "QPrinter", PdfPrinter)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QPrintDialog.DialogCode.Accepted)
    assert page.conversation.print_copy()
    from pypdf import PdfReader

    printed = PdfReader(str(output))
    assert len(printed.pages) == 1
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    import pypdfium2 as pdfium

    rendered = pdfium.PdfDocument(str(output))[0].render(scale=1).to_pil().convert("L")
    dark = sum(1 for value in rendered.tobytes() if value < 200)
    assert dark > 5_000, dark  # the chart and the sentences, not a blank page


def _pdf_texts(pdf: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


# -- show to participant ------------------------------------------------------------------


def test_show_to_participant_is_a_full_screen_window_that_escape_closes(
    page: ParticipantPage, database: Database, qtbot: QtBot
) -> None:
    _save_view(database, CoordinatorView(True, {"manage_a_job": CoordinatorValue(3, REASON)}))
    assert page.conversation.show_button.isVisible()
    view = page.conversation.show_to_participant()
    assert isinstance(view, ParticipantView)
    qtbot.waitExposed(view)
    assert view.isWindow() and view.isFullScreen()
    assert view.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.waitUntil(lambda: view.chart is not None)
    words = "\n".join(view.texts())
    assert "Managing a job: 3 → 5 → 6 — “I can manage some of it, with support”" in words
    chart_words = " ".join(words.split())  # the chart's labels are wrapped
    assert CARD.question("cooperation").label["en"] in chart_words
    assert "Jul 10, 2025" in words  # the legend: first, previous and latest
    for secret in (CODE, NAME, NOTE, QUESTION_NOTE, REASON, "Coordinator"):
        assert secret not in words, secret
    image = _grab(view, "participant_view_en")
    assert len(_colours(image)) > 20

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.conversation.participant_view is None)


def test_show_to_participant_needs_a_measurement(context: AppContext, qtbot: QtBot) -> None:
    widget = ParticipantPage(context)
    qtbot.addWidget(widget)
    widget.show_participant("P002")
    messages: list[str] = []
    widget.status_message.connect(messages.append)
    assert widget.conversation.show_to_participant() is None
    assert messages == ["There is nothing to show P002 yet: no measurement."]


def test_the_arabic_view_reads_right_to_left_with_swedish_under_it(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    with database.transaction() as repo:
        set_card_language(repo, CODE, "ar")
    view = ParticipantView(context, CODE)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.chart is not None)
    job = CARD.question("manage_a_job")
    first = view.sentence_labels[0]
    assert first.text().startswith(f"{CARD.question('job_search_knowhow').label['ar']}: 3 ← 5 ← 7")
    assert first.layoutDirection() == Qt.LayoutDirection.RightToLeft
    texts = [label.text() for label in view.sentence_labels]
    assert f"{job.label['ar']}: 3 ← 5 ← 6 — «{job.anchors['ar'][1]}»" in texts
    assert "Managing a job: 3 → 5 → 6 — “I can manage some of it, with support”" not in texts
    assert "Klara ett arbete: 3 → 5 → 6 — ”Jag klarar en del, med stöd”" in texts
    assert view.title_label.text() == CARD.title["ar"]
    image = _grab(view, "participant_view_ar_en_ui")
    assert len(_colours(image)) > 20


def test_the_view_menu_has_show_to_participant_with_its_shortcut(
    context: AppContext, qtbot: QtBot
) -> None:
    from bipdesk.ui.actions import ActionName
    from bipdesk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    action = window.app_actions[ActionName.SHOW_TO_PARTICIPANT]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+P")
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    action.trigger()  # no participant open: says so
    assert messages and "Open a participant" in messages[0]


# -- Swedish, Arabic and Tigrinya ---------------------------------------------------------


def test_screenshots_in_swedish_arabic_and_tigrinya(tmp_path: Path) -> None:
    """Written in a process of their own (the Swedish translator must not leak)."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.conversation_screenshots", str(ARTIFACTS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for name in (
        "sv_fill_in_summary_coordinator",
        "sv_coordinator_view_dialog",
        "sv_participant_page_conversation",
        "sv_participant_view_sv",
        "sv_participant_view_ar",
        "sv_participant_view_ti",
    ):
        image = QImage(str(ARTIFACTS / f"{name}.png"))
        assert not image.isNull(), name
        assert len(_colours(image)) > 20, name
        assert QColor(image.pixel(2, image.height() // 2)).lightness() > 200, name
