"""Hatch build hook: the wheel carries the compiled translations as bipdesk/translations/*.qm.

The .qm files are build output (gitignored). `make` compiles them with
pyside6-lrelease (tools/update_translations.py --release); this hook compiles
them again when pyside6-lrelease is at hand, and refuses to build a wheel
without them, so an installed BIP Desk never silently falls back to English.
Editable installs need nothing: the app reads translations/ in the checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        folder = Path(self.root) / "translations"
        lrelease = shutil.which("pyside6-lrelease") or _beside_python("pyside6-lrelease")
        for source in sorted(folder.glob("bipdesk_*.ts")):
            compiled = source.with_suffix(".qm")
            if lrelease is not None:
                subprocess.run(
                    [lrelease, "-silent", str(source), "-qm", str(compiled)], check=True
                )
            if not compiled.is_file() or compiled.stat().st_mtime < source.stat().st_mtime:
                raise RuntimeError(
                    f"{compiled.name} is missing or older than {source.name}: run "
                    "`make translations-qm` (or put pyside6-lrelease on PATH) before building"
                )
            build_data["force_include"][str(compiled)] = f"bipdesk/translations/{compiled.name}"


def _beside_python(name: str) -> str | None:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else None
