"""The edit history's vocabulary: the changes between two versions of a measurement or a
participant, and the one readable line the command line and the import print."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bipdesk.core.cards import CardKey
from bipdesk.core.exits import Employment
from bipdesk.core.history import (
    Change,
    Edit,
    Editor,
    Kind,
    Subject,
    Words,
    answers_summary,
    describe,
    display,
    field_kind,
    import_source,
    measurement_added,
    measurement_changes,
    measurement_removed,
    participant_added,
    participant_changes,
    what_changed,
)
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex

CARD = CardKey("bip-standard", 1)
DAY = date(2021, 9, 5)


def visit(**changes: object) -> Measurement:
    base = Measurement(
        "SP0129",
        CARD,
        DAY,
        {"job_search_knowhow": 9, "health": 4, "job_goal": None},
        {"health": "Ont i ryggen"},
        "Första träffen",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_changed_answer_is_one_change_and_reads_as_the_import_prints_it() -> None:
    old = visit()
    new = visit(answers={"job_search_knowhow": 1, "health": 4, "job_goal": None})
    (change,) = measurement_changes(old, new)
    assert change == Change(
        participant_code="SP0129",
        subject=Subject.MEASUREMENT,
        field="answer.job_search_knowhow",
        old="9",
        new="1",
        measurement_date=DAY,
        card=CARD,
    )
    assert change.kind is Kind.ANSWER and change.about == "job_search_knowhow"
    assert describe(change) == "SP0129 2021-09-05: job_search_knowhow 9 → 1"


def test_every_field_of_a_measurement_is_compared_in_a_fixed_order() -> None:
    old = visit()
    new = visit(
        date=date(2021, 9, 12),
        card=CardKey("bip-standard", 2),
        answers={"job_search_knowhow": 9, "health": None, "job_goal": 6, "cooperation": 3},
        question_notes={"job_goal": "Vill bli undersköterska"},
        note="Andra träffen",
    )
    changes = measurement_changes(old, new)
    assert [(c.field, c.old, c.new) for c in changes] == [
        ("date", "2021-09-05", "2021-09-12"),
        ("card", "bip-standard v1", "bip-standard v2"),
        ("answer.health", "4", None),
        ("answer.job_goal", None, "6"),
        ("answer.cooperation", None, "3"),
        ("question_note.job_goal", None, "Vill bli undersköterska"),
        ("question_note.health", "Ont i ryggen", None),
        ("note", "Första träffen", "Andra träffen"),
    ]
    # The changes belong to the measurement as it is now: its new date and card.
    assert {(c.measurement_date, c.card) for c in changes} == {
        (date(2021, 9, 12), CardKey("bip-standard", 2))
    }
    lines = [describe(c) for c in changes]
    assert lines[0] == "SP0129 2021-09-12: date 2021-09-05 → 2021-09-12"
    assert lines[2] == "SP0129 2021-09-12: health 4 → (not answered)"
    assert lines[3] == "SP0129 2021-09-12: job_goal (not answered) → 6"
    assert lines[5] == "SP0129 2021-09-12: note on job_goal (empty) → “Vill bli undersköterska”"
    assert lines[7] == "SP0129 2021-09-12: note “Första träffen” → “Andra träffen”"


def test_the_same_content_written_differently_is_no_change() -> None:
    old = visit()
    same = visit(
        answers={"job_search_knowhow": 9, "health": 4},  # job_goal left out: not answered
        question_notes={"health": "Ont i ryggen", "job_goal": ""},
        note="Första träffen",
    )
    assert measurement_changes(old, same) == []
    assert measurement_changes(visit(note=None), visit(note="")) == []


def test_added_and_removed_measurements_summarise_the_answers() -> None:
    added = measurement_added(visit())
    assert (added.field, added.old, added.new) == ("added", None, "job_search_knowhow 9, health 4")
    assert describe(added) == (
        "SP0129 2021-09-05: measurement added (job_search_knowhow 9, health 4)"
    )
    removed = measurement_removed(visit())
    assert (removed.old, removed.new) == ("job_search_knowhow 9, health 4", None)
    assert describe(removed).endswith("measurement removed (job_search_knowhow 9, health 4)")
    empty = visit(answers={"health": None})
    assert answers_summary(empty) == ""
    assert describe(measurement_added(empty)) == "SP0129 2021-09-05: measurement added"


def test_participant_changes_name_each_field() -> None:
    old = Participant("SP0129", name="Sara", sex=Sex.UNKNOWN, start_date=date(2021, 6, 1))
    new = replace(
        old,
        code="SP0130",
        sex=Sex.WOMEN,
        start_date=date(2021, 5, 1),
        exit_reason=ExitReason.WORK,
        employment=Employment.PERMANENT,
        subsidised=False,
        name="",
    )
    changes = participant_changes(old, new)
    assert [(c.field, c.old, c.new) for c in changes] == [
        ("participant.code", "SP0129", "SP0130"),
        ("participant.name", "Sara", None),
        ("participant.sex", "unknown", "women"),
        ("participant.start_date", "2021-06-01", "2021-05-01"),
        ("participant.exit_reason", None, "work"),
        ("participant.employment", None, "permanent"),
        ("participant.subsidised", None, "no"),
    ]
    assert all(c.subject is Subject.PARTICIPANT and c.measurement_date is None for c in changes)
    assert all(c.participant_code == "SP0130" for c in changes)
    assert describe(changes[3]) == "SP0130: start_date 2021-06-01 → 2021-05-01"
    assert describe(changes[1]) == "SP0130: name Sara → (empty)"
    assert participant_changes(old, replace(old, name="Sara")) == []
    assert describe(participant_added(old)) == "SP0129: participant added"


def test_other_words_render_the_same_line() -> None:
    labels = {"job_search_knowhow": "Jobbsökning", "health": "Hälsa"}
    swedish = Words(
        participant_added="deltagaren lades till",
        measurement_added="mätningen lades till",
        not_answered="inget svar",
        question=lambda question: labels.get(question, question),
        participant_field=lambda name: {"sex": "Kön"}.get(name, name),
        participant_value=lambda name, value: {"women": "Kvinna"}.get(value, value),
        day=lambda day: f"{day.day}/{day.month} {day.year}",
    )
    new = visit(answers={"job_search_knowhow": 1, "health": None})
    lines = [describe(change, swedish) for change in measurement_changes(visit(), new)]
    assert lines == [
        "SP0129 5/9 2021: Jobbsökning 9 → 1",
        "SP0129 5/9 2021: Hälsa 4 → (inget svar)",
    ]
    assert what_changed(measurement_added(visit()), swedish) == (
        "mätningen lades till (Jobbsökning 9, Hälsa 4)"
    )
    (sex,) = participant_changes(Participant("P1"), Participant("P1", sex=Sex.WOMEN))
    assert what_changed(sex, swedish) == "Kön unknown → Kvinna"


def test_an_edit_is_a_change_with_who_when_and_where_from() -> None:
    change = participant_added(Participant("SP0129"))
    when = datetime(2026, 12, 5, 13, 2, tzinfo=UTC)
    edit = Edit.made(change, when, Editor("Kim Koordinator", import_source("visits.csv")))
    assert (edit.when, edit.by, edit.source) == (when, "Kim Koordinator", "import visits.csv")
    assert edit.change == change
    assert describe(edit) == describe(change)


def test_field_kinds_are_checked() -> None:
    assert field_kind("answer.health") == (Kind.ANSWER, "health")
    assert field_kind("participant.start_date") == (Kind.PARTICIPANT, "start_date")
    assert field_kind("note") == (Kind.NOTE, None)
    for bad in ("answer", "answer.", "note.health", "colour", "added.x"):
        with pytest.raises(ValueError, match="not a field of the edit history"):
            field_kind(bad)


def test_display_values() -> None:
    assert display(None) is None and display("") is None
    assert display(True) == "yes" and display(False) == "no"
    assert display(Sex.MEN) == "men"
    assert display(date(2021, 9, 5)) == "2021-09-05"
    assert display(7) == "7"
    assert display(CARD) == "bip-standard v1"
