"""Start-up: cold start to the first painted main window (target ≤ 3× a bare PySide6
QMainWindow) and `bipdesk --help` (target ≤ 3× `python -c pass`).

Every run is a fresh process, offscreen, timed from launch until the child
reports its first paint (or exits, for --help); app and floor runs alternate
so that both see the same machine. The app starts the way `bipdesk` does
(`bipdesk.cli.main.main`) on a database of 300 demo participants that is
already at the newest schema; only `create_application` is wrapped, to
report the first paint event of a widget in a QMainWindow. Settings go to a
temporary folder (XDG_CONFIG_HOME), never to the user's.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import Result

RUNS = 7
PAINTED = "@@painted@@"

_PAINT_REPORTER = f"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            if isinstance(watched.window(), QMainWindow):
                sys.stdout.write("{PAINTED}\\n")
                sys.stdout.flush()
                os._exit(0)
        return False
"""

APP_CHILD = (
    "import bipdesk.storage\n"  # the order of bipdesk.cli.main._start_desktop_app
    "import bipdesk.ui.app as app_module\n"
    + _PAINT_REPORTER
    + """
create = app_module.create_application
def reporting_application(argv=None):
    app = create(argv)
    app.installEventFilter(FirstPaint(app))
    return app
app_module.create_application = reporting_application
from bipdesk.cli.main import main
sys.exit(main(["--db", sys.argv[1], "--lang", "sv"]))
"""
)

FLOOR_CHILD = (
    _PAINT_REPORTER
    + """
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
app.installEventFilter(FirstPaint(app))
window = QMainWindow()
window.resize(800, 600)
window.show()
sys.exit(app.exec())
"""
)


def child_environment(folder: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    env["XDG_DATA_HOME"] = str(folder / "data")
    env["HOME"] = str(folder)
    env.pop("BIPDESK_DB", None)
    return env


def until_painted(argv: list[str], env: dict[str, str]) -> float:
    """Milliseconds from launch until the child prints PAINTED."""
    start = time.perf_counter()
    child = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == PAINTED:
            elapsed = (time.perf_counter() - start) * 1000
            child.wait(timeout=30)
            return elapsed
    child.wait(timeout=30)
    raise RuntimeError(f"{argv[:3]} exited with {child.returncode} before painting")


def until_exit(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def bipdesk_command() -> list[str]:
    """The installed `bipdesk` console script beside this Python, else `python -m bipdesk`."""
    script = Path(sys.executable).parent / "bipdesk"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "bipdesk"]


def demo_database(path: Path) -> None:
    from bipdesk.storage import open_database
    from bipdesk.storage.demo import fill_with_demo

    with open_database(path) as database:
        fill_with_demo(database, 300, 1)


def main() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bipdesk-bench-start-") as name:
        folder = Path(name)
        db = folder / "start.db"
        demo_database(db)
        env = child_environment(folder)
        app, floor, helps, passes = [], [], [], []
        until_painted([sys.executable, "-c", APP_CHILD, str(db)], env)  # warm the disk cache
        until_exit([*bipdesk_command(), "--help"], env)
        for _ in range(RUNS):
            app.append(until_painted([sys.executable, "-c", APP_CHILD, str(db)], env))
            floor.append(until_painted([sys.executable, "-c", FLOOR_CHILD], env))
            helps.append(until_exit([*bipdesk_command(), "--help"], env))
            passes.append(until_exit([sys.executable, "-c", "pass"], env))
    print(f"  first paint: app {', '.join(f'{t:.0f}' for t in app)} ms")
    print(f"  first paint: bare QMainWindow {', '.join(f'{t:.0f}' for t in floor)} ms")
    return [
        Result(
            "cold start to first painted main window",
            statistics.median(app),
            p95_ms=max(app),
            floor_ms=statistics.median(floor),
            max_ratio=3,
        ),
        Result(
            "bipdesk --help",
            statistics.median(helps),
            p95_ms=max(helps),
            floor_ms=statistics.median(passes),
            max_ratio=3,
        ),
    ]


if __name__ == "__main__":
    from bench.__main__ import format_table

    print(format_table(main()))
