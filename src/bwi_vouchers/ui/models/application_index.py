"""Filtering and sorting the application list on precomputed keys, in plain Python (no Qt).

A ``QSortFilterProxyModel`` that calls a Python ``data()`` per cell needs seconds at 100,000 rows
(DESIGN §12). Here every row gets its search text once (``"reference\\ncompany"``, casefolded) and
each column its sort keys once (on first use); a sort is one ``list.sort`` over those keys and a
keystroke one list comprehension over the rows that pass the other filters. The result is a
permutation of row indices that the table model shows.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.listing import ApplicationFilter, ApplicationRow

STATUS_ORDER = {status: position for position, status in enumerate(Status)}
NO_AMOUNT = -1  # sorts before every real amount (cents are never negative)


class Column(IntEnum):
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


def _cents(amount: Any) -> int:
    return NO_AMOUNT if amount is None else int(amount * 100)


def column_keys(rows: list[ApplicationRow], column: Column) -> list[Any]:
    """One sort key per row for a column; ties keep the reference order (the sort is stable)."""
    if column is Column.REFERENCE:
        return list(range(len(rows)))  # the service returns rows in reference order (year, number)
    if column is Column.COMPANY:
        return [r.company.casefold() for r in rows]
    if column is Column.MEASURE:
        return [r.measure_code for r in rows]
    if column is Column.THEME:
        return [r.theme_code or 0 for r in rows]
    if column is Column.CLUSTER:
        return [(r.cluster or "").casefold() for r in rows]
    if column is Column.RECEIPT:
        return [r.receipt_date for r in rows]
    if column is Column.STATUS:
        return [STATUS_ORDER[r.status] for r in rows]
    if column is Column.COSTS:
        return [_cents(r.eligible_costs) for r in rows]
    if column is Column.VOUCHER:
        return [_cents(r.voucher_amount) for r in rows]
    if column is Column.APPROVED:
        return [_cents(r.approved_amount) for r in rows]
    return [_cents(r.payout_amount) for r in rows]


def reference_key(row: ApplicationRow) -> tuple[int, int]:
    """(year, number) of a reference like IG-2026-0042: the order the service returns rows in."""
    _prefix, year, number = row.reference.rsplit("-", 2)
    return int(year), int(number)


def search_text(row: ApplicationRow) -> str:
    # A newline separates the two, so that a search never matches across reference and company.
    return f"{row.reference}\n{row.company}".casefold()


def structured_test(where: ApplicationFilter) -> Callable[[ApplicationRow], bool] | None:
    """The filters other than the search text as one predicate; None when they filter nothing."""
    statuses, year, theme, measure, cluster = (where.statuses, where.year, where.theme_code, where.measure_code,
                                               where.cluster)
    if not (statuses or year is not None or theme is not None or measure or cluster):
        return None

    def test(row: ApplicationRow) -> bool:
        return ((not statuses or row.status in statuses)
                and (year is None or row.measure_start.year == year)
                and (theme is None or row.theme_code == theme)
                and (not measure or row.measure_code == measure)
                and (not cluster or row.cluster == cluster))

    return test


class ApplicationIndex:
    """The rows with their search texts and sort keys; ``visible`` is what passes, in sort order."""

    def __init__(self, rows: list[ApplicationRow], *, where: ApplicationFilter | None = None,
                 column: Column = Column.REFERENCE, descending: bool = False) -> None:
        self.rows = rows
        self.texts = [search_text(row) for row in rows]
        self._keys: dict[Column, list[Any]] = {}
        self._orders: dict[Column, list[int]] = {}
        self._numbers = list(range(len(rows)))
        self._by_id: dict[int, int] | None = None
        self.where = where or ApplicationFilter()
        self.column = column
        self.descending = descending
        self._order = self._sorted(column, descending)
        self._base = self._structured(self._order)
        self._needle = ""
        self.visible = self._searched(self._base, self.where.text)

    def __len__(self) -> int:
        return len(self.rows)

    def keys(self, column: Column) -> list[Any]:
        keys = self._keys.get(column)  # one lookup: ``prepare`` may clear the dict from its thread meanwhile
        if keys is None:
            keys = self._keys[column] = column_keys(self.rows, column)
        return keys

    def _sorted(self, column: Column, descending: bool) -> list[int]:
        """Row numbers in column order; each column is sorted once, the other direction is its reverse."""
        if column not in self._orders:
            order = self._numbers[:]  # shares the int objects: a column's order costs 8 bytes a row
            if column is not Column.REFERENCE:  # rows come in reference order already
                order.sort(key=self.keys(column).__getitem__)
            self._orders[column] = order
        ascending = self._orders[column]
        return ascending[::-1] if descending else ascending

    def _structured(self, order: list[int]) -> list[int]:
        test = structured_test(self.where)
        if test is None:
            return order
        rows = self.rows
        return [i for i in order if test(rows[i])]

    def _searched(self, candidates: list[int], text: str) -> list[int]:
        needle = text.strip().casefold()
        self._needle = needle
        if not needle:
            return candidates
        texts = self.texts
        return [i for i in candidates if needle in texts[i]]

    def set_filter(self, where: ApplicationFilter) -> list[int]:
        """Apply new filters; a longer search text narrows the rows already shown."""
        before, self.where = self.where, where
        if (before.statuses, before.year, before.theme_code, before.measure_code, before.cluster) != (
                where.statuses, where.year, where.theme_code, where.measure_code, where.cluster):
            self._base = self._structured(self._order)
            self.visible = self._searched(self._base, where.text)
            return self.visible
        needle = where.text.strip().casefold()
        start = self.visible if self._needle and self._needle in needle else self._base
        self.visible = self._searched(start, needle)
        return self.visible

    def sort(self, column: Column, descending: bool) -> list[int]:
        """Re-sort every row by a column, then apply the filters again (the order carries over)."""
        self.column, self.descending = column, descending
        self._order = self._sorted(column, descending)
        self._base = self._structured(self._order)
        self.visible = self._searched(self._base, self.where.text)
        return self.visible

    def update(self, fresh: list[ApplicationRow]) -> bool:
        """Changed rows replace their old selves, new ones are added; then filters and sort apply again.

        Only what the changed rows affect is recomputed: their search texts, and the sort orders of columns
        whose key changed. False (and nothing changed) when a new row does not belong after the last one in
        reference order (e.g. received in an earlier year): then a fresh index is the simpler way.
        """
        if not fresh:
            return True
        numbers = self.row_numbers()
        added = sorted((row for row in fresh if row.id not in numbers), key=reference_key)
        if added and self.rows and reference_key(added[0]) <= reference_key(self.rows[-1]):
            return False
        stale: set[Column] = set()
        for row in fresh:
            number = numbers.get(row.id)
            if number is None:
                continue
            old, self.rows[number] = self.rows[number], row
            self.texts[number] = search_text(row)
            for column in Column:
                if column is not Column.REFERENCE and column_keys([old], column) != column_keys([row], column):
                    stale.add(column)
                    keys = self._keys.get(column)
                    if keys is not None:
                        keys[number] = column_keys([row], column)[0]
        for row in added:
            numbers[row.id] = len(self.rows)
            self._numbers.append(len(self.rows))
            self.rows.append(row)
            self.texts.append(search_text(row))
            for column, keys in self._keys.items():
                keys.append(len(self.rows) - 1 if column is Column.REFERENCE else column_keys([row], column)[0])
        if added:
            stale = set(Column)
        for column in stale:
            self._orders.pop(column, None)
        self._order = self._sorted(self.column, self.descending)
        self._base = self._structured(self._order)
        self.visible = self._searched(self._base, self.where.text)
        return True

    def row_numbers(self) -> dict[int, int]:
        """Application id → row number (made once, kept up to date by ``update``)."""
        if self._by_id is None:
            self._by_id = {row.id: number for number, row in enumerate(self.rows)}
        return self._by_id

    def prepare(self, is_cancelled: Callable[[], bool] = lambda: False) -> None:
        """Sort every column once ahead of time (off the GUI thread), so that a header click only looks up."""
        for column in Column:
            if is_cancelled():
                return
            self._sorted(column, False)
        self._keys.clear()  # the orders are what is needed from now on

    def years(self) -> list[int]:
        """The budget years present, newest first."""
        return sorted({row.measure_start.year for row in self.rows}, reverse=True)
