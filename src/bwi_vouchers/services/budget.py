"""Budget lines and the ledger: totals are always derived from the ledger entries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from bwi_vouchers.domain.enums import LedgerKind, Role
from bwi_vouchers.domain.ledger import BudgetTotals, totals_from_sums
from bwi_vouchers.errors import NotFoundError, ValidationError, present
from bwi_vouchers.services.base import Service, diff, money, programmes
from bwi_vouchers.services.dto import LedgerEntryInfo
from bwi_vouchers.storage import page_query
from bwi_vouchers.storage.database import UnitOfWork
from bwi_vouchers.storage.models import BudgetLine

LEDGER_ORDER = page_query.LEDGER_ORDER  # the ledger's columns, as the database sorts them

MIN_YEAR, MAX_YEAR = 2000, 2100


def check_year(value: object, field: str = "year") -> int:
    try:
        year = int(str(value).strip())
    except ValueError:
        raise ValidationError(field, "not_a_year", value=str(value)) from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(field, "year_out_of_range", value=year, first=MIN_YEAR, last=MAX_YEAR)
    return year


def known_sources(uow: UnitOfWork) -> list[str]:
    sources: list[str] = []
    for programme in programmes(uow):
        sources += [s for s in programme.funding_sources if s not in sources]
    return sources


def canonical_source(uow: UnitOfWork, source: str) -> str:
    for known in known_sources(uow):
        if known.lower() == source.strip().lower():
            return known
    raise ValidationError("source", "unknown_source", source=source, known=", ".join(known_sources(uow)))


def line_totals(uow: UnitOfWork, lines: list[BudgetLine]) -> list[BudgetTotals]:
    sums = uow.ledger_sums([line.id for line in lines])
    return [totals_from_sums(line.year, line.source, line.amount,
                             {LedgerKind(k): v for k, v in sums.get(line.id, {}).items()}) for line in lines]


class BudgetService(Service):
    def set_line(self, actor: str, year: object, source: str, amount: object) -> BudgetTotals:
        """Create or change a budget line (budget role). It may not drop below what is committed and paid."""
        year_value = check_year(year)
        value = money("amount", amount)
        # Two people setting the same new line at once: the later one's insert meets the earlier one's key,
        # is broken off and runs again, now changing the line (``Database.retrying``).
        return self.db.retrying(lambda uow: self._set_line(uow, actor, year_value, source, value))

    def _set_line(self, uow: UnitOfWork, actor: str, year_value: int, source: str, value: Decimal) -> BudgetTotals:
        self._actor(uow, actor, Role.BUDGET)
        name = canonical_source(uow, source)
        line = uow.budget_line(year_value, name)
        if line is None:
            line = uow.add(BudgetLine(year=year_value, source=name, amount=value))
            uow.flush()
            self._audit(uow, actor, "budget_line", f"{year_value}/{name}", "created",
                        {"amount": [None, str(value)]})
        else:
            # locked before its totals are read: a decision booking on it waits, or this waits for the decision
            line = present(uow.lock_budget_line(line.id), f"die Budgetzeile {year_value} {name}")
            current = line_totals(uow, [line])[0]
            used = current.committed + current.paid
            if value < used:
                raise ValidationError("amount", "budget_below_used", amount=value, used=used)
            changes = diff({"amount": line.amount}, {"amount": value})
            line.amount = value
            uow.flush()
            if changes:
                self._audit(uow, actor, "budget_line", f"{year_value}/{name}", "changed", changes)
        return line_totals(uow, [line])[0]

    def totals(self, year: int | None = None) -> list[BudgetTotals]:
        with self.db.unit_of_work() as uow:
            return line_totals(uow, uow.budget_lines(year))

    def line(self, year: int, source: str) -> BudgetTotals:
        with self.db.unit_of_work() as uow:
            line = uow.budget_line(year, canonical_source(uow, source))
            if line is None:
                raise NotFoundError("no_budget_line", year=year, source=source)
            return line_totals(uow, [line])[0]

    def sources(self) -> list[str]:
        with self.db.unit_of_work() as uow:
            return known_sources(uow)

    def ledger(self, year: int, source: str) -> list[LedgerEntryInfo]:
        with self.db.unit_of_work() as uow:
            line = uow.budget_line(year, canonical_source(uow, source))
            if line is None:
                raise NotFoundError("no_budget_line", year=year, source=source)
            return [LedgerEntryInfo(entry_id, line.year, line.source, reference, kind, amount, day, by, note)
                    for entry_id, reference, kind, amount, day, by, note in uow.ledger_with_references(line.id)]

    def ledger_ids(self, year: int, source: str, order: str = "booked_on", descending: bool = False, *,
                   kind_rank: Mapping[str, int] | None = None,
                   user_rank: Mapping[str, int] | None = None) -> list[int]:
        """The ids of a line's ledger entries in the order of a ledger column (``LEDGER_ORDER``; kinds and users
        by the rank of their shown words); the database sorts."""
        with self.db.unit_of_work() as uow:
            line = uow.budget_line(year, canonical_source(uow, source))
            if line is None:
                raise NotFoundError("no_budget_line", year=year, source=source)
            return page_query.ledger_ids(uow.session, line.id, order, descending, kind_rank=kind_rank,
                                         user_rank=user_rank)

    def ledger_entries(self, year: int, source: str, ids: Sequence[int]) -> list[LedgerEntryInfo]:
        """These entries of a line's ledger, in the order of ``ids`` (a block of the ledger, read when shown)."""
        with self.db.unit_of_work() as uow:
            return [LedgerEntryInfo(entry_id, year, source, reference, kind, amount, day, by, note)
                    for entry_id, reference, kind, amount, day, by, note in page_query.ledger_rows(uow.session, ids)]


def available_on(uow: UnitOfWork, line: BudgetLine | None) -> Decimal | None:
    return None if line is None else line_totals(uow, [line])[0].available
