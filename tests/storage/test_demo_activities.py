"""The demo database's activities, exit forms and exit survey (issue 15): shaped
like the figures seed 004 reports, and stored whole."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date

import pytest

from bipdesk.core.activities import ActivityType, hours_by_area, month_range, months_since_start
from bipdesk.core.cards import Area, CardLibrary
from bipdesk.core.demo import DemoParticipant, generate_demo
from bipdesk.core.demo_activities import (
    DEMO_SURVEY_ID,
    DEMO_SURVEY_QUESTIONS,
    DEMO_SURVEY_VERSION,
)
from bipdesk.core.participants import ExitReason
from bipdesk.core.surveys import is_positive
from bipdesk.io.surveys import exit_survey
from bipdesk.storage import Database
from bipdesk.storage.demo import fill_with_demo
from tests.storage.conftest import TODAY as STORAGE_TODAY

TODAY = date(2025, 6, 30)


@pytest.fixture(scope="module")
def people(cards: CardLibrary) -> list[DemoParticipant]:
    card = cards.get("bip-standard")
    assert card is not None
    return generate_demo(card, 1500, seed=11, today=TODAY)


def test_the_demo_names_the_shipped_exit_survey() -> None:
    survey = exit_survey(DEMO_SURVEY_VERSION)
    assert (survey.id, survey.version) == (DEMO_SURVEY_ID, DEMO_SURVEY_VERSION)
    assert survey.question_ids == DEMO_SURVEY_QUESTIONS


def test_hours_fall_in_the_areas_as_seed_004_reports(people: list[DemoParticipant]) -> None:
    hours = dict.fromkeys(Area, 0.0)
    for person in people:
        for area, share in hours_by_area(person.activities, None, None, TODAY).items():
            hours[area] += share
    total = sum(hours.values())
    shares = {area: hours[area] / total for area in Area}
    assert shares[Area.JOB] == pytest.approx(0.45, abs=0.04)
    assert shares[Area.HEALTH] == pytest.approx(0.30, abs=0.04)
    assert shares[Area.SOCIAL] == pytest.approx(0.10, abs=0.03)
    assert shares[Area.SKILLS] == pytest.approx(0.15, abs=0.03)


def test_most_have_a_job_activity_and_another_area_by_month_four(
    people: list[DemoParticipant],
) -> None:
    with_job = [p for p in people if any(a.area is Area.JOB for a in p.activities)]
    assert len(with_job) / len(people) > 0.8
    months: Counter[int] = Counter()
    parallel: Counter[int] = Counter()
    for person in people:
        start, end = person.participant.start_date, person.participant.end_date
        assert start is not None
        for month in months_since_start(start, end, person.activities, TODAY):
            months[month.month] += 1
            parallel[month.month] += month.job_and_other
    assert parallel[4] / months[4] > 0.6


def test_work_training_peaks_around_month_seven(people: list[DemoParticipant]) -> None:
    in_training: Counter[int] = Counter()
    for person in people:
        start = person.participant.start_date
        assert start is not None
        for month in range(1, 19):
            first, last = month_range(start, month)
            if any(
                a.activity is ActivityType.WORK_TRAINING
                and a.start_date <= last
                and a.last_day(TODAY) >= first
                for a in person.activities
            ):
                in_training[month] += 1
    peak = max(in_training, key=lambda m: in_training[m])
    assert 6 <= peak <= 8
    assert in_training[1] == 0 and in_training[peak] > 3 * in_training[3]


def test_activities_lie_inside_the_time_in_the_project(people: list[DemoParticipant]) -> None:
    for person in people:
        participant = person.participant
        assert participant.start_date is not None
        for activity in person.activities:
            assert activity.start_date >= participant.start_date
            if participant.end_date is not None:
                assert activity.start_date <= participant.end_date
                assert activity.end_date is not None
                assert activity.end_date <= participant.end_date
            assert activity.hours >= 0
        keys = [(a.activity, a.start_date) for a in person.activities]
        assert len(keys) == len(set(keys))


def test_exits_for_work_have_the_exit_form(people: list[DemoParticipant]) -> None:
    work = [p.participant for p in people if p.participant.exit_reason is ExitReason.WORK]
    others = [p.participant for p in people if p.participant.exit_reason is not ExitReason.WORK]
    assert len(work) > 100
    assert all(len(p.exit_form.attributes()) == 3 and p.exit_branch for p in work)
    assert all(p.exit_form.is_empty for p in others)
    branches = Counter(p.exit_branch for p in work)
    assert len(branches) >= 6 and branches.most_common(1)[0][0] in {"G", "Q", "I"}


def test_a_third_of_those_who_left_answer_mostly_positively(people: list[DemoParticipant]) -> None:
    left = [p for p in people if p.participant.end_date is not None]
    answered = [p.survey for p in left if p.survey is not None]
    assert all(p.survey is None for p in people if p.participant.end_date is None)
    assert len(answered) / len(left) == pytest.approx(1 / 3, abs=0.05)
    answers = [value for response in answered for value in response.answers.values()]
    assert sum(map(is_positive, answers)) / len(answers) == pytest.approx(0.93, abs=0.03)
    assert all(set(r.answers) <= set(DEMO_SURVEY_QUESTIONS) for r in answered)


def test_the_participants_and_measurements_stay_what_they_were(cards: CardLibrary) -> None:
    """Activities come from a stream of their own: a seed's people and measurements are
    the ones it always gave (the export's recorded figures depend on them)."""
    card = cards.get("bip-standard")
    assert card is not None
    parts = []
    for person in generate_demo(card, 40, seed=3, today=TODAY):
        p = person.participant
        reason = None if p.exit_reason is None else p.exit_reason.value
        parts.append(
            repr(
                (
                    p.code,
                    p.name,
                    p.sex.value,
                    p.birth_year,
                    p.referrer,
                    p.municipality,
                    p.coordinator,
                    p.start_date,
                    p.end_date,
                    reason,
                )
            )
        )
        for m in person.measurements:
            answers = sorted(m.answers.items())
            notes = sorted(m.question_notes.items())
            parts.append(repr((m.date.isoformat(), answers, notes, m.note)))
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    # Recorded with the demo as it was before it had activities (seed 3, 2025-06-30).
    assert digest == "564ee13924cc20d55bbbf8db9419376be854da6cf107abe1644f85275ad13d98"


def test_fill_with_demo_stores_activities_and_answers(db: Database) -> None:
    result = fill_with_demo(db, participants=120, seed=4, today=STORAGE_TODAY)
    assert result.activities > 200 and result.surveys > 10
    with db.transaction(write=False) as repo:
        stored = repo.all_activities()
        answered = [code for code in repo.participant_codes() if repo.survey_response(code)]
        work = [p for p in repo.participants() if p.exit_reason is ExitReason.WORK]
    assert sum(len(found) for found in stored.values()) == result.activities
    assert len(answered) == result.surveys
    assert work and all(p.employment is not None and p.exit_branch for p in work)
