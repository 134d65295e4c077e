"""`bipdesk --db URL team …`, `copy-to` and `--db URL` itself (issue 21), through main()."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bipdesk.cli.main import main
from bipdesk.cli.opening import _CommandAnswers, ask_password
from bipdesk.cli.prompting import set_prompt_language
from bipdesk.io.cards import default_cards
from bipdesk.storage import schema
from bipdesk.storage.server_address import ServerAddress
from tests.postgres_server import PostgresServer
from tests.storage.test_team_copy import make_laptop_file
from tests.team_support import NORR, SODER, Team, drop_team, make_team, seed, team

__all__ = ["team"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, " ".join(out.split()), " ".join(err.split())


@pytest.mark.postgresql
def test_the_owner_inits_and_an_admin_then_a_lead_manage_members(
    postgres_server: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    team = make_team(postgres_server, "cli_init", init=False)
    try:
        owner = team.url(team.owner)
        code, out, err = run(capsys, "--lang", "en", "--db", owner, "team", "init")
        assert (code, err) == (0, "")
        where = team.address(team.owner).display()
        head = schema.head_revision()
        assert f"{where} is a BIP Desk team database at schema {head}" in out
        assert "created the group roles bipdesk_coordinator, bipdesk_lead, bipdesk_admin" in out
        code, out, _ = run(capsys, "--lang", "en", "--db", owner, "team", "init")
        assert code == 0 and "created the group roles" not in out  # again: nothing new

        assert (
            run(capsys, "--db", owner, "team", "add-member", team.admin, "--role", "admin")[0] == 0
        )
        admin = team.url(team.admin)
        code, out, _ = run(
            capsys, "--lang", "sv", "--db", admin, "team", "add-member", team.lead,
            "--unit", NORR, "--role", "lead",
        )  # fmt: skip
        assert code == 0
        assert out == f"skapade enheten Norr {team.lead} är nu enhetsansvarig för enheten Norr"
        lead = team.url(team.lead)
        code, out, _ = run(
            capsys, "--lang", "en", "--db", lead, "team", "add-member", team.norr,
            "--unit", NORR, "--role", "coordinator",
        )  # fmt: skip
        assert (code, out) == (0, f"{team.norr} is now a coordinator of unit Norr")
        code, out, err = run(
            capsys, "--lang", "en", "--db", lead, "team", "add-member", team.soder,
            "--unit", SODER, "--role", "coordinator",
        )  # fmt: skip
        assert code == 1
        assert err == f"bipdesk: {team.lead} may not create unit Söder; only an admin creates units"
        code, out, _ = run(capsys, "--lang", "en", "--db", lead, "team", "members")
        assert out == f"{team.norr}: coordinator of unit Norr {team.lead}: lead of unit Norr"
        code, out, _ = run(capsys, "--lang", "sv", "--db", admin, "team", "members")
        assert out == (
            f"{team.admin}: administratör {team.norr}: koordinator för enheten Norr "
            f"{team.lead}: enhetsansvarig för enheten Norr"
        )
        code, out, _ = run(
            capsys, "--lang", "en", "--db", lead, "team", "remove-member", team.norr, "--unit", NORR
        )
        assert (code, out) == (0, f"{team.norr} is no longer a member of unit Norr")
        code, out, err = run(capsys, "--lang", "en", "--db", team.url(team.norr), "team", "members")
        assert (code, out) == (1, "")  # in no unit: no group role, no access at all
        assert err == (
            f"bipdesk: {team.norr} has no access to {team.address(team.norr).display()}; a lead "
            "of a unit or an admin adds the login to a unit ('bipdesk team add-member')"
        )
    finally:
        drop_team(team)


@pytest.mark.postgresql
def test_a_lead_hands_over_and_a_coordinator_is_told_who_may(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(team)
    code, _, err = run(
        capsys, "--lang", "en", "--db", team.url(team.norr), "team", "handover", "N1", "--to", SODER
    )
    assert (code, err) == (
        1,
        f"bipdesk: {team.norr} is not a lead of unit Norr; only a lead hands participants over",
    )
    code, _, err = run(
        capsys, "--lang", "sv", "--db", team.url(team.norr), "team", "handover", "N1", "--to", SODER
    )
    assert err == (
        f"bipdesk: {team.norr} är inte enhetsansvarig för enheten Norr; bara en enhetsansvarig "
        "lämnar över deltagare"
    )
    code, out, _ = run(
        capsys, "--lang", "sv", "--db", team.url(team.lead), "team", "handover", "N1", "--to", SODER
    )
    assert (code, out) == (0, "deltagare N1 är överlämnad från enheten Norr till enheten Söder")
    with team.connected(team.soder) as sql:
        assert (
            sql.execute(text("SELECT unit FROM participants WHERE code = 'N1'")).scalar() == SODER
        )


@pytest.mark.postgresql
def test_copy_to_moves_a_file_and_refuses_a_taken_code(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "laptop.db"
    make_laptop_file(path, default_cards(), people=5)
    before = path.read_bytes()
    url = team.url(team.norr)
    code, out, err = run(capsys, "--lang", "en", "--db", str(path), "copy-to", url, "--unit", NORR)
    assert (code, err) == (0, "")
    assert out.startswith("copied 5 participants with ") and out.endswith(
        f"from {path} to unit Norr of {team.address(team.norr).display()}; the file is unchanged"
    )
    assert path.read_bytes() == before
    code, _, err = run(capsys, "--lang", "sv", "--db", str(path), "copy-to", url, "--unit", NORR)
    assert code == 1
    assert "D00001, D00002, D00003, D00004, D00005" in err and "inget kopierades" in err
    with team.connected(team.owner) as sql:
        assert sql.execute(text("SELECT count(*) FROM participants")).scalar_one() == 5


@pytest.mark.postgresql
def test_a_url_reaches_the_server_and_file_commands_say_what_they_become(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(team)
    monkeypatch.setenv("BIPDESK_DB", team.url(team.lead))
    code, out, _ = run(capsys, "--lang", "en", "team", "members")
    assert code == 0 and f"{team.lead}: lead of unit Norr" in out
    code, out, _ = run(capsys, "--lang", "sv", "--db", team.url(team.soder), "check")
    assert (code, out) == (
        0,
        f"{team.address(team.soder).display()}: teamdatabas för BIP Desk med schema "
        f"{schema.head_revision()}; din inloggning ser 2 deltagare och 2 mätningar",
    )
    code, _, err = run(capsys, "--lang", "en", "--db", team.url(team.norr), "backup")
    assert code == 1
    assert err == (
        f"bipdesk: {team.address(team.norr).display()} is a team database on a server: its "
        "backups, restores and encryption are the server's (pg_dump, see the team database "
        "guide), not BIP Desk's"
    )
    code, _, err = run(capsys, "--lang", "en", "--db", str(tmp_path / "x.db"), "team", "members")
    assert err == (
        f"bipdesk: {tmp_path / 'x.db'} is a file; the team commands work on a team database "
        "(--db postgresql://LOGIN@HOST/DATABASE)"
    )
    code, _, err = run(capsys, "--lang", "en", "--db", "postgresql://anna@", "team", "members")
    assert (code, err) == (
        1,
        "bipdesk: postgresql://anna@: the server is missing (LOGIN@HOST/DATABASE)",
    )


def test_a_password_is_asked_on_a_terminal_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    address = ServerAddress("anna", "db.kommun.se", "bip", sslmode="verify-full")
    monkeypatch.setattr("bipdesk.cli.prompting.terminal", lambda: False)
    assert _CommandAnswers(False, None).password(address, wrong=False) is None
    prompts: list[str] = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return "hemligt"

    monkeypatch.setattr("bipdesk.cli.prompting.terminal", lambda: True)
    monkeypatch.setattr("getpass.getpass", typed)
    set_prompt_language("sv")
    try:
        assert ask_password(address, wrong=False) == "hemligt"
        assert ask_password(address, wrong=True) == "hemligt"
    finally:
        set_prompt_language(None)
    assert prompts == ["Lösenord för anna@db.kommun.se/bip: "] * 2
    assert capsys.readouterr().err == "Lösenordet godtogs inte; skriv det igen.\n"


def test_ctrl_d_at_the_password_prompt_gives_none_and_three_tries_are_the_most(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = ServerAddress("anna", "db.kommun.se", "bip", sslmode="verify-full")
    monkeypatch.setattr("bipdesk.cli.prompting.terminal", lambda: True)

    def ctrl_d(prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", ctrl_d)
    assert ask_password(address, wrong=False) is None  # not "unexpected error (EOFError)"
    asked: list[str] = []

    def wrong_again(prompt: str) -> str:
        asked.append(prompt)
        return "fel"

    monkeypatch.setattr("getpass.getpass", wrong_again)
    answers = _CommandAnswers(False, None)
    given = [answers.password(address, wrong=n > 0) for n in range(5)]
    assert given == ["fel", "fel", "fel", None, None] and len(asked) == 3


def test_init_on_a_server_address_points_to_team_init(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--lang", "en", "--db", "postgresql://anna@localhost/bip", "init")
    assert (code, err) == (
        1,
        "bipdesk: anna@localhost/bip is a team database on a server: its owner makes it ready "
        "with 'bipdesk --db URL team init'; 'init' makes a database file on this computer",
    )
