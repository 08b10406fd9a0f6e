"""A programme version: the numbers in force from a date. Rules are data, never constants."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.enums import MeasureType
from bwi_vouchers.domain.money import floor_euros
from bwi_vouchers.domain.sme import SmeLimit


@dataclass(frozen=True)
class Programme:
    valid_from: date
    name: str
    rate: Decimal
    cap: Decimal
    min_costs: Decimal
    max_vouchers_per_year: int
    deminimis_ceiling: Decimal
    deminimis_years: int
    deminimis_basis: str  # the legal basis as texts name it, e.g. a regulation's short name
    deminimis_basis_title: str  # the rest of its full title, as the approval letter cites it
    sme_limit: SmeLimit
    proof_months: int
    lead_days: int
    measure_types: frozenset[MeasureType]
    funding_sources: tuple[str, ...]
    default_source: str
    id: int | None = None

    def voucher_amount(self, eligible_costs: Decimal) -> Decimal:
        """min(cap, rate × eligible costs), rounded down to whole euros."""
        return floor_euros(min(self.cap, self.rate * eligible_costs))

    def payout_amount(self, approved: Decimal, actual_costs: Decimal) -> Decimal:
        """min(approved, rate × actual eligible costs), rounded down to whole euros."""
        return floor_euros(min(approved, self.rate * actual_costs))

    def proof_due(self, measure_end: date) -> date:
        return add_months(measure_end, self.proof_months)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the month's last day where that day does not exist."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def subtract_years(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def in_force(versions: Sequence[Programme], on: date) -> Programme:
    """The version in force on a day: the latest whose valid_from is on or before it."""
    candidates = [v for v in versions if v.valid_from <= on]
    if not candidates:
        # An application received before the first version is judged by the first.
        return min(versions, key=lambda v: v.valid_from)
    return max(candidates, key=lambda v: v.valid_from)


def programme_for(versions: Sequence[Programme], receipt_date: date) -> Programme:
    """The version an application is judged by, from its check to its last letter: the one in force on its
    receipt date (never the day of the check or the decision). The one place this choice is made."""
    return in_force(versions, receipt_date)
