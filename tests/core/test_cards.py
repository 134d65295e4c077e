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
    CardTranslation,
    Scale,
    anchor_index,
    apply_translation,
    card_from_mapping,
    is_right_to_left,
    localized,
    localized_anchors,
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
    assert is_right_to_left("prs")  # Dari: CLDR knows it only as an alias of fa_AF
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


# --- scale anchors ---------------------------------------------------------------

ANCHORS_SV = ["Inte alls nu", "En del, med stöd", "Ja, helt"]


def with_anchors(**by_language: Any) -> dict[str, Any]:
    data = copy.deepcopy(card_mapping())
    data["questions"][2]["anchors"] = by_language
    return data


def test_anchors_are_read_per_language_in_order() -> None:
    card = parse(with_anchors(sv=ANCHORS_SV, en=[" Not now ", "Some, with help", "Yes"]))
    third = card.question("third")
    assert third.anchors["sv"] == tuple(ANCHORS_SV)
    assert third.anchors["en"] == ("Not now", "Some, with help", "Yes")  # trimmed
    assert card.question("first").anchors == {}  # a question without anchors still works


def test_localized_anchors_fall_back_like_texts() -> None:
    card = parse(with_anchors(sv=ANCHORS_SV, en=["Low", "Middle", "High"]))
    third = card.question("third")
    assert localized_anchors(third, "en") == ("Low", "Middle", "High")
    assert localized_anchors(third, "en-GB") == ("Low", "Middle", "High")
    assert localized_anchors(third, "ar") == tuple(ANCHORS_SV)
    assert localized_anchors(card.question("first"), "sv") is None


@pytest.mark.parametrize(
    ("anchors", "field_path", "reason"),
    [
        ({"sv": ANCHORS_SV[:2]}, "questions[3].anchors.sv", "needs exactly three texts"),
        ({"sv": [*ANCHORS_SV, "x"]}, "questions[3].anchors.sv", "found 4"),
        ({"sv": "Inte alls"}, "questions[3].anchors.sv", "list of three texts"),
        ({"sv": ["a", " ", "c"]}, "questions[3].anchors.sv[2]", "non-empty text"),
        ({"sv": ["a", 2, "c"]}, "questions[3].anchors.sv[2]", "non-empty text"),
        ({"sv": ANCHORS_SV, "Svenska": ANCHORS_SV}, "questions[3].anchors.Svenska", "language"),
        ({"en": ["a", "b", "c"]}, "questions[3].anchors.sv", "Swedish anchors are missing"),
    ],
)
def test_malformed_anchors_name_the_field(anchors: Any, field_path: str, reason: str) -> None:
    error = refused(with_anchors(**anchors))
    assert error.field_path == field_path
    assert reason in error.reason


def test_two_anchors_say_how_many_were_found() -> None:
    error = refused(with_anchors(sv=ANCHORS_SV[:2]))
    assert str(error) == (
        f"{SOURCE}: questions[3].anchors.sv: needs exactly three texts (low, middle, high), found 2"
    )


def test_anchors_must_be_a_table() -> None:
    data = copy.deepcopy(card_mapping())
    data["questions"][0]["anchors"] = ANCHORS_SV
    assert refused(data).field_path == "questions[1].anchors"


def test_a_two_step_scale_takes_no_anchors() -> None:
    data = with_anchors(sv=ANCHORS_SV)
    data["scale"] = {**data["scale"], "min": 0, "max": 1}
    error = refused(data)
    assert error.field_path == "questions[3].anchors"
    assert "three steps" in error.reason


@pytest.mark.parametrize(
    ("minimum", "maximum", "ranges"),
    [
        (1, 10, ((1, 3), (4, 7), (8, 10))),
        (0, 10, ((0, 2), (3, 7), (8, 10))),
        (1, 5, ((1, 1), (2, 4), (5, 5))),
        (1, 7, ((1, 2), (3, 5), (6, 7))),
        (1, 3, ((1, 1), (2, 2), (3, 3))),
        (1, 21, ((1, 6), (7, 15), (16, 21))),
    ],
)
def test_anchor_ranges_split_the_scale_in_three(
    minimum: int, maximum: int, ranges: tuple[tuple[int, int], ...]
) -> None:
    scale = Scale(minimum, maximum, {}, {})
    assert scale.anchor_ranges == ranges
    for index, (first, last) in enumerate(ranges):
        assert all(anchor_index(scale, value) == index for value in range(first, last + 1))
    covered = [v for first, last in ranges for v in range(first, last + 1)]
    assert covered == list(scale.steps)  # every step once, in order


def test_anchor_index_on_one_to_ten_follows_design() -> None:
    scale = Scale(1, 10, {}, {})
    assert [anchor_index(scale, v) for v in scale.steps] == [0, 0, 0, 1, 1, 1, 1, 2, 2, 2]
    with pytest.raises(ValueError, match="outside the scale"):
        anchor_index(scale, 11)


def test_a_two_step_scale_has_an_empty_middle() -> None:
    scale = Scale(0, 1, {}, {})
    low, middle, high = scale.anchor_ranges
    assert (low, high) == ((0, 0), (1, 1))
    assert middle[1] < middle[0]
    assert [anchor_index(scale, v) for v in scale.steps] == [0, 2]


# --- translation status ----------------------------------------------------------


def english_card(**overrides: Any) -> dict[str, Any]:
    data = copy.deepcopy(card_mapping(**overrides))
    for question in data["questions"]:
        question["text"]["en"] = f"{question['id']}?"
        question["label"]["en"] = question["id"]
    return data


def test_translation_status_is_read_and_tells_drafts() -> None:
    card = parse(english_card(translation_status={"sv": "reviewed", "en": "draft"}))
    assert card.translation_status == {"sv": "reviewed", "en": "draft"}
    assert card.is_draft("en") and card.is_draft("en-GB")
    assert not card.is_draft("sv")
    assert not card.is_draft("ar")  # not on the card at all: shown in Swedish
    assert parse(card_mapping()).translation_status == {}


@pytest.mark.parametrize(
    ("status", "field_path", "reason"),
    [
        ({"en": "done"}, "translation_status.en", '\'done\' is not "draft" or "reviewed"'),
        ({"en": 1}, "translation_status.en", 'is not "draft" or "reviewed"'),
        ({"ar": "draft"}, "translation_status.ar", "no 'ar' text and label for every question"),
        ({"Arabic": "draft"}, "translation_status.Arabic", "not a language code"),
        ("draft", "translation_status", "must be a table"),
    ],
)
def test_malformed_translation_status_names_the_field(
    status: Any, field_path: str, reason: str
) -> None:
    with pytest.raises(CardError) as error:
        parse(english_card(translation_status=status))
    assert error.value.field_path == field_path
    assert reason in error.value.reason


def test_a_translation_carries_anchors_and_status() -> None:
    card = parse(with_anchors(sv=ANCHORS_SV))
    data = translation_mapping(
        status="reviewed",
        questions={"third": {"text": "الثالث؟", "label": "ثلاثة", "anchors": ["أ", "ب", "ج"]}},
    )
    translated = apply_translation(card, translation_from_mapping(data, "ar.toml"))
    assert translated.question("third").anchors == {"sv": tuple(ANCHORS_SV), "ar": ("أ", "ب", "ج")}
    assert localized_anchors(translated.question("third"), "ar") == ("أ", "ب", "ج")
    assert translated.translation_status == {"ar": "reviewed"}
    assert not translated.is_draft("ar")


def test_a_translation_without_status_is_a_draft() -> None:
    card = parse(card_mapping())
    translated = apply_translation(card, translation_from_mapping(translation_mapping(), "ar.toml"))
    assert translated.is_draft("ar")
    assert card.translation_status == {}  # the original is unchanged


@pytest.mark.parametrize(
    ("anchors", "field_path"),
    [
        (["a", "b"], "questions.first.anchors"),
        (["a", "", "c"], "questions.first.anchors[2]"),
        ("a", "questions.first.anchors"),
    ],
)
def test_malformed_translation_anchors_name_the_field(anchors: Any, field_path: str) -> None:
    data = translation_mapping(questions={"first": {"text": "x", "label": "y", "anchors": anchors}})
    with pytest.raises(CardError) as error:
        translation_from_mapping(data, "ar.toml")
    assert error.value.field_path == field_path
    assert str(error.value).startswith(f"ar.toml: {field_path}: ")


def test_a_translation_status_must_be_draft_or_reviewed() -> None:
    with pytest.raises(CardError) as error:
        translation_from_mapping(translation_mapping(status="checked"), "ar.toml")
    assert error.value.field_path == "status"


def test_translation_anchors_for_an_unknown_question_are_refused() -> None:
    card = parse(card_mapping())
    translation = translation_from_mapping(translation_mapping(), "ar.toml")
    stray = CardTranslation(
        translation.card,
        "ar",
        None,
        None,
        None,
        {},
        {},
        "ar.toml",
        {"fourth": ("a", "b", "c")},
    )
    with pytest.raises(CardError) as error:
        apply_translation(card, stray)
    assert error.value.field_path == "questions.fourth"


def test_a_refused_card_is_said_in_swedish() -> None:
    from bipdesk.messages import said

    data = copy.deepcopy(card_mapping())
    data["id"] = "Stora kortet"
    error = refused(data)
    assert str(error) == "kort.toml: id: use lower-case letters, digits, '-' and '_' only"
    assert said(error, "sv") == "kort.toml: id: använd bara små bokstäver, siffror, '-' och '_'"
    changed = card_mapping()
    changed["questions"] = changed["questions"][:2]
    library = CardLibrary([parse(card_mapping())])
    with pytest.raises(CardError) as clash:
        library.add(parse(changed, "annat.toml"))
    assert said(clash.value, "sv") == (
        f"annat.toml: id: kortet test-card v1 finns redan i {SOURCE}; ge ett anpassat kort en "
        "ny version eller ett nytt id"
    )
