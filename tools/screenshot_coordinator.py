"""The pictures of the coordinator's windows (part 1 of the user guides): the first
start, participants, the due list, the fill-in, the participant page and its chart,
the sheet, import, activities, exit, backups, settings and the follow-up conversation."""

from __future__ import annotations

import shutil
from datetime import datetime

from screenshot_session import (
    HEIGHT,
    TALL,
    TODAY,
    WIDE,
    WIDTH,
    Session,
    closing_dialog,
)

TABLE_HEIGHT = 190
"""The participant page's measurements table: three rows and its buttons."""


def welcome(session: Session) -> None:
    """The first start: an empty database offers demo data, import and the guide."""
    from bipdesk.ui.main_window import MainWindow

    context = session.context_for(session.database("empty"), "empty")
    window = MainWindow(context)
    window.resize(WIDTH, HEIGHT)
    window.show()
    session.shoot(window, "welcome")
    window.close()
    window.deleteLater()


def encryption(session: Session) -> None:
    """The first start's offer to protect the new database with a passphrase."""
    from bipdesk.ui.encryption import EncryptionOffer

    dialog = EncryptionOffer(session.work / "bipdesk.db")
    with closing_dialog(dialog):
        dialog.first.setText("correct horse battery")
        dialog.second.setText("correct horse battery")
        dialog.first.setFocus()
        session.shoot(dialog, "encryption")


def team_database(session: Session) -> None:
    """File → Open team database…: the address of a team's shared database."""
    from bipdesk.ui.server_address_dialog import ServerAddressDialog

    dialog = ServerAddressDialog()
    with closing_dialog(dialog):
        dialog.login.setText("anna.svensson")
        dialog.host.setText("bip.kommun.se")
        dialog.database.setText("bip")
        dialog.login.setFocus()
        session.settle()
        session.shoot(dialog, "team-database")


def main_window(session: Session) -> None:
    """The start page: who is overdue, due soon or never measured."""
    window = session.window
    window.show_start_page()
    session.shoot(window, "main-window")


def participant_list(session: Session) -> None:
    window = session.window
    window.show_participant_list()
    session.shoot(window, "participant-list")
    window.show_start_page()


def new_participant(session: Session) -> None:
    """The form of a new participant, typed in as a user would (so that it validates)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from bipdesk.core.participants import Sex

    window = session.window
    window.show_participant(None)
    page = window.participant_page()
    typed = (
        (page.code_edit, "P-0121"),
        (page.name_edit, "Alva B."),
        (page.birth_year_edit, "1994"),
    )
    for edit, text in typed:
        QTest.keyClicks(edit, text)
    sex = page.sex_combo.currentIndex()
    page.sex_combo.setCurrentIndex(page.sex_combo.findData(Sex.WOMEN))
    page.referrer_edit.setFocus()
    session.shoot(window, "new-participant")
    for edit, _text in typed:  # as typed, so that nothing is left unsaved
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
    page.sex_combo.setCurrentIndex(sex)
    window.show_start_page()


def participant(session: Session) -> None:
    """The participant page: background, measurements and the spider chart."""
    window = session.window
    window.show_participant(session.participant_code())
    window.resize(WIDE, TALL)
    page = window.participant_page()
    page.right_tabs.setCurrentIndex(0)
    session.settle()
    # As a user would drag it: room for the measurements above the chart.
    total = sum(page.history_split.sizes())
    page.history_split.setSizes([TABLE_HEIGHT, total - TABLE_HEIGHT])
    session.settle(10)
    session.shoot(window, "participant")
    window.resize(WIDTH, HEIGHT)


def activities(session: Session) -> None:
    window = session.window
    window.show_participant(session.participant_code())
    window.resize(WIDE, HEIGHT + 80)
    page = window.participant_page()
    page.right_tabs.setCurrentWidget(page.activities_section)
    session.settle(10)
    session.shoot(window, "activities")
    page.right_tabs.setCurrentIndex(0)
    window.resize(WIDTH, HEIGHT)


def fill_in_pages(session: Session) -> None:
    """One question with an answer chosen, the participant's language, and the summary."""
    from bipdesk.ui.fill_in import FillInDialog

    code = session.participant_code()
    with session.context.database.transaction(write=False) as repository:
        latest = repository.measurements(code)[-1]
    dialog = FillInDialog(session.context, code)
    dialog.resize(WIDTH, 720)
    state = dialog.state
    assert state is not None
    # Mostly a step up from last time, one a step down, one not answered.
    answers: list[int | None] = []
    for index, question in enumerate(state.card.questions):
        before = latest.answer(question.id)
        step = (1, 2, 0, 1, -1)[index % 5]
        answers.append(None if before is None else max(1, min(10, before + step)))
    with closing_dialog(dialog):
        dialog.go_to(2)
        dialog.choose(answers[2])
        session.shoot(dialog, "fill-in-question")
        dialog.set_second_language("ti" if session.language == "sv" else "ar")
        session.shoot(dialog, "fill-in-language")
        dialog.set_second_language(None)
        for index, answer in enumerate(answers):
            dialog.go_to(index)
            dialog.choose(answer)
        dialog.go_to(len(answers))
        dialog.summary_page.note_edit.setPlainText(
            "Vill börja praktik i januari."
            if session.language == "sv"
            else "Wants to start an internship in January."
        )
        session.shoot(dialog, "fill-in-summary")
        dialog.close_keeping_draft()
    with session.context.database.transaction() as repository:
        repository.delete_draft(session.participant_code())


def follow_up_sheet(session: Session) -> None:
    """The first page of the printed follow-up sheet, as the PDF shows it."""
    from bipdesk.reports.sheet import write_sheet
    from bipdesk.reports.sheet_data import load_sheet

    database = session.context.database
    with database.transaction(write=False) as repository:
        sheet = load_sheet(
            repository,
            database.cards,
            session.participant_code(),
            language=session.language,
            printed=TODAY,
        )
    path = session.work / "sheet.pdf"
    write_sheet(sheet, path)
    session.save_pdf_page(path, 0, "follow-up-sheet")


def import_pages(session: Session) -> None:
    """The import window: the preview of the sample file, and a file with mistakes."""
    from bipdesk.paths import resources_dir
    from bipdesk.ui.import_dialog import ImportDialog

    context = session.context_for(session.database("import"), "import")
    documents = session.work / ("Dokument" if session.language == "sv" else "Documents")
    documents.mkdir(exist_ok=True)
    sample = documents / "sample-import.csv"
    shutil.copyfile(resources_dir() / "samples" / "sample-import.csv", sample)
    dialog = ImportDialog(context, sample)
    dialog.resize(720, 560)
    with closing_dialog(dialog):
        session.wait_until(lambda: dialog.preview is not None, "the import preview")
        session.shoot(dialog, "import-preview")
    broken = documents / ("deltagare.csv" if session.language == "sv" else "participants.csv")
    lines = sample.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",1988,", ",88,").replace("2025-04-22", "2025-04-31")
    lines[4] = lines[4].replace(",man,", ",mannen,")
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = ImportDialog(context, broken)
    dialog.resize(720, 560)
    with closing_dialog(dialog):
        session.wait_until(lambda: bool(dialog.problems), "the import problems")
        session.shoot(dialog, "import-errors")


def exit_dialog(session: Session) -> None:
    from bipdesk.core.exits import Employment, ExitForm, WorkingTime
    from bipdesk.core.participants import ExitReason
    from bipdesk.ui.exit_dialog import ExitDialog

    with session.context.database.transaction(write=False) as repository:
        person = repository.participant(session.participant_code())
    dialog = ExitDialog(person.start_date if person else None, TODAY, participant=person)
    with closing_dialog(dialog):
        dialog.select_reason(ExitReason.WORK)
        dialog.set_exit_form(ExitForm(Employment.TEMPORARY, WorkingTime.FULL_TIME, True, "Q"))
        dialog.reason_combo.setFocus()
        session.shoot(dialog, "exit")


def backups(session: Session) -> None:
    from bipdesk.storage.backup import backup_file
    from bipdesk.ui.backups_dialog import BackupsDialog

    path = session.context.database.path
    for day, hour, minute in ((19, 8, 2), (19, 16, 41), (20, 8, 15), (20, 16, 30), (23, 8, 5)):
        taken = datetime(2026, 11, day, hour, minute, 12)
        backup_file(path, now=lambda taken=taken: taken)
    dialog = BackupsDialog(session.context, session.window)
    dialog.resize(640, 340)
    with closing_dialog(dialog):
        session.shoot(dialog, "backups")


def settings(session: Session) -> None:
    from bipdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(session.context, session.window)
    with closing_dialog(dialog):
        session.shoot(dialog, "settings")


def coordinator_view(session: Session) -> None:
    """The coordinator's own view of the latest measurement, where it differs."""
    from bipdesk.core.coordinator_view import CoordinatorView
    from bipdesk.ui.coordinator_view_dialog import CoordinatorViewDialog

    database = session.context.database
    with database.transaction(write=False) as repository:
        latest = repository.measurements(session.participant_code())[-1]
    card = database.cards.get(latest.card.id, latest.card.version)
    assert card is not None
    dialog = CoordinatorViewDialog(card, latest, CoordinatorView(talked_through=True))
    dialog.resize(WIDTH - 200, 470)
    with closing_dialog(dialog):
        question = card.questions[4]
        answer = latest.answer(question.id) or 5
        reason = (
            "Sömnen gör det svårt att hålla tider just nu."
            if session.language == "sv"
            else "Poor sleep makes it hard to keep times just now."
        )
        dialog.set_value(question.id, max(1, answer - 2), reason)
        session.shoot(dialog, "coordinator-view")


def show_to_participant(session: Session) -> None:
    """The participant's own calm view: their chart and what moved, without codes."""
    from bipdesk.ui.participant_view import ParticipantView

    view = ParticipantView(session.context, session.participant_code())
    view.resize(WIDTH, HEIGHT)
    view.show()
    session.settle(10)
    session.shoot(view, "show-to-participant")
    view.close()


def edit_history(session: Session) -> None:
    """The participant page's edit history after an answer and a field were changed."""
    from dataclasses import replace

    code = session.participant_code()
    with session.context.database.transaction() as repository:
        latest = repository.measurements(code)[-1]
        question = next(iter(latest.answered))
        answers = dict(latest.answers)
        answers[question] = max(1, answers[question] - 1)
        repository.update_measurement(replace(latest, answers=answers))
        person = repository.participant(code)
        assert person is not None
        repository.update_participant(replace(person, referrer="Arbetsförmedlingen"))
    window = session.window
    window.show_participant(code)
    page = window.participant_page()
    page.right_tabs.setCurrentWidget(page.history_section)
    session.settle(10)
    session.shoot(window, "edit-history")
    page.right_tabs.setCurrentIndex(0)
