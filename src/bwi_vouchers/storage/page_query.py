"""The long lists of the pages (companies, measures, a budget line's ledger) as ids in order, and rows by id.

The database filters and sorts: one query answers the ids of a search in a column's order (ties always in the
list's first order, ascending, also when the column is sorted descending — as a stable sort kept them), and
the rows of a block of ids are read when they are shown. Plain Core queries, tuples — no entities built for
rows nobody sees.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import product
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, or_, select
from sqlalchemy.orm import Session

from bwi_vouchers.storage.models import Application, Company, LedgerEntry, Measure, Region, SmeFigures

MAX_VARIANTS = 16


def _escaped(needle: str) -> str:
    return needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_patterns(needle: str) -> list[str]:
    """``%needle%`` in each spelling that SQLite's LIKE needs: it folds ASCII letters itself, so only the other
    letters (ä/Ä, ö/Ö, ü/Ü …) are spelled both ways (at most 16 spellings; beyond, as typed)."""
    choices = [{c.lower(), c.upper()} if not c.isascii() and c.lower() != c.upper() else {c} for c in needle]
    count = 1
    for options in choices:
        count *= len(options)
    if count > MAX_VARIANTS:
        choices = [{c} for c in needle]
    return sorted({f"%{_escaped(''.join(chars))}%" for chars in product(*choices)})


def contains(session: Session, columns: Sequence[Any], needle: str) -> ColumnElement[bool]:
    """Any of the columns contains ``needle``, ignoring case (ILIKE on PostgreSQL, which in the C locale folds
    ASCII letters only, too)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    return or_(*(column.ilike(p, escape="\\") if postgres else column.like(p, escape="\\")
                 for column in columns for p in like_patterns(needle)))


def folded(session: Session, column: Any) -> Any:
    """A text column sorted ignoring case ("Aeroform Aerospace" before "Aeroform AG"), as the lists always did."""
    if session.get_bind().dialect.name == "postgresql":
        return func.lower(column)
    return column.collate("NOCASE")


def ranked(column: Any, ranks: Mapping[str, int]) -> Any:
    """A column of codes sorted by a rank each code has (a translated word's place): CASE code WHEN … END."""
    if not ranks:
        return column
    return case(ranks, value=column, else_=len(ranks))


def _ids(session: Session, query: Any) -> list[int]:
    """The first column's integers, straight from the driver's cursor: a quarter of a million rows through
    SQLAlchemy's result rows would cost half a second of Python; plain ids need no conversion."""
    result = session.connection().execute(query)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def _by_id(rows: Sequence[Sequence[Any]], ids: Sequence[int]) -> list[Any]:
    found = {row[0]: row for row in rows}
    return [found[i] for i in ids if i in found]


def _applications_of_company() -> Any:
    return (select(func.count()).select_from(Application).where(Application.company_id == Company.id)
            .correlate(Company).scalar_subquery())


# companies -----------------------------------------------------------------------------------------
COMPANY_ORDER = ("name", "city", "region", "size", "applications")


def company_ids(session: Session, needle: str, order: str, descending: bool,
                size_rank: Mapping[int, int] | None = None) -> list[int]:
    """The ids of the companies whose name or city contains ``needle``, in ``order`` (ties by name, id).
    ``size``: by ``size_rank`` (company id → rank, computed by the caller; missing: last)."""
    query = select(Company.id)
    if needle:
        query = query.where(contains(session, [Company.name, Company.city], needle))
    if order == "size":
        ids = _ids(session, query.order_by(folded(session, Company.name), Company.id))
        rank = size_rank or {}
        last = max(rank.values(), default=0) + 1
        ids.sort(key=lambda i: rank.get(i, last), reverse=descending)  # stable: by name within a class
        return ids
    name = folded(session, Company.name)
    key: Any = {
        "name": name,
        "city": folded(session, func.coalesce(Company.city, "")),
        "applications": _applications_of_company(),
        "region": func.coalesce(select(Region.name).where(Region.code == Company.region_code)
                                .correlate(Company).scalar_subquery(), ""),
    }[order]
    if order == "name":
        return _ids(session, query.order_by(name.desc(), Company.id) if descending
                    else query.order_by(name, Company.id))
    if descending:
        return _ids(session, query.order_by(key.desc(), name, Company.id))
    return _ids(session, query.order_by(key, name, Company.id))


def company_count(session: Session) -> int:
    return int(session.connection().execute(select(func.count()).select_from(Company)).scalar_one())


def company_rows(session: Session, ids: Sequence[int]) -> list[tuple[int, str, str | None, str | None, int]]:
    """(id, name, city, region name, number of applications) of these companies, in the order of ``ids``."""
    query = (select(Company.id, Company.name, Company.city, Region.name, _applications_of_company())
             .outerjoin(Region, Region.code == Company.region_code).where(Company.id.in_(list(ids))))
    return _by_id(list(session.connection().execute(query)), ids)


def newest_figures(session: Session, company_ids: Collection[int] | None = None) -> list[tuple[Any, ...]]:
    """(company id, reference year, work units, turnover, balance-sheet total) of each company's newest year
    (of the companies named, else of all) — raw database values: text work units, integer cents."""
    newest = select(SmeFigures.company_id.label("company_id"), func.max(SmeFigures.reference_year).label("year"))
    if company_ids is not None:
        newest = newest.where(SmeFigures.company_id.in_(list(company_ids)))
    sub = newest.group_by(SmeFigures.company_id).subquery()
    table = SmeFigures.__table__
    query = (select(table.c.company_id, table.c.reference_year, table.c.annual_work_units, table.c.turnover,
                    table.c.balance_sheet_total)
             .join(sub, (sub.c.company_id == table.c.company_id) & (sub.c.year == table.c.reference_year)))
    return [tuple(row) for row in session.connection().execute(query)]


# measures ------------------------------------------------------------------------------------------
MEASURE_ORDER = ("code", "title", "type", "country", "city", "start", "end", "applications")


def _applications_of_measure() -> Any:
    return (select(func.count()).select_from(Application).where(Application.measure_id == Measure.id)
            .correlate(Measure).scalar_subquery())


def measure_ids(session: Session, needle: str, order: str, descending: bool, *,
                countries: Collection[str] = (), type_rank: Mapping[str, int] | None = None) -> list[int]:
    """The ids of the measures whose code, title or city contains ``needle`` or whose country is one of
    ``countries`` (those whose name contains it), in ``order`` (ties by start date, code)."""
    query = select(Measure.id)
    if needle:
        found = contains(session, [Measure.code, Measure.title, Measure.city], needle)
        query = query.where(or_(found, Measure.country.in_(list(countries))) if countries else found)
    key: Any = {
        "code": folded(session, Measure.code), "title": folded(session, Measure.title),
        "type": ranked(Measure.type, type_rank or {}), "country": Measure.country,
        "city": folded(session, func.coalesce(Measure.city, "")), "start": Measure.start_date,
        "end": Measure.end_date, "applications": _applications_of_measure(),
    }[order]
    if descending:
        return _ids(session, query.order_by(key.desc(), Measure.start_date, Measure.code))
    return _ids(session, query.order_by(key, Measure.start_date, Measure.code))


def measure_counts(session: Session, ids: Sequence[int]) -> dict[int, int]:
    """The number of applications of each of these measures."""
    query = (select(Application.measure_id, func.count()).where(Application.measure_id.in_(list(ids)))
             .group_by(Application.measure_id))
    return {measure_id: count for measure_id, count in session.connection().execute(query)}


def measures_of(session: Session, ids: Sequence[int]) -> list[Measure]:
    """These measures (with their target fields), in no particular order."""
    return list(session.scalars(select(Measure).where(Measure.id.in_(list(ids)))))


def measure_codes(session: Session, prefix: str) -> list[str]:
    """The measure codes starting with ``prefix``."""
    query = select(Measure.code).where(Measure.code.like(_escaped(prefix) + "%", escape="\\"))
    return [row[0] for row in session.connection().execute(query)]


# a budget line's ledger ----------------------------------------------------------------------------
LEDGER_ORDER = ("booked_on", "kind", "application", "amount", "booked_by", "note")


def ledger_ids(session: Session, line_id: int, order: str, descending: bool, *,
               kind_rank: Mapping[str, int] | None = None, user_rank: Mapping[str, int] | None = None) -> list[int]:
    """The ids of a budget line's ledger entries in ``order`` (ties by booking order)."""
    query = select(LedgerEntry.id).where(LedgerEntry.budget_line_id == line_id)
    if order == "application":
        query = query.outerjoin(Application, Application.id == LedgerEntry.application_id)
    key: Any = {
        "booked_on": LedgerEntry.booked_on, "kind": ranked(LedgerEntry.kind, kind_rank or {}),
        "application": func.coalesce(Application.reference, literal("")), "amount": LedgerEntry.amount,
        "booked_by": ranked(LedgerEntry.booked_by, user_rank or {}),
        "note": folded(session, func.coalesce(LedgerEntry.note, literal(""))),
    }[order]
    if descending:
        return _ids(session, query.order_by(key.desc(), LedgerEntry.id))
    return _ids(session, query.order_by(key, LedgerEntry.id))


def ledger_rows(session: Session, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(id, application reference, kind, amount, booked on, booked by, note) of these entries, in their order."""
    query = (select(LedgerEntry.id, Application.reference, LedgerEntry.kind, LedgerEntry.amount,
                    LedgerEntry.booked_on, LedgerEntry.booked_by, LedgerEntry.note)
             .outerjoin(Application, Application.id == LedgerEntry.application_id)
             .where(LedgerEntry.id.in_(list(ids))))
    return _by_id(list(session.execute(query)), ids)  # through the session: the amount as Decimal
