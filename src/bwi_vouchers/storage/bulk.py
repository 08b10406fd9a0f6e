"""Bulk writes for large generated data sets (demo data): plain dicts in, SQLAlchemy Core executemany out.

Services hand over lists of plain dicts keyed by column name, with the same Python values the ORM takes
(``Decimal`` money, ``date``, ``datetime``, dicts for JSON). The tables' column types apply as with the ORM —
``Money`` turns euros into integer cents — so a row written here reads back exactly like one the ORM wrote.
Everything runs inside the caller's unit of work: one transaction, rolled back as a whole.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping, Sequence
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from bwi_vouchers.storage.models import Base, Measure, ReferenceCounter

CHUNK = 20_000
BULK_CACHE_KIB = 256 * 1024


class Interrupted(Exception):
    """``is_cancelled()`` said stop between two chunks; the caller's transaction is to be rolled back."""


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def insert_order(names: Sequence[str]) -> list[str]:
    """The given table names, parents before children (foreign keys are checked at once in SQLite)."""
    wanted = set(names)
    return [t.name for t in Base.metadata.sorted_tables if t.name in wanted]


def next_ids(session: Session, names: Sequence[str]) -> dict[str, int]:
    """Per table, the first free integer primary key (explicit ids let parents and children be built in memory)."""
    result = {}
    for name in names:
        t = table(name)
        result[name] = (session.execute(select(func.max(t.c.id))).scalar() or 0) + 1
    return result


def measure_codes(session: Session) -> list[str]:
    return list(session.scalars(select(Measure.code)))


def reference_counters(session: Session) -> dict[int, int]:
    return {year: last for year, last in session.execute(select(ReferenceCounter.year, ReferenceCounter.last_number))}


def set_reference_counters(session: Session, counters: Mapping[int, int]) -> None:
    """Store the last reference number per year (insert or update)."""
    existing = reference_counters(session)
    t = table("reference_counter")
    connection = session.connection()
    for year, last in sorted(counters.items()):
        if year in existing:
            connection.execute(t.update().where(t.c.year == year).values(last_number=last))
        else:
            connection.execute(t.insert().values(year=year, last_number=last))


def insert(session: Session, rows: MutableMapping[str, list[dict[str, Any]]], *,
           progress: Callable[[int, int], None] | None = None,
           is_cancelled: Callable[[], bool] | None = None, chunk: int = CHUNK, release: bool = False) -> int:
    """Insert every table's rows in foreign-key order with executemany, ``chunk`` rows at a time.

    All dicts of one table must have the same keys. ``progress(done, total)`` counts rows; between chunks
    ``is_cancelled()`` may stop the work by raising ``Interrupted``. With ``release`` a table's list is replaced
    by an empty one once written, so that its memory can go. Returns the number of rows written.
    """
    total = sum(len(r) for r in rows.values())
    done = 0
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Index pages of a big insert stay in memory instead of being evicted and read again (SQLite's default
        # cache is 2 MiB); this halves the time of 100,000 demo applications. Per connection, restored below.
        previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
        connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        for name in insert_order(list(rows)):
            statement = table(name).insert()
            data = rows[name]
            for start in range(0, len(data), chunk):
                if is_cancelled is not None and is_cancelled():
                    raise Interrupted()
                part = data[start:start + chunk]
                connection.execute(statement, list(part))
                done += len(part)
                if progress is not None:
                    progress(done, total)
            if release:
                rows[name] = []
    finally:
        if sqlite:
            connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")
    return done
