"""`backup`, `restore` and `check`: keeping the database safe (DESIGN §5)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bipdesk.cli.errors import CliError, existing_database
from bipdesk.cli.opening import database_location, database_path
from bipdesk.messages import QT_TRANSLATE_NOOP, Number, counted, joined, said


def add_backup(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Copy the database with SQLite's backup API into the backups folder "
        "beside it (or --to DIR). Older backups beyond the kept number are deleted."
    )
    parser.add_argument("--to", type=Path, metavar="DIR", help="the folder to write it to")
    parser.set_defaults(run=_run_backup)


def add_restore(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Check BACKUP, back the current database up, then put BACKUP in its "
        "place. Refused while another BIP Desk has the database open."
    )
    parser.add_argument("backup", type=Path, metavar="BACKUP")
    parser.set_defaults(run=_run_restore)


def add_check(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Run SQLite's integrity check and read the schema version, changing "
        "nothing. Exits non-zero when the file is damaged, foreign or from a newer version."
    )
    parser.set_defaults(run=_run_check)


def _run_backup(args: argparse.Namespace) -> int:
    from bipdesk.storage.backup import backup_file, keep_count_in, prune_backups
    from bipdesk.storage.probe import passphrase_for

    path = database_path(args)
    existing_database(path)
    passphrase = passphrase_for(path)  # an encrypted file's backup is encrypted the same way
    made = backup_file(path, args.to, passphrase=passphrase)
    said_lines = [
        QT_TRANSLATE_NOOP("cli", "{backup}: backup of {path}, {size} bytes").format(
            backup=made.path, path=path, size=Number(made.size)
        )
    ]
    if args.to is None:  # the backups folder beside the database: keep its count
        keep = keep_count_in(path, passphrase)
        removed = prune_backups(path, keep)
        if removed:
            said_lines.append(
                counted(
                    len(removed),
                    QT_TRANSLATE_NOOP(
                        "cli", "{count} older backup deleted, the newest {keep} kept"
                    ),
                    QT_TRANSLATE_NOOP(
                        "cli", "{count} older backups deleted, the newest {keep} kept"
                    ),
                    keep=keep,
                )
            )
    print(said(joined(said_lines), args.lang))
    return 0


def _run_restore(args: argparse.Namespace) -> int:
    from bipdesk.storage.backup import restore_database
    from bipdesk.storage.probe import passphrase_for

    path = database_path(args)
    if not args.backup.is_file():
        raise CliError(
            QT_TRANSLATE_NOOP("cli", "{backup}: no such backup").format(backup=args.backup)
        )
    result = restore_database(args.backup, path, passphrase=passphrase_for(args.backup))
    restored = QT_TRANSLATE_NOOP("cli", "{path}: restored from {backup}").format(
        path=path, backup=result.restored
    )
    if result.previous:
        restored = QT_TRANSLATE_NOOP(
            "cli", "{path}: restored from {backup}; the file it replaced is kept as {previous}"
        ).format(path=path, backup=result.restored, previous=result.previous)
    print(said(restored, args.lang))
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from bipdesk.storage.check import check_database

    location = database_location(args)
    if not isinstance(location, Path):  # a team database: the server answers for itself
        from bipdesk.cli.team import run_team_check

        return run_team_check(args, location)
    path = location
    result = check_database(path)
    version = QT_TRANSLATE_NOOP("cli", "schema {revision}").format(revision=result.revision)
    if result.needs_upgrade:
        version = QT_TRANSLATE_NOOP(
            "cli", "schema {revision} (upgraded to {head} when next opened)"
        ).format(revision=result.revision, head=result.head)
    parts = [
        QT_TRANSLATE_NOOP(
            "cli",
            "{path}: sound BIP Desk database, {version}, {participants} participants, "
            "{measurements} measurements",
        ).format(
            path=path,
            version=version,
            participants=Number(result.participants),
            measurements=Number(result.measurements),
        )
    ]
    if result.holder:
        parts.append(
            QT_TRANSLATE_NOOP("cli", "in use by {holder}").format(holder=result.holder.describe())
        )
    print(said(joined(parts), args.lang))
    return 0
