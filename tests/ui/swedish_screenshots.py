"""Screenshots of the desktop app in Swedish, for looking at clipped or overlapping text.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.swedish_screenshots /tmp/shots

Runs in its own process (tests/ui/test_translations.py starts it) so the Swedish
translator and locale never leak into other tests. Writes sv_*.png into the folder.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from bipdesk.storage import open_database
from bipdesk.storage.demo import fill_with_demo
from bipdesk.ui.app import create_application, install_translator
from bipdesk.ui.context import AppContext
from bipdesk.ui.fill_in import FillInDialog
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.settings_dialog import SettingsDialog

TODAY = date(2026, 11, 23)
NAMES = (
    "sv_start",
    "sv_list",
    "sv_participant",
    "sv_settings",
    "sv_fill_in_question",
    "sv_fill_in_summary",
)


def _save(app: QApplication, widget: QWidget, out: Path, name: str) -> None:
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(out / f"{name}.png"))


def write_screenshots(out: Path) -> None:
    app = create_application([])
    if install_translator(app, "sv") is None:
        raise SystemExit("translations/bipdesk_sv.qm is missing: run `make translations-qm`")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bipdesk-sv-shots-"))
    with open_database(work / "bipdesk.db", today=lambda: TODAY) as database:
        fill_with_demo(database, 120, today=TODAY)
        settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
        context = AppContext(database, settings, today=lambda: TODAY)
        window = MainWindow(context)
        window.resize(1100, 750)
        window.show()
        _save(app, window, out, "sv_start")
        window.show_participant_list()
        _save(app, window, out, "sv_list")
        code = window.list_page.proxy.index(0, 0).data()
        window.show_participant(str(code))
        _save(app, window, out, "sv_participant")

        dialog = SettingsDialog(context, window)
        dialog.show()
        _save(app, dialog, out, "sv_settings")
        dialog.reject()

        fill_in = FillInDialog(context, str(code))
        fill_in.show()
        fill_in.go_to(3)
        fill_in.choose(7)
        _save(app, fill_in, out, "sv_fill_in_question")
        for index in range(fill_in.state.question_count if fill_in.state else 0):
            fill_in.go_to(index)
            fill_in.choose(None if index == 4 else 3 + index % 7)
        fill_in.go_to(fill_in.state.question_count if fill_in.state else 0)
        _save(app, fill_in, out, "sv_fill_in_summary")
        fill_in.close_keeping_draft()
        window.close()


if __name__ == "__main__":
    write_screenshots(Path(sys.argv[1]))
