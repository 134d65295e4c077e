"""Print…, Save as PDF… and the batch for everyone due this week, through their real code paths.

Only the operating system's dialogs are replaced: the file dialog returns a
path, the print dialog says OK, and the printer writes a PDF file instead of
going to paper.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from pytestqt.qtbot import QtBot

from bipdesk.core.participants import Participant
from bipdesk.storage import Database
from bipdesk.ui import printing
from bipdesk.ui.actions import ActionName
from bipdesk.ui.context import AppContext
from bipdesk.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.reports.support import measurement, standard_card

CARD = standard_card()
DUE = ("D-1", "D-2", "D-3")
"""Measured a little over three months ago: due this week."""


def _pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages]


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    with database.transaction() as repository:
        for code in (*DUE, "LATER"):
            repository.add_participant(Participant(code, start_date=date(2025, 1, 1)))
            latest = TODAY - timedelta(days=95) if code in DUE else TODAY - timedelta(days=10)
            repository.add_measurement(
                measurement(CARD, date(2025, 3, 1), [3, 4, 5, 4, 3, 5, 4, 6, 5, 4], code, 1)
            )
            repository.add_measurement(
                measurement(CARD, latest, [6, 7, None, 7, 6, 8, 7, 8, 6, 7], code, 2)
            )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1100, 750)
    window.show()
    qtbot.waitExposed(window)
    yield window


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """QFileDialog.getSaveFileName answers with the next path of this list ('' = Cancel)."""
    answers: list[str] = []

    def answer(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return (answers.pop(0) if answers else "", "PDF (*.pdf)")

    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", answer)
    return answers


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            printing.QMessageBox, kind, lambda _parent, _title, text: shown.append(text)
        )
    return shown


def test_save_as_pdf_writes_the_sheet_of_the_participant_shown(
    window: MainWindow, save_to: list[str], tmp_path: Path
) -> None:
    window.show_participant("D-1")
    page = window.participant_page()
    save_to.append(str(tmp_path / "blad"))  # the .pdf is added
    page.save_pdf_button.click()
    written = tmp_path / "blad.pdf"
    text = " ".join(" ".join(_pdf_text(written)).split())
    assert "D-1" in text
    assert CARD.questions[0].text["sv"] in text or CARD.questions[0].text["en"] in text
    assert "blad.pdf" in window.statusBar().currentMessage()


def test_save_as_pdf_cancelled_writes_nothing(
    window: MainWindow, save_to: list[str], tmp_path: Path
) -> None:
    window.show_participant("D-1")
    window.participant_page().save_pdf_button.click()  # no answer: Cancel
    assert list(tmp_path.glob("*.pdf")) == []


def test_file_print_sends_every_page_to_the_printer(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    output = tmp_path / "printer.pdf"
    printers: list[QPrinter] = []

    class PdfPrinter(QPrinter):
        """The printer the user picked: here one that prints into a PDF file."""

        def __init__(self, mode: QPrinter.PrinterMode) -> None:
            super().__init__(mode)
            self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(output))
            printers.append(self)

    monkeypatch.setattr(printing, "QPrinter", PdfPrinter)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QPrintDialog.DialogCode.Accepted)
    window.show_participant("D-2")
    sheet = window.participant_page().spider_panel.current_sheet()
    assert sheet is not None
    expected_pages = len(PdfReader(io.BytesIO(printing.sheet_pdf(sheet))).pages)

    window.app_actions[ActionName.PRINT].trigger()

    assert printers and printers[0].docName() == "uppfoljning-D-2.pdf"
    assert output.stat().st_size > 10_000
    printed = PdfReader(io.BytesIO(output.read_bytes()))
    assert len(printed.pages) == expected_pages >= 2
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait


def test_file_print_cancelled_prints_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    painted: list[bytes] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QPrintDialog.DialogCode.Rejected)
    monkeypatch.setattr(printing, "print_pdf", lambda _printer, pdf: painted.append(pdf))
    window.show_participant("D-2")
    assert window.participant_page().print_sheet() is False
    assert painted == []


def test_file_print_without_a_participant_says_what_to_do(window: MainWindow) -> None:
    window.show_start_page()
    window.app_actions[ActionName.PRINT].trigger()
    assert window.statusBar().currentMessage() == (
        "Open a participant to print their follow-up sheet."
    )


def test_sheets_for_everyone_due_this_week(
    qtbot: QtBot, window: MainWindow, save_to: list[str], messages: list[str], tmp_path: Path
) -> None:
    save_to.append(str(tmp_path / "vecka.pdf"))
    window.app_actions[ActionName.PRINT_DUE].trigger()
    operation = window._print_operation
    assert operation is not None
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    pages = _pdf_text(tmp_path / "vecka.pdf")
    starts = [text for text in pages if "1 av" in text or "1 of" in text]
    assert len(starts) == len(DUE)  # one sheet per due participant
    for code in DUE:
        assert sum(code in text for text in starts) == 1
    assert not any("LATER" in text for text in pages)
    assert str(len(DUE)) in messages[0] and "vecka.pdf" in messages[0]


def test_the_batch_can_be_cancelled_and_leaves_no_file(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext,
    save_to: list[str],
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    release = threading.Event()
    real_due = printing.due_this_week

    def due_after_cancel(*args: object) -> list[str]:
        release.wait(10)  # the user presses Cancel while the sheets are being read
        return real_due(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(printing, "due_this_week", due_after_cancel)
    save_to.append(str(tmp_path / "vecka.pdf"))
    operation = printing.print_due_this_week(window, context, "sv")
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        operation.cancel()
        release.set()
    assert operation.is_cancelled
    assert not (tmp_path / "vecka.pdf").exists()
    assert messages == []  # a cancel is not an error


def test_the_batch_cancelled_at_the_file_dialog_starts_nothing(
    window: MainWindow, context: AppContext, save_to: list[str]
) -> None:
    assert printing.print_due_this_week(window, context, "sv") is None
