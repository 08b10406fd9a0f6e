"""The application list: filters, sorts and pages answered by the database (``storage.list_query``), flat rows.

The list view asks ``open`` for the count and first page of a filter and order (a ``ListView``), then ``page``
for the rows around what is on screen; no call reads every row unless asked to (``rows`` for an export)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.base import Service
from bwi_vouchers.storage import list_query
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.interrupt import Interrupt, reading

STATUSES = {status.value: status for status in Status}  # a dict lookup: Status(value) is slow at 100,000 rows
PAGE = 200  # rows read at a time: a few screens
CHUNK = 5000  # ids per IN list when reading many rows by id (an export in a list order)


class Column(IntEnum):
    """The list's columns, in the order shown; each sorts in the database."""

    REFERENCE = 0
    COMPANY = 1
    MEASURE = 2
    THEME = 3
    CLUSTER = 4
    RECEIPT = 5
    STATUS = 6
    COSTS = 7
    VOUCHER = 8
    APPROVED = 9
    PAID = 10


MONEY_COLUMNS = frozenset({Column.COSTS, Column.VOUCHER, Column.APPROVED, Column.PAID})


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    id: int
    reference: str
    company: str
    measure_code: str
    measure_title: str
    measure_type: str
    country: str
    measure_start: date
    theme_code: int | None
    cluster: str | None
    region: str | None
    receipt_date: date
    status: Status
    eligible_costs: Decimal
    voucher_amount: Decimal
    approved_amount: Decimal | None
    payout_amount: Decimal | None
    proof_due_date: date | None
    funding_source: str | None

    @property
    def year(self) -> int:
        """The budget year: the year the measure starts."""
        return self.measure_start.year


@dataclass(frozen=True)
class ApplicationFilter:
    """Empty fields filter nothing; ``text`` matches reference or company, case-insensitively."""

    text: str = ""
    statuses: frozenset[Status] = frozenset()
    year: int | None = None
    theme_code: int | None = None
    measure_code: str | None = None
    cluster: str | None = None

    def matches(self, row: ApplicationRow) -> bool:
        if self.statuses and row.status not in self.statuses:
            return False
        if self.year is not None and row.year != self.year:
            return False
        if self.theme_code is not None and row.theme_code != self.theme_code:
            return False
        if self.measure_code and row.measure_code != self.measure_code:
            return False
        if self.cluster and row.cluster != self.cluster:
            return False
        needle = self.text.strip().casefold()
        return not needle or needle in row.reference.casefold() or needle in row.company.casefold()

    def criteria(self) -> list_query.Criteria:
        return list_query.Criteria(
            text=self.text, statuses=tuple(sorted(status.value for status in self.statuses)), year=self.year,
            theme_code=self.theme_code, measure_code=self.measure_code, cluster=self.cluster)


@dataclass(frozen=True)
class ListView:
    """A filter and an order as the database counted them: the total and the rows per sort segment."""

    where: ApplicationFilter
    column: Column
    descending: bool
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def key(self) -> str:
        return list_query.KEYS[self.column]


@dataclass(frozen=True)
class Selection:
    """What a selection in the list stands for: how many rows of each status, and their references.

    A selection of some rows knows its (reference, status) pairs; "select all" on a long list (``whole``: the
    view whose every row is selected) knows only the counts per status, and its references are read in one
    query when a step needs them (``ListingService.references``), never row by row into memory beforehand."""

    statuses: Mapping[Status, int]
    pairs: tuple[tuple[str, Status], ...] | None = None
    whole: ListView | None = None

    def __len__(self) -> int:
        return sum(self.statuses.values())

    def count(self, test: Callable[[Status], bool]) -> int:
        """How many selected rows have a status that passes ``test``."""
        return sum(number for status, number in self.statuses.items() if number and test(status))


def selection_of(chosen: Selection | Sequence[tuple[str, Status]]) -> Selection:
    """A selection from (reference, status) pairs (or as it is)."""
    if isinstance(chosen, Selection):
        return chosen
    pairs = tuple(chosen)
    return Selection(Counter(status for _, status in pairs), pairs)


def _row(values: tuple[Any, ...]) -> ApplicationRow:
    """A row from the repository's flat tuple (the status as its enum)."""
    fields = list(values)
    fields[12] = STATUSES[fields[12]]
    return ApplicationRow(*fields)


def _rows_in_order(uow: UnitOfWork, ids: Sequence[int]) -> list[ApplicationRow]:
    """The rows of these ids, in the order of the ids."""
    found: dict[int, ApplicationRow] = {}
    for start in range(0, len(ids), CHUNK):
        for values in uow.application_rows(ids=ids[start:start + CHUNK]):
            found[values[0]] = _row(values)
    return [found[i] for i in ids if i in found]


class ListingService(Service):
    def interruptible(self, interrupt: Interrupt | None) -> AbstractContextManager[None]:
        """The reads of this thread inside the block stop when ``interrupt`` is set from another thread (a read
        that is no longer wanted, e.g. the list of the search before the last keystroke): ``Interrupted``, or the
        database's error for a statement it broke off."""
        return reading(interrupt)

    def count(self, where: ApplicationFilter | None = None) -> int:
        """How many applications there are, or match a filter (an empty database shows the welcome page)."""
        with self.db.unit_of_work() as uow:
            if where is None:
                return uow.application_count()
            return sum(list_query.segment_counts(uow.session, where.criteria(), "reference"))

    def open(self, where: ApplicationFilter, column: Column = Column.REFERENCE, descending: bool = False, *,
             first: int = PAGE) -> tuple[ListView, list[ApplicationRow]]:
        """Count a filter's rows in an order and read the first ``first`` of them: what a list shows first."""
        with self.db.unit_of_work() as uow:
            counts = list_query.segment_counts(uow.session, where.criteria(), list_query.KEYS[column])
            view = ListView(where, column, descending, tuple(counts))
            return view, self._page(uow, view, 0, first)

    def first(self, where: ApplicationFilter, column: Column = Column.REFERENCE, descending: bool = False, *,
              limit: int = PAGE) -> list[ApplicationRow]:
        """The first ``limit`` rows of a filter in an order, without counting: quicker than ``open`` when many rows
        match (a keystroke), which may follow for the count."""
        with self.db.unit_of_work() as uow:
            ids = list_query.first_ids(uow.session, where.criteria(), list_query.KEYS[column], descending, limit)
            return _rows_in_order(uow, ids)

    def page(self, view: ListView, offset: int, limit: int = PAGE) -> list[ApplicationRow]:
        """The rows at positions offset … offset+limit-1 of a view."""
        with self.db.unit_of_work() as uow:
            return self._page(uow, view, offset, limit)

    def _page(self, uow: UnitOfWork, view: ListView, offset: int, limit: int | None) -> list[ApplicationRow]:
        ids = [row[0] for row in list_query.window(uow.session, view.where.criteria(), view.key, view.descending,
                                                   view.counts, offset=offset, limit=limit)]
        return _rows_in_order(uow, ids)

    def picked(self, view: ListView, ranges: Sequence[tuple[int, int]]) -> list[tuple[str, Status]]:
        """(reference, status) of the rows at these positions of a view (ranges: first, last inclusive), in list
        order: what a selection in a long list stands for, read without building rows."""
        found: list[tuple[str, Status]] = []
        with self.db.unit_of_work() as uow:
            for first, last in sorted(ranges):
                found += [(reference, STATUSES[status]) for reference, status in list_query.window(
                    uow.session, view.where.criteria(), view.key, view.descending, view.counts, offset=first,
                    limit=last - first + 1, what="pick")]
        return found

    def selection(self, view: ListView, ranges: Sequence[tuple[int, int]]) -> Selection:
        """What the rows at these positions of a view stand for: every row of the view (one range over all
        of them, "select all") as its counts per status, read with one ``GROUP BY``; else their pairs."""
        if [tuple(r) for r in ranges] == [(0, view.total - 1)] and view.total > 0:
            if view.key == "status":  # the view's segments are the statuses
                statuses = {status: n for status, n in zip(Status, view.counts, strict=True) if n}
            else:
                with self.db.unit_of_work() as uow:
                    found = list_query.status_counts(uow.session, view.where.criteria())
                statuses = {STATUSES[status]: number for status, number in found.items()}
            return Selection(statuses, whole=view)
        return selection_of(self.picked(view, ranges))

    def references(self, chosen: Selection) -> list[str]:
        """The references a selection stands for, in list order for a selection of rows, in reference order
        for every row of a view (one query)."""
        if chosen.pairs is not None or chosen.whole is None:
            return [reference for reference, _ in chosen.pairs or ()]
        with self.db.unit_of_work() as uow:
            return list_query.matching_references(uow.session, chosen.whole.where.criteria())

    def ids(self, where: ApplicationFilter) -> list[int]:
        """The ids of every application matching a filter, in reference order."""
        with self.db.unit_of_work() as uow:
            return list_query.matching_ids(uow.session, where.criteria())

    def years(self) -> list[int]:
        """The budget years that have applications, newest first."""
        with self.db.unit_of_work() as uow:
            return list_query.years(uow.session)

    def rows(self, where: ApplicationFilter | None = None, column: Column = Column.REFERENCE,
             descending: bool = False) -> list[ApplicationRow]:
        """Every application matching a filter (all: None), in a list order: what an export writes."""
        if where is None and column is Column.REFERENCE and not descending:
            with self.db.unit_of_work() as uow:
                return [_row(values) for values in uow.application_rows()]
        with self.db.unit_of_work() as uow:
            criteria = (where or ApplicationFilter()).criteria()
            key = list_query.KEYS[column]
            counts = list_query.segment_counts(uow.session, criteria, key)
            ids = [row[0] for row in list_query.window(uow.session, criteria, key, descending, counts, offset=0,
                                                       limit=None)]
            return _rows_in_order(uow, ids)

    def rows_by_id(self, ids: Collection[int]) -> list[ApplicationRow]:
        """The applications with these ids (those that exist), in reference order: what a list refreshes after
        they changed."""
        if not ids:
            return []
        with self.db.unit_of_work() as uow:
            raw = uow.application_rows(ids=ids)
        return [_row(values) for values in raw]

    def rows_of(self, *, company_id: int | None = None, measure_code: str | None = None) -> list[ApplicationRow]:
        """One company's or one measure's applications, selected in the database."""
        with self.db.unit_of_work() as uow:
            measure_id = None
            if measure_code is not None:
                measure = uow.measure_by_code(measure_code)
                if measure is None:
                    return []
                measure_id = measure.id
            raw = uow.application_rows(company_id=company_id, measure_id=measure_id)
        return [_row(values) for values in raw]
