"""What has been filled in so far: plain data, no widgets.

`FillInState` is the dialog's model. It turns into a `Measurement` to save
and into a `Draft` to keep, and is rebuilt from either, so the widgets only
show it and report what the user did.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bipdesk.core.cards import Card
from bipdesk.core.coordinator_view import CoordinatorView
from bipdesk.core.measurements import Measurement, chronological
from bipdesk.storage.drafts import Draft


@dataclass
class FillInState:
    participant_code: str
    card: Card
    date: date
    answers: dict[str, int | None] = field(default_factory=dict)
    """Question id → answer; None = no answer; a question not yet reached is absent."""
    question_notes: dict[str, str] = field(default_factory=dict)
    note: str = ""
    position: int = 0
    """0 … len(questions) - 1 are the questions; len(questions) is the summary."""
    measurement_id: int | None = None
    measurement_version: int | None = None
    """The version of the measurement being changed as it was read: saving is refused
    when someone else saved it since (None: a new one, or a draft resumed as it was)."""
    coordinator_view: CoordinatorView = field(default_factory=CoordinatorView)
    """The coordinator's own view, saved beside the measurement (never in a draft)."""

    @property
    def question_count(self) -> int:
        return len(self.card.questions)

    @property
    def on_summary(self) -> bool:
        return self.position >= self.question_count

    def answer(self, question_id: str) -> int | None:
        return self.answers.get(question_id)

    def is_reached(self, question_id: str) -> bool:
        return question_id in self.answers

    def set_answer(self, question_id: str, value: int | None) -> None:
        if value is not None and not self.card.scale.contains(value):
            raise ValueError(f"{value} is outside the scale of {self.card.key}")
        self.answers[question_id] = value

    def set_question_note(self, question_id: str, text: str) -> None:
        if text.strip():
            self.question_notes[question_id] = text
        else:
            self.question_notes.pop(question_id, None)

    def go_to(self, position: int) -> None:
        self.position = max(0, min(position, self.question_count))

    @property
    def is_blank(self) -> bool:
        """Nothing answered or written: closing loses nothing."""
        return not self.answers and not self.question_notes and not self.note.strip()

    def to_measurement(self) -> Measurement:
        """The measurement to save: every question of the card, unanswered as None."""
        answers = {q.id: self.answers.get(q.id) for q in self.card.questions}
        notes = {q: n.strip() for q, n in self.question_notes.items() if n.strip()}
        return Measurement(
            participant_code=self.participant_code,
            card=self.card.key,
            date=self.date,
            answers=answers,
            question_notes=notes,
            note=self.note.strip() or None,
            id=self.measurement_id,
            version=self.measurement_version,
        )

    def to_draft(self) -> Draft:
        return Draft(
            participant_code=self.participant_code,
            card=self.card.key,
            date=self.date,
            answers=dict(self.answers),
            question_notes=dict(self.question_notes),
            note=self.note or None,
            position=self.position,
            measurement_id=self.measurement_id,
        )

    @classmethod
    def from_draft(cls, draft: Draft, card: Card) -> FillInState:
        known = set(card.question_ids)
        state = cls(
            participant_code=draft.participant_code,
            card=card,
            date=draft.date,
            answers={
                q: v
                for q, v in draft.answers.items()
                if q in known and (v is None or card.scale.contains(v))
            },
            question_notes={q: n for q, n in draft.question_notes.items() if q in known},
            note=draft.note or "",
            measurement_id=draft.measurement_id,
        )
        state.go_to(draft.position)
        return state

    @classmethod
    def from_measurement(cls, measurement: Measurement, card: Card) -> FillInState:
        return cls(
            participant_code=measurement.participant_code,
            card=card,
            date=measurement.date,
            answers={q.id: measurement.answer(q.id) for q in card.questions},
            question_notes=dict(measurement.question_notes),
            note=measurement.note or "",
            measurement_id=measurement.id,
            measurement_version=measurement.version,
        )


def previous_measurement(
    measurements: list[Measurement], card_id: str, before: date, leave_out: int | None
) -> Measurement | None:
    """The latest measurement with the card id dated before `before` (the edited one left out)."""
    earlier = [
        m
        for m in chronological(measurements)
        if m.card.id == card_id and m.date < before and (leave_out is None or m.id != leave_out)
    ]
    return earlier[-1] if earlier else None
