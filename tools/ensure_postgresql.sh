#!/bin/sh
# `make test` step: install the PostgreSQL server the test suite starts for itself
# (tests/postgres_server.py) where it is missing. Debian/Ubuntu only (apt-get), as root
# or through sudo without a password; elsewhere one line says what to install and the
# run goes on: the PostgreSQL tests then skip locally and fail under CI=true.
# BIPDESK_TEST_PG_BINDIR set (even empty) means the caller chose the binaries: nothing to do.
set -u

if [ "${BIPDESK_TEST_PG_BINDIR+set}" = set ]; then
    exit 0
fi

has_server() {
    for folder in ${PGBIN:-} "$(pg_config --bindir 2>/dev/null)" /usr/lib/postgresql/*/bin; do
        if [ -x "$folder/initdb" ] && [ -x "$folder/pg_ctl" ] && [ -x "$folder/postgres" ]; then
            return 0
        fi
    done
    return 1
}

has_server && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_postgresql: no PostgreSQL server found; install PostgreSQL (initdb, pg_ctl, postgres) for the team database tests, which skip without it (and fail under CI)"
    exit 0
fi
if [ "$(id -u)" = 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root="sudo -n"
else
    echo "ensure_postgresql: no PostgreSQL server found; install it with 'sudo apt-get install postgresql' for the team database tests, which skip without it (and fail under CI)"
    exit 0
fi

echo "ensure_postgresql: installing the Debian package postgresql for the test suite"
if $as_root apt-get update -qq &&
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; then
    has_server && exit 0
fi
echo "ensure_postgresql: installing postgresql failed; the team database tests skip (and fail under CI)"
exit 0
