"""Is a file a bwi-vouchers database? Checked before a restore, read-only, without changing the file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bwi_vouchers.atomic import os_reason
from bwi_vouchers.errors import BwiError

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

SQLITE_HEADER = b"SQLite format 3\x00"
#: Tables every revision of our schema has had; a file without them is some other program's database.
CORE_TABLES = frozenset({"application", "company", "measure", "budget_line", "ledger_entry", "audit_event",
                         "app_user", "programme_version"})


@dataclass(frozen=True)
class DatabaseFile:
    """What the check found: the file, its schema revision and how many applications it holds."""

    path: Path
    revision: str
    applications: int
    needs_migration: bool


def _scripts() -> ScriptDirectory:
    """The migration scripts; Alembic is imported only when a file is inspected (it is slow to import)."""
    from alembic.script import ScriptDirectory

    from bwi_vouchers.storage.migrate import alembic_config

    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def inspect_database_file(path: Path) -> DatabaseFile:
    """Check that ``path`` is an intact bwi-vouchers SQLite database; raise a BwiError saying why not."""
    if not path.is_file():
        raise BwiError("file_missing", path=str(path))
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BwiError("restore_unreadable", path=str(path), detail=os_reason(exc)) from None
    if header != SQLITE_HEADER:
        raise BwiError("restore_not_sqlite", path=str(path))
    try:
        with closing(sqlite3.connect(str(path))) as raw:
            raw.execute("PRAGMA query_only = ON")
            if raw.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BwiError("restore_damaged", path=str(path))
            tables = {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables or not CORE_TABLES <= tables:
                raise BwiError("restore_not_ours", path=str(path))
            row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
            applications = raw.execute("SELECT count(*) FROM application").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BwiError("restore_damaged", path=str(path)) from exc
    revision = str(row[0]) if row else ""
    if revision not in known_revisions():
        raise BwiError("restore_newer", path=str(path), revision=revision or "–")
    head = {script.revision for script in _scripts().get_revisions("heads")}
    return DatabaseFile(path, revision, int(applications), revision not in head)
