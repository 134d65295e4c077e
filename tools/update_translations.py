"""Regenerate the Qt translation files of the desktop app, the same way every time.

    python tools/update_translations.py            # lupdate: refresh translations/*.ts
    python tools/update_translations.py --release  # lrelease only: compile *.ts into *.qm
    python tools/update_translations.py --all      # both

lupdate reads every Python module of `bipdesk` (only calls to tr(),
QCoreApplication.translate() and QT_TRANSLATE_NOOP() with literal texts are
extracted), keeps the existing translations, marks new texts "unfinished" and
drops texts that are gone (-no-obsolete). Translate the unfinished ones with
Qt Linguist (`pyside6-linguist translations/bipdesk_sv.ts`) or an editor;
tests/ui/test_translations.py fails while any is left.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bipdesk"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("sv",)
"""Languages with a translation; English is the source language."""


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"bipdesk_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"bipdesk_{language}.qm"


def tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease): beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def source_files() -> list[Path]:
    """Every Python module of the app, relative to the repository root, in a stable order."""
    return sorted(path.relative_to(ROOT) for path in PACKAGE.rglob("*.py"))


def lupdate(target: Path, *, obsolete: bool = False) -> None:
    """Extract the texts of the current sources into `target` (created or merged)."""
    command = [
        tool("pyside6-lupdate"),
        "-silent",
        "-extensions",
        "py",
        "-locations",
        "relative",
        *([] if obsolete else ["-no-obsolete"]),
        *(str(path) for path in source_files()),
        "-ts",
        str(target),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(source: Path, target: Path) -> None:
    """Compile one .ts file into the .qm file the app loads."""
    command = [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)]
    subprocess.run(command, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--release", action="store_true", help="only compile .ts into .qm")
    mode.add_argument("--all", action="store_true", help="update the .ts files, then compile")
    options = parser.parse_args(argv)
    for language in LANGUAGES:
        if not options.release:
            lupdate(ts_file(language))
        if options.release or options.all:
            lrelease(ts_file(language), qm_file(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
