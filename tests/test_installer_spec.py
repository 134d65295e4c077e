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


def test_the_user_guides_are_bundled_from_docs() -> None:
    """Help → User guide reads bipdesk/docs (bipdesk.paths.docs_dir): the wheel maps docs/
    there and so does the one-folder app, beside bipdesk/resources, so that the guides'
    links to the sample files work offline. docs/ stays the one source."""
    import tomllib

    spec = (ROOT / "installer" / "bipdesk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "docs"), "bipdesk/docs")' in spec
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert wheel["docs"] == "bipdesk/docs"
    assert wheel["resources"] == "bipdesk/resources"
    for guide in ("user-guide.sv.md", "user-guide.en.md"):
        assert (ROOT / "docs" / guide).is_file()


def test_docs_dir_finds_the_guides_where_an_installation_has_them(tmp_path: Path) -> None:
    """The installed layout (bipdesk/docs beside bipdesk/paths.py) wins over a checkout's."""
    import shutil
    import subprocess
    import sys

    package = tmp_path / "bipdesk"
    package.mkdir()
    shutil.copy(ROOT / "bipdesk" / "paths.py", package / "paths.py")
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "docs").mkdir()
    (package / "docs" / "user-guide.en.md").write_text("# Guide\n", encoding="utf-8")
    found = subprocess.run(
        [sys.executable, "-c", "from bipdesk.paths import docs_dir; print(docs_dir())"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert found.stdout.strip() == str(package / "docs")
