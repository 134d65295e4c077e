"""The coordinator's view of a measurement: noted beside it, never part of it.

After the participant has answered, the coordinator may mark the measurement
"talked through together" and, for a question where they see it differently,
note their own value on the card's scale and a short reason. The
participant's answer stays the measurement: progression, due dates, exports
and reports read `Measurement.answers` alone and never this view.

Rules (`coordinator_view_problems`):
- a value is a whole number on the card's scale, for a question of the card;
- a reason is always required and at most `MAX_REASON_LENGTH` characters: a
  value is only noted where the coordinator sees it differently, and a
  different number without a why gives the next conversation nothing to start
  from, while a long essay belongs in the measurement's note;
- a value equal to the participant's answer is no different view: the
  fill-in does not keep one, and `talking_points` leaves it out (an answer
  changed later may make an earlier difference disappear).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from bipdesk.core.cards import Card, localized
from bipdesk.core.measurements import Measurement
from bipdesk.core.validation import Problem, ValidationError
from bipdesk.messages import QT_TRANSLATE_NOOP, Number

MAX_REASON_LENGTH = 200


@dataclass(frozen=True)
class CoordinatorValue:
    """The coordinator's own value of one question and why they see it so."""

    value: int
    reason: str


@dataclass(frozen=True)
class CoordinatorView:
    """What the coordinator noted about one measurement (empty: nothing noted)."""

    talked_through: bool = False
    values: Mapping[str, CoordinatorValue] = field(default_factory=dict)
    """Question id → the coordinator's value; only questions they see differently."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    @property
    def is_empty(self) -> bool:
        return not self.talked_through and not self.values

    def with_value(self, question_id: str, value: CoordinatorValue | None) -> CoordinatorView:
        """A copy with the question's value set (None: removed)."""
        values = dict(self.values)
        if value is None:
            values.pop(question_id, None)
        else:
            values[question_id] = value
        return CoordinatorView(self.talked_through, values)

    def with_talked_through(self, talked_through: bool) -> CoordinatorView:
        return CoordinatorView(talked_through, self.values)

    def __hash__(self) -> int:
        return hash((self.talked_through, tuple(sorted(self.values.items()))))


def coordinator_view_problems(view: CoordinatorView, card: Card) -> list[Problem]:
    """What is wrong with `view` for a measurement made with `card` (empty: nothing).

    Each problem's field is the question id, its code one of
    `coordinator_question_unknown`, `coordinator_value_out_of_scale`,
    `coordinator_reason_missing`, `coordinator_reason_too_long`.
    """
    problems: list[Problem] = []
    scale = card.scale
    for question_id, entry in view.values.items():
        if not card.has_question(question_id):
            problems.append(
                Problem(
                    question_id,
                    "coordinator_question_unknown",
                    QT_TRANSLATE_NOOP(
                        "coordinator view", "card {card} has no question '{question}'"
                    ).format(card=str(card.key), question=question_id),
                )
            )
            continue
        value = entry.value
        if isinstance(value, bool) or not isinstance(value, int) or not scale.contains(value):
            problems.append(
                Problem(
                    question_id,
                    "coordinator_value_out_of_scale",
                    QT_TRANSLATE_NOOP(
                        "coordinator view",
                        "{question}: the coordinator's value {value} is not a whole number "
                        "{first}–{last}",
                    ).format(
                        question=question_id,
                        value=repr(value),
                        first=str(scale.minimum),
                        last=str(scale.maximum),
                    ),
                )
            )
        reason = entry.reason.strip() if isinstance(entry.reason, str) else ""
        if not reason:
            problems.append(
                Problem(
                    question_id,
                    "coordinator_reason_missing",
                    QT_TRANSLATE_NOOP(
                        "coordinator view",
                        "{question}: say in a few words why the coordinator sees it differently",
                    ).format(question=question_id),
                )
            )
        elif len(reason) > MAX_REASON_LENGTH:
            problems.append(
                Problem(
                    question_id,
                    "coordinator_reason_too_long",
                    QT_TRANSLATE_NOOP(
                        "coordinator view",
                        "{question}: the reason is {count} characters; at most {most} are kept",
                    ).format(
                        question=question_id,
                        count=Number(len(reason)),
                        most=Number(MAX_REASON_LENGTH),
                    ),
                )
            )
    return problems


def validate_coordinator_view(view: CoordinatorView, card: Card) -> CoordinatorView:
    """`view` with its reasons trimmed; ValidationError naming every problem."""
    problems = coordinator_view_problems(view, card)
    if problems:
        raise ValidationError(problems)
    return CoordinatorView(
        view.talked_through,
        {
            question.id: CoordinatorValue(entry.value, entry.reason.strip())
            for question in card.questions
            if (entry := view.values.get(question.id)) is not None
        },
    )


@dataclass(frozen=True)
class TalkingPoint:
    """A question the participant and the coordinator see differently."""

    question_id: str
    label: str
    """The question's short label in the language asked for."""
    answer: int | None
    """The participant's answer (None: they did not answer)."""
    coordinator_value: int
    reason: str


def talking_points(
    measurement: Measurement, view: CoordinatorView, card: Card, language: str
) -> list[TalkingPoint]:
    """The questions where the coordinator's value differs from the answer, in card order."""
    points: list[TalkingPoint] = []
    for question in card.questions:
        entry = view.values.get(question.id)
        if entry is None:
            continue
        answer = measurement.answer(question.id)
        if answer == entry.value:
            continue
        points.append(
            TalkingPoint(
                question.id,
                localized(question.label, language),
                answer,
                entry.value,
                entry.reason.strip(),
            )
        )
    return points


def coordinator_outline(measurement: Measurement, view: CoordinatorView) -> dict[str, int | None]:
    """The coordinator's picture of the measurement: the participant's answers with
    the coordinator's values where they see it differently (for a dashed outline)."""
    outline: dict[str, int | None] = dict(measurement.answers)
    for question_id, entry in view.values.items():
        outline[question_id] = entry.value
    return outline
