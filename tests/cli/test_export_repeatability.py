"""The same people always give the same published figures (DESIGN §7): another unit
label, another day, a backup and restore, a re-import and an edit change no value;
adding one person changes only the cells that count them."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from bipdesk.cli.main import main
from bipdesk.paths import resources_dir

SAMPLE = resources_dir() / "samples" / "sample-import.csv"


def cells(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2
    return list(data["cells"])


def export(db: Path, out: Path, *extra: str) -> list[dict[str, Any]]:
    assert main(["--db", str(db), "export-aggregate", "--out", str(out), *extra]) == 0
    return cells(out)


def test_unit_label_backup_restore_and_a_second_export_change_nothing(tmp_path: Path) -> None:
    db = tmp_path / "unit.db"
    assert main(["--db", str(db), "demo", "--participants", "120", "--seed", "4"]) == 0
    first = export(db, tmp_path / "a.json", "--unit", "Kommun A")
    assert export(db, tmp_path / "b.json", "--unit", "Another label") == first
    backups = tmp_path / "backups"
    assert main(["--db", str(db), "backup", "--to", str(backups)]) == 0
    (backup,) = backups.iterdir()
    assert main(["--db", str(db), "demo", "--participants", "1"]) != 0  # refused: not empty
    assert main(["--db", str(db), "restore", str(backup)]) == 0
    assert export(db, tmp_path / "c.json") == first
    restored = tmp_path / "copy.db"
    restored.write_bytes(backup.read_bytes())
    assert export(restored, tmp_path / "d.json") == first


def test_reimport_and_edits_change_nothing_but_a_new_person_changes_their_cells(
    tmp_path: Path,
) -> None:
    db = tmp_path / "unit.db"
    assert main(["--db", str(db), "import", str(SAMPLE)]) == 0
    first = export(db, tmp_path / "a.json")
    assert main(["--db", str(db), "import", str(SAMPLE)]) == 0
    assert export(db, tmp_path / "b.json") == first

    with SAMPLE.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    header = list(rows[0])
    renamed = tmp_path / "renamed.csv"
    with renamed.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, [*header, "name", "referrer"])
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "name": f"Namn {row['participant']}", "referrer": "AF"})
    assert main(["--db", str(db), "import", str(renamed)]) == 0
    assert export(db, tmp_path / "c.json") == first

    newcomer = tmp_path / "newcomer.csv"
    with newcomer.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, header)
        writer.writeheader()
        template = rows[0]
        writer.writerow({**template, "participant": "NEW-1", "sex": "man", "birth_year": "1950"})
    assert main(["--db", str(db), "import", str(newcomer)]) == 0
    after = export(db, tmp_path / "d.json")

    def dims(cell: dict[str, Any]) -> tuple[str, ...]:
        return tuple(
            str(cell.get(k))
            for k in (
                "table",
                "measure",
                "sex",
                "age_band",
                "exit_reason",
                "outcome_group",
                "question",
            )
        )

    before_by, after_by = {dims(c): c for c in first}, {dims(c): c for c in after}
    assert before_by.keys() == after_by.keys()
    # Cells that cannot hold a man born in 1950 are exactly as they were.
    for key, cell in before_by.items():
        if key[0] == "participants" and key[2] in ("women", "other", "unknown"):
            assert after_by[key] == cell, key
        if key[0] == "participants" and key[3] in ("-19", "20-29", "30-39", "40-49"):
            assert after_by[key] == cell, key
