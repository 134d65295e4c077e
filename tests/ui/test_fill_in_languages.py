"""The participant's language in the fill-in view: chosen among the card's languages,
shown beside the card's text (right to left for Arabic), remembered per participant."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from bipdesk.core.participants import Participant
from bipdesk.storage import Database, open_database
from bipdesk.storage.participant_language import card_language
from bipdesk.storage.settings_repository import participant_setting_key
from bipdesk.ui.context import AppContext
from bipdesk.ui.fill_in import FillInDialog
from tests.rtl_support import cards_with_arabic

TODAY = date(2026, 11, 23)
COOPERATION = 7  # "Hur bra är du på att samarbeta med andra?": a short question


@pytest.fixture(autouse=True)
def swedish_locale() -> Iterator[None]:
    """Card texts follow the app's locale; Swedish first, as coordinators work."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True)
def no_blocking_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "ar.db", cards_with_arabic(), lambda: TODAY) as db:
        with db.transaction() as repository:
            repository.add_participant(Participant("P001", name="Amina Hassan"))
            repository.add_participant(Participant("P002"))
        yield db


@pytest.fixture
def context(database: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(database, settings, today=lambda: TODAY)


def open_dialog(context: AppContext, qtbot: QtBot, code: str = "P001") -> FillInDialog:
    dialog = FillInDialog(context, code)
    qtbot.addWidget(dialog)
    dialog.resize(960, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ink_columns(label: QLabel) -> tuple[int, int]:
    """The leftmost and rightmost pixel column where the label's text is drawn."""
    image = label.grab().toImage()
    background = QColor(image.pixel(0, 0))
    columns = [
        x
        for x in range(image.width())
        if any(
            abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 60
            for y in range(0, image.height(), 2)
        )
    ]
    assert columns, "the label shows no text"
    return columns[0], columns[-1]


def test_the_choice_offers_the_cards_other_languages_by_name(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    combo = dialog.language_combo
    items = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert items[0] == (None, "None")
    assert [code for code, _name in items[1:]] == ["ar", "en", "fa", "prs", "so", "ti"]
    assert ("ar", "العربية (arabiska)") in items and ("en", "English (engelska)") in items
    assert ("ti", "ትግርኛ (tigrinja)") in items
    assert combo.isVisible() and combo.currentIndex() == 0
    assert dialog.question_page.second_label.isHidden()
    dialog.close_keeping_draft()


def test_arabic_is_shown_right_to_left_under_the_swedish_question(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.go_to(COOPERATION)
    page = dialog.question_page
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    assert dialog.second_language == "ar"
    assert page.question_label.text() == "Hur bra är du på att samarbeta med andra?"
    assert page.second_label.isVisible()
    assert page.second_label.text() == "ما مدى إجادتك للتعاون مع الآخرين؟"
    assert page.second_label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.question_label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not page.second_label.font().italic()
    # The question's anchors stand under the scale in both languages (the ends give
    # way to them; tests/ui/test_fill_in_anchors.py has a card without anchors).
    state = dialog.state
    assert state is not None
    anchors = state.card.questions[COOPERATION].anchors
    cells = page.anchor_row.cells
    assert [cell.second_label.text() for cell in cells] == list(anchors["ar"])
    assert all(c.second_label.layoutDirection() == Qt.LayoutDirection.RightToLeft for c in cells)
    assert page.second_minimum_label.isHidden() and page.minimum_label.isHidden()
    # Drawn flush right, with the empty space on the left.
    left, right = ink_columns(page.second_label)
    width = page.second_label.width()
    assert width - right < 12 and left > width / 3, (left, right, width)
    # The Swedish question stays flush left.
    left, _ = ink_columns(page.question_label)
    assert left < 12
    dialog.close_keeping_draft()


def test_a_left_to_right_language_stays_left_aligned(context: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.go_to(COOPERATION)
    dialog.set_second_language("en")
    label = dialog.question_page.second_label
    assert label.text() == "How good are you at working together with others?"
    assert label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    left, right = ink_columns(label)
    assert left < 12 and right < label.width() * 2 / 3
    dialog.set_second_language(None)
    assert label.isHidden()
    assert dialog.question_page.second_minimum_label.isHidden()
    dialog.close_keeping_draft()


def test_the_choice_is_remembered_for_the_participant_only(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.set_second_language("ar")
    dialog.close_keeping_draft()
    with database.transaction(write=False) as repository:
        assert card_language(repository, "P001") == "ar"
        assert card_language(repository, "P002") is None
        assert repository.participant_settings("P001") == {"card_language": "ar"}

    again = open_dialog(context, qtbot)
    assert again.second_language == "ar"
    assert again.language_combo.currentData() == "ar"
    assert again.question_page.second_label.isVisible()
    again.set_second_language(None)  # "None" forgets it
    again.close_keeping_draft()
    with database.transaction(write=False) as repository:
        assert card_language(repository, "P001") is None

    other = open_dialog(context, qtbot, "P002")
    assert other.second_language is None
    other.close_keeping_draft()


def test_a_remembered_language_the_card_lacks_is_not_shown(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    with database.transaction() as repository:
        repository.set_setting(participant_setting_key("P001", "card_language"), "am")
    dialog = open_dialog(context, qtbot)
    assert dialog.second_language is None
    assert dialog.language_combo.currentIndex() == 0
    dialog.close_keeping_draft()


def test_the_remembered_language_is_in_the_register_extract(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    from bipdesk.storage.privacy import subject_record

    dialog = open_dialog(context, qtbot)
    dialog.set_second_language("ar")
    dialog.close_keeping_draft()
    with database.transaction(write=False) as repository:
        assert subject_record(repository, "P001").settings == {"card_language": "ar"}


def test_erasing_the_participant_erases_the_remembered_language(
    context: AppContext, database: Database, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    dialog.set_second_language("ar")
    dialog.close_keeping_draft()
    with database.transaction() as repository:
        repository.erase_participant("P001")
    with database.transaction(write=False) as repository:
        assert card_language(repository, "P001") is None
        assert repository.participant_settings("P001") == {}


def test_the_choice_is_hidden_for_a_card_with_one_language(tmp_path: Path, qtbot: QtBot) -> None:
    from bipdesk.core.cards import CardLibrary, card_from_mapping

    only_swedish = card_from_mapping(
        {
            "id": "bip-standard",
            "version": 9,
            "title": {"sv": "Kort"},
            "scale": {
                "min": 1,
                "max": 5,
                "min_label": {"sv": "Lite"},
                "max_label": {"sv": "Mycket"},
            },
            "questions": [
                {
                    "id": "health",
                    "area": "health",
                    "text": {"sv": "Hälsa?"},
                    "label": {"sv": "Hälsa"},
                }
            ],
        },
        "test",
    )
    with open_database(tmp_path / "one.db", CardLibrary([only_swedish]), lambda: TODAY) as db:
        with db.transaction() as repository:
            repository.add_participant(Participant("P001"))
        settings = QSettings(str(tmp_path / "one.ini"), QSettings.Format.IniFormat)
        dialog = open_dialog(AppContext(db, settings, today=lambda: TODAY), qtbot)
        assert dialog.language_combo.count() == 1
        assert dialog.language_combo.isHidden() and dialog.header.language_label.isHidden()
        dialog.close_keeping_draft()


def test_the_summary_shows_the_labels_in_the_participants_language_too(
    context: AppContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(context, qtbot)
    count = dialog.state.question_count if dialog.state else 0
    dialog.go_to(count)
    table = dialog.summary_page.table
    assert table.columnCount() == 4
    dialog.set_second_language("ar")  # chosen while the summary is up
    assert table.columnCount() == 5
    assert table.horizontalHeaderItem(4).text() == "العربية"
    assert dialog.summary_page.row_texts(COOPERATION)[4] == "التعاون"
    alignment = table.item(COOPERATION, 4).textAlignment()
    assert alignment & Qt.AlignmentFlag.AlignRight
    dialog.set_second_language(None)
    assert table.columnCount() == 4
    dialog.close_keeping_draft()


def test_nothing_is_cut_off_when_the_page_is_too_low_for_the_zoom(
    context: AppContext, qtbot: QtBot
) -> None:
    """Full screen at 200 % on a laptop leaves about 540 points of height: the text
    shrinks as far as needed (never below the minimum) and grows back with room."""
    from bipdesk.ui.fill_in.question_page import DEFAULT_POINT_SIZE
    from bipdesk.ui.fill_in.text_scale import MAX_PERCENT

    largest = DEFAULT_POINT_SIZE * MAX_PERCENT / 100

    dialog = open_dialog(context, qtbot)
    dialog.go_to(3)  # the longest question
    dialog.set_second_language("ar")
    dialog.set_text_size(largest)
    dialog.resize(960, 560)
    qtbot.waitUntil(lambda: dialog.height() == 560)
    page = dialog.question_page
    for label in (page.question_label, page.second_label):
        qtbot.waitUntil(lambda label=label: label.height() >= label.heightForWidth(label.width()))
    buttons_bottom = page.scale_buttons[0].geometry().bottom()
    assert page.anchor_row.geometry().top() > buttons_bottom  # no overlap
    for cell in page.anchor_row.cells:  # the anchors get the height they ask for
        assert cell.height() >= cell.heightForWidth(cell.width())
    assert page.note_button.geometry().bottom() <= page.height()
    shrunk = page.text_size
    assert shrunk < largest
    assert dialog.text_size == largest  # the zoom chosen is kept

    dialog.resize(1600, 1200)
    qtbot.waitUntil(lambda: page.text_size > shrunk)
    dialog.close_keeping_draft()
