"""A throwaway PostgreSQL server for the test session, started from the installed binaries.

The team database (docs/architecture.md) must behave the same on PostgreSQL as on
SQLite, so its tests need a real server, not a mock. The suite starts its own: a
fresh cluster in a temporary folder, on a free port of 127.0.0.1 and a Unix socket
in that folder, trust authentication (any role name logs in without a password,
which is what row-level-security tests need to act as several logins), fsync off.
The cluster's locale is C.UTF-8, not Swedish: a team's server may have any default,
so Swedish sorting must come from an explicit collation (ICU's "sv-x-icu").
PostgreSQL refuses to run as root, so as root (containers, some CI) the server runs
as the ``postgres`` user that the Debian package creates.

Where the binaries are missing, ``find_bindir`` says why in one sentence; the
fixtures in tests/conftest.py then skip the PostgreSQL tests, and
tests/postgres_required.py makes that a failure under CI.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BINDIR_VARIABLE = "BIPDESK_TEST_PG_BINDIR"
"""Overrides where the server binaries are; a folder without them hides the server,
which is how the skip-locally / fail-under-CI rule is tried."""

UNAVAILABLE = "PostgreSQL server not available"
"""Every skip for want of the server starts with this (tests/postgres_required.py
recognises those skips by it)."""

SUPERUSER = "postgres"
RUN_AS = "postgres"
"""The unprivileged system user the server runs as when the tests run as root."""

_PROGRAMS = ("initdb", "pg_ctl", "postgres")
_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "16MB",
    "max_connections": "100",
    "log_min_messages": "warning",
}


class ServerUnavailable(Exception):
    """The binaries are not installed (or cannot be run here): tests skip, CI fails."""


def _has_programs(folder: Path) -> bool:
    return all(shutil.which(name, path=str(folder)) is not None for name in _PROGRAMS)


def _version_key(folder: Path) -> tuple[int, ...]:
    """/usr/lib/postgresql/9.6/bin < …/15/bin < …/16/bin: numbers, not text."""
    return tuple(int(part) for part in re.findall(r"\d+", folder.parent.name))


def find_bindir(environ: Mapping[str, str] = os.environ) -> Path:
    """The folder with initdb, pg_ctl and postgres, or ServerUnavailable saying what is missing.

    Looked for in BIPDESK_TEST_PG_BINDIR (alone, when set), then PGBIN (GitHub's
    Windows runners set it), ``pg_config --bindir`` (libpq-dev alone installs
    pg_config without a server, hence the check), then the newest
    /usr/lib/postgresql/*/bin.
    """
    override = environ.get(BINDIR_VARIABLE)
    if override is not None:
        if override and _has_programs(Path(override)):
            return Path(override)
        raise ServerUnavailable(
            f"{UNAVAILABLE}: {BINDIR_VARIABLE}={override!r} holds no initdb, pg_ctl and postgres"
        )
    candidates: list[Path] = []
    if environ.get("PGBIN"):
        candidates.append(Path(environ["PGBIN"]))
    pg_config = shutil.which("pg_config")
    if pg_config is not None:
        answer = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        )
        if answer.returncode == 0 and answer.stdout.strip():
            candidates.append(Path(answer.stdout.strip()))
    debian = [p for p in Path("/usr/lib/postgresql").glob("*/bin") if _version_key(p)]
    candidates.extend(sorted(debian, key=_version_key, reverse=True))
    for folder in candidates:
        if _has_programs(folder):
            return folder
    raise ServerUnavailable(
        f"{UNAVAILABLE}: no initdb, pg_ctl and postgres found (pg_config --bindir, "
        "/usr/lib/postgresql/*/bin); install the 'postgresql' package (make test does)"
    )


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _database_name(prefix: str) -> str:
    """A new, valid, unquoted-safe name: lower case letters, digits and _ (63 bytes at most)."""
    cleaned = re.sub(r"[^a-z0-9_]+", "_", prefix.lower()).strip("_") or "test"
    return f"{cleaned[:40]}_{uuid.uuid4().hex[:12]}"


@dataclass
class PostgresServer:
    """A running server of this session: where it listens and who is its superuser."""

    bindir: Path
    folder: Path
    port: int
    host: str = "127.0.0.1"
    superuser: str = SUPERUSER
    initdb_seconds: float = 0.0
    start_seconds: float = 0.0
    _as_user: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def url(self, database: str, user: str | None = None) -> str:
        """The SQLAlchemy URL of a database of this server, as the superuser or another role."""
        return f"postgresql+psycopg://{user or self.superuser}@{self.host}:{self.port}/{database}"

    @contextmanager
    def admin(self, database: str = "postgres") -> Iterator[Any]:
        """A psycopg connection as the superuser in autocommit (CREATE DATABASE needs it)."""
        import psycopg

        with psycopg.connect(
            host=self.host, port=self.port, user=self.superuser, dbname=database, autocommit=True
        ) as connection:
            yield connection

    def new_database(self, name_prefix: str) -> str:
        """Creates an empty database of its own name and returns its SQLAlchemy URL."""
        from psycopg import sql

        name = _database_name(name_prefix)
        with self.admin() as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, url_or_name: str) -> None:
        """Drops it even while connections are open (WITH (FORCE) ends them; no waiting)."""
        from psycopg import sql

        name = url_or_name.rsplit("/", 1)[-1].split("?", 1)[0]
        with self.admin() as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def _run(self, *command: str) -> None:
        done = subprocess.run(
            [*self._as_user, *command],
            cwd=self.folder,
            capture_output=True,
            text=True,
            check=False,
            env=_server_environment(),
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
            raise RuntimeError(
                f"{Path(command[0]).name} failed ({done.returncode}):\n"
                f"{done.stdout}{done.stderr}{log}"
            )

    def _program(self, name: str) -> str:
        found = shutil.which(name, path=str(self.bindir))
        assert found is not None  # find_bindir checked
        return found

    def initdb(self) -> None:
        began = time.perf_counter()
        self._run(
            self._program("initdb"),
            "--pgdata", str(self.data),
            "--username", self.superuser,
            "--auth", "trust",
            "--encoding", "UTF8",
            "--locale", "C.UTF-8" if sys.platform.startswith("linux") else "C",
            "--no-sync",
        )  # fmt: skip
        settings = dict(_SETTINGS, port=str(self.port))
        settings["unix_socket_directories"] = "''" if os.name == "nt" else f"'{self.folder}'"
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# tests/postgres_server.py\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        self.initdb_seconds = time.perf_counter() - began

    def start(self) -> None:
        began = time.perf_counter()
        self._run(
            self._program("pg_ctl"), "start", "--wait", "--silent",
            "--pgdata", str(self.data), "--log", str(self.log),
        )  # fmt: skip
        self.start_seconds = time.perf_counter() - began

    def stop(self, mode: str = "immediate") -> None:
        """Immediate by default: the cluster is thrown away, so nothing needs a clean
        shutdown; a test that starts it again stops it "fast", keeping what was committed
        (synchronous_commit is off here)."""
        self._run(
            self._program("pg_ctl"), "stop", "--wait", "--silent",
            "--pgdata", str(self.data), "--mode", mode,
        )  # fmt: skip


def _server_environment() -> dict[str, str]:
    """Without the caller's PG* variables (PGDATA, PGPORT… would redirect pg_ctl)."""
    return {key: value for key, value in os.environ.items() if not key.startswith("PG")}


def _temporary_folder(as_user: list[str]) -> Path:
    """A short path (a Unix socket's path may hold about 100 bytes), owned by the server's
    user; /tmp when run as root, since root's own TMPDIR may be closed to that user."""
    parent = tempfile.gettempdir()
    if (as_user or len(parent) > 60) and os.path.isdir("/tmp"):
        parent = "/tmp"
    folder = Path(tempfile.mkdtemp(prefix="bipdesk-pg-", dir=parent))
    if as_user:
        shutil.chown(folder, user=RUN_AS, group=None)
    return folder


def _run_as_prefix() -> list[str]:
    """``runuser -u postgres --`` as root; nothing otherwise."""
    if not _is_root():
        return []
    runuser = shutil.which("runuser")
    try:
        import pwd

        pwd.getpwnam(RUN_AS)
    except KeyError:
        runuser = None
    if runuser is None:
        raise ServerUnavailable(
            f"{UNAVAILABLE}: the tests run as root, which PostgreSQL refuses, and "
            f"runuser or the user '{RUN_AS}' to run it as is missing"
        )
    return [runuser, "-u", RUN_AS, "--"]


@contextmanager
def running_server(environ: Mapping[str, str] = os.environ) -> Iterator[PostgresServer]:
    """Starts a fresh server and stops and removes it afterwards, whatever happened."""
    bindir = find_bindir(environ)
    as_user = _run_as_prefix()
    folder = _temporary_folder(as_user)
    try:
        server = _started(bindir, folder, as_user)
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _started(bindir: Path, folder: Path, as_user: list[str]) -> PostgresServer:
    """The port was free a moment ago; if another process took it meanwhile, try another."""
    server = PostgresServer(bindir, folder, _free_port(), _as_user=as_user)
    server.initdb()
    for _ in range(2):
        try:
            server.start()
            return server
        except RuntimeError:
            server.port = _free_port()
            conf = server.data / "postgresql.conf"
            conf.write_text(
                re.sub(r"(?m)^port = \d+$", f"port = {server.port}", conf.read_text()),
                encoding="utf-8",
            )
    server.start()
    return server


if __name__ == "__main__":  # python -m tests.postgres_server: start, time, stop
    with running_server() as found:
        print(
            f"PostgreSQL from {found.bindir} on {found.host}:{found.port}: "
            f"initdb {found.initdb_seconds:.2f} s, start {found.start_seconds:.2f} s"
        )
