"""Card parsing, translations, localisation and the card library (pure, no files)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bipdesk.core.cards import (
    Area,
    Card,
    CardError,
    CardKey,
    CardLibrary,
    apply_translation,
    card_from_mapping,
    is_right_to_left,
    localized,
    translation_from_mapping,
)

from .support import card_mapping

SOURCE = "kort.toml"


def parse(data: dict[str, Any], source: str = SOURCE) -> Card:
    return card_from_mapping(data, source)


def refused(data: dict[str, Any]) -> CardError:
    with pytest.raises(CardError) as error:
        parse(data)
    assert error.value.source == SOURCE
    assert str(error.value).startswith(f"{SOURCE}: ")
    return error.value


def translation_mapping(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "card": "test-card",
        "version": 1,
        "language": "ar",
        "title": "بطاقة",
        "scale": {"min_label": "أبداً", "max_label": "تماماً"},
        "questions": {"first": {"text": "الأول؟", "label": "واحد"}},
    }
    data.update(overrides)
    return data


# --- a valid card ----------------------------------------------------------------


def test_a_valid_mapping_gives_the_card() -> None:
    card = parse(card_mapping())
    assert card.key == CardKey("test-card", 1)
    assert card.source == SOURCE
    assert card.question_ids == ("first", "second", "third")
    assert card.question("second").area is Area.HEALTH
    assert card.question("second").text["sv"] == "Andra?"
    assert card.has_question("third") and not card.has_question("fourth")
    assert card.title["en"] == "Test card"
    assert card.languages == ("sv",)  # questions have no English text


def test_texts_are_trimmed() -> None:
    data = card_mapping()
    data["questions"][0]["text"] = {"sv": "  Första?\n"}
    assert parse(data).questions[0].text["sv"] == "Första?"


def test_card_key_prints_as_id_and_version() -> None:
    assert str(CardKey("bip-standard", 2)) == "bip-standard v2"


def test_scale_contains_its_ends_only() -> None:
    scale = parse(card_mapping()).scale
    assert scale.contains(1) and scale.contains(10)
    assert not scale.contains(0) and not scale.contains(11)
    assert list(scale.steps) == list(range(1, 11))


# --- malformed cards: the message names the field --------------------------------


def without(data: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != key}


@pytest.mark.parametrize(
    ("make", "field_path"),
    [
        (lambda d: without(d, "id"), "id"),
        (lambda d: {**d, "id": ""}, "id"),
        (lambda d: {**d, "id": "Has Spaces"}, "id"),
        (lambda d: without(d, "version"), "version"),
        (lambda d: {**d, "version": 0}, "version"),
        (lambda d: {**d, "version": -1}, "version"),
        (lambda d: {**d, "version": "1"}, "version"),
        (lambda d: {**d, "version": 1.5}, "version"),
        (lambda d: {**d, "version": True}, "version"),
        (lambda d: without(d, "title"), "title"),
        (lambda d: {**d, "title": {"en": "Only English"}}, "title.sv"),
        (lambda d: {**d, "colour": "blue"}, "colour"),
        (lambda d: without(d, "scale"), "scale"),
        (lambda d: {**d, "scale": {**d["scale"], "max": 1}}, "scale.max"),
        (lambda d: {**d, "scale": {**d["scale"], "max": 0}}, "scale.max"),
        (lambda d: {**d, "scale": {**d["scale"], "max": 30}}, "scale.max"),
        (lambda d: {**d, "scale": {**d["scale"], "min": "1"}}, "scale.min"),
        (lambda d: {**d, "scale": without(d["scale"], "min_label")}, "scale.min_label"),
        (lambda d: {**d, "scale": {**d["scale"], "step": 1}}, "scale.step"),
        (lambda d: without(d, "questions"), "questions"),
        (lambda d: {**d, "questions": []}, "questions"),
        (lambda d: {**d, "questions": ["first"]}, "questions[1]"),
    ],
)
def test_malformed_card_names_the_field(make: Any, field_path: str) -> None:
    error = refused(make(card_mapping()))
    assert error.field_path == field_path
    assert f"{SOURCE}: {field_path}: " in str(error)


@pytest.mark.parametrize(
    ("change", "field_path"),
    [
        (lambda q: q.update(area="money"), "questions[3].area"),
        (lambda q: q.pop("area"), "questions[3].area"),
        (lambda q: q.update(id="second"), "questions[3].id"),
        (lambda q: q.update(id="Third"), "questions[3].id"),
        (lambda q: q.pop("id"), "questions[3].id"),
        (lambda q: q.update(text={"en": "Third?"}), "questions[3].text.sv"),
        (lambda q: q.update(text={"sv": "  "}), "questions[3].text.sv"),
        (lambda q: q.update(text="Tredje?"), "questions[3].text"),
        (lambda q: q.pop("label"), "questions[3].label"),
        (lambda q: q.update(label={"sv": "Tre", "Svenska": "x"}), "questions[3].label.Svenska"),
        (lambda q: q.update(weight=2), "questions[3].weight"),
    ],
)
def test_malformed_question_names_the_question_and_field(change: Any, field_path: str) -> None:
    data = copy.deepcopy(card_mapping())
    change(data["questions"][2])
    error = refused(data)
    assert error.field_path == field_path
    assert f"{SOURCE}: {field_path}: " in str(error)


def test_an_unknown_area_names_the_value_and_the_allowed_areas() -> None:
    data = copy.deepcopy(card_mapping())
    data["questions"][0]["area"] = "money"
    message = str(refused(data))
    assert "'money'" in message
    for area in ("job", "health", "social", "skills"):
        assert area in message


def test_a_duplicate_question_id_names_the_id() -> None:
    data = copy.deepcopy(card_mapping())
    data["questions"][1]["id"] = "first"
    error = refused(data)
    assert error.field_path == "questions[2].id"
    assert "'first'" in str(error)


# --- translations ----------------------------------------------------------------


def test_a_translation_adds_a_language() -> None:
    card = parse(card_mapping())
    translation = translation_from_mapping(translation_mapping(), "ar.toml")
    assert translation.card == card.key
    translated = apply_translation(card, translation)
    assert translated.question("first").text["ar"] == "الأول؟"
    assert translated.question("first").label["ar"] == "واحد"
    assert translated.question("first").text["sv"] == "Första?"
    assert "ar" not in translated.question("second").text
    assert translated.title["ar"] == "بطاقة"
    assert translated.scale.minimum_label["ar"] == "أبداً"
    assert translated.scale.maximum_label["ar"] == "تماماً"
    assert "ar" not in card.question("first").text  # the original is unchanged
    assert translated.key == card.key


def test_a_full_translation_is_listed_among_the_languages() -> None:
    card = parse(card_mapping())
    data = translation_mapping(
        language="en",
        questions={q: {"text": f"{q}?", "label": q} for q in card.question_ids},
    )
    translated = apply_translation(card, translation_from_mapping(data, "en.toml"))
    assert translated.languages == ("sv", "en")
    partial = apply_translation(card, translation_from_mapping(translation_mapping(), "ar.toml"))
    assert partial.languages == ("sv",)


def test_a_translation_naming_an_unknown_question_is_refused() -> None:
    card = parse(card_mapping())
    data = translation_mapping(questions={"fourth": {"text": "?", "label": "?"}})
    with pytest.raises(CardError) as error:
        apply_translation(card, translation_from_mapping(data, "ar.toml"))
    assert error.value.source == "ar.toml"
    assert error.value.field_path == "questions.fourth"


def test_a_translation_of_another_card_is_refused() -> None:
    card = parse(card_mapping())
    data = translation_mapping(version=2)
    with pytest.raises(CardError) as error:
        apply_translation(card, translation_from_mapping(data, "ar.toml"))
    assert error.value.field_path == "card"


@pytest.mark.parametrize(
    ("make", "field_path"),
    [
        (lambda d: without(d, "card"), "card"),
        (lambda d: without(d, "version"), "version"),
        (lambda d: {**d, "language": "sv"}, "language"),
        (lambda d: {**d, "language": "Arabic"}, "language"),
        (lambda d: {**d, "notes": "x"}, "notes"),
        (lambda d: {**d, "scale": "x"}, "scale"),
        (lambda d: {**d, "scale": {"min": 1}}, "scale.min"),
        (lambda d: {**d, "questions": ["first"]}, "questions"),
        (lambda d: {**d, "questions": {"first": "text"}}, "questions.first"),
        (lambda d: {**d, "questions": {"first": {"text": "x"}}}, "questions.first.label"),
        (
            lambda d: {**d, "questions": {"first": {"text": "", "label": "x"}}},
            "questions.first.text",
        ),
        (
            lambda d: {**d, "questions": {"first": {"text": "x", "label": "y", "z": 1}}},
            "questions.first.z",
        ),
    ],
)
def test_malformed_translation_names_the_field(make: Any, field_path: str) -> None:
    with pytest.raises(CardError) as error:
        translation_from_mapping(make(translation_mapping()), "ar.toml")
    assert error.value.field_path == field_path
    assert str(error.value).startswith(f"ar.toml: {field_path}: ")


# --- localized -------------------------------------------------------------------


def test_localized_prefers_the_language_then_its_base_then_swedish() -> None:
    texts = {"sv": "Hälsa", "en": "Health", "pt-BR": "Saúde"}
    assert localized(texts, "en") == "Health"
    assert localized(texts, "en-GB") == "Health"
    assert localized(texts, "pt-BR") == "Saúde"
    assert localized(texts, "ar") == "Hälsa"
    assert localized(texts, "") == "Hälsa"
    assert localized(texts, "sv") == "Hälsa"


def test_localized_without_swedish_takes_any_text() -> None:
    assert localized({"en": "Health"}, "ar") == "Health"
    assert localized({}, "ar") == ""


def test_right_to_left_languages() -> None:
    assert is_right_to_left("ar")
    assert is_right_to_left("fa-IR")
    assert is_right_to_left("ckb")
    assert is_right_to_left("ur")
    assert not is_right_to_left("sv")
    assert not is_right_to_left("so")
    assert not is_right_to_left("ku")  # Kurmanji is written in Latin letters
    assert not is_right_to_left("not a language")


# --- the library -----------------------------------------------------------------


def versioned(version: int, source: str = SOURCE) -> Card:
    return parse(card_mapping(version=version), source)


def test_get_without_version_returns_the_newest() -> None:
    library = CardLibrary([versioned(2), versioned(10), versioned(1)])
    newest = library.get("test-card")
    assert newest is not None and newest.version == 10
    one = library.get("test-card", 1)
    assert one is not None and one.version == 1
    assert library.get("test-card", 3) is None
    assert library.get("no-such-card") is None
    assert library.get("no-such-card", 1) is None


def test_the_library_lists_cards_by_id_and_version() -> None:
    other = parse(card_mapping(id="another", version=3))
    library = CardLibrary([versioned(2), other, versioned(1)])
    assert [c.key for c in library] == [
        CardKey("another", 3),
        CardKey("test-card", 1),
        CardKey("test-card", 2),
    ]
    assert len(library) == 3
    assert CardKey("test-card", 2) in library
    assert CardKey("test-card", 3) not in library


def test_the_same_card_from_another_file_is_accepted() -> None:
    library = CardLibrary([versioned(1, "builtin/card.toml")])
    library.add(versioned(1, "user/copy.toml"))
    assert len(library) == 1


def test_a_different_card_with_the_same_id_and_version_is_refused_naming_both_files() -> None:
    changed = card_mapping()
    changed["questions"] = changed["questions"][:2]
    library = CardLibrary([versioned(1, "builtin/card.toml")])
    with pytest.raises(CardError) as error:
        library.add(parse(changed, "user/changed.toml"))
    message = str(error.value)
    assert "builtin/card.toml" in message
    assert "user/changed.toml" in message
    assert "test-card v1" in message
    assert library.get("test-card", 1) is not None
    assert library.get("test-card", 1).question_ids == ("first", "second", "third")  # type: ignore[union-attr]


def test_replace_swaps_a_card() -> None:
    library = CardLibrary([versioned(1)])
    translated = apply_translation(
        versioned(1), translation_from_mapping(translation_mapping(), "ar.toml")
    )
    library.replace(translated)
    card = library.get("test-card", 1)
    assert card is not None and "ar" in card.title
