"""Layering: the non-UI packages import without Qt or matplotlib; the core without a database.

Each check runs in a fresh interpreter so that modules imported by other tests
cannot hide (or cause) a violation.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_WALK = textwrap.dedent(
    """
    import importlib
    import json
    import pkgutil
    import sys

    {setup}

    def skipped(name):
        # Alembic scripts run only inside Alembic (env.py needs its context).
        prefix = "bipdesk.storage.migrations."
        return name.startswith(prefix) and (
            name == prefix + "env" or name.startswith(prefix + "versions.")
        )

    imported, failed = [], {{}}

    def record_failure(name):
        failed[name] = f"{{type(sys.exc_info()[1]).__name__}}: {{sys.exc_info()[1]}}"

    for package_name in {packages!r}:
        try:
            package = importlib.import_module(package_name)
        except ModuleNotFoundError as error:
            if error.name == package_name:
                continue  # not written yet
            record_failure(package_name)
            continue
        except Exception:
            record_failure(package_name)
            continue
        imported.append(package_name)
        for info in pkgutil.walk_packages(
            package.__path__, package_name + ".", onerror=record_failure
        ):
            if skipped(info.name):
                continue
            try:
                importlib.import_module(info.name)
            except Exception:
                record_failure(info.name)
            else:
                imported.append(info.name)

    print(json.dumps({{
        "imported": imported,
        "failed": failed,
        "loaded": sorted(sys.modules),
    }}))
    """
)


def _walk(packages: tuple[str, ...], setup: str = "") -> dict[str, object]:
    script = _WALK.format(packages=packages, setup=setup)
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def _top_level(modules: object) -> set[str]:
    assert isinstance(modules, list)
    return {name.split(".")[0] for name in modules}


def test_core_storage_and_io_import_with_qt_and_matplotlib_blocked() -> None:
    report = _walk(
        ("bipdesk.core", "bipdesk.storage", "bipdesk.io"),
        setup='sys.modules["PySide6"] = None\nsys.modules["matplotlib"] = None',
    )
    assert report["failed"] == {}, report["failed"]
    imported = report["imported"]
    assert isinstance(imported, list)
    # the walk really happened: every module of the core was imported
    for module in (
        "ages",
        "cards",
        "measurements",
        "participants",
        "periods",
        "progression",
        "scheduling",
        "validation",
    ):
        assert f"bipdesk.core.{module}" in imported
    assert "bipdesk.io.cards" in imported


def test_the_core_imports_no_database_ui_or_outer_layer() -> None:
    report = _walk(("bipdesk.core",))
    assert report["failed"] == {}, report["failed"]
    loaded = report["loaded"]
    assert isinstance(loaded, list)
    top = _top_level(loaded)
    for forbidden in ("sqlalchemy", "alembic", "PySide6", "matplotlib", "openpyxl", "reportlab"):
        assert forbidden not in top, f"bipdesk.core pulls in {forbidden}"
    outer = sorted(
        name
        for name in loaded
        if name.startswith(("bipdesk.storage", "bipdesk.io", "bipdesk.ui", "bipdesk.cli"))
    )
    assert outer == [], f"bipdesk.core imports outer layers: {outer}"
