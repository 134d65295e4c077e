"""Storage errors shown in the app: each type in the app's language, never the CLI's English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication

import bipdesk.storage.cipher
import bipdesk.storage.errors as errors
import bipdesk.storage.team_database as team
import bipdesk.storage.team_errors as team_errors
from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.storage.concurrency import ConcurrentChangeError
from bipdesk.storage.lock import LockHolder
from bipdesk.storage.server_address import AddressError
from bipdesk.ui.storage_messages import storage_message
from bipdesk.ui.translator import install_translator, remove_translators

HOLDER = LockHolder("anna", "LAPTOP-7", 4242, datetime(2026, 12, 1, 8, 30, tzinfo=UTC), "t" * 32)
DB = "/data/bipdesk.db"
BACKUP = "/data/backups/bipdesk-2026-11-30_091500.db"
TEAM = "anna@db.kommun.se/bip"


SAVED_FIRST = datetime(2026, 11, 30, 9, 42, tzinfo=UTC)
"""When a colleague saved what was being edited (a team database, DESIGN §11)."""


def samples() -> dict[type[errors.DatabaseError], list[errors.DatabaseError]]:
    """At least one instance of every storage error type, each variant the UI words apart."""
    return {
        bipdesk.storage.cipher.PassphraseError: [
            bipdesk.storage.cipher.PassphraseError(DB, wrong=True),
            bipdesk.storage.cipher.PassphraseError(DB, wrong=False),
        ],
        errors.NewerSchemaError: [errors.NewerSchemaError(DB, "zz99", "0004")],
        errors.ForeignFileError: [
            errors.ForeignFileError(DB, "it is not an SQLite database", kind)
            for kind in (
                errors.ForeignFileError.NOT_SQLITE,
                errors.ForeignFileError.OTHER_PROGRAM,
                errors.ForeignFileError.NO_VERSION,
                errors.ForeignFileError.UNKNOWN_VERSION,
                "",
            )
        ],
        errors.NotFoundError: [
            errors.NotFoundError("participant 'K-7' does not exist", participant="K-7"),
            errors.NotFoundError(
                "the measurement of 2026-11-22 no longer exists",
                measurement_date=date(2026, 11, 22),
            ),
            errors.NotFoundError("the measurement no longer exists"),
        ],
        errors.DamagedFileError: [
            errors.DamagedFileError(DB, "database disk image is malformed"),
            errors.DamagedFileError(
                DB, "database disk image is malformed", BACKUP, datetime(2026, 11, 30, 9, 15)
            ),
        ],
        errors.LockedError: [
            errors.LockedError(DB, HOLDER.describe(), HOLDER),
            errors.LockedError(DB, "another program"),
        ],
        errors.ReadOnlyError: [
            errors.ReadOnlyError(DB, f"{HOLDER.describe()} is using it", HOLDER),
            errors.ReadOnlyError(DB, "as asked"),
        ],
        errors.MissingFileError: [
            errors.MissingFileError(DB),
            errors.MissingFileError(BACKUP, backup=True),
        ],
        errors.EmptyFileError: [
            errors.EmptyFileError(f"{DB} is empty", DB),
            errors.EmptyFileError(f"{BACKUP} is empty", BACKUP, backup=True),
        ],
        errors.FileAccessError: [
            errors.FileAccessError(f"{DB} cannot be read: Permission denied", DB, "EACCES")
        ],
        errors.BusyError: [errors.BusyError(DB)],
        errors.SaveFailedError: [
            errors.SaveFailedError(DB, "disk I/O error"),
            errors.SaveFailedError(DB, "database disk image is malformed", damaged=True),
        ],
        errors.ClosedError: [errors.ClosedError(DB)],
        errors.UpgradeError: [
            errors.UpgradeError(f"{DB} could not be upgraded", DB, "0001", "0004")
        ],
        errors.NotEncryptedError: [errors.NotEncryptedError(DB)],
        errors.WeakPassphraseError: [errors.WeakPassphraseError(8)],
        errors.NotEmptyError: [errors.NotEmptyError(DB, 12)],
        errors.NoFileError: [errors.NoFileError(TEAM)],
        team.ServerUnreachableError: [
            team.ServerUnreachableError(TEAM, "connection refused"),
            team.ServerUnreachableError(TEAM, "connection refused", saving=False),
        ],
        team.NoServerDatabaseError: [team.NoServerDatabaseError(TEAM, "bip")],
        team.CodeTakenError: [
            team.CodeTakenError(TEAM, 'duplicate key value violates unique constraint "x"')
        ],
        team.AccessRefusedError: [
            team.AccessRefusedError(TEAM, "new row violates row-level security policy")
        ],
        team.PasswordError: [team.PasswordError(TEAM, wrong=True), team.PasswordError(TEAM, False)],
        team.NotTeamDatabaseError: [
            team.NotTeamDatabaseError(TEAM, None, "0007"),
            team.NotTeamDatabaseError(TEAM, "0005", "0007"),
        ],
        **team_access_samples(),
        ConcurrentChangeError: [
            ConcurrentChangeError("P-0001", "Bo Ek", SAVED_FIRST),
            ConcurrentChangeError(
                "P-0001", "Bo Ek", SAVED_FIRST, measurement_date=date(2026, 9, 1)
            ),
            ConcurrentChangeError("P-0001", None, None),
            ConcurrentChangeError("P-0001", None, None, measurement_date=date(2026, 9, 1)),
        ],
        AddressError: [
            AddressError(
                "postgresql://db.kommun.se/bip",
                QT_TRANSLATE_NOOP("storage", "the login is missing (LOGIN@HOST/DATABASE)"),
            )
        ],
    }


def team_access_samples() -> dict[type[errors.DatabaseError], list[errors.DatabaseError]]:
    """The refusals of a team database's access rules (each names who and what)."""
    return {
        team_errors.TeamAccessError: [
            team_errors.TeamAccessError(
                QT_TRANSLATE_NOOP("team", "participant {code} is in unit {unit} already").format(
                    code="N1", unit="Norr"
                )
            )
        ],
        team_errors.NotOwnerError: [team_errors.NotOwnerError("anna", "bip", "it_owner")],
        team_errors.MissingRolesError: [
            team_errors.MissingRolesError("it_owner", ["bipdesk_lead"])
        ],
        team_errors.NotAllowedError: [
            team_errors.NotAllowedError(
                QT_TRANSLATE_NOOP(
                    "team",
                    "{caller} is not a lead of unit {unit}; only a lead hands participants over",
                ).format(caller="anna", unit="Norr")
            )
        ],
        team_errors.UnknownLoginError: [team_errors.UnknownLoginError("bertil")],
        team_errors.NoAccessError: [team_errors.NoAccessError("bertil", TEAM)],
        team_errors.UnknownUnitError: [team_errors.UnknownUnitError("Väst")],
        team_errors.NotMemberError: [
            team_errors.NotMemberError("bertil", "Norr"),
            team_errors.NotMemberError("bertil", None),
        ],
        team_errors.UnknownRoleError: [team_errors.UnknownRoleError("boss")],
        team_errors.UnknownParticipantError: [team_errors.UnknownParticipantError("N7", "anna")],
        team_errors.CodesTakenError: [team_errors.CodesTakenError(TEAM, ["N1", "N2"])],
    }


def all_subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        if sub.__module__.startswith("bipdesk."):
            found |= {sub} | all_subclasses(sub)
    return found


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "sv")
    yield
    remove_translators(qapp)
    install_translator(qapp, "en")


def test_every_storage_error_type_has_samples() -> None:
    # A new error type must be worded for the app (and added here) before it ships.
    assert all_subclasses(errors.DatabaseError) == set(samples())


def test_every_storage_error_renders_in_swedish(qapp: QApplication, swedish: None) -> None:
    seen: set[str] = set()
    for kind, instances in samples().items():
        for error in instances:
            swedish_text = storage_message(error)
            remove_translators(qapp)
            install_translator(qapp, "en")
            english_text = storage_message(error)
            remove_translators(qapp)
            install_translator(qapp, "sv")
            assert swedish_text != english_text, f"{kind.__name__}: no Swedish: {swedish_text}"
            assert str(error) not in swedish_text, kind.__name__  # never the CLI's English
            assert "nothing" not in swedish_text and "the file" not in swedish_text
            assert swedish_text not in seen, f"{kind.__name__}: two variants read the same"
            seen.add(swedish_text)


def test_swedish_texts_carry_the_structured_fields(swedish: None) -> None:
    damaged = errors.DamagedFileError(DB, "x", BACKUP, datetime(2026, 11, 30, 9, 15))
    text = storage_message(damaged)
    assert "bipdesk.db är skadad" in text
    assert "bipdesk-2026-11-30_091500.db från 30 nov. 2026 09:15" in text
    locked = storage_message(errors.LockedError(DB, HOLDER.describe(), HOLDER))
    assert "anna" in locked and "LAPTOP-7" in locked and "används av" in locked
    gone = storage_message(errors.NotFoundError("x", measurement_date=date(2026, 11, 22)))
    assert "22 nov. 2026" in gone
    assert "K-7" in storage_message(errors.NotFoundError("x", participant="K-7"))
    assert "minst 8 tecken" in storage_message(errors.WeakPassphraseError(8))


def test_an_unknown_error_still_gives_a_translated_sentence_with_the_detail(
    swedish: None,
) -> None:
    class OddError(errors.DatabaseError):
        pass

    odd = storage_message(OddError("the moon is in the way"))
    assert odd.startswith("Något gick fel med databasen; ingenting sparades.")
    assert "Detaljer för it-supporten: the moon is in the way" in odd
    other = storage_message(RuntimeError("boom"))
    assert other.startswith("Något gick fel; ingenting sparades.") and "boom" in other
    disk = storage_message(PermissionError(13, "Permission denied", "/media/usb/chart.png"))
    assert disk.startswith("/media/usb/chart.png kunde inte läsas eller skrivas")


def test_english_texts_are_plain_and_name_the_file() -> None:
    text = storage_message(errors.BusyError(DB))
    assert text.startswith("bipdesk.db is busy") and "nothing was saved" in text
