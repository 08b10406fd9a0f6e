"""The editor's pickers ask the database as the user types: a few matching measures or companies, never all.

Plain Core queries with ``LIMIT``: a substring match (``LIKE``, case-insensitive) over 2,500 measures or
25,000 companies takes milliseconds, and the limit keeps what comes back to Python small.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select

from bwi_vouchers.storage.models import Company, Measure, measure_theme

ESCAPE = "\\"


def _escaped(text: str) -> str:
    return text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


class _Like:
    """Case-insensitive matching: ``ILIKE`` on PostgreSQL; plain ``LIKE`` on SQLite, which ignores the case of
    ASCII letters just as its ``lower()`` does (it knows no others) and takes a third of the time of
    SQLAlchemy's ``lower(x) LIKE lower(y)``."""

    def __init__(self, uow: Any) -> None:
        self.sqlite = uow.session.get_bind().dialect.name == "sqlite"

    def _match(self, column: Any, pattern: str) -> ColumnElement[bool]:
        if self.sqlite:
            return column.like(pattern, escape=ESCAPE)  # type: ignore[no-any-return]
        return column.ilike(pattern, escape=ESCAPE)  # type: ignore[no-any-return]

    def contains(self, column: Any, text: str) -> ColumnElement[bool]:
        return self._match(column, f"%{_escaped(text)}%")

    def starts_with(self, column: Any, text: str) -> ColumnElement[bool]:
        return self._match(column, f"{_escaped(text)}%")


MEASURE_COLUMNS = (Measure.id, Measure.code, Measure.title, Measure.type, Measure.country, Measure.city,
                   Measure.start_date, Measure.end_date)


def measure_labels(uow: Any) -> list[tuple[str, str]]:
    """(code, title) of every measure, by start date and code."""
    query = select(Measure.code, Measure.title).order_by(Measure.start_date, Measure.code)
    return [(code, title) for code, title in uow.session.execute(query)]


def search_measures(uow: Any, text: str, *, today: date, countries: Collection[str] = (),
                    limit: int = 50) -> list[tuple[Any, ...]]:
    """(id, code, title, type, country, city, start, end) of the measures whose code, title or city holds the
    text, or whose country is the text (an ISO code) or one of ``countries``: upcoming ones first (start on or
    after ``today``, soonest first), then past ones (most recent first); at most ``limit``."""
    query = select(*MEASURE_COLUMNS)
    text = text.strip()
    if text:
        like = _Like(uow)
        matches = [like.contains(Measure.code, text), like.contains(Measure.title, text),
                   like.contains(Measure.city, text)]
        codes = {c.upper() for c in countries} | ({text.upper()} if len(text) == 2 else set())
        if codes:
            matches.append(Measure.country.in_(sorted(codes)))
        query = query.where(or_(*matches))
    upcoming = Measure.start_date >= today
    query = query.order_by(case((upcoming, 0), else_=1), case((upcoming, Measure.start_date), else_=None),
                           Measure.start_date.desc(), Measure.code).limit(limit)
    return [tuple(row) for row in uow.session.connection().execute(query)]


def measure_by_code(uow: Any, code: str) -> tuple[Any, ...] | None:
    row = uow.session.connection().execute(
        select(*MEASURE_COLUMNS).where(func.upper(Measure.code) == code.strip().upper())).first()
    return tuple(row) if row is not None else None


def measure_themes(uow: Any, measure_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    """The target-field codes of these measures, each sorted."""
    themes: dict[int, list[int]] = {}
    if measure_ids:
        query = (select(measure_theme.c.measure_id, measure_theme.c.theme_code)
                 .where(measure_theme.c.measure_id.in_(list(measure_ids))).order_by(measure_theme.c.theme_code))
        for measure_id, theme in uow.session.connection().execute(query):
            themes.setdefault(measure_id, []).append(theme)
    return {measure_id: tuple(codes) for measure_id, codes in themes.items()}


COMPANY_COLUMNS = (Company.id, Company.name, Company.register_number, Company.vat_id, Company.postcode,
                   Company.city)


def search_companies(uow: Any, text: str, *, limit: int = 50) -> list[tuple[Any, ...]]:
    """(id, name, register number, VAT ID, postcode, city) of the companies whose name, register number or
    VAT ID holds the text (a VAT ID also when typed with spaces) or whose postcode starts with it; by name,
    at most ``limit``."""
    query = select(*COMPANY_COLUMNS)
    text = text.strip()
    if text:
        compact, like = "".join(text.split()), _Like(uow)
        query = query.where(or_(like.contains(Company.name, text), like.contains(Company.register_number, text),
                                like.contains(Company.vat_id, compact), like.starts_with(Company.postcode, compact)))
    # By name ignoring case ("de Vries" beside "Delta"). Not by the name index either way: walking it looks up
    # every row, 60 ms when nothing matches; reading the table once and keeping the first few takes 20-30 ms
    # at 25,000 companies, whatever the text.
    query = query.order_by(func.lower(Company.name), Company.name, Company.id).limit(limit)
    return [tuple(row) for row in uow.session.connection().execute(query)]


def company_by_id(uow: Any, company_id: int) -> tuple[Any, ...] | None:
    row = uow.session.connection().execute(select(*COMPANY_COLUMNS).where(Company.id == company_id)).first()
    return tuple(row) if row is not None else None
