"""The table of commands (bipdesk.cli.commands): each command's arguments are built
only when it is chosen, and `bipdesk COMMAND --help` and bad arguments answer as
argparse always did (usage, the reason, exit code 2)."""

from __future__ import annotations

import pytest

from bipdesk.cli.commands import COMMANDS
from bipdesk.cli.main import main


def _exit_code(argv: list[str]) -> object:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    return stop.value.code


def test_the_help_lists_every_command_with_its_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # help lines unbroken, as argparse reads the width
    assert _exit_code(["--help"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    for name, help_line, _ in COMMANDS:
        assert f" {name} {help_line} " in shown  # a long name stands on a line of its own


@pytest.mark.parametrize("name", [name for name, _, _ in COMMANDS])
def test_every_command_builds_its_own_help(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_code([name, "--help"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"usage: bipdesk {name} [-h]")
    assert "-h, --help" in shown and len(shown.splitlines()) > 4  # a description too


def test_the_import_help_shows_its_arguments(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    assert _exit_code(["import", "--help"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("usage: bipdesk import [-h] [--dry-run] FILE.csv|FILE.xlsx\n")
    assert "only print what would change" in shown
    assert "Any problem stops the import before anything is written." in shown


def test_a_bad_argument_of_a_command_exits_2_naming_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _exit_code(["demo", "--participants", "0"]) == 2
    assert capsys.readouterr().err == (
        "bipdesk demo: argument --participants: must be 1 or more (see 'bipdesk demo --help')\n"
    )


def test_a_missing_argument_of_a_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_code(["sheet"]) == 2
    assert capsys.readouterr().err == (
        "bipdesk sheet: the following arguments are required: CODE, --out "
        "(see 'bipdesk sheet --help')\n"
    )


def test_an_unknown_option_after_a_command_is_refused_by_bipdesk(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _exit_code(["import", "--nope", "x.csv"]) == 2
    assert capsys.readouterr().err == (
        "bipdesk: unrecognized arguments: --nope (see 'bipdesk --help')\n"
    )


def test_an_unknown_command_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_code(["nope"]) == 2
    error = capsys.readouterr().err
    names = ", ".join(repr(name) for name, _, _ in COMMANDS)
    assert f"argument COMMAND: invalid choice: 'nope' (choose from {names})" in error
    assert error.endswith("(see 'bipdesk --help')\n")


def test_global_options_stand_before_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_code(["--lang", "xx", "check"]) == 2
    assert "argument --lang: invalid choice: 'xx' (choose from 'sv', 'en')" in (
        capsys.readouterr().err
    )


def test_the_card_actions_are_built_with_the_card_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _exit_code(["card", "texts", "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: bipdesk card texts [-h] --lang L --out")
