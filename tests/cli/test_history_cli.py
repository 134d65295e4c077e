"""`bipdesk history CODE` and the import's changed values: an import that changes a
saved answer says so, line by line, in its dry run and its summary, and the history
prints who changed it, when and from which file (issue 16)."""

from __future__ import annotations

import getpass
import re
from pathlib import Path

import pytest

from bipdesk.cli.main import main

HEADER = "participant,sex,start_date,measurement_date,job_search_knowhow,health\n"
FIRST = HEADER + "SP0129,women,2021-06-01,2021-09-05,9,4\nSP0130,men,2021-06-01,,,\n"
SECOND = HEADER + "SP0129,women,2021-05-01,2021-09-05,1,6\nSP0130,men,2021-06-01,,,\n"
EMPTIED = HEADER + "SP0129,women,2021-05-01,2021-09-05,1,\n"
"""An empty cell keeps the stored answer: an import never erases one."""
MOMENT = r"(\w{3} \d{1,2}, \d{4} \d{1,2}:\d{2}\s?[AP]M)"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, Path]:
    first, second = tmp_path / "visits.csv", tmp_path / "visits-corrected.csv"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    return tmp_path / "h.db", first, second


def test_the_dry_run_and_the_import_list_every_changed_value(
    files: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, first, second = files
    assert run(capsys, "--db", str(db), "import", str(first))[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(second))
    assert code == 0
    changed = [
        "  changed values (3):",
        "    SP0129: start_date 2021-06-01 → 2021-05-01",
        "    SP0129 2021-09-05: job_search_knowhow 9 → 1",
        "    SP0129 2021-09-05: health 4 → 6",
    ]
    assert out == [
        "Would change (dry run, nothing written):",
        "  participants: 0 new, 1 updated, 1 unchanged",
        "  measurements: 0 new, 1 updated, 0 unchanged",
        *changed,
    ]
    # A dry run records nothing.
    _, history, _ = run(capsys, "--db", str(db), "history", "SP0129")
    assert not any("9 → 1" in line for line in history)

    code, out, _ = run(capsys, "--db", str(db), "import", str(second))
    assert code == 0 and out[0] == "Imported:" and out[3:] == changed
    # Importing the same file again changes nothing and says nothing about values.
    _, out, _ = run(capsys, "--db", str(db), "import", str(second))
    assert not any("changed values" in line for line in out)
    # Nor does a file whose health cell is empty: the stored 6 stays.
    emptied = db.parent / "visits-emptied.csv"
    emptied.write_text(EMPTIED, encoding="utf-8")
    _, out, _ = run(capsys, "--db", str(db), "import", str(emptied))
    assert out[1:] == [
        "  participants: 0 new, 0 updated, 1 unchanged",
        "  measurements: 0 new, 0 updated, 1 unchanged",
    ]


def test_the_history_of_a_changed_answer(
    files: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, first, second = files
    run(capsys, "--db", str(db), "import", str(first))
    run(capsys, "--db", str(db), "import", str(second))
    code, out, err = run(capsys, "--db", str(db), "--lang", "en", "history", "SP0129")
    assert code == 0 and err == ""
    user = re.escape(getpass.getuser())
    assert out[0] == "Edit history of SP0129, newest first:"
    assert out[1] == ""
    assert re.fullmatch(rf"{MOMENT} · {user} · import of visits-corrected\.csv", out[2])
    assert out[3:6] == [
        "  SP0129: start_date 2021-06-01 → 2021-05-01",
        "  SP0129 2021-09-05: job_search_knowhow 9 → 1",
        "  SP0129 2021-09-05: health 4 → 6",
    ]
    assert out[6] == ""
    assert re.fullmatch(rf"{MOMENT} · {user} · import of visits\.csv", out[7])
    assert out[8:] == [
        "  SP0129: participant added",
        "  SP0129 2021-09-05: measurement added (job_search_knowhow 9, health 4)",
    ]


def test_the_history_in_swedish(
    files: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, first, second = files
    run(capsys, "--db", str(db), "import", str(first))
    run(capsys, "--db", str(db), "import", str(second))
    _, out, _ = run(capsys, "--db", str(db), "--lang", "sv", "history", "SP0129")
    assert out[0] == "Ändringshistorik för SP0129, nyaste först:"
    assert re.fullmatch(
        r"\d{1,2} \w+\.? \d{4} \d{2}:\d{2} · .+ · import av visits-corrected\.csv", out[2]
    )
    assert "  SP0129 2021-09-05: health 4 → 6" in out
    assert "  SP0129: deltagaren lades till" in out


def test_no_history_and_unknown_codes(
    files: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, first, _ = files
    code, out, err = run(capsys, "--db", str(db), "history", "SP0130")
    assert code == 1 and err == f"bipdesk: {db}: no such database\n"
    run(capsys, "--db", str(db), "import", str(first))
    code, out, err = run(capsys, "--db", str(db), "history", "NOBODY")
    assert code == 1 and out == []
    assert err == f"bipdesk: there is no participant 'NOBODY' in {db}\n"
    code, out, _ = run(capsys, "--db", str(db), "history", "SP0130")
    assert code == 0 and out[0] == "Edit history of SP0130, newest first:"
    assert out[-1] == "  SP0130: participant added"
