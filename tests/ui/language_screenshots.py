"""Screenshots of the desktop app in Swedish or English, for looking at clipped or
overlapping text; in Swedish also the fill-in view with Arabic beside the Swedish text.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.language_screenshots /tmp/shots sv
    QT_QPA_PLATFORM=offscreen python -m tests.ui.language_screenshots /tmp/shots en

Runs in its own process (tests/ui/test_translations.py starts it) so the translator and
locale never leak into other tests. Writes {sv,en}_*.png into the folder. The Arabic is
the sample translation of tests/fixtures/cards (a test fixture, not a checked one).
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
from bipdesk.ui.app import create_application
from bipdesk.ui.context import AppContext
from bipdesk.ui.fill_in import FillInDialog
from bipdesk.ui.main_window import MainWindow
from bipdesk.ui.settings_dialog import SettingsDialog
from bipdesk.ui.translator import install_translator
from tests.rtl_support import cards_with_arabic

TODAY = date(2026, 11, 23)
PAGES = ("start", "list", "participant", "settings", "fill_in_question", "fill_in_summary")
EXTRA = {"sv": ("fill_in_arabic", "fill_in_summary_arabic"), "en": ()}


def names(language: str) -> list[str]:
    """The files written for `language` (without .png)."""
    return [f"{language}_{page}" for page in (*PAGES, *EXTRA[language])]


def _save(app: QApplication, widget: QWidget, out: Path, name: str) -> None:
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(out / f"{name}.png"))


def write_screenshots(out: Path, language: str = "sv") -> None:
    app = create_application([])
    if install_translator(app, language) is None and language != "en":
        raise SystemExit(
            f"translations/bipdesk_{language}.qm is missing: run `make translations-qm`"
        )
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"bipdesk-{language}-shots-"))
    with open_database(work / "bipdesk.db", cards_with_arabic(), today=lambda: TODAY) as database:
        fill_with_demo(database, 120, today=TODAY)
        settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
        context = AppContext(database, settings, today=lambda: TODAY)
        window = MainWindow(context)
        window.resize(1100, 750)
        window.show()
        _save(app, window, out, f"{language}_start")
        window.show_participant_list()
        _save(app, window, out, f"{language}_list")
        code = str(window.list_page.proxy.index(0, 0).data())
        window.show_participant(code)
        _save(app, window, out, f"{language}_participant")

        dialog = SettingsDialog(context, window)
        dialog.show()
        _save(app, dialog, out, f"{language}_settings")
        dialog.reject()

        fill_in = FillInDialog(context, code)
        fill_in.show()
        fill_in.go_to(3)
        fill_in.choose(7)
        _save(app, fill_in, out, f"{language}_fill_in_question")
        if "fill_in_arabic" in EXTRA[language]:
            fill_in.set_second_language("ar")
            _save(app, fill_in, out, f"{language}_fill_in_arabic")
            fill_in.set_second_language(None)
        count = fill_in.state.question_count if fill_in.state else 0
        for index in range(count):
            fill_in.go_to(index)
            fill_in.choose(None if index == 4 else 3 + index % 7)
        fill_in.go_to(count)
        _save(app, fill_in, out, f"{language}_fill_in_summary")
        if "fill_in_summary_arabic" in EXTRA[language]:
            fill_in.set_second_language("ar")
            _save(app, fill_in, out, f"{language}_fill_in_summary_arabic")
            fill_in.set_second_language(None)
        fill_in.close_keeping_draft()
        window.close()


if __name__ == "__main__":
    write_screenshots(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "sv")
