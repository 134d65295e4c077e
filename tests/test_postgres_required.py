"""The PostgreSQL tests skip on a machine without the server and fail the run under CI=true."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import postgres_server
from tests.postgres_required import PostgresTally, under_ci, verdict
from tests.postgres_server import BINDIR_VARIABLE, UNAVAILABLE, ServerUnavailable, find_bindir

ROOT = Path(__file__).resolve().parent.parent
MISSING = f"Skipped: {UNAVAILABLE}: no initdb, pg_ctl and postgres found"


def test_outside_ci_nothing_fails_the_run() -> None:
    tally = PostgresTally(selected=4, skipped_for_server=4, reason=MISSING)
    assert verdict(tally, ci=False) is None


def test_under_ci_a_skip_for_want_of_the_server_fails_the_run() -> None:
    reason = f"{UNAVAILABLE}: no initdb, pg_ctl and postgres found"
    tally = PostgresTally(selected=4, ran=3, skipped_for_server=1, reason=reason)
    line = verdict(tally, ci=True)
    assert line is not None
    assert line == (
        "CI=true: 1 PostgreSQL test(s) skipped, but in CI they must run. "
        f"{UNAVAILABLE}: no initdb, pg_ctl and postgres found"
    )


def test_under_ci_selected_tests_of_which_none_ran_fail_the_run() -> None:
    line = verdict(PostgresTally(selected=2), ci=True)
    assert line == "CI=true: none of the 2 selected PostgreSQL test(s) ran"


def test_under_ci_a_run_that_ran_them_or_selected_none_passes() -> None:
    assert verdict(PostgresTally(selected=2, ran=2), ci=True) is None
    assert verdict(PostgresTally(selected=0), ci=True) is None


def test_the_tally_counts_runs_and_only_the_skips_for_want_of_the_server() -> None:
    tally = PostgresTally(selected=3)
    said = [
        tally.record("setup", "passed", ""),
        tally.record("call", "passed", ""),
        tally.record("call", "failed", "AssertionError"),
        tally.record("setup", "skipped", "Skipped: needs Windows"),
        tally.record("setup", "skipped", MISSING),
    ]
    assert said == [False, False, False, False, True]
    assert (tally.ran, tally.skipped_for_server) == (2, 1)
    assert tally.reason == f"{UNAVAILABLE}: no initdb, pg_ctl and postgres found"


@pytest.mark.parametrize(
    ("value", "expected"), [("true", True), ("1", True), ("TRUE", True), ("", False), ("0", False)]
)
def test_ci_is_read_from_the_environment(value: str, expected: bool) -> None:
    assert under_ci({"CI": value}) is expected


def test_a_folder_without_the_binaries_is_a_missing_server(tmp_path: Path) -> None:
    with pytest.raises(ServerUnavailable, match=f"^{UNAVAILABLE}: {BINDIR_VARIABLE}="):
        find_bindir({BINDIR_VARIABLE: str(tmp_path)})


def test_as_root_without_a_user_to_run_the_server_as_it_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pwd = pytest.importorskip("pwd")
    for program in ("initdb", "pg_ctl", "postgres"):
        (tmp_path / program).write_text("#!/bin/sh\n", encoding="utf-8")
        (tmp_path / program).chmod(0o755)
    assert find_bindir({BINDIR_VARIABLE: str(tmp_path)}) == tmp_path

    def no_such_user(name: str) -> object:
        raise KeyError(name)

    monkeypatch.setattr(postgres_server, "_is_root", lambda: True)
    monkeypatch.setattr(pwd, "getpwnam", no_such_user)
    with (
        pytest.raises(
            ServerUnavailable, match="runuser or the user 'postgres' to run it as is missing"
        ),
        postgres_server.running_server({BINDIR_VARIABLE: str(tmp_path)}),
    ):
        pass


def _run_postgres_tests_without_server(
    tmp_path: Path, ci: bool
) -> subprocess.CompletedProcess[str]:
    """The suite's own PostgreSQL tests in a child pytest, with the binaries hidden."""
    environ = {k: v for k, v in os.environ.items() if k != "CI" and not k.startswith("PYTEST_")}
    environ[BINDIR_VARIABLE] = str(tmp_path)
    if ci:
        environ["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/storage/test_postgres_server.py"],
        cwd=ROOT, env=environ, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip


def test_without_the_server_the_postgresql_tests_skip_with_one_reason(tmp_path: Path) -> None:
    done = _run_postgres_tests_without_server(tmp_path, ci=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 skipped" in done.stdout
    skips = [line for line in done.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skips) == 1, done.stdout
    assert f"{UNAVAILABLE}: {BINDIR_VARIABLE}=" in skips[0]
    assert "CI=true" not in done.stdout


def test_under_ci_without_the_server_the_run_fails_saying_why(tmp_path: Path) -> None:
    done = _run_postgres_tests_without_server(tmp_path, ci=True)
    assert done.returncode == pytest.ExitCode.TESTS_FAILED, done.stdout + done.stderr
    assert "4 skipped" in done.stdout
    assert (
        f"CI=true: 4 PostgreSQL test(s) skipped, but in CI they must run. {UNAVAILABLE}: "
        f"{BINDIR_VARIABLE}='{tmp_path}' holds no initdb, pg_ctl and postgres"
    ) in done.stdout
