"""The audit trail's hash chain in the database: every new event is sealed at insert, and the chain is walked
to verify it (``bwi-vouchers audit verify``).

Sealing happens here, for every way an event is written: an ORM insert (``before_insert`` of ``AuditEvent``,
so no use case can forget it) and the bulk inserts of demo and import (``seal``, called by ``storage.bulk``).
A writer first locks the chain for the rest of its transaction — on PostgreSQL with a transaction-level advisory
lock, on SQLite the write transaction (``BEGIN IMMEDIATE``) already excludes every other writer — and then reads
the newest event's hash: two writers never chain onto the same predecessor, and ids (given by the database at
the insert, after the lock) follow the chain. The hash itself is ``chain_hash.event_hash``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Column, Connection, Table, event, func, select
from sqlalchemy.orm import Mapper, Session, object_session
from sqlalchemy.types import TypeDecorator

from bwi_vouchers.storage.chain_hash import GENESIS, NOT_CONTENT, event_hash
from bwi_vouchers.storage.models import AuditEvent, Base

#: Key of the PostgreSQL advisory lock that serialises appends to the chain ("bwiA").
CHAIN_LOCK = 0x62776941
BATCH = 10_000
_HEAD = "bwi_audit_chain_head"  # session.info: the newest hash while one flush inserts several events


def audit_table() -> Table:
    return Base.metadata.tables["audit_event"]


def lock(connection: Connection) -> None:
    """Hold the chain for the rest of the transaction (PostgreSQL; SQLite's write transaction holds it already)."""
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(CHAIN_LOCK)))


def head(connection: Connection) -> str:
    """Lock the chain, then the hash of its newest event (``GENESIS`` when there is none)."""
    lock(connection)
    table = audit_table()
    newest = connection.execute(select(table.c.hash).order_by(table.c.id.desc()).limit(1)).scalar()
    return str(newest) if newest is not None else GENESIS


_NESTED = (dict, list, tuple)


_FLAT = frozenset({str, int, float, bool, type(None)})


def _text_keys(value: Any) -> bool:
    """Whether every dict inside has text keys only (the usual case, checked without a JSON round trip).
    Plain loops: called for every audit event a demo or an import writes (a million applications: ~5 million);
    a change's ``[old, new]`` of plain values, most of what there is, is passed over without a call."""
    if isinstance(value, dict):
        for k, v in value.items():
            if not isinstance(k, str):
                return False
            if v.__class__ is list and len(v) == 2 and v[0].__class__ in _FLAT and v[1].__class__ in _FLAT:
                continue
            if isinstance(v, _NESTED) and not _text_keys(v):
                return False
        return True
    if isinstance(value, (list, tuple)):
        for v in value:
            if isinstance(v, _NESTED) and not _text_keys(v):
                return False
    return True


def _json(value: Any) -> Any:
    """JSON as it reads back. Its canonical text only differs from the value's when a dict has keys that are not
    text (they read back as text, sorted as text); a tuple is written as a list either way."""
    return value if _text_keys(value) else json.loads(json.dumps(value))


def _converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How a value of the column reads back from the database: JSON normalised (``_json``), a column type that
    converts (money as cents) converted there and back; None: as it is."""
    kind = column.type
    if isinstance(kind, JSON):
        return _json
    if isinstance(kind, TypeDecorator):
        decorator = kind
        return lambda value: decorator.process_result_value(
            decorator.process_bind_param(value, None), None)  # type: ignore[arg-type]
    return None


@lru_cache(maxsize=1)
def _plan() -> tuple[tuple[str, str, Any, Callable[[Any], Any] | None], ...]:
    """Per content column: its name, its key in a row's dict, its scalar default (or None), its converter."""
    plan = []
    for column in audit_table().columns:
        if column.name not in NOT_CONTENT:
            default = column.default
            scalar = getattr(default, "arg", None) if getattr(default, "is_scalar", False) else None
            plan.append((column.name, column.key, scalar, _converter(column)))
    return tuple(plan)


def content(values: Mapping[str, Any]) -> dict[str, Any]:
    """An event's hashed content from its values by column key, as they will read back from the database (so
    that the hash made now is the one verified later); a missing value is the column's default or None."""
    result = {}
    for name, key, default, convert in _plan():
        value = values.get(key)
        if value is None:
            value = default
        if value is not None and convert is not None:
            value = convert(value)
        result[name] = value
    return result


def seal(connection: Connection, rows: Sequence[MutableMapping[str, Any]]) -> None:
    """Give rows about to be inserted into ``audit_event`` (in this order) their ``prev_hash`` and ``hash``."""
    if not rows:
        return
    previous = head(connection)
    for row in rows:
        row["prev_hash"] = previous
        row["hash"] = previous = event_hash(previous, content(row))


def _before_insert(mapper: Mapper[Any], connection: Connection, target: AuditEvent) -> None:
    session = object_session(target)
    info: dict[Any, Any] = session.info if session is not None else {}
    previous = info.get(_HEAD) or head(connection)
    state = target.__dict__
    values = {attr.columns[0].key: state.get(attr.key) for attr in mapper.column_attrs}
    target.prev_hash = previous
    target.hash = info[_HEAD] = event_hash(previous, content(values))


def _before_flush(session: Session, context: Any, instances: Any) -> None:
    session.info.pop(_HEAD, None)  # each flush reads the head anew: what came between is in the database


event.listen(AuditEvent, "before_insert", _before_insert)
event.listen(Session, "before_flush", _before_flush)


# verifying ----------------------------------------------------------------------------------------

CHANGED, BROKEN, MISSING = "changed", "broken", "missing"


@dataclass(frozen=True)
class EventRef:
    """Which event: its number, time, user and record."""

    id: int
    at: datetime | None
    user: str
    entity: str
    entity_id: str


@dataclass(frozen=True)
class ChainBreak:
    """The first broken link. ``kind``: ``changed`` (the event's content or hash was altered), ``broken`` (it
    does not chain onto the event before it), ``missing`` (events before it are gone; ``previous_id`` is the
    last one present, None when the gap is at the start)."""

    kind: str
    event: EventRef
    previous_id: int | None = None


@dataclass(frozen=True)
class ChainCheck:
    """What a walk along the chain found: events checked, the newest hash, and the first break (None: intact).
    ``complete`` is False when the walk was cancelled."""

    count: int
    last_hash: str
    problem: ChainBreak | None
    complete: bool = True


def _rows(connection: Connection, columns: list[Column[Any]], batch: int) -> Iterator[Any]:
    """``columns`` of every event in id order, read ``batch`` rows at a time (keyset pages: bounded memory)."""
    key = audit_table().c.id
    last = None
    while True:
        query = select(*columns).order_by(key).limit(batch)
        if last is not None:
            query = query.where(key > last)
        rows = connection.execute(query).all()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def verify(connection: Connection, *, batch: int = BATCH, progress: Callable[[int, int], None] | None = None,
           is_cancelled: Callable[[], bool] | None = None) -> ChainCheck:
    """Walk the chain in id order and stop at the first event whose hash or link does not hold."""
    table = audit_table()
    content_columns = [c for c in table.columns if c.name not in NOT_CONTENT]
    names = [c.name for c in content_columns]
    total = connection.execute(select(func.count()).select_from(table)).scalar() or 0
    expected, previous_id, count = GENESIS, None, 0
    for row in _rows(connection, [table.c.id, table.c.prev_hash, table.c.hash, *content_columns], batch):
        event_id, prev_hash, stored = row[0], row[1], row[2]
        problem = None
        if prev_hash is None or stored != event_hash(prev_hash, dict(zip(names, row[3:], strict=True))):
            problem = ChainBreak(CHANGED, _ref(connection, event_id))
        elif prev_hash != expected:
            gap = previous_id is None or event_id > previous_id + 1
            problem = ChainBreak(MISSING if gap else BROKEN, _ref(connection, event_id), previous_id)
        if problem is not None:
            return ChainCheck(count, expected, problem)
        expected, previous_id = stored, event_id
        count += 1
        if count % batch == 0:
            if progress is not None:
                progress(count, total)
            if is_cancelled is not None and is_cancelled():
                return ChainCheck(count, expected, None, complete=False)
    if progress is not None:
        progress(count, max(count, total))
    return ChainCheck(count, expected, None)


def _ref(connection: Connection, event_id: int) -> EventRef:
    table = audit_table()
    row = connection.execute(select(table.c.at, table.c.user_login, table.c.entity, table.c.entity_id)
                             .where(table.c.id == event_id)).one()
    return EventRef(event_id, row.at, row.user_login, row.entity, row.entity_id)
