"""Child processes for tests/storage/test_crash_safety.py, killed with SIGKILL.

Started once as `python -m tests.storage.crash_worker`, it imports BIP Desk and
then forks one writer per command read on stdin, so that each round costs no
interpreter start-up. It never opens a database itself: every writer opens
its own, exactly as a fresh program would. Commands:

    measurements DB CODE   add CODE, then one measurement per transaction for
                           ever, printing `saved ID` after each commit
    import DB FILE         `bipdesk --db DB import FILE` through the CLI's own
                           function, then `finished`

A writer never exits on its own (it waits to be killed after finishing or
failing), so the process id the test kills is always the writer's. The
worker prints `started PID` when a writer starts and `ended STATUS` once the
killed writer has been reaped.
"""

from __future__ import annotations

import io
import os
import sys
import time
import traceback
from contextlib import redirect_stdout
from datetime import date, timedelta

from bipdesk.cli.main import main as cli_main
from bipdesk.core.cards import CardKey
from bipdesk.core.measurements import Measurement
from bipdesk.core.participants import Participant, Sex
from bipdesk.io.cards import default_cards
from bipdesk.storage import open_database

CARDS = default_cards()
CARD = CardKey("bip-standard", 1)
QUESTIONS = CARDS.get("bip-standard", 1).question_ids  # type: ignore[union-attr]
FIRST_DAY = date(2000, 1, 3)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_measurements(path: str, code: str) -> None:
    database = open_database(path, CARDS)
    with database.transaction() as repository:
        repository.add_participant(
            Participant(code, sex=Sex.OTHER, birth_year=1990, start_date=FIRST_DAY)
        )
    number = 0
    while True:
        answers = {q: 1 + (number + i) % 10 for i, q in enumerate(QUESTIONS)}
        measurement = Measurement(code, CARD, FIRST_DAY + timedelta(days=number), answers)
        with database.transaction() as repository:
            saved = repository.add_measurement(measurement)
        say(f"saved {saved.id}")  # only after the commit returned
        number += 1


def run_import(path: str, source: str) -> None:
    quiet = io.StringIO()
    with redirect_stdout(quiet):
        code = cli_main(["--db", path, "import", source])
    say("finished" if code == 0 else f"error import exited {code}")


def child(command: list[str]) -> None:
    try:
        if command[0] == "measurements":
            write_measurements(command[1], command[2])
        elif command[0] == "import":
            run_import(command[1], command[2])
        else:
            say(f"error unknown command {command[0]}")
    except BaseException:
        say("error " + " | ".join(traceback.format_exc().splitlines()))
    while True:  # wait to be killed, so the test never kills a reused process id
        time.sleep(60)


def serve() -> None:
    for line in sys.stdin:
        command = line.split()
        if not command or command[0] == "quit":
            break
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            say(f"started {os.getpid()}")
            child(command)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        say(f"ended {status}")


if __name__ == "__main__":
    serve()
