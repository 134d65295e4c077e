"""`merge`, `export-aggregate` and `report` refuse in Swedish with `--lang sv`: whole
sentences naming the files, the same sentences the project-office window shows."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bipdesk.cli.main import main
from bipdesk.io.aggregate_file import CardInfo
from tests.cli import test_aggregate_cli
from tests.io.test_merge import Q2, cells, unit_file, write

seeded_db = test_aggregate_cli.seeded_db  # the fixture: a database with participants


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(["--lang", "sv", *args])
    captured = capsys.readouterr()
    return code, captured.err.strip().splitlines(), captured.out


def test_merge_refuses_mismatching_files_in_swedish_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "syd.json", unit_file("Syd", 1, cells(120, n=20)))
    other = unit_file("Norr", 2, cells(30, n=12))
    card = write(
        tmp_path,
        "norr.json",
        replace(other, card=CardInfo("bip-annan", 1, ("health",), 1, 10), age_bands=("-19", "20-")),
    )
    demo = write(tmp_path, "demo.json", replace(unit_file("Väst", 3, cells(5)), demo=True))
    old = tmp_path / "gammal.json"
    old.write_text(json.dumps({"format": "bipdesk-aggregate", "version": 1}), encoding="utf-8")
    garbage = tmp_path / "skräp.json"
    garbage.write_text("{", encoding="utf-8")
    out = tmp_path / "m.json"

    code, lines, printed = run(
        capsys, "merge", str(good), str(card), str(demo), str(old), str(garbage), "--out", str(out)
    )

    assert code == 1 and printed == "" and not out.exists()
    assert lines == [
        f"bipdesk: {old}: Filen är gjord med en äldre BIP Desk (sammanställningsfil version 1). "
        "Dess siffror kan inte läggas ihop med den här versionens: be enheten exportera "
        "perioden igen med den här BIP Desk.",
        f"bipdesk: {garbage}: Filen är inte JSON (fel på rad 1, kolumn 2).",
        f"bipdesk: {card}: Filen använder kortet bip-annan version 1, men syd.json använder "
        "bip-standard version 1. Bara filer med samma kort kan läggas ihop. Filen har "
        "åldersgrupperna -19, 20-, men syd.json har -29, 30-. Bara filer med samma "
        "åldersgrupper kan läggas ihop.",
        f"bipdesk: {demo}: Demodata kan inte läggas ihop med riktiga uppgifter: demo.json är "
        "gjord av påhittade demopersoner. Ta bort demofilen, eller använd bara demofiler.",
        "bipdesk: ingenting skrevs",
    ]


def test_merge_of_other_periods_says_how_to_allow_them_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write(tmp_path, "q1.json", unit_file("Syd", 1, cells(120, n=20)))
    second = write(tmp_path, "q2.json", unit_file("Norr", 2, cells(30, n=12), Q2))
    code, lines, _ = run(capsys, "merge", str(first), str(second), "--out", str(tmp_path / "m"))
    assert code == 1
    assert lines == [
        f"bipdesk: {second}: Filen gäller 2025-04-01 – 2025-06-30, men q1.json gäller "
        "2025-01-01 – 2025-03-31. Filer från olika perioder läggs bara ihop när blandade "
        "perioder är tillåtna (rapporten anger då varje period); be annars om filer för samma "
        "period.",
        "bipdesk: ange --allow-mixed-periods för att slå ihop filer från olika perioder",
        "bipdesk: ingenting skrevs",
    ]


def test_one_file_is_not_a_merge_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alone = write(tmp_path, "syd.json", unit_file("Syd", 1, cells(120, n=20)))
    code, lines, _ = run(capsys, "merge", str(alone), "--out", str(tmp_path / "m.json"))
    assert code == 1 and lines[0] == (
        f"bipdesk: {alone}: Det behövs minst två filer för att slå ihop: lägg till minst en "
        "fil till."
    )


def test_merge_outputs_are_refused_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(tmp_path, "syd.json", unit_file("Syd", 1, cells(120, n=20)))
    b = write(tmp_path, "norr.json", unit_file("Norr", 5, cells(30, n=12)))
    code, lines, _ = run(capsys, "merge", str(a), str(b), "--out", str(a))
    assert code == 1 and lines == [
        f"bipdesk: {a}: är en av filerna som ska slås ihop; ingenting skrevs"
    ]
    missing = tmp_path / "saknas" / "m.json"
    code, lines, _ = run(capsys, "merge", str(a), str(b), "--out", str(missing))
    assert lines == [f"bipdesk: {missing}: mappen {missing.parent} finns inte; ingenting skrevs"]
    out = tmp_path / "m.json"
    code, lines, printed = run(capsys, "merge", str(a), str(b), "--out", str(out))
    assert code == 0 and lines == []
    assert printed == f"{out}: 2 exporter från Norr, Syd ihopslagna\n"


def test_export_and_report_errors_in_swedish(
    seeded_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(seeded_db)]
    code, lines, _ = run(
        capsys, *db, "export-aggregate", "--out", str(tmp_path / "u.json"), "--period", "2025 H1"
    )
    assert code == 1
    assert lines == ["bipdesk: --period anger en period i en projektprofil; ange --profile också"]
    code, lines, _ = run(
        capsys, *db, "export-aggregate", "--out", str(tmp_path / "u.json"), "--unit", "  "
    )
    assert lines == ["bipdesk: enhetens namn är tomt; ge den exporterande enheten ett namn"]
    code, lines, _ = run(
        capsys, *db, "export-aggregate", "--out", str(tmp_path / "u.json"),
        "--from", "2024-12-31", "--to", "2024-01-01",
    )  # fmt: skip
    assert lines == ["bipdesk: perioden slutar (2024-01-01) innan den börjar (2024-12-31)"]
    report = tmp_path / "r.xlsx"
    code, lines, _ = run(capsys, *db, "report", "--out", str(report))
    assert code == 1 and lines == [
        f"bipdesk: {report}: --out behöver ett filnamn som slutar på .pdf; ingenting skrevs"
    ]
    code, lines, _ = run(
        capsys, *db, "report", "--out", str(tmp_path / "r.pdf"),
        "--from", "2024-12-31", "--to", "2024-01-01",
    )  # fmt: skip
    assert lines == [
        "bipdesk: perioden slutar (2024-01-01) innan den börjar (2024-12-31); ingenting skrevs"
    ]
    assert [p.name for p in tmp_path.iterdir()] == [seeded_db.name]  # nothing was written


def test_a_profile_refusal_in_swedish(
    seeded_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "profil.json"
    broken.write_text('{"format": "bipdesk-aggregate"}', encoding="utf-8")
    code, lines, _ = run(
        capsys, "--db", str(seeded_db), "export-aggregate", "--out", str(tmp_path / "u.json"),
        "--profile", str(broken), "--period", "2025 H1",
    )  # fmt: skip
    assert code == 1 and lines == [
        f"bipdesk: {broken}: Filen är ingen projektprofil för BIP Desk; öppna profilen som "
        "projektkontoret skickade."
    ]
