"""The one-folder app carries every folder of resources/ (the frozen app found no exit
survey once, because the spec did not list resources/surveys)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_resources_folder_is_bundled() -> None:
    spec = (ROOT / "installer" / "bipdesk.spec").read_text(encoding="utf-8")
    folders = sorted(p.name for p in (ROOT / "resources").iterdir() if p.is_dir())
    assert "surveys" in folders and "ptables" in folders
    missing = [name for name in folders if f'"resources" / "{name}"' not in spec]
    assert missing == [], f"installer/bipdesk.spec does not bundle resources/{missing}"
