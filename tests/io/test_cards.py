"""Loading card and translation files from the built-in and the user's card folders."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import pytest

from bipdesk import paths
from bipdesk.core.cards import Card, CardError, CardKey, CardTranslation
from bipdesk.io.card_toml import card_toml
from bipdesk.io.cards import card_folders, default_cards, load_card_file, load_cards

T = TypeVar("T")

VALID_CARD = """\
id = "test-card"
version = 1

[title]
sv = "Testkort"

[scale]
min = 1
max = 10
min_label = { sv = "Inte alls" }
max_label = { sv = "Helt och hållet" }

[[questions]]
id = "first"
area = "job"
text.sv = "Första frågan?"
label.sv = "Ett"

[[questions]]
id = "second"
area = "health"
text.sv = "Andra frågan?"
label.sv = "Två"

[[questions]]
id = "third"
area = "social"
text.sv = "Tredje frågan?"
label.sv = "Tre"
"""

TRANSLATION = """\
card = "test-card"
version = 1
language = "so"
title = "Kaarka imtixaanka"

[scale]
min_label = "Gabi ahaanba maya"
max_label = "Gebi ahaanba"

[questions.first]
text = "Su'aasha koowaad?"
label = "Koowaad"
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(tmp_path: Path, text: str) -> tuple[Path, CardError]:
    path = write(tmp_path, "broken.toml", text)
    with pytest.raises(CardError) as error:
        load_cards([tmp_path])
    return path, error.value


# --- the shipped card ------------------------------------------------------------


def test_the_shipped_card_loads_from_the_builtin_folder() -> None:
    library = load_cards([paths.builtin_cards_dir()])
    card = library.get("bip-standard")
    assert card is not None
    assert card.key == CardKey("bip-standard", 1)
    assert len(card.questions) == 10
    assert card.languages == ("sv", "ar", "en", "fa", "prs", "so", "ti")
    assert card.question("health").anchors["ti"][0]
    assert card.source.endswith("bip-standard-v1.toml")


def test_default_cards_holds_the_shipped_card() -> None:
    assert paths.builtin_cards_dir() in card_folders()
    assert paths.user_cards_dir() in card_folders()
    card = default_cards().get("bip-standard", 1)
    assert card is not None
    assert card.question_ids[0] == "job_search_knowhow"


# --- valid files -----------------------------------------------------------------


def test_a_valid_card_file_loads(tmp_path: Path) -> None:
    path = write(tmp_path, "test.toml", VALID_CARD)
    loaded = load_card_file(path)
    assert isinstance(loaded, Card)
    assert loaded.source == str(path)
    assert loaded.question_ids == ("first", "second", "third")


def test_a_json_card_file_loads(tmp_path: Path) -> None:
    import tomllib

    data = tomllib.loads(VALID_CARD)
    write(tmp_path, "test.json", json.dumps(data, ensure_ascii=False))
    card = load_cards([tmp_path]).get("test-card", 1)
    assert card is not None and card.question("second").text["sv"] == "Andra frågan?"


def test_missing_folders_and_other_files_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / "cards", "test.toml", VALID_CARD)
    write(tmp_path / "cards", "README.txt", "not a card")
    library = load_cards([tmp_path / "nowhere", tmp_path / "cards"])
    assert [c.key for c in library] == [CardKey("test-card", 1)]


def test_get_without_version_returns_the_newest_across_folders(tmp_path: Path) -> None:
    write(tmp_path / "builtin", "v1.toml", VALID_CARD)
    write(tmp_path / "user", "v3.toml", VALID_CARD.replace("version = 1", "version = 3"))
    write(tmp_path / "user", "v2.toml", VALID_CARD.replace("version = 1", "version = 2"))
    library = load_cards([tmp_path / "builtin", tmp_path / "user"])
    newest = library.get("test-card")
    assert newest is not None and newest.version == 3
    assert len(library) == 3


# --- malformed files -------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "field_path"),
    [
        ('id = "test-card"\n', "", "id"),
        ("version = 1\n", "version = 0\n", "version"),
        ("version = 1\n", 'version = "one"\n', "version"),
        ('id = "second"', 'id = "first"', "questions[2].id"),
        ('area = "social"', 'area = "money"', "questions[3].area"),
        ('text.sv = "Tredje frågan?"', 'text.en = "Third question?"', "questions[3].text.sv"),
        ('label.sv = "Två"', 'label.sv = "Två"\nweight = 2', "questions[2].weight"),
        ("[title]", 'colour = "blue"\n[title]', "colour"),
        ("max = 10", "max = 1", "scale.max"),
        ("max = 10", "max = 0", "scale.max"),
        ('min_label = { sv = "Inte alls" }\n', "", "scale.min_label"),
    ],
)
def test_a_malformed_card_file_names_the_file_and_the_field(
    tmp_path: Path, old: str, new: str, field_path: str
) -> None:
    assert old in VALID_CARD
    path, error = refused(tmp_path, VALID_CARD.replace(old, new, 1))
    assert error.source == str(path)
    assert error.field_path == field_path
    assert str(error).startswith(f"{path}: {field_path}: ")


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path, error = refused(tmp_path, VALID_CARD.replace("version = 1", "version = = 1"))
    assert error.source == str(path)
    assert str(error).startswith(f"{path}: ")
    assert "TOML" in str(error)


def test_invalid_json_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.json", '{"id": "x",')
    with pytest.raises(CardError) as error:
        load_cards([tmp_path])
    assert str(error.value).startswith(f"{path}: ")
    assert "JSON" in str(error.value)


def test_a_json_file_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "list.json", "[1, 2]")
    with pytest.raises(CardError) as error:
        load_card_file(path)
    assert error.value.source == str(path)


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(VALID_CARD.encode("latin-1"))
    with pytest.raises(CardError) as error:
        load_card_file(path)
    assert error.value.source == str(path)


# --- one id and version in two folders -------------------------------------------


def test_a_changed_card_with_the_same_id_and_version_is_refused_naming_both_files(
    tmp_path: Path,
) -> None:
    builtin = write(tmp_path / "builtin", "test.toml", VALID_CARD)
    user = write(
        tmp_path / "user",
        "my-test.toml",
        VALID_CARD.replace("Andra frågan?", "En omformulerad fråga?"),
    )
    with pytest.raises(CardError) as error:
        load_cards([tmp_path / "builtin", tmp_path / "user"])
    message = str(error.value)
    assert str(builtin) in message
    assert str(user) in message
    assert "version" in message


def test_an_unchanged_copy_of_a_card_in_the_user_folder_is_accepted(tmp_path: Path) -> None:
    write(tmp_path / "builtin", "test.toml", VALID_CARD)
    write(tmp_path / "user", "copied.toml", "# my copy\n" + VALID_CARD)
    library = load_cards([tmp_path / "builtin", tmp_path / "user"])
    assert len(library) == 1


def _only(texts: Mapping[str, T], languages: tuple[str, ...]) -> Mapping[str, T]:
    return {language: text for language, text in texts.items() if language in languages}


def _older_copy(card: Card, languages: tuple[str, ...] = ("sv", "en")) -> Card:
    """The card as it was before it gained languages and anchors."""
    questions = tuple(
        replace(q, text=_only(q.text, languages), label=_only(q.label, languages), anchors={})
        for q in card.questions
    )
    scale = replace(
        card.scale,
        minimum_label=_only(card.scale.minimum_label, languages),
        maximum_label=_only(card.scale.maximum_label, languages),
    )
    return replace(
        card,
        title=_only(card.title, languages),
        scale=scale,
        questions=questions,
        translation_status={},
    )


def test_a_copy_of_the_shipped_card_from_before_its_new_languages_still_loads(
    tmp_path: Path,
) -> None:
    shipped = load_cards([paths.builtin_cards_dir()]).get("bip-standard", 1)
    assert shipped is not None and "ti" in shipped.languages
    user = tmp_path / "user"
    user.mkdir()
    (user / "bip-standard-v1.toml").write_text(card_toml(_older_copy(shipped)), encoding="utf-8")
    library = load_cards([paths.builtin_cards_dir(), user])
    kept = library.get("bip-standard", 1)
    assert kept is not None and "ti" in kept.languages and kept.questions[0].anchors
    # the other way round too: the richer card wins whichever folder is read first
    assert load_cards([user, paths.builtin_cards_dir()]).get("bip-standard", 1) == kept
    # but a copy with a changed word is another card and needs another version
    reworded = _older_copy(shipped)
    first = reworded.questions[0]
    reworded = replace(
        reworded,
        questions=(
            replace(first, text={**first.text, "sv": "Något annat?"}),
            *reworded.questions[1:],
        ),
    )
    (user / "bip-standard-v1.toml").write_text(card_toml(reworded), encoding="utf-8")
    with pytest.raises(CardError, match="give an adapted card a new version"):
        load_cards([paths.builtin_cards_dir(), user])


# --- translations ----------------------------------------------------------------


def test_a_translation_file_is_read_as_a_translation(tmp_path: Path) -> None:
    loaded = load_card_file(write(tmp_path, "so.toml", TRANSLATION))
    assert isinstance(loaded, CardTranslation)
    assert loaded.card == CardKey("test-card", 1)
    assert loaded.language == "so"


def test_a_translation_file_is_applied(tmp_path: Path) -> None:
    # the translation sorts before the card, and lives in another folder
    write(tmp_path / "builtin", "z-card.toml", VALID_CARD)
    write(tmp_path / "user", "a-so.toml", TRANSLATION)
    card = load_cards([tmp_path / "user", tmp_path / "builtin"]).get("test-card", 1)
    assert card is not None
    assert card.question("first").text["so"] == "Su'aasha koowaad?"
    assert card.question("first").label["so"] == "Koowaad"
    assert card.question("first").text["sv"] == "Första frågan?"
    assert card.title["so"] == "Kaarka imtixaanka"
    assert card.scale.maximum_label["so"] == "Gebi ahaanba"
    assert "so" not in card.question("second").text


def test_a_translation_of_the_shipped_card_is_applied(tmp_path: Path) -> None:
    write(
        tmp_path,
        "bip-standard-v1.ar.toml",
        'card = "bip-standard"\nversion = 1\nlanguage = "ar"\n'
        '[questions.health]\ntext = "كيف صحتك؟"\nlabel = "الصحة"\n',
    )
    library = load_cards([paths.builtin_cards_dir(), tmp_path])
    card = library.get("bip-standard", 1)
    assert card is not None
    assert card.question("health").label["ar"] == "الصحة"
    assert card.question("health").label["sv"] == "Hälsa"


def test_a_translation_naming_an_unknown_question_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "card.toml", VALID_CARD)
    path = write(
        tmp_path,
        "so.toml",
        TRANSLATION + '\n[questions.fourth]\ntext = "Afraad?"\nlabel = "Afar"\n',
    )
    with pytest.raises(CardError) as error:
        load_cards([tmp_path])
    assert error.value.source == str(path)
    assert error.value.field_path == "questions.fourth"


def test_a_translation_of_a_missing_card_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "card.toml", VALID_CARD)
    path = write(tmp_path, "so.toml", TRANSLATION.replace("version = 1", "version = 2"))
    with pytest.raises(CardError) as error:
        load_cards([tmp_path])
    assert error.value.source == str(path)
    assert "test-card v2" in str(error.value)


def test_a_malformed_translation_names_the_file_and_field(tmp_path: Path) -> None:
    write(tmp_path, "card.toml", VALID_CARD)
    path = write(tmp_path, "so.toml", TRANSLATION.replace('label = "Koowaad"\n', ""))
    with pytest.raises(CardError) as error:
        load_cards([tmp_path])
    assert str(error.value).startswith(f"{path}: questions.first.label: ")
