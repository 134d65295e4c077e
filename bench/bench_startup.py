"""Start-up: cold start to the first paint (the opening frame that stands where the main
window will be; target ≤ 3× a bare PySide6 QMainWindow), to the main window with its
start page (target < 1 s), and `bipdesk --help` (target ≤ 3× `python -c pass`).

Every run is a fresh process, offscreen, timed from launch until the child
reports its first paint (or exits, for --help); app and floor runs alternate
so that both see the same machine. The app starts the way `bipdesk` does
(`bipdesk.cli.main.main`) on a database of 300 demo participants that is
already at the newest schema; only `create_application` is wrapped, to
report the first paint event of a widget in a QMainWindow. Settings go to a
temporary folder (XDG_CONFIG_HOME), never to the user's. Times are wall
clock; the CPU time of each child is reported beside them, since the
benchmark machines are shared.
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
READY = "@@ready@@"
"""The main window itself (MainWindow, or the floor's bare QMainWindow) has painted."""

_PAINT_REPORTER = f"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow


class FirstPaint(QObject):
    painted = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            window = watched.window()
            if isinstance(window, QMainWindow) and not self.painted:
                self.painted = True
                sys.stdout.write("{PAINTED}\\n")
                sys.stdout.flush()
            if type(window).__name__ in ("MainWindow", "QMainWindow"):
                sys.stdout.write("{READY}\\n")
                sys.stdout.flush()
                os._exit(0)
        return False
"""

APP_CHILD = (
    "import bipdesk.ui.app as app_module\n"  # the order of bipdesk.cli.main
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
    # Started as installed: from bytecode compiled once (by the warm-up run), into a
    # cache of this run, even where PYTHONDONTWRITEBYTECODE is set (as in CI shells).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    env["XDG_DATA_HOME"] = str(folder / "data")
    env["HOME"] = str(folder)
    env.pop("BIPDESK_DB", None)
    return env


def _reap(child: subprocess.Popen[str]) -> float:
    """Wait for `child`; its CPU time (user + system) in milliseconds."""
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return (usage.ru_utime + usage.ru_stime) * 1000


def until_painted(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Milliseconds from launch until the child's first paint (PAINTED) and until its
    main window painted (READY), and the child's CPU time."""
    start = time.perf_counter()
    child = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert child.stdout is not None
    first = None
    for line in child.stdout:
        if line.strip() == PAINTED:
            first = (time.perf_counter() - start) * 1000
        elif line.strip() == READY:  # the child leaves (os._exit) right after saying so
            ready = (time.perf_counter() - start) * 1000
            cpu = _reap(child)
            child.stdout.close()
            return first if first is not None else ready, ready, cpu
    _reap(child)
    raise RuntimeError(f"{argv[:3]} exited with {child.returncode} before painting")


def until_exit(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
    cpu = _reap(child)
    elapsed = (time.perf_counter() - start) * 1000
    if child.returncode != 0:
        raise RuntimeError(f"{argv} exited with {child.returncode}")
    return elapsed, cpu


def bipdesk_command() -> list[str]:
    """The installed `bipdesk` console script beside this Python, else `python -m bipdesk`."""
    script = Path(sys.executable).parent / "bipdesk"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "bipdesk"]


def demo_database(path: Path) -> None:
    from bipdesk.io.cards import default_cards
    from bipdesk.storage import open_database
    from bipdesk.storage.demo import fill_with_demo

    with open_database(path, default_cards()) as database:
        fill_with_demo(database, 300, 1)


def main() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bipdesk-bench-start-") as name:
        folder = Path(name)
        db = folder / "start.db"
        demo_database(db)
        env = child_environment(folder)
        painted: dict[str, list[tuple[float, float, float]]] = {"app": [], "floor": []}
        exits: dict[str, list[tuple[float, float]]] = {"help": [], "pass": []}
        # Warm-up: the disk cache, and the bytecode of every module the runs import.
        until_painted([sys.executable, "-c", APP_CHILD, str(db)], env)
        until_painted([sys.executable, "-c", FLOOR_CHILD], env)
        until_exit([*bipdesk_command(), "--help"], env)
        for _ in range(RUNS):
            painted["app"].append(until_painted([sys.executable, "-c", APP_CHILD, str(db)], env))
            painted["floor"].append(until_painted([sys.executable, "-c", FLOOR_CHILD], env))
            exits["help"].append(until_exit([*bipdesk_command(), "--help"], env))
            exits["pass"].append(until_exit([sys.executable, "-c", "pass"], env))
    for name, label in (("app", "app (its opening frame)"), ("floor", "bare QMainWindow")):
        shown = ", ".join(f"{first:.0f}" for first, _, _ in painted[name])
        print(f"  first paint, {label}: {shown} ms")
    ready = ", ".join(f"{main:.0f}" for _, main, _ in painted["app"])
    print(f"  main window with its start page painted: {ready} ms")
    app_cpu, floor_cpu = (statistics.median(c for _, _, c in painted[n]) for n in ("app", "floor"))
    print(f"  CPU time, app: {app_cpu:.0f} ms vs {floor_cpu:.0f} ms ({app_cpu / floor_cpu:.2f}×)")
    help_cpu, pass_cpu = (statistics.median(c for _, c in exits[n]) for n in ("help", "pass"))
    print(f"  CPU time, help: {help_cpu:.0f} ms vs {pass_cpu:.0f} ms ({help_cpu / pass_cpu:.2f}×)")
    floor = [(first, cpu) for first, _, cpu in painted["floor"]]
    return [
        _result(
            "cold start to first paint (the opening frame)",
            [(first, cpu) for first, _, cpu in painted["app"]],
            floor,
        ),
        Result(
            "cold start to the main window's start page",
            statistics.median(main for _, main, _ in painted["app"]),
            target_ms=1000,
            p95_ms=max(main for _, main, _ in painted["app"]),
            cpu_ms=app_cpu,
        ),
        _result("bipdesk --help", exits["help"], exits["pass"]),
    ]


def _result(name: str, runs: list[tuple[float, float]], floor: list[tuple[float, float]]) -> Result:
    walls = [wall for wall, _ in runs]
    return Result(
        name,
        statistics.median(walls),
        p95_ms=max(walls),
        floor_ms=statistics.median(wall for wall, _ in floor),
        max_ratio=3,
        cpu_ms=statistics.median(cpu for _, cpu in runs),
    )


if __name__ == "__main__":
    from bench.__main__ import format_table

    print(format_table(main()))
