"""The streaming read for the aggregate tables: only what they count, one participant at a time."""

from __future__ import annotations

from datetime import date

from bipdesk.core.cards import CardKey
from bipdesk.storage import Database
from tests.storage.conftest import STANDARD, ended, measurement, participant

SMALL = CardKey("small", 2)


def test_facts_carry_answers_of_the_compared_two_only(db: Database) -> None:
    with db.transaction() as repository:
        repository.add_participant(participant("P001"))
        repository.add_participant(ended("P002"))
        repository.add_participant(participant("P003", birth_year=None, start_date=None))
        for day, health in ((date(2024, 2, 1), 3), (date(2024, 5, 1), 4), (date(2024, 8, 1), 6)):
            answers: dict[str, int | None] = {"health": health, "job_goal": None}
            repository.add_measurement(measurement("P001", day, answers, {"job_goal": "not asked"}))
        repository.add_measurement(
            measurement("P001", date(2024, 5, 1), {"health": 1, "mood": 2}, card=SMALL)
        )
        repository.add_measurement(measurement("P002", date(2025, 1, 1), {"health": 5}))
        repository.add_measurement(measurement("P002", date(2023, 12, 1), {"health": 2}))
    with db.transaction(write=False) as repository:
        found = list(repository.iter_aggregation_facts(STANDARD.id, None, date(2024, 12, 31)))
        keys = repository.record_keys()
    # The record key comes last: each participant's own, as stored.
    assert [facts for facts, _ in found] == [
        ("women", 1985, date(2024, 1, 15), None, None, keys["P001"]),
        ("men", 1985, date(2024, 1, 15), date(2025, 3, 31), "work", keys["P002"]),
        ("women", None, None, None, None, keys["P003"]),
    ]
    assert all(0 <= facts[5] <= 255 for facts, _ in found)
    first, second, third = (measurements for _, measurements in found)
    # Oldest first, every card; answers (answered ones only) for the first and
    # the latest of the card in the period, None for all the others.
    assert [(card, day, answers) for _, card, day, answers in first] == [
        ("bip-standard", date(2024, 2, 1), {"health": 3}),
        ("bip-standard", date(2024, 5, 1), None),
        ("small", date(2024, 5, 1), None),
        ("bip-standard", date(2024, 8, 1), {"health": 6}),
    ]
    assert [(day, answers) for _, _, day, answers in second] == [
        (date(2023, 12, 1), {"health": 2}),  # the only one in the period: first and latest
        (date(2025, 1, 1), None),  # after the period
    ]
    assert third == []
    assert all(isinstance(m[0], int) for m in first + second)
