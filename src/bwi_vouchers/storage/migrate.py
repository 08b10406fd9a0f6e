"""Bring a database to the newest schema with Alembic, after a backup copy of an SQLite file."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from bwi_vouchers.atomic import write_via_temp
from bwi_vouchers.paths import migrations_dir
from bwi_vouchers.storage.engine import BUSY_TIMEOUT_MS


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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

    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst, progress=give_up_when_locked, sleep=0.05)
        finally:
            dst.close()
    finally:
        src.close()


def backup_sqlite(source: Path, target: Path) -> None:
    """A consistent copy, written to a temporary name beside the target and then renamed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    write_via_temp(target, lambda temp: copy_sqlite(source, temp))


def upgrade(engine: Engine) -> Path | None:
    """Migrate to head. Returns the backup made before migrating an existing file, if any."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    path = sqlite_file(engine)
    if path is not None and current is not None and path.exists() and path.stat().st_size > 0:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.before-{current}-{stamp}{path.suffix or '.db'}")
        backup_sqlite(path, backup)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
