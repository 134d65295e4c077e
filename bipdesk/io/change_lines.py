"""A saved value an import changes, as one line in the reader's language
('SP0129 2021-09-05: job_search_knowhow 9 → 1'; 'SP0129: startdatum 2025-01-10 →
2025-02-01' in Swedish): in English the line of `core.history.describe`, but built
from marked sentences, so that `import --dry-run` speaks Swedish with `--lang sv`.
Questions keep their ids and values stay as stored, as the command line shows them;
a participant's field is named by its import column (`column_label`)."""

from __future__ import annotations

from bipdesk.core.history import Change, Kind, Subject, field_kind
from bipdesk.io.import_columns import column_label
from bipdesk.messages import QT_TRANSLATE_NOOP, Message, Value

_FIELD_COLUMNS = {"exit_branch": "branch"}
"""A participant's field whose import column is named otherwise."""
_NOT_ANSWERED = QT_TRANSLATE_NOOP("import change", "(not answered)")
_EMPTY = QT_TRANSLATE_NOOP("import change", "(empty)")
_CHANGED = QT_TRANSLATE_NOOP("import change", "{what} {old} → {new}")
_YES_NO = {
    "yes": QT_TRANSLATE_NOOP("import change", "yes"),
    "no": QT_TRANSLATE_NOOP("import change", "no"),
}


def change_line(change: Change) -> Message:
    """'SP0129 2021-09-05: job_search_knowhow 9 → 1', said in the reader's language."""
    whose = change.participant_code
    if change.measurement_date is not None:
        whose = f"{whose} {change.measurement_date.isoformat()}"
    return QT_TRANSLATE_NOOP("import change", "{whose}: {what}").format(
        whose=whose, what=_what(change)
    )


def _what(change: Change) -> Message:
    kind, about = field_kind(change.field)
    if kind is Kind.ADDED:
        if change.subject is Subject.PARTICIPANT:
            return QT_TRANSLATE_NOOP("import change", "participant added")
        if change.new:
            return QT_TRANSLATE_NOOP("import change", "measurement added ({answers})").format(
                answers=change.new
            )
        return QT_TRANSLATE_NOOP("import change", "measurement added")
    if kind is Kind.REMOVED:
        if change.old:
            return QT_TRANSLATE_NOOP("import change", "measurement removed ({answers})").format(
                answers=change.old
            )
        return QT_TRANSLATE_NOOP("import change", "measurement removed")
    if kind is Kind.ANSWER:
        return _changed(about or "", change.old, change.new, _NOT_ANSWERED)
    if kind is Kind.NOTE:
        return _changed(
            QT_TRANSLATE_NOOP("import change", "note"), _quoted(change.old), _quoted(change.new)
        )
    if kind is Kind.QUESTION_NOTE:
        what = QT_TRANSLATE_NOOP("import change", "note on {question}").format(question=about or "")
        return _changed(what, _quoted(change.old), _quoted(change.new))
    if kind is Kind.DATE:
        return _changed(QT_TRANSLATE_NOOP("import change", "date"), change.old, change.new)
    if kind is Kind.CARD:
        return _changed(QT_TRANSLATE_NOOP("import change", "card"), change.old, change.new)
    if kind is Kind.TALKED_THROUGH:
        old, new = (
            _YES_NO["yes" if value == "yes" else "no"] for value in (change.old, change.new)
        )
        return QT_TRANSLATE_NOOP("import change", "talked through together: {old} → {new}").format(
            old=old, new=new
        )
    if kind is Kind.COORDINATOR:
        what = QT_TRANSLATE_NOOP("import change", "coordinator's view of {question}").format(
            question=about or ""
        )
        return _changed(what, change.old, change.new)
    name = about or ""
    return _changed(column_label(_FIELD_COLUMNS.get(name, name)), change.old, change.new)


def _changed(what: Value, old: Value | None, new: Value | None, blank: Message = _EMPTY) -> Message:
    return _CHANGED.format(what=what, old=old or blank, new=new or blank)


def _quoted(text: str | None) -> str | None:
    return None if text is None else f"“{text}”"
