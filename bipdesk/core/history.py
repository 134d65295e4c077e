"""The edit history: what changed in a participant's record, when, by whom and from where.

A coordinator traces what was recorded ("who turned this 9 into a 1, and
from which file?"), so a change is kept as the field that changed with its
old and new value as display strings, never as a copy of the whole record.

What is recorded (`bipdesk.storage.history_repository` does it, in the
transaction of the change itself):

- a participant added: one edit ("participant added"), not one per field —
  the fields are on the participant; an import of new people adds one line
  each, not a storm;
- a participant's field changed: one edit per field (`participant.start_date`);
- a measurement added: one edit with its answers summarised, always — also a
  paper card entered later or the measurements of a participant added by the
  same import: "where did this measurement come from?" is the question the
  history answers, and the answer may be a file;
- a measurement changed: one edit per changed answer (`answer.health`),
  question note (`question_note.health`), note, date and card;
- a measurement removed: one edit with the answers it had.

Saving the same values again changes nothing and records nothing. Nothing
here reads or writes a database: `bipdesk.storage` stores `Edit`s, the CLI,
the import summary and the app render them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum, StrEnum

from bipdesk.core.cards import CardKey
from bipdesk.core.coordinator_view import CoordinatorView
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import PARTICIPANT_FIELDS, Participant
from bipdesk.messages import QT_TRANSLATE_NOOP

SOURCE_APP = "app"
SOURCE_COMMAND_LINE = "command line"
IMPORT_PREFIX = "import "


def import_source(file_name: str) -> str:
    """The source of the changes an import makes: 'import visits.csv'."""
    return f"{IMPORT_PREFIX}{file_name}"


class Subject(StrEnum):
    PARTICIPANT = "participant"
    MEASUREMENT = "measurement"


class Kind(StrEnum):
    """What an edit's field names; see `field_kind`."""

    ADDED = "added"
    REMOVED = "removed"
    ANSWER = "answer"
    QUESTION_NOTE = "question_note"
    NOTE = "note"
    DATE = "date"
    CARD = "card"
    PARTICIPANT = "participant"
    """One of the participant's fields (`participant.start_date`)."""
    TALKED_THROUGH = "talked_through"
    COORDINATOR = "coordinator"
    """The coordinator's own value of a question, with its reason."""


def answer_field(question_id: str) -> str:
    return f"{Kind.ANSWER}.{question_id}"


def question_note_field(question_id: str) -> str:
    return f"{Kind.QUESTION_NOTE}.{question_id}"


def participant_field(name: str) -> str:
    return f"{Kind.PARTICIPANT}.{name}"


def coordinator_field(question_id: str) -> str:
    return f"{Kind.COORDINATOR}.{question_id}"


def field_kind(name: str) -> tuple[Kind, str | None]:
    """The kind of an edit's field and what it is about: ('answer', 'health'),
    ('participant', 'start_date'), ('note', None). ValueError for anything else."""
    kind, dot, about = name.partition(".")
    unknown = QT_TRANSLATE_NOOP("edit history", "'{name}' is not a field of the edit history")
    try:
        found = Kind(kind)
    except ValueError:
        raise ValueError(unknown.format(name=name)) from None
    needs_about = found in (Kind.ANSWER, Kind.QUESTION_NOTE, Kind.PARTICIPANT, Kind.COORDINATOR)
    if needs_about != bool(dot and about):
        raise ValueError(unknown.format(name=name))
    return found, about or None


@dataclass(frozen=True)
class Editor:
    """Who makes the changes (a coordinator's name, else the OS user) and from where."""

    name: str
    source: str


@dataclass(frozen=True, kw_only=True)
class Change:
    """One field of one participant's record, old → new (display strings; None = empty)."""

    participant_code: str
    subject: Subject
    field: str
    old: str | None = None
    new: str | None = None
    measurement_date: date | None = None
    """The measurement's date (its new date when the date changed); None for the participant."""
    card: CardKey | None = None

    @property
    def kind(self) -> Kind:
        return field_kind(self.field)[0]

    @property
    def about(self) -> str | None:
        """The question id or participant field the change is about, if any."""
        return field_kind(self.field)[1]


@dataclass(frozen=True, kw_only=True)
class Edit(Change):
    """A change as recorded: when (UTC), by whom, from where."""

    when: datetime
    by: str
    source: str

    @classmethod
    def made(cls, change: Change, when: datetime, editor: Editor) -> Edit:
        return cls(
            participant_code=change.participant_code,
            subject=change.subject,
            field=change.field,
            old=change.old,
            new=change.new,
            measurement_date=change.measurement_date,
            card=change.card,
            when=when,
            by=editor.name,
            source=editor.source,
        )

    @property
    def change(self) -> Change:
        return Change(
            participant_code=self.participant_code,
            subject=self.subject,
            field=self.field,
            old=self.old,
            new=self.new,
            measurement_date=self.measurement_date,
            card=self.card,
        )


def display(value: object) -> str | None:
    """A stored value as the history shows it; None (or an empty text) stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def answers_summary(measurement: Measurement) -> str:
    """The answered questions, 'job_search_knowhow 9, health 4', in the measurement's
    order ('' for none): an unanswered question and one left out are the same."""
    return ", ".join(f"{question} {value}" for question, value in measurement.answered.items())


# -- the changes between two versions -------------------------------------------


def _about_measurement(measurement: Measurement, name: str, old: object, new: object) -> Change:
    return Change(
        participant_code=measurement.participant_code,
        subject=Subject.MEASUREMENT,
        field=name,
        old=display(old),
        new=display(new),
        measurement_date=measurement.date,
        card=CardKey(*measurement.card),
    )


def measurement_added(measurement: Measurement) -> Change:
    return _about_measurement(measurement, Kind.ADDED, None, answers_summary(measurement))


def measurement_removed(measurement: Measurement) -> Change:
    return _about_measurement(measurement, Kind.REMOVED, answers_summary(measurement), None)


def measurement_changes(old: Measurement, new: Measurement) -> list[Change]:
    """Every field that differs, in the order date, card, answers (card order), question
    notes, note. An unanswered question and a missing one are the same; so are an
    empty note and none."""
    changes: list[Change] = []
    if old.date != new.date:
        changes.append(_about_measurement(new, Kind.DATE, old.date, new.date))
    if CardKey(*old.card) != CardKey(*new.card):
        changes.append(_about_measurement(new, Kind.CARD, old.card, new.card))
    for question in _union(new.answers, old.answers):
        before, after = old.answers.get(question), new.answers.get(question)
        if before != after:
            changes.append(_about_measurement(new, answer_field(question), before, after))
    for question in _union(new.question_notes, old.question_notes):
        before_note = old.question_notes.get(question) or None
        after_note = new.question_notes.get(question) or None
        if before_note != after_note:
            name = question_note_field(question)
            changes.append(_about_measurement(new, name, before_note, after_note))
    if (old.note or None) != (new.note or None):
        changes.append(_about_measurement(new, Kind.NOTE, old.note, new.note))
    return changes


def coordinator_view_changes(
    measurement: Measurement, old: CoordinatorView, new: CoordinatorView
) -> list[Change]:
    """What changed in the coordinator's view of a measurement: the "talked through"
    mark (yes/no), then each question's value with its reason ("7 — reason")."""
    changes: list[Change] = []
    if old.talked_through != new.talked_through:
        changes.append(
            _about_measurement(
                measurement,
                Kind.TALKED_THROUGH,
                "yes" if old.talked_through else "no",
                "yes" if new.talked_through else "no",
            )
        )
    for question in _union(new.values, old.values):
        before, after = old.values.get(question), new.values.get(question)
        if before != after:
            changes.append(
                _about_measurement(
                    measurement,
                    coordinator_field(question),
                    None if before is None else f"{before.value} — {before.reason}",
                    None if after is None else f"{after.value} — {after.reason}",
                )
            )
    return changes


def _union(first: Mapping[str, object], second: Mapping[str, object]) -> list[str]:
    return [*first, *(key for key in second if key not in first)]


def participant_added(participant: Participant) -> Change:
    return Change(participant_code=participant.code, subject=Subject.PARTICIPANT, field=Kind.ADDED)


def participant_changes(old: Participant, new: Participant) -> list[Change]:
    """One change per field that differs (the code included), in the fields' order."""
    changes: list[Change] = []
    for name in PARTICIPANT_FIELDS:
        before, after = display(getattr(old, name)), display(getattr(new, name))
        if before != after:
            changes.append(
                Change(
                    participant_code=new.code,
                    subject=Subject.PARTICIPANT,
                    field=participant_field(name),
                    old=before,
                    new=after,
                )
            )
    return changes


# -- one readable line ------------------------------------------------------------


@dataclass(frozen=True)
class Words:
    """The few words of a rendered change, so that every language renders the same way."""

    participant_added: str = "participant added"
    measurement_added: str = "measurement added"
    measurement_removed: str = "measurement removed"
    not_answered: str = "not answered"
    empty: str = "empty"
    note_word: str = "note"
    question_note: str = "note on {question}"
    date_word: str = "date"
    card_word: str = "card"
    talked_through: str = "talked through together"
    yes: str = "yes"
    no: str = "no"
    coordinator_view: str = "coordinator's view of {question}"
    question: Callable[[str], str] = field(default=lambda question_id: question_id)
    """The name of a question (the id, or the card's label)."""
    participant_field: Callable[[str], str] = field(default=lambda name: name)
    """The name of a participant's field."""
    participant_value: Callable[[str, str], str] = field(default=lambda name, value: value)
    """A participant's field's value (field name, stored display string) in words."""
    day: Callable[[date], str] = field(default=lambda day: day.isoformat())


ENGLISH = Words()


def _quoted(text: str) -> str:
    return f"“{text}”"


def what_changed(change: Change, words: Words = ENGLISH) -> str:
    """The change without whose record it is: 'job_search_knowhow 9 → 1'."""
    kind, about = field_kind(change.field)
    if kind is Kind.ADDED:
        if change.subject is Subject.PARTICIPANT:
            return words.participant_added
        if change.new:
            return f"{words.measurement_added} ({_summary(change.new, words)})"
        return words.measurement_added
    if kind is Kind.REMOVED:
        if change.old:
            return f"{words.measurement_removed} ({_summary(change.old, words)})"
        return words.measurement_removed
    if kind is Kind.ANSWER:
        assert about is not None
        blank = f"({words.not_answered})"
        old = change.old or blank
        new = change.new or blank
        return f"{words.question(about)} {old} → {new}"
    blank = f"({words.empty})"
    if kind in (Kind.NOTE, Kind.QUESTION_NOTE):
        old = blank if change.old is None else _quoted(change.old)
        new = blank if change.new is None else _quoted(change.new)
        if kind is Kind.NOTE:
            return f"{words.note_word} {old} → {new}"
        assert about is not None
        return f"{words.question_note.format(question=words.question(about))} {old} → {new}"
    if kind is Kind.DATE:
        old, new = (_day(value, words) or blank for value in (change.old, change.new))
        return f"{words.date_word} {old} → {new}"
    if kind is Kind.CARD:
        return f"{words.card_word} {change.old or blank} → {change.new or blank}"
    if kind is Kind.TALKED_THROUGH:
        old, new = (words.yes if value == "yes" else words.no for value in (change.old, change.new))
        return f"{words.talked_through}: {old} → {new}"
    if kind is Kind.COORDINATOR:
        assert about is not None
        name = words.coordinator_view.format(question=words.question(about))
        return f"{name} {change.old or blank} → {change.new or blank}"
    assert about is not None
    if about in ("start_date", "end_date"):
        old, new = (_day(value, words) or blank for value in (change.old, change.new))
    else:
        old, new = (
            blank if value is None else words.participant_value(about, value)
            for value in (change.old, change.new)
        )
    return f"{words.participant_field(about)} {old} → {new}"


def _summary(summary: str, words: Words) -> str:
    """An `answers_summary` with the questions named by `words` (as stored if it is not one)."""
    parts: list[str] = []
    for part in summary.split(", "):
        question, space, value = part.rpartition(" ")
        if not (question and space and value):
            return summary
        parts.append(f"{words.question(question)} {value}")
    return ", ".join(parts)


def _day(value: str | None, words: Words) -> str | None:
    if value is None:
        return None
    try:
        return words.day(date.fromisoformat(value))
    except ValueError:
        return value


def describe(change: Change, words: Words = ENGLISH) -> str:
    """One line, as the CLI and the import print it:
    'SP0129 2021-09-05: job_search_knowhow 9 → 1'."""
    whose = change.participant_code
    if change.measurement_date is not None:
        whose = f"{whose} {words.day(change.measurement_date)}"
    return f"{whose}: {what_changed(change, words)}"
