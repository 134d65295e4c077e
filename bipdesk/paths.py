"""Where BIP Desk keeps its files on this computer."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "BIP Desk"
APP_AUTHOR = "BIP Desk"
DB_ENV = "BIPDESK_DB"
DATABASE_FILE_NAME = "bipdesk.db"
DEMO_DATABASE_FILE_NAME = "bipdesk-demo.db"


def data_dir() -> Path:
    """The per-user data folder (e.g. %LOCALAPPDATA%\\BIP Desk on Windows)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def default_database_path() -> Path:
    """`BIPDESK_DB` when set, otherwise the database in the data folder."""
    configured = os.environ.get(DB_ENV)
    if configured:
        return Path(configured).expanduser()
    return data_dir() / DATABASE_FILE_NAME


def demo_database_path() -> Path:
    """Invented demo people get a file of their own, so they never mix with real ones."""
    return data_dir() / "demo" / DEMO_DATABASE_FILE_NAME


def user_cards_dir() -> Path:
    """Cards a project adds or adapts; read after the built-in ones."""
    return data_dir() / "cards"


def resources_dir() -> Path:
    """Bundled resources: inside the package when installed, beside it in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "cards").is_dir():
            return candidate
    missing = f"BIP Desk's resources folder is missing (looked beside {here})"
    # English: bipdesk.messages needs this module, so it cannot say this in Swedish.
    raise FileNotFoundError(missing)  # programming error: a broken build


def docs_dir() -> Path:
    """The user guides and their pictures: bipdesk/docs when installed (the wheel and the
    PyInstaller build copy docs/ there), docs/ beside the package in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "docs", here.parent / "docs"):
        if (candidate / "user-guide.en.md").is_file():
            return candidate
    missing = f"BIP Desk's user guide is missing (looked beside {here})"
    # English: bipdesk.messages needs this module, so it cannot say this in Swedish.
    raise FileNotFoundError(missing)  # programming error: a broken build


def builtin_cards_dir() -> Path:
    return resources_dir() / "cards"


def translations_dir() -> Path:
    """Compiled .qm files: bipdesk/translations when installed, translations/ in a checkout.

    `make` compiles them in the checkout (pyside6-lrelease); the wheel carries them
    as bipdesk/translations (see hatch_build.py).
    """
    package = Path(__file__).resolve().parent
    installed = package / "translations"
    return installed if installed.is_dir() else package.parent / "translations"
