"""`bipdesk --help` and `--version` answer at once: neither Qt nor matplotlib is imported.

Each case runs in a fresh interpreter and reports which of the heavy packages
ended up in sys.modules after main() returned (issue 8).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bipdesk.cli.commands import COMMANDS

HEAVY = (
    *("PySide6", "shiboken6", "matplotlib", "numpy", "reportlab", "sqlalchemy", "alembic"),
    *("babel", "platformdirs", "dataclasses", "bipdesk.core", "bipdesk.storage", "bipdesk.io"),
)
"""Packages `--help` must not import; the second row are light ones that still cost
milliseconds `bipdesk --help` (≤ 3× a bare Python in `make bench`) cannot spare."""

_CHILD = """
import contextlib, io, json, sys
from bipdesk.cli.main import main
with contextlib.redirect_stdout(io.StringIO()) as shown:
    try:
        code = main(sys.argv[1:])
    except SystemExit as stop:
        code = stop.code
heavy = [name for name in json.loads(sys.stdin.read()) if name in sys.modules]
print(json.dumps({"code": code, "heavy": heavy, "shown": shown.getvalue()}))
"""


def run_main(*args: str, names: tuple[str, ...] = HEAVY) -> dict[str, object]:
    """main(args) in a fresh interpreter: its exit code, what it printed, and which of
    `names` it imported (as "heavy")."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *args],
        input=json.dumps(names),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_import_no_heavy_package(option: str) -> None:
    result = run_main(option)
    assert result["code"] == 0
    assert "bipdesk" in str(result["shown"])
    assert result["heavy"] == []


COMMAND_MODULES = (
    *sorted({where.partition(":")[0] for _, _, where in COMMANDS}),
    *("bipdesk.cli.errors", "bipdesk.cli.opening", "bipdesk.cli.self_check"),
)
LIGHT = ("typing", "pathlib", "shutil", "bipdesk.messages")
"""What `--help` and `--version` need not import either (bipdesk.cli.commands lists
the commands): each costs 0.5–2.5 ms, where all of `--help` may take 3× Python's start."""


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_import_no_command_module(option: str) -> None:
    result = run_main(option, names=(*COMMAND_MODULES, *LIGHT))
    assert result["code"] == 0
    assert result["heavy"] == []


def test_a_commands_help_imports_only_that_commands_module() -> None:
    result = run_main("import", "--help", names=COMMAND_MODULES)
    assert result["code"] == 0 and "--dry-run" in str(result["shown"])
    imported = result["heavy"]
    assert isinstance(imported, list)
    shared = {"bipdesk.cli.errors", "bipdesk.cli.opening"}  # what every command uses
    assert set(imported) - shared == {"bipdesk.cli.importing"}


def test_a_subcommands_help_imports_no_heavy_package_either() -> None:
    result = run_main("export-aggregate", "--help")
    assert result["code"] == 0 and "--out" in str(result["shown"])
    assert result["heavy"] == []


def test_the_check_sees_a_heavy_import() -> None:
    """The child really reports what main() imported: a command that opens a database does."""
    result = run_main("--db", "/nonexistent/folder/x.db", "sheet", "X", "--out", "/tmp/x.pdf")
    heavy = result["heavy"]
    assert isinstance(heavy, list) and "sqlalchemy" in heavy


def test_the_survey_goal_default_of_the_help_is_the_cores() -> None:
    from bipdesk.cli.aggregate import SUGGESTED_GOAL_PERCENT
    from bipdesk.core.surveys import DEFAULT_GOAL

    assert round(DEFAULT_GOAL * 100) == SUGGESTED_GOAL_PERCENT
