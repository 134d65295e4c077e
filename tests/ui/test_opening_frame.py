"""The frame shown at once while the database opens: painted before the database layer
is loaded, where the main window will stand, naming the file; the questions of the
opening stand in front of it, and it goes when the main window comes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database
from bipdesk.ui import app as app_module
from bipdesk.ui.app import app_icon
from bipdesk.ui.opening_frame import OpeningFrame
from bipdesk.ui.window_geometry import GEOMETRY_KEY

pytestmark = pytest.mark.usefixtures("english_locale")

SHOTS = Path("tests/artifacts")

_CHILD = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject
import bipdesk.ui.app as app_module

seen = {}

class Paints(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            window = type(watched.window()).__name__
            if "first" not in seen:
                seen["first"] = window
                seen["sqlalchemy_then"] = "sqlalchemy" in sys.modules
            if window == "MainWindow":
                seen["frame_still_shown"] = any(
                    type(w).__name__ == "OpeningFrame" and w.isVisible()
                    for w in app.topLevelWidgets()
                )
                print(json.dumps(seen), flush=True)
                os._exit(0)
        return False

create = app_module.create_application
def reporting(argv=None):
    global app
    app = create(argv)
    app.installEventFilter(Paints(app))
    return app
app_module.create_application = reporting

from bipdesk.cli.main import main
sys.exit(main(["--db", sys.argv[1], "--lang", "en"]))
"""


def test_the_frame_is_painted_before_the_database_layer_loads(tmp_path: Path) -> None:
    with open_database(tmp_path / "start.db", default_cards()):
        pass
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "start.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"first": "OpeningFrame", "sqlalchemy_then": False, "frame_still_shown": False}


def test_the_frame_names_the_file_and_stands_where_the_main_window_stood(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    earlier = QWidget()
    earlier.setGeometry(40, 30, 700, 500)
    settings.setValue(GEOMETRY_KEY, earlier.saveGeometry())
    qapp.setWindowIcon(app_icon())
    frame = OpeningFrame(Path("/data/Växjö 2026.db"), settings)
    frame.show()
    qapp.processEvents()
    assert frame.windowTitle() == "Opening Växjö 2026.db — BIP Desk"
    assert (frame.width(), frame.height()) == (700, 500)
    SHOTS.mkdir(exist_ok=True)
    frame.grab().save(str(SHOTS / "opening_frame.png"))
    frame.close()


def test_a_refused_opening_closes_the_frame_and_ends_the_start(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    frames: list[OpeningFrame] = []

    def refuse(path: Path, parent: QWidget | None = None, switching: bool = False) -> None:
        assert isinstance(parent, OpeningFrame) and parent.isVisible()
        frames.append(parent)

    monkeypatch.setattr("bipdesk.ui.opening.open_for_app", refuse)
    assert app_module.run_app(tmp_path / "x.db", "en") == 1
    assert len(frames) == 1 and not frames[0].isVisible()
