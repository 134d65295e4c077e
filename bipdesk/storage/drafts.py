"""Drafts: a measurement being filled in, kept so that nothing is lost.

The fill-in view saves a draft on every answer and when the coordinator
closes it half-way; a draft survives a restart and is deleted when the
measurement is saved. There is at most one draft per participant.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from bipdesk.core.cards import CardKey


@dataclass
class Draft:
    """An unfinished measurement: what has been answered so far, and where."""

    participant_code: str
    card: CardKey
    date: date
    answers: dict[str, int | None] = field(default_factory=dict)
    """Question id → answer; None = 'vill inte svara / ej aktuell'; absent = not reached."""
    question_notes: dict[str, str] = field(default_factory=dict)
    note: str | None = None
    position: int = 0
    """Index of the page shown when the draft was saved (len(questions) = the summary)."""
    measurement_id: int | None = None
    """The measurement being edited, or None for a new one."""
    updated_at: datetime | None = None


def answers_to_json(answers: dict[str, int | None]) -> str:
    """The answers as stored: JSON text, refusing anything but whole numbers and None."""
    for question_id, value in answers.items():
        if not isinstance(question_id, str) or not (
            value is None or (isinstance(value, int) and not isinstance(value, bool))
        ):
            wrong = f"a draft answer must be a whole number or None: {question_id!r}"
            raise ValueError(wrong)  # programming error: the window only stores numbers
    return json.dumps(answers, ensure_ascii=False, sort_keys=True)


def notes_to_json(notes: dict[str, str]) -> str:
    """Question notes as stored; empty notes are left out."""
    return json.dumps({q: n for q, n in notes.items() if n}, ensure_ascii=False, sort_keys=True)


def answers_from_json(text: str | None) -> dict[str, int | None]:
    data = json.loads(text) if text else {}
    if not isinstance(data, dict):
        return {}
    return {
        str(q): v if isinstance(v, int) and not isinstance(v, bool) else None
        for q, v in data.items()
    }


def notes_from_json(text: str | None) -> dict[str, str]:
    data = json.loads(text) if text else {}
    if not isinstance(data, dict):
        return {}
    return {str(q): n for q, n in data.items() if isinstance(n, str) and n}
