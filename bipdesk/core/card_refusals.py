"""Why a card file is refused, in sentences said in the reader's language: the rules
of bipdesk.core.cards about ids, versions, scales, questions and translations.

Kept apart from the card model so that cards.py stays about cards; each text
follows the field it is about (`kort.toml: id: use lower-case letters…`).
"""

from __future__ import annotations

from bipdesk.messages import QT_TRANSLATE_NOOP, Message

CARD_ID = QT_TRANSLATE_NOOP("card", "use lower-case letters, digits, '-' and '_' only")
VERSION = QT_TRANSLATE_NOOP("card", "must be 1 or more")
SCALE_TOO_SHORT = QT_TRANSLATE_NOOP("card", "must be greater than scale.min")
SCALE_TOO_LONG = QT_TRANSLATE_NOOP("card", "a scale may have at most 21 steps")
NO_QUESTIONS = QT_TRANSLATE_NOOP("card", "missing or empty; a card needs at least one question")
NOT_A_TABLE = QT_TRANSLATE_NOOP("card", "must be a table")
QUESTION_ID = QT_TRANSLATE_NOOP("card", "use lower-case letters, digits and '_' only")
ANCHORS_NEED_STEPS = QT_TRANSLATE_NOOP(
    "card", "anchors need a scale of at least three steps (low, middle, high)"
)
TRANSLATION_LANGUAGE = QT_TRANSLATE_NOOP("card", "must be a language code other than 'sv'")
QUESTIONS_TABLE = QT_TRANSLATE_NOOP(
    "card", "must be a table of question id → {text, label, anchors}"
)
QUESTION_TABLE = QT_TRANSLATE_NOOP("card", "must be a table with text and label")


def used_twice(question_id: str) -> Message:
    return QT_TRANSLATE_NOOP("card", "'{id}' is used twice").format(id=question_id)


def unknown_area(name: str, areas: str) -> Message:
    return QT_TRANSLATE_NOOP("card", "'{area}' is not one of {areas}").format(
        area=name, areas=areas
    )


def other_card(translated: str, card: str) -> Message:
    return QT_TRANSLATE_NOOP("card", "the translation is for {translated}, not for {card}").format(
        translated=translated, card=card
    )


def no_such_question(card: str) -> Message:
    return QT_TRANSLATE_NOOP("card", "card {card} has no such question").format(card=card)


def defined_twice(card: str, source: str) -> Message:
    return QT_TRANSLATE_NOOP(
        "card",
        "card {card} is already defined in {source}; give an adapted card a new version or a "
        "new id",
    ).format(card=card, source=source)
