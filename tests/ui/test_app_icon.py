"""The app icon: rendered from resources/icons/bipdesk.svg in every size, set on the app."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from bipdesk.paths import resources_dir
from bipdesk.ui.app import ICON_SIZES, app_icon


def test_every_size_is_a_square_png_of_that_size() -> None:
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        image = QImage(str(folder / f"bipdesk-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    assert (folder / "bipdesk.ico").stat().st_size > 0
    assert (folder / "bipdesk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_the_icon_offers_every_rendered_size(qapp: object) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    assert icon.pixmap(QSize(32, 32)).width() == 32


def test_a_new_application_carries_the_icon_and_desktop_file_name() -> None:
    """In a fresh process: pytest-qt's QApplication here was not made by create_application."""
    code = (
        "from bipdesk.ui.app import create_application\n"
        "app = create_application()\n"
        "print(app.windowIcon().isNull(), app.desktopFileName())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["False", "bipdesk"]
