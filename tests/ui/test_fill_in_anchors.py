"""The anchors while answering: under the scale, the low/middle/high texts of the
question in Swedish and in the participant's language, the part of the hovered or
chosen step marked; a draft translation flagged to the coordinator; Tigrinya drawn
in the shipped Noto Sans Ethiopic (no empty boxes). Screenshots go to tests/artifacts.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import matplotlib
import pytest
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QEnterEvent, QFont, QFontDatabase, QImage, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from bipdesk.core.cards import Card, CardLibrary, card_from_mapping
from bipdesk.core.participants import Participant
from bipdesk.io.cards import load_cards
from bipdesk.paths import builtin_cards_dir
from bipdesk.storage import Database, open_database
from bipdesk.ui.context import AppContext
from bipdesk.ui.fill_in import FillInDialog
from bipdesk.ui.fill_in.question_page import DEFAULT_POINT_SIZE
from bipdesk.ui.fonts import shipped_font_families
from bipdesk.ui.translator import install_translator, remove_translators

pytestmark = pytest.mark.usefixtures("shipped_fonts")

TODAY = date(2026, 11, 23)
MANAGE_A_JOB = 2  # anchors.sv: "Jag tror inte att jag klarar ett arbete nu" / … / …
LONGEST = 3  # "Har du tid i vardagen för att fokusera på att få ett arbete/ta del av …"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
TIGRINYA = "ስራሕ ክሰርሕ እኽእል"


@pytest.fixture(autouse=True)
def swedish(qapp: QApplication) -> Iterator[None]:
    """Swedish, as the coordinators work (the fill-in's own words too)."""
    install_translator(qapp, "sv")
    yield
    remove_translators(qapp)


@pytest.fixture(autouse=True)
def no_blocking_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)


def _database(path: Path, cards: CardLibrary) -> Database:
    database = open_database(path, cards, lambda: TODAY)
    with database.transaction() as repository:
        for code in ("P001", "P002", "P003"):
            repository.add_participant(Participant(code))
    return database


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    database = _database(tmp_path / "anchors.db", load_cards([builtin_cards_dir()]))
    with database:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        yield AppContext(database, settings, today=lambda: TODAY)


def open_dialog(context: AppContext, qtbot: QtBot, code: str = "P001") -> FillInDialog:
    dialog = FillInDialog(context, code)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def card_of(dialog: FillInDialog) -> Card:
    assert dialog.state is not None
    return dialog.state.card


def hover(button: QPushButton) -> None:
    centre = QPointF(button.width() / 2, button.height() / 2)
    QApplication.sendEvent(button, QEnterEvent(centre, centre, button.mapToGlobal(centre)))


def leave(button: QPushButton) -> None:
    QApplication.sendEvent(button, QEvent(QEvent.Type.Leave))


def marked(dialog: FillInDialog) -> list[bool]:
    return [cell.is_current for cell in dialog.question_page.anchor_row.cells]


def bold(dialog: FillInDialog) -> list[bool]:
    return [cell.text_label.font().bold() for cell in dialog.question_page.anchor_row.cells]


# -- the anchors -------------------------------------------------------------------


def test_the_three_anchors_stand_under_their_parts_of_the_scale(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.go_to(MANAGE_A_JOB)
    page = dialog.question_page
    row = page.anchor_row
    assert row.isVisible()
    assert [cell.text_label.text() for cell in row.cells] == [
        "Jag tror inte att jag klarar ett arbete nu",
        "Jag klarar en del, med stöd",
        "Jag klarar ett arbete",
    ]
    assert [cell.steps for cell in row.cells] == ["1–3", "4–7", "8–10"]
    assert all(cell.second_label.isHidden() for cell in row.cells)  # no language chosen
    assert page.minimum_label.isHidden() and page.maximum_label.isHidden()  # anchors instead
    # Each part lines up with its buttons (to within the rounding of the layout).
    buttons = page.scale_buttons
    for cell, (first, last) in zip(row.cells, ((1, 3), (4, 7), (8, 10)), strict=True):
        left = buttons[first - 1].mapTo(page, buttons[first - 1].rect().topLeft()).x()
        right = buttons[last - 1].mapTo(page, buttons[last - 1].rect().topRight()).x()
        cell_left = cell.mapTo(page, cell.rect().topLeft()).x()
        cell_right = cell.mapTo(page, cell.rect().topRight()).x()
        assert abs(cell_left - left) <= 3 and abs(cell_right - right) <= 3
        assert cell.mapTo(page, cell.rect().topLeft()).y() > buttons[0].geometry().bottom()
    assert buttons[4].accessibleDescription() == "Jag klarar en del, med stöd"  # 5
    # Nothing marked on arrival: the focus on button 1 must not suggest the low part.
    assert marked(dialog) == [False, False, False]
    dialog.close_keeping_draft()


def test_the_part_of_the_hovered_step_is_marked_else_the_chosen_one(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.go_to(MANAGE_A_JOB)
    page = dialog.question_page
    buttons = page.scale_buttons
    before = [button.geometry() for button in buttons]

    dialog.choose(5)
    assert marked(dialog) == [False, True, False]
    assert bold(dialog) == [False, True, False]  # not by colour alone

    hover(buttons[8])  # 9
    assert marked(dialog) == [False, False, True]
    assert bold(dialog) == [False, False, True]
    hover(buttons[1])  # 2 (the mouse moved on without a Leave first)
    assert page.anchor_row.current_index == 0
    leave(buttons[1])
    assert marked(dialog) == [False, True, False]  # back to the chosen 5

    dialog.choose(10)
    assert marked(dialog) == [False, False, True]
    dialog.choose(None)  # "don't want to answer": no part
    assert marked(dialog) == [False, False, False]
    # Marking never moves the buttons under the mouse.
    assert [button.geometry() for button in buttons] == before
    dialog.close_keeping_draft()


def test_a_step_reached_with_tab_is_marked_until_it_loses_the_focus(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.go_to(MANAGE_A_JOB)
    buttons = dialog.question_page.scale_buttons
    assert dialog.question_page.anchor_row.current_index is None
    buttons[6].setFocus(Qt.FocusReason.TabFocusReason)  # 7
    qtbot.waitUntil(lambda: dialog.question_page.anchor_row.current_index == 1)
    buttons[7].setFocus(Qt.FocusReason.TabFocusReason)  # 8
    qtbot.waitUntil(lambda: dialog.question_page.anchor_row.current_index == 2)
    dialog.next_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: dialog.question_page.anchor_row.current_index is None)
    dialog.close_keeping_draft()


def test_the_participants_language_stands_under_each_anchor(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.go_to(MANAGE_A_JOB)
    dialog.set_second_language("ti")
    cells = dialog.question_page.anchor_row.cells
    question = card_of(dialog).questions[MANAGE_A_JOB]
    assert [cell.second_label.text() for cell in cells] == list(question.anchors["ti"])
    assert all(cell.second_label.isVisible() for cell in cells)
    assert cells[0].second_label.layoutDirection() == Qt.LayoutDirection.LeftToRight

    dialog.set_second_language("fa")
    assert [cell.second_label.text() for cell in cells] == list(question.anchors["fa"])
    assert cells[2].second_label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert cells[2].accessibleName().startswith("8–10: Jag klarar ett arbete / ")

    dialog.set_second_language(None)
    assert all(cell.second_label.isHidden() for cell in cells)
    dialog.close_keeping_draft()


def _card_without_anchors(status: str) -> Card:
    return card_from_mapping(
        {
            "id": "bip-standard",
            "version": 9,
            "title": {"sv": "Kort", "ti": "ካርድ"},
            "scale": {
                "min": 1,
                "max": 10,
                "min_label": {"sv": "Inte alls", "ti": "ፈጺሙ ኣይኮነን"},
                "max_label": {"sv": "Helt och hållet", "ti": "ብምሉኡ"},
            },
            "translation_status": {"sv": "reviewed", "ti": status},
            "questions": [
                {
                    "id": "health",
                    "area": "health",
                    "text": {"sv": "Hur är din hälsa?", "ti": "ጥዕናኻ ከመይ ኣሎ?"},
                    "label": {"sv": "Hälsa", "ti": "ጥዕና"},
                }
            ],
        },
        "test",
    )


def test_a_card_without_anchors_keeps_the_ends_of_the_scale(tmp_path: Path, qtbot: QtBot) -> None:
    card = _card_without_anchors("reviewed")
    with _database(tmp_path / "plain.db", CardLibrary([card])) as database:
        settings = QSettings(str(tmp_path / "plain.ini"), QSettings.Format.IniFormat)
        dialog = open_dialog(AppContext(database, settings, today=lambda: TODAY), qtbot)
        dialog.set_second_language("ti")
        page = dialog.question_page
        assert page.anchor_row.isHidden()
        assert page.minimum_label.isVisible() and page.minimum_label.text() == "1 = Inte alls"
        assert page.second_maximum_label.isVisible()
        assert page.second_maximum_label.text() == "10 = ብምሉኡ"
        # A reviewed translation is not flagged.
        assert page.second_label.isVisible() and page.draft_note.isHidden()
        dialog.close_keeping_draft()


def test_a_draft_translation_is_flagged_to_the_coordinator(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    assert card_of(dialog).is_draft("ti") and not card_of(dialog).is_draft("en")
    page = dialog.question_page
    assert page.draft_note.isHidden()  # no participant's language yet
    dialog.set_second_language("ti")
    assert page.draft_note.isVisible()
    assert page.draft_note.text() == "Utkast till översättning – stäm av med tolken"
    # A note beside the text, not an error: the participant sees the screen too.
    assert "#b00020" not in page.draft_note.styleSheet()
    note_top = page.draft_note.mapTo(page, page.draft_note.rect().topLeft()).y()
    assert note_top >= page.second_label.geometry().bottom()
    dialog.set_second_language("en")  # reviewed
    assert page.draft_note.isHidden()
    dialog.close_keeping_draft()


def test_a_draft_translation_is_flagged_on_a_card_without_anchors_too(
    tmp_path: Path, qtbot: QtBot
) -> None:
    draft = _card_without_anchors("draft")
    with _database(tmp_path / "draft.db", CardLibrary([draft])) as database:
        settings = QSettings(str(tmp_path / "draft.ini"), QSettings.Format.IniFormat)
        dialog = open_dialog(AppContext(database, settings, today=lambda: TODAY), qtbot)
        dialog.set_second_language("ti")
        assert dialog.question_page.draft_note.isVisible()
        dialog.close_keeping_draft()


# -- Ethiopic is drawn, not boxes --------------------------------------------------


def _glyphs(text: str, font: QFont) -> list[int]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [index for run in layout.glyphRuns() for index in run.glyphIndexes()]


def _picture(text: str, font: QFont) -> QImage:
    label = QLabel(text)
    label.setFont(font)
    label.setStyleSheet("background: white; color: black;")
    label.adjustSize()
    return label.grab().toImage()


def test_tigrinya_is_drawn_in_the_shipped_font_not_as_empty_boxes(qapp: QApplication) -> None:
    assert "Noto Sans Ethiopic" in shipped_font_families()
    font = QFont(qapp.font())
    assert "Noto Sans Ethiopic" in font.families()
    font.setPointSize(24)
    glyphs = _glyphs(TIGRINYA, font)
    assert glyphs and 0 not in glyphs  # glyph 0 is the "missing" box

    # The same text in DejaVu Sans without any font fallback is what empty boxes look like.
    dejavu = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    assert QFontDatabase.addApplicationFont(str(dejavu)) >= 0
    boxes = QFont(font)
    boxes.setFamilies(["DejaVu Sans"])
    boxes.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    assert 0 in _glyphs(TIGRINYA, boxes)
    assert _picture(TIGRINYA, font) != _picture(TIGRINYA, boxes)
    # Boxes look alike; the letters ሀ and ለ do not.
    assert _picture("ሀ", font) != _picture("ለ", font)
    assert _picture("ሀ", boxes) == _picture("ለ", boxes)


def test_the_anchors_in_tigrinya_are_drawn_as_letters(context: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.go_to(MANAGE_A_JOB)
    dialog.set_second_language("ti")
    for cell in dialog.question_page.anchor_row.cells:
        label = cell.second_label
        assert 0 not in _glyphs(label.text(), label.font())
    second = dialog.question_page.second_label
    assert 0 not in _glyphs(second.text(), second.font())
    assert not second.font().italic()  # no slanted Ethiopic
    dialog.close_keeping_draft()


# -- what it looks like ------------------------------------------------------------


@pytest.mark.parametrize(("language", "code"), [(None, "P001"), ("ar", "P002"), ("ti", "P003")])
def test_screenshots_nothing_cut_off(
    context: AppContext, qtbot: QtBot, language: str | None, code: str
) -> None:
    """At 1024 × 768, at 100 % and at 150 % text, the longest question: every
    text gets the height it needs (OPEN the PNGs in tests/artifacts and look)."""
    dialog = open_dialog(context, qtbot, code)
    dialog.go_to(LONGEST)
    dialog.set_second_language(language)
    page = dialog.question_page
    for percent in (100, 150):
        dialog.set_text_size(DEFAULT_POINT_SIZE * percent / 100)
        dialog.choose(6)
        hover(page.scale_buttons[8])
        QApplication.processEvents()
        labels = [page.question_label, page.second_label, page.draft_note]
        for label in labels:
            if label.isVisible():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
        for cell in page.anchor_row.cells:
            assert cell.height() >= cell.heightForWidth(cell.width())
        assert page.note_button.geometry().bottom() <= page.height()
        assert page.anchor_row.geometry().bottom() < page.no_answer_button.geometry().top()
        ARTIFACTS.mkdir(exist_ok=True)
        dialog.grab().save(str(ARTIFACTS / f"fill_in_anchors_{language or 'sv'}_{percent}.png"))
        leave(page.scale_buttons[8])
    dialog.close_keeping_draft()
