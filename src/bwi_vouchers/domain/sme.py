"""The EU SME definition (Recommendation 2003/361/EC) on aggregated figures."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from bwi_vouchers.domain.enums import SizeClass

MILLION = Decimal("1000000")

# The EU's smaller size classes, for the size-class statistics only: (class, staff below, turnover at most,
# balance sheet at most). Where an SME ends is the programme version's ``SmeLimit`` (rule R04).
_SMALLER_CLASSES = (
    (SizeClass.MICRO, Decimal(10), 2 * MILLION, 2 * MILLION),
    (SizeClass.SMALL, Decimal(50), 10 * MILLION, 10 * MILLION),
)


@dataclass(frozen=True)
class SmeLimit:
    """The SME ceilings of a programme version: fewer annual work units than ``staff`` and (turnover at most
    ``turnover`` or balance-sheet total at most ``balance_sheet_total``)."""

    staff: Decimal
    turnover: Decimal
    balance_sheet_total: Decimal


@dataclass(frozen=True)
class SmeFigures:
    """Figures of one reference year, already aggregated over partner and linked enterprises."""

    reference_year: int
    annual_work_units: Decimal
    turnover: Decimal
    balance_sheet_total: Decimal


def _within(figures: SmeFigures, staff: Decimal, turnover: Decimal, balance: Decimal) -> bool:
    return figures.annual_work_units < staff and (
        figures.turnover <= turnover or figures.balance_sheet_total <= balance
    )


def is_sme(figures: SmeFigures, limit: SmeLimit) -> bool:
    """Staff below the ceiling and (turnover or balance-sheet total) at most the ceiling."""
    return _within(figures, limit.staff, limit.turnover, limit.balance_sheet_total)


def size_class(figures: SmeFigures, limit: SmeLimit) -> SizeClass:
    """Large when not an SME by the programme's limit; else micro, small or medium."""
    if not is_sme(figures, limit):
        return SizeClass.LARGE
    for klass, staff, turnover, balance in _SMALLER_CLASSES:
        if _within(figures, staff, turnover, balance):
            return klass
    return SizeClass.MEDIUM
