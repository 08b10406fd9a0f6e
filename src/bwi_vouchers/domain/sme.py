"""The EU SME definition (Recommendation 2003/361/EC) on aggregated figures."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from bwi_vouchers.domain.enums import SizeClass

MILLION = Decimal("1000000")

# (class, staff below, turnover at most, balance sheet at most)
_CEILINGS = (
    (SizeClass.MICRO, Decimal(10), 2 * MILLION, 2 * MILLION),
    (SizeClass.SMALL, Decimal(50), 10 * MILLION, 10 * MILLION),
    (SizeClass.MEDIUM, Decimal(250), 50 * MILLION, 43 * MILLION),
)


@dataclass(frozen=True)
class SmeFigures:
    """Figures of one reference year, already aggregated over partner and linked enterprises."""

    reference_year: int
    annual_work_units: Decimal
    turnover: Decimal
    balance_sheet_total: Decimal


def size_class(figures: SmeFigures) -> SizeClass:
    """Staff below the ceiling and (turnover or balance-sheet total) at most the ceiling."""
    for klass, staff, turnover, balance in _CEILINGS:
        if figures.annual_work_units < staff and (
            figures.turnover <= turnover or figures.balance_sheet_total <= balance
        ):
            return klass
    return SizeClass.LARGE
