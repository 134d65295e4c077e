"""Fixtures for the storage tests: a fixed 'today', the built-in cards, a fresh file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bipdesk import paths
from bipdesk.core.cards import CardKey, CardLibrary, card_from_mapping
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import ExitReason, Participant, Sex
from bipdesk.io.cards import load_cards
from bipdesk.storage import Database, open_database

TODAY = date(2025, 6, 1)
STANDARD = CardKey("bip-standard", 1)

SMALL_CARD = {
    "id": "small",
    "version": 2,
    "title": {"sv": "Litet kort"},
    "scale": {"min": 0, "max": 4, "min_label": {"sv": "Inte alls"}, "max_label": {"sv": "Helt"}},
    "questions": [
        {"id": "health", "area": "health", "text": {"sv": "Hälsa?"}, "label": {"sv": "Hälsa"}},
        {"id": "mood", "area": "social", "text": {"sv": "Humör?"}, "label": {"sv": "Humör"}},
    ],
}


def today() -> date:
    return TODAY


@pytest.fixture(scope="session")
def cards() -> CardLibrary:
    """The built-in cards only (never the user's cards folder) plus a small test card."""
    library = load_cards([paths.builtin_cards_dir()])
    library.add(card_from_mapping(SMALL_CARD, "tests"))
    return library


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bipdesk.db"


PASSPHRASE = "kaffe och kanelbulle"


PLAIN_ONLY = {"test_privacy"}
"""Modules whose tests read the file's plaintext bytes, which encryption hides by design."""

FILE_ONLY = {
    # What the laptop file itself does: its PRAGMAs and catalogue (sqlite_master),
    # its bytes on disk after an erasure, its backups.
    # A team database's storage is the server's.
    "test_database": {"test_pragmas_are_set_on_every_connection", "test_ddl_is_transactional"},
    "test_privacy": {"test_erasure_removes_every_row_and_every_byte"},
    "test_record_keys": {"test_backup_and_restore_keep_the_keys"},
}
"""Tests given `db` that are about the SQLite file, not the queries: not on PostgreSQL
('*': the whole module)."""


def _kinds(metafunc: pytest.Metafunc) -> list[object]:
    module = metafunc.module.__name__.split(".")[-1]
    file_only = FILE_ONLY.get(module, set())
    kinds: list[object] = ["plain"]
    if module not in PLAIN_ONLY:
        kinds.append("encrypted")
    if "*" not in file_only and metafunc.function.__name__ not in file_only:
        kinds.append(pytest.param("postgresql", marks=pytest.mark.postgresql))
    return kinds


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db" in metafunc.fixturenames:
        metafunc.parametrize("db", _kinds(metafunc), indirect=True)


@pytest.fixture
def db(
    request: pytest.FixtureRequest,
    db_path: Path,
    cards: CardLibrary,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Database]:
    """A fresh database, plain, encrypted (SQLCipher) and a team database on
    PostgreSQL: the storage tests hold for all three. Reopening an encrypted one
    finds its passphrase."""
    kind = getattr(request, "param", "plain")
    if kind == "postgresql":
        from bipdesk.storage.team_database import open_team_database

        address = request.getfixturevalue("team_address")
        with open_team_database(address, cards, today) as team:
            yield team
        return
    passphrase = PASSPHRASE if kind == "encrypted" else None
    if passphrase is not None:
        from bipdesk.storage import cipher

        monkeypatch.setattr(cipher, "_source", lambda path: PASSPHRASE)
    database = open_database(db_path, cards, today, passphrase=passphrase)
    yield database
    database.close()


def participant(code: str = "P001", **fields: object) -> Participant:
    values: dict[str, object] = {
        "name": "Anna Andersson",
        "sex": Sex.WOMEN,
        "birth_year": 1985,
        "referrer": "Arbetsförmedlingen",
        "municipality": "Malmö",
        "unit": "Delprojekt Syd",
        "coordinator": "Kim",
        "start_date": date(2024, 1, 15),
    }
    values.update(fields)
    return Participant(code, **values)  # type: ignore[arg-type]


def ended(code: str = "P002") -> Participant:
    return participant(code, end_date=date(2025, 3, 31), exit_reason=ExitReason.WORK, sex=Sex.MEN)


def measurement(
    code: str = "P001",
    day: date = date(2024, 2, 1),
    answers: dict[str, int | None] | None = None,
    notes: dict[str, str] | None = None,
    note: str | None = "first meeting",
    card: CardKey = STANDARD,
) -> Measurement:
    if answers is None:
        answers = {
            "job_search_knowhow": 3,
            "skills_at_work": 4,
            "manage_a_job": None,
            "time_in_everyday_life": 6,
            "health": 5,
            "social_support": 7,
            "contact_strangers": 2,
            "cooperation": 8,
            "manage_studies": None,
            "job_goal": 1,
        }
    return Measurement(code, card, day, answers, notes or {}, note)
