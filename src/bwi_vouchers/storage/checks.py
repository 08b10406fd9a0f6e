"""Look at an SQLite file before anything writes to it: is it ours, is it too new, is it damaged?

Everything here reads through a read-only connection (``mode=ro``): a file of another program, or one
written by a newer version of this program, is refused byte-for-byte untouched — no journal-mode switch,
no migration, no backup copy. ``PRAGMA quick_check`` costs about 11 s on a 333 MB database, so it runs
when a file is opened only below ``QUICK_CHECK_LIMIT``; a larger file is checked by ``verify`` (the desktop
runs it in the background after start) and on every backup.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bwi_vouchers.errors import BwiError

QUICK_CHECK_LIMIT = 50 * 1024 * 1024
SQLITE_HEADER = b"SQLite format 3\x00"
OUR_TABLES = frozenset({"application", "company", "ledger_entry"})  # a file holding these is one of ours


@dataclass(frozen=True)
class FileState:
    revision: str | None  # the Alembic revision stored in the file; None for a new or empty file
    damaged: str | None  # what the quick check found; None when it passed or did not run


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def quick_check(path: Path) -> str | None:
    """None when ``PRAGMA quick_check`` passes; otherwise its first finding (a damaged file)."""
    try:
        connection = read_only(path)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    findings = [str(row[0]) for row in rows if row and row[0] != "ok"]
    return findings[0][:200] if findings else None


def inspect_file(path: Path, known_revision: Callable[[str], bool], *, check: bool | None = None) -> FileState:
    """Refuse a file that is not an SQLite database of this program, or one from a newer version; say
    whether it is damaged (quick check on a small file, or when ``check`` says so)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return FileState(None, None)
    if size == 0:
        return FileState(None, None)
    with path.open("rb") as stream:
        if stream.read(16) != SQLITE_HEADER:
            raise BwiError("not_a_database", path=str(path))
    try:
        connection = read_only(path)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = found[0] if found else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise BwiError("database_damaged", path=str(path), detail=str(exc), backups=str(path.parent)) from None
    if tables - {"alembic_version"} and not OUR_TABLES <= tables:
        raise BwiError("foreign_database", path=str(path))
    if revision is not None and not known_revision(revision):
        raise BwiError("database_newer", revision=revision)
    run = size < QUICK_CHECK_LIMIT if check is None else check
    return FileState(revision, quick_check(path) if run else None)


def is_damage(error: BaseException) -> bool:
    """Whether a driver error says the file is damaged (rather than busy or refused)."""
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text
