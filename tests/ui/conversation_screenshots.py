"""Screenshots of the follow-up conversation in Swedish: the fill-in's coordinator
strip and dialog, the participant page with its new buttons and the dashed outline,
and the participant's own view with Swedish, Arabic and Tigrinya sentences.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.conversation_screenshots OUT_DIR

Runs in its own process (tests/ui/test_conversation_ui.py starts it) so the Swedish
translator never leaks into other tests. Writes sv_*.png into OUT_DIR.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from bipdesk.core.coordinator_view import CoordinatorValue, CoordinatorView
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database
from bipdesk.storage.participant_language import set_card_language
from bipdesk.ui.app import create_application
from bipdesk.ui.context import AppContext
from bipdesk.ui.fill_in import FillInDialog
from bipdesk.ui.participant_page.page import ParticipantPage
from bipdesk.ui.participant_view import ParticipantView
from bipdesk.ui.translator import install_translator

TODAY = date(2025, 10, 1)
CODE = "SP0129"
VALUES = (
    (date(2025, 1, 10), [3, 4, 3, 6, 5, 7, 2, 8, 4, 1]),
    (date(2025, 4, 10), [5, 4, 5, 6, 5, 7, 4, 8, None, 3]),
    (date(2025, 7, 10), [7, 5, 6, 6, 4, 7, 5, 8, 5, 6]),
)


def _save(app: QApplication, widget: QWidget, out: Path, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    if isinstance(widget, ParticipantView):
        assert widget.chart is not None, name
    widget.grab().save(str(out / f"{name}.png"))


def write_screenshots(out: Path) -> None:
    app = create_application([])
    if install_translator(app, "sv") is None:
        raise SystemExit("translations/bipdesk_sv.qm is missing: run `make translations-qm`")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bipdesk-conversation-shots-"))
    cards = default_cards()
    card = cards.get("bip-standard")
    assert card is not None
    with open_database(work / "bipdesk.db", cards, today=lambda: TODAY) as database:
        with database.transaction() as repo:
            repo.add_participant(Participant(CODE, name="Amina Hassan"))
            repo.add_participant(Participant("SP0130"))
            for day, values in VALUES:
                answers = dict(zip(card.question_ids, values, strict=True))
                saved = repo.add_measurement(Measurement(CODE, card.key, day, answers))
            assert saved.id is not None
            repo.save_coordinator_view(
                saved.id,
                CoordinatorView(
                    True,
                    {
                        "manage_a_job": CoordinatorValue(
                            4, "Har inte provat ett arbete än; praktiken börjar i maj"
                        ),
                        "health": CoordinatorValue(3, "Sover dåligt enligt läkarintyget"),
                    },
                ),
            )
        settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
        context = AppContext(database, settings, today=lambda: TODAY)

        fill_in = FillInDialog(context, CODE, None, saved.id)
        fill_in.resize(1000, 860)
        fill_in.show()
        fill_in.go_to(len(card.questions))
        _save(app, fill_in, out, "sv_fill_in_summary_coordinator")
        fill_in.summary_page.table.setCurrentCell(2, 0)
        dialog = fill_in.summary_page.coordinator_section.open_view()
        assert dialog is not None
        _save(app, dialog, out, "sv_coordinator_view_dialog")
        dialog.reject()
        fill_in.close_keeping_draft()

        page = ParticipantPage(context)
        page.resize(1300, 950)
        page.show_participant(CODE)
        page.show()
        page.spider_panel.coordinator_box.setChecked(True)
        _save(app, page, out, "sv_participant_page_conversation")

        for language in ("sv", "ar", "ti"):
            with database.transaction() as repo:
                set_card_language(repo, CODE, None if language == "sv" else language)
            view = ParticipantView(context, CODE)
            view.resize(1366, 768)
            view.show()
            _save(app, view, out, f"sv_participant_view_{language}")
            view.close()
        page.close()


if __name__ == "__main__":
    write_screenshots(Path(sys.argv[1]))
