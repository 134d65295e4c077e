"""Shared fixtures. Every test runs headless and away from the user's real data folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Generator, Iterator
from contextlib import ExitStack
from datetime import date
from pathlib import Path

import pytest

from tests.postgres_required import (
    MARKER,
    SERVER_FIXTURES,
    SKIP_LOCATION,
    PostgresTally,
    under_ci,
    verdict,
)
from tests.postgres_server import PostgresServer, ServerUnavailable, running_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_ISOLATED_HOME = tempfile.mkdtemp(prefix="bipdesk-tests-")
os.environ["XDG_DATA_HOME"] = _ISOLATED_HOME
os.environ["XDG_CONFIG_HOME"] = _ISOLATED_HOME
os.environ.pop("BIPDESK_DB", None)

TODAY = date(2026, 11, 23)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def database(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh database: a laptop file, or (tests/io, tests/reports: `BOTH_ENGINES`) a
    team database on PostgreSQL as well."""
    from bipdesk.io.cards import default_cards
    from bipdesk.storage import open_database

    if getattr(request, "param", "sqlite") == "postgresql":
        from bipdesk.storage.team_database import open_team_database

        address = request.getfixturevalue("team_address")
        with open_team_database(address, default_cards(), today=lambda: TODAY) as team:
            yield team
        return
    with open_database(tmp_path / "bipdesk.db", default_cards(), today=lambda: TODAY) as db:
        yield db


BOTH_ENGINES = ("io", "reports")
"""The test folders whose `database` is a laptop file and a team database in turn:
imports, exports and reports read the same through either (DESIGN §11)."""


FILE_ONLY = {
    # They run the command line on the file's path (`--db FILE`); the command
    # line on a server address is the team commands' tests' concern.
    "test_cli_sheet_writes_a_pdf_and_refuses_unknown_codes",
    "test_cli_sheet_of_a_participant_with_activities_and_no_measurement",
    # It traces the statements with sqlite3's own trace callback (the export reads
    # through DB-API cursors, which SQLAlchemy's events do not see).
    "test_the_aggregate_export_never_reads_the_history",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    folder = Path(str(metafunc.definition.path)).parent.name
    if "database" in metafunc.fixturenames and folder in BOTH_ENGINES:
        engines: list[object] = ["sqlite"]
        if metafunc.function.__name__ not in FILE_ONLY:
            engines.append(pytest.param("postgresql", marks=pytest.mark.postgresql))
        metafunc.parametrize("database", engines, indirect=True)


@pytest.fixture(autouse=True)
def _language_stays_put() -> Iterator[None]:
    """A test that switches the app to Swedish must not leave the next one in Swedish.

    The language lives in process-wide state (Qt's default locale and the
    application's translators), so it is put back after every test that
    changed it, whatever that test forgot to undo.
    """
    import sys

    qt_core = sys.modules.get("PySide6.QtCore")
    before = qt_core.QLocale().name() if qt_core is not None else None
    yield
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:
        return
    locale = qt_core.QLocale
    if before is None:  # Qt came in during the test: its default is the system's
        before = locale.system().name()
    if locale().name() != before:
        locale.setDefault(locale(before))
        app = qt_core.QCoreApplication.instance()
        if app is not None:
            from bipdesk.ui.translator import remove_translators

            remove_translators(app)


@pytest.fixture(autouse=True)
def _garbage_between_tests() -> Iterator[None]:
    """Where the app's collector turned automatic collection off (a QApplication made
    in this process, see bipdesk.ui.garbage), collect what is due between tests too:
    tests that run no event loop never give its timer a turn."""
    yield
    import gc
    import sys

    garbage = sys.modules.get("bipdesk.ui.garbage")
    if garbage is not None and not gc.isenabled():
        garbage.collect_if_due()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the session (tests/postgres_server.py); skips without one."""
    with ExitStack() as stack:
        try:
            server = stack.enter_context(running_server())
        except ServerUnavailable as missing:
            pytest.skip(str(missing))
        yield server


@pytest.fixture(scope="module")
def own_server() -> Iterator[PostgresServer]:
    """A server of the test module's own, for tests that stop and start it (a lost
    connection); the session's server stays up for everyone else."""
    with ExitStack() as stack:
        try:
            server = stack.enter_context(running_server())
        except ServerUnavailable as missing:
            pytest.skip(str(missing))
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh database of the test's own, dropped afterwards; its SQLAlchemy URL."""
    url = postgres_server.new_database(request.node.name)
    yield url
    postgres_server.drop_database(url)


@pytest.fixture(scope="session")
def team_template(postgres_server: PostgresServer) -> str:
    """One database of the session migrated to head by the migration chain (as `team
    init` does, never create_all), copied by `team_address` for each test."""
    from tests.team_databases import migrated_template

    return migrated_template(postgres_server)


@pytest.fixture
def team_address(
    postgres_server: PostgresServer, team_template: str, request: pytest.FixtureRequest
) -> Iterator[object]:
    """The ServerAddress of a fresh team database at head (a copy of `team_template`)."""
    from tests.team_databases import copy_of

    address = copy_of(postgres_server, team_template, request.node.name)
    yield address
    postgres_server.drop_database(address.database)


_POSTGRES_TALLY = pytest.StashKey[PostgresTally]()
_POSTGRES_VERDICT = pytest.StashKey[str]()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that uses the server is a PostgreSQL test, marked or not (before -m selects)."""
    for item in items:
        if SERVER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(MARKER)


def pytest_collection_finish(session: pytest.Session) -> None:
    selected = sum(1 for item in session.items if item.get_closest_marker(MARKER))
    session.config.stash[_POSTGRES_TALLY] = PostgresTally(selected=selected)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item,
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report: pytest.TestReport = yield
    tally = item.config.stash.get(_POSTGRES_TALLY, None)
    if tally is not None and item.get_closest_marker(MARKER):
        skipped = report.longrepr if isinstance(report.longrepr, tuple) else None
        reason = report.longreprtext if skipped is None else skipped[2]
        if tally.record(report.when, report.outcome, reason) and skipped is not None:
            report.longrepr = (SKIP_LOCATION, None, reason)
    return report


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Under CI=true, PostgreSQL tests that were skipped or never ran fail the run."""
    tally = session.config.stash.get(_POSTGRES_TALLY, None)
    line = None if tally is None else verdict(tally, under_ci())
    if line is not None:
        session.config.stash[_POSTGRES_VERDICT] = line
        if session.exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    line = config.stash.get(_POSTGRES_VERDICT, None)
    if line is not None:
        terminalreporter.write_line(line, red=True, bold=True)
