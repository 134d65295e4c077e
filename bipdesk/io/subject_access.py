"""A subject-access extract (GDPR art. 15) as JSON: everything stored about one person.

Machine-readable and complete: every field of the participant with the times
it was added and changed, every measurement with its card id and version,
answers, question notes, note and time stamps, an unfinished draft, and the
settings about the person. Question texts come along in the extract's language
so that the file can be read without BIP Desk. The PDF for reading is
`bipdesk.reports.subject_access`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bipdesk import __version__
from bipdesk.core.cards import Card, localized
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import PARTICIPANT_FIELDS
from bipdesk.io.aggregate_file import write_atomically
from bipdesk.storage.drafts import Draft
from bipdesk.storage.privacy import SubjectRecord

FORMAT = "bipdesk-subject-access"
VERSION = 1


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat(timespec="seconds")


def _answers(
    card: Card | None,
    answers: dict[str, int | None],
    notes: dict[str, str],
    language: str,
) -> list[dict[str, Any]]:
    """One entry per question of the card in card order, then any others stored."""
    order = [q.id for q in card.questions] if card is not None else []
    order += sorted((set(answers) | set(notes)) - set(order))
    entries: list[dict[str, Any]] = []
    for question_id in order:
        if question_id not in answers and question_id not in notes:
            continue
        question = card.question(question_id) if card and card.has_question(question_id) else None
        entries.append(
            {
                "question": question_id,
                "text": None if question is None else localized(question.text, language),
                "answer": answers.get(question_id),
                "note": notes.get(question_id),
            }
        )
    return entries


def _measurement(m: Measurement, record: SubjectRecord, language: str) -> dict[str, Any]:
    card = record.cards.get((m.card.id, m.card.version))
    return {
        "id": m.id,
        "card": {"id": m.card.id, "version": m.card.version},
        "date": _day(m.date),
        "note": m.note,
        "created_at": _moment(m.created_at),
        "updated_at": _moment(m.updated_at),
        "answers": _answers(card, dict(m.answers), dict(m.question_notes), language),
    }


def _draft(draft: Draft, record: SubjectRecord, language: str) -> dict[str, Any]:
    card = record.cards.get((draft.card.id, draft.card.version))
    return {
        "card": {"id": draft.card.id, "version": draft.card.version},
        "date": _day(draft.date),
        "editing_measurement": draft.measurement_id,
        "note": draft.note,
        "updated_at": _moment(draft.updated_at),
        "answers": _answers(card, dict(draft.answers), dict(draft.question_notes), language),
    }


def subject_access_data(
    record: SubjectRecord,
    language: str = "sv",
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> dict[str, Any]:
    """The extract as JSON-ready data."""
    participant = record.participant
    fields: dict[str, Any] = {}
    for name in PARTICIPANT_FIELDS:
        value = getattr(participant, name)
        fields[name] = _day(value) if isinstance(value, date) else value
    fields["sex"] = participant.sex.value
    if participant.exit_reason is not None:
        fields["exit_reason"] = participant.exit_reason.value
    fields["created_at"] = _moment(record.created_at)
    fields["updated_at"] = _moment(record.updated_at)
    return {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": _moment(now()),
        "software": f"bipdesk {__version__}",
        "language": language,
        "participant": fields,
        "measurements": [_measurement(m, record, language) for m in record.measurements],
        "draft": None if record.draft is None else _draft(record.draft, record, language),
        "settings": dict(sorted(record.settings.items())),
    }


def subject_access_text(record: SubjectRecord, language: str = "sv") -> str:
    data = subject_access_data(record, language)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_subject_access_json(path: Path, record: SubjectRecord, language: str = "sv") -> None:
    """Write the extract (UTF-8), replacing `path` only when the whole file is written."""
    write_atomically(path, subject_access_text(record, language).encode("utf-8"))
