"""The exit survey (DESIGN §10): a versioned definition like a card, answered
1–4 per question at exit. An answer of 3 or 4 is positive; seed 004 reports the
share of positive answers per question against a goal the project sets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bipdesk.core.cards import localized
from bipdesk.messages import QT_TRANSLATE_NOOP

SCALE = (1, 2, 3, 4)
POSITIVE_FROM = 3
DEFAULT_GOAL = 0.75
"""The goal for each question's share of positive answers when the project has set
none (seed 004's project: 75 %)."""


def goal_from_percent(percent: int) -> float:
    """The share a project's goal of `percent` % means; ValueError outside 1–100."""
    if not 1 <= percent <= 100:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "exit survey",
                "the exit survey's goal is a whole percent from 1 to 100, not {value}",
            ).format(value=str(percent))
        )
    return percent / 100


def is_positive(answer: int) -> bool:
    """3 (Stämmer ganska bra) or 4 (Stämmer helt) is a positive answer."""
    if answer not in SCALE:
        raise ValueError(
            QT_TRANSLATE_NOOP("exit survey", "a survey answer is 1–4, not {value}").format(
                value=str(answer)
            )
        )
    return answer >= POSITIVE_FROM


@dataclass(frozen=True)
class SurveyQuestion:
    id: str
    text: Mapping[str, str]
    """The question by language code (sv, en, and any the survey has)."""
    label: Mapping[str, str]
    """A short label for tables and reports."""

    def text_in(self, language: str) -> str:
        return localized(self.text, language)

    def label_in(self, language: str) -> str:
        return localized(self.label, language)


@dataclass(frozen=True)
class Survey:
    id: str
    version: int
    title: Mapping[str, str]
    scale_labels: Mapping[str, tuple[str, str, str, str]]
    """The words of the four steps, 1 to 4, by language."""
    questions: tuple[SurveyQuestion, ...]
    source: str = field(default="", compare=False)

    @property
    def question_ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)

    def question(self, question_id: str) -> SurveyQuestion:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def languages(self) -> tuple[str, ...]:
        """Languages in which every question and the scale have their words."""
        found = set(self.scale_labels)
        for question in self.questions:
            found &= set(question.text)
        return tuple(sorted(found))


@dataclass(frozen=True)
class SurveyResponse:
    """One participant's answers at exit: question id → 1–4 (unanswered left out)."""

    survey_id: str
    survey_version: int
    answers: Mapping[str, int]

    def __post_init__(self) -> None:
        for question, answer in self.answers.items():
            if answer not in SCALE:
                raise ValueError(
                    QT_TRANSLATE_NOOP(
                        "exit survey", "{question}: a survey answer is 1–4, not {value}"
                    ).format(question=question, value=str(answer))
                )
