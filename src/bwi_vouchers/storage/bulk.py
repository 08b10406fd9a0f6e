"""Bulk writes for large generated data sets (demo data): plain dicts in, executemany out (SQLAlchemy Core's;
on SQLite the DB-API's own, with the values converted by the columns' bind processors: see ``_RawInsert``).

Services hand over lists of plain dicts keyed by column name, with the same Python values the ORM takes
(``Decimal`` money, ``date``, ``datetime``, dicts for JSON). The tables' column types apply as with the ORM —
``Money`` turns euros into integer cents — so a row written here reads back exactly like one the ORM wrote.
Everything runs inside the caller's unit of work: one transaction, rolled back as a whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, func, inspect, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bwi_vouchers.errors import ConflictError
from bwi_vouchers.storage import audit_chain, tracking
from bwi_vouchers.storage.models import (
    Base,
    Contact,
    DeminimisRecord,
    Measure,
    Membership,
    ReferenceCounter,
    SmeFigures,
)

CHUNK = 20_000
BULK_CACHE_KIB = 256 * 1024
REBUILD_CACHE_KIB = 64 * 1024  # while deferred indexes are built (see deferred_indexes)


class Interrupted(Exception):
    """``is_cancelled()`` said stop between two chunks; the caller's transaction is to be rolled back."""


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def insert_order(names: Sequence[str]) -> list[str]:
    """The given table names, parents before children (foreign keys are checked at once in SQLite)."""
    wanted = set(names)
    return [t.name for t in Base.metadata.sorted_tables if t.name in wanted]


def reserve_ids(session: Session, name: str, count: int, *, reserve: bool = True) -> Sequence[int]:
    """``count`` ids for new rows of table ``name`` that no other transaction will use, ascending.

    PostgreSQL: taken from the table's id sequence (``nextval``, safe under any concurrency; ids of a transaction
    that rolls back stay unused) — one range unless another session took ids at the same moment. SQLite: the ids
    above the highest one (what SQLite itself would give): safe in a writing unit of work, which holds the
    database's one write lock from its start; several reservations in one transaction follow each other.
    Without ``reserve`` (a dry run that writes nothing) the SQLite way on any engine: nothing is taken."""
    if count <= 0:
        return range(0)
    connection = session.connection()
    if reserve and connection.dialect.name == "postgresql":
        sequence = func.pg_get_serial_sequence(name, "id")
        taken = sorted(connection.execute(
            select(func.nextval(sequence)).select_from(func.generate_series(1, count))).scalars())
        return range(taken[0], taken[0] + count) if taken[-1] - taken[0] == count - 1 else taken
    reserved: dict[str, int] = session.info.setdefault("bwi_reserved_ids", {})
    start = max((session.execute(select(func.max(table(name).c.id))).scalar() or 0) + 1, reserved.get(name, 0))
    reserved[name] = start + count
    return range(start, start + count)


class IdPool:
    """Ids of one table for rows planned one at a time (an import): reserved from the database in blocks."""

    def __init__(self, session: Session, name: str, *, block: int = 500, reserve: bool = True) -> None:
        self._session, self._name, self._block, self._reserve = session, name, block, reserve
        self._ids: Sequence[int] = range(0)
        self._next = 0

    def peek(self) -> int:
        """The id the next row will get."""
        if self._next >= len(self._ids):
            self._ids, self._next = reserve_ids(self._session, self._name, self._block, reserve=self._reserve), 0
        return self._ids[self._next]

    def take(self) -> int:
        """The next row's id, used."""
        value = self.peek()
        self._next += 1
        return value


def follow_ids(session: Session, name: str) -> None:
    """After rows with explicit ids went into table ``name``: on PostgreSQL, move its id sequence to the highest id
    (SQLite takes max(id) + 1 by itself). Never moves a sequence back."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    t = table(name)
    sequence = func.pg_get_serial_sequence(name, "id")
    highest = select(func.max(t.c.id)).scalar_subquery()
    used = func.coalesce(func.greatest(highest, func.pg_sequence_last_value(sequence)), highest)
    connection.execute(select(func.setval(sequence, used)).where(sequence.is_not(None), highest.is_not(None)))


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
    by an empty one once written, so that its memory can go. Returns the number of rows written. Audit events
    get their place in the hash chain here (``audit_chain.seal`` adds ``prev_hash`` and ``hash`` to their dicts).
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
            raw: _RawInsert | None | bool = sqlite  # made for the first chunk (audit events: once sealed)
            for start in range(0, len(data), chunk):
                if is_cancelled is not None and is_cancelled():
                    raise Interrupted()
                part = data[start:start + chunk]
                if name == "audit_event":
                    audit_chain.seal(connection, part)  # chained onto the newest event, in this order
                if raw is True:
                    raw = _raw_insert(connection, name, part[0])
                if isinstance(raw, _RawInsert):
                    raw(part)
                else:
                    connection.execute(statement, list(part))
                done += len(part)
                if progress is not None:
                    progress(done, total)
            if data and "id" in data[0]:
                follow_ids(session, name)
            if release:
                rows[name] = []
    finally:
        if sqlite:
            connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")
    return done


class _RawInsert:
    """One table's rows written with the DB-API's own ``executemany`` (SQLite): the values converted by the
    columns' own bind processors (what SQLAlchemy would send: money as cents, datetimes and dates as its text,
    JSON as its text …) and the columns' scalar defaults added, without SQLAlchemy's per-row parameter building
    (a fifth of a demo build's time). The same SQL, the same values, the same rows."""

    def __init__(self, connection: Connection, name: str, columns: list[str], processors: list[Any],
                 defaults: list[Any]) -> None:
        self.connection = connection
        self.name = name
        quote = connection.dialect.identifier_preparer.quote
        self.sql = (f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in columns)}) "
                    f"VALUES ({', '.join('?' for _ in columns)})")
        self.keys = columns[:len(columns) - len(defaults)]
        self.get = itemgetter(*self.keys) if len(self.keys) > 1 else (lambda row: (row[self.keys[0]],))
        self.convert = [(index, processor) for index, processor in enumerate(processors) if processor is not None]
        self.defaults = tuple(defaults)

    def __call__(self, rows: Sequence[Mapping[str, Any]]) -> None:
        get, convert, defaults = self.get, self.convert, self.defaults
        params: list[Any] = []
        append = params.append
        for row in rows:
            values = list(get(row))
            for index, processor in convert:
                values[index] = processor(values[index])
            if defaults:
                values += defaults
            append(values)
        cursor = self.connection.connection.cursor()
        try:
            cursor.executemany(self.sql, params)
        finally:
            cursor.close()
        tracking.note_insert(self.name)


_DATETIME_TEXT = "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
_DATE_TEXT = "%(year)04d-%(month)02d-%(day)02d"


def _processor(kind: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column type's bind processor; SQLite's for dates and datetimes in their default text format replaced
    by ``isoformat``, which writes the same text (years padded to four digits, microseconds always) several
    times faster — for a naive ``datetime`` and a plain ``date``, the rest still goes through SQLAlchemy's."""
    impl = kind.dialect_impl(dialect)
    slow = impl.bind_processor(dialect)
    text = getattr(impl, "_storage_format", None)
    if slow is None or not isinstance(impl, (sqlite.DATETIME, sqlite.DATE)):
        return slow
    if isinstance(impl, sqlite.DATETIME) and text == _DATETIME_TEXT:
        def moment(value: Any) -> Any:
            if value.__class__ is datetime and value.tzinfo is None:
                return value.isoformat(" ", "microseconds")
            return slow(value)
        return moment
    if isinstance(impl, sqlite.DATE) and text == _DATE_TEXT:
        def day(value: Any) -> Any:
            return value.isoformat() if value.__class__ is date else slow(value)
        return day
    return slow


def _raw_insert(connection: Connection, name: str, first: Mapping[str, Any]) -> _RawInsert | None:
    """The raw writer for rows with the keys of ``first``; None when SQLAlchemy must do it (a key that is not a
    column, or a column left out whose default is computed per row)."""
    t = table(name)
    dialect = connection.dialect
    keys = list(first)
    if any(key not in t.c for key in keys):
        return None
    extra: list[str] = []
    defaults: list[Any] = []
    for column in t.columns:
        if column.key in first:
            continue
        default = column.default
        if default is None:
            continue
        if not getattr(default, "is_scalar", False):
            return None
        extra.append(column.key)
        defaults.append(default.arg)  # type: ignore[attr-defined]
    processors = [_processor(t.c[key].type, dialect) for key in keys + extra]
    default_processors = processors[len(keys):]
    defaults = [p(value) if p is not None else value for p, value in zip(default_processors, defaults, strict=True)]
    columns = [t.c[key].name for key in keys + extra]
    return _RawInsert(connection, name, columns, processors[:len(keys)], defaults)


def insert_records(session: Session, records: Sequence[Base]) -> int:
    """Insert transient ORM instances (primary keys set by the caller, never added to the session) with
    executemany, parents before children. Only the attributes that were set are written; the columns' defaults
    fill the rest, as with the ORM. A constraint that fails is a ``ConflictError('integrity')``; the caller's
    transaction is then to be rolled back as a whole."""
    session.flush()
    columns: dict[Any, tuple[str, list[tuple[str, str]]]] = {}
    grouped: dict[str, dict[tuple[str, ...], list[dict[str, Any]]]] = {}
    for record in records:
        mapper = type(record)
        if mapper not in columns:
            info = inspect(mapper)
            columns[mapper] = (info.local_table.name,  # type: ignore[attr-defined]
                               [(attr.key, attr.columns[0].key) for attr in info.column_attrs])
        name, pairs = columns[mapper]
        state = record.__dict__
        row = {column: state[key] for key, column in pairs if key in state}
        grouped.setdefault(name, {}).setdefault(tuple(row), []).append(row)
    done = 0
    try:
        for name in insert_order(list(grouped)):
            for group in grouped[name].values():
                done += insert(session, {name: group})
        return done
    except IntegrityError as exc:
        raise ConflictError("integrity", detail=str(exc.orig)) from exc


def company_extras(session: Session) -> dict[int, tuple[set[int], list[tuple[int, Any, Any]], set[str], list[Any]]]:
    """Per company: its SME figure years, memberships (cluster id, from, to), contact names (case-folded) and
    the amounts of its undated de-minimis records — what an import checks before adding to a known company.
    Four queries for all companies (a few columns each), rather than four a company."""
    result: dict[int, tuple[set[int], list[tuple[int, Any, Any]], set[str], list[Any]]] = {}

    def of(company_id: int) -> tuple[set[int], list[tuple[int, Any, Any]], set[str], list[Any]]:
        found = result.get(company_id)
        if found is None:
            found = result[company_id] = (set(), [], set(), [])
        return found

    for company_id, year in session.execute(select(SmeFigures.company_id, SmeFigures.reference_year)):
        of(company_id)[0].add(year)
    for company_id, cluster_id, since, until in session.execute(
            select(Membership.company_id, Membership.cluster_id, Membership.valid_from, Membership.valid_to)):
        of(company_id)[1].append((cluster_id, since, until))
    for company_id, name in session.execute(select(Contact.company_id, Contact.name)):
        of(company_id)[2].add(name.casefold())
    for company_id, amount in session.execute(
            select(DeminimisRecord.company_id, DeminimisRecord.amount).where(DeminimisRecord.grant_date.is_(None))):
        of(company_id)[3].append(amount)
    return result


#: The tables a demo load fills with most rows: on SQLite their secondary indexes are built once, at the end.
LOAD_TABLES = ("application", "cost_item", "ledger_entry", "audit_event")
SEARCH_FILL = ("INSERT INTO application_search (rowid, reference, company) "
               "SELECT a.id, a.reference, c.name FROM application a JOIN company c ON c.id = a.company_id")


@contextmanager
def deferred_indexes(session: Session, tables: Sequence[str] = LOAD_TABLES) -> Iterator[None]:
    """For a load of many rows into these tables in one transaction (SQLite): their secondary indexes and the
    search index's triggers are dropped first, and rebuilt once at the end, in the same transaction: building an
    index from a sorted scan takes a fraction of inserting a million keys one by one in random order, and the
    search table is filled by one ``INSERT … SELECT`` instead of a trigger per row. Unique indexes stay (they
    keep checking). An error inside rolls the transaction back, and with it the drops. Nothing on PostgreSQL."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    marks = ", ".join(f"'{name}'" for name in tables)
    indexes = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) "
        "AND sql NOT LIKE 'CREATE UNIQUE%'").all()
    triggers = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'application_search%'").all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    for name, _sql in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    # SQLite sorts an index's keys in up to cache_size of memory, on top of the page cache: with the bulk cache
    # that would be twice BULK_CACHE_KIB at a million applications. A smaller cache while the indexes are built.
    previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    connection.exec_driver_sql(f"PRAGMA cache_size = -{REBUILD_CACHE_KIB}")
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)
    if triggers:
        connection.exec_driver_sql("DELETE FROM application_search")
        connection.exec_driver_sql(SEARCH_FILL)
    for _name, sql in triggers:
        connection.exec_driver_sql(sql)
    connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")


@contextmanager
def large_cache(session: Session) -> Iterator[None]:
    """SQLite's page cache at ``BULK_CACHE_KIB`` for a series of ``insert`` calls (each of which would otherwise
    shrink it back between them), restored afterwards; nothing on other databases."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")
