"""What a write touched, taken from SQLAlchemy itself, so that no use case has to remember to say it.

While ``recording()`` is active on a thread, every writing unit of work notes what it sends to the database:
the ORM objects that a flush inserts, updates or deletes (their table and key columns, read in the session's
``after_flush`` event), and Core insert/update/delete statements run past the ORM (bulk writes: their table,
every row of it). Notes of a transaction count once it commits; a rollback drops them. Outside
``recording()`` nothing is noted and the events cost one context-variable lookup.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, object_mapper, sessionmaker
from sqlalchemy.sql.dml import UpdateBase

#: The columns that say which row (and which application, company, budget line …) a change belongs to.
KEY_COLUMNS = ("id", "application_id", "company_id", "budget_line_id", "cluster_id", "measure_id", "code", "login")


@dataclass(frozen=True)
class RowChange:
    """One row written: its table and its key columns (``keys`` None: any row may have changed), and whether
    it was inserted."""

    table: str
    keys: tuple[tuple[str, Any], ...] | None
    new: bool = False

    def key(self, column: str) -> Any:
        return dict(self.keys or ()).get(column)


@dataclass
class Recorder:
    """What the committed transactions of one operation wrote (``rows``), and the open one's (``pending``)."""

    rows: set[RowChange] = field(default_factory=set)
    pending: set[RowChange] = field(default_factory=set)
    flushing: bool = False

    def commit(self) -> None:
        self.rows |= self.pending
        self.pending = set()
        self.flushing = False

    def rollback(self) -> None:
        self.pending = set()
        self.flushing = False


_active: ContextVar[Recorder | None] = ContextVar("bwi_vouchers_recorder", default=None)


@contextmanager
def recording() -> Iterator[Recorder]:
    """Note the writes made on this thread inside the block (the caller reads ``rows`` afterwards)."""
    recorder = Recorder()
    token = _active.set(recorder)
    try:
        yield recorder
    finally:
        _active.reset(token)


def active() -> Recorder | None:
    return _active.get()


def note_insert(table: str) -> None:
    """Rows inserted into ``table`` by a statement sent past SQLAlchemy (``storage.bulk``'s raw executemany)."""
    recorder = _active.get()
    if recorder is not None and not recorder.flushing:
        recorder.pending.add(RowChange(table, None, new=True))


def _row(obj: Any, *, new: bool = False) -> RowChange:
    mapper = object_mapper(obj)
    state = obj.__dict__
    keys = tuple((attr.key, state.get(attr.key)) for attr in mapper.column_attrs if attr.key in KEY_COLUMNS)
    return RowChange(mapper.local_table.name, keys, new)  # type: ignore[attr-defined]


def _before_flush(session: Session, context: Any, instances: Any) -> None:
    recorder = _active.get()
    if recorder is not None:
        recorder.flushing = True  # the flush's own statements are noted as objects, with their ids


def _after_flush(session: Session, context: Any) -> None:
    recorder = _active.get()
    if recorder is None:
        return
    for obj in session.new:
        recorder.pending.add(_row(obj, new=True))
    for obj in session.deleted:
        recorder.pending.add(_row(obj))
    for obj in session.dirty:
        if session.is_modified(obj):
            recorder.pending.add(_row(obj))


def _after_flush_postexec(session: Session, context: Any) -> None:
    recorder = _active.get()
    if recorder is not None:
        recorder.flushing = False


def _after_execute(connection: Connection, statement: Any, *args: Any) -> None:
    recorder = _active.get()
    if recorder is None or recorder.flushing or not isinstance(statement, UpdateBase):
        return
    table = getattr(statement, "table", None)
    name = getattr(table, "name", None)
    if name is not None:
        recorder.pending.add(RowChange(name, None, new=True))


def track(engine: Engine, writer: sessionmaker[Session]) -> None:
    """Install the events on a database's engine and its writing sessions."""
    event.listen(writer, "before_flush", _before_flush)
    event.listen(writer, "after_flush", _after_flush)
    event.listen(writer, "after_flush_postexec", _after_flush_postexec)
    event.listen(engine, "after_execute", _after_execute)
