"""Breaking off reads that are no longer wanted, from another thread.

When the list is asked again while the user types, the answer to the last keystroke is no longer wanted: ``set``
on its ``Interrupt`` stops the statement that a unit of work run under ``reading(interrupt)`` is executing at once
(SQLite: ``sqlite3_interrupt``; PostgreSQL: a cancel request) and refuses its next one (``Interrupted``), so that
the core and the database are free for the new question. ``watch`` installs this on an engine (``Database`` does).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

_local = threading.local()
_KEY = "bwi_interrupt"  # where a pooled connection keeps the interrupt it was checked out under


class Interrupted(Exception):
    """A read was broken off because its ``Interrupt`` was set."""


class Interrupt:
    """Set from any thread; the reads run under it stop (see the module)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # guards the list of connections (held only for a moment)
        self._cancelling = threading.Lock()  # held while a server is asked to cancel (a round trip)
        self._set = False
        self._connections: list[Any] = []  # the DBAPI connections of the reads running under it

    def is_set(self) -> bool:
        return self._set

    def set(self) -> None:
        """Break off the statements running under it, refuse the next ones; returns at once (the GUI thread
        calls it). A statement about to start at this very moment may run to its end: its answer is dropped like
        any other that is no longer wanted."""
        with self._lock:
            self._set = True
            running = list(self._connections)
        for connection in running:
            stop = getattr(connection, "interrupt", None)
            if stop is not None:
                stop()  # sqlite3: a flag the running statement sees at once
            elif hasattr(connection, "cancel"):  # psycopg: a request to the server, off the calling thread
                threading.Thread(target=self._cancel, args=(connection,), daemon=True).start()

    def _cancel(self, connection: Any) -> None:
        with self._cancelling:
            with self._lock:
                attached = connection in self._connections
            if attached:  # still this read's (not back in the pool, serving another)
                try:
                    connection.cancel()
                except Exception:  # noqa: BLE001 - the connection went meanwhile: nothing left to stop
                    pass

    def _attach(self, connection: Any) -> None:
        with self._lock:
            self._connections.append(connection)

    def _detach(self, connection: Any) -> None:
        with self._lock:
            if connection in self._connections:
                self._connections.remove(connection)
        with self._cancelling:
            pass  # a cancel under way for it ends before the connection serves anyone else


@contextmanager
def reading(interrupt: Interrupt | None) -> Iterator[None]:
    """The units of work this thread opens inside the block can be broken off by ``interrupt``."""
    before = getattr(_local, "interrupt", None)
    _local.interrupt = interrupt
    try:
        if interrupt is not None and interrupt.is_set():
            raise Interrupted()
        yield
    finally:
        _local.interrupt = before


def watch(engine: Engine) -> None:
    """Let ``reading`` break off the statements of this engine's connections."""

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        interrupt = getattr(_local, "interrupt", None)
        if interrupt is not None:
            record.info[_KEY] = interrupt
            interrupt._attach(dbapi_connection)

    def _release(dbapi_connection: Any, record: Any) -> None:
        interrupt = record.info.pop(_KEY, None)
        if interrupt is not None:
            interrupt._detach(dbapi_connection)

    # (Not on "reset", before the pool's rollback: a listener there changes how SQLAlchemy returns a connection —
    # a PostgreSQL connection was left open after ``dispose``. The unit of work has rolled back before that.)
    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: Any, record: Any) -> None:
        _release(dbapi_connection, record)

    @event.listens_for(engine, "invalidate")
    def _on_invalidate(dbapi_connection: Any, record: Any, _error: Any) -> None:
        _release(dbapi_connection, record)

    @event.listens_for(engine, "before_cursor_execute")
    def _on_execute(*_args: Any) -> None:
        interrupt = getattr(_local, "interrupt", None)
        if interrupt is not None and interrupt.is_set():
            raise Interrupted()
