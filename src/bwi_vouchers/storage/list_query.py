"""The application list in SQL: counts, one page of ids, the ids matching a filter — answered from indexes.

A sort is a list of *segments*, each a condition plus an ``ORDER BY`` that an index serves: most columns are one
segment; a nullable column is two (no value first, then by value — the same on SQLite and PostgreSQL, which
place NULLs differently), and the status is one segment per status in the lifecycle's order (a computed order
that no index could serve otherwise). Counting rows per segment once lets a page at any offset be read with
``LIMIT``/``OFFSET`` inside the segments it touches. Every order ends with (ref_year, ref_number), which is unique,
so pages never overlap.

Search over reference and company name uses the FTS5 trigram table ``application_search`` on SQLite (kept in
sync by triggers, migration 0006) and ``ILIKE`` on PostgreSQL, which ``pg_trgm`` GIN indexes serve.

SQLite has no statistics of these tables (no ``ANALYZE``) and, left alone, reads a join sorted by company name by
reading every application and sorting them all. Where the list is read in its order (a first page, a page without
search), the joined table is therefore named first (``CROSS JOIN``: SQLite keeps that order), so that its index on
the sort column serves the ``ORDER BY`` and the reading stops after the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import product
from math import prod
from typing import Any

from sqlalchemy import ColumnElement, exists, func, literal_column, or_, select, text, union
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import Join

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.domain.references import could_be_in_reference
from bwi_vouchers.storage.models import Application, Cluster, Company, Measure

#: Every object of the search index starts with this name (the FTS5 table, its shadow tables, triggers and the
#: PostgreSQL trigram indexes): the schema comparison with the models leaves them out.
SEARCH_PREFIX = "application_search"
SHORTEST_TRIGRAM = 3  # fewer characters than this: the trigram index cannot help, the search scans
KEYS = ("reference", "company", "measure", "theme", "cluster", "receipt", "status", "costs", "voucher", "approved",
        "paid")
A = Application
REFERENCE = (A.ref_year, A.ref_number)
#: What ``window`` reads of each row: its id, or its reference and status (what a selection stands for).
WHAT = {"id": (A.id,), "pick": (A.reference, A.status)}
#: Columns without a value for some rows: their sort has a segment for "no value" first.
NULLABLE = {"theme": A.theme_code, "cluster": A.cluster_id, "approved": A.approved_amount, "paid": A.payout_amount}


@dataclass(frozen=True)
class Criteria:
    """What the list filters by; empty fields filter nothing. ``text`` is a substring of reference or company."""

    text: str = ""
    statuses: tuple[str, ...] = ()
    year: int | None = None
    theme_code: int | None = None
    measure_code: str | None = None
    cluster: str | None = None


@dataclass(frozen=True)
class Segment:
    where: ColumnElement[bool] | None
    order: tuple[Any, ...]
    join: str | None = None  # "company", "measure" or "cluster": the table the order needs


class _Leading(Join):
    """An inner join whose left table the database reads first (SQLite: ``CROSS JOIN``; elsewhere a plain join)."""

    inherit_cache = True


@compiles(_Leading, "sqlite")
def _cross_join(join: _Leading, compiler: SQLCompiler, **kw: Any) -> str:
    kw["asfrom"] = True
    on = {key: value for key, value in kw.items() if key != "asfrom"}
    return (join.left._compiler_dispatch(compiler, **kw) + " CROSS JOIN "  # type: ignore[attr-defined]
            + join.right._compiler_dispatch(compiler, **kw) + " ON "  # type: ignore[attr-defined]
            + join.onclause._compiler_dispatch(compiler, **on))  # type: ignore[union-attr]


def is_search_object(name: str | None) -> bool:
    return bool(name) and str(name).startswith(SEARCH_PREFIX)


def _like_pattern(needle: str) -> str:
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _case_variants(needle: str) -> list[str]:
    """Every upper/lower spelling of a short needle: SQLite's LIKE folds ASCII letters only (ä ≠ Ä)."""
    return sorted({"".join(chars) for chars in product(*({c.lower(), c.upper()} for c in needle))})


#: At most this many spellings of a search text are given to LIKE (each non-ASCII letter doubles them).
MOST_SPELLINGS = 8


def _spellings(needle: str) -> list[str] | None:
    """The spellings LIKE needs to find ``needle`` ignoring case as the search index does: LIKE folds ASCII letters
    itself, other letters (ä, Ö) are given both ways. None when there would be more than ``MOST_SPELLINGS``."""
    options = [{char} if char.isascii() else {char, *(v for v in (char.lower(), char.upper()) if len(v) == 1)}
               for char in needle]
    if prod(len(option) for option in options) > MOST_SPELLINGS:
        return None
    return sorted({"".join(chars) for chars in product(*options)})


def search_condition(session: Session, needle: str) -> ColumnElement[bool]:
    """Applications whose reference or company name contains ``needle`` (ignoring case)."""
    if session.get_bind().dialect.name == "postgresql":
        # A union of two index searches (the trigram indexes on reference and company name) rather than an OR,
        # which the planner would answer by reading every application.
        pattern = _like_pattern(needle)
        inner = aliased(Application)  # not correlated with the outer query's application row
        by_reference = select(inner.id).where(inner.reference.ilike(pattern, escape="\\"))
        by_company = select(inner.id).where(inner.company_id.in_(
            select(Company.id).where(Company.name.ilike(pattern, escape="\\"))))
        return A.id.in_(union(by_reference, by_company))
    if len(needle) >= SHORTEST_TRIGRAM:
        phrase = '"' + needle.replace('"', '""') + '"'
        found: Any = select(literal_column("rowid")).select_from(text(SEARCH_PREFIX)).where(
            text(f"{SEARCH_PREFIX} MATCH :phrase").bindparams(phrase=phrase))
        return A.id.in_(found)
    # Shorter than a trigram: the FTS index cannot help. References are plain ASCII, which LIKE folds; company
    # names are far fewer than applications, so their table is scanned rather than the search index.
    pattern = _like_pattern(needle)
    names = [Company.name.like(_like_pattern(v), escape="\\") for v in _case_variants(needle)]
    by_name = A.company_id.in_(select(Company.id).where(or_(*names)))
    if not could_be_in_reference(needle):
        return by_name  # the database then reads the applications of those companies only, by their index
    return or_(A.reference.like(pattern, escape="\\"), by_name)


def conditions(session: Session, criteria: Criteria) -> list[ColumnElement[bool]]:
    """The filters as conditions on ``application`` alone (subqueries instead of joins: counts need no join)."""
    found: list[ColumnElement[bool]] = []
    if criteria.statuses:
        found.append(A.status.in_(criteria.statuses))
    if criteria.year is not None:
        found.append(A.measure_id.in_(select(Measure.id).where(
            Measure.start_date >= date(criteria.year, 1, 1), Measure.start_date <= date(criteria.year, 12, 31))))
    if criteria.theme_code is not None:
        found.append(A.theme_code == criteria.theme_code)
    if criteria.measure_code:
        found.append(A.measure_id.in_(select(Measure.id).where(Measure.code == criteria.measure_code)))
    if criteria.cluster:
        found.append(A.cluster_id.in_(select(Cluster.id).where(Cluster.name == criteria.cluster)))
    needle = criteria.text.strip()
    if needle:
        found.append(search_condition(session, needle))
    return found


def _nullable(column: Any, value: Any, join: str | None = None) -> list[Segment]:
    return [Segment(column.is_(None), REFERENCE), Segment(column.is_not(None), (value, *REFERENCE), join)]


def segments(key: str) -> list[Segment]:
    """The ascending order of a column as segments (descending: reversed, each order descending)."""
    single = {
        "reference": Segment(None, REFERENCE),
        "company": Segment(None, (Company.name, *REFERENCE), "company"),
        "measure": Segment(None, (Measure.code, *REFERENCE), "measure"),
        "receipt": Segment(None, (A.receipt_date, *REFERENCE)),
        "costs": Segment(None, (A.eligible_costs, *REFERENCE)),
        "voucher": Segment(None, (A.voucher_amount, *REFERENCE)),
    }
    if key in single:
        return [single[key]]
    if key == "cluster":
        return _nullable(A.cluster_id, Cluster.name, "cluster")
    if key in NULLABLE:
        return _nullable(NULLABLE[key], NULLABLE[key])
    if key == "status":
        return [Segment(A.status == status.value, REFERENCE) for status in Status]
    raise ValueError(f"unknown list column {key!r}")


def _source(join: str | None, *, leading: bool) -> Any:
    """``application``, joined with the table an order needs; ``leading``: that table is read first (its index
    on the sort column serves the order: right for reading the list in its order, wrong when a condition on the
    applications picks a few of them, which the database then finds by their index and sorts)."""
    if join is None:
        return A.__table__
    table, on = {"company": (Company, Company.id == A.company_id), "measure": (Measure, Measure.id == A.measure_id),
                 "cluster": (Cluster, Cluster.id == A.cluster_id)}[join]
    if leading:
        return _Leading(table.__table__, A.__table__, on)
    return A.__table__.join(table.__table__, on)


def _in_order(session: Session, criteria: Criteria) -> bool:
    """Whether the list is best read in its order (``_source(leading=True)``): on SQLite, unless a search text or
    a measure (a few dozen applications of many thousands) picks few rows."""
    return (session.get_bind().dialect.name == "sqlite" and not criteria.text.strip()
            and not criteria.measure_code)


def _joined(query: Any, join: str | None) -> Any:
    if join == "company":
        return query.join(Company, Company.id == A.company_id)
    if join == "measure":
        return query.join(Measure, Measure.id == A.measure_id)
    if join == "cluster":
        return query.join(Cluster, Cluster.id == A.cluster_id)
    return query


def segment_counts(session: Session, criteria: Criteria, key: str) -> list[int]:
    """How many matching rows each ascending segment of ``key`` holds (their sum is the list's count)."""
    where = conditions(session, criteria)
    connection = session.connection()
    if key == "status":
        found = dict(connection.execute(select(A.status, func.count()).where(*where).group_by(A.status)).all())
        return [int(found.get(status.value, 0)) for status in Status]
    if key not in NULLABLE:
        return [int(connection.execute(select(func.count()).select_from(A).where(*where)).scalar_one())]
    total, valued = connection.execute(select(func.count(), func.count(NULLABLE[key])).where(*where)).one()
    return [int(total) - int(valued), int(valued)]


def _ordered(key: str, descending: bool) -> list[tuple[int, Segment]]:
    """(ascending segment number, segment), in the order shown."""
    parts = list(enumerate(segments(key)))
    return parts[::-1] if descending else parts


def _order_by(segment: Segment, descending: bool) -> list[Any]:
    return [column.desc() if descending else column.asc() for column in segment.order]


def window(session: Session, criteria: Criteria, key: str, descending: bool, counts: Sequence[int], *,
           offset: int, limit: int | None, what: str = "id") -> list[tuple[Any, ...]]:
    """``WHAT[what]`` of the rows at positions offset … offset+limit-1 of the sorted, filtered list (``limit``
    None: to the end). ``counts`` are the ascending segments' counts from ``segment_counts``.

    A window in the second half of a segment is read from its end in the opposite order (then reversed): the
    database skips at most half a segment, and the last page is as quick as the first."""
    where = conditions(session, criteria)
    leading = _in_order(session, criteria)
    connection = session.connection()
    end = None if limit is None else offset + limit
    found: list[tuple[Any, ...]] = []
    start = 0
    for number, segment in _ordered(key, descending):
        size = counts[number]
        first, after = max(offset - start, 0), size if end is None else min(end - start, size)
        if after > first and size:
            query = select(*WHAT[what]).select_from(_source(segment.join, leading=leading)).where(*where)
            if segment.where is not None:
                query = query.where(segment.where)
            backwards = first > size - after
            query = query.order_by(*_order_by(segment, descending != backwards))
            query = query.offset(size - after if backwards else first)
            if end is not None or after < size:
                query = query.limit(after - first)
            rows = [tuple(row) for row in connection.execute(query)]
            found.extend(reversed(rows) if backwards else rows)
        start += size
        if end is not None and start >= end:
            break
    return found


def first_ids(session: Session, criteria: Criteria, key: str, descending: bool, limit: int) -> list[int]:
    """The ids of the first ``limit`` rows of the sorted, filtered list, without counting anything: segment by
    segment until enough are found (what a keystroke shows first; the count may follow).

    With a search text, unless the search index finds it fewer than ``RARE`` times (then it collects them at
    once), the list is read in its order first and the rows whose reference or company name contain the text are
    kept (``_scan``; on PostgreSQL ``_probe``): a common word ("GmbH") or a search too short for the trigram index
    finds its first screen there at once, where the index would first collect every match."""
    needle = criteria.text.strip()
    if needle and session.get_bind().dialect.name == "sqlite":
        scanned = _first_matches(session, criteria, key, descending, limit, needle)
        if scanned is not None:
            return scanned
    elif needle:
        probed = _probe(session, criteria, key, descending, limit)
        if probed is not None:
            return probed
    where = conditions(session, criteria)
    leading = _in_order(session, criteria)
    connection = session.connection()
    found: list[int] = []
    for _number, segment in _ordered(key, descending):
        query = select(A.id).select_from(_source(segment.join, leading=leading)).where(*where)
        if segment.where is not None:
            query = query.where(segment.where)
        query = query.order_by(*_order_by(segment, descending)).limit(limit - len(found))
        found += [row[0] for row in connection.execute(query)]
        if len(found) >= limit:
            break
    return found


#: How many rows of the list (in its order) ``_scan`` reads at most before the search index is asked instead.
SCAN_ROWS = 20_000
#: Rows fetched at a time while scanning: the database reads no further than the rows fetched.
SCAN_CHUNK = 500


def _first_matches(session: Session, criteria: Criteria, key: str, descending: bool, limit: int,
                   needle: str) -> list[int] | None:
    """SQLite: the first ``limit`` matches of the search text read in the list's order (``_scan``), or None where
    the search index answers better (a rare text; a match far down the list; a measure filter)."""
    spellings = _spellings(needle)
    if spellings is None or criteria.measure_code:
        return None
    if len(needle) >= SHORTEST_TRIGRAM:
        indexed = _indexed(session, needle)
        if indexed == 0:
            return []  # the index knows every text of three characters or more: nothing matches
        if indexed < RARE:
            return None
    names_only = not could_be_in_reference(needle)
    if names_only and not _some_company(session, spellings):
        return []  # no company name holds it (read from the names' index): no application can match
    if names_only and key == "company":
        # Company names in their order from their index, each compared once: reads no application of a company
        # whose name does not match, however far down the list the first match is.
        return _scan(session, criteria, key, descending, limit, spellings, names_only, None)[0]
    found, complete = _scan(session, criteria, key, descending, limit, spellings, names_only, SCAN_ROWS)
    return found if complete or len(found) >= limit else None


def _some_company(session: Session, spellings: list[str]) -> bool:
    """Whether some company's name contains one of the spellings (the index of names is read, the table not)."""
    names = or_(*(Company.name.like(_like_pattern(spelling), escape="\\") for spelling in spellings))
    return session.connection().execute(select(exists().where(names))).scalar() is True


def _scan(session: Session, criteria: Criteria, key: str, descending: bool, limit: int, spellings: list[str],
          names_only: bool, most: int | None) -> tuple[list[int], bool]:
    """The ids of the first ``limit`` rows, in the list's order (the other filters applied), whose company name (or
    reference, unless ``names_only``) contains one of the ``spellings`` (LIKE: ASCII letters ignoring case, as the
    search index compares), reading at most ``most`` rows of the list (None: no limit); and whether every row was
    read. The database reads the list in its order from the sort column's index and stops where the fetching
    stops."""
    where = conditions(session, replace(criteria, text=""))
    names = or_(*(Company.name.like(_like_pattern(spelling), escape="\\") for spelling in spellings))
    # each row's company looked up by its key (not the set of matching companies collected first: for a common
    # text that is most of them, and the scan stops after a few hundred rows)
    companies = exists().where(Company.id == A.company_id, names)
    connection = session.connection()
    found: list[int] = []
    read = 0
    for _number, segment in _ordered(key, descending):
        test = names if segment.join == "company" else companies
        if not names_only:
            # a text that could be part of a reference is ASCII (one spelling), which LIKE folds itself
            test = or_(A.reference.like(_like_pattern(spellings[0]), escape="\\"), test)
        source = _source(segment.join, leading=True)
        conditions_here = [*where, *([segment.where] if segment.where is not None else [])]
        order = _order_by(segment, descending)
        if most is None:
            matching = select(A.id).select_from(source).where(*conditions_here, test).order_by(*order)
            found += [row[0] for row in connection.execute(matching.limit(limit - len(found)))]
            if len(found) >= limit:
                return found, False
            continue
        tested = select(A.id, test.label("hit")).select_from(source).where(*conditions_here).order_by(*order)
        result = connection.execute(tested.limit(most - read))
        try:
            while True:
                rows = result.fetchmany(SCAN_CHUNK)
                read += len(rows)
                found += [row_id for row_id, hit in rows if hit]
                if len(found) >= limit:
                    return found[:limit], False
                if len(rows) < SCAN_CHUNK:
                    break  # the end of this segment (or of the rows allowed)
        finally:
            result.close()
        if read >= most:
            return found, False
    return found, True


#: A search text the trigram index finds fewer times than this is answered from the index at once (SQLite):
#: collecting those few is quicker than looking through the list for them.
RARE = 10_000


def _indexed(session: Session, needle: str) -> int:
    """How many applications the search index (SQLite) finds for a text of three characters or more, counted
    up to ``RARE`` (at least one: none is exact)."""
    phrase = '"' + needle.replace('"', '""') + '"'
    most = max(RARE, 1)
    found = session.connection().exec_driver_sql(
        f"SELECT count(*) FROM (SELECT rowid FROM {SEARCH_PREFIX} WHERE {SEARCH_PREFIX} MATCH ? LIMIT {most})",
        (phrase,)).scalar()
    return int(found or 0)


#: How many rows (in the list's order, the other filters applied) ``_probe`` reads before it gives up.
PROBE_ROWS = 4_000


def _probe(session: Session, criteria: Criteria, key: str, descending: bool, limit: int) -> list[int] | None:
    """The first ``limit`` matches of the search text among the first ``PROBE_ROWS`` rows of the list (other
    filters applied), compared in Python as the search index compares (ignoring case); None when fewer are
    there, unless those rows were all rows (then the matches found are all there are)."""
    needle = criteria.text.strip().lower()
    if not needle.isascii() and session.get_bind().dialect.name == "postgresql":
        return None  # ILIKE folds by the server's locale (perhaps ASCII only): the index path compares as it does
    where = conditions(session, Criteria(statuses=criteria.statuses, year=criteria.year,
                                         theme_code=criteria.theme_code, measure_code=criteria.measure_code,
                                         cluster=criteria.cluster))
    connection = session.connection()
    found: list[int] = []
    read = 0
    for _number, segment in _ordered(key, descending):
        query = select(A.id, A.reference, Company.name).select_from(A).join(Company, Company.id == A.company_id)
        if segment.join not in (None, "company"):
            query = _joined(query, segment.join)
        query = query.where(*where)
        if segment.where is not None:
            query = query.where(segment.where)
        query = query.order_by(*_order_by(segment, descending)).limit(PROBE_ROWS - read)
        rows = connection.execute(query).all()
        read += len(rows)
        for row_id, reference, name in rows:
            if needle in reference.lower() or needle in name.lower():
                found.append(row_id)
                if len(found) >= limit:
                    return found
        if read >= PROBE_ROWS:
            return None
    return found


def matching_ids(session: Session, criteria: Criteria) -> list[int]:
    """The ids of every matching application, in reference order (what "select all" works on)."""
    query = select(A.id).where(*conditions(session, criteria)).order_by(*REFERENCE)
    return [row[0] for row in session.connection().execute(query)]


def matching_references(session: Session, criteria: Criteria) -> list[str]:
    """The references of every matching application, in reference order (one query: a batch step on all)."""
    query = select(A.reference).where(*conditions(session, criteria)).order_by(*REFERENCE)
    return [row[0] for row in session.connection().execute(query)]


def status_counts(session: Session, criteria: Criteria) -> dict[str, int]:
    query = select(A.status, func.count()).where(*conditions(session, criteria)).group_by(A.status)
    return {status: int(count) for status, count in session.connection().execute(query)}


def years(session: Session) -> list[int]:
    """The budget years (years the measures start) that have applications, newest first."""
    used = select(Measure.start_date).where(exists().where(A.measure_id == Measure.id)).distinct()
    return sorted({day.year for (day,) in session.connection().execute(used)}, reverse=True)
