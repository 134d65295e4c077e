"""DESIGN §3: the default card shipped under resources/cards/."""

from __future__ import annotations

import tomllib

import pytest

from bipdesk import paths
from bipdesk.core.cards import (
    Area,
    Card,
    CardKey,
    card_from_mapping,
    is_right_to_left,
    localized_anchors,
)

CARD_FILE = paths.builtin_cards_dir() / "bip-standard-v1.toml"

# DESIGN §3: the participant languages besides Swedish and English.
PARTICIPANT_LANGUAGES = ("ar", "so", "ti", "prs", "fa")
ALL_LANGUAGES = ("sv", "en", *PARTICIPANT_LANGUAGES)

# DESIGN §3, copied row by row: id, area, Swedish text, short label (sv).
DESIGN_QUESTIONS = [
    (
        "job_search_knowhow",
        "job",
        "Hur väl vet du vad du ska göra för att förbättra dina möjligheter att få ett arbete?",
        "Veta hur jag når arbete",
    ),
    (
        "skills_at_work",
        "skills",
        "Hur väl tror du att dina kompetenser kan användas på en arbetsplats?",
        "Mina kompetenser",
    ),
    (
        "manage_a_job",
        "job",
        "Hur väl tror du att du klarar ett arbete?",
        "Klara ett arbete",
    ),
    (
        "time_in_everyday_life",
        "social",
        "Har du tid i vardagen för att fokusera på att få ett arbete/ta del av aktiviteter "
        "eller studier?",
        "Tid i vardagen",
    ),
    (
        "health",
        "health",
        "Hur tycker du din hälsa som helhet är (fysiskt och psykiskt) i förhållande till att "
        "sköta ett arbete?",
        "Hälsa",
    ),
    (
        "social_support",
        "social",
        "I vilken utsträckning får du stöttning av socialt nätverk om du behöver hjälp?",
        "Stöd från nätverk",
    ),
    (
        "contact_strangers",
        "social",
        "Hur lätt har du att ta kontakt med personer som du inte känner?",
        "Ta kontakt",
    ),
    (
        "cooperation",
        "social",
        "Hur bra är du på att samarbeta med andra?",
        "Samarbete",
    ),
    (
        "manage_studies",
        "skills",
        "Hur väl tror du att du skulle klara studier eller annan sysselsättning?",
        "Klara studier",
    ),
    (
        "job_goal",
        "job",
        "Hur väl vet du vad du skulle vilja arbeta med?",
        "Veta vad jag vill arbeta med",
    ),
]


@pytest.fixture(scope="module")
def card() -> Card:
    with CARD_FILE.open("rb") as handle:
        return card_from_mapping(tomllib.load(handle), str(CARD_FILE))


def test_the_default_card_is_bip_standard_version_1(card: Card) -> None:
    assert card.key == CardKey("bip-standard", 1)
    assert card.title["sv"]


def test_the_default_card_has_the_ten_questions_in_design_order(card: Card) -> None:
    assert len(card.questions) == 10
    assert card.question_ids == tuple(row[0] for row in DESIGN_QUESTIONS)


@pytest.mark.parametrize(
    ("index", "row"), list(enumerate(DESIGN_QUESTIONS)), ids=[row[0] for row in DESIGN_QUESTIONS]
)
def test_each_question_matches_design(card: Card, index: int, row: tuple[str, ...]) -> None:
    question_id, area, text, label = row
    question = card.questions[index]
    assert question.id == question_id
    assert question.area is Area(area)
    assert question.text["sv"] == text
    assert question.label["sv"] == label


def test_the_areas_are_the_four_bip_areas(card: Card) -> None:
    assert {a.value for a in Area} == {"job", "health", "social", "skills"}
    assert [q.area.value for q in card.questions] == [row[1] for row in DESIGN_QUESTIONS]


def test_the_scale_is_one_to_ten_with_the_design_end_labels(card: Card) -> None:
    assert (card.scale.minimum, card.scale.maximum) == (1, 10)
    assert list(card.scale.steps) == list(range(1, 11))
    assert card.scale.minimum_label["sv"] == "Inte alls"
    assert card.scale.maximum_label["sv"] == "Helt och hållet"
    assert card.scale.minimum_label["en"] == "Not at all"
    assert card.scale.maximum_label["en"] == "Completely"


def test_the_default_card_is_complete_in_english(card: Card) -> None:
    for question in card.questions:
        assert question.text["en"] != question.text["sv"]
        assert question.label["en"]


def test_the_default_card_is_complete_in_the_seven_languages(card: Card) -> None:
    assert card.languages[0] == "sv"
    assert set(card.languages) == set(ALL_LANGUAGES)
    for language in ALL_LANGUAGES:
        assert card.title[language]
        assert card.scale.minimum_label[language]
        assert card.scale.maximum_label[language]


def test_every_question_has_three_anchors_in_every_language(card: Card) -> None:
    for question in card.questions:
        assert set(question.anchors) == set(ALL_LANGUAGES), question.id
        for language, anchors in question.anchors.items():
            assert len(anchors) == 3 and all(anchors), (question.id, language)
            assert len(set(anchors)) == 3, (question.id, language)  # three different texts
            assert localized_anchors(question, language) == anchors


def test_the_anchors_of_manage_a_job_are_those_of_design(card: Card) -> None:
    assert card.question("manage_a_job").anchors["sv"] == (
        "Jag tror inte att jag klarar ett arbete nu",
        "Jag klarar en del, med stöd",
        "Jag klarar ett arbete",
    )


def test_swedish_anchors_are_short_and_in_the_first_person(card: Card) -> None:
    for question in card.questions:
        for anchor in question.anchors["sv"]:
            assert len(anchor) <= 60, anchor
            assert anchor.split()[0] in {"Jag", "Det", "En", "Min"}, anchor


def test_translated_texts_are_in_their_own_script(card: Card) -> None:
    """A guard against a language's texts pasted into another's place."""
    scripts = {
        "ar": range(0x0600, 0x0700),
        "prs": range(0x0600, 0x0700),
        "fa": range(0x0600, 0x0700),
        "ti": range(0x1200, 0x1380),
    }
    for question in card.questions:
        for language, block in scripts.items():
            texts = (question.text[language], question.label[language], *question.anchors[language])
            for text in texts:
                assert any(ord(c) in block for c in text), (question.id, language, text)
        assert question.text["so"].isascii()  # Somali is written in Latin letters
        assert question.text["so"] != question.text["en"]
    assert card.question("health").label["prs"] != card.question("health").label["fa"]


def test_the_translation_status_marks_the_participant_languages_as_drafts(card: Card) -> None:
    assert dict(card.translation_status) == {
        "sv": "reviewed",
        "en": "reviewed",
        **{language: "draft" for language in PARTICIPANT_LANGUAGES},
    }
    assert not card.is_draft("sv") and not card.is_draft("en")
    assert all(card.is_draft(language) for language in PARTICIPANT_LANGUAGES)


def test_right_to_left_is_detected_for_arabic_dari_and_persian(card: Card) -> None:
    assert [lang for lang in card.languages if is_right_to_left(lang)] == ["ar", "fa", "prs"]
