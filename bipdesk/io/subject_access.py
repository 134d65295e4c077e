"""A subject-access extract (GDPR art. 15) as JSON: everything stored about one person.

Machine-readable and complete: every field of the participant (the exit form
included) with the times it was added and changed, every measurement with its
card id and version, answers, question notes, note and time stamps, an
unfinished draft, every activity with its place, the exit survey answers, the
settings about the person, the edit history (who changed what, when, from
where, old → new), and the coordinator's view of each measurement. Question
texts come along in the extract's language (and those of the exit survey) so
that the file can be read without BIP Desk. The PDF for reading is
`bipdesk.reports.subject_access`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from bipdesk import __version__
from bipdesk.core.activities import Activity
from bipdesk.core.cards import Card, localized
from bipdesk.core.coordinator_view import CoordinatorView
from bipdesk.core.history import Edit
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import PARTICIPANT_FIELDS
from bipdesk.core.surveys import Survey, SurveyResponse
from bipdesk.io.aggregate_file import write_atomically
from bipdesk.io.surveys import SurveyFileError, default_surveys
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
        "coordinator_view": _coordinator_view(record.coordinator_views.get(m.id or 0)),
    }


def _coordinator_view(view: CoordinatorView | None) -> dict[str, Any] | None:
    """What the coordinator noted about the measurement: recorded about the person, so
    theirs to see (None: nothing)."""
    if view is None:
        return None
    return {
        "talked_through": view.talked_through,
        "values": [
            {"question": question, "value": entry.value, "reason": entry.reason}
            for question, entry in view.values.items()
        ],
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


def _activity(activity: Activity) -> dict[str, Any]:
    return {
        "id": activity.id,
        "activity": activity.activity.value,
        "area": activity.area.value,
        "start_date": _day(activity.start_date),
        "end_date": _day(activity.end_date),
        "hours": activity.hours,
        "place": activity.place,
        "branch": activity.branch,
    }


def _edit(edit: Edit) -> dict[str, Any]:
    card = edit.card
    return {
        "changed_at": _moment(edit.when),
        "by": edit.by,
        "source": edit.source,
        "subject": edit.subject.value,
        "measurement_date": _day(edit.measurement_date),
        "card": None if card is None else {"id": card.id, "version": card.version},
        "field": edit.field,
        "old": edit.old,
        "new": edit.new,
    }


def survey_definition(response: SurveyResponse) -> Survey | None:
    """The exit survey the answers were given with, None when it is not installed."""
    try:
        return default_surveys().get((response.survey_id, response.survey_version))
    except SurveyFileError:  # a broken survey file of the project's: answers without texts
        return None


def _scale_words(survey: Survey, language: str) -> tuple[str, str, str, str]:
    """The words of the four steps in `language`, else in Swedish."""
    labels = survey.scale_labels
    return labels.get(language) or labels.get(language.split("-")[0]) or labels["sv"]


def _survey(response: SurveyResponse, language: str) -> dict[str, Any]:
    """The answers in the survey's question order, with the words of the question and step."""
    survey = survey_definition(response)
    order = list(survey.question_ids) if survey is not None else []
    order += sorted(set(response.answers) - set(order))
    scale = None if survey is None else _scale_words(survey, language)
    answers: list[dict[str, Any]] = []
    for question_id in order:
        if question_id not in response.answers:
            continue
        answer = response.answers[question_id]
        question = (
            survey.question(question_id)
            if survey is not None and question_id in survey.question_ids
            else None
        )
        answers.append(
            {
                "question": question_id,
                "text": None if question is None else question.text_in(language),
                "answer": answer,
                "answer_text": None if scale is None else scale[answer - 1],
            }
        )
    return {
        "survey": {"id": response.survey_id, "version": response.survey_version},
        "answers": answers,
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
        if isinstance(value, date):
            value = _day(value)
        elif isinstance(value, StrEnum):
            value = value.value
        fields[name] = value
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
        "activities": [_activity(a) for a in record.activities],
        "exit_survey": None
        if record.survey_response is None
        else _survey(record.survey_response, language),
        "settings": dict(sorted(record.settings.items())),
        "history": [_edit(edit) for edit in record.history],
    }


def subject_access_text(record: SubjectRecord, language: str = "sv") -> str:
    data = subject_access_data(record, language)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_subject_access_json(path: Path, record: SubjectRecord, language: str = "sv") -> None:
    """Write the extract (UTF-8), replacing `path` only when the whole file is written."""
    write_atomically(path, subject_access_text(record, language).encode("utf-8"))
