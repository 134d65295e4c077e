"""One writer per database: a lock file beside it says who is writing.

SQLite's own locks last one transaction; this lock lasts as long as a program
has the file open for writing, so a second BIP Desk (another window, the
command line, a colleague on a shared folder) learns who holds the file and
can open it read-only instead. The file `bipdesk.db.lock` holds JSON: user,
host, process id, time and a random token. It is made complete under a
temporary name and then linked into place, which fails when a lock exists,
so two programs can never both believe they hold it. A lock whose process
is gone (same host, dead process id) is stale and taken over.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path

from bipdesk.messages import QT_TRANSLATE_NOOP
from bipdesk.storage.errors import LockedError
from bipdesk.storage.lock_holder import LockHolder

LOCK_SUFFIX = ".lock"
_ATTEMPTS = 5


class _Garbled:
    """A lock file that cannot be read as a lock (cut short, edited by hand)."""


def lock_path(database: Path) -> Path:
    """The lock file of `database`: its name plus `.lock`, in the same folder."""
    return database.with_name(database.name + LOCK_SUFFIX)


def read_lock(database: Path) -> LockHolder | None:
    """Who holds `database` now; None when nobody does (or the lock is unreadable)."""
    found = _read(lock_path(database))
    return found if isinstance(found, LockHolder) else None


def _read(path: Path) -> LockHolder | _Garbled | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return _Garbled()
    try:
        data = json.loads(text)
        since = datetime.fromisoformat(str(data["since"]))
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return LockHolder(
            str(data["user"]), str(data["host"]), int(data["pid"]), since, str(data["token"])
        )
    except (ValueError, KeyError, TypeError):
        return _Garbled()


def this_host() -> str:
    return socket.gethostname() or "this computer"


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown user"


def process_alive(pid: int) -> bool:
    """Whether a process with `pid` runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    return True


def is_stale(holder: LockHolder) -> bool:
    """A lock left behind by a program that ended without closing (crash, power cut).

    Only a lock from this computer can be judged; one from another host (a
    shared folder) is taken as live.
    """
    return holder.host == this_host() and not process_alive(holder.pid)


class WriterLock:
    """This program's hold on one database; `release` at close."""

    def __init__(self, database: Path, holder: LockHolder) -> None:
        self.database = database
        self.path = lock_path(database)
        self.holder = holder
        self._count = 1
        self._released = False

    def release(self) -> None:
        """Give the database up; only removes the lock file while it is still ours."""
        with _GUARD:
            if self._released:
                return
            self._count -= 1
            if self._count > 0:
                return
            self._released = True
            _HELD.pop(_key(self.database), None)
            found = _read(self.path)
            if isinstance(found, LockHolder) and found.token == self.holder.token:
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()

    @property
    def released(self) -> bool:
        return self._released


_HELD: dict[str, WriterLock] = {}
"""Locks this process holds: opening the same file twice in one program shares one."""
_GUARD = threading.Lock()


def _key(database: Path) -> str:
    return os.path.normcase(os.fspath(database.resolve()))


def acquire(database: Path) -> WriterLock:
    """Take the writer lock of `database` (whose folder must exist).

    Raises LockedError naming the holder when another live program has it.
    """
    with _GUARD:
        held = _HELD.get(_key(database))
        if held is not None and not held.released:
            held._count += 1
            return held
        path = lock_path(database)
        mine = LockHolder(_user(), this_host(), os.getpid(), datetime.now(UTC), uuid.uuid4().hex)
        for _ in range(_ATTEMPTS):
            if _place(path, mine):
                lock = WriterLock(database, mine)
                _HELD[_key(database)] = lock
                return lock
            found = _read(path)
            if found is None:
                continue  # released meanwhile: try again
            if isinstance(found, LockHolder) and not is_stale(found):
                raise LockedError(database, found.describe(), found)
            _take_away(path, found)
        found = _read(path)
        known = found if isinstance(found, LockHolder) else None
        holder = known.describe() if known else QT_TRANSLATE_NOOP("storage", "another program")
        raise LockedError(database, holder, known)


def _place(path: Path, holder: LockHolder) -> bool:
    """Put a complete lock file at `path`; False when one is there already."""
    temporary = path.with_name(f"{path.name}.{holder.token}.tmp")
    data = holder.to_json().encode("utf-8")
    try:
        with temporary.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            return False
        except OSError:
            # No hard links here (some network or FAT drives): exclusive create.
            return _create_exclusive(path, data)
        return True
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _create_exclusive(path: Path, data: bytes) -> bool:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return True


def _take_away(path: Path, judged: LockHolder | _Garbled) -> None:
    """Remove the stale lock `judged`, but never a fresh one placed meanwhile."""
    aside = path.with_name(f"{path.name}.{uuid.uuid4().hex}.stale")
    try:
        os.replace(path, aside)
    except FileNotFoundError:
        return
    moved = _read(aside)
    same = (
        isinstance(moved, LockHolder)
        and isinstance(judged, LockHolder)
        and moved.token == judged.token
    ) or (isinstance(moved, _Garbled) and isinstance(judged, _Garbled))
    if not same:  # someone took the lock in between: put theirs back
        with contextlib.suppress(OSError):
            os.link(aside, path)
    with contextlib.suppress(OSError):
        aside.unlink()
