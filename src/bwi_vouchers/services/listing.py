"""The application list: every row once, flat, and the filters that the list view and the export share."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from bwi_vouchers.domain.enums import Status
from bwi_vouchers.services.base import Service

STATUSES = {status.value: status for status in Status}  # a dict lookup: Status(value) is slow at 100,000 rows


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


def _row(values: tuple[Any, ...]) -> ApplicationRow:
    """A row from the repository's flat tuple (the status as its enum)."""
    fields = list(values)
    fields[12] = STATUSES[fields[12]]
    return ApplicationRow(*fields)


class ListingService(Service):
    def count(self) -> int:
        """How many applications there are (an empty database shows the welcome page)."""
        with self.db.unit_of_work() as uow:
            return uow.application_count()

    def rows(self, where: ApplicationFilter | None = None) -> list[ApplicationRow]:
        """All applications in reference order, optionally filtered."""
        with self.db.unit_of_work() as uow:
            raw = uow.application_rows()
        rows = [_row(values) for values in raw]
        if where is None:
            return rows
        return [row for row in rows if where.matches(row)]

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
