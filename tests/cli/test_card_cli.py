"""`bipdesk card texts` and `bipdesk card import-texts` as a project runs them."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from bipdesk import paths
from bipdesk.cli.main import main
from bipdesk.io.cards import load_cards

CARD = """\
id = "cli-card"
version = 1

[title]
sv = "Kommandokort"
en = "Command card"

[scale]
min = 1
max = 5
min_label = { sv = "Nej", en = "No" }
max_label = { sv = "Ja", en = "Yes" }

[translation_status]
sv = "reviewed"

[[questions]]
id = "sleep"
area = "health"
text.sv = "Hur sover du?"
text.en = "How do you sleep?"
label.sv = "Sömn"
label.en = "Sleep"
anchors.sv = ["Jag sover dåligt", "Jag sover ibland bra", "Jag sover bra"]
"""

# Tigrinya, as a translator would type it into column D (row by row).
TIGRINYA = [
    "ካርድ ትእዛዝ",
    "ኣይፋሉን",
    "እወ",
    "ከመይ ትድቅስ?",
    "ድቃስ",
    "ሕማቕ እድቅስ",
    "ሓደ ሓደ ግዜ ጽቡቕ እድቅስ",
    "ጽቡቕ እድቅስ",
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of its own, whose cards folder holds the test card."""
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    cards = paths.user_cards_dir()
    cards.mkdir(parents=True)
    (cards / "cli-card-v1.toml").write_text(CARD, encoding="utf-8")
    return home


def bipdesk(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "BIPDESK_DEBUG": ""}
    return subprocess.run(
        [sys.executable, "-m", "bipdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def fill_in(path: Path, texts: list[str]) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Texts"]
    for row, text in enumerate(texts, start=3):
        sheet.cell(row, 4, text)
    workbook.save(path)


def test_a_translation_goes_out_and_comes_back_as_a_new_version(
    data_home: Path, tmp_path: Path
) -> None:
    original = paths.user_cards_dir() / "cli-card-v1.toml"
    before = digest(original)
    out = tmp_path / "ti.xlsx"

    made = bipdesk(data_home, "card", "texts", "cli-card", "--lang", "ti", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == (
        f"{out}: 8 texts of cli-card v1 to translate into Tigrinya (ti); the card has 0 of 1 "
        "questions in it already (status: none)"
    )
    sheet = openpyxl.load_workbook(out)["Texts"]
    assert [sheet.cell(r, 2).value for r in range(3, 11)][3:] == [
        "Hur sover du?",
        "Sömn",
        "Jag sover dåligt",
        "Jag sover ibland bra",
        "Jag sover bra",
    ]

    fill_in(out, TIGRINYA)
    back = bipdesk(data_home, "card", "import-texts", str(out), "--status", "reviewed")
    assert back.returncode == 0, back.stderr
    new_file = paths.user_cards_dir() / "cli-card-v2.toml"
    lines = back.stdout.splitlines()
    assert lines[0] == f"{new_file}: cli-card v2, made from cli-card v1"
    assert lines[1] == "  ti: 8 texts changed, 0 unchanged; status none → reviewed"
    assert lines[2:] == [
        "    new: title",
        "    new: scale.min_label",
        "    new: scale.max_label",
        "    new: questions.sleep.text",
        "    new: questions.sleep.label",
        "    new: questions.sleep.anchors.1",
        "    new: questions.sleep.anchors.2",
        "    new: questions.sleep.anchors.3",
    ]

    library = load_cards([paths.builtin_cards_dir(), paths.user_cards_dir()])
    card = library.get("cli-card")
    assert card is not None and card.version == 2
    assert card.source == str(new_file)
    assert card.title["ti"] == "ካርድ ትእዛዝ"
    assert card.question("sleep").anchors["ti"] == tuple(TIGRINYA[5:])
    assert card.languages == ("sv", "en", "ti")
    assert not card.is_draft("ti")
    assert digest(original) == before  # the card measurements were made with is untouched
    old = library.get("cli-card", 1)
    assert old is not None and "ti" not in old.title

    again = bipdesk(data_home, "card", "texts", "cli-card", "--lang", "ti", "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert "cli-card v2" in again.stdout and "(status: reviewed)" in again.stdout
    assert openpyxl.load_workbook(out)["Texts"]["D6"].value == "ከመይ ትድቅስ?"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_error_in_the_workbook_is_one_line_and_writes_nothing(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ti.xlsx"
    assert run(capsys, "card", "texts", "cli-card@1", "--lang", "ti", "--out", str(out))[0] == 0
    fill_in(out, [*TIGRINYA[:6], "", TIGRINYA[7]])
    folder = paths.user_cards_dir()
    listing = sorted(p.name for p in folder.iterdir())
    code, printed, error = run(capsys, "card", "import-texts", str(out))
    assert code == 1 and printed == ""
    assert error == (
        f"bipdesk: {out}: sheet Texts, rows 8–10, column D: questions.sleep.anchors needs "
        "exactly three texts (low, middle, high), found 2\n"
    )
    assert sorted(p.name for p in folder.iterdir()) == listing


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("card", "texts", "no-card", "--lang", "ar"),
            "bipdesk: no card 'no-card' is installed (installed: bip-standard v1, cli-card v1)",
        ),
        (
            ("card", "texts", "cli-card@2", "--lang", "ar"),
            "bipdesk: no card 'cli-card@2' is installed",
        ),
        (
            ("card", "texts", "cli-card@one", "--lang", "ar"),
            "bipdesk: 'cli-card@one': the version after '@' must be a whole number, e.g. @1",
        ),
        (
            ("card", "texts", "cli-card", "--lang", "sv"),
            "bipdesk: --lang: Swedish is the card's base language",
        ),
        (
            ("card", "texts", "cli-card", "--lang", "Tigrinya"),
            "bipdesk: --lang: 'Tigrinya' is not a language code",
        ),
    ],
)
def test_a_wrong_card_or_language_is_one_line(
    data_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / "x.xlsx"
    code, _, error = run(capsys, *args, "--out", str(out))
    assert code == 1
    assert error.startswith(message) and error.count("\n") == 1
    assert not out.exists()


def test_importing_a_missing_file_or_a_foreign_workbook(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.xlsx"
    assert run(capsys, "card", "import-texts", str(missing))[1:] == (
        "",
        f"bipdesk: {missing}: no such file\n",
    )
    foreign = tmp_path / "foreign.xlsx"
    openpyxl.Workbook().save(foreign)
    code, _, error = run(capsys, "card", "import-texts", str(foreign))
    assert code == 1
    assert error == (
        f"bipdesk: {foreign}: was not made by `bipdesk card texts` (it has no sheet 'bipdesk')\n"
    )
    assert sorted(p.name for p in paths.user_cards_dir().iterdir()) == ["cli-card-v1.toml"]


def test_the_card_command_is_listed_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["card", "--help"])
    helped = capsys.readouterr().out
    assert "texts" in helped and "import-texts" in helped
