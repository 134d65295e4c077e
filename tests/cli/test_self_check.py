"""`bipdesk --self-check`: every step runs on a temporary database; a failure names its step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bipdesk.cli import self_check
from bipdesk.cli.main import main


def test_the_self_check_passes_and_says_what_it_did(qapp: object) -> None:
    lines: list[str] = []
    assert self_check.run_self_check("en", lines.append) == 0
    steps = [line.split(":")[0].strip() for line in lines[1:-1]]
    assert steps == [
        "ok  desktop window",
        "ok  database",
        "ok  migrations",
        "ok  import",
        "ok  translation",
        "ok  user guide",
        "ok  main window",
        "ok  spider chart",
        "ok  sheet PDF",
        "ok  aggregate file",
        "ok  team database driver",
    ]
    assert "3 participants, 5 measurements" in lines[4]
    assert "protected with bipdesk-d2-v1" in lines[-3]
    assert re.search(r"psycopg 3\.\d+\.\d+, libpq \d+\.\d+$", lines[-2])
    assert lines[-1].startswith("self-check passed")


def test_the_self_check_speaks_swedish(qapp: object) -> None:
    lines: list[str] = []
    assert self_check.run_self_check("sv", lines.append) == 0
    assert lines[0].startswith("bipdesk ") and " självkontroll (" in lines[0]
    steps = [line.split(":")[0].strip() for line in lines[1:-1]]
    assert steps[1:4] == ["ok  databas", "ok  migreringar", "ok  import"]
    assert "3 deltagare, 5 mätningar" in lines[4]
    assert "celler, skyddade med bipdesk-d2-v1" in lines[-3]
    assert lines[-2].startswith("  ok  drivrutin för teamdatabas: psycopg ")
    assert lines[-1].startswith("självkontrollen gick igenom på ")


def test_a_failing_step_is_said_in_swedish(
    qapp: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(self_check, "sample_path", lambda: tmp_path / "saknas.csv")
    assert main(["--lang", "sv", "--self-check"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("bipdesk: självkontrollen misslyckades: import: "), error
    assert "saknas.csv" in error and "\n" not in error


def test_a_failing_step_exits_non_zero_with_its_reason(
    qapp: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = tmp_path / "missing.csv"
    monkeypatch.setattr(self_check, "sample_path", lambda: missing)
    assert main(["--self-check"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("bipdesk: self-check failed: import: ")
    assert "missing.csv" in error and "\n" not in error


def test_the_sample_is_shipped_with_the_resources() -> None:
    assert self_check.sample_path().is_file()


@pytest.mark.parametrize(
    ("environ", "platform", "offscreen"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_offscreen_only_where_there_is_no_display(
    environ: dict[str, str], platform: str, offscreen: bool
) -> None:
    assert self_check.needs_offscreen(environ, platform) is offscreen
