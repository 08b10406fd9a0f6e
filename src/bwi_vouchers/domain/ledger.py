"""Budget totals derived from ledger entries: the ledger is the truth."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from bwi_vouchers.domain.enums import LedgerKind

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class BudgetTotals:
    """One budget line's figures. ``committed`` is the commitment still open (not yet paid or released)."""

    year: int
    source: str
    budget: Decimal
    committed: Decimal
    paid: Decimal
    available: Decimal


def totals_from_sums(year: int, source: str, budget: Decimal, sums: Mapping[LedgerKind, Decimal]) -> BudgetTotals:
    """available = budget − open commitments − payouts (net of recoveries)."""
    commitment = sums.get(LedgerKind.COMMITMENT, ZERO)
    release = sums.get(LedgerKind.RELEASE, ZERO)
    payout = sums.get(LedgerKind.PAYOUT, ZERO)
    recovery = sums.get(LedgerKind.RECOVERY, ZERO)
    open_commitments = commitment - release - payout
    paid = payout - recovery
    return BudgetTotals(year, source, budget, open_commitments, paid, budget - open_commitments - paid)


def sum_by_kind(entries: Iterable[tuple[LedgerKind, Decimal]]) -> dict[LedgerKind, Decimal]:
    sums: dict[LedgerKind, Decimal] = {}
    for kind, amount in entries:
        sums[kind] = sums.get(kind, ZERO) + amount
    return sums
