"""The engine: SQLite with foreign keys, WAL and a busy timeout; PostgreSQL with a lock timeout and a connection
test before each use (a server that restarted is reconnected to); any other SQLAlchemy URL as it is."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 10_000
#: How long a PostgreSQL statement waits for a row another transaction locked (a decision that locks the budget
#: line waits for the one before it) before it gives up with a German "busy" message, like SQLite's busy timeout.
LOCK_TIMEOUT_MS = 15_000
IMMEDIATE = "bwi_sqlite_immediate"


def make_engine(url: str, **kwargs: Any) -> Engine:
    if url.startswith("postgresql"):
        kwargs.setdefault("pool_pre_ping", True)
        engine = create_engine(url, **kwargs)
        _configure_postgresql(engine)
        return engine
    if not url.startswith("sqlite"):
        return create_engine(url, **kwargs)
    in_memory = url in ("sqlite://", "sqlite:///:memory:")
    if in_memory:
        kwargs.setdefault("poolclass", StaticPool)
        kwargs.setdefault("connect_args", {"check_same_thread": False})
    engine = create_engine(url, **kwargs)
    _configure_sqlite(engine, wal=not in_memory)
    return engine


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control from the sqlite3 module, so that BEGIN is ours (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A writing unit of work takes the write lock at once: two writers then queue up behind the
        # busy timeout instead of failing with a deadlock when both try to upgrade their read locks.
        if connection.get_execution_options().get(IMMEDIATE):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True  # a SET outside any transaction: it holds for the whole session
        cursor = dbapi_connection.cursor()
        cursor.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
        cursor.close()
        dbapi_connection.autocommit = autocommit
