"""What moved, told in plain words from the card's own texts in each of its languages."""

from __future__ import annotations

from datetime import date
from typing import Any

from bipdesk.core.cards import card_from_mapping
from bipdesk.core.plain_changes import (
    first_previous_latest,
    move_sentence,
    moved_questions,
    plain_sentences,
    sentence_languages,
)

from .support import measurement

JOB_SV = [
    "Jag tror inte att jag klarar ett arbete nu",
    "Jag klarar en del, med stöd",
    "Jag klarar ett arbete",
]
JOB_AR = ["لا أظن أنني أستطيع العمل الآن", "أستطيع بعض الشيء، مع الدعم", "أستطيع أن أعمل"]
JOB_TI = ["ሕጂ ስራሕ ክሰርሕ ዝኽእል ኣይመስለንን", "ብሓገዝ ገለ ክኽእል እየ", "ስራሕ ክሰርሕ እኽእል እየ"]


def _card() -> Any:
    data: dict[str, Any] = {
        "id": "bip-standard",
        "version": 1,
        "title": {"sv": "Kort", "ar": "بطاقة", "ti": "ካርድ", "so": "Kaar"},
        "scale": {
            "min": 1,
            "max": 10,
            "min_label": {"sv": "Inte alls"},
            "max_label": {"sv": "Helt och hållet"},
        },
        "questions": [
            {
                "id": "manage_a_job",
                "area": "job",
                "text": {
                    "sv": "Klarar du ett arbete?",
                    "ar": "هل تستطيع العمل؟",
                    "ti": "ስራሕ?",
                    "so": "Shaqo?",
                },
                "label": {
                    "sv": "Klara ett arbete",
                    "ar": "القدرة على العمل",
                    "ti": "ስራሕ ምኽኣል",
                    "so": "Shaqo qabasho",
                },
                "anchors": {"sv": JOB_SV, "ar": JOB_AR, "ti": JOB_TI},
            },
            {
                "id": "health",
                "area": "health",
                "text": {"sv": "Hälsa?", "ar": "الصحة؟", "ti": "ጥዕና?", "so": "Caafimaad?"},
                "label": {"sv": "Hälsa", "ar": "الصحة", "ti": "ጥዕና", "so": "Caafimaad"},
            },
            {
                "id": "cooperation",
                "area": "social",
                "text": {
                    "sv": "Samarbete?",
                    "ar": "التعاون؟",
                    "ti": "ምትሕብባር?",
                    "so": "Wada shaqayn?",
                },
                "label": {"sv": "Samarbete", "ar": "التعاون", "ti": "ምትሕብባር", "so": "Wada shaqayn"},
            },
        ],
    }
    return card_from_mapping(data, "test")


CARD = _card()
FIRST = measurement(date(2025, 1, 10), {"manage_a_job": 3, "health": 5, "cooperation": 7})
MIDDLE = measurement(date(2025, 4, 10), {"manage_a_job": 5, "health": 5, "cooperation": None})
LATEST = measurement(date(2025, 7, 10), {"manage_a_job": 6, "health": 5, "cooperation": 9})


def test_only_questions_whose_answers_differ_moved() -> None:
    moves = moved_questions(CARD, [LATEST, FIRST])
    assert [(m.question_id, m.values) for m in moves] == [
        ("manage_a_job", (3, 6)),
        ("cooperation", (7, 9)),
    ]
    assert moved_questions(CARD, [FIRST]) == []
    # A question answered only once did not move, whatever else is missing.
    lone = measurement(date(2025, 9, 1), {"manage_a_job": None, "health": 2})
    assert [m.question_id for m in moved_questions(CARD, [FIRST, lone])] == ["health"]


def test_the_swedish_sentence_has_label_answers_and_the_latest_anchor() -> None:
    (job, cooperation) = moved_questions(CARD, [FIRST, MIDDLE, LATEST])
    assert move_sentence(CARD, job, "sv") == (
        "Klara ett arbete: 3 → 5 → 6 — ”Jag klarar en del, med stöd”"
    )
    # No anchors on the card for this question: the sentence ends with the answers;
    # a missing answer is a dash.
    assert move_sentence(CARD, cooperation, "sv") == "Samarbete: 7 → – → 9"


def test_arabic_reads_right_to_left_and_never_borrows_a_swedish_anchor() -> None:
    (job, _cooperation) = moved_questions(CARD, [FIRST, LATEST])
    assert (
        move_sentence(CARD, job, "ar") == "القدرة على العمل: 3 ← 6 — «أستطيع بعض الشيء، مع الدعم»"
    )
    assert move_sentence(CARD, job, "ti") == "ስራሕ ምኽኣል: 3 → 6 — «ብሓገዝ ገለ ክኽእል እየ»"
    # Somali has labels but no anchors: no Swedish anchor inside a Somali sentence.
    assert move_sentence(CARD, job, "so") == "Shaqo qabasho: 3 → 6"


def test_the_high_anchor_for_a_high_latest_answer() -> None:
    high = measurement(date(2025, 10, 1), {"manage_a_job": 9})
    (job,) = moved_questions(CARD, [FIRST, high])
    assert move_sentence(CARD, job, "sv").endswith("”Jag klarar ett arbete”")


def test_the_participants_language_first_and_swedish_under_it() -> None:
    assert sentence_languages(CARD, "ar", "sv") == ["ar", "sv"]
    assert sentence_languages(CARD, "ti", "en") == ["ti", "sv"]
    assert sentence_languages(CARD, None, "sv") == ["sv"]
    assert sentence_languages(CARD, "fa", "sv") == ["sv"]  # the card has no Persian
    assert sentence_languages(CARD, "sv", "en") == ["sv"]
    sentences = plain_sentences(CARD, [FIRST, LATEST], ["ar", "sv"])
    assert [s.question_id for s in sentences] == ["manage_a_job", "cooperation"]
    assert [language for language, _ in sentences[0].texts] == ["ar", "sv"]


def test_first_previous_and_latest_of_the_card() -> None:
    extra = measurement(date(2025, 2, 1), {"health": 4})
    other_card = measurement(date(2025, 12, 1), {"health": 1}, card=CARD.key._replace(id="other"))
    chosen = first_previous_latest([LATEST, extra, MIDDLE, FIRST, other_card], "bip-standard")
    assert [m.date for m in chosen] == [FIRST.date, MIDDLE.date, LATEST.date]
    assert first_previous_latest([FIRST], "bip-standard") == [FIRST]


def test_the_default_card_tells_it_in_every_one_of_its_languages() -> None:
    from bipdesk.core.cards import is_right_to_left
    from bipdesk.io.cards import default_cards

    card = default_cards().get("bip-standard")
    assert card is not None
    assert {"sv", "en", "ar", "so", "ti", "prs", "fa"} <= set(card.languages)
    before = measurement(date(2025, 1, 10), {"manage_a_job": 3})
    after = measurement(date(2025, 4, 10), {"manage_a_job": 6})
    (move,) = moved_questions(card, [before, after])
    job = card.question("manage_a_job")
    for language in card.languages:
        sentence = move_sentence(card, move, language)
        arrow = "3 ← 6" if is_right_to_left(language) else "3 → 6"
        assert sentence.startswith(f"{job.label[language]}: {arrow} — "), language
        assert job.anchors[language][1] in sentence, language
    assert is_right_to_left("prs") and is_right_to_left("fa") and not is_right_to_left("ti")
