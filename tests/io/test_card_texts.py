"""The translator's workbook: what `card texts` writes, and what reading it back makes or refuses."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from bipdesk.core.cards import Card, CardKey, CardLibrary, card_from_mapping
from bipdesk.io.card_texts import TARGET, text_rows, write_texts_workbook
from bipdesk.io.card_texts_import import CardTextsError, read_texts_workbook
from bipdesk.io.card_toml import CardFileError, card_toml, write_new_card_file

CARD_TEXT = """\
id = "texts-card"
version = 1

[title]
sv = "Provkort"
en = "Trial card"

[scale]
min = 1
max = 10

[scale.min_label]
sv = "Inte alls"
en = "Not at all"

[scale.max_label]
sv = "Helt"
en = "Fully"

[translation_status]
sv = "reviewed"
en = "reviewed"

[[questions]]
id = "cook"
area = "skills"
text.sv = "Hur bra lagar du mat?"
text.en = "How well do you cook?"
label.sv = "Laga mat"
label.en = "Cooking"
anchors.sv = ["Jag lagar ingen mat", "Jag lagar enkel mat", "Jag lagar all mat"]
anchors.en = ["I do not cook", "I cook simple food", "I cook anything"]

[[questions]]
id = "walk"
area = "health"
text.sv = "Hur långt går du?"
text.en = "How far do you walk?"
label.sv = "Gå"
label.en = "Walking"
"""

# The Somali a translator types into column D, by key.
SOMALI = {
    "title": "Kaarka tijaabada",
    "scale.min_label": "Marnaba",
    "scale.max_label": "Si buuxda",
    "questions.cook.text": "Sidee baad wax u karisaa?",
    "questions.cook.label": "Karinta",
    "questions.cook.anchors.1": "Wax ma karsho",
    "questions.cook.anchors.2": "Cunto fudud baan karsadaa",
    "questions.cook.anchors.3": "Wax walba waan karsadaa",
    "questions.walk.text": "Intee in le'eg baad socotaa?",
    "questions.walk.label": "Socodka",
}


def base_card() -> Card:
    return card_from_mapping(tomllib.loads(CARD_TEXT), "texts-card-v1.toml")


@pytest.fixture
def library() -> CardLibrary:
    return CardLibrary([base_card()])


def workbook_for(tmp_path: Path, language: str = "so", ui_language: str = "en") -> Path:
    path = tmp_path / f"texts-{language}.xlsx"
    write_texts_workbook(base_card(), language, path, ui_language)
    return path


def rows_by_key(path: Path) -> dict[str, int]:
    sheet = openpyxl.load_workbook(path)["Texts"]
    return {
        str(sheet.cell(row, 1).value): row
        for row in range(3, sheet.max_row + 1)
        if sheet.cell(row, 1).value
    }


def edit(path: Path, change: Callable[[Any], None]) -> None:
    """Open the workbook as a translator would, change the Texts sheet, save."""
    workbook = openpyxl.load_workbook(path)
    change(workbook["Texts"])
    workbook.save(path)


def fill_in(path: Path, texts: dict[str, str] = SOMALI) -> None:
    rows = rows_by_key(path)

    def write(sheet: Any) -> None:
        for key, text in texts.items():
            sheet[f"{TARGET}{rows[key]}"] = text

    edit(path, write)


# --- what `card texts` writes ------------------------------------------------------


def test_the_workbook_has_a_row_per_text_with_swedish_english_and_the_language(
    tmp_path: Path,
) -> None:
    path = workbook_for(tmp_path)
    sheet = openpyxl.load_workbook(path)["Texts"]
    assert "into Somali in column D" in sheet["A1"].value
    assert [sheet.cell(2, c).value for c in range(1, 6)] == [
        "Key (do not change)",
        "Swedish – Svenska (sv)",
        "English (en)",
        "Somali – Soomaali (so)",
        "Where it is shown",
    ]
    rows = [[sheet.cell(r, c).value for c in range(1, 6)] for r in range(3, sheet.max_row + 1)]
    assert [row[0] for row in rows] == list(SOMALI)
    assert rows[0][:4] == ["title", "Provkort", "Trial card", None]
    assert rows[5] == [
        "questions.cook.anchors.1",
        "Jag lagar ingen mat",
        "I do not cook",
        None,
        "Question 1: the answer at 1–3 (low), in the first person",
    ]
    assert rows[7][4] == "Question 1: the answer at 8–10 (high), in the first person"
    assert rows[1][4] == "Under the lowest number (1)"


def test_only_the_language_column_can_be_edited(tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(workbook_for(tmp_path))
    sheet = workbook["Texts"]
    assert sheet.protection.sheet
    assert not sheet["D3"].protection.locked and not sheet["D12"].protection.locked
    assert sheet["A3"].protection.locked and sheet["B3"].protection.locked
    assert sheet["B6"].alignment.wrap_text
    assert sheet.column_dimensions["B"].width >= 40
    assert sheet.column_dimensions["A"].width > len("questions.cook.anchors.1") * 0.8
    assert sheet.freeze_panes == "B3"
    meta = workbook["bipdesk"]
    assert meta.sheet_state == "hidden"
    assert [list(r) for r in meta.iter_rows(values_only=True)] == [
        ["format", "bipdesk-card-texts"],
        ["format_version", 1],
        ["card", "texts-card"],
        ["version", 1],
    ]


def test_the_workbook_speaks_swedish_when_asked(tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_for(tmp_path, "ar", "sv"))["Texts"]
    assert sheet["A1"].value.startswith("Översätt texterna i kolumn B (svenska) till arabiska")
    assert sheet["D2"].value == "Arabiska – العربية (ar)"
    assert sheet["E8"].value == "Fråga 1: svaret vid 1–3 (lågt), i jag-form"


def test_right_to_left_languages_are_aligned_right(tmp_path: Path) -> None:
    arabic = openpyxl.load_workbook(workbook_for(tmp_path, "ar"))["Texts"]
    assert arabic["D3"].alignment.horizontal == "right"
    assert arabic["D3"].alignment.readingOrder == 2
    somali = openpyxl.load_workbook(workbook_for(tmp_path, "so"))["Texts"]
    assert somali["D3"].alignment.horizontal != "right"


def test_existing_texts_of_the_language_are_filled_in() -> None:
    rows = {row.key: row for row in text_rows(base_card(), "en")}
    assert rows["questions.cook.anchors.2"].target == "I cook simple food"
    assert rows["questions.walk.label"].target == "Walking"
    assert "questions.walk.anchors.1" not in rows  # the question has no anchors


# --- reading it back -------------------------------------------------------------


def test_a_filled_in_workbook_makes_the_next_version_with_the_texts(
    tmp_path: Path, library: CardLibrary
) -> None:
    path = workbook_for(tmp_path)
    fill_in(path)
    imported = read_texts_workbook(path, library, "reviewed")
    card = imported.card
    assert card.key == CardKey("texts-card", 2)
    assert imported.base.key == CardKey("texts-card", 1)
    assert card.title["so"] == "Kaarka tijaabada"
    assert card.scale.maximum_label["so"] == "Si buuxda"
    assert card.question("cook").text["so"] == "Sidee baad wax u karisaa?"
    assert card.question("walk").label["so"] == "Socodka"
    assert card.question("cook").anchors["so"] == (
        "Wax ma karsho",
        "Cunto fudud baan karsadaa",
        "Wax walba waan karsadaa",
    )
    assert card.question("walk").anchors == {}
    assert "so" in card.languages
    assert card.translation_status == {"sv": "reviewed", "en": "reviewed", "so": "reviewed"}
    assert (imported.status_before, imported.status_after) == (None, "reviewed")
    assert [c.key for c in imported.changes] == list(SOMALI)
    assert all(c.before == "" for c in imported.changes)
    assert library.get("texts-card", 1) == base_card()  # the original is untouched


def test_changing_some_texts_lists_only_those(tmp_path: Path, library: CardLibrary) -> None:
    path = workbook_for(tmp_path, "en")
    fill_in(path, {"questions.walk.label": "How far I walk", "title": "  Trial   card "})
    imported = read_texts_workbook(path, library)
    assert [(c.key, c.before, c.after) for c in imported.changes] == [
        ("questions.walk.label", "Walking", "How far I walk")
    ]
    assert imported.card.title["en"] == "Trial card"  # spaces as a cell may hold them
    assert imported.card.is_draft("en")  # --status defaults to draft
    assert imported.unchanged == 9


def refused(path: Path, library: CardLibrary) -> str:
    with pytest.raises(CardTextsError) as error:
        read_texts_workbook(path, library)
    assert str(error.value).startswith(f"{path}: ")
    return str(error.value)


def test_a_key_that_is_not_a_text_of_the_card_names_row_and_column(
    tmp_path: Path, library: CardLibrary
) -> None:
    path = workbook_for(tmp_path)
    fill_in(path)
    edit(path, lambda sheet: sheet.cell(7, 1, "questions.cok.label"))
    assert refused(path, library) == (
        f"{path}: sheet Texts, row 7, column A: 'questions.cok.label' is not a text of "
        "texts-card v1"
    )


def test_a_key_twice_names_both_rows(tmp_path: Path, library: CardLibrary) -> None:
    path = workbook_for(tmp_path)
    fill_in(path)
    edit(path, lambda sheet: sheet.append(["title", "", "", "Kaar"]))
    assert refused(path, library).endswith(
        "sheet Texts, row 13, column A: 'title' is also in row 3"
    )


def test_a_missing_row_is_named(tmp_path: Path, library: CardLibrary) -> None:
    path = workbook_for(tmp_path)
    fill_in(path)
    edit(path, lambda sheet: sheet.delete_rows(rows_by_key(path)["questions.walk.text"]))
    assert "no row for 'questions.walk.text' in column A" in refused(path, library)


def test_a_missing_language_code_is_named(tmp_path: Path, library: CardLibrary) -> None:
    path = workbook_for(tmp_path)
    fill_in(path)
    edit(path, lambda sheet: sheet.cell(2, 4, "Somali"))
    assert refused(path, library) == (
        f"{path}: sheet Texts, row 2, column D: missing language code; the header ends "
        "with it, e.g. '(ar)'"
    )


def test_swedish_cannot_come_back_as_a_translation(tmp_path: Path, library: CardLibrary) -> None:
    path = workbook_for(tmp_path)
    fill_in(path)
    edit(path, lambda sheet: sheet.cell(2, 4, "Svenska (sv)"))
    assert "row 2, column D: Swedish is the card's base language" in refused(path, library)


def test_an_empty_text_names_its_cell(tmp_path: Path, library: CardLibrary) -> None:
    path = workbook_for(tmp_path)
    fill_in(path, {**SOMALI, "questions.walk.label": "   "})
    row = rows_by_key(path)["questions.walk.label"]
    assert refused(path, library) == (
        f"{path}: sheet Texts, row {row}, column D: the text for 'questions.walk.label' is empty"
    )


def test_anchors_that_are_not_three_are_refused(tmp_path: Path, library: CardLibrary) -> None:
    path = workbook_for(tmp_path)
    fill_in(path, {**SOMALI, "questions.cook.anchors.2": ""})
    assert refused(path, library) == (
        f"{path}: sheet Texts, rows 8–10, column D: questions.cook.anchors needs exactly "
        "three texts (low, middle, high), found 2"
    )


def test_a_workbook_with_nothing_filled_in_is_refused(tmp_path: Path, library: CardLibrary) -> None:
    path = workbook_for(tmp_path)
    assert refused(path, library) == f"{path}: sheet Texts, column D: no so text is filled in"


def test_a_workbook_that_changes_nothing_is_refused(tmp_path: Path, library: CardLibrary) -> None:
    path = workbook_for(tmp_path, "en")  # the English texts, untouched
    with pytest.raises(CardTextsError) as error:
        read_texts_workbook(path, library, "reviewed")
    assert str(error.value) == (
        f"{path}: changes nothing: its en texts and their status (reviewed) are those of "
        "texts-card v1 already; no new version written"
    )
    marked = read_texts_workbook(path, library, "draft")  # only the status changes
    assert marked.changes == () and marked.card.is_draft("en")


def test_a_workbook_not_made_by_card_texts_is_refused(tmp_path: Path, library: CardLibrary) -> None:
    plain = tmp_path / "plain.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["title", "Provkort", "Trial card", "Kaarka"])
    workbook.save(plain)
    assert refused(plain, library) == (
        f"{plain}: was not made by `bipdesk card texts` (it has no sheet 'bipdesk')"
    )
    text = tmp_path / "notes.xlsx"
    text.write_text("title;Kaarka\n", encoding="utf-8")
    assert refused(text, library) == f"{text}: is not a readable XLSX workbook"


def test_a_workbook_of_an_older_version_is_refused(tmp_path: Path) -> None:
    path = workbook_for(tmp_path)
    fill_in(path)
    newer = card_from_mapping(
        tomllib.loads(CARD_TEXT.replace("version = 1", "version = 2")), "texts-card-v2.toml"
    )
    message = refused(path, CardLibrary([base_card(), newer]))
    assert "was made from texts-card v1, but texts-card v2 is newer" in message
    assert "bipdesk card texts texts-card" in message
    assert "which is not installed" in refused(path, CardLibrary())


# --- writing the new card file ---------------------------------------------------


def test_the_new_card_file_reads_back_as_the_card(tmp_path: Path, library: CardLibrary) -> None:
    path = workbook_for(tmp_path)
    fill_in(path, {**SOMALI, "title": 'Kaarka "tijaabada" \\ 1'})
    card = read_texts_workbook(path, library).card
    written = write_new_card_file(card, tmp_path / "cards", ["Made by a test."])
    assert written == tmp_path / "cards" / "texts-card-v2.toml"
    text = written.read_text(encoding="utf-8")
    assert text.startswith('# Made by a test.\n\nid = "texts-card"\nversion = 2\n')
    assert 'anchors.so = ["Wax ma karsho", "Cunto fudud baan karsadaa"' in text
    assert '[translation_status]\nsv = "reviewed"\nen = "reviewed"\nso = "draft"\n' in text
    again = card_from_mapping(tomllib.loads(text), str(written))
    assert again == card
    assert again.title["so"] == 'Kaarka "tijaabada" \\ 1'
    assert [p.name for p in (tmp_path / "cards").iterdir()] == ["texts-card-v2.toml"]


def test_an_existing_card_file_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "cards"
    folder.mkdir()
    existing = folder / "texts-card-v1.toml"
    existing.write_text("# someone's card\n", encoding="utf-8")
    with pytest.raises(CardFileError) as error:
        write_new_card_file(base_card(), folder)
    assert str(error.value) == f"{existing}: already exists; nothing written"
    assert existing.read_text(encoding="utf-8") == "# someone's card\n"
    assert [p.name for p in folder.iterdir()] == ["texts-card-v1.toml"]


def test_the_shipped_card_round_trips_through_toml() -> None:
    from bipdesk import paths
    from bipdesk.io.cards import load_cards

    card = load_cards([paths.builtin_cards_dir()]).get("bip-standard")
    assert card is not None
    assert card_from_mapping(tomllib.loads(card_toml(card)), "again.toml") == card
