"""The default programme version as the seed data defines it, for the pure domain tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from bwi_vouchers.domain.enums import MeasureType
from bwi_vouchers.domain.programme import Programme

DEFAULT = Programme(
    valid_from=date(2020, 1, 1),
    name="Standard",
    rate=Decimal("0.50"),
    cap=Decimal("3000.00"),
    min_costs=Decimal("500.00"),
    max_vouchers_per_year=2,
    deminimis_ceiling=Decimal("300000.00"),
    deminimis_years=3,
    proof_months=6,
    lead_days=0,
    measure_types=frozenset(MeasureType),
    funding_sources=("Landesmittel", "EFRE"),
    default_source="Landesmittel",
)


def programme(**changes: object) -> Programme:
    return replace(DEFAULT, **changes)  # type: ignore[arg-type]
