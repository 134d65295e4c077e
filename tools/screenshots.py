"""Screenshots of the real app for the user guides: docs/images/{sv,en}/NAME.png.

    make screenshots                                   # every picture, both languages
    python tools/screenshots.py --lang sv --only participant fill-in

Renew them after every change to the windows they show, then look at them.
Each language runs in a process of its own (so that translators and locales
never mix), offscreen, on temporary demo databases made by the app's own demo
filler with a fixed "today" (tools/screenshot_session.py); what is shot is in
tools/screenshot_coordinator.py and tools/screenshot_office.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

import screenshot_coordinator as coordinator
import screenshot_office as office
from screenshot_session import (
    ROOT,
    WORK,
    Session,
    Shot,
    quiet_offscreen_plugin,
    refuse_unexpected_questions,
)

OUT = ROOT / "docs" / "images"
LANGUAGES = ("sv", "en")
SHOTS: dict[str, Shot] = {
    "encryption": coordinator.encryption,
    "welcome": coordinator.welcome,
    "main-window": coordinator.main_window,
    "participant-list": coordinator.participant_list,
    "new-participant": coordinator.new_participant,
    "participant": coordinator.participant,
    "activities": coordinator.activities,
    "fill-in": coordinator.fill_in_pages,
    "follow-up-sheet": coordinator.follow_up_sheet,
    "import": coordinator.import_pages,
    "exit": coordinator.exit_dialog,
    "backups": coordinator.backups,
    "settings": coordinator.settings,
    "team-database": coordinator.team_database,
    "export": office.export,
    "unit-report": office.unit_report,
    "project-office": office.project_office,
    "coordinator-view": coordinator.coordinator_view,
    "show-to-participant": coordinator.show_to_participant,
    "edit-history": coordinator.edit_history,
}
"""What to shoot, in this order (the edit history changes the demo data, so it comes
last); a few write more than one picture (fill-in, import, project-office)."""


def run_language(language: str, out: Path, only: list[str]) -> list[Path]:
    """Every picture (or `only` those) of one language, in this process."""
    from bipdesk.ui.app import create_application
    from bipdesk.ui.translator import install_translator

    app = create_application([])
    quiet_offscreen_plugin()
    _watch = refuse_unexpected_questions(app)
    if install_translator(app, language) is None and language != "en":
        raise SystemExit(
            f"translations/bipdesk_{language}.qm is missing: run `make translations-qm`"
        )
    unknown = [name for name in only if name not in SHOTS]
    if unknown:
        raise SystemExit(f"unknown picture {', '.join(unknown)}; choose from {', '.join(SHOTS)}")
    work = WORK / language
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        with ExitStack() as stack:
            session = Session(app, language, out / language, work, stack)
            for name, shoot in SHOTS.items():
                if not only or name in only:
                    shoot(session)
            if session._window is not None:
                session._window.close()
            session.settle()
            return session.written
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="default: both")
    parser.add_argument("--only", nargs="+", default=[], metavar="NAME", help=", ".join(SHOTS))
    parser.add_argument("--out", type=Path, default=OUT, help="default: docs/images")
    args = parser.parse_args(argv)
    languages = args.lang or list(LANGUAGES)
    if len(languages) == 1:
        run_language(languages[0], args.out, args.only)
        return 0
    environment = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for language in languages:  # a process each: translators and locales never mix
        command = [sys.executable, __file__, "--lang", language, "--out", str(args.out)]
        if args.only:
            command += ["--only", *args.only]
        subprocess.run(command, check=True, env=environment)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
