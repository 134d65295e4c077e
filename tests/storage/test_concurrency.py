"""Two people saving the same participant or measurement at once (DESIGN §11): the
second save is refused naming who saved first and when; nothing is overwritten.

Each test runs on a plain file, an encrypted one and a team database (the `db`
fixture); the second person is a second Database on the same data, as a second
computer (PostgreSQL) or a second program (SQLite) would be.
"""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bipdesk.core.cards import CardLibrary
from bipdesk.core.history import SOURCE_APP, Editor
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant
from bipdesk.storage import Database, open_database
from bipdesk.storage.concurrency import ConcurrentChangeError
from bipdesk.storage.engine import create_database_engine
from bipdesk.storage.errors import NotFoundError
from tests.storage.conftest import PASSPHRASE, measurement, participant, today

ANNA = Editor("Anna Lind", SOURCE_APP)
BO = Editor("Bo Ek", SOURCE_APP)


def second_person(db: Database, editor: Editor) -> Database:
    """Another connection to the same data, saving as `editor` (the writer lock
    of a laptop file is bypassed: the versions must hold without it)."""
    server = db.server
    if server is not None:
        from bipdesk.storage.team_database import open_team_database

        other: Database = open_team_database(server, db.cards, today)
    else:
        passphrase = db.passphrase
        engine = create_database_engine(
            db.path, key=None if passphrase is None else (lambda: passphrase)
        )
        other = Database(db.path, engine, db.cards, today)
    other.editor = editor
    return other


def stored_participant(db: Database, code: str = "P001") -> Participant:
    with db.transaction(write=False) as repository:
        found = repository.participant(code)
    assert found is not None
    return found


def stored_measurement(db: Database, code: str = "P001") -> Measurement:
    with db.transaction(write=False) as repository:
        (found,) = repository.measurements(code)
    return found


def newest_edit_time(db: Database, code: str = "P001") -> object:
    with db.transaction(write=False) as repository:
        return repository.history(code)[0].when


@pytest.fixture
def two(db: Database) -> Any:
    """Anna (`db`) and Bo (a second connection), with participant P001 and one
    measurement, both read by each of them before either saves."""
    db.editor = ANNA
    with db.transaction() as repository:
        repository.add_participant(participant())
        repository.add_measurement(measurement())
    other = second_person(db, BO)
    yield db, other
    other.close()


def test_what_is_read_carries_its_version_and_each_save_counts_it_up(two: Any) -> None:
    anna, _bo = two
    first = stored_participant(anna)
    assert first.version == 1
    assert stored_measurement(anna).version == 1
    with anna.transaction() as repository:
        saved = repository.update_participant(replace(first, name="Anna A"))
        again = repository.update_participant(replace(saved, name="Anna B"))
    assert (saved.version, again.version) == (2, 3)
    assert stored_participant(anna).version == 3
    with anna.transaction() as repository:
        changed = repository.update_measurement(replace(stored_measurement(anna), note="second"))
    assert changed.version == 2 == stored_measurement(anna).version
    # The version is no part of what a participant or a measurement is.
    assert replace(first, name="Anna B") == stored_participant(anna)
    assert hash(replace(first, name="Anna B")) == hash(stored_participant(anna))
    assert replace(stored_measurement(anna), version=7) == stored_measurement(anna)


def test_the_second_save_of_a_participant_is_refused_naming_the_first(two: Any) -> None:
    anna, bo = two
    annas = stored_participant(anna)
    bos = stored_participant(bo)
    with bo.transaction() as repository:
        repository.update_participant(replace(bos, municipality="Lund"))
    with pytest.raises(ConcurrentChangeError) as refused, anna.transaction() as repository:
        repository.update_participant(replace(annas, municipality="Ystad"))
    assert refused.value.editor == "Bo Ek"
    assert refused.value.changed_at == newest_edit_time(anna)
    assert refused.value.participant == "P001"
    assert refused.value.measurement_date is None
    assert str(refused.value).startswith("Bo Ek changed participant P001 at ")
    now = stored_participant(anna)
    assert (now.municipality, now.version) == ("Lund", 2)
    with anna.transaction() as repository:
        assert [e.by for e in repository.history("P001")[:1]] == ["Bo Ek"]
    # Read again, Anna's change is saved over Bo's, knowingly.
    with anna.transaction() as repository:
        saved = repository.update_participant(replace(now, municipality="Ystad"))
    assert saved.version == 3
    assert stored_participant(bo).municipality == "Ystad"


def test_the_second_save_of_a_measurement_is_refused_naming_the_first(two: Any) -> None:
    anna, bo = two
    annas = stored_measurement(anna)
    bos = stored_measurement(bo)
    with bo.transaction() as repository:
        repository.update_measurement(replace(bos, answers={**bos.answers, "health": 9}))
    with pytest.raises(ConcurrentChangeError) as refused, anna.transaction() as repository:
        repository.update_measurement(replace(annas, note="Anna's note"))
    assert refused.value.editor == "Bo Ek"
    assert refused.value.changed_at == newest_edit_time(anna)
    assert refused.value.measurement_date == date(2024, 2, 1)
    now = stored_measurement(anna)
    assert (now.answers["health"], now.note, now.version) == (9, "first meeting", 2)


def test_a_save_that_changes_nothing_is_not_refused(two: Any) -> None:
    """Nothing would be overwritten: the save returns what is stored, version included."""
    anna, bo = two
    annas = stored_participant(anna)
    with bo.transaction() as repository:
        repository.update_participant(replace(stored_participant(bo), referrer="Kommunen"))
    with anna.transaction() as repository:
        same = repository.update_participant(replace(annas, referrer="Kommunen"))
    assert same.version == 2


def test_deleting_what_someone_changed_meanwhile_is_refused(two: Any) -> None:
    anna, bo = two
    annas = stored_measurement(anna)
    with bo.transaction() as repository:
        repository.update_measurement(replace(stored_measurement(bo), note="Bo's"))
    with pytest.raises(ConcurrentChangeError, match="Bo Ek"), anna.transaction() as repository:
        assert annas.id is not None
        repository.delete_measurement(annas.id, annas.version)
    assert stored_measurement(anna).note == "Bo's"
    fresh = stored_measurement(anna)
    assert fresh.id is not None
    with anna.transaction() as repository:
        repository.delete_measurement(fresh.id, fresh.version)
    with pytest.raises(NotFoundError), bo.transaction() as repository:
        repository.delete_measurement(fresh.id, fresh.version)
    old = stored_participant(anna)
    with bo.transaction() as repository:
        repository.update_participant(replace(stored_participant(bo), name="Bo's"))
    with pytest.raises(ConcurrentChangeError), anna.transaction() as repository:
        repository.delete_participant("P001", old.version)
    assert stored_participant(anna).name == "Bo's"


def test_a_coordinators_view_counts_as_a_save_of_its_measurement(two: Any) -> None:
    anna, bo = two
    annas = stored_measurement(anna)
    with bo.transaction() as repository:
        claimed = repository.claim_measurement(stored_measurement(bo))
    assert claimed.version == 2
    with pytest.raises(ConcurrentChangeError), anna.transaction() as repository:
        repository.claim_measurement(annas)
    assert stored_measurement(anna).version == 2


def test_without_a_version_a_save_is_written_as_before(two: Any) -> None:
    """An object not read from a database (the importer's, a test's) has no version."""
    anna, bo = two
    with bo.transaction() as repository:
        repository.update_participant(replace(stored_participant(bo), name="Bo's"))
    unread = replace(stored_participant(anna), name="Imported", version=None)
    with anna.transaction() as repository:
        saved = repository.update_participant(unread)
    assert (saved.version, stored_participant(bo).name) == (3, "Imported")


def _save_at_once(
    people: list[Database], save: Any, read: Any
) -> tuple[list[str], list[ConcurrentChangeError]]:
    """Each person reads, then all save at the same moment, each in a thread of
    their own; returns who succeeded and the refusals."""
    everyone_read = threading.Barrier(len(people))
    saved: list[str] = []
    refused: list[ConcurrentChangeError] = []
    lock = threading.Lock()

    def work(person: Database) -> None:
        found = read(person)
        everyone_read.wait()
        try:
            with person.transaction() as repository:
                save(repository, found, person.editor.name)
        except ConcurrentChangeError as error:
            with lock:
                refused.append(error)
            return
        with lock:
            saved.append(person.editor.name)

    threads = [threading.Thread(target=work, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return saved, refused


def test_two_saves_of_a_participant_at_once_one_wins(two: Any) -> None:
    anna, bo = two
    saved, refused = _save_at_once(
        [anna, bo],
        lambda r, p, who: r.update_participant(replace(p, coordinator=who)),
        stored_participant,
    )
    assert len(saved) == 1 and len(refused) == 1
    assert refused[0].editor == saved[0]
    now = stored_participant(anna)
    assert (now.coordinator, now.version) == (saved[0], 2)


def test_two_saves_of_a_measurement_at_once_one_wins(two: Any) -> None:
    anna, bo = two
    saved, refused = _save_at_once(
        [anna, bo],
        lambda r, m, who: r.update_measurement(replace(m, note=who)),
        stored_measurement,
    )
    assert len(saved) == 1 and len(refused) == 1
    assert refused[0].editor == saved[0]
    now = stored_measurement(anna)
    assert (now.note, now.version) == (saved[0], 2)


def _save_in_a_process(
    path: str, passphrase: str | None, name: str, barrier: Any, results: Any
) -> None:
    """A second program on the same file: read, wait for the other, save."""
    from bipdesk import paths
    from bipdesk.core.cards import card_from_mapping
    from bipdesk.io.cards import load_cards
    from tests.storage.conftest import SMALL_CARD

    cards = load_cards([paths.builtin_cards_dir()])
    cards.add(card_from_mapping(SMALL_CARD, "tests"))
    engine = create_database_engine(path, key=None if passphrase is None else (lambda: passphrase))
    with Database(Path(path), engine, cards, today) as database:
        database.editor = Editor(name, SOURCE_APP)
        found = stored_participant(database)
        barrier.wait()
        try:
            with database.transaction() as repository:
                repository.update_participant(replace(found, coordinator=name))
        except ConcurrentChangeError as error:
            results.put(("refused", error.editor))
            return
        results.put(("saved", name))


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_two_programs_saving_a_file_at_once_one_wins(
    passphrase: str | None, db_path: Path, cards: CardLibrary
) -> None:
    with open_database(db_path, cards, today, passphrase=passphrase) as db:
        with db.transaction() as repository:
            repository.add_participant(participant())
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(2)
        results = context.Queue()
        processes = [
            context.Process(
                target=_save_in_a_process,
                args=(str(db_path), passphrase, name, barrier, results),
            )
            for name in ("Anna Lind", "Bo Ek")
        ]
        for process in processes:
            process.start()
        outcome = sorted(results.get(timeout=120) for _ in processes)
        for process in processes:
            process.join()
        (refused, by), (saved, winner) = outcome
        assert (refused, saved) == ("refused", "saved")
        assert by == winner
        now = stored_participant(db)
        assert (now.coordinator, now.version) == (winner, 2)
