"""The pictures of the project office's part of the user guides: the unit's export,
its own report, the project-office window with three units' files, and its report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from screenshot_session import NOW, WIDTH, Session, closing_dialog

OFFICE_UNITS = (("Växjö", 11, 90), ("Alvesta", 12, 45), ("Ljungby", 13, 60))
"""The units of the project-office picture: name, demo seed, participants."""


def export(session: Session) -> None:
    from bipdesk.ui.export_dialog import ExportDialog

    dialog = ExportDialog(session.context)
    dialog.resize(WIDTH, 760)
    with closing_dialog(dialog):
        dialog.select_period("2026")
        dialog.rebuild()
        session.wait_until(lambda: dialog.is_current, "the export preview")
        session.shoot(dialog, "export")
        dialog.wait()


def unit_report(session: Session) -> None:
    from bipdesk.ui.unit_report_dialog import UnitReportDialog

    dialog = UnitReportDialog(session.context, session.window)
    with closing_dialog(dialog):
        session.shoot(dialog, "unit-report")


def project_office(session: Session) -> None:
    """The project-office window with three units' files added up."""
    from PySide6.QtCore import QSettings

    from bipdesk.core.periods import Period
    from bipdesk.io.aggregate_file import write_aggregate
    from bipdesk.io.export import build_aggregate
    from bipdesk.ui.office_dialog import OfficeDialog

    files: list[Path] = []
    period = Period(date(2026, 1, 1), date(2026, 6, 30))
    for unit, seed, people in OFFICE_UNITS:
        database = session.database(f"unit-{seed}", people, seed=seed)
        path = session.work / f"{unit} 2026 H1.json"
        write_aggregate(path, build_aggregate(database, period, unit, now=lambda: NOW))
        files.append(path)
    settings = QSettings(str(session.work / "office.ini"), QSettings.Format.IniFormat)
    dialog = OfficeDialog(settings, session.context.database.cards)
    dialog.resize(WIDTH, 800)
    with closing_dialog(dialog):
        checked: list[bool] = []
        dialog.checked.connect(lambda: checked.append(True))
        dialog.add_files(files)
        session.wait_until(lambda: bool(checked), "the project office's check")
        session.shoot(dialog, "project-office")
        dialog.wait()
    office_report(session, files)


def office_report(session: Session, files: list[Path]) -> None:
    """The project office's PDF report of the same files: the page "In brief" (the first
    page, with its date of making, would change from run to run)."""
    from bipdesk.io.merge import merge_aggregates, read_for_merge
    from bipdesk.reports.office import write_office_report

    units = read_for_merge(files)
    merged = merge_aggregates(units, now=lambda: NOW)
    path = session.work / "office-report.pdf"
    card = session.context.database.cards.get(merged.card.id)
    write_office_report(merged, units, path, session.language, card)
    session.save_pdf_page(path, 1, "office-report")
