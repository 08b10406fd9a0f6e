"""Bring a database to the newest schema with Alembic, after a backup copy of an SQLite file or a ``pg_dump`` of a
PostgreSQL database (into ``paths.migration_backup_dir()``).

Alembic is imported only when a migration is due: the stored revision is read with plain SQL and compared
with :data:`HEAD_REVISION` (a test keeps it equal to the head of the migration scripts)."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from bwi_vouchers.atomic import os_reason
from bwi_vouchers.errors import BwiError
from bwi_vouchers.paths import migrations_dir
from bwi_vouchers.storage.checks import quick_check, read_only
from bwi_vouchers.storage.engine import BUSY_TIMEOUT_MS
from bwi_vouchers.storage.migrations import HEAD as HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str | None:
    """The head of the migration scripts, read by Alembic (start-up uses :data:`HEAD_REVISION`)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revision(revision: str) -> bool:
    """Whether this program's migrations know the revision (a newer program's database is refused)."""
    if revision == HEAD_REVISION:
        return True
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - Alembic raises several kinds for a revision it does not know
        return False


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (None for a new one), read with plain SQL."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _refuse_foreign(engine: Engine) -> None:
    """A server database without our revision but with tables belongs to another program: never migrate into it."""
    with engine.connect() as connection:
        tables = sorted(set(inspect(connection).get_table_names()) - {"alembic_version"})  # ours, left empty by
        # a downgrade to base
    if tables:
        shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
        raise BwiError("foreign_server_database", database=engine.url.render_as_string(hide_password=True),
                       tables=shown)


def sqlite_file(engine: Engine) -> Path | None:
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


_BUSY, _LOCKED = 5, 6  # SQLITE_BUSY, SQLITE_LOCKED


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy one SQLite database into another through SQLite's backup API, in one transaction.

    Safe with WAL and with other connections to either file: readers of ``target`` see the old or the new
    content, never a mixture.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000

    def give_up_when_locked(status: int, remaining: int, total: int) -> None:
        # sqlite3 retries a busy target forever; another program's write lock must end in an error instead.
        if status in (_BUSY, _LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    src = read_only(source)  # never a write to the file copied from
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst, progress=give_up_when_locked, sleep=0.05)
        finally:
            dst.close()
    finally:
        src.close()


def backup_sqlite(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe with WAL and other readers).

    The source is checked first (``PRAGMA quick_check``): the copy of a damaged file never replaces a good
    one. The copy is written beside the target and renamed; on any failure the partial file is removed."""
    damaged = quick_check(source)
    if damaged is not None:
        raise BwiError("backup_source_damaged", detail=damaged)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BwiError("backup_failed", path=str(target), detail=os_reason(exc)) from None
    partial = target.with_name(f".~{target.name}.part")
    try:
        partial.unlink(missing_ok=True)
        partial.open("wb").close()  # the target folder is writable: or a clear OSError now
    except OSError as exc:
        raise BwiError("backup_failed", path=str(target), detail=os_reason(exc)) from None
    try:
        copy_sqlite(source, partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        raise BwiError("backup_failed", path=str(target), detail=str(exc)) from None
    except BaseException:
        _remove(partial)
        raise


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _dump_before(engine: Engine, current: str, stamp: str) -> Path:
    """A PostgreSQL database is dumped (``pg_dump``) before it is migrated; without pg_dump it is not migrated."""
    from bwi_vouchers.paths import migration_backup_dir
    from bwi_vouchers.storage import pg_dump

    if pg_dump.find_pg_dump() is None:
        raise BwiError("migration_needs_pg_dump", revision=current)
    target = migration_backup_dir() / f"{engine.url.database or 'bwi'}.before-{current}-{stamp}.dump"
    pg_dump.dump(engine.url, target)
    return target


def upgrade(engine: Engine) -> Path | None:
    """Migrate to head. Returns the backup made before migrating an existing file, if any."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return None
    if current is not None and not known_revision(current):
        raise BwiError("database_newer", revision=current)  # before any backup copy: nothing is written
    if current is None and engine.dialect.name != "sqlite":
        _refuse_foreign(engine)  # an SQLite file was looked at before (``checks.inspect_file``)
    backup = None
    path = sqlite_file(engine)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if path is not None and current is not None and path.exists() and path.stat().st_size > 0:
        backup = path.with_name(f"{path.stem}.before-{current}-{stamp}{path.suffix or '.db'}")
        backup_sqlite(path, backup)
    elif engine.dialect.name == "postgresql" and current is not None:
        backup = _dump_before(engine, current, stamp)
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
