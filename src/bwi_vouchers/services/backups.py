"""Backups of an SQLite database: one a day at start (the last 14 kept), a copy on demand, and a restore.

All copies go through SQLite's backup API (``storage.migrate.backup_sqlite``): consistent while the program
runs, written under a temporary name and then renamed, so no half-written file ever has a backup's name.
A PostgreSQL database is backed up by its administrator with pg_dump; these functions refuse it.
"""

from __future__ import annotations

import functools
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from bwi_vouchers.atomic import os_reason, write_via_temp
from bwi_vouchers.errors import BwiError
from bwi_vouchers.storage.database import Database
from bwi_vouchers.storage.database_file import DatabaseFile, inspect_database_file
from bwi_vouchers.storage.migrate import backup_sqlite

FOLDER_NAME = "Sicherungen"
KEEP = 14
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def default_folder(db_path: Path) -> Path:
    """Where the daily backups go unless the admin chose a folder: ``Sicherungen`` beside the database."""
    return db_path.parent / FOLDER_NAME


def daily_name(db_path: Path, day: date) -> str:
    return f"{db_path.stem}-{day.isoformat()}.db"


def daily_backups(db_path: Path, folder: Path) -> list[Path]:
    """This database's daily backups in ``folder``, newest first (other files are never touched)."""
    if not folder.is_dir():
        return []
    prefix = db_path.stem + "-"
    found = [p for p in folder.iterdir() if p.is_file() and p.suffix == ".db" and p.name.startswith(prefix)
             and _DAY.match(p.stem[len(prefix):])]
    return sorted(found, key=lambda p: p.name, reverse=True)


def daily_backup(db_path: Path, folder: Path, today: date, keep: int = KEEP) -> Path | None:
    """Back up the database once a day; returns the new backup, or None when today's exists already.

    After a new backup only the newest ``keep`` daily backups of this database stay in the folder.
    """
    target = folder / daily_name(db_path, today)
    if target.exists():
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BwiError("cannot_write", path=str(folder), detail=os_reason(exc)) from None
    backup_sqlite(db_path, target)
    for old in daily_backups(db_path, folder)[keep:]:
        old.unlink(missing_ok=True)
    return target


def last_backup(db_path: Path, folder: Path) -> datetime | None:
    """When the newest daily backup was written, if there is one."""
    newest = daily_backups(db_path, folder)
    return datetime.fromtimestamp(newest[0].stat().st_mtime) if newest else None


def save_copy(database: Database, target: Path) -> Path:
    """A copy of the whole database under a name the user chose (it may replace an older copy)."""
    database.backup_to(target)
    return target


def check_file(path: Path) -> DatabaseFile:
    """Is ``path`` a bwi-vouchers database this program can open? Raises a BwiError saying why not."""
    return inspect_database_file(path)


@dataclass(frozen=True)
class Restored:
    source: DatabaseFile
    kept: Path  # the database as it was before, kept aside under a name with the time


def aside_name(db_path: Path, now: datetime) -> Path:
    return db_path.with_name(f"{db_path.stem}.before-restore-{now:%Y%m%d-%H%M%S}{db_path.suffix or '.db'}")


def keep_files_as_they_are(path: Path, kept: Path) -> None:
    """A plain copy of the database file and its WAL (no check, no SQLite): for a damaged file."""
    for suffix in ("", "-wal"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            write_via_temp(kept.with_name(kept.name + suffix), functools.partial(_copy, source))


def _copy(source: Path, temp: Path) -> None:
    shutil.copyfile(source, temp)


def restore(database: Database, source: Path, now: datetime) -> Restored:
    """Put a backup in place of the open database: check it, keep the current one aside, copy, migrate.

    Nothing changes when the check fails. The open ``database`` handle stays valid and sees the new content.
    """
    path = database.sqlite_path()
    if path is None:
        raise BwiError("backup_sqlite_only")
    if source.resolve() == path.resolve():
        raise BwiError("restore_same_file", path=str(source))
    facts = inspect_database_file(source)
    kept = aside_name(path, now)
    if database.damaged is None:
        database.backup_to(kept)
    else:  # a checked backup refuses a damaged file; keep it aside as it is (with its WAL), to be examined
        keep_files_as_they_are(path, kept)
    database.replace_with(source)
    return Restored(facts, kept)
